"""A booking filled in on the kiosk, sent to the real reference backend, and then forgotten.

The privacy test of issue #6: a marker codice fiscale and surname are submitted,
the backend acknowledges them, the session ends, and neither marker is left in
any of the kiosk's files (the SQLite database, its WAL and shared memory, logs).
"""

from __future__ import annotations

import sqlite3

from spaziocitta.devices.pcsc.cards import check_letter
from spaziocitta.ui.harness import KioskHarness
from tests.kiosk.sync.conftest import RunningBackend

from .conftest import wait_for

MARKER_CF = "BNCLRA85M41F205" + check_letter("BNCLRA85M41F205")
MARKER_SURNAME = "ZQXMARKERZQX"


def book_registry_appointment(kiosk: KioskHarness) -> dict:  # type: ignore[type-arg]
    forms = kiosk.shell.forms
    kiosk.tap(kiosk.find("tile_forms"))
    kiosk.tap(kiosk.find("form_prenota-cie"))
    kiosk.tap(kiosk.find("option_motivo_1"))
    kiosk.tap(kiosk.find("option_minorenne_1"))
    kiosk.tap(kiosk.find("formNext"))
    wait_for(kiosk, lambda: forms.property("slotsState") == "ready")
    assert forms.slots.count > 0 and all(r["available"] for r in forms.slots.rows())
    chosen = forms.slots.rows()[0]
    kiosk.tap(kiosk.find("slot_0"))
    assert chosen["time"] in kiosk.find("slotsState").property("text")
    kiosk.tap(kiosk.find("formNext"))
    for field, text in (
        ("input_nome", "Laura"),
        ("input_cognome", MARKER_SURNAME),
        ("input_codice-fiscale", MARKER_CF),
        ("input_telefono", "3331234567"),
    ):
        kiosk.tap(kiosk.find(field))
        kiosk.type_text(text)
    kiosk.tap(kiosk.find("formNext"))
    assert kiosk.screen == "formReview"
    kiosk.tap(kiosk.find("acceptPrivacy"))
    kiosk.tap(kiosk.find("formSend"))
    return chosen


def test_booking_reaches_the_backend_with_its_slot_and_protocol_on_the_receipt(
    online: KioskHarness,
    backend: RunningBackend,
) -> None:
    chosen = book_registry_appointment(online)
    forms = online.shell.forms
    wait_for(online, lambda: forms.property("receipt").get("print") == "printed")
    receipt = forms.property("receipt")
    assert receipt["delivery"] == "sent" and receipt["protocol"].startswith("PG-")
    assert "Numero di protocollo: " + receipt["protocol"] in online.find("deliveryState").property(
        "text"
    )
    paper = online.core.virtual_printer.receipts[-1]  # type: ignore[union-attr]
    printed = " ".join(paper.lines)
    assert receipt["protocol"] in printed and receipt["number"] in printed
    # The printer's code page has no en dash: the layout prints a hyphen.
    assert chosen["time"].replace("–", "-") in printed, "the appointment is on the receipt"
    assert paper.qr_payloads == [f"{backend.url}/track/{receipt['number']}"]
    with sqlite3.connect(backend.database) as db:
        [(slot_id, answers)] = db.execute(
            "SELECT slot_id, answers FROM submissions WHERE local_receipt = ?",
            (receipt["number"],),
        ).fetchall()
    assert slot_id == chosen["slotId"] and MARKER_CF in answers


def test_nothing_personal_survives_the_session_after_the_backend_acknowledged(
    online: KioskHarness,
    backend: RunningBackend,
) -> None:
    book_registry_appointment(online)
    forms = online.shell.forms
    wait_for(online, lambda: forms.property("receipt").get("delivery") == "sent")
    wait_for(online, lambda: forms.property("receipt").get("print") == "printed")
    with sqlite3.connect(backend.database) as db:
        assert db.execute(
            "SELECT count(*) FROM submissions WHERE answers LIKE ?", (f"%{MARKER_CF}%",)
        ).fetchone() == (1,), "the backend has it: the kiosk may forget it"
    online.run(online.core.sessions.end("finished"))
    online.pump(0.3)
    files = [p for p in online.paths.root.rglob("*") if p.is_file()]
    assert any(p.name == "kiosk.sqlite3" for p in files)
    for path in files:
        content = path.read_bytes()
        for marker in (MARKER_CF, MARKER_SURNAME):
            assert marker.encode() not in content, f"{marker} left in {path.name}"
            assert marker.encode("utf-16-le") not in content, f"{marker} left in {path.name}"
    with sqlite3.connect(online.paths.database) as db:
        assert db.execute("SELECT state, payload IS NULL FROM outbox").fetchall() == [("acked", 1)]
