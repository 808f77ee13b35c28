"""Wrong-PIN lockout on a fake clock: timing, growth, cap, reset, and surviving a restart."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from spaziocitta.kiosk.maintenance import lockout
from spaziocitta.kiosk.maintenance.lockout import LockoutPolicy, LockoutStatus
from spaziocitta.kiosk.store.db import Store

from .conftest import START

POLICY = LockoutPolicy(max_attempts=5, base_seconds=30, max_seconds=300)


def at(seconds: float) -> datetime:
    return START + timedelta(seconds=seconds)


def fail(store: Store, now: datetime) -> LockoutStatus:
    with store.session() as db, db.begin():
        return lockout.record_failure(db, POLICY, now)


def status(store: Store, now: datetime) -> LockoutStatus:
    with store.session() as db, db.begin():
        return lockout.status(db, POLICY, now)


def test_five_wrong_lock_for_30_s_then_one_try_then_longer(store: Store) -> None:
    assert status(store, at(0)).attempts_left == 5
    for n in range(4):
        left = fail(store, at(n))
        assert not left.locked and left.attempts_left == 4 - n
    locked = fail(store, at(4))
    assert locked.locked and locked.locked_until == at(34) and locked.attempts_left == 0

    assert status(store, at(4 + 29)).locked
    assert status(store, at(4 + 29)).seconds_left(at(4 + 29)) == 1
    # A wrong PIN sent while locked (a race in the UI) neither counts nor moves the lock.
    assert fail(store, at(4 + 29)).locked_until == at(34)

    after = status(store, at(4 + 31))
    assert not after.locked and after.attempts_left == 1
    again = fail(store, at(35))
    assert again.locked_until == at(35 + 60) and again.lockouts == 2

    third = fail(store, at(35 + 61))
    assert third.locked_until == at(35 + 61 + 120)


def test_lockouts_double_up_to_the_cap(store: Store) -> None:
    now = 0.0
    lengths = []
    for _ in range(4):
        fail(store, at(now))
    for _ in range(6):
        result = fail(store, at(now))
        assert result.locked_until is not None
        lengths.append((result.locked_until - at(now)).total_seconds())
        now += lengths[-1] + 1
    assert lengths == [30, 60, 120, 240, 300, 300]


def test_the_right_pin_clears_everything(store: Store) -> None:
    for n in range(5):
        fail(store, at(n))
    with store.session() as db, db.begin():
        lockout.record_success(db, at(40))
    fresh = status(store, at(40))
    assert not fresh.locked and fresh.attempts_left == 5 and fresh.lockouts == 0
    for n in range(5):
        result = fail(store, at(41 + n))
    assert result.locked_until == at(45 + 30), "back to the first, shortest lockout"


def test_a_restart_does_not_reset_the_lockout(store_path: Path) -> None:
    first = Store.open(store_path)
    for n in range(5):
        fail(first, at(n))
    first.close()  # the kiosk crashes or the totem reboots

    second = Store.open(store_path)
    try:
        again = status(second, at(10))
        assert again.locked and again.locked_until == at(34)
        assert status(second, at(35)).attempts_left == 1
        assert fail(second, at(35)).locked_until == at(95), "the growth survives too"
    finally:
        second.close()


def test_a_clock_set_back_cannot_stretch_a_lock(store: Store) -> None:
    for n in range(5):
        fail(store, at(n))
    back = at(-3600)  # NTP or a technician set the clock back an hour
    stuck = status(store, back)
    assert stuck.locked_until == back + timedelta(seconds=30)
    assert not status(store, back + timedelta(seconds=31)).locked


def test_clear_lifts_a_lock(store: Store) -> None:
    with store.session() as db, db.begin():
        assert not lockout.clear(db, at(0))
    for n in range(5):
        fail(store, at(n))
    with store.session() as db, db.begin():
        assert lockout.clear(db, at(6))
    assert status(store, at(6)).attempts_left == 5


def test_policy_from_config_defaults() -> None:
    from spaziocitta.kiosk.config import MaintenanceSection

    policy = LockoutPolicy.from_config(MaintenanceSection())
    assert policy == LockoutPolicy(5, 30, 3600)
    assert [policy.lock_seconds(n) for n in (1, 2, 3, 7, 8, 10_000)] == [
        30,
        60,
        120,
        1920,
        3600,
        3600,
    ]
