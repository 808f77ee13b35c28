"""UI fixtures: one qasync loop for the session, and a headless kiosk per test."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from spaziocitta.kiosk.config import KioskConfig, parse_config
from spaziocitta.ui.harness import KioskHarness

TEST_CONFIG = {"display": {"dpi": 96.0}, "kiosk": {"municipality": "Comune di Prova"}}


@pytest.fixture(scope="session")
def qloop(qapp) -> Iterator[asyncio.AbstractEventLoop]:  # type: ignore[no-untyped-def]
    """qasync's loop over the test QGuiApplication (pytest-qt has no qasync support)."""
    import qasync

    loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(loop)
    yield loop
    loop.close()  # stops qasync's executor threads before Qt goes away


@pytest.fixture
def kiosk_config() -> KioskConfig:
    return parse_config(TEST_CONFIG)


@pytest.fixture
def kiosk(qapp, qloop, kiosk_config, _isolated_data_dir: Path) -> Iterator[KioskHarness]:  # type: ignore[no-untyped-def]
    """A running headless kiosk on its attract screen (demo devices, real SQLite)."""
    harness = KioskHarness(qapp, qloop, kiosk_config, _isolated_data_dir).start()
    try:
        yield harness
    finally:
        harness.close()


@pytest.fixture
def home(kiosk: KioskHarness) -> KioskHarness:
    """The kiosk with a session started by a key press, on the home screen."""
    from PySide6.QtCore import Qt

    kiosk.key(Qt.Key.Key_Space)
    assert kiosk.screen == "home"
    return kiosk
