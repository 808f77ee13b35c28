"""EspeakSpeech: the SpeechOutput port on espeak-ng, sentence by sentence.

How a text is said:

1. ``speak`` applies the private-data rule, splits the text into short parts
   (:mod:`.sentences`), bumps the *generation* and returns.
2. The parts go to the synthesis worker process (:mod:`.worker`) a few at a
   time (``lookahead``); each comes back as a WAV path tagged with its
   generation. A result of an older generation (replaced or stopped text) is
   deleted unheard.
3. A player task plays the parts in order on the :class:`~.sinks.AudioSink`
   as soon as each is ready, while the next ones are being synthesised: the
   first audio follows the first sentence, not the whole page.

``stop`` bumps the generation, silences the sink and drops everything
queued, synchronously. Nothing here blocks the event loop: the worker runs
in its own process, its replies arrive through a reader thread that hands
them to the loop with ``call_soon_threadsafe``.

Logs carry counts, lengths, languages and timings, never the text.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import multiprocessing
import shutil
import tempfile
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any, ClassVar

from spaziocitta.devices.ports import Publish, withheld_phrase
from spaziocitta.devices.speech import worker
from spaziocitta.devices.speech.sentences import DEFAULT_MAX_CHARS, split_sentences
from spaziocitta.devices.speech.sinks import AudioSink, SinkError, make_sink
from spaziocitta.devices.speech.voices import base_language, voice_for
from spaziocitta.devices.types import DeviceHealth, DeviceUnavailable, SpeechStateChanged

log = logging.getLogger(__name__)

ENGINES = ("auto", "pyttsx3", "cli")
MIN_RATE, MAX_RATE = 80, 450


class _Worker:
    """One running synthesis process and its two pipes."""

    def __init__(self, process: BaseProcess, requests: Connection, replies: Connection) -> None:
        self.process = process
        self.requests = requests
        self.replies = replies
        self.engine = ""

    @property
    def alive(self) -> bool:
        return self.process.is_alive()

    def send(self, message: tuple[Any, ...]) -> None:
        self.requests.send(message)

    def kill(self) -> None:
        with contextlib.suppress(OSError):
            self.requests.close()
        if self.process.is_alive():
            self.process.kill()


class EspeakSpeech:
    """Speech output on espeak-ng (through pyttsx3 in a worker process).

    Options (all keyword, as the registry passes them from the configuration):
    ``headset``; ``volume`` (0..1, the start value; applied by the sink at
    play time); ``rate_wpm``; ``output`` (``auto``/``aplay``/``paplay``/
    ``null``/``file:DIR``); ``engine`` (``auto``/``pyttsx3``/``cli``);
    ``espeak_binary``; ``lookahead`` (parts synthesised ahead of the one
    playing); ``max_sentence_chars``; ``synth_timeout`` (seconds a part may
    take before the worker is killed and restarted); ``start_timeout``.
    ``sink`` replaces ``output`` with a ready sink (tests, benchmarks).
    """

    kind: ClassVar[str] = "speech"
    adapter: str = "espeak"

    def __init__(
        self,
        publish: Publish,
        *,
        headset: bool = False,
        volume: float = 0.6,
        rate_wpm: int = 160,
        output: str = "auto",
        engine: str = "auto",
        espeak_binary: str = "espeak-ng",
        lookahead: int = 2,
        max_sentence_chars: int = DEFAULT_MAX_CHARS,
        synth_timeout: float = 10.0,
        start_timeout: float = 15.0,
        sink: AudioSink | None = None,
    ) -> None:
        if engine not in ENGINES:
            raise ValueError(f"unknown speech engine {engine!r}: {', '.join(ENGINES)}")
        self._publish = publish
        self._headset = bool(headset)
        self._volume = 0.0
        self.set_volume(volume)
        self.rate_wpm = min(MAX_RATE, max(MIN_RATE, int(rate_wpm)))
        self.engine = engine
        self.espeak_binary = espeak_binary
        self.lookahead = max(1, int(lookahead))
        self.max_sentence_chars = max(20, int(max_sentence_chars))
        self.synth_timeout = synth_timeout
        self.start_timeout = start_timeout
        self.sink: AudioSink = sink if sink is not None else make_sink(output)
        self.withheld = 0  # private texts replaced by the withheld phrase
        self.first_audio_latency: float | None = None  # speak() → first part playing, seconds
        self.synthesis_ms: list[float] = []  # worker time per part, latest text
        # Called with (generation, part) as each part is sent to synthesis: the
        # contract tests read it; nothing in the kiosk should keep the text.
        self.synthesis_observer: Callable[[int, str], None] | None = None

        self._started = False
        self._closed = False
        self._worker: _Worker | None = None
        self._tmp: Path | None = None
        self._problem: str | None = None
        self._idle = asyncio.Event()
        self._idle.set()
        self._ready_event = asyncio.Event()
        self._gen = 0
        self._parts: list[str] = []
        self._voice = voice_for("it")
        self._sent = 0  # next part to send to the worker
        self._next = 0  # next part to play (or playing)
        self._current: str | None = None
        self._ready: dict[int, Path | None] = {}  # None: that part failed to synthesise
        self._player: asyncio.Task[None] | None = None
        self._spoken_at = 0.0

    # ------------------------------------------------------------------ port

    @property
    def headset(self) -> bool:
        """True when the audio goes to a personal headset."""
        return self._headset

    @property
    def speaking(self) -> bool:
        """True from speak() until the last part has played or stop() was called."""
        return not self._idle.is_set()

    @property
    def queue(self) -> tuple[str, ...]:
        """Parts still to be said, the one playing excluded."""
        start = self._next + (1 if self._current is not None else 0)
        return tuple(self._parts[start:])

    @property
    def volume(self) -> float:
        """Output volume, 0.0 to 1.0."""
        return self._volume

    def set_volume(self, volume: float) -> None:
        """Set the volume, clamped to 0.0..1.0; applies from the next part played."""
        if math.isnan(volume):
            raise ValueError("volume must be a number")
        self._volume = min(1.0, max(0.0, float(volume)))

    async def start(self) -> None:
        """Start the synthesis worker; DeviceUnavailable if espeak-ng is missing."""
        if self._closed:
            raise DeviceUnavailable("speech is closed")
        if self._started:
            return
        check = getattr(self.sink, "check", None)
        if check is not None:
            try:
                check()
            except SinkError as exc:
                raise DeviceUnavailable(str(exc), user_message="Speech is not available.") from None
        self._tmp = Path(tempfile.mkdtemp(prefix="spaziocitta-speech-"))
        try:
            await self._spawn_worker()
        except BaseException:
            shutil.rmtree(self._tmp, ignore_errors=True)
            raise
        self._started = True

    async def close(self) -> None:
        """Silence, stop the worker, delete the temporary audio."""
        if self._closed:
            return
        if self._started:
            self.stop()  # still open: SpeechStateChanged(False) goes out
        self._closed = True
        worker_, self._worker = self._worker, None
        if worker_ is not None:
            with contextlib.suppress(OSError):
                worker_.send(("quit",))
            await asyncio.to_thread(worker_.process.join, 1.0)
            worker_.kill()
        self.sink.close()
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)

    async def health(self) -> DeviceHealth:
        """Worker, engine and output as the maintenance screen shows them."""
        if not self._started or self._closed:
            detail = "closed" if self._closed else "not started"
            return DeviceHealth(self.kind, self.adapter, ok=None, detail=detail)
        worker_ = self._worker
        if worker_ is None or not worker_.alive:
            detail = "synthesis worker not running (restarts on the next text)"
            return DeviceHealth(self.kind, self.adapter, ok=False, detail=detail)
        detail = f"{worker_.engine} engine, {self.sink.name} output, {self.rate_wpm} wpm"
        if self._problem:
            detail = f"{detail}; {self._problem}"
        return DeviceHealth(self.kind, self.adapter, ok=self._problem is None, detail=detail)

    async def speak(self, text: str, lang: str, *, private: bool = False) -> None:
        """Replace whatever is being said with ``text``; return once queued."""
        if not self._started or self._closed:
            raise DeviceUnavailable(f"speech is {'closed' if self._closed else 'not started'}")
        if private and not self._headset:
            self.withheld += 1
            text = withheld_phrase(lang)
        parts = split_sentences(text, self.max_sentence_chars)
        if self._worker is None or not self._worker.alive:
            await self._spawn_worker()  # it died: the first text after pays the restart
        self._drop_current()
        if not parts:
            self._set_idle()
            return
        withheld = ", private text withheld" if private and not self._headset else ""
        log.info(
            "speaking %d chars in %d parts, lang %s%s",
            len(text), len(parts), base_language(lang), withheld,
        )  # fmt: skip
        loop = asyncio.get_running_loop()
        self._parts = parts
        self._voice = voice_for(lang)
        self._spoken_at = loop.time()
        self.first_audio_latency = None
        self.synthesis_ms = []
        if self._idle.is_set():
            self._idle.clear()
            self._emit(SpeechStateChanged(speaking=True))
        self._request_more()
        self._player = loop.create_task(self._play(self._gen), name="speech-player")

    def stop(self) -> None:
        """Silence now, drop the queue and any synthesis still pending."""
        self._drop_current()
        if self._worker is not None:
            with contextlib.suppress(OSError):
                self._worker.send(("cancel", self._gen))
        self._set_idle()

    async def wait_idle(self) -> None:
        """Return when nothing is being said or queued."""
        await self._idle.wait()

    # ------------------------------------------------------------- internals

    def _drop_current(self) -> None:
        self._gen += 1
        self.sink.stop()
        if self._player is not None:
            self._player.cancel()
            self._player = None
        for wav in self._ready.values():
            if wav is not None:
                wav.unlink(missing_ok=True)
        self._ready.clear()
        self._parts = []
        self._sent = self._next = 0
        self._current = None

    def _request_more(self) -> None:
        worker_ = self._worker
        limit = min(len(self._parts), self._next + 1 + self.lookahead)
        while worker_ is not None and self._sent < limit:
            seq = self._sent
            assert self._tmp is not None
            path = self._tmp / f"{self._gen}-{seq}.wav"
            text = self._parts[seq]
            worker_.send(("synth", self._gen, seq, text, self._voice, self.rate_wpm, str(path)))
            if self.synthesis_observer is not None:
                self.synthesis_observer(self._gen, text)
            self._sent += 1

    async def _play(self, gen: int) -> None:
        loop = asyncio.get_running_loop()
        try:
            while self._next < len(self._parts):
                seq = self._next
                wav = await self._wait_ready(seq)
                if gen != self._gen:
                    return  # replaced while waiting (a cancellation can be swallowed by wait_for)
                if wav is not None:
                    self._current = self._parts[seq]
                    if self.first_audio_latency is None:
                        self.first_audio_latency = loop.time() - self._spoken_at
                    try:
                        await self.sink.play(wav, self._volume)
                    finally:
                        wav.unlink(missing_ok=True)
                    if gen != self._gen:
                        return  # stopped or replaced: the new text owns the state now
                self._ready.pop(seq, None)
                self._current = None
                self._next += 1
                self._request_more()
            self._problem = None
        except SinkError as exc:
            self._problem = f"audio output failed: {exc}"
            log.warning("speech output failed: %s", exc)
        except TimeoutError:
            self._problem = f"synthesis took over {self.synth_timeout:.0f} s: worker restarted"
            log.error("speech worker did not answer in %.0f s: killing it", self.synth_timeout)
            if self._worker is not None:
                self._worker.kill()  # the reader thread reports the exit; speak() restarts it
        if gen == self._gen:
            self._player = None
            self._drop_current()
            self._set_idle()

    async def _wait_ready(self, seq: int) -> Path | None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.synth_timeout
        while seq not in self._ready:
            self._ready_event.clear()
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._ready_event.wait(), remaining)
        return self._ready[seq]

    def _on_reply(self, worker_: _Worker, message: tuple[Any, ...]) -> None:
        if message[0] == "exited":
            self._on_worker_exit(worker_)
            return
        if message[0] == "done":
            _, gen, seq, path, ms = message
            if gen != self._gen or worker_ is not self._worker:
                Path(path).unlink(missing_ok=True)  # replaced or stopped: never heard
                return
            self._ready[seq] = Path(path)
            self.synthesis_ms.append(ms)
        elif message[0] == "error":
            _, gen, seq, reason = message
            log.warning("synthesis of part %d failed: %s", seq, reason)  # the worker masked it
            if gen != self._gen:
                return
            self._ready[seq] = None
        self._ready_event.set()

    def _on_worker_exit(self, worker_: _Worker) -> None:
        if worker_ is not self._worker or self._closed:
            return
        log.warning("speech worker exited (code %s)", worker_.process.exitcode)
        self._worker = None
        self.stop()

    async def _spawn_worker(self) -> None:
        context = multiprocessing.get_context("spawn")
        requests_r, requests_w = context.Pipe(duplex=False)
        replies_r, replies_w = context.Pipe(duplex=False)
        process = context.Process(
            target=worker.main,
            args=(requests_r, replies_w, self.engine, self.espeak_binary),
            name="spaziocitta-speech",
            daemon=True,
        )
        process.start()
        # The child has its copies: closing ours lets each side see EOF when the other dies.
        requests_r.close()
        replies_w.close()
        new = _Worker(process, requests_w, replies_r)
        try:
            if not await asyncio.to_thread(replies_r.poll, self.start_timeout):
                raise DeviceUnavailable("the speech worker did not start in time")
            message = replies_r.recv()
        except (EOFError, OSError):
            new.kill()
            # Also what a spawn child does when the program's main module starts the
            # kiosk on import instead of under ``if __name__ == "__main__":``.
            raise DeviceUnavailable(
                f"the speech worker exited while starting (code {process.exitcode}); "
                "the main module must be import-safe for multiprocessing 'spawn'"
            ) from None
        except DeviceUnavailable:
            new.kill()
            raise
        if message[0] != "ready":
            new.kill()
            raise DeviceUnavailable(
                f"speech engine unavailable: {message[1]}", user_message="Speech is not available."
            )
        new.engine = message[1]
        self._worker = new
        self._problem = None
        loop = asyncio.get_running_loop()
        threading.Thread(
            target=_read_replies,
            args=(new, loop, self._on_reply),
            name="speech-replies",
            daemon=True,
        ).start()
        log.info("speech worker started: %s engine, %s output", new.engine, self.sink.name)

    def _set_idle(self) -> None:
        if not self._idle.is_set():
            self._idle.set()
            self._emit(SpeechStateChanged(speaking=False))

    def _emit(self, event: object) -> None:
        if self._started and not self._closed:
            self._publish(event)


def _read_replies(
    worker_: _Worker,
    loop: asyncio.AbstractEventLoop,
    on_reply: Callable[[_Worker, tuple[Any, ...]], None],
) -> None:
    """Reader thread: hand each worker reply to the loop; report the worker's exit."""
    while True:
        try:
            message = worker_.replies.recv()
        except (EOFError, OSError):
            message = ("exited",)
        try:
            loop.call_soon_threadsafe(on_reply, worker_, message)
        except RuntimeError:
            return  # the loop is closed: nobody is listening any more
        if message[0] == "exited":
            return
