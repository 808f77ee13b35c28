"""The payment flow against the reference backend over real HTTP on loopback."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from spaziocitta.backend.seed import PAYEE_FISCAL_CODE, demo_notice_code
from spaziocitta.devices.simulated import SimulatedPaymentTerminal, SimulatedReceiptPrinter
from spaziocitta.kiosk.config import BackendSection
from spaziocitta.kiosk.contract.models import Notice, Problem, ProblemType
from spaziocitta.kiosk.payments import flow as fl
from spaziocitta.kiosk.payments.flow import PaymentError, PaymentFlow
from spaziocitta.kiosk.payments.journal import State
from spaziocitta.kiosk.payments.notice_scan import NoticeRef, qr_payload
from spaziocitta.kiosk.store.db import Store
from spaziocitta.kiosk.sync.client import BackendClient

from .conftest import RunningBackend

TOTEM = "demo-totem-01"
TARI_1 = demo_notice_code(0, 3, "01")  # payable, 128.40
TARI_2 = demo_notice_code(1, 3, "01")  # payable, 128.40
EXPIRED = demo_notice_code(4, 3, "01")


def backend_payments(backend: RunningBackend) -> list[tuple[str, str]]:
    with sqlite3.connect(backend.database) as db:
        return list(
            db.execute(
                "SELECT n.notice_code, p.terminal_ref FROM pagopa_payments p "
                "JOIN pagopa_notices n ON n.id = p.notice_id ORDER BY n.notice_code"
            )
        )


def test_verify_pay_and_refusals_over_http(backend: RunningBackend, tmp_path: Path) -> None:
    store = Store.open(tmp_path / "kiosk.sqlite3")
    http = BackendClient(BackendSection(url=backend.url, totem_secret=backend.secret), TOTEM)
    terminal = SimulatedPaymentTerminal(lambda _e: None, delay_seconds=0.001)
    printer = SimulatedReceiptPrinter(lambda _e: None)
    flow = PaymentFlow(store, http, terminal, printer, totem_id=TOTEM, fee_cents_per_notice=150)

    async def go() -> None:
        await http.start()
        await terminal.start()
        await printer.start()
        try:
            notice = await http.verify_notice(TARI_1, PAYEE_FISCAL_CODE)
            assert isinstance(notice, Notice) and notice.amount_cents == 12840
            missing = await http.verify_notice(TARI_1, "00000000000")
            assert isinstance(missing, Problem) and missing.type == ProblemType.NOT_FOUND
            bad = await http.verify_notice(TARI_1[:-1] + "9", PAYEE_FISCAL_CODE)
            assert isinstance(bad, Problem) and bad.type == ProblemType.INVALID_NOTICE_CODE

            scanned = flow.parse_scan(qr_payload(NoticeRef(TARI_1, PAYEE_FISCAL_CODE, 12840)))
            quote = await flow.verify([scanned, NoticeRef(TARI_2, PAYEE_FISCAL_CODE)])
            assert quote.total_cents == 2 * 12840 + 300
            done = await flow.pay(quote.payment_id)
            assert done.recorded and done.printed and done.entry.state is State.RECEIPT_PRINTED
            assert all(n.receipt_number.startswith("RC-") for n in done.entry.notices)  # type: ignore[union-attr]

            for code, key in ((TARI_1, fl.NOTICE_ALREADY_PAID), (EXPIRED, fl.NOTICE_EXPIRED)):
                try:
                    await flow.verify([NoticeRef(code, PAYEE_FISCAL_CODE)])
                except PaymentError as exc:
                    assert exc.key == key
                else:
                    raise AssertionError(f"{code} should be refused with {key}")
        finally:
            await printer.close()
            await terminal.close()
            await http.close()

    asyncio.run(go())
    store.close()
    ref = terminal.charges[0].terminal_ref
    assert backend_payments(backend) == sorted([(TARI_1, ref), (TARI_2, ref)])
    assert len(terminal.charges) == 1 and terminal.charges[0].request.amount_cents == 25980
