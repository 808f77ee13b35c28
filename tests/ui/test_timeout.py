"""'Ti serve altro tempo?': countdown, one action to continue, then back to attract."""

from __future__ import annotations

from PySide6.QtCore import Qt

from spaziocitta.ui.harness import KioskHarness


def shorten(kiosk: KioskHarness, inactivity: float, warning: float) -> None:
    kiosk.core.sessions.inactivity = inactivity
    kiosk.core.sessions.warning = warning
    kiosk.act(kiosk.core.sessions.touch)


def test_question_with_countdown_and_keypad_focus(home: KioskHarness) -> None:
    shorten(home, 0.1, 30)
    home.pump(0.3)
    assert home.shell.kiosk.warningShown
    dialog = home.find_object("timeoutDialog")
    assert dialog.property("opened")
    assert home.focused_name() == "continueSession", "one key press answers it"
    countdown = home.find("countdown").property("text")
    assert "30" in countdown or "29" in countdown
    assert "secondi" in countdown  # Italian plural form
    home.key(Qt.Key.Key_Return)
    assert not home.shell.kiosk.warningShown
    assert home.screen == "home" and home.core.sessions.current is not None
    home.pump(0.2)
    assert home.shell.kiosk.warningShown, "unlimited: it asks again after the next idle spell"
    home.tap(home.find("continueSession"))
    assert not home.shell.kiosk.warningShown


def test_keypad_stays_inside_the_question(home: KioskHarness) -> None:
    shorten(home, 0.05, 30)
    home.pump(0.2)
    names = []
    for _ in range(4):
        home.key(Qt.Key.Key_Down)
        names.append(home.focused_name())
    assert names == ["endSessionNow", "continueSession"] * 2, "no escape behind the question"
    assert home.shell.kiosk.warningShown, "moving between the answers is not an answer"
    home.key(Qt.Key.Key_Down)
    home.key(Qt.Key.Key_Return)  # "No, I am done"
    home.pump(0.2)
    assert home.screen == "attract"


def test_no_answer_ends_the_session(home: KioskHarness) -> None:
    shorten(home, 0.05, 1)
    home.pump(1.6)
    assert home.screen == "attract"
    assert home.core.sessions.current is None
    assert home.find("greeting").property("text") != ""


def test_no_i_am_done_ends_now(home: KioskHarness) -> None:
    shorten(home, 0.05, 30)
    home.pump(0.2)
    home.tap(home.find("endSessionNow"))
    home.pump(0.2)
    assert home.screen == "attract"
