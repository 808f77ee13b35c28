"""The outbox table: enqueue with a receipt number, pick the head, record the outcome.

Blocking functions on a SQLAlchemy session: call them on the store thread
(``store.run``). Order is strict: the oldest pending item goes first, and a
head waiting for its retry holds back the ones behind it (a booking must not
overtake the application it depends on).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from spaziocitta.kiosk.store.models import OutboxItem, ReceiptCounter

PENDING, ACKED, REJECTED = "pending", "acked", "rejected"
KINDS = ("application", "booking", "report", "payment")


@dataclass(frozen=True)
class Queued:
    """What the citizen's receipt needs at once, before the network answers."""

    id: int
    local_receipt: str
    idempotency_key: str


@dataclass(frozen=True)
class Outgoing:
    """The head of the queue, detached from the session, ready to send."""

    id: int
    kind: str
    idempotency_key: str
    local_receipt: str
    payload: dict[str, Any]
    attempts: int


@dataclass(frozen=True)
class OutboxEntry:
    """A row as a technician sees it: no personal data."""

    id: int
    kind: str
    local_receipt: str
    state: str
    attempts: int
    created_at: str
    next_attempt_at: str
    remote_ref: str | None
    last_error: str | None


def next_receipt_number(db: Session, totem_id: str, now: datetime) -> str:
    """'TOTEM01-20261122-0007': the totem, the day, and a counter that never repeats a day.

    The totem part is the last two words of its id ('borgo-urp-01' -> 'URP01'),
    short enough to read out at a counter.
    """
    day = now.strftime("%Y%m%d")
    counter = db.get(ReceiptCounter, day)
    if counter is None:
        counter = ReceiptCounter(day=day, last=0)
        db.add(counter)
    counter.last += 1
    db.flush()
    short = "".join(totem_id.split("-")[-2:]).upper()[:12]
    return f"{short}-{day}-{counter.last:04d}"


def enqueue(
    db: Session, kind: str, payload: dict[str, Any], totem_id: str, now: datetime
) -> Queued:
    """Add an item; commit it together with the caller's own record (same session)."""
    if kind not in KINDS:
        raise ValueError(f"unknown outbox kind {kind!r}")
    receipt = next_receipt_number(db, totem_id, now)
    item = OutboxItem(
        kind=kind,
        idempotency_key=str(uuid.uuid4()),
        local_receipt=receipt,
        payload=json.dumps({**payload, "local_receipt": receipt}, ensure_ascii=False, default=str),
        state=PENDING,
        attempts=0,
        created_at=now,
        next_attempt_at=now,
    )
    db.add(item)
    db.flush()
    return Queued(item.id, receipt, item.idempotency_key)


def head(db: Session) -> OutboxItem | None:
    """The oldest pending item, due or not."""
    # limit(1): without it the ORM loads every pending row, payloads included, on
    # each step, and a flush slowed down with the square of the queue (bench_sync).
    return db.scalar(
        select(OutboxItem).where(OutboxItem.state == PENDING).order_by(OutboxItem.id).limit(1)
    )


def outgoing(item: OutboxItem) -> Outgoing:
    """A row as the relay sends it, detached from the session (its payload must be there)."""
    assert item.payload is not None
    return Outgoing(
        item.id,
        item.kind,
        item.idempotency_key,
        item.local_receipt,
        json.loads(item.payload),
        item.attempts,
    )


def next_due(db: Session, now: datetime) -> Outgoing | None:
    """The head if its time has come."""
    item = head(db)
    if item is None or _aware(item.next_attempt_at) > now or item.payload is None:
        return None
    return outgoing(item)


def next_attempt_at(db: Session) -> datetime | None:
    item = head(db)
    return None if item is None else _aware(item.next_attempt_at)


def mark_acked(db: Session, item_id: int, remote_ref: str, now: datetime) -> None:
    """The backend has it: keep the references, wipe the personal data."""
    db.execute(
        update(OutboxItem)
        .where(OutboxItem.id == item_id)
        .values(state=ACKED, payload=None, remote_ref=remote_ref, acked_at=now, last_error=None)
    )


def mark_retry(db: Session, item_id: int, error: str, at: datetime) -> None:
    db.execute(
        update(OutboxItem)
        .where(OutboxItem.id == item_id)
        .values(attempts=OutboxItem.attempts + 1, next_attempt_at=at, last_error=error[:500])
    )


def mark_rejected(db: Session, item_id: int, error: str) -> None:
    """The backend refuses it for good: it waits for a technician, out of the queue's way."""
    db.execute(
        update(OutboxItem)
        .where(OutboxItem.id == item_id)
        .values(state=REJECTED, attempts=OutboxItem.attempts + 1, last_error=error[:500])
    )


def retry_all(db: Session, now: datetime) -> int:
    """A technician's 'retry': every pending and rejected item is due now. Returns how many."""
    result = db.execute(
        update(OutboxItem)
        .where(OutboxItem.state.in_((PENDING, REJECTED)))
        .values(state=PENDING, next_attempt_at=now)
    )
    return int(result.rowcount or 0)


def depth(db: Session) -> int:
    return int(db.scalar(select(func.count()).where(OutboxItem.state != ACKED)) or 0)


def oldest_age_seconds(db: Session, now: datetime) -> float | None:
    oldest = db.scalar(select(func.min(OutboxItem.created_at)).where(OutboxItem.state != ACKED))
    return None if oldest is None else (now - _aware(oldest)).total_seconds()


def entries(db: Session) -> list[OutboxEntry]:
    rows = db.scalars(select(OutboxItem).order_by(OutboxItem.id))
    return [
        OutboxEntry(
            r.id,
            r.kind,
            r.local_receipt,
            r.state,
            r.attempts,
            _aware(r.created_at).isoformat(),
            _aware(r.next_attempt_at).isoformat(),
            r.remote_ref,
            r.last_error,
        )
        for r in rows
    ]


def forget_acked(db: Session, older_than: timedelta, now: datetime) -> None:
    """Drop acknowledged rows after a while: they hold no personal data, only references."""
    for row in db.scalars(select(OutboxItem).where(OutboxItem.state == ACKED)):
        if row.acked_at is not None and _aware(row.acked_at) < now - older_than:
            db.delete(row)


def _aware(value: datetime) -> datetime:
    # SQLite gives naive datetimes back; everything here is written in UTC.
    return value if value.tzinfo else value.replace(tzinfo=UTC)
