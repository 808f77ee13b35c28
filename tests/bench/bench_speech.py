"""Speech: time to first audio for a service page, ours beside plain pyttsx3.

A script, not a pytest test. Run it from the repository with the project's
virtualenv (needs espeak-ng and pyttsx3; no sound card needed):

    .venv/bin/python tests/bench/bench_speech.py [--runs 5] [--json FILE]

What it measures, in one run, on the same ~300-word Italian service page:

* Ours: ``EspeakSpeech`` (devices/speech/) on a silent sink, worker already
  started (the kiosk starts it at boot; its start time is printed apart).
  Time to first audio = from the ``speak()`` call until the first sentence's
  WAV is ready and handed to the sink's ``play()`` (the adapter's
  ``first_audio_latency``, event-loop clock). Each run then calls ``stop()``.
* Plain pyttsx3: ``engine.say(page)`` + ``engine.runAndWait()`` in a fresh
  process per run (engine initialised before the clock starts). Its espeak
  driver synthesises the whole text into one WAV and only then runs
  ``aplay`` on it, so its first audio is the moment it calls ``aplay``. That
  call (``os.system``) is intercepted to take the timestamp and return at
  once without playing: with a sound card, runAndWait would return only
  after the whole page had been played, which is not "first audio".
  ``time.perf_counter`` from just before ``say()``. The plain engine first
  says "ok" untimed: pyttsx3 2.99's first ``runAndWait()`` on a fresh engine
  returns at once for a long text, without audio (it comes out during the
  next call), which would otherwise flatter it.

Goal, printed PASS/FAIL (exit code 1 on FAIL): our median first audio
< 300 ms and at least 5x sooner than the plain call's median.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import textwrap
import time

PAGE = (
    "Carta d'identità elettronica. La carta d'identità elettronica, detta CIE, è il "
    "documento di riconoscimento personale rilasciato dal Comune ai cittadini italiani "
    "residenti e ai cittadini stranieri residenti. Si richiede allo sportello anagrafe su "
    "appuntamento, che si prenota online dal sito del Comune oppure da questo totem, "
    "scegliendo il giorno e l'orario che preferisce. Il giorno dell'appuntamento deve "
    "presentarsi di persona con una fototessera recente, su sfondo bianco, senza occhiali "
    "scuri e senza copricapo. Deve portare anche il documento scaduto o la denuncia di "
    "smarrimento o di furto presentata alle forze dell'ordine. Per i minori di diciotto "
    "anni è necessaria la presenza di entrambi i genitori, o di chi ne fa le veci, con i "
    "loro documenti. Il costo della carta è di ventidue euro e ventuno centesimi, da pagare "
    "allo sportello con carta di pagamento o con un avviso pagoPA. In caso di duplicato per "
    "smarrimento o deterioramento il costo è di ventisette euro e quarantaquattro centesimi. "
    "Durante l'appuntamento l'operatore acquisisce le impronte digitali e la firma, e le "
    "chiede se desidera esprimere il consenso alla donazione degli organi. La carta non "
    "viene consegnata subito: arriva per posta all'indirizzo indicato entro sei giorni "
    "lavorativi, oppure si ritira in Comune se lo preferisce. Insieme alla ricevuta le "
    "vengono consegnati la prima parte del codice PIN e del codice PUK; la seconda parte "
    "arriva con la carta. Conservi questi codici con cura, perché servono per usare la "
    "carta con i servizi online della pubblica amministrazione. La carta vale dieci anni "
    "per i maggiorenni, cinque anni per i minori tra tre e diciotto anni e tre anni per i "
    "bambini sotto i tre anni. Per informazioni si rivolga all'ufficio anagrafe, aperto dal "
    "lunedì al venerdì dalle nove alle dodici e trenta, e il giovedì pomeriggio dalle "
    "quindici alle diciassette. Può anche telefonare al numero indicato sul sito del Comune."
)

PLAIN_CHILD = textwrap.dedent(
    """
    import json, os, sys, time, wave
    import pyttsx3
    page = sys.stdin.read()
    engine = pyttsx3.init("espeak")
    engine.setProperty("voice", "it")
    engine.setProperty("rate", 160)
    marks = {}
    def fake_system(command):
        # pyttsx3's espeak driver plays with os.system("aplay FILE -q") once the
        # whole WAV is written: that is when its first audio would start.
        marks.setdefault("aplay", time.perf_counter())
        path = command.split()[1]
        with wave.open(path) as w:
            marks["audio_seconds"] = w.getnframes() / w.getframerate()
        return 0
    os.system = fake_system
    # Warm-up, untimed: in a fresh engine the first runAndWait() of a long text
    # returns at once with no audio, which then comes out during the next call.
    engine.say("ok")
    engine.runAndWait()
    marks.clear()
    started = time.perf_counter()
    engine.say(page)
    engine.runAndWait()
    ended = time.perf_counter()
    sys.__stdout__.write(json.dumps({
        "first_audio_ms": (marks["aplay"] - started) * 1000,
        "run_and_wait_ms": (ended - started) * 1000,
        "audio_seconds": marks["audio_seconds"],
    }))
    """
)


def plain_pyttsx3_run() -> dict[str, float]:
    """One plain say()+runAndWait() in a fresh process; its timings."""
    done = subprocess.run(
        [sys.executable, "-c", PLAIN_CHILD],
        input=PAGE,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


async def ours(runs: int) -> dict[str, object]:
    """Time to first audio with EspeakSpeech, ``runs`` times on one started adapter."""
    from spaziocitta.devices.speech import EspeakSpeech, NullSink
    from spaziocitta.devices.speech.sentences import split_sentences

    speech = EspeakSpeech(lambda _event: None, sink=NullSink(), rate_wpm=160)
    started = time.perf_counter()
    await speech.start()
    start_ms = (time.perf_counter() - started) * 1000
    health = await speech.health()
    firsts: list[float] = []
    first_synth: list[float] = []
    try:
        for _ in range(runs):
            await speech.speak(PAGE, "it")
            while speech.first_audio_latency is None:
                await asyncio.sleep(0.001)
            firsts.append(speech.first_audio_latency * 1000)
            first_synth.append(speech.synthesis_ms[0])
            speech.stop()
            await asyncio.sleep(0.2)  # let the parts synthesised ahead drain
    finally:
        await speech.close()
    parts = split_sentences(PAGE)
    return {
        "engine": health.detail,
        "worker_start_ms": start_ms,
        "first_audio_ms": firsts,
        "first_part_synthesis_ms": first_synth,
        "parts": len(parts),
        "first_part_chars": len(parts[0]),
    }


def main() -> int:
    """Run both, print the figures and the goal."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()

    words = len(PAGE.split())
    print(f"page: {words} words, {len(PAGE)} characters, Italian, 160 wpm, espeak-ng voice 'it'")
    mine = asyncio.run(ours(args.runs))
    plain = [plain_pyttsx3_run() for _ in range(args.runs)]

    our_first = statistics.median(mine["first_audio_ms"])  # type: ignore[arg-type]
    plain_first = statistics.median(p["first_audio_ms"] for p in plain)
    print(
        f"\nours ({mine['engine']}; worker start {mine['worker_start_ms']:.0f} ms, untimed below)"
    )
    print(f"  parts: {mine['parts']}, first part {mine['first_part_chars']} chars")
    print("  first audio ms:     " + ", ".join(f"{v:.1f}" for v in mine["first_audio_ms"]))  # type: ignore[attr-defined]
    print("  first part synth ms:" + ", ".join(f"{v:.1f}" for v in mine["first_part_synthesis_ms"]))  # type: ignore[attr-defined]
    print(f"  median first audio: {our_first:.1f} ms")
    print("\nplain pyttsx3 say() + runAndWait() (one WAV for the whole page, then aplay)")
    print("  first audio ms:     " + ", ".join(f"{p['first_audio_ms']:.1f}" for p in plain))
    print("  runAndWait ms:      " + ", ".join(f"{p['run_and_wait_ms']:.1f}" for p in plain))
    print(f"  page audio: {plain[0]['audio_seconds']:.1f} s")
    print(f"  median first audio: {plain_first:.1f} ms")

    ratio = plain_first / our_first if our_first > 0 else float("inf")
    goals = {
        "first audio < 300 ms": (our_first < 300, f"{our_first:.1f} ms"),
        "first audio >= 5x sooner than plain pyttsx3": (ratio >= 5, f"{ratio:.1f}x"),
    }
    print()
    for goal, (passed, value) in goals.items():
        print(f"{'PASS' if passed else 'FAIL'}  {goal}: {value}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump({"words": words, "ours": mine, "plain": plain}, out, indent=2)
    return 0 if all(passed for passed, _ in goals.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
