"""Maintenance from the citizen's screen: the hidden corner, the PIN pad, the screens, the exits."""

from __future__ import annotations

from PySide6.QtCore import Qt

from spaziocitta.kiosk.core import DEMO_PIN
from spaziocitta.ui.harness import KioskHarness

from .conftest import wait_for


def corner_taps(kiosk: KioskHarness, times: int = 5) -> None:
    for _ in range(times):
        kiosk.tap_at(10, 10)  # the top-left corner (entry_corner's default)


def open_pin_pad(kiosk: KioskHarness) -> None:
    corner_taps(kiosk)
    wait_for(kiosk, lambda: kiosk.screen == "maintenancePin")


def type_pin(kiosk: KioskHarness, pin: str) -> None:
    for digit in pin:
        kiosk.tap(kiosk.find(f"pinKey{digit}"))
    kiosk.tap(kiosk.find("pinOk"))


def enter(kiosk: KioskHarness) -> None:
    open_pin_pad(kiosk)
    type_pin(kiosk, DEMO_PIN)
    wait_for(kiosk, lambda: kiosk.screen == "maintenance")
    # The page fills in asynchronously (status, devices, logs) and its buttons move
    # down as it does: a tap aimed before that lands where the button was (CI saw it).
    wait_for(kiosk, lambda: kiosk.shell.maintenance.devices.count > 0)
    kiosk.pump(0.3)


def test_five_corner_taps_open_the_pin_pad_and_no_session(kiosk: KioskHarness) -> None:
    corner_taps(kiosk, 4)
    kiosk.pump(0.1)
    assert kiosk.screen == "attract" and kiosk.core.sessions.current is None
    kiosk.pump(3.2)  # too slow: the count starts again
    corner_taps(kiosk, 1)
    kiosk.pump(0.1)
    assert kiosk.screen == "attract"
    corner_taps(kiosk, 4)
    wait_for(kiosk, lambda: kiosk.screen == "maintenancePin")
    assert kiosk.core.sessions.current is None


def test_a_tap_elsewhere_starts_a_session_as_ever(kiosk: KioskHarness) -> None:
    kiosk.tap_at(540, 960)
    assert kiosk.screen == "home"


def test_wrong_pins_say_how_many_tries_are_left_then_lock(kiosk: KioskHarness) -> None:
    open_pin_pad(kiosk)
    type_pin(kiosk, "9753")
    wait_for(kiosk, lambda: "4" in kiosk.shell.maintenance.property("message"))
    assert kiosk.find("pinMessage").property("text").endswith("4")
    assert kiosk.screen == "maintenancePin"
    for _ in range(4):
        type_pin(kiosk, "9753")
        kiosk.pump(0.5)
    wait_for(kiosk, lambda: "bloccato" in kiosk.shell.maintenance.property("message"))
    type_pin(kiosk, DEMO_PIN)  # even the right PIN waits for the lock to end
    kiosk.pump(0.5)
    assert kiosk.screen == "maintenancePin"


def test_the_right_pin_opens_maintenance_with_status_devices_and_logs(
    kiosk: KioskHarness,
) -> None:
    enter(kiosk)
    wait_for(kiosk, lambda: kiosk.shell.maintenance.devices.count > 0)
    assert "Versione" in kiosk.find("statusVersion").property("text")
    kinds = {r["kind"] for r in kiosk.shell.maintenance.devices.rows()}
    assert {"printer", "card_reader", "payment_terminal", "barcode_scanner", "speech"} <= kinds
    assert kiosk.focused_name() == "maintenanceExit"
    kiosk.key(Qt.Key.Key_Down)
    assert kiosk.focused_name() != "maintenanceExit", "the keypad moves through maintenance"
    events = [r["event"] for r in kiosk.shell.maintenance.audit.rows()]
    assert any("pin" in e or "enter" in e for e in events), events


def test_device_tests_and_out_of_service_then_exit(kiosk: KioskHarness) -> None:
    enter(kiosk)
    kiosk.tap(kiosk.find("testPrinter"))
    wait_for(kiosk, lambda: "stampata" in kiosk.shell.maintenance.property("message"))
    paper = " ".join(kiosk.core.virtual_printer.receipts[-1].lines)  # type: ignore[union-attr]
    assert kiosk.config.kiosk.totem_id in paper
    kiosk.tap(kiosk.find("testSpeech_ar"))
    wait_for(kiosk, lambda: kiosk.core.devices["speech"].spoken[-1][1] == "ar")
    kiosk.tap(kiosk.find("actionOutOfService"))
    wait_for(kiosk, lambda: kiosk.core.out_of_service)
    kiosk.tap(kiosk.find("maintenanceExit"))
    wait_for(kiosk, lambda: kiosk.screen == "outOfService")


def test_nothing_runs_without_the_pin(kiosk: KioskHarness) -> None:
    bridge = kiosk.shell.maintenance
    kiosk.act(bridge.toggleOutOfService)
    kiosk.act(bridge.testPrinter)
    kiosk.act(bridge.refresh)
    kiosk.pump(0.3)
    assert not kiosk.core.out_of_service
    assert kiosk.core.virtual_printer.receipts == []  # type: ignore[union-attr]
    assert bridge.property("state") == "closed" and bridge.devices.count == 0


def test_two_idle_minutes_close_maintenance_and_wipe(kiosk: KioskHarness) -> None:
    enter(kiosk)
    gate = kiosk.core.maintenance
    import msgspec

    gate.settings = msgspec.structs.replace(gate.settings, idle_exit_seconds=1)  # type: ignore[union-attr]
    gate._disarm()  # type: ignore[union-attr]  # the 120 s timer armed on entry
    kiosk.act(gate.touch)  # type: ignore[union-attr]
    wait_for(kiosk, lambda: kiosk.screen == "attract", seconds=5)
    assert kiosk.shell.maintenance.devices.count == 0, "nothing of maintenance is left shown"


def test_the_window_cannot_be_closed_except_by_maintenance(kiosk: KioskHarness) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QCloseEvent

    event = QCloseEvent()
    kiosk.act(lambda: QCoreApplication.sendEvent(kiosk.window, event))
    assert not event.isAccepted() and kiosk.window.isVisible(), "Alt+F4 changes nothing"
    kiosk.shell.leaving = True  # maintenance's exit or restart
    # Asked, not delivered: a real close would quit the test's application.
    assert not kiosk.shell.close_guard.eventFilter(kiosk.window, QCloseEvent())
    kiosk.shell.leaving = False


def test_restart_is_audited_and_closes_maintenance_first(kiosk: KioskHarness) -> None:
    asked: list[bool] = []
    kiosk.shell.maintenance.restartRequested.connect(lambda: asked.append(True))
    enter(kiosk)
    kiosk.tap(kiosk.find("restartApp"))
    wait_for(kiosk, lambda: asked == [True])
    assert kiosk.shell.maintenance.property("state") == "closed"


def test_logs_filter_by_level_and_component(kiosk: KioskHarness) -> None:
    import json

    # Lines as the kiosk's JSON log formatter writes them (logs/kiosk.log).
    kiosk.paths.logs.mkdir(parents=True, exist_ok=True)
    lines = [
        {"ts": "2026-11-22T08:00:00.000+00:00", "level": "WARNING",
         "component": "spaziocitta.devices.escpos", "msg": "a device warning for the filter"},
        {"ts": "2026-11-22T08:00:01.000+00:00", "level": "INFO",
         "component": "spaziocitta.devices.pcsc", "msg": "a device info line"},
        {"ts": "2026-11-22T08:00:02.000+00:00", "level": "ERROR",
         "component": "spaziocitta.kiosk.sync", "msg": "a kiosk error"},
    ]  # fmt: skip
    text = "\n".join(json.dumps(line) for line in lines) + "\nnot json at all\n"
    (kiosk.paths.logs / "kiosk.log").write_text(text, encoding="utf-8")
    enter(kiosk)
    bridge = kiosk.shell.maintenance
    wait_for(kiosk, lambda: bridge.logs.count > 0)
    assert len(bridge.logs.rows()) == 3, "INFO and above; a broken line is skipped"
    kiosk.tap(kiosk.find("logComponent_devices"))
    assert [r["line"] for r in bridge.logs.rows()] == [
        "a device info line",
        "a device warning for the filter",
    ], "newest first"
    kiosk.tap(kiosk.find("logLevel_WARNING"))
    assert [r["line"] for r in bridge.logs.rows()] == ["a device warning for the filter"]
