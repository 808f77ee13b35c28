"""Reading aloud: the Help key, read-aloud on focus, and interruption by any input."""

from __future__ import annotations

from PySide6.QtCore import Qt

from spaziocitta.ui.harness import KioskHarness


def spoken(kiosk: KioskHarness) -> list[str]:
    return [text for text, _lang in kiosk.core.devices["speech"].spoken]


def test_help_key_says_where_you_are(home: KioskHarness) -> None:
    home.key(Qt.Key.Key_Down)  # on "Paga un avviso pagoPA"
    home.key(Qt.Key.Key_F1)
    home.pump(0.05)
    said = " ".join(spoken(home))
    assert "Comune di Prova" in said, "the screen's title"
    assert "Paga un avviso pagoPA" in said and "pulsante" in said, "the focused control, in Italian"
    assert home.core.devices["speech"].spoken[-1][1] == "it"


def test_help_speaks_in_the_ui_language(home: KioskHarness) -> None:
    home.act(lambda: home.shell.kiosk.setLanguage("en"))
    home.key(Qt.Key.Key_F1)
    home.pump(0.05)
    text, lang = home.core.devices["speech"].spoken[-1]
    assert lang == "en" and "Find a service" in text


def test_read_aloud_speaks_each_focused_control(home: KioskHarness) -> None:
    home.shell.access.readAloud = True
    home.key(Qt.Key.Key_Down)
    home.key(Qt.Key.Key_Down)
    home.pump(0.05)
    said = spoken(home)
    assert any("Paga un avviso pagoPA" in s for s in said)
    assert any("Moduli e prenotazioni" in s for s in said)


def test_nothing_is_spoken_unasked(home: KioskHarness) -> None:
    home.key(Qt.Key.Key_Down)
    home.pump(0.05)
    assert spoken(home) == []


def test_any_input_interrupts_speech(home: KioskHarness) -> None:
    speech = home.core.devices["speech"]
    speech.chars_per_second = 5
    home.key(Qt.Key.Key_F1)
    home.pump(0.05)
    assert speech.speaking
    home.tap(home.find("tile_pay"))
    assert not speech.speaking
    home.key(Qt.Key.Key_F1)
    home.pump(0.05)
    assert speech.speaking
    home.key(Qt.Key.Key_Shift)
    assert not speech.speaking
