"""Language: the visible screen re-translates at once; Arabic mirrors the layout."""

from __future__ import annotations

from PySide6.QtCore import Qt

from spaziocitta.ui.harness import KioskHarness


def tile_text(kiosk: KioskHarness, name: str = "tile_search") -> str:
    return str(kiosk.find(name).property("text"))


def test_default_language_is_italian(home: KioskHarness) -> None:
    assert tile_text(home) == "Cerca un servizio"
    assert home.find("tile_pay").property("text") == "Paga un avviso pagoPA"


def test_switching_retranslates_the_visible_screen(home: KioskHarness) -> None:
    home.act(lambda: home.shell.kiosk.setLanguage("en"))
    assert tile_text(home) == "Find a service"
    home.act(lambda: home.shell.kiosk.setLanguage("fr"))
    assert tile_text(home) not in ("Find a service", "Cerca un servizio")
    home.act(lambda: home.shell.kiosk.setLanguage("it"))
    assert tile_text(home) == "Cerca un servizio"


def test_picker_by_keypad_switches_and_returns(home: KioskHarness) -> None:
    home.tap(home.find("tile_language"))
    assert home.screen == "language"
    assert home.focused_name() == "language_it"
    home.key(Qt.Key.Key_Down)  # English
    assert home.focused_name() == "language_en"
    home.key(Qt.Key.Key_Return)
    assert home.screen == "home"
    assert home.shell.kiosk.language == "en"
    assert home.core.sessions.current.language == "en"
    assert tile_text(home) == "Find a service"


def test_arabic_mirrors_the_layout(home: KioskHarness) -> None:
    first = home.find("tile_search")
    ltr_x = first.mapToScene(first.boundingRect().topLeft()).x()
    home.act(lambda: home.shell.kiosk.setLanguage("ar"))
    home.pump(0.1)
    first = home.find("tile_search")
    rtl_x = first.mapToScene(first.boundingRect().topLeft()).x()
    assert home.shell.kiosk.rtl
    assert rtl_x > ltr_x, "the first tile moves to the right-hand column"
    assert tile_text(home) != "Find a service" and any(
        "\u0600" <= c <= "\u06ff" for c in tile_text(home)
    )
    assert home.shell.kiosk.keyboardLocale == "ar_AR"


def test_every_language_has_its_own_texts(home: KioskHarness) -> None:
    seen = {}
    for code in ("it", "en", "fr", "es", "ar", "zh", "ro", "uk"):
        home.act(lambda code=code: home.shell.kiosk.setLanguage(code))
        seen[code] = tile_text(home)
    assert len(set(seen.values())) == len(seen), seen


def test_language_is_reset_for_the_next_citizen(home: KioskHarness) -> None:
    home.act(lambda: home.shell.kiosk.setLanguage("uk"))
    home.tap(home.find("navEnd"))
    home.pump(0.2)
    assert home.screen == "attract"
    assert home.shell.kiosk.language == "it"
    assert home.find("touchToStart").property("text") == "Tocca lo schermo per iniziare"
