"""The maintenance audit log: every entry, failure, lockout, action and exit, append-only.

A line is a time, an event name and a short detail the kiosk's own code
writes: never the PIN, never a wrong guess (a near miss of the real PIN), and
nothing personal. The table refuses updates and deletes (SQLite triggers from
migration 0005) except for ``sent_at``, set once when telemetry has delivered
the line: ``take_unsent`` gives the oldest lines not yet sent, ``mark_sent``
records their delivery.

Event names used by the kiosk (``EVENTS``); the detail says more:

- ``pin_requested``: the PIN pad opened (detail: ``gesture`` or ``keys``)
- ``no_pin``: entry attempted but no PIN is configured
- ``pin_wrong``: a wrong PIN (detail: attempts left)
- ``locked``: a wrong PIN locked entry (detail: for how long, which lockout)
- ``locked_attempt``: a PIN was submitted while entry was locked (not checked)
- ``pin_cancelled``: the PIN pad closed without entry (detail: why)
- ``entered``: the right PIN; maintenance is open
- ``action``: something a technician did (detail: which action)
- ``exit``: maintenance closed (detail: ``technician``, ``idle``, ...)
- ``exit_kiosk``: the technician left the kiosk application
- ``pin_set``, ``unlocked``: from the command line (``kiosk maintenance ...``)

Functions take a SQLAlchemy Session (``store.run``); :class:`AuditLog` wraps
them for the event loop.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from spaziocitta.kiosk.store.db import Store

EVENTS = (
    "pin_requested",
    "no_pin",
    "pin_wrong",
    "locked",
    "locked_attempt",
    "pin_cancelled",
    "entered",
    "action",
    "exit",
    "exit_kiosk",
    "pin_set",
    "unlocked",
)
DETAIL_MAX = 200
_EVENT = re.compile(r"^[a-z][a-z0-9_]{0,31}$")


@dataclass(frozen=True)
class AuditEntry:
    """One line of the audit log, detached from the database."""

    id: int
    at: datetime
    event: str
    detail: str
    sent_at: datetime | None

    def to_json(self) -> dict[str, Any]:
        """The line as telemetry and ``kiosk maintenance audit --json`` carry it."""
        return {
            "id": self.id,
            "at": self.at.isoformat(),
            "event": self.event,
            "detail": self.detail,
            "sent": self.sent_at is not None,
        }


def append(db: Session, event: str, detail: str = "", *, now: datetime) -> int:
    """Add a line; returns its id. ``event`` is lower_snake_case; ``detail`` is cut to fit."""
    from spaziocitta.kiosk.store.models import MaintenanceAuditEntry

    if not _EVENT.match(event):
        raise ValueError(f"audit event names are lower_snake_case, got {event!r}")
    row = MaintenanceAuditEntry(at=now, event=event, detail=detail[:DETAIL_MAX], sent_at=None)
    db.add(row)
    db.flush()
    return row.id


def latest(db: Session, limit: int = 50) -> list[AuditEntry]:
    """The newest ``limit`` lines, newest first."""
    from sqlalchemy import select

    from spaziocitta.kiosk.store.models import MaintenanceAuditEntry as Row

    rows = db.scalars(select(Row).order_by(Row.id.desc()).limit(max(0, limit)))
    return [_entry(row) for row in rows]


def take_unsent(db: Session, limit: int = 100) -> list[AuditEntry]:
    """The oldest ``limit`` lines telemetry has not delivered yet, oldest first.

    Nothing is marked: call ``mark_sent`` with their ids once the backend has
    acknowledged them, so a failed heartbeat sends them again next time.
    """
    from sqlalchemy import select

    from spaziocitta.kiosk.store.models import MaintenanceAuditEntry as Row

    rows = db.scalars(
        select(Row).where(Row.sent_at.is_(None)).order_by(Row.id).limit(max(0, limit))
    )
    return [_entry(row) for row in rows]


def mark_sent(db: Session, ids: Iterable[int], *, now: datetime) -> int:
    """Record that telemetry delivered these lines; returns how many were newly marked."""
    from sqlalchemy import update

    from spaziocitta.kiosk.store.models import MaintenanceAuditEntry as Row

    wanted = sorted(set(ids))
    if not wanted:
        return 0
    result = db.execute(
        update(Row).where(Row.id.in_(wanted), Row.sent_at.is_(None)).values(sent_at=now)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def unsent_count(db: Session) -> int:
    """How many lines wait for telemetry (the status page shows it)."""
    from sqlalchemy import func, select

    from spaziocitta.kiosk.store.models import MaintenanceAuditEntry as Row

    return int(db.scalar(select(func.count()).where(Row.sent_at.is_(None))) or 0)


class AuditLog:
    """The audit log for code on the event loop: each call runs on the store thread."""

    def __init__(self, store: Store, wall: Callable[[], datetime] | None = None) -> None:
        self._store = store
        self._wall = wall or _utcnow

    async def append(self, event: str, detail: str = "") -> int:
        now = self._wall()
        return await self._store.run(lambda db: append(db, event, detail, now=now))

    async def latest(self, limit: int = 50) -> list[AuditEntry]:
        return await self._store.run(lambda db: latest(db, limit))

    async def take_unsent(self, limit: int = 100) -> list[AuditEntry]:
        return await self._store.run(lambda db: take_unsent(db, limit))

    async def mark_sent(self, ids: Iterable[int]) -> int:
        now, wanted = self._wall(), list(ids)
        # Losing this write only sends the lines twice: no need to wait for the disk.
        return await self._store.run(lambda db: mark_sent(db, wanted, now=now), durable=False)


def _entry(row: Any) -> AuditEntry:
    return AuditEntry(
        row.id, _aware(row.at), row.event, row.detail, row.sent_at and _aware(row.sent_at)
    )


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _aware(value: datetime) -> datetime:
    # SQLite gives naive datetimes back; everything here is written in UTC.
    return value if value.tzinfo else value.replace(tzinfo=UTC)
