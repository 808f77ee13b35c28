"""UI fixtures: one qasync loop for the session, and a headless kiosk per test."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import pytestqt.plugin

from spaziocitta.kiosk.config import KioskConfig, parse_config
from spaziocitta.ui.harness import KioskHarness
from tests.kiosk.sync.conftest import RunningBackend, backend  # noqa: F401 (a fixture)

TEST_CONFIG = {"display": {"dpi": 96.0}, "kiosk": {"municipality": "Comune di Prova"}}


_QLOOP: list[asyncio.AbstractEventLoop] = []
_process_events = pytestqt.plugin._process_events


def _process_events_in_the_loop() -> None:
    """pytest-qt processes Qt events around each test phase, outside any asyncio loop.

    qasync runs asyncio callbacks from Qt events, so a kiosk task (the sync
    service's timer, say) stepped there failed with "no running event loop".
    The kiosk itself never processes events outside its loop; here the qasync
    loop is made the running one while pytest-qt does.
    """
    if not _QLOOP or asyncio._get_running_loop() is not None:
        _process_events()
        return
    asyncio._set_running_loop(_QLOOP[0])
    try:
        _process_events()
    finally:
        asyncio._set_running_loop(None)


pytestqt.plugin._process_events = _process_events_in_the_loop


@pytest.fixture(scope="session")
def qloop(qapp) -> Iterator[asyncio.AbstractEventLoop]:  # type: ignore[no-untyped-def]
    """qasync's loop over the test QGuiApplication (pytest-qt has no qasync support)."""
    import qasync

    loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(loop)
    _QLOOP.append(loop)
    yield loop
    _QLOOP.clear()
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


@pytest.fixture
def online(
    qapp,  # type: ignore[no-untyped-def]
    qloop,
    _isolated_data_dir: Path,
    demo_database: Path,
    backend: RunningBackend,  # noqa: F811 (the fixture imported above)
) -> Iterator[KioskHarness]:
    """A kiosk talking to the reference backend on 127.0.0.1, a session started."""
    from PySide6.QtCore import Qt

    config = parse_config(
        {
            **TEST_CONFIG,
            "backend": {"url": backend.url, "totem_secret": backend.secret, "timeout_seconds": 5},
        }
    )
    _isolated_data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(demo_database, _isolated_data_dir / "kiosk.sqlite3")
    harness = KioskHarness(qapp, qloop, config, _isolated_data_dir).start()
    try:
        for _ in range(200):  # the sync service starts in the background
            if harness.core.sync is not None and harness.core.sync.status.reachable:
                break
            harness.pump(0.05)
        harness.key(Qt.Key.Key_Space)
        yield harness
    finally:
        harness.close()


def wait_for(kiosk: KioskHarness, condition, seconds: float = 15.0) -> None:  # type: ignore[no-untyped-def]
    """Let the kiosk run until ``condition()`` holds; fail after ``seconds``."""
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        kiosk.pump(0.05)
    raise AssertionError("timed out")
