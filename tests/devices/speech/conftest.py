"""Fixtures for the espeak-ng speech adapter tests: real synthesis, no sound card.

These tests need the ``espeak-ng`` package (and pyttsx3 for the default
engine); ./run installs them. Without espeak-ng they fail, saying so: a
skipped speech test would hide a kiosk that cannot speak.
"""

from __future__ import annotations

import math
import shutil
import wave
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from spaziocitta.devices.speech import EspeakSpeech, NullSink


@pytest.fixture(autouse=True, scope="session")
def _espeak_installed() -> None:
    assert shutil.which("espeak-ng"), "espeak-ng is not installed (apt-get install espeak-ng)"


def wav_rms(path: Path) -> float:
    """Root mean square of a 16-bit mono WAV, 0..32767."""
    with wave.open(str(path), "rb") as wav:
        samples = array("h", wav.readframes(wav.getnframes()))
    return math.sqrt(sum(s * s for s in samples) / max(1, len(samples)))


def wav_seconds(path: Path) -> float:
    """Length of a WAV in seconds."""
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes() / wav.getframerate()


@pytest.fixture
def make_speech(bus, tmp_path) -> Callable[..., tuple[EspeakSpeech, NullSink]]:
    """``make_speech(speed=1.0, **options)``: an adapter on a file sink keeping WAVs in tmp."""

    def make(*, speed: float = 1.0, **options: Any) -> tuple[EspeakSpeech, NullSink]:
        sink = NullSink(tmp_path / "played", speed=speed)
        return EspeakSpeech(bus.publish, sink=sink, **options), sink

    return make
