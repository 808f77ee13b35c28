"""After an unexpected error the kiosk goes back to its home screen; the session goes on."""

from __future__ import annotations

from spaziocitta.ui.harness import KioskHarness


def test_recover_returns_home_and_keeps_the_session(home: KioskHarness) -> None:
    session = home.core.sessions.current
    home.tap(home.find("tile_accessibility"))
    assert home.screen == "accessibility"
    home.act(home.shell.kiosk.request_recover)
    assert home.screen == "home"
    assert home.core.sessions.current is session
    assert home.focused_name() == "tile_search"


def test_touch_before_the_kiosk_is_ready_is_ignored(kiosk: KioskHarness) -> None:
    kiosk.shell.kiosk._ready = False  # as in the first fraction of a second after boot
    kiosk.act(kiosk.shell.kiosk.startSession)
    assert kiosk.core.sessions.current is None
    kiosk.shell.kiosk._ready = True
