"""The kiosk tells the updater when a citizen is there; the gate decides when to install."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from spaziocitta.kiosk.config import KioskConfig
from spaziocitta.kiosk.core import build_core
from spaziocitta.kiosk.paths import DataPaths
from spaziocitta.kiosk.updates.activity import (
    ACTIVITY_FILE,
    UpdateGate,
    in_window,
    parse_window,
    write_activity,
)

NOW = datetime(2026, 11, 22, 3, 30, tzinfo=UTC)


def test_the_running_core_records_sessions_for_the_updater(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path)
    core = build_core(KioskConfig(), paths)
    gate = UpdateGate(tmp_path, idle_seconds=0)

    def state() -> dict:
        return json.loads((tmp_path / ACTIVITY_FILE).read_text())

    async def go() -> None:
        await core.start()
        try:
            assert state()["in_session"] is False and state()["pid"] == os.getpid()
            core.sessions.start()
            assert state()["in_session"] is True
            assert gate.allows(datetime.now(UTC)) == (False, "a citizen is using the kiosk")
            await core.sessions.end("finished")
            assert state()["in_session"] is False
            assert gate.allows(datetime.now(UTC)) == (True, "the kiosk is idle")
        finally:
            await core.close()

    asyncio.run(go())


def test_idle_time_and_sessions(tmp_path: Path) -> None:
    gate = UpdateGate(tmp_path, idle_seconds=120)
    assert gate.allows(NOW) == (True, "the kiosk is not running")
    write_activity(tmp_path, in_session=False, now=NOW - timedelta(seconds=30))
    assert gate.allows(NOW) == (False, "idle for only 30 s")
    assert gate.allows(NOW + timedelta(minutes=2)) == (True, "the kiosk is idle")
    write_activity(tmp_path, in_session=True, now=NOW - timedelta(hours=5))
    assert gate.allows(NOW) == (False, "a citizen is using the kiosk")


def test_a_dead_kiosk_or_a_broken_file_does_not_block_updates(tmp_path: Path) -> None:
    gate = UpdateGate(tmp_path)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
    record = {"pid": int(dead), "in_session": True, "since": NOW.isoformat()}
    (tmp_path / ACTIVITY_FILE).write_text(json.dumps(record))
    assert gate.allows(NOW) == (True, "the kiosk is not running")
    (tmp_path / ACTIVITY_FILE).write_text("{garbage")
    assert gate.allows(NOW)[0]


def test_the_maintenance_window_is_local_time_and_may_cross_midnight(monkeypatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Rome")
    import time

    time.tzset()
    try:
        night = datetime(2026, 11, 22, 1, 30, tzinfo=UTC)  # 02:30 in Rome
        assert in_window("02:00-05:00", night)
        assert not in_window("02:00-05:00", night - timedelta(hours=1))
        assert in_window("23:00-03:00", night) and in_window("23:00-03:00", night.replace(hour=22))
        assert not in_window("23:00-03:00", night.replace(hour=12))
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_inside_the_window_idle_time_does_not_matter_but_a_session_does(tmp_path: Path) -> None:
    gate = UpdateGate(tmp_path, idle_seconds=3600)
    write_activity(tmp_path, in_session=False, now=datetime.now(UTC))
    always = "00:00-23:59"
    assert gate.allows(datetime.now(UTC).replace(hour=12), always)[0]
    write_activity(tmp_path, in_session=True, now=datetime.now(UTC))
    assert not gate.allows(datetime.now(UTC).replace(hour=12), always)[0]


@pytest.mark.parametrize("bad", ["2-5", "24:00-05:00", "02:00-02:00", "02:00", ""])
def test_bad_windows_are_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="window"):
        parse_window(bad)
