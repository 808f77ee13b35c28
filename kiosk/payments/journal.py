"""The payment journal: a pagoPA payment as a state machine, every step committed first.

States (``State``)::

    verified ──► authorising ──► authorised ──► recorded ──► receipt_printed
       │   ▲          │  │            │  │
       │   └─declined◄┘  │            │  └──► voided (charged, then reversed)
       ▼         │       ▼            └─────► failed (charged, not recorded, not voided)
    cancelled ◄──┴── cancelled

- ``verified``: the backend verified the notices; amount, fee and total are
  known and shown; nothing is charged.
- ``authorising``: committed *before* the terminal is asked, with a fresh ECR
  reference (``ecr_ref``) the terminal echoes, so that after a crash the
  kiosk can ask the terminal what became of it instead of charging again.
- ``authorised``: the terminal took the money. In the same transaction every
  notice gets an outbox row (kind ``payment``, its own Idempotency-Key), so
  the recording reaches the backend even if the kiosk dies right after.
- ``recorded``: the backend acknowledged every notice.
- ``receipt_printed``: done. A receipt printed while still ``authorised``
  (offline) is noted in ``printed_at`` and the payment moves on to
  ``receipt_printed`` as soon as it is recorded.
- ``declined``: the terminal said no (declined, no card in time, cancelled
  at the terminal): nothing taken; the citizen may try again (→
  ``authorising``, a new ECR reference) or give up (→ ``cancelled``).
- ``cancelled``: ended without taking money (the citizen gave up, the session
  ended, or a crash before the terminal got the request).
- ``voided``: the backend refused the recording for good (paid meanwhile
  elsewhere, expired) and the charge was reversed on the terminal.
- ``failed``: money taken that can be neither recorded nor voided: a
  technician refunds it by hand (``kiosk payments list`` shows it).

Several notices paid in one go are **one payment**: one card charge, one
journal row, one line per notice in ``payment_journal_notices``. Each notice
is recorded at the backend by its own outbox row (the contract records a
payment per notice) carrying the same terminal reference; the receipt lists
every notice with its own receipt number.

What is stored is what the receipt and reconciliation need: notices (code,
payee, description, amount), the terminal's reference and authorisation code,
timestamps. Never a card number, holder or expiry: the terminal port does not
even hand them over.

Blocking functions take a SQLAlchemy session (call them on the store thread);
:class:`PaymentJournal` wraps them for the event loop.
"""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from spaziocitta.kiosk.store.db import Store
from spaziocitta.kiosk.store.models import (
    OutboxItem,
    PaymentJournalNotice,
    PaymentJournalRow,
    PaymentJournalTransition,
)
from spaziocitta.kiosk.sync import outbox


class State(StrEnum):
    """The states of a journaled payment (see the module's docstring)."""

    VERIFIED = "verified"
    AUTHORISING = "authorising"
    AUTHORISED = "authorised"
    RECORDED = "recorded"
    RECEIPT_PRINTED = "receipt_printed"
    DECLINED = "declined"
    CANCELLED = "cancelled"
    VOIDED = "voided"
    FAILED = "failed"


TRANSITIONS: dict[State, frozenset[State]] = {
    State.VERIFIED: frozenset({State.AUTHORISING, State.CANCELLED}),
    State.AUTHORISING: frozenset({State.AUTHORISED, State.DECLINED, State.CANCELLED}),
    State.DECLINED: frozenset({State.AUTHORISING, State.CANCELLED}),
    State.AUTHORISED: frozenset({State.RECORDED, State.VOIDED, State.FAILED}),
    State.RECORDED: frozenset({State.RECEIPT_PRINTED}),
    State.RECEIPT_PRINTED: frozenset(),
    State.CANCELLED: frozenset(),
    State.VOIDED: frozenset(),
    State.FAILED: frozenset(),
}
"""Every legal step; anything else raises :class:`IllegalTransition`."""

MONEY_IN_DOUBT = frozenset({State.AUTHORISING, State.AUTHORISED})
"""The terminal may have taken money that the backend does not know of yet."""
NOT_CHARGED_YET = frozenset({State.VERIFIED, State.DECLINED})
"""Open, nothing taken: the citizen can still confirm, retry or leave."""
PAID = frozenset({State.AUTHORISED, State.RECORDED, State.RECEIPT_PRINTED})
"""The citizen has paid: a receipt is owed."""

# Recording states of one notice.
PENDING, RECORDED, REJECTED = "pending", "recorded", "rejected"


class JournalError(Exception):
    """A journal operation that cannot be done; ``key`` is the error key for the UI."""

    key = "payment.journal_error"


class IllegalTransition(JournalError):
    """The state machine does not allow this step (e.g. charging a recorded payment)."""

    key = "payment.illegal_transition"

    def __init__(self, payment_id: str, current: str, wanted: str) -> None:
        super().__init__(f"payment {payment_id}: {current} -> {wanted} is not allowed")
        self.current = current
        self.wanted = wanted


class UnknownPayment(JournalError):
    """No payment with this id in the journal."""

    key = "payment.unknown"


class NoticeInProgress(JournalError):
    """The notice was paid at this totem, or its charge is not settled yet.

    Paying it again is refused: ``notice.already_paid`` when this totem took
    the money, ``notice.payment_in_progress`` until reconciliation says what
    became of a charge in doubt.
    """

    def __init__(self, notice_code: str, *, paid: bool) -> None:
        super().__init__(f"notice {notice_code}: {'paid here' if paid else 'payment in doubt'}")
        self.notice_code = notice_code
        self.key = "notice.already_paid" if paid else "notice.payment_in_progress"


@dataclass(frozen=True)
class VerifiedNotice:
    """A notice as the backend verified it, ready to be paid."""

    notice_code: str
    payee_fiscal_code: str
    payee_name: str
    description: str
    amount_cents: int
    fee_cents: int = 0
    due_date: date | None = None


@dataclass(frozen=True)
class JournalNotice:
    """A notice of a journaled payment and how its recording went."""

    notice_code: str
    payee_fiscal_code: str
    payee_name: str
    description: str
    amount_cents: int
    fee_cents: int
    due_date: date | None
    local_receipt: str | None
    record_state: str | None
    receipt_number: str | None
    record_error: str | None
    outbox_id: int | None


@dataclass(frozen=True)
class JournalEntry:
    """A journaled payment, detached from the database."""

    payment_id: str
    state: State
    reason: str | None
    ecr_ref: str | None
    attempts: int
    amount_cents: int
    fee_cents: int
    terminal_ref: str | None
    auth_code: str | None
    paid_at: datetime | None
    created_at: datetime
    updated_at: datetime
    printed_at: datetime | None
    prints: int
    notices: tuple[JournalNotice, ...] = field(default_factory=tuple)

    @property
    def total_cents(self) -> int:
        """What the card is charged: the notices and the fee."""
        return self.amount_cents + self.fee_cents

    @property
    def fully_recorded(self) -> bool:
        return bool(self.notices) and all(n.record_state == RECORDED for n in self.notices)

    @property
    def rejected(self) -> tuple[JournalNotice, ...]:
        """Notices the backend refused for good (paid meanwhile, expired...)."""
        return tuple(n for n in self.notices if n.record_state == REJECTED)

    @property
    def receipt_owed(self) -> bool:
        """Paid and no receipt printed yet: listed for a reprint."""
        return self.state in PAID and self.printed_at is None


# -- blocking functions on a session ------------------------------------------------------


def create(db: Session, notices: Sequence[VerifiedNotice], now: datetime) -> JournalEntry:
    """A new payment in state ``verified``; refuses a notice whose payment is in doubt."""
    if not notices:
        raise ValueError("a payment needs at least one notice")
    codes = [(n.notice_code, n.payee_fiscal_code) for n in notices]
    if len(set(codes)) != len(codes):
        raise ValueError("the same notice twice in one payment")
    for notice in notices:
        state = db.scalar(
            select(PaymentJournalRow.state)
            .join(
                PaymentJournalNotice,
                PaymentJournalRow.payment_id == PaymentJournalNotice.payment_id,
            )
            .where(
                PaymentJournalNotice.notice_code == notice.notice_code,
                PaymentJournalNotice.payee_fiscal_code == notice.payee_fiscal_code,
                PaymentJournalRow.state.in_([s.value for s in (*MONEY_IN_DOUBT, *PAID)]),
            )
            .limit(1)
        )
        if state is not None:
            raise NoticeInProgress(notice.notice_code, paid=State(state) not in MONEY_IN_DOUBT)
    payment_id = uuid.uuid4().hex
    row = PaymentJournalRow(
        payment_id=payment_id,
        state=State.VERIFIED.value,
        attempts=0,
        amount_cents=sum(n.amount_cents for n in notices),
        fee_cents=sum(n.fee_cents for n in notices),
        created_at=now,
        updated_at=now,
        prints=0,
    )
    db.add(row)
    db.flush()  # the payment row first: the notices' foreign key points to it
    for position, notice in enumerate(notices):
        db.add(
            PaymentJournalNotice(
                payment_id=payment_id,
                position=position,
                notice_code=notice.notice_code,
                payee_fiscal_code=notice.payee_fiscal_code,
                payee_name=notice.payee_name[:200],
                description=notice.description[:500],
                amount_cents=notice.amount_cents,
                fee_cents=notice.fee_cents,
                due_date=notice.due_date,
            )
        )
    _log(db, payment_id, None, State.VERIFIED, now)
    db.flush()
    return get(db, payment_id)


def get(db: Session, payment_id: str) -> JournalEntry:
    """One payment; raises UnknownPayment."""
    row = _row(db, payment_id)
    return _entry(db, row)


def entries(db: Session, states: Iterable[State] | None = None) -> list[JournalEntry]:
    """Payments, oldest first, optionally only those in ``states``."""
    query = select(PaymentJournalRow).order_by(PaymentJournalRow.id)
    if states is not None:
        query = query.where(PaymentJournalRow.state.in_([State(s).value for s in states]))
    return [_entry(db, row) for row in db.scalars(query)]


def history(db: Session, payment_id: str) -> list[tuple[str | None, str, str | None]]:
    """Every step of a payment: (from, to, reason), in order."""
    rows = db.scalars(
        select(PaymentJournalTransition)
        .where(PaymentJournalTransition.payment_id == payment_id)
        .order_by(PaymentJournalTransition.id)
    )
    return [(r.from_state, r.to_state, r.reason) for r in rows]


def transition(
    db: Session,
    payment_id: str,
    to: State,
    now: datetime,
    *,
    reason: str | None = None,
    detail: str | None = None,
) -> JournalEntry:
    """Move a payment to ``to`` if the state machine allows it; log the step."""
    row = _row(db, payment_id)
    _step(db, row, State(to), now, reason=reason, detail=detail)
    return _entry(db, row)


def begin_attempt(db: Session, payment_id: str, now: datetime) -> JournalEntry:
    """``verified``/``declined`` → ``authorising`` with a fresh ECR reference.

    The reference is unique per attempt, so that the terminal's answer to
    "what became of X?" can never be about an earlier attempt.
    """
    row = _row(db, payment_id)
    ecr_ref = f"SC{secrets.token_hex(8).upper()}"
    _step(db, row, State.AUTHORISING, now, detail=f"ecr_ref={ecr_ref}")
    row.ecr_ref = ecr_ref
    row.attempts += 1
    row.reason = None
    return _entry(db, row)


def authorised(
    db: Session,
    payment_id: str,
    *,
    terminal_ref: str,
    auth_code: str | None,
    totem_id: str,
    now: datetime,
) -> JournalEntry:
    """``authorising`` → ``authorised``, and one outbox row per notice, in one transaction."""
    row = _row(db, payment_id)
    _step(db, row, State.AUTHORISED, now, detail=f"terminal_ref={terminal_ref}"[:200])
    row.terminal_ref = terminal_ref[:64]
    row.auth_code = None if auth_code is None else auth_code[:32]
    row.paid_at = now
    for notice in _notices(db, payment_id):
        payload = {
            "notice_code": notice.notice_code,
            "payee_fiscal_code": notice.payee_fiscal_code,
            "amount_cents": notice.amount_cents,
            "fee_cents": notice.fee_cents,
            "paid_at": now.astimezone(UTC).isoformat(),
            "terminal_ref": row.terminal_ref,
            "auth_code": row.auth_code,
        }
        queued = outbox.enqueue(db, "payment", payload, totem_id, now)
        notice.outbox_id = queued.id
        notice.local_receipt = queued.local_receipt
        notice.record_state = PENDING
    return _entry(db, row)


def settle(db: Session, payment_id: str, now: datetime) -> JournalEntry:
    """Copy what the outbox learnt from the backend into the journal.

    All notices recorded → ``recorded`` (and on to ``receipt_printed`` when a
    receipt was already printed offline). Rejections are only noted: voiding
    the charge is the flow's job, it needs the terminal.
    """
    row = _row(db, payment_id)
    for notice in _notices(db, payment_id):
        if notice.record_state != PENDING or notice.outbox_id is None:
            continue
        item = db.get(OutboxItem, notice.outbox_id)
        if item is None or item.state == outbox.ACKED:
            # Missing: only acknowledged rows are ever forgotten by the outbox.
            notice.record_state = RECORDED
            notice.receipt_number = None if item is None else item.remote_ref
            notice.record_error = None
        elif item.state == outbox.REJECTED:
            notice.record_state = REJECTED
            notice.record_error = item.last_error
        else:
            notice.record_error = item.last_error  # still trying: say why, for maintenance
    db.flush()
    entry = _entry(db, row)
    if row.state == State.AUTHORISED and entry.fully_recorded:
        _step(db, row, State.RECORDED, now)
        if row.printed_at is not None:
            _step(db, row, State.RECEIPT_PRINTED, now)
        entry = _entry(db, row)
    return entry


def printed(db: Session, payment_id: str, now: datetime) -> JournalEntry:
    """A receipt came out of the printer; a recorded payment is then complete."""
    row = _row(db, payment_id)
    if State(row.state) not in PAID:
        raise IllegalTransition(payment_id, row.state, "receipt")
    row.prints += 1
    row.printed_at = row.printed_at or now
    if row.state == State.RECORDED:
        _step(db, row, State.RECEIPT_PRINTED, now)
    else:
        row.updated_at = now
    return _entry(db, row)


def voided(db: Session, payment_id: str, now: datetime, reason: str) -> JournalEntry:
    """The charge was reversed on the terminal: ``voided``, and its unsent records withdrawn.

    The outbox rows not acknowledged are deleted in the same transaction: a
    technician's "retry all" must not record a payment the citizen got back.
    """
    row = _row(db, payment_id)
    _step(db, row, State.VOIDED, now, reason=reason)
    for notice in _notices(db, payment_id):
        if notice.outbox_id is not None and notice.record_state != RECORDED:
            db.execute(
                delete(OutboxItem).where(
                    OutboxItem.id == notice.outbox_id, OutboxItem.state != outbox.ACKED
                )
            )
    return _entry(db, row)


def notices_in_doubt(db: Session) -> set[tuple[str, str]]:
    """(notice code, payee) of every notice whose payment is in doubt."""
    rows = db.execute(
        select(PaymentJournalNotice.notice_code, PaymentJournalNotice.payee_fiscal_code)
        .join(PaymentJournalRow, PaymentJournalRow.payment_id == PaymentJournalNotice.payment_id)
        .where(PaymentJournalRow.state.in_([s.value for s in MONEY_IN_DOUBT]))
    )
    return {(code, payee) for code, payee in rows}


# -- internals ---------------------------------------------------------------------------


def _row(db: Session, payment_id: str) -> PaymentJournalRow:
    row = db.scalar(select(PaymentJournalRow).where(PaymentJournalRow.payment_id == payment_id))
    if row is None:
        raise UnknownPayment(f"no payment {payment_id!r}")
    return row


def _notices(db: Session, payment_id: str) -> list[PaymentJournalNotice]:
    return list(
        db.scalars(
            select(PaymentJournalNotice)
            .where(PaymentJournalNotice.payment_id == payment_id)
            .order_by(PaymentJournalNotice.position)
        )
    )


def _step(
    db: Session,
    row: PaymentJournalRow,
    to: State,
    now: datetime,
    *,
    reason: str | None = None,
    detail: str | None = None,
) -> None:
    current = State(row.state)
    if to not in TRANSITIONS[current]:
        raise IllegalTransition(row.payment_id, current.value, to.value)
    row.state = to.value
    row.reason = reason
    row.updated_at = now
    _log(db, row.payment_id, current, to, now, reason=reason, detail=detail)


def _log(
    db: Session,
    payment_id: str,
    current: State | None,
    to: State,
    now: datetime,
    *,
    reason: str | None = None,
    detail: str | None = None,
) -> None:
    db.add(
        PaymentJournalTransition(
            payment_id=payment_id,
            from_state=None if current is None else current.value,
            to_state=to.value,
            at=now,
            reason=reason,
            detail=detail,
        )
    )


def _aware(value: datetime | None) -> datetime | None:
    # SQLite gives naive datetimes back; everything here is written in UTC.
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _entry(db: Session, row: PaymentJournalRow) -> JournalEntry:
    notices = tuple(
        JournalNotice(
            n.notice_code,
            n.payee_fiscal_code,
            n.payee_name,
            n.description,
            n.amount_cents,
            n.fee_cents,
            n.due_date,
            n.local_receipt,
            n.record_state,
            n.receipt_number,
            n.record_error,
            n.outbox_id,
        )
        for n in _notices(db, row.payment_id)
    )
    created = _aware(row.created_at)
    updated = _aware(row.updated_at)
    assert created is not None and updated is not None
    return JournalEntry(
        payment_id=row.payment_id,
        state=State(row.state),
        reason=row.reason,
        ecr_ref=row.ecr_ref,
        attempts=row.attempts,
        amount_cents=row.amount_cents,
        fee_cents=row.fee_cents,
        terminal_ref=row.terminal_ref,
        auth_code=row.auth_code,
        paid_at=_aware(row.paid_at),
        created_at=created,
        updated_at=updated,
        printed_at=_aware(row.printed_at),
        prints=row.prints,
        notices=notices,
    )


def _utcnow() -> datetime:
    return datetime.now(UTC)


# -- the loop's side -----------------------------------------------------------------------

Observer = Callable[[JournalEntry], None]


class PaymentJournal:
    """The journal for the event loop: each call is one durable transaction on the store thread.

    ``on_commit`` is called on the loop with the entry after every committed
    change: the flow publishes events from it, and the crash test kills the
    process there, at every transition.
    """

    def __init__(
        self,
        store: Store,
        *,
        on_commit: Observer | None = None,
        clock: Callable[[], datetime] = _utcnow,
    ) -> None:
        self.store = store
        self.on_commit = on_commit
        self.clock = clock

    async def _write(self, fn: Callable[[Session, datetime], JournalEntry]) -> JournalEntry:
        now = self.clock()
        # durable=True: synchronous=FULL, the step survives a power cut before
        # the next one (a charge) begins.
        entry = await self.store.run(lambda db: fn(db, now), durable=True)
        if self.on_commit is not None:
            self.on_commit(entry)
        return entry

    async def create(self, notices: Sequence[VerifiedNotice]) -> JournalEntry:
        return await self._write(lambda db, now: create(db, notices, now))

    async def begin_attempt(self, payment_id: str) -> JournalEntry:
        return await self._write(lambda db, now: begin_attempt(db, payment_id, now))

    async def authorised(
        self, payment_id: str, *, terminal_ref: str, auth_code: str | None, totem_id: str
    ) -> JournalEntry:
        return await self._write(
            lambda db, now: authorised(
                db,
                payment_id,
                terminal_ref=terminal_ref,
                auth_code=auth_code,
                totem_id=totem_id,
                now=now,
            )
        )

    async def transition(
        self, payment_id: str, to: State, *, reason: str | None = None, detail: str | None = None
    ) -> JournalEntry:
        return await self._write(
            lambda db, now: transition(db, payment_id, to, now, reason=reason, detail=detail)
        )

    async def settle(self, payment_id: str) -> JournalEntry:
        return await self._write(lambda db, now: settle(db, payment_id, now))

    async def printed(self, payment_id: str) -> JournalEntry:
        return await self._write(lambda db, now: printed(db, payment_id, now))

    async def voided(self, payment_id: str, reason: str) -> JournalEntry:
        return await self._write(lambda db, now: voided(db, payment_id, now, reason))

    async def get(self, payment_id: str) -> JournalEntry:
        return await self.store.run(lambda db: get(db, payment_id))

    async def entries(self, states: Iterable[State] | None = None) -> list[JournalEntry]:
        chosen = None if states is None else tuple(states)
        return await self.store.run(lambda db: entries(db, chosen))

    async def history(self, payment_id: str) -> list[tuple[str | None, str, str | None]]:
        return await self.store.run(lambda db: history(db, payment_id))

    async def reprintable(self) -> list[JournalEntry]:
        """Paid payments whose receipt never came out of the printer."""
        return [e for e in await self.entries(PAID) if e.receipt_owed]


def to_json(entry: JournalEntry) -> str:
    """An entry as JSON for ``kiosk payments list --json`` (no personal data in a journal)."""

    def plain(value: object) -> object:
        return value.isoformat() if isinstance(value, (date, datetime)) else value

    body = {k: plain(v) for k, v in entry.__dict__.items() if k != "notices"}
    body["notices"] = [{k: plain(v) for k, v in n.__dict__.items()} for n in entry.notices]
    body["total_cents"] = entry.total_cents
    return json.dumps(body, ensure_ascii=False)
