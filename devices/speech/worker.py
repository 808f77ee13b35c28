"""The synthesis worker: a separate process that turns sentences into WAV files.

It runs in a ``spawn`` multiprocessing process so that espeak (a C library
with global state), pyttsx3's event loop and any hang stay out of the kiosk's
process; the adapter can kill and restart it.

Engines, tried in this order by ``engine="auto"``:

- ``pyttsx3``: one engine for the worker's life, ``save_to_file`` +
  ``runAndWait`` per sentence, always from the worker's single thread. On
  Debian 12 with pyttsx3 2.99 this works on repeated calls (10–20 ms a short
  sentence). Its espeak driver polls every 10 ms and, after the first call,
  its samples are not bit-identical to ``espeak-ng -w`` (within a few
  hundred frames in length): harmless, but noted. If a call raises or leaves
  no WAV, the worker switches to the command line for good, since espeak
  cannot be initialised twice in one process.
- ``cli``: ``espeak-ng -w FILE --stdin`` per sentence; the text goes through
  stdin so that it never appears in the process table.

Protocol (tuples over two one-way pipes):

- to the worker: ``("synth", gen, seq, text, voice, rate_wpm, path)``,
  ``("cancel", gen)``, ``("quit",)``. A request of a generation older than
  the newest seen is dropped unsynthesised (the text was replaced).
- from the worker: ``("ready", engine)`` or ``("failed", reason)`` once, then
  ``("done", gen, seq, path, milliseconds)`` or ``("error", gen, seq, reason)``.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import wave
from collections import deque
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Protocol

MISSING_ESPEAK = "espeak-ng is not installed (apt-get install espeak-ng)"
CLI_TIMEOUT = 20.0


class Synthesiser(Protocol):
    """Writes one sentence to a WAV file."""

    name: str

    def synth(self, text: str, voice: str, rate: int, path: str) -> None:
        """Write ``text`` spoken by ``voice`` at ``rate`` words per minute to ``path``."""


class CliSynthesiser:
    """``espeak-ng -w`` per sentence."""

    name = "espeak-ng-cli"

    def __init__(self, binary: str = "espeak-ng") -> None:
        found = shutil.which(binary)
        if found is None:
            raise RuntimeError(MISSING_ESPEAK)
        self.binary = found

    def synth(self, text: str, voice: str, rate: int, path: str) -> None:
        """Run espeak-ng once; raise on failure."""
        done = subprocess.run(
            [self.binary, "-v", voice, "-s", str(rate), "-w", path, "--stdin"],
            input=text.encode("utf-8"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            timeout=CLI_TIMEOUT,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"espeak-ng exited with {done.returncode}")
        _check_wav(path)


class Pyttsx3Synthesiser:
    """pyttsx3's espeak driver, ``save_to_file`` + ``runAndWait`` per sentence."""

    name = "pyttsx3"

    def __init__(self) -> None:
        import pyttsx3  # the worker only: the kiosk process never loads libespeak

        self.engine = pyttsx3.init("espeak")
        self.engine.setProperty("volume", 1.0)  # full amplitude: the sink applies the volume
        # Prove the library really synthesises before announcing "ready".
        with tempfile.TemporaryDirectory(prefix="spaziocitta-speech-probe-") as probe:
            self.synth("ok", "en", 175, os.path.join(probe, "probe.wav"))

    def synth(self, text: str, voice: str, rate: int, path: str) -> None:
        """Synthesise through pyttsx3; raise if no usable WAV came out."""
        self.engine.setProperty("voice", voice)
        self.engine.setProperty("rate", rate)
        self.engine.save_to_file(text, path)
        self.engine.runAndWait()
        _check_wav(path)


class FallbackSynthesiser:
    """pyttsx3 until it fails once, then the command line."""

    def __init__(self, first: Synthesiser, binary: str) -> None:
        self.first: Synthesiser | None = first
        self.binary = binary
        self.cli: CliSynthesiser | None = None

    @property
    def name(self) -> str:
        """The engine now in use."""
        return self.first.name if self.first is not None else CliSynthesiser.name

    def synth(self, text: str, voice: str, rate: int, path: str) -> None:
        """Synthesise with pyttsx3, or with espeak-ng once pyttsx3 has failed."""
        if self.first is not None:
            try:
                self.first.synth(text, voice, rate, path)
                return
            except Exception:
                self.first = None
        if self.cli is None:
            self.cli = CliSynthesiser(self.binary)
        self.cli.synth(text, voice, rate, path)


def _check_wav(path: str) -> None:
    with wave.open(path, "rb") as wav:
        if wav.getnframes() == 0:
            raise RuntimeError("the synthesiser wrote no audio")


def make_synthesiser(engine: str, binary: str) -> Synthesiser:
    """Build the engine asked for; ``auto`` prefers pyttsx3 and falls back to the CLI."""
    if engine == "cli":
        return CliSynthesiser(binary)
    try:
        first = Pyttsx3Synthesiser()
    except Exception as exc:
        if engine == "pyttsx3":
            raise RuntimeError(f"pyttsx3 unusable: {type(exc).__name__}") from None
        return CliSynthesiser(binary)  # raises MISSING_ESPEAK when there is no espeak at all
    if engine == "pyttsx3":
        return first
    return FallbackSynthesiser(first, binary)


def _mask(message: str, text: str) -> str:
    # Exceptions may quote their input: the sentence may be personal data.
    return message.replace(text, "***") if text else message


def main(requests: Connection, replies: Connection, engine: str, binary: str) -> None:
    """The worker's entry point (``multiprocessing`` target)."""
    # Ctrl-C reaches the whole process group: the kiosk shuts the worker down
    # itself, so the worker must not die first with a traceback on the console.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # pyttsx3 prints "Audio saved to FILE" on every call: not for the kiosk's journal.
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - for the process's life
    try:
        synthesiser = make_synthesiser(engine, binary)
    except Exception as exc:
        replies.send(("failed", str(exc) or type(exc).__name__))
        return
    replies.send(("ready", synthesiser.name))
    pending: deque[tuple[int, int, str, str, int, str]] = deque()
    latest = 0
    while True:
        try:
            messages = [requests.recv()] if not pending else []
            while requests.poll():
                messages.append(requests.recv())
        except (EOFError, OSError):
            return  # the kiosk is gone
        for message in messages:
            if message[0] == "quit":
                return
            latest = max(latest, message[1])
            if message[0] == "synth":
                pending.append(message[1:])
        while pending and pending[0][0] < latest:
            pending.popleft()  # replaced text: not worth a millisecond
        if not pending:
            continue
        gen, seq, text, voice, rate, path = pending.popleft()
        started = time.perf_counter()
        try:
            synthesiser.synth(text, voice, rate, path)
        except Exception as exc:
            with_path = Path(path)
            if with_path.exists():
                with_path.unlink()
            replies.send(("error", gen, seq, _mask(f"{type(exc).__name__}: {exc}", text)))
            continue
        replies.send(("done", gen, seq, path, (time.perf_counter() - started) * 1000))
