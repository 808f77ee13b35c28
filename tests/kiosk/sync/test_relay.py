"""The outbox and its relay with a scripted backend: order, retries, rejections, wiping."""

from __future__ import annotations

import asyncio
import random
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from spaziocitta.kiosk.events import EventBus
from spaziocitta.kiosk.store.db import Store
from spaziocitta.kiosk.sync import outbox
from spaziocitta.kiosk.sync.outbox import Outgoing
from spaziocitta.kiosk.sync.relay import (
    Acked,
    OutboxDelivered,
    OutboxFault,
    Rejected,
    Relay,
    Retry,
    backoff_seconds,
)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


class Backend:
    """Answers each send with the next scripted outcome and records what it saw."""

    def __init__(self, *outcomes: object) -> None:
        self.outcomes = list(outcomes)
        self.seen: list[tuple[str, str, dict]] = []

    async def __call__(self, item: Outgoing):  # type: ignore[no-untyped-def]
        self.seen.append((item.local_receipt, item.idempotency_key, item.payload))
        outcome = self.outcomes.pop(0) if self.outcomes else Acked(f"PROT-{len(self.seen)}")
        if isinstance(outcome, Exception):
            raise outcome
        return outcome


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "kiosk.sqlite3")
    yield opened
    opened.close()


def enqueue(store: Store, clock: Clock, marker: str, kind: str = "application") -> outbox.Queued:
    async def go() -> outbox.Queued:
        return await store.run(
            lambda db: outbox.enqueue(db, kind, {"surname": marker}, "demo-totem-01", clock())
        )

    return asyncio.run(go())


def test_receipt_numbers_are_immediate_and_never_repeat(store: Store) -> None:
    clock = Clock()
    first = enqueue(store, clock, "A")
    second = enqueue(store, clock, "B")
    assert (first.local_receipt, second.local_receipt) == (
        "TOTEM01-20261122-0001",
        "TOTEM01-20261122-0002",
    )
    clock.advance(86_400)
    assert enqueue(store, clock, "C").local_receipt.endswith("20261123-0001")
    assert first.idempotency_key != second.idempotency_key


def test_delivers_in_order_and_wipes_personal_data(store: Store, tmp_path: Path) -> None:
    clock, bus, delivered = Clock(), EventBus(), []
    bus.subscribe(OutboxDelivered, delivered.append)
    items = [enqueue(store, clock, f"MARKER{i}") for i in range(3)]
    backend = Backend()

    async def go() -> int:
        return await Relay(store, backend, bus, now=clock).flush(timeout=5)

    assert asyncio.run(go()) == 0
    assert [s[0] for s in backend.seen] == [i.local_receipt for i in items]
    assert [e.remote_ref for e in delivered] == ["PROT-1", "PROT-2", "PROT-3"]
    with sqlite3.connect(tmp_path / "kiosk.sqlite3") as db:
        assert (
            db.execute("SELECT count(*) FROM outbox WHERE payload IS NOT NULL").fetchone()[0] == 0
        )
    store.checkpoint_truncate()
    assert b"MARKER1" not in (tmp_path / "kiosk.sqlite3").read_bytes()


def test_transient_failure_holds_the_queue_then_retries_the_same_key(store: Store) -> None:
    clock, bus, faults = Clock(), EventBus(), []
    bus.subscribe(OutboxFault, faults.append)
    first = enqueue(store, clock, "A")
    enqueue(store, clock, "B")
    backend = Backend(Retry("backend answered 503"), ConnectionResetError("reset"))
    relay = Relay(store, backend, bus, now=clock, rng=random.Random(1))

    async def go() -> None:
        assert isinstance(await relay.step(), Retry)
        assert await relay.step() is None, "the head waits for its backoff; B does not overtake"
        clock.advance(10)
        assert isinstance(await relay.step(), Retry), "a sender exception is a retry, not a crash"
        clock.advance(60)
        await relay.flush(timeout=5)

    asyncio.run(go())
    keys = [(r, k) for r, k, _ in backend.seen]
    assert keys[0] == keys[1] == keys[2] == (first.local_receipt, first.idempotency_key)
    assert len(backend.seen) == 4
    assert [f.permanent for f in faults] == [False, False]
    assert "503" in faults[0].error


def test_rejection_leaves_the_queue_but_loses_nothing(store: Store) -> None:
    clock = Clock()
    enqueue(store, clock, "A")
    enqueue(store, clock, "B")
    backend = Backend(Rejected("422: same key, different payload"))

    async def go() -> tuple[int, list[outbox.OutboxEntry]]:
        depth = await Relay(store, backend, now=clock).flush(timeout=5)
        return depth, await store.run(outbox.entries)

    depth, rows = asyncio.run(go())
    assert depth == 1
    assert [r.state for r in rows] == ["rejected", "acked"]
    assert "422" in rows[0].last_error

    async def retry() -> int:
        count = await store.run(lambda db: outbox.retry_all(db, clock()))
        await Relay(store, Backend(), now=clock).flush(timeout=5)
        return count

    assert asyncio.run(retry()) == 1
    assert asyncio.run(store.run(outbox.depth)) == 0


@pytest.mark.parametrize("attempts", [1, 2, 5, 20])
def test_backoff_grows_with_jitter_and_a_cap(attempts: int) -> None:
    rng = random.Random(7)
    values = [backoff_seconds(attempts, 2.0, 300.0, rng) for _ in range(50)]
    nominal = min(300.0, 2.0 * 2 ** (attempts - 1))
    assert all(0.5 * nominal - 1e-9 <= v <= min(300.0, 1.5 * nominal) for v in values)
    assert len(set(values)) > 1, "jitter spreads a fleet's retries"
