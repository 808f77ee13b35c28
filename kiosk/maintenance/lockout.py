"""Wrong-PIN lockout: after ``max_attempts`` wrong PINs entry locks, each time for longer.

With the defaults: five wrong PINs lock entry for 30 s; when that has passed
there is one more try, and a wrong one locks for 60 s, then 120 s, ... up to
an hour. The right PIN clears everything. A guesser at the touchscreen gets
about two dozen tries a day once the lockouts reach their cap, and every one of
them is in the audit log that travels with telemetry.

The state is a row in the store, written in the same transaction as the audit
entry, so a crash, a reboot or a pulled plug cannot reset it. Time is the wall
clock (a monotonic clock restarts with the machine), passed in by the caller
so tests run on a fake one; a lock is kept as its start and its length, and a
start in the future (the clock was set back) is moved to now, so a lock never
lasts longer than its own length.

Functions here take a SQLAlchemy Session: run them on the store thread
(``store.run``). SQLAlchemy is imported when they run, not with the module.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from spaziocitta.kiosk.config import MaintenanceSection
    from spaziocitta.kiosk.store.models import MaintenanceLockout

_ROW_ID = 1


@dataclass(frozen=True)
class LockoutPolicy:
    """How many wrong PINs are allowed, and how long each lockout lasts."""

    max_attempts: int = 5
    base_seconds: int = 30
    max_seconds: int = 3600

    @classmethod
    def from_config(cls, section: MaintenanceSection) -> LockoutPolicy:
        return cls(section.max_attempts, section.lockout_base_seconds, section.lockout_max_seconds)

    def lock_seconds(self, lockouts: int) -> int:
        """The length of the ``lockouts``-th lockout (1-based): doubling, capped."""
        # The exponent is capped first: 2**10000 is a big int for nothing.
        return min(self.base_seconds * 2 ** min(max(lockouts - 1, 0), 32), self.max_seconds)


@dataclass(frozen=True)
class LockoutStatus:
    """Where entry stands: locked until when, or how many tries are left before it locks."""

    locked_until: datetime | None
    """While locked: when a PIN may be tried again. None: not locked now."""
    attempts_left: int
    """Wrong PINs still allowed before the next lockout (1 after a lockout ran out)."""
    failures: int
    lockouts: int

    @property
    def locked(self) -> bool:
        return self.locked_until is not None

    def seconds_left(self, now: datetime) -> float:
        """Seconds until a PIN may be tried again (0 when not locked)."""
        if self.locked_until is None:
            return 0.0
        return max(0.0, (self.locked_until - now).total_seconds())


def status(db: Session, policy: LockoutPolicy, now: datetime) -> LockoutStatus:
    """The lockout as it stands at ``now`` (it repairs a lock the clock moved into the future)."""
    return _status(_row(db, now), policy, now)


def record_failure(db: Session, policy: LockoutPolicy, now: datetime) -> LockoutStatus:
    """A wrong PIN at ``now``: count it, and lock if it was one too many."""
    row = _row(db, now)
    if _status(row, policy, now).locked:
        # The caller should not have asked while locked; never shorten or extend a lock.
        return _status(row, policy, now)
    row.failures += 1
    if row.failures >= policy.max_attempts:
        row.lockouts += 1
        row.locked_at = now
        row.lock_seconds = policy.lock_seconds(row.lockouts)
    row.updated_at = now
    db.flush()
    return _status(row, policy, now)


def record_success(db: Session, now: datetime) -> None:
    """The right PIN: every count and lock is cleared."""
    _clear(_row(db, now), now)
    db.flush()


def clear(db: Session, now: datetime) -> bool:
    """Lift any lockout and forget the failures (``kiosk maintenance unlock``).

    Returns whether there was anything to clear.
    """
    row = _row(db, now)
    had = row.failures > 0 or row.locked_at is not None
    _clear(row, now)
    db.flush()
    return had


def _clear(row: MaintenanceLockout, now: datetime) -> None:
    row.failures = 0
    row.lockouts = 0
    row.locked_at = None
    row.lock_seconds = 0
    row.updated_at = now


def _row(db: Session, now: datetime) -> MaintenanceLockout:
    from spaziocitta.kiosk.store.models import MaintenanceLockout

    row = db.get(MaintenanceLockout, _ROW_ID)
    if row is None:
        row = MaintenanceLockout(
            id=_ROW_ID, failures=0, lockouts=0, locked_at=None, lock_seconds=0, updated_at=now
        )
        db.add(row)
        db.flush()
    if row.locked_at is not None and _aware(row.locked_at) > now:
        row.locked_at = now  # the clock went back: the lock starts again, never lasts longer
        row.updated_at = now
        db.flush()
    return row


def _status(row: MaintenanceLockout, policy: LockoutPolicy, now: datetime) -> LockoutStatus:
    until = None
    if row.locked_at is not None:
        end = _aware(row.locked_at) + timedelta(seconds=row.lock_seconds)
        if now < end:
            until = end
    if until is not None:
        left = 0
    elif row.failures >= policy.max_attempts:
        left = 1  # a lock ran out: one try, and a wrong one locks again for longer
    else:
        left = policy.max_attempts - row.failures
    return LockoutStatus(until, left, row.failures, row.lockouts)


def _aware(value: datetime) -> datetime:
    # SQLite gives naive datetimes back; everything here is written in UTC.
    return value if value.tzinfo else value.replace(tzinfo=UTC)
