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


CRASHING_SLOT = """
import sys
from PySide6.QtCore import QTimer
from spaziocitta.kiosk.config import KioskConfig
from spaziocitta.kiosk.paths import data_paths
from spaziocitta.ui.app import KioskProcess, RunOptions, prepare_qt_environment

prepare_qt_environment()
process = KioskProcess(KioskConfig(), data_paths().ensure(), RunOptions(demo=True, windowed=True))
recovered = []
process.shell.kiosk.recoverRequested.connect(lambda: recovered.append(1))

def boom():
    raise ZeroDivisionError("a bug in a slot")

QTimer.singleShot(1500, boom)
QTimer.singleShot(2500, lambda: process.stop.set())
code = process.run()
print("recovered" if recovered else "not recovered", code)
"""


@pytest.mark.slow
def test_an_error_in_a_slot_is_logged_and_the_kiosk_goes_home(_isolated_data_dir: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", CRASHING_SLOT],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("recovered 0"), result.stdout + result.stderr
    # No log file is set up in this child: logging's last-resort handler prints to stderr.
    assert "unexpected error; returning to the home screen" in result.stderr
    assert "ZeroDivisionError: a bug in a slot" in result.stderr
