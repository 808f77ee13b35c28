"""Paying pagoPA notices at the totem: verify, confirm, charge, record, print — and reconcile.

The UI (QML screens, not here) calls, in order::

    ref   = flow.parse_scan(payload)            # or flow.parse_typed(code, payee)
    quote = await flow.verify([ref, ...])       # backend: payee, amount, status; journal: verified
    done  = await flow.pay(quote.payment_id)    # after the citizen confirmed the total
    # PaymentError(key) if nothing was charged: retry with flow.pay(...) or flow.abandon(...)
    await flow.reprint(payment_id)              # "stampa di nuovo", maintenance

and ``await flow.reconcile()`` once at start-up, before the first citizen.

Decisions (see also ``journal.py``):

- **One charge, several notices.** ``verify`` takes up to ``max_notices``
  references and makes one payment: one card charge for the total, one
  outbox row (and one backend record) per notice.
- **Recording goes through the outbox.** The terminal's approval and the
  outbox rows are committed in one transaction; the flow then sends them at
  once (same Idempotency-Key as the relay would use) with a couple of quick
  retries. Offline, the citizen still gets a receipt at once (with the local
  receipt numbers) and the relay records the payment when the backend is back;
  ``settle()`` or ``reconcile()`` then moves the journal on.
- **A charge in doubt is asked about, never repeated.** A lost connection or a
  crash after ``authorising`` is resolved with ``terminal.lookup(ecr_ref)``:
  approved → recorded as usual; not received or not approved → nothing taken.
  If the terminal cannot be asked, the notices stay locked
  (``notice.payment_in_progress``) until it can.
- **Refused after charging → voided.** If the backend refuses every notice for
  good (paid meanwhile elsewhere, expired), the charge is voided on the
  terminal; if that is impossible, or only part was refused, the payment is
  ``failed`` and a technician refunds it (``kiosk payments list``).
- **The printer never undoes a payment.** A printer fault after payment is a
  warning (``receipt.*``); the payment stays listed for reprint.

Error and warning keys are stable strings the UI translates; see
:data:`ERROR_KEYS`. Events published on the bus: :class:`PaymentStateChanged`
after every journal step, :class:`PaymentPrompt` for what the screen should
say while waiting (``payment.present_card``...).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from spaziocitta.devices.ports import PaymentTerminal, ReceiptPrinter
from spaziocitta.devices.types import (
    DeviceError,
    PaperState,
    PaymentOutcome,
    PaymentRequest,
    PaymentResult,
    PrinterNotReady,
    Receipt,
    ReceiptLine,
)
from spaziocitta.kiosk.contract.models import Notice, Problem, ProblemType
from spaziocitta.kiosk.contract.pagopa import euros, format_notice_code
from spaziocitta.kiosk.events import PaymentPrompt
from spaziocitta.kiosk.store.db import Store
from spaziocitta.kiosk.store.models import OutboxItem
from spaziocitta.kiosk.sync import outbox
from spaziocitta.kiosk.sync.client import BackendError
from spaziocitta.kiosk.sync.outbox import Outgoing
from spaziocitta.kiosk.sync.relay import Acked, Outcome, Rejected

from . import journal as jn
from .journal import JournalEntry, NoticeInProgress, PaymentJournal, State, VerifiedNotice
from .notice_scan import NoticeRef, parse_scan, parse_typed

log = logging.getLogger(__name__)

# -- keys ----------------------------------------------------------------------------------

NO_NOTICES = "payment.no_notices"
TOO_MANY_NOTICES = "payment.too_many_notices"
NOTICE_DUPLICATE = "notice.duplicate"
NOTICE_NOT_FOUND = "notice.not_found"
NOTICE_ALREADY_PAID = "notice.already_paid"
NOTICE_EXPIRED = "notice.expired"
NOTICE_NOT_PAYABLE = "notice.not_payable"
NOTICE_NOTHING_TO_PAY = "notice.nothing_to_pay"
NOTICE_BAD_CODE = "notice.code.check_digits"
NOTICE_IN_PROGRESS = "notice.payment_in_progress"
BACKEND_UNREACHABLE = "payment.backend_unreachable"
"""Verification needs the backend: without it nothing is charged."""
NOT_PAYABLE_NOW = "payment.not_payable_now"
"""pay() on a payment that is not waiting for confirmation (already paid, cancelled...)."""
UNKNOWN_PAYMENT = "payment.unknown"
DECLINED = "payment.declined"
CARD_TIMEOUT = "payment.card_timeout"
CANCELLED_AT_TERMINAL = "payment.cancelled_at_terminal"
TERMINAL_UNAVAILABLE = "payment.terminal_unavailable"
TERMINAL_CONNECTION_LOST = "payment.terminal_connection_lost"
"""The terminal stopped answering, and says (when asked again) that it took nothing."""
OUTCOME_UNKNOWN = "payment.outcome_unknown"
"""The terminal stopped answering and cannot say yet whether it took money: do not pay again."""
REFUSED_AND_VOIDED = "payment.refused_and_voided"
"""The backend refused the notice after the charge (paid elsewhere); the charge was reversed."""
REFUND_NEEDED = "payment.refund_needed"
"""Money taken that can be neither recorded nor reversed here: a technician refunds it."""
ABANDONED = "payment.abandoned"
INTERRUPTED = "payment.interrupted"
"""The kiosk stopped before the terminal received the request: nothing taken."""
# Warnings on a payment that is done.
RECORDING_DEFERRED = "payment.recording_deferred"
"""Paid; the backend will be told when it is reachable again (the receipt is valid)."""
PRINTER_OUT_OF_PAPER = "receipt.printer_out_of_paper"
PRINTER_NOT_READY = "receipt.printer_not_ready"
PRINT_FAILED = "receipt.print_failed"
NO_PRINTER = "receipt.no_printer"
# Prompts while waiting.
PROMPT_PRESENT_CARD = "payment.present_card"
PROMPT_CHECKING_TERMINAL = "payment.checking_terminal"
PROMPT_RECORDING = "payment.recording"
PROMPT_PRINTING = "payment.printing"

ERROR_KEYS = (
    NO_NOTICES,
    TOO_MANY_NOTICES,
    NOTICE_DUPLICATE,
    NOTICE_NOT_FOUND,
    NOTICE_ALREADY_PAID,
    NOTICE_EXPIRED,
    NOTICE_NOT_PAYABLE,
    NOTICE_NOTHING_TO_PAY,
    NOTICE_BAD_CODE,
    NOTICE_IN_PROGRESS,
    BACKEND_UNREACHABLE,
    NOT_PAYABLE_NOW,
    UNKNOWN_PAYMENT,
    DECLINED,
    CARD_TIMEOUT,
    CANCELLED_AT_TERMINAL,
    TERMINAL_UNAVAILABLE,
    TERMINAL_CONNECTION_LOST,
    OUTCOME_UNKNOWN,
    REFUSED_AND_VOIDED,
    REFUND_NEEDED,
)
WARNING_KEYS = (
    RECORDING_DEFERRED,
    PRINTER_OUT_OF_PAPER,
    PRINTER_NOT_READY,
    PRINT_FAILED,
    NO_PRINTER,
)


class PaymentError(Exception):
    """A payment step that did not go through; ``key`` says why, for the UI.

    ``charged`` tells the screen whether money was taken (only for
    ``payment.outcome_unknown`` can it not say: None), ``notice_code`` which
    notice is concerned, when one is.
    """

    def __init__(
        self,
        key: str,
        detail: str = "",
        *,
        payment_id: str | None = None,
        notice_code: str | None = None,
        charged: bool | None = False,
    ) -> None:
        super().__init__(f"{key}: {detail}" if detail else key)
        self.key = key
        self.detail = detail
        self.payment_id = payment_id
        self.notice_code = notice_code
        self.charged = charged


# -- events and results ------------------------------------------------------------------------


@dataclass(frozen=True)
class PaymentStateChanged:
    """A journal step was committed."""

    payment_id: str
    state: str
    reason: str | None


@dataclass(frozen=True)
class QuotedNotice:
    """A verified notice in a quote; ``amount_changed`` if it differs from the scanned one."""

    notice: Notice
    fee_cents: int
    scanned_amount_cents: int | None

    @property
    def amount_changed(self) -> bool:
        scanned = self.scanned_amount_cents
        return scanned is not None and scanned != self.notice.amount_cents


@dataclass(frozen=True)
class Quote:
    """What the confirmation screen shows and reads aloud: notices, fee, total."""

    payment_id: str
    notices: tuple[QuotedNotice, ...]
    amount_cents: int
    fee_cents: int

    @property
    def total_cents(self) -> int:
        return self.amount_cents + self.fee_cents


@dataclass(frozen=True)
class PaymentDone:
    """Money taken. ``warnings`` are keys (recording deferred, receipt not printed)."""

    entry: JournalEntry
    receipt: Receipt
    printed: bool
    warnings: tuple[str, ...] = ()

    @property
    def payment_id(self) -> str:
        return self.entry.payment_id

    @property
    def recorded(self) -> bool:
        return self.entry.fully_recorded


@dataclass
class ReconcileReport:
    """What start-up reconciliation did, by payment id."""

    abandoned: list[str] = field(default_factory=list)
    not_charged: list[str] = field(default_factory=list)
    authorised: list[str] = field(default_factory=list)
    """Found charged by asking the terminal; now being recorded."""
    recorded: list[str] = field(default_factory=list)
    voided: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    in_doubt: list[str] = field(default_factory=list)
    """The terminal could not be asked, or the backend not reached: tried again next time."""
    reprint: list[str] = field(default_factory=list)
    """Paid, receipt never printed: offer a reprint (maintenance)."""


class PaymentBackend(Protocol):
    """What the flow needs of the backend client (``BackendClient`` provides it)."""

    async def verify_notice(self, notice_code: str, payee_fiscal_code: str) -> Notice | Problem:
        """The notice, or the problem that says why it cannot be paid."""
        ...

    async def deliver(self, item: Outgoing) -> Outcome:
        """Send one outbox item (here: a payment record)."""
        ...


def _utcnow() -> datetime:
    return datetime.now(UTC)


_NOT_RECEIVED = PaymentResult(PaymentOutcome.CONNECTION_LOST, message="request not received")
"""What the terminal says of a request it never got: nothing was taken (compared by identity)."""

_REFUSAL_KEYS = {
    PaymentOutcome.DECLINED: DECLINED,
    PaymentOutcome.TIMEOUT: CARD_TIMEOUT,
    PaymentOutcome.CANCELLED: CANCELLED_AT_TERMINAL,
    PaymentOutcome.CONNECTION_LOST: TERMINAL_CONNECTION_LOST,
}


class PaymentFlow:
    """Drives one pagoPA payment at a time, from verification to the printed receipt."""

    def __init__(
        self,
        store: Store,
        backend: PaymentBackend,
        terminal: PaymentTerminal,
        printer: ReceiptPrinter | None,
        *,
        totem_id: str,
        municipality: str = "",
        publish: Callable[[object], None] | None = None,
        journal: PaymentJournal | None = None,
        fee_cents_per_notice: int = 0,
        max_notices: int = 5,
        pay_timeout_seconds: float = 180.0,
        lookup_attempts: int = 3,
        lookup_interval_seconds: float = 1.0,
        record_attempts: int = 2,
        record_retry_seconds: float = 0.5,
        clock: Callable[[], datetime] = _utcnow,
    ) -> None:
        self.store = store
        self.backend = backend
        self.terminal = terminal
        self.printer = printer
        self.totem_id = totem_id
        self.municipality = municipality
        self._publish = publish or (lambda _event: None)
        self.journal = journal or PaymentJournal(store, clock=clock)
        self.fee_cents_per_notice = fee_cents_per_notice
        self.max_notices = max_notices
        self.pay_timeout_seconds = pay_timeout_seconds
        self.lookup_attempts = lookup_attempts
        self.lookup_interval_seconds = lookup_interval_seconds
        self.record_attempts = record_attempts
        self.record_retry_seconds = record_retry_seconds
        self.clock = clock
        # One payment at the terminal at a time, and never two steps of one payment at once.
        self._lock = asyncio.Lock()
        self._cancel_requested = False
        previous = self.journal.on_commit

        def observe(entry: JournalEntry) -> None:
            if previous is not None:
                previous(entry)
            self._publish(PaymentStateChanged(entry.payment_id, entry.state.value, entry.reason))

        self.journal.on_commit = observe

    # -- input -------------------------------------------------------------------------------

    @staticmethod
    def parse_scan(payload: str) -> NoticeRef:
        """A scanned code as a notice; raises NoticeInputError (``scan.*``, ``notice.*``)."""
        return parse_scan(payload)

    @staticmethod
    def parse_typed(code: str, payee: str) -> NoticeRef:
        """A typed code and payee as a notice; raises NoticeInputError (``notice.*``)."""
        return parse_typed(code, payee)

    # -- verify --------------------------------------------------------------------------------

    async def verify(self, refs: Sequence[NoticeRef]) -> Quote:
        """Verify every notice with the backend; a payment in state ``verified`` on success."""
        if not refs:
            raise PaymentError(NO_NOTICES)
        if len(refs) > self.max_notices:
            raise PaymentError(TOO_MANY_NOTICES, f"at most {self.max_notices}")
        seen: set[tuple[str, str]] = set()
        for ref in refs:
            pair = (ref.notice_code, ref.payee_fiscal_code)
            if pair in seen:
                raise PaymentError(NOTICE_DUPLICATE, notice_code=ref.notice_code)
            seen.add(pair)
        quoted = [await self._verify_one(ref) for ref in refs]
        verified = [
            VerifiedNotice(
                q.notice.notice_code,
                q.notice.payee_fiscal_code,
                q.notice.payee_name,
                q.notice.description,
                q.notice.amount_cents,
                q.fee_cents,
                q.notice.due_date,
            )
            for q in quoted
        ]
        try:
            entry = await self.journal.create(verified)
        except NoticeInProgress as exc:
            raise PaymentError(exc.key, notice_code=exc.notice_code) from None
        return Quote(entry.payment_id, tuple(quoted), entry.amount_cents, entry.fee_cents)

    async def _verify_one(self, ref: NoticeRef) -> QuotedNotice:
        code = ref.notice_code
        try:
            answer = await self.backend.verify_notice(code, ref.payee_fiscal_code)
        except BackendError as exc:
            raise PaymentError(BACKEND_UNREACHABLE, str(exc), notice_code=code) from None
        if isinstance(answer, Problem):
            key = {
                ProblemType.NOT_FOUND: NOTICE_NOT_FOUND,
                ProblemType.INVALID_NOTICE_CODE: NOTICE_BAD_CODE,
                ProblemType.ALREADY_PAID: NOTICE_ALREADY_PAID,
                ProblemType.NOTICE_EXPIRED: NOTICE_EXPIRED,
            }.get(answer.type, NOTICE_NOT_PAYABLE)
            raise PaymentError(key, answer.detail or answer.title, notice_code=code)
        if (answer.notice_code, answer.payee_fiscal_code) != (code, ref.payee_fiscal_code):
            raise PaymentError(BACKEND_UNREACHABLE, "the backend answered about another notice")
        if answer.status == "paid":
            raise PaymentError(NOTICE_ALREADY_PAID, notice_code=code)
        if answer.status == "expired":
            raise PaymentError(NOTICE_EXPIRED, notice_code=code)
        if answer.amount_cents <= 0:
            raise PaymentError(NOTICE_NOTHING_TO_PAY, notice_code=code)
        return QuotedNotice(answer, self.fee_cents_per_notice, ref.amount_cents)

    # -- pay -----------------------------------------------------------------------------------

    async def pay(self, payment_id: str) -> PaymentDone:
        """Charge the confirmed total, record it, print the receipt.

        Raises PaymentError when no money was taken (declined, no card in
        time, cancelled, terminal unavailable) — the citizen may call ``pay``
        again or ``abandon`` — and when the outcome is unknown
        (``payment.outcome_unknown``, ``charged`` None: do not pay again).
        """
        async with self._lock:
            entry = await self._get(payment_id)
            if entry.state not in jn.NOT_CHARGED_YET:
                raise PaymentError(NOT_PAYABLE_NOW, entry.state.value, payment_id=payment_id)
            self._cancel_requested = False
            entry = await self.journal.begin_attempt(payment_id)
            assert entry.ecr_ref is not None
            request = PaymentRequest(entry.total_cents, entry.ecr_ref, _description(entry))
            self._prompt(payment_id, PROMPT_PRESENT_CARD)
            result = await self._charge(payment_id, request)
            if result is None:
                raise PaymentError(
                    OUTCOME_UNKNOWN,
                    "the terminal cannot say whether it took the money",
                    payment_id=payment_id,
                    charged=None,
                )
            if not result.approved:
                key = _REFUSAL_KEYS.get(result.outcome, DECLINED)
                await self.journal.transition(payment_id, State.DECLINED, reason=key)
                raise PaymentError(key, result.message or "", payment_id=payment_id)
            entry = await self._authorised(payment_id, result)
            return await self._finish(entry)

    async def _charge(self, payment_id: str, request: PaymentRequest) -> PaymentResult | None:
        """The terminal's final answer; None when it cannot be known now."""
        try:
            charging = asyncio.ensure_future(self.terminal.pay(request))
            # Let the terminal take the request first: an "Annulla" pressed in the
            # meantime found nothing to stop, so it is passed on now.
            await asyncio.sleep(0)
            if self._cancel_requested and not charging.done():
                await self.terminal.cancel()
            result = await asyncio.wait_for(charging, self.pay_timeout_seconds)
        except TimeoutError:
            # The terminal hung: stop it, then ask what it did rather than guess.
            with contextlib.suppress(DeviceError):
                await self.terminal.cancel()
            result = PaymentResult(PaymentOutcome.CONNECTION_LOST, message="no answer in time")
        except DeviceError as exc:
            # The port raises only when the payment could not even begin: nothing taken.
            await self.journal.transition(payment_id, State.DECLINED, reason=TERMINAL_UNAVAILABLE)
            raise PaymentError(
                TERMINAL_UNAVAILABLE, exc.user_message, payment_id=payment_id
            ) from None
        except asyncio.CancelledError:
            # The session ended under us: stop the terminal; the journal says
            # 'authorising', so reconcile() will ask the terminal what happened.
            with contextlib.suppress(DeviceError):
                await asyncio.shield(self.terminal.cancel())
            raise
        if result.outcome is not PaymentOutcome.CONNECTION_LOST:
            return result
        self._prompt(payment_id, PROMPT_CHECKING_TERMINAL)
        found = await self._ask_terminal(request.reference, self.lookup_attempts)
        if found is None or found.approved:
            return found
        # Not taken; for the citizen what happened is that the terminal stopped answering.
        return PaymentResult(PaymentOutcome.CONNECTION_LOST, message=found.message)

    async def _ask_terminal(self, ecr_ref: str, attempts: int) -> PaymentResult | None:
        """What the terminal did with ``ecr_ref``: its result, or None if it cannot say now."""
        for attempt in range(max(1, attempts)):
            if attempt:
                await asyncio.sleep(self.lookup_interval_seconds)
            try:
                found = await self.terminal.lookup(ecr_ref)
            except DeviceError as exc:
                log.warning("terminal lookup of %s failed: %s", ecr_ref, exc)
                continue
            if found is None:
                return _NOT_RECEIVED
            if found.outcome is PaymentOutcome.CONNECTION_LOST:
                continue  # the terminal itself does not know yet
            return found
        return None

    async def _authorised(self, payment_id: str, result: PaymentResult) -> JournalEntry:
        return await self.journal.authorised(
            payment_id,
            terminal_ref=result.terminal_ref or "unknown",
            auth_code=result.auth_code,
            totem_id=self.totem_id,
        )

    async def _finish(self, entry: JournalEntry) -> PaymentDone:
        """Record (with quick retries), void if refused, print. The money is taken here."""
        warnings: list[str] = []
        self._prompt(entry.payment_id, PROMPT_RECORDING)
        entry = await self._record(entry, self.record_attempts)
        if entry.state is State.VOIDED:
            raise PaymentError(
                REFUSED_AND_VOIDED,
                "; ".join(n.record_error or "" for n in entry.rejected),
                payment_id=entry.payment_id,
                notice_code=entry.rejected[0].notice_code if entry.rejected else None,
                charged=False,
            )
        if entry.state is State.FAILED:
            raise PaymentError(REFUND_NEEDED, payment_id=entry.payment_id, charged=True)
        if not entry.fully_recorded:
            warnings.append(RECORDING_DEFERRED)
        receipt = build_receipt(entry, self.municipality)
        printed, problem = await self._print(entry.payment_id, receipt)
        if problem:
            warnings.append(problem)
        return PaymentDone(await self._get(entry.payment_id), receipt, printed, tuple(warnings))

    # -- recording -------------------------------------------------------------------------

    async def _record(self, entry: JournalEntry, attempts: int) -> JournalEntry:
        """Send the pending records now (``attempts`` tries each; 0: only read the outbox),
        settle the journal, and void if the backend refused everything."""
        for notice in entry.notices:
            if attempts <= 0 or notice.record_state != jn.PENDING or notice.outbox_id is None:
                continue
            item = await self.store.run(lambda db, oid=notice.outbox_id: _outgoing(db, oid))
            if item is None:
                continue  # acknowledged meanwhile (the relay), or rejected: settle() reads it
            for attempt in range(attempts):
                if attempt:
                    await asyncio.sleep(self.record_retry_seconds)
                outcome = await self.backend.deliver(item)
                await self.store.run(lambda db, o=outcome, i=item: self._note(db, i, o))
                if isinstance(outcome, (Acked, Rejected)):
                    break
        entry = await self.journal.settle(entry.payment_id)
        # Decide only once every notice has its answer: a pending one may still be recorded.
        pending = any(n.record_state == jn.PENDING for n in entry.notices)
        if entry.state is State.AUTHORISED and entry.rejected and not pending:
            entry = await self._void_or_fail(entry)
        return entry

    def _note(self, db, item: Outgoing, outcome: Outcome) -> None:  # type: ignore[no-untyped-def]
        now = self.clock()
        if isinstance(outcome, Acked):
            outbox.mark_acked(db, item.id, outcome.remote_ref, now)
        elif isinstance(outcome, Rejected):
            outbox.mark_rejected(db, item.id, outcome.error)
        else:
            # Due at once: the relay takes over with its own backoff from here.
            outbox.mark_retry(db, item.id, outcome.error, now)

    async def _void_or_fail(self, entry: JournalEntry) -> JournalEntry:
        """The backend refused some notices for good after the charge."""
        if len(entry.rejected) == len(entry.notices) and entry.terminal_ref:
            try:
                reversed_ = await self.terminal.void(entry.terminal_ref)
            except DeviceError as exc:
                log.warning("void of %s failed, tried again later: %s", entry.payment_id, exc)
                return entry  # still authorised: reconcile() tries again
            if reversed_:
                return await self.journal.voided(entry.payment_id, REFUSED_AND_VOIDED)
        return await self.journal.transition(entry.payment_id, State.FAILED, reason=REFUND_NEEDED)

    async def settle(self) -> list[JournalEntry]:
        """Catch up with what the relay delivered; call after a sync. Returns changed entries."""
        changed = []
        for entry in await self.journal.entries([State.AUTHORISED]):
            after = await self._record(entry, attempts=0)
            if after.state is not entry.state:
                changed.append(after)
        return changed

    # -- printing --------------------------------------------------------------------------

    async def _print(self, payment_id: str, receipt: Receipt) -> tuple[bool, str | None]:
        if self.printer is None:
            return False, NO_PRINTER
        self._prompt(payment_id, PROMPT_PRINTING)
        try:
            await self.printer.print_receipt(receipt)
        except PrinterNotReady as exc:
            out = exc.status.paper is PaperState.OUT
            return False, PRINTER_OUT_OF_PAPER if out else PRINTER_NOT_READY
        except DeviceError as exc:
            log.warning("receipt of %s not printed: %s", payment_id, exc)
            return False, PRINT_FAILED
        await self.journal.printed(payment_id)
        return True, None

    async def receipt(self, payment_id: str) -> Receipt:
        """The receipt of a paid payment, for the screen's QR or a reprint."""
        entry = await self._get(payment_id)
        if entry.state not in jn.PAID:
            raise PaymentError(NOT_PAYABLE_NOW, entry.state.value, payment_id=payment_id)
        return build_receipt(entry, self.municipality)

    async def reprint(self, payment_id: str) -> Receipt:
        """Print the receipt again; raises PaymentError with a ``receipt.*`` key if it fails."""
        receipt = await self.receipt(payment_id)
        printed, problem = await self._print(payment_id, receipt)
        if not printed:
            raise PaymentError(problem or PRINT_FAILED, payment_id=payment_id, charged=True)
        return receipt

    # -- leaving, cancelling -----------------------------------------------------------------

    async def cancel(self) -> None:
        """The citizen pressed "Annulla" while the terminal waits for the card."""
        self._cancel_requested = True
        with contextlib.suppress(DeviceError):
            await self.terminal.cancel()

    async def abandon(self, payment_id: str) -> None:
        """The citizen leaves before paying (or the session ends): the payment is cancelled.

        Does nothing to a payment that took money or is in doubt.
        """
        entry = await self._get(payment_id)
        if entry.state in jn.NOT_CHARGED_YET:
            await self.journal.transition(payment_id, State.CANCELLED, reason=ABANDONED)

    # -- reconcile ---------------------------------------------------------------------------

    async def reconcile(self) -> ReconcileReport:
        """At start-up (or between sessions): settle what a crash or power cut left half-way.

        Not during a citizen's session: it cancels open payments, theirs too.

        Never charges. ``authorising`` → asks the terminal by ECR reference:
        charged → ``authorised`` and recorded; not → ``cancelled``.
        ``authorised`` → recorded idempotently (or voided if refused).
        Open payments (``verified``, ``declined``) → ``cancelled``: their
        session is gone. Paid payments without a printed receipt are listed.
        """
        report = ReconcileReport()
        async with self._lock:
            for entry in await self.journal.entries(jn.NOT_CHARGED_YET):
                await self.journal.transition(entry.payment_id, State.CANCELLED, reason=ABANDONED)
                report.abandoned.append(entry.payment_id)
            for entry in await self.journal.entries([State.AUTHORISING]):
                assert entry.ecr_ref is not None
                found = await self._ask_terminal(entry.ecr_ref, 1)
                if found is None:
                    report.in_doubt.append(entry.payment_id)
                elif found.approved:
                    await self._authorised(entry.payment_id, found)
                    report.authorised.append(entry.payment_id)
                else:
                    reason = (
                        INTERRUPTED
                        if found is _NOT_RECEIVED
                        else _REFUSAL_KEYS.get(found.outcome, DECLINED)
                    )
                    await self.journal.transition(entry.payment_id, State.CANCELLED, reason=reason)
                    report.not_charged.append(entry.payment_id)
            for entry in await self.journal.entries([State.AUTHORISED]):
                after = await self._record(entry, attempts=1)
                bucket = {
                    State.RECORDED: report.recorded,
                    State.RECEIPT_PRINTED: report.recorded,
                    State.VOIDED: report.voided,
                    State.FAILED: report.failed,
                }.get(after.state, report.in_doubt)
                bucket.append(entry.payment_id)
            report.reprint = [e.payment_id for e in await self.journal.reprintable()]
        return report

    # -- helpers -----------------------------------------------------------------------------

    async def _get(self, payment_id: str) -> JournalEntry:
        try:
            return await self.journal.get(payment_id)
        except jn.UnknownPayment:
            raise PaymentError(UNKNOWN_PAYMENT, payment_id=payment_id) from None

    def _prompt(self, payment_id: str, key: str) -> None:
        self._publish(PaymentPrompt(payment_id, key))


def _outgoing(db, outbox_id: int) -> Outgoing | None:  # type: ignore[no-untyped-def]
    item = db.get(OutboxItem, outbox_id)
    if item is None or item.state != outbox.PENDING or item.payload is None:
        return None
    return outbox.outgoing(item)


def _description(entry: JournalEntry) -> str:
    """What the terminal shows and prints: the notice, or how many."""
    if len(entry.notices) == 1:
        return f"pagoPA {entry.notices[0].notice_code}"
    return f"pagoPA {len(entry.notices)} avvisi"


def build_receipt(entry: JournalEntry, municipality: str = "") -> Receipt:
    """The citizen's receipt: every notice, fee, date and time, terminal references, a QR.

    Italian, as the payee's documents are. A notice not yet recorded shows its
    local receipt number: valid proof, the backend gets it from the outbox.
    """
    lines: list[ReceiptLine] = []
    for notice in entry.notices:
        number = notice.receipt_number or (
            f"{notice.local_receipt} (in registrazione)" if notice.local_receipt else ""
        )
        lines += [
            ReceiptLine("Ente creditore", notice.payee_name),
            ReceiptLine("C.F. ente", notice.payee_fiscal_code),
            ReceiptLine("Codice avviso", format_notice_code(notice.notice_code)),
            ReceiptLine("Causale", notice.description),
            ReceiptLine("Importo", euros(notice.amount_cents)),
            ReceiptLine("Ricevuta n.", number),
            ReceiptLine(""),
        ]
    paid_at = (entry.paid_at or entry.updated_at).astimezone()
    lines += [
        ReceiptLine("Commissione", euros(entry.fee_cents)),
        ReceiptLine("Data e ora", paid_at.strftime("%d/%m/%Y %H:%M")),
        ReceiptLine("Rif. terminale", entry.terminal_ref or ""),
    ]
    if entry.auth_code:
        lines.append(ReceiptLine("Cod. autorizzazione", entry.auth_code))
    receipts = ",".join(n.receipt_number or n.local_receipt or "" for n in entry.notices)
    footer = "Conservi questa ricevuta."
    if not entry.fully_recorded:
        footer = "Pagamento eseguito; la registrazione presso l'ente è in corso. " + footer
    return Receipt(
        title=f"{municipality} - Pagamento pagoPA" if municipality else "Pagamento pagoPA",
        lines=tuple(lines),
        total=euros(entry.total_cents),
        qr=f"PAGOPA-RICEVUTA|{receipts}|{entry.terminal_ref or ''}|{entry.total_cents}",
        footer=footer,
        created_at=paid_at,
    )
