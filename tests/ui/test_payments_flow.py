"""Paying pagoPA notices at the kiosk against the reference backend: type, scan, confirm, pay."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt

from spaziocitta.ui.harness import KioskHarness
from tests.kiosk.sync.conftest import RunningBackend

from .conftest import wait_for

SAMPLES = json.loads(
    (Path(__file__).resolve().parents[2] / "assets" / "demo-notices.json").read_text("utf-8")
)["notices"]


def first(status: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    return next((i, s) for i, s in enumerate(SAMPLES) if s["status"] == status)


def payments(kiosk: KioskHarness):  # type: ignore[no-untyped-def]
    return kiosk.shell.payments


def open_pay(kiosk: KioskHarness) -> None:
    kiosk.tap(kiosk.find("tile_pay"))
    assert kiosk.screen == "pay"
    wait_for(kiosk, lambda: payments(kiosk).property("available"))


def test_a_wrong_code_is_refused_precisely_before_anything_is_sent(home: KioskHarness) -> None:
    home.tap(home.find("tile_pay"))
    assert home.focused_name() == "noticeCode"
    home.type_text("3012 0260 0000 0001 04")  # the last two digits are wrong
    home.key(Qt.Key.Key_Down)
    home.type_text("00199900010")
    home.tap(home.find("addNotice"))
    assert "Le ultime due cifre non corrispondono" in payments(home).property("error")
    assert payments(home).notices.count == 0
    assert home.focused_name() == "noticeCode", "the field to correct has the focus"
    assert home.find("codeGrouped").property("text").endswith("3012 0260 0000 0001 04")


def test_without_the_municipality_nothing_can_be_charged(home: KioskHarness) -> None:
    home.tap(home.find("tile_pay"))
    assert not payments(home).property("available")
    index, _ = first("payable")
    home.tap(home.find(f"demoNotice_{index}"))
    assert payments(home).notices.count == 1, "a notice can be checked offline"
    home.tap(home.find("verifyNotices"))
    assert "Non è stato addebitato nulla" in payments(home).property("error")
    assert payments(home).property("phase") == "entry"
    assert home.core.devices["payment_terminal"].requests == []  # type: ignore[attr-defined]


def test_typed_notice_paid_at_the_terminal_recorded_and_receipted(
    online: KioskHarness, backend: RunningBackend
) -> None:
    open_pay(online)
    _, sample = first("payable")
    _, _, code, payee, cents = sample["qr"].split("|")
    online.type_text(code)
    online.key(Qt.Key.Key_Down)
    online.type_text(payee)
    online.tap(online.find("addNotice"))
    assert payments(online).notices.count == 1
    online.tap(online.find("verifyNotices"))
    wait_for(online, lambda: payments(online).property("phase") == "confirm")
    assert online.focused_name() == "payNow", "the keypad lands on Pay"
    total = payments(online).property("total")
    assert total == "€ " + f"{int(cents) // 100},{int(cents) % 100:02d}"
    assert sample["description"] in payments(online).notices.rows()[0]["description"]
    online.key(Qt.Key.Key_Return)
    wait_for(online, lambda: payments(online).property("phase") == "done")
    done = payments(online).property("done")
    assert done["printed"] and done["numbers"] and all(done["numbers"])
    terminal = online.core.devices["payment_terminal"]
    assert len(terminal.charges) == 1  # type: ignore[attr-defined]
    paper = " ".join(online.core.virtual_printer.receipts[-1].lines)  # type: ignore[union-attr]
    assert "Pagamento pagoPA" in paper and total.replace("€ ", "") in paper
    wait_for(online, lambda: _paid_at_backend(backend, code))


def _paid_at_backend(backend: RunningBackend, code: str) -> bool:
    with sqlite3.connect(backend.database) as db:
        return bool(
            db.execute(
                "SELECT count(*) FROM pagopa_notices WHERE notice_code = ? AND status = 'paid'",
                (code,),
            ).fetchone()[0]
        )


def test_scanned_notices_an_already_paid_one_is_named(online: KioskHarness) -> None:
    open_pay(online)
    paid_index, _ = first("paid")
    online.tap(online.find(f"demoNotice_{paid_index}"))
    assert payments(online).notices.count == 1
    online.tap(online.find("verifyNotices"))
    wait_for(online, lambda: payments(online).property("error") != "")
    assert payments(online).property("phase") == "entry"
    assert "già stato pagato" in payments(online).property("error")


def test_a_declined_card_charges_nothing_and_another_try_works(online: KioskHarness) -> None:
    open_pay(online)
    index, _ = first("payable")
    online.tap(online.find(f"demoNotice_{index}"))
    online.tap(online.find("verifyNotices"))
    wait_for(online, lambda: payments(online).property("phase") == "confirm")
    terminal = online.core.devices["payment_terminal"]
    terminal.queue_outcomes("declined")  # type: ignore[attr-defined]
    online.tap(online.find("payNow"))
    wait_for(online, lambda: payments(online).property("phase") == "failed")
    assert "rifiutata" in payments(online).property("error")
    assert payments(online).property("mayRetry")
    assert online.focused_name() == "payRetry"
    online.key(Qt.Key.Key_Return)
    wait_for(online, lambda: payments(online).property("phase") == "done")
    assert len(terminal.charges) == 1  # type: ignore[attr-defined]


def test_the_end_of_the_session_cancels_an_unconfirmed_payment(online: KioskHarness) -> None:
    open_pay(online)
    index, _ = first("payable")
    online.tap(online.find(f"demoNotice_{index}"))
    online.tap(online.find("verifyNotices"))
    wait_for(online, lambda: payments(online).property("phase") == "confirm")
    payment_id = payments(online).property("reference")
    online.run(online.core.sessions.end("finished"))
    online.pump(0.2)
    entry = online.run(online.core.payments.journal.get(payment_id))  # type: ignore[union-attr]
    assert entry.state.value == "cancelled"
    assert payments(online).notices.count == 0


def test_a_printer_out_of_paper_after_paying_leaves_the_receipt_as_a_qr(
    online: KioskHarness,
) -> None:
    open_pay(online)
    index, _ = first("payable")
    online.tap(online.find(f"demoNotice_{index}"))
    online.tap(online.find("verifyNotices"))
    wait_for(online, lambda: payments(online).property("phase") == "confirm")
    online.core.virtual_printer.set_state("paper_out")  # type: ignore[union-attr]
    online.tap(online.find("payNow"))
    wait_for(online, lambda: payments(online).property("phase") == "done")
    done = payments(online).property("done")
    assert not done["printed"]
    assert any("finito la carta" in w for w in done["warnings"])
    assert online.find("payQr").isVisible(), "the receipt is still the citizen's"


def test_garbage_from_the_scanner_is_named_and_adds_nothing(home: KioskHarness) -> None:
    home.tap(home.find("tile_pay"))
    scanner = home.core.devices["barcode_scanner"]
    assert scanner.enabled, "the scanner reads while the notice screen is shown"  # type: ignore[attr-defined]
    home.act(lambda: scanner.scan("\x1b[31mhello\u202e"))  # type: ignore[attr-defined]
    assert payments(home).notices.count == 0
    assert "non è un codice di avviso pagoPA" in payments(home).property("error")
    home.key(Qt.Key.Key_Escape)
    assert not scanner.enabled, "and only then"  # type: ignore[attr-defined]


def test_an_unexpected_failure_never_leaves_a_frozen_screen(
    online: KioskHarness, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    open_pay(online)
    index, _ = first("payable")
    online.tap(online.find(f"demoNotice_{index}"))

    async def broken(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("a bug")

    flow = online.core.payments
    monkeypatch.setattr(flow, "verify", broken)
    online.tap(online.find("verifyNotices"))
    wait_for(online, lambda: payments(online).property("phase") == "entry")
    assert "Non è stato addebitato nulla" in payments(online).property("error")
    monkeypatch.undo()
    online.tap(online.find("verifyNotices"))
    wait_for(online, lambda: payments(online).property("phase") == "confirm")
    monkeypatch.setattr(flow, "pay", broken)
    online.tap(online.find("payNow"))
    wait_for(online, lambda: payments(online).property("phase") == "failed")
    assert "Non pagare di nuovo" in payments(online).property("error")
    assert not payments(online).property("mayRetry"), "no second charge offered"
