"""The accessibility panel: targets in millimetres, 200% text, high contrast, low reach."""

from __future__ import annotations

from PySide6.QtCore import Qt

from spaziocitta.ui.harness import KioskHarness


def theme(kiosk: KioskHarness):  # type: ignore[no-untyped-def]
    return kiosk.shell.engine.singletonInstance("Kiosk.Theme", "Theme")


def test_touch_targets_are_at_least_20_mm(home: KioskHarness) -> None:
    px_per_mm = 96 / 25.4  # the test config's dpi
    for name in ("tile_search", "tile_language", "navEnd", "navHelp"):
        item = home.find(name)
        assert item.height() >= 20 * px_per_mm - 0.5, name
        assert item.width() >= 20 * px_per_mm - 0.5, name


def test_large_text_doubles_every_font(home: KioskHarness) -> None:
    before = {k: theme(home).property(k) for k in ("fontSmall", "fontBody", "fontTitle")}
    home.tap(home.find("tile_accessibility"))
    home.key(Qt.Key.Key_Down)  # to "large text"
    assert home.focused_name() == "toggleLargeText"
    home.key(Qt.Key.Key_Return)
    assert home.shell.access.largeText
    after = {k: theme(home).property(k) for k in before}
    for key, size in before.items():
        assert after[key] >= 2 * size - 1, key
    # Nothing runs off the side at 200%: every visible control fits the window.
    width = home.window.width()
    for item in home.items():
        if item.property("activeFocusOnTab") and item.width() > 0:
            left = item.mapToScene(item.boundingRect().topLeft()).x()
            assert left >= 0 and left + item.width() <= width + 1, item.objectName()


def test_high_contrast_swaps_the_palette(home: KioskHarness) -> None:
    assert theme(home).property("background").name() == "#ffffff"
    home.shell.access.highContrast = True
    home.pump()
    assert theme(home).property("background").name() == "#000000"


def test_low_reach_moves_every_control_down(home: KioskHarness) -> None:
    home.shell.access.lowReach = True
    home.pump(0.1)
    height = home.window.height()
    for name in ("tile_search", "navEnd", "navHelp"):
        item = home.find(name)
        top = item.mapToScene(item.boundingRect().topLeft()).y()
        assert top >= 0.4 * height, f"{name} at {top:.0f}px of {height}"


def test_volume_buttons_change_the_speech_volume(home: KioskHarness) -> None:
    speech = home.core.devices["speech"]
    start = speech.volume
    home.tap(home.find("tile_accessibility"))
    home.tap(home.find("volumeUp"))
    assert speech.volume == round(start + 0.1, 2)
    for _ in range(10):
        home.tap(home.find("volumeUp"))
    assert speech.volume == 1.0, "clamped"
