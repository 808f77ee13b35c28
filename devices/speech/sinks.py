"""Where synthesised WAV files are played: a loudspeaker or nowhere.

An :class:`AudioSink` plays one WAV at a time and stops within milliseconds.
The volume is applied here, at play time, by scaling the samples: a part
synthesised before ``set_volume`` (the pipeline keeps one or two ready) is
still played at the volume the kiosk asked for last, and the session-end
reset holds whatever the synthesis worker is doing. The synthesiser always
renders at full espeak amplitude.

- :class:`CommandSink` runs ``aplay`` (or ``paplay``) per part, in its own
  process group, and stops it with SIGTERM (SIGKILL 50 ms later if needed).
- :class:`NullSink` "plays" for the real duration of the audio without a
  sound card (tests, CI, a kiosk without audio); with ``keep_dir`` it keeps a
  copy of every WAV it was given, for inspection (``output="file:DIR"``).
"""

from __future__ import annotations

import asyncio
import contextlib
import glob
import logging
import os
import shutil
import signal
import subprocess
import sys
import time
import wave
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

log = logging.getLogger(__name__)

KILL_AFTER = 0.05  # seconds between SIGTERM and SIGKILL for a player that lingers


class SinkError(Exception):
    """The player failed (no sound device, missing program)."""


@runtime_checkable
class AudioSink(Protocol):
    """Plays one WAV at a time; ``stop`` is immediate."""

    name: str

    @property
    def playing(self) -> bool:
        """True from the start of ``play`` until the audio is over or stopped."""
        ...

    async def play(self, wav: Path, volume: float) -> bool:
        """Play ``wav`` at ``volume`` (0..1); True if it played to the end, False if stopped.

        Raises SinkError if the player failed.
        """
        ...

    def stop(self) -> None:
        """Silence the part being played now (callable from the event loop, any time)."""

    def close(self) -> None:
        """Stop and release what the sink holds."""


def wav_duration(path: Path) -> float:
    """Length of a WAV file in seconds."""
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes() / float(wav.getframerate() or 1)


def scaled_copy(src: Path, dst: Path, volume: float) -> Path:
    """Write ``src`` (16-bit PCM) to ``dst`` with every sample multiplied by ``volume``."""
    with wave.open(str(src), "rb") as wav:
        params = wav.getparams()
        frames = wav.readframes(params.nframes)
    if params.sampwidth != 2:
        raise SinkError(f"only 16-bit WAV is supported, got {8 * params.sampwidth}-bit")
    samples = array("h", frames)
    if sys.byteorder == "big":  # WAV is little-endian
        samples.byteswap()
    factor = max(0.0, min(1.0, volume))
    scaled = array("h", [int(s * factor) for s in samples])
    if sys.byteorder == "big":
        scaled.byteswap()
    with wave.open(str(dst), "wb") as out:
        out.setparams(params)
        out.writeframes(scaled.tobytes())
    return dst


def alsa_playback_available() -> bool:
    """True when the kernel exposes at least one ALSA playback device."""
    return bool(glob.glob("/dev/snd/pcmC*D*p"))


class CommandSink:
    """Plays each part with an external player (``aplay -q`` by default) it can kill."""

    def __init__(self, command: tuple[str, ...] = ("aplay", "-q"), *, name: str = "aplay") -> None:
        self.name = name
        self.command = tuple(command)
        self._proc: subprocess.Popen[bytes] | None = None
        self._last: subprocess.Popen[bytes] | None = None
        self._epoch = 0  # bumped by stop(): a play() still preparing must not start
        self._playing = False

    @property
    def playing(self) -> bool:
        """True while a player process is running (or about to)."""
        return self._playing

    def check(self) -> None:
        """Raise SinkError if the player program is not installed."""
        if shutil.which(self.command[0]) is None:
            raise SinkError(f"{self.command[0]} is not installed (apt-get install alsa-utils)")

    async def play(self, wav: Path, volume: float) -> bool:
        """Run the player on ``wav`` (scaled to ``volume``) and wait for it."""
        epoch = self._epoch
        self._playing = True
        scaled: Path | None = None
        try:
            source = wav
            if volume < 0.999:
                scaled = wav.with_suffix(".vol.wav")
                # Scaling a sentence takes a few ms of Python: keep it off the loop.
                source = await asyncio.to_thread(scaled_copy, wav, scaled, volume)
            await self._wait_previous_exit()
            if epoch != self._epoch:
                return False
            proc = subprocess.Popen(
                [*self.command, str(source)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                start_new_session=True,  # its own group: a wrapper script dies with its player
            )
            self._proc = self._last = proc
            try:
                _, err = await asyncio.to_thread(proc.communicate)
            finally:
                if proc.poll() is None:  # cancelled while playing
                    self._terminate(proc)
            if epoch != self._epoch:
                return False
            if proc.returncode != 0:
                tail = err.decode(errors="replace").strip().splitlines()[-1:] or ["no message"]
                raise SinkError(f"{self.command[0]} exited with {proc.returncode}: {tail[0]}")
            return True
        finally:
            self._proc = None
            self._playing = False
            if scaled is not None:
                with contextlib.suppress(OSError):
                    scaled.unlink()

    async def _wait_previous_exit(self) -> None:
        # A replaced part's player may still be dying: on a raw hw: device the new
        # one would find it busy. It is gone within KILL_AFTER.
        last = self._last
        deadline = time.monotonic() + 2 * KILL_AFTER
        while last is not None and last.poll() is None and time.monotonic() < deadline:
            await asyncio.sleep(0.002)

    def stop(self) -> None:
        """Terminate the player now; SIGKILL follows if it is still there after 50 ms."""
        self._epoch += 1
        proc = self._proc
        if proc is not None and proc.poll() is None:
            self._terminate(proc)

    def close(self) -> None:
        """Stop playing."""
        self.stop()

    @staticmethod
    def _terminate(proc: subprocess.Popen[bytes]) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            loop = None

        def kill() -> None:
            if proc.poll() is None:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(proc.pid, signal.SIGKILL)

        if loop is not None:
            loop.call_later(KILL_AFTER, kill)
        else:  # outside a loop (close at interpreter exit): wait briefly ourselves
            deadline = time.monotonic() + KILL_AFTER
            while proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.005)
            kill()


@dataclass(frozen=True)
class PlayedPart:
    """What a NullSink was given: the kept copy (if any), length, volume, and outcome."""

    kept: Path | None
    duration: float
    volume: float
    completed: bool


class NullSink:
    """Silent output that takes the real duration of each part; stop is instant.

    ``speed`` > 1 shortens the wait (tests only). With ``keep_dir`` every WAV
    is copied there (``0001.wav``, ...) before the adapter deletes the
    original; ``played`` lists every part.
    """

    def __init__(
        self, keep_dir: Path | str | None = None, *, name: str | None = None, speed: float = 1.0
    ) -> None:
        self.speed = speed  # tests may "play" faster than real time; the kiosk never does
        self.keep_dir = Path(keep_dir) if keep_dir is not None else None
        self.name = name or ("file" if keep_dir is not None else "null")
        self.played: list[PlayedPart] = []
        self._stopped: asyncio.Event | None = None
        self._playing = False

    @property
    def playing(self) -> bool:
        """True while a part is "playing"."""
        return self._playing

    async def play(self, wav: Path, volume: float) -> bool:
        """Wait for the part's duration, or until stop()."""
        duration = wav_duration(wav)
        kept = None
        if self.keep_dir is not None:
            self.keep_dir.mkdir(parents=True, exist_ok=True)
            kept = self.keep_dir / f"{len(self.played) + 1:04d}.wav"
            shutil.copyfile(wav, kept)
        stopped = self._stopped = asyncio.Event()
        self._playing = True
        completed = False
        try:
            # Waiting on an event, not sleeping in slices: stop() wakes it at once.
            await asyncio.wait_for(stopped.wait(), duration / self.speed)
        except TimeoutError:
            completed = True
        finally:
            self._playing = False
            self.played.append(PlayedPart(kept, duration, volume, completed))
        return completed

    def stop(self) -> None:
        """End the part being "played" now."""
        if self._stopped is not None:
            self._stopped.set()
        self._playing = False

    def close(self) -> None:
        """Stop playing."""
        self.stop()


def make_sink(output: str) -> AudioSink:
    """Build the sink named in the configuration.

    ``"aplay"``, ``"paplay"``, ``"null"``, ``"file:DIR"``, or ``"auto"``: aplay
    when an ALSA playback device exists, otherwise null (logged).
    """
    if output == "auto":
        if alsa_playback_available() and shutil.which("aplay"):
            return CommandSink(("aplay", "-q"), name="aplay")
        log.warning("no ALSA playback device: speech is synthesised but not played")
        return NullSink()
    if output == "aplay":
        return CommandSink(("aplay", "-q"), name="aplay")
    if output == "paplay":
        return CommandSink(("paplay",), name="paplay")
    if output == "null":
        return NullSink()
    if output.startswith("file:") and len(output) > len("file:"):
        return NullSink(output[len("file:") :])
    raise ValueError(f"unknown speech output {output!r}: auto, aplay, paplay, null or file:DIR")
