"""The systemd notify protocol over a real Unix datagram socket: READY, WATCHDOG, STOPPING."""

from __future__ import annotations

import asyncio
import itertools
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from spaziocitta.kiosk import systemd


@pytest.fixture
def notify_socket(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    path = tmp_path / "notify.sock"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    sock.settimeout(0.2)
    monkeypatch.setenv("NOTIFY_SOCKET", str(path))
    yield sock
    sock.close()


def received(sock: socket.socket) -> list[str]:
    messages = []
    while True:
        try:
            messages.append(sock.recv(4096).decode())
        except TimeoutError:
            return messages


def test_without_systemd_nothing_is_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    assert systemd.notify("READY=1") is False
    monkeypatch.delenv("WATCHDOG_USEC", raising=False)
    assert systemd.watchdog_interval() is None


def test_notify_sends_the_fields(notify_socket: socket.socket) -> None:
    assert systemd.notify("READY=1", "STATUS=ok")
    assert received(notify_socket) == ["READY=1\nSTATUS=ok"]


def test_the_watchdog_interval_is_half_of_watchdogsec(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WATCHDOG_USEC", "30000000")
    monkeypatch.delenv("WATCHDOG_PID", raising=False)
    assert systemd.watchdog_interval() == 15.0
    monkeypatch.setenv("WATCHDOG_PID", str(os.getpid() + 1))
    assert systemd.watchdog_interval() is None, "another process's watchdog"


def test_a_frozen_loop_stops_pinging(
    notify_socket: socket.socket, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WATCHDOG_USEC", "100000")  # a ping every 50 ms
    monkeypatch.delenv("WATCHDOG_PID", raising=False)
    stamps: list[float] = []

    async def go() -> None:
        task = systemd.start_watchdog()
        await asyncio.sleep(0.3)
        time.sleep(0.5)  # the UI freezes: the loop does not turn
        await asyncio.sleep(0.2)
        await systemd.stop_watchdog(task)

    notify_socket.settimeout(0.01)
    original = systemd.notify

    def stamped(*fields: str) -> bool:
        stamps.append(time.monotonic())
        return original(*fields)

    monkeypatch.setattr(systemd, "notify", stamped)
    asyncio.run(go())
    gaps = [b - a for a, b in itertools.pairwise(stamps)]
    assert len(stamps) >= 6
    assert max(gaps) >= 0.45, "no ping while the loop was blocked"
    assert sorted(gaps)[len(gaps) // 2] < 0.1, "regular pings otherwise"


@pytest.mark.slow
def test_the_kiosk_says_ready_and_stopping(tmp_path: Path) -> None:
    path = tmp_path / "notify.sock"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    sock.settimeout(0.2)
    env = {
        **os.environ,
        "NOTIFY_SOCKET": str(path),
        "WATCHDOG_USEC": "2000000",
        "KIOSK_DATA_DIR": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.pop("WATCHDOG_PID", None)
    done = subprocess.run(
        [sys.executable, "-m", "spaziocitta.kiosk", "run", "--demo", "--exit-when-ready"],
        env=env,
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    messages = received(sock)
    sock.close()
    assert messages[0].startswith("READY=1\nSTATUS=ready in ")
    assert "WATCHDOG=1" in messages
    assert messages[-1] == "STOPPING=1"
