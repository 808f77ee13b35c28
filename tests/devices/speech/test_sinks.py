"""Audio sinks: silent timing, killable players, volume scaling, choice by config."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import wave
from array import array
from pathlib import Path

import pytest

from spaziocitta.devices.speech import sinks
from spaziocitta.devices.speech.sinks import CommandSink, NullSink, SinkError, make_sink


def write_tone(path: Path, seconds: float, amplitude: int = 10_000) -> Path:
    frames = array(
        "h", [amplitude if (i // 25) % 2 else -amplitude for i in range(int(22050 * seconds))]
    )
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(22050)
        wav.writeframes(frames.tobytes())
    return path


def test_null_sink_takes_the_real_duration_and_keeps_the_wav(tmp_path) -> None:
    tone = write_tone(tmp_path / "t.wav", 0.2)
    sink = NullSink(tmp_path / "kept")

    async def main() -> float:
        loop = asyncio.get_running_loop()
        started = loop.time()
        assert await sink.play(tone, 0.4) is True
        return loop.time() - started

    elapsed = asyncio.run(main())
    assert 0.19 <= elapsed < 0.35
    [part] = sink.played
    assert part.completed and part.volume == 0.4 and part.duration == pytest.approx(0.2)
    assert part.kept is not None and part.kept.read_bytes() == tone.read_bytes()


def test_null_sink_stops_at_once(tmp_path) -> None:
    tone = write_tone(tmp_path / "t.wav", 5.0)
    sink = NullSink()

    async def main() -> tuple[bool, float]:
        loop = asyncio.get_running_loop()
        task = loop.create_task(sink.play(tone, 1.0))
        await asyncio.sleep(0.05)
        assert sink.playing
        started = loop.time()
        sink.stop()
        completed = await task
        return completed, loop.time() - started

    completed, latency = asyncio.run(main())
    assert completed is False
    assert latency < 0.05
    assert not sink.playing


FAKE_PLAYER = (sys.executable, "-c", "import time; time.sleep(10)")


def test_command_sink_kills_the_player_within_50_ms(tmp_path) -> None:
    tone = write_tone(tmp_path / "t.wav", 0.1)
    sink = CommandSink(FAKE_PLAYER, name="fake")

    async def main() -> tuple[bool, float, subprocess.Popen[bytes]]:
        loop = asyncio.get_running_loop()
        task = loop.create_task(sink.play(tone, 1.0))
        while sink._proc is None:
            await asyncio.sleep(0.005)
        proc = sink._proc
        await asyncio.sleep(0.1)  # the player is really running
        started = loop.time()
        sink.stop()
        while sink.playing:
            await asyncio.sleep(0.001)
        latency = loop.time() - started
        return await task, latency, proc

    completed, latency, proc = asyncio.run(main())
    assert completed is False
    assert latency < 0.05
    assert proc.poll() is not None


def test_command_sink_reports_a_failing_player(tmp_path) -> None:
    tone = write_tone(tmp_path / "t.wav", 0.1)
    sink = CommandSink((sys.executable, "-c", "import sys; sys.exit('no soundcards found')"))
    with pytest.raises(SinkError, match="no soundcards found"):
        asyncio.run(sink.play(tone, 0.5))
    assert not (tmp_path / "t.vol.wav").exists()  # the scaled copy is cleaned up


def test_command_sink_check_names_the_missing_program() -> None:
    with pytest.raises(SinkError, match="not-a-player"):
        CommandSink(("not-a-player",)).check()


def test_scaled_copy_applies_the_volume(tmp_path) -> None:
    tone = write_tone(tmp_path / "t.wav", 0.1, amplitude=20_000)
    out = sinks.scaled_copy(tone, tmp_path / "half.wav", 0.5)
    with wave.open(str(out), "rb") as wav:
        samples = array("h", wav.readframes(wav.getnframes()))
        assert wav.getframerate() == 22050
    assert max(samples) == 10_000 and min(samples) == -10_000


def test_make_sink_by_name(tmp_path, monkeypatch) -> None:
    assert isinstance(make_sink("null"), NullSink)
    kept = make_sink(f"file:{tmp_path}")
    assert isinstance(kept, NullSink) and kept.keep_dir == tmp_path and kept.name == "file"
    aplay = make_sink("aplay")
    assert isinstance(aplay, CommandSink) and aplay.command[0] == "aplay"
    assert make_sink("paplay").name == "paplay"
    with pytest.raises(ValueError, match="unknown speech output"):
        make_sink("speaker")


def test_auto_picks_aplay_only_with_an_alsa_device(monkeypatch) -> None:
    monkeypatch.setattr(sinks, "alsa_playback_available", lambda: False)
    assert isinstance(make_sink("auto"), NullSink)
    monkeypatch.setattr(sinks, "alsa_playback_available", lambda: True)
    monkeypatch.setattr(sinks.shutil, "which", lambda name: f"/usr/bin/{name}")
    assert isinstance(make_sink("auto"), CommandSink)
