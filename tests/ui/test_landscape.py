"""Landscape totems: the same screens, laid out in four columns."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from spaziocitta.ui.harness import KioskHarness


@pytest.fixture
def landscape(qapp, qloop, kiosk_config, _isolated_data_dir: Path) -> Iterator[KioskHarness]:  # type: ignore[no-untyped-def]
    harness = KioskHarness(qapp, qloop, kiosk_config, _isolated_data_dir, size=(1920, 1080))
    harness.start()
    try:
        yield harness
    finally:
        harness.close()


def test_home_in_landscape_shows_every_tile_without_scrolling(landscape: KioskHarness) -> None:
    landscape.key(Qt.Key.Key_Space)
    assert landscape.screen == "home"
    xs = set()
    for name in ("tile_search", "tile_pay", "tile_forms", "tile_report", "tile_language"):
        item = landscape.find(name)
        top_left = item.mapToScene(item.boundingRect().topLeft())
        bottom = top_left.y() + item.height()
        assert bottom <= 1080, f"{name} below the screen"
        xs.add(round(top_left.x()))
    assert len(xs) == 4, "four columns"
