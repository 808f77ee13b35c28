"""Out of service: citizens see where to go instead, and a touch starts nothing."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import Qt

from spaziocitta.ui.harness import KioskHarness


def test_out_of_service_shows_the_help_desk_and_starts_no_session(kiosk: KioskHarness) -> None:
    kiosk.act(lambda: kiosk.core.set_out_of_service(True))
    kiosk.pump(0.2)
    assert kiosk.screen == "outOfService"
    assert kiosk.find("outOfServiceTitle").property("text") == "Questo totem è fuori servizio"
    assert kiosk.find("helpDesk").isVisible(), "the pack's help desk is offered instead"
    kiosk.tap_at(540, 960)
    kiosk.key(Qt.Key.Key_Space)
    assert kiosk.core.sessions.current is None and kiosk.screen == "outOfService"
    kiosk.act(lambda: kiosk.core.set_out_of_service(False))
    assert kiosk.screen == "attract"
    kiosk.key(Qt.Key.Key_Space)
    assert kiosk.screen == "home"


def test_the_municipality_takes_it_out_of_service_between_sessions(home: KioskHarness) -> None:
    remote = SimpleNamespace(version=7, inactivity_seconds=0, out_of_service=True)
    home.act(lambda: home.core._remote_config(SimpleNamespace(config=remote)))
    assert home.screen == "home", "never under a citizen's hands"
    home.run(home.core.sessions.end("finished"))
    home.pump(0.2)
    assert home.screen == "outOfService"
