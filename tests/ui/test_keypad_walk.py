"""Keypad only: from the attract screen to every home tile and back, no touch at all."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from spaziocitta.ui.harness import KioskHarness

TILES = [
    ("tile_search", "search"),
    ("tile_pay", "pay"),
    ("tile_forms", "forms"),
    ("tile_report", "category"),
    ("tile_welcome", "welcome"),
    ("tile_accessibility", "accessibility"),
    ("tile_language", "language"),
]


def test_any_key_starts_a_session(kiosk: KioskHarness) -> None:
    assert kiosk.screen == "attract"
    assert kiosk.core.sessions.current is None
    kiosk.key(Qt.Key.Key_Down)
    assert kiosk.screen == "home"
    assert kiosk.core.sessions.current is not None
    assert kiosk.focused_name() == "tile_search", "focus starts on the first tile"


@pytest.mark.parametrize(("index", "tile", "screen"), [(i, *t) for i, t in enumerate(TILES)])
def test_each_tile_by_keypad_and_back(
    home: KioskHarness, index: int, tile: str, screen: str
) -> None:
    home.key(Qt.Key.Key_Down, times=index)
    assert home.focused_name() == tile
    home.key(Qt.Key.Key_Return)
    assert home.screen == screen
    assert home.focused() is not None and home.focused_name() != "", "the new screen has focus"
    home.key(Qt.Key.Key_Escape)
    assert home.screen == "home"
    assert home.focused_name() == "tile_search"


def test_focus_order_visits_every_control_and_wraps(home: KioskHarness) -> None:
    expected = [name for name, _screen in TILES] + ["navHelp", "navEnd"]
    seen = [home.focused_name()]
    for _ in expected:
        home.key(Qt.Key.Key_Down)
        seen.append(home.focused_name())
    assert seen[:-1] == expected
    assert seen[-1] == "tile_search", "the chain wraps: no focus trap"
    home.key(Qt.Key.Key_Up)
    assert home.focused_name() == "navEnd", "up goes back along the same chain"


def test_left_right_follow_reading_direction(home: KioskHarness) -> None:
    home.key(Qt.Key.Key_Right)
    assert home.focused_name() == "tile_pay"
    home.key(Qt.Key.Key_Left)
    assert home.focused_name() == "tile_search"
    home.act(lambda: home.shell.kiosk.setLanguage("ar"))
    home.act(lambda: home.find("tile_search").forceActiveFocus())
    home.key(Qt.Key.Key_Left)
    assert home.focused_name() == "tile_pay", "in Arabic the next item is on the left"


def test_end_by_keypad_returns_to_attract(home: KioskHarness) -> None:
    home.key(Qt.Key.Key_Up)  # wraps to the last control: End
    assert home.focused_name() == "navEnd"
    home.key(Qt.Key.Key_Return)
    home.pump(0.2)
    assert home.screen == "attract"
    assert home.core.sessions.current is None
