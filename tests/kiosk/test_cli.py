"""The ``kiosk`` command as a technician or systemd runs it: real processes."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

KIOSK = [sys.executable, "-m", "spaziocitta.kiosk"]


def run_kiosk(*args: str, env: dict[str, str] | None = None, timeout: float = 60):  # type: ignore[no-untyped-def]
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [*KIOSK, *args], capture_output=True, text=True, env=full_env, timeout=timeout, check=False
    )


def test_bad_config_stops_with_one_clear_message(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text("[session]\nwarning_seconds = 5\n")
    result = run_kiosk("--config", str(config), "run", "--demo")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "option 'session.warning_seconds'" in result.stderr


@pytest.mark.slow
def test_exit_when_ready_prints_the_time_and_exits_0(_isolated_data_dir: Path) -> None:
    result = run_kiosk("run", "--demo", "--windowed", "--exit-when-ready")
    assert result.returncode == 0, result.stderr
    match = re.fullmatch(r"ready in (\d+) ms\n", result.stdout)
    assert match, result.stdout
    assert 0 < int(match[1]) < 30_000
    assert (_isolated_data_dir / "kiosk.sqlite3").exists(), "the store was opened"
    log = (_isolated_data_dir / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert '"msg": "first frame in' in log, "the log file has structured lines"


@pytest.mark.slow
def test_sigterm_shuts_down_cleanly(_isolated_data_dir: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [*KIOSK, "run", "--demo", "--windowed"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("ready in"), line
        time.sleep(0.3)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    log = (_isolated_data_dir / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "signal 15: shutting down" in log
