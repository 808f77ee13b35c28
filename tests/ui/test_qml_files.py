"""Every QML file compiles in the kiosk's engine, and every module lists its files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtQml import QQmlComponent

from spaziocitta.ui.harness import KioskHarness
from spaziocitta.ui.shell import QML_DIR

QML_FILES = sorted(QML_DIR.rglob("*.qml"))


@pytest.mark.parametrize("path", QML_FILES, ids=lambda p: str(p.relative_to(QML_DIR)))
def test_compiles_without_errors(kiosk: KioskHarness, path: Path) -> None:
    component = QQmlComponent(kiosk.shell.engine, QUrl.fromLocalFile(str(path)))
    assert component.isReady(), [e.toString() for e in component.errors()]


def test_every_module_file_is_in_its_qmldir() -> None:
    for qmldir in QML_DIR.rglob("qmldir"):
        listed = {
            line.split()[-1]
            for line in qmldir.read_text(encoding="utf-8").splitlines()
            if line.strip().endswith(".qml")
        }
        present = {p.name for p in qmldir.parent.glob("*.qml")}
        assert listed == present, qmldir


def test_keyboard_loads_and_follows_the_language(home: KioskHarness) -> None:
    loader = home.find_object("keyboardLoader")
    for _ in range(100):
        if loader.property("item") is not None:
            break
        home.pump(0.05)
    assert loader.property("item") is not None, "the keyboard was built in the background"
    home.tap(home.find("tile_search"))
    assert home.focused_name() == "searchField"
    home.pump(0.2)
    assert loader.property("shown"), "the keyboard opens for a focused text field"
    settings = home.shell.engine.singletonInstance(
        "QtQuick.VirtualKeyboard.Settings", "VirtualKeyboardSettings"
    )
    assert settings.property("locale") == "it_IT"
    home.act(lambda: home.shell.kiosk.setLanguage("uk"))
    assert settings.property("locale") == "uk_UA"
    assert list(settings.property("activeLocales")) == ["uk_UA"], "no other layout to switch to"
