"""The payment flow with simulated devices and an in-process backend: every fault, its key."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from spaziocitta.devices.simulated import SimulatedPaymentTerminal, SimulatedReceiptPrinter
from spaziocitta.devices.types import DeviceError, PaymentOutcome, PaymentRequest, PaymentResult
from spaziocitta.kiosk.contract.models import Notice, PaymentRecord, Problem, ProblemType
from spaziocitta.kiosk.contract.pagopa import notice_code
from spaziocitta.kiosk.payments import flow as fl
from spaziocitta.kiosk.payments.flow import (
    PaymentError,
    PaymentFlow,
    PaymentPrompt,
    PaymentStateChanged,
)
from spaziocitta.kiosk.payments.journal import State
from spaziocitta.kiosk.payments.notice_scan import NoticeRef
from spaziocitta.kiosk.store.db import Store
from spaziocitta.kiosk.store.models import OutboxItem
from spaziocitta.kiosk.sync.client import BackendError
from spaziocitta.kiosk.sync.outbox import Outgoing
from spaziocitta.kiosk.sync.relay import Acked, Outcome, Rejected, Retry

PAYEE = "00199900010"
TARI = notice_code(3, "01" + "2026000000001")
MENSA = notice_code(3, "02" + "2026000000009")
FINE = notice_code(3, "03" + "2026000000016")
EXPIRED = notice_code(3, "01" + "2026000000005")
PAID = notice_code(3, "01" + "2026000000006")


class FakeBackend:
    """The reference backend's pagoPA rules, in process: idempotent records, never paid twice."""

    def __init__(self) -> None:
        self.notices = {
            TARI: (12840, "payable", "TARI 2026 – rata 1 di 3"),
            MENSA: (9500, "payable", "Mensa scolastica"),
            FINE: (4200, "payable", "Verbale sosta vietata"),
            EXPIRED: (13115, "expired", "TARI 2025 sollecito"),
            PAID: (9680, "paid", "TARI 2026 già pagata"),
        }
        self.online = True
        self.records: dict[str, tuple[dict[str, Any], Outcome]] = {}  # by Idempotency-Key
        self.paid_by: dict[str, str] = {}  # notice -> key

    async def verify_notice(self, code: str, payee: str) -> Notice | Problem:
        if not self.online:
            raise BackendError("backend unreachable: ConnectError")
        if code not in self.notices or payee != PAYEE:
            return Problem(title="Not found", status=404, type=ProblemType.NOT_FOUND)
        amount, status, text = self.notices[code]
        return Notice(
            notice_code=code,
            payee_fiscal_code=payee,
            payee_name="Comune di Borgo Esempio",
            description=text,
            amount_cents=amount,
            due_date=date(2026, 12, 16),
            status=status,  # type: ignore[arg-type]
        )

    async def deliver(self, item: Outgoing) -> Outcome:
        if not self.online:
            return Retry("backend unreachable: ConnectError")
        if item.idempotency_key in self.records:
            payload, answer = self.records[item.idempotency_key]
            assert payload == item.payload, "same key, same payload"
            return answer
        record = PaymentRecord.model_validate(item.payload)  # the contract, strictly
        amount, status, text = self.notices[record.notice_code]
        if status != "payable":
            answer: Outcome = Rejected(f"backend answered 409: notice {status}")
        else:
            self.notices[record.notice_code] = (amount, "paid", text)
            self.paid_by[record.notice_code] = item.idempotency_key
            answer = Acked(f"RC-2026-{len(self.paid_by):06d}")
        self.records[item.idempotency_key] = (item.payload, answer)
        return answer

    def payloads(self) -> list[dict[str, Any]]:
        return [p for p, a in self.records.values() if isinstance(a, Acked)]


class Rig:
    def __init__(self, tmp_path: Path) -> None:
        self.events: list[object] = []
        self.store = Store.open(tmp_path / "kiosk.sqlite3")
        self.backend = FakeBackend()
        self.terminal = SimulatedPaymentTerminal(self.events.append, delay_seconds=0.001)
        self.printer = SimulatedReceiptPrinter(self.events.append)
        self.flow = self.make_flow()

    def make_flow(self, **options: Any) -> PaymentFlow:
        defaults: dict[str, Any] = {
            "totem_id": "demo-totem-01",
            "publish": self.events.append,
            "fee_cents_per_notice": 100,
            "lookup_interval_seconds": 0.001,
            "record_retry_seconds": 0.001,
        }
        return PaymentFlow(
            self.store, self.backend, self.terminal, self.printer, **{**defaults, **options}
        )

    def run(self, scenario: Callable[[], Awaitable[None]]) -> None:
        async def main() -> None:
            await self.terminal.start()
            await self.printer.start()
            try:
                await asyncio.wait_for(scenario(), 10)
            finally:
                await self.terminal.close()
                await self.printer.close()

        asyncio.run(main())

    def states(self) -> list[str]:
        return [e.state for e in self.events if isinstance(e, PaymentStateChanged)]

    def prompts(self) -> list[str]:
        return [e.key for e in self.events if isinstance(e, PaymentPrompt)]

    def outbox(self) -> list[OutboxItem]:
        with self.store.session() as db:
            return list(db.scalars(select(OutboxItem)))


@pytest.fixture
def rig(tmp_path: Path):  # type: ignore[no-untyped-def]
    made = Rig(tmp_path)
    yield made
    made.store.close()


def ref(code: str, amount: int | None = None) -> NoticeRef:
    return NoticeRef(code, PAYEE, amount, "qr")


async def expect(key: str, awaitable: Awaitable[Any]) -> PaymentError:
    with pytest.raises(PaymentError) as caught:
        await awaitable
    assert caught.value.key == key, caught.value
    return caught.value


def test_one_notice_from_scan_to_printed_receipt(rig: Rig) -> None:
    async def scenario() -> None:
        scanned = rig.flow.parse_scan(f"PAGOPA|002|{TARI}|{PAYEE}|12000")
        quote = await rig.flow.verify([scanned])
        assert (quote.amount_cents, quote.fee_cents, quote.total_cents) == (12840, 100, 12940)
        assert quote.notices[0].amount_changed, "the backend's amount wins and is flagged"
        done = await rig.flow.pay(quote.payment_id)
        assert done.printed and done.recorded and done.warnings == ()
        assert done.entry.state is State.RECEIPT_PRINTED
        assert done.receipt.total == "€ 129,40"

    rig.run(scenario)
    [charge] = rig.terminal.charges
    assert charge.request.amount_cents == 12940
    [receipt] = rig.printer.printed
    values = {line.label: line.value for line in receipt.lines}
    assert values["Codice avviso"] == "3012 0260 0000 0001 " + TARI[-2:]
    assert values["Ricevuta n."] == "RC-2026-000001"
    assert values["Rif. terminale"] == charge.terminal_ref
    assert receipt.qr and charge.terminal_ref in receipt.qr
    assert rig.states() == [
        "verified",
        "authorising",
        "authorised",
        "recorded",
        "receipt_printed",
    ]
    assert rig.prompts() == ["payment.present_card", "payment.recording", "payment.printing"]
    assert [i.state for i in rig.outbox()] == ["acked"]
    assert rig.outbox()[0].payload is None, "personal data wiped once acknowledged"


def test_several_notices_are_one_charge_and_one_record_each(rig: Rig) -> None:
    async def scenario() -> None:
        quote = await rig.flow.verify([ref(TARI), ref(MENSA), ref(FINE)])
        assert quote.total_cents == 12840 + 9500 + 4200 + 300
        done = await rig.flow.pay(quote.payment_id)
        assert done.recorded and len(done.entry.notices) == 3

    rig.run(scenario)
    assert len(rig.terminal.charges) == 1
    assert rig.terminal.charges[0].request.amount_cents == 26840
    payloads = rig.backend.payloads()
    assert sorted(p["notice_code"] for p in payloads) == sorted([TARI, MENSA, FINE])
    assert {p["terminal_ref"] for p in payloads} == {rig.terminal.charges[0].terminal_ref}
    assert len({p["local_receipt"] for p in payloads}) == 3
    codes = [line.value for line in rig.printer.printed[0].lines if line.label == "Codice avviso"]
    assert len(codes) == 3


@pytest.mark.parametrize(
    ("refs", "key"),
    [
        ([], fl.NO_NOTICES),
        ([ref(TARI)] * 2, fl.NOTICE_DUPLICATE),
        ([ref(notice_code(3, f"01{i:013d}")) for i in range(6)], fl.TOO_MANY_NOTICES),
        ([ref(notice_code(3, "099999999999999"))], fl.NOTICE_NOT_FOUND),
        ([ref(TARI), ref(EXPIRED)], fl.NOTICE_EXPIRED),
        ([ref(PAID)], fl.NOTICE_ALREADY_PAID),
    ],
)
def test_verification_refusals(rig: Rig, refs: list[NoticeRef], key: str) -> None:
    async def scenario() -> None:
        await expect(key, rig.flow.verify(refs))

    rig.run(scenario)
    assert rig.states() == [] and rig.terminal.requests == []


def test_backend_offline_at_verification_charges_nothing(rig: Rig) -> None:
    rig.backend.online = False

    async def scenario() -> None:
        error = await expect(fl.BACKEND_UNREACHABLE, rig.flow.verify([ref(TARI)]))
        assert error.notice_code == TARI and error.charged is False

    rig.run(scenario)
    assert rig.terminal.requests == []


@pytest.mark.parametrize(
    ("outcome", "key"),
    [
        (PaymentOutcome.DECLINED, fl.DECLINED),
        (PaymentOutcome.TIMEOUT, fl.CARD_TIMEOUT),
        (PaymentOutcome.CANCELLED, fl.CANCELLED_AT_TERMINAL),
        (PaymentOutcome.CONNECTION_LOST, fl.TERMINAL_CONNECTION_LOST),
    ],
)
def test_no_money_taken_then_another_try_succeeds(
    rig: Rig, outcome: PaymentOutcome, key: str
) -> None:
    async def scenario() -> None:
        quote = await rig.flow.verify([ref(TARI)])
        rig.terminal.queue_outcomes(outcome)
        error = await expect(key, rig.flow.pay(quote.payment_id))
        assert error.charged is False and error.payment_id == quote.payment_id
        assert (await rig.flow.journal.get(quote.payment_id)).state is State.DECLINED
        done = await rig.flow.pay(quote.payment_id)  # another card
        assert done.entry.attempts == 2 and done.recorded

    rig.run(scenario)
    assert len(rig.terminal.charges) == 1 and len(rig.backend.payloads()) == 1
    first, second = rig.terminal.requests
    assert first.reference != second.reference, "each attempt its own ECR reference"


def test_the_citizen_cancels_at_the_screen_then_leaves(rig: Rig) -> None:
    rig.terminal.delay_seconds = 5.0

    async def scenario() -> None:
        quote = await rig.flow.verify([ref(TARI)])
        paying = asyncio.ensure_future(rig.flow.pay(quote.payment_id))
        while rig.prompts() != ["payment.present_card"]:
            await asyncio.sleep(0.001)
        await rig.flow.cancel()
        await expect(fl.CANCELLED_AT_TERMINAL, paying)
        await rig.flow.abandon(quote.payment_id)
        await expect(fl.NOT_PAYABLE_NOW, rig.flow.pay(quote.payment_id))
        # Leaving freed the notice: a new payment of it may start.
        await rig.flow.verify([ref(TARI)])

    rig.run(scenario)
    assert rig.terminal.charges == []
    assert rig.states()[-2:] == ["cancelled", "verified"]


def test_a_charge_behind_a_lost_connection_is_found_and_recorded_once(rig: Rig) -> None:
    async def scenario() -> None:
        quote = await rig.flow.verify([ref(TARI)])
        rig.terminal.lose_connection_after_charge_next()
        done = await rig.flow.pay(quote.payment_id)
        assert done.recorded and done.entry.terminal_ref == rig.terminal.charges[0].terminal_ref

    rig.run(scenario)
    assert len(rig.terminal.charges) == 1 and len(rig.backend.payloads()) == 1
    assert "payment.checking_terminal" in rig.prompts()


def test_a_hung_terminal_is_stopped_and_asked(rig: Rig) -> None:
    rig.terminal.delay_seconds = 30.0
    rig.flow = rig.make_flow(pay_timeout_seconds=0.05)

    async def scenario() -> None:
        quote = await rig.flow.verify([ref(TARI)])
        await expect(fl.TERMINAL_CONNECTION_LOST, rig.flow.pay(quote.payment_id))

    rig.run(scenario)
    assert rig.terminal.charges == []
    assert rig.prompts() == ["payment.present_card", "payment.checking_terminal"]


class UnreachableAfterCharge(SimulatedPaymentTerminal):
    """Takes the money, then the line drops for good: even lookups fail."""

    reachable = True

    async def pay(self, request: PaymentRequest) -> PaymentResult:
        self.lose_connection_after_charge_next()
        result = await super().pay(request)
        self.reachable = False
        return result

    async def lookup(self, reference: str) -> PaymentResult | None:
        if not self.reachable:
            raise DeviceError("terminal not answering")
        return await super().lookup(reference)


def test_outcome_unknown_locks_the_notice_until_reconciled(rig: Rig) -> None:
    rig.terminal = UnreachableAfterCharge(rig.events.append, delay_seconds=0.001)
    rig.flow = rig.make_flow()

    async def scenario() -> None:
        quote = await rig.flow.verify([ref(TARI)])
        error = await expect(fl.OUTCOME_UNKNOWN, rig.flow.pay(quote.payment_id))
        assert error.charged is None
        assert (await rig.flow.journal.get(quote.payment_id)).state is State.AUTHORISING
        await expect(fl.NOTICE_IN_PROGRESS, rig.flow.verify([ref(TARI)]))
        report = await rig.flow.reconcile()
        assert report.in_doubt == [quote.payment_id], "still cannot ask: wait, never charge"
        rig.terminal.reachable = True  # type: ignore[attr-defined]
        report = await rig.flow.reconcile()
        assert report.authorised == [quote.payment_id]
        assert report.recorded == [quote.payment_id]
        assert report.reprint == [quote.payment_id], "the citizen left without a receipt"
        receipt = await rig.flow.reprint(quote.payment_id)
        assert receipt.total == "€ 129,40"
        assert (await rig.flow.journal.get(quote.payment_id)).state is State.RECEIPT_PRINTED

    rig.run(scenario)
    assert len(rig.terminal.charges) == 1 and len(rig.backend.payloads()) == 1


def test_terminal_not_started_is_unavailable_and_takes_nothing(rig: Rig) -> None:
    async def scenario() -> None:
        quote = await rig.flow.verify([ref(TARI)])
        await rig.terminal.close()
        error = await expect(fl.TERMINAL_UNAVAILABLE, rig.flow.pay(quote.payment_id))
        assert error.charged is False

    rig.run(scenario)
    assert rig.terminal.charges == []


def test_backend_offline_after_charge_still_gives_a_receipt(rig: Rig) -> None:
    async def scenario() -> None:
        quote = await rig.flow.verify([ref(TARI), ref(MENSA)])
        rig.backend.online = False
        done = await rig.flow.pay(quote.payment_id)
        assert done.printed and not done.recorded
        assert done.warnings == (fl.RECORDING_DEFERRED,)
        assert done.entry.state is State.AUTHORISED
        numbers = [line.value for line in done.receipt.lines if line.label == "Ricevuta n."]
        assert all(n.endswith("(in registrazione)") for n in numbers)
        assert await rig.flow.journal.reprintable() == [], "the receipt was printed"
        rig.backend.online = True
        report = await rig.flow.reconcile()
        assert report.recorded == [quote.payment_id]
        assert (await rig.flow.journal.get(quote.payment_id)).state is State.RECEIPT_PRINTED

    rig.run(scenario)
    assert len(rig.terminal.charges) == 1 and len(rig.backend.payloads()) == 2


def test_settle_follows_what_the_relay_delivered(rig: Rig) -> None:
    async def scenario() -> None:
        quote = await rig.flow.verify([ref(TARI)])
        rig.backend.online = False
        await rig.flow.pay(quote.payment_id)
        rig.backend.online = True
        [item] = rig.outbox()
        outgoing = Outgoing(item.id, item.kind, item.idempotency_key, item.local_receipt, {}, 0)
        from spaziocitta.kiosk.sync import outbox

        def relay_acked(db) -> None:  # type: ignore[no-untyped-def]
            outbox.mark_acked(db, outgoing.id, "RC-BY-RELAY", rig.flow.clock())

        await rig.store.run(relay_acked)
        [changed] = await rig.flow.settle()
        assert changed.state is State.RECEIPT_PRINTED
        assert changed.notices[0].receipt_number == "RC-BY-RELAY"

    rig.run(scenario)


@pytest.mark.parametrize(
    ("fault", "key"),
    [("paper_out", fl.PRINTER_OUT_OF_PAPER), ("cover_open", fl.PRINTER_NOT_READY)],
)
def test_printer_fault_after_payment_keeps_the_payment_and_the_reprint(
    rig: Rig, fault: str, key: str
) -> None:
    async def scenario() -> None:
        quote = await rig.flow.verify([ref(TARI)])
        rig.printer.set_state(fault)
        done = await rig.flow.pay(quote.payment_id)
        assert not done.printed and done.recorded and done.warnings == (key,)
        assert done.entry.state is State.RECORDED
        assert [e.payment_id for e in await rig.flow.journal.reprintable()] == [quote.payment_id]
        await expect(key, rig.flow.reprint(quote.payment_id))
        rig.printer.set_state("ok")
        await rig.flow.reprint(quote.payment_id)
        assert await rig.flow.journal.reprintable() == []

    rig.run(scenario)
    assert len(rig.printer.printed) == 1 and len(rig.terminal.charges) == 1


def test_a_paper_jam_mid_receipt(rig: Rig) -> None:
    async def scenario() -> None:
        quote = await rig.flow.verify([ref(TARI)])
        rig.printer.fail_mid_job_next()
        done = await rig.flow.pay(quote.payment_id)
        assert done.warnings == (fl.PRINT_FAILED,) and done.entry.receipt_owed

    rig.run(scenario)


def test_no_printer_at_all(rig: Rig) -> None:
    flow = PaymentFlow(rig.store, rig.backend, rig.terminal, None, totem_id="demo-totem-01")

    async def scenario() -> None:
        quote = await flow.verify([ref(TARI)])
        done = await flow.pay(quote.payment_id)
        assert done.warnings == (fl.NO_PRINTER,) and done.entry.receipt_owed

    rig.run(scenario)


def test_paid_elsewhere_meanwhile_is_voided_on_the_terminal(rig: Rig) -> None:
    async def scenario() -> None:
        quote = await rig.flow.verify([ref(TARI)])
        rig.backend.notices[TARI] = (12840, "paid", "paid with the app meanwhile")
        error = await expect(fl.REFUSED_AND_VOIDED, rig.flow.pay(quote.payment_id))
        assert error.charged is False and error.notice_code == TARI
        entry = await rig.flow.journal.get(quote.payment_id)
        assert entry.state is State.VOIDED and not entry.receipt_owed

    rig.run(scenario)
    assert rig.terminal.voids == [rig.terminal.charges[0].terminal_ref]
    assert rig.outbox() == [], "nothing left that a retry could record"
    assert rig.printer.printed == []


def test_partly_refused_after_charge_needs_a_refund(rig: Rig) -> None:
    async def scenario() -> None:
        quote = await rig.flow.verify([ref(TARI), ref(MENSA)])
        rig.backend.notices[MENSA] = (9500, "expired", "expired meanwhile")
        error = await expect(fl.REFUND_NEEDED, rig.flow.pay(quote.payment_id))
        assert error.charged is True
        entry = await rig.flow.journal.get(quote.payment_id)
        assert entry.state is State.FAILED and entry.reason == fl.REFUND_NEEDED

    rig.run(scenario)
    assert rig.terminal.voids == []


def test_paying_twice_is_refused(rig: Rig) -> None:
    async def scenario() -> None:
        quote = await rig.flow.verify([ref(TARI)])
        first = asyncio.ensure_future(rig.flow.pay(quote.payment_id))
        second = asyncio.ensure_future(rig.flow.pay(quote.payment_id))
        await first
        await expect(fl.NOT_PAYABLE_NOW, second)
        await expect(fl.NOT_PAYABLE_NOW, rig.flow.pay(quote.payment_id))
        await expect(fl.NOTICE_ALREADY_PAID, rig.flow.verify([ref(TARI)]))
        await expect(fl.UNKNOWN_PAYMENT, rig.flow.pay("nope"))

    rig.run(scenario)
    assert len(rig.terminal.charges) == 1


def test_reconcile_cancels_what_a_crash_left_open(rig: Rig) -> None:
    async def scenario() -> None:
        open_one = await rig.flow.verify([ref(TARI)])
        interrupted = await rig.flow.verify([ref(MENSA)])
        await rig.flow.journal.begin_attempt(interrupted.payment_id)  # then the power went
        report = await rig.flow.reconcile()
        assert report.abandoned == [open_one.payment_id]
        assert report.not_charged == [interrupted.payment_id]
        entry = await rig.flow.journal.get(interrupted.payment_id)
        assert entry.state is State.CANCELLED and entry.reason == fl.INTERRUPTED
        again = await rig.flow.reconcile()
        assert again == fl.ReconcileReport(), "a second reconcile finds nothing to do"

    rig.run(scenario)
    assert rig.terminal.requests == []


def test_euros() -> None:
    assert fl.euros(0) == "€ 0,00"
    assert fl.euros(5) == "€ 0,05"
    assert fl.euros(123456789) == "€ 1.234.567,89"
