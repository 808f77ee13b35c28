"""EspeakSpeech with the real espeak-ng: audio, timing, interruption, privacy.

Output goes to a file sink (no sound card here or in CI): it keeps every WAV
it was given and takes the audio's real duration unless told to go faster.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal

import pytest

from spaziocitta.devices.ports import withheld_phrase
from spaziocitta.devices.speech import EspeakSpeech
from spaziocitta.devices.types import DeviceUnavailable, SpeechStateChanged

from .conftest import wav_rms, wav_seconds

SECRET = "Il suo codice fiscale è RSSMRA80A01H501U."
PAGE = " ".join(
    [
        "Per richiedere la carta d'identità elettronica occorre prenotare un appuntamento.",
        "Il giorno dell'appuntamento portare una fototessera recente e il documento scaduto.",
        "Il costo è di ventidue euro, da pagare allo sportello con pagoPA.",
        "La carta arriva per posta entro sei giorni lavorativi.",
    ]
    * 3
)

# One known sentence per language and the plausible length at 160 wpm (espeak-ng 1.51
# gives it 4.4, en 3.9, fr 3.7, es 4.9, ar 5.7, zh 8.6, ro 4.6, uk 4.5 s).
SENTENCES = {
    "it": ("Benvenuti allo sportello del Comune: come possiamo aiutarvi oggi?", 3.0, 6.5),
    "en": ("Welcome to the town hall desk: how can we help you today?", 2.5, 6.0),
    "fr": ("Bienvenue au guichet de la mairie : comment pouvons-nous vous aider ?", 2.5, 6.0),
    "es": ("Bienvenidos a la ventanilla del ayuntamiento: ¿cómo podemos ayudarles hoy?", 3.0, 7.0),
    "ar": ("مرحبا بكم في مكتب البلدية، كيف يمكننا مساعدتكم اليوم؟", 3.5, 8.5),
    "zh": ("欢迎来到市政府服务台，今天我们能为您做些什么？", 5.0, 12.0),
    "ro": ("Bine ați venit la ghișeul primăriei: cu ce vă putem ajuta astăzi?", 3.0, 7.0),
    "uk": ("Ласкаво просимо до віконця міської ради: чим ми можемо вам допомогти?", 3.0, 7.0),
}


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_each_language_gives_audible_speech_of_plausible_length(lang, make_speech, run) -> None:
    text, shortest, longest = SENTENCES[lang]
    speech, sink = make_speech(speed=50.0)

    async def scenario() -> None:
        await speech.speak(text, lang)
        await speech.wait_idle()

    run(scenario, speech)
    assert sink.played and all(part.completed for part in sink.played)
    seconds = sum(wav_seconds(part.kept) for part in sink.played if part.kept)
    assert shortest <= seconds <= longest, f"{lang}: {seconds:.2f} s"
    assert all(wav_rms(part.kept) > 1000 for part in sink.played if part.kept)  # not silence


def test_the_command_line_engine_speaks_too(make_speech, run) -> None:
    speech, sink = make_speech(speed=50.0, engine="cli")

    async def scenario() -> None:
        assert (await speech.health()).detail.startswith("espeak-ng-cli engine")
        await speech.speak("Buongiorno a tutti.", "it")
        await speech.wait_idle()

    run(scenario, speech)
    [part] = sink.played
    assert part.kept is not None and wav_rms(part.kept) > 1000 and 0.8 < wav_seconds(part.kept) < 3


def test_first_audio_comes_after_the_first_sentence_not_the_page(make_speech, run) -> None:
    speech, sink = make_speech()

    async def scenario() -> None:
        await speech.speak(PAGE, "it")
        while not sink.playing:
            await asyncio.sleep(0.002)
        assert speech.first_audio_latency is not None and speech.first_audio_latency < 0.3
        assert len(speech.queue) == 11  # the rest waits; only a few are synthesised ahead
        assert len(speech.synthesis_ms) <= 1 + speech.lookahead
        speech.stop()

    run(scenario, speech)


def test_stop_silences_the_sink_within_50_ms_and_empties_the_queue(make_speech, bus, run) -> None:
    speech, sink = make_speech()

    async def scenario() -> None:
        await speech.speak(PAGE, "it")
        while not sink.playing:
            await asyncio.sleep(0.002)
        await asyncio.sleep(0.3)
        loop = asyncio.get_running_loop()
        started = loop.time()
        speech.stop()
        while sink.playing:
            await asyncio.sleep(0.001)
        assert loop.time() - started < 0.05
        assert not speech.speaking and speech.queue == ()
        await asyncio.sleep(0.3)  # parts synthesised ahead arrive late: none is played
        assert not sink.playing

    run(scenario, speech)
    assert [p.completed for p in sink.played] == [False]
    assert [e.speaking for e in bus.of(SpeechStateChanged)] == [True, False]


def test_the_session_end_hook_leaves_nothing_queued_and_the_default_volume(
    make_speech, run
) -> None:
    speech, sink = make_speech(volume=0.6)

    async def scenario() -> None:
        speech.set_volume(1.0)  # the citizen turned it up
        await speech.speak(PAGE, "it")
        await asyncio.sleep(0.2)
        # What kiosk.core's wipe hook does when a session ends.
        speech.stop()
        speech.set_volume(0.6)
        assert speech.queue == () and not speech.speaking
        await speech.speak("Benvenuti.", "it")
        await speech.wait_idle()

    run(scenario, speech)
    assert [p.volume for p in sink.played] == [1.0, 0.6]


def test_a_new_text_replaces_the_old(make_speech, run) -> None:
    speech, sink = make_speech()
    given: list[tuple[int, str]] = []
    speech.synthesis_observer = lambda gen, text: given.append((gen, text))

    async def scenario() -> None:
        await speech.speak(PAGE, "it")
        while not sink.playing:
            await asyncio.sleep(0.002)
        loop = asyncio.get_running_loop()
        started = loop.time()
        await speech.speak("Nuovo testo.", "it")
        while len(sink.played) < 1:
            await asyncio.sleep(0.001)
        assert loop.time() - started < 0.05  # the old part was cut at once
        assert speech.queue in ((), ("Nuovo testo.",))  # nothing of the page is left
        await speech.wait_idle()

    run(scenario, speech)
    assert [p.completed for p in sink.played] == [False, True]
    second = sink.played[1]
    assert (
        second.kept is not None and wav_seconds(second.kept) < 2.0
    )  # "Nuovo testo.", not the page
    assert given[-1][1] == "Nuovo testo."


def test_private_text_is_withheld_on_the_loudspeaker(make_speech, run, caplog) -> None:
    speech, sink = make_speech(speed=20.0)
    given: list[str] = []
    speech.synthesis_observer = lambda _gen, text: given.append(text)

    async def scenario() -> None:
        await speech.speak(SECRET, "it", private=True)
        await speech.wait_idle()

    with caplog.at_level(logging.DEBUG):
        run(scenario, speech)
    assert given == [withheld_phrase("it")]
    assert speech.withheld == 1
    assert len(sink.played) == 1
    assert "RSSMRA" not in caplog.text


def test_private_text_is_said_on_a_headset(make_speech, run, caplog) -> None:
    speech, _ = make_speech(speed=20.0, headset=True)
    given: list[str] = []
    speech.synthesis_observer = lambda _gen, text: given.append(text)

    async def scenario() -> None:
        await speech.speak(SECRET, "it", private=True)
        await speech.wait_idle()

    with caplog.at_level(logging.DEBUG):
        run(scenario, speech)
    assert given == [SECRET]
    assert speech.withheld == 0
    assert "RSSMRA" not in caplog.text  # said, but never logged


def test_temporary_audio_is_deleted(make_speech, run) -> None:
    speech, sink = make_speech(speed=50.0)
    folders = []

    async def scenario() -> None:
        folders.append(speech._tmp)
        await speech.speak("Prima frase. Seconda frase. Terza frase.", "it")
        await speech.wait_idle()
        assert list(speech._tmp.iterdir()) == []  # each part is deleted once played
        await speech.speak(PAGE, "it")
        await asyncio.sleep(0.1)

    run(scenario, speech)
    assert not folders[0].exists()
    assert len(sink.played) >= 3


def test_a_dead_worker_is_restarted_by_the_next_text(make_speech, run) -> None:
    speech, sink = make_speech(speed=50.0)

    async def scenario() -> None:
        assert (await speech.health()).ok is True
        os.kill(speech._worker.process.pid, signal.SIGKILL)
        await asyncio.sleep(0.2)
        health = await speech.health()
        assert health.ok is False and "not running" in health.detail
        await speech.speak("Di nuovo qui.", "it")
        await speech.wait_idle()
        assert (await speech.health()).ok is True

    run(scenario, speech)
    assert len(sink.played) == 1


def test_missing_espeak_fails_start_clearly(make_speech) -> None:
    speech, _ = make_speech(engine="cli", espeak_binary="/nonexistent/espeak-ng")

    async def scenario() -> None:
        with pytest.raises(DeviceUnavailable, match="espeak-ng is not installed"):
            await speech.start()
        health = await speech.health()
        assert health.ok is None
        await speech.close()

    asyncio.run(scenario())


def test_options_are_checked_and_clamped(bus) -> None:
    with pytest.raises(ValueError, match="engine"):
        EspeakSpeech(bus.publish, output="null", engine="festival")
    with pytest.raises(ValueError, match="output"):
        EspeakSpeech(bus.publish, output="speaker")
    speech = EspeakSpeech(bus.publish, output="null", rate_wpm=1000, volume=3)
    assert speech.rate_wpm == 450 and speech.volume == 1.0
