"""UI fixtures: one qasync loop for the session, and a headless kiosk per test."""

from __future__ import annotations

import asyncio
import shutil
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


@pytest.fixture(scope="session")
def demo_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with the demo pack imported once; each kiosk starts from a copy of it."""
    from spaziocitta.kiosk.catalog.importer import import_pack
    from spaziocitta.kiosk.catalog.pack import load_pack
    from spaziocitta.kiosk.core import DEMO_PACK
    from spaziocitta.kiosk.store.db import Store

    path = tmp_path_factory.mktemp("demo-db") / "kiosk.sqlite3"
    store = Store.open(path)
    import_pack(store, load_pack(DEMO_PACK))
    store.checkpoint_truncate()
    store.close()
    return path


@pytest.fixture
def kiosk(
    qapp, qloop, kiosk_config, _isolated_data_dir: Path, demo_database: Path
) -> Iterator[KioskHarness]:  # type: ignore[no-untyped-def]
    """A running headless kiosk on its attract screen (demo devices, demo pack, real SQLite)."""
    _isolated_data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(demo_database, _isolated_data_dir / "kiosk.sqlite3")
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
