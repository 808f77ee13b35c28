"""The relay: sends the outbox to the backend, in order, at least once.

Outcomes of one send:

- ``Acked``: the backend has it (a 2xx, or the original answer replayed for
  the same Idempotency-Key): the personal data is wiped;
- ``Retry``: the network or the backend failed (timeout, reset, 5xx, 409
  "still in progress", garbage): the same item again after an exponential
  backoff with jitter, holding the queue;
- ``Rejected``: the backend refuses it for good (400, 422): it leaves the
  queue and waits for a technician (``kiosk outbox retry``), never lost.

A SIGKILL at any point leaves the outbox row as it was before the step: the
item is sent again and the backend's idempotency keeps it once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

# The events live with the others, so the UI can listen without importing the store.
from spaziocitta.kiosk.events import EventBus, OutboxDelivered, OutboxFault
from spaziocitta.kiosk.store.db import Store

from . import outbox
from .outbox import Outgoing

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Acked:
    remote_ref: str


@dataclass(frozen=True)
class Retry:
    error: str
    after: float | None = None
    """Seconds the backend asked us to wait (Retry-After), if it did."""


@dataclass(frozen=True)
class Rejected:
    error: str


Outcome = Acked | Retry | Rejected
Sender = Callable[[Outgoing], Awaitable[Outcome]]


def backoff_seconds(attempts: int, base: float, cap: float, rng: random.Random) -> float:
    """Exponential backoff with jitter: about base * 2^(n-1), between half and 1.5 times it."""
    exponential = min(cap, base * 2 ** max(0, attempts - 1))
    return min(cap, exponential * (0.5 + rng.random()))


class Relay:
    """Runs the outbox; ``wake()`` after an enqueue, ``flush()`` for 'sync now'."""

    def __init__(
        self,
        store: Store,
        send: Sender,
        bus: EventBus | None = None,
        *,
        base_delay: float = 2.0,
        max_delay: float = 300.0,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        rng: random.Random | None = None,
    ) -> None:
        self._store = store
        self._send = send
        self._bus = bus
        self._base = base_delay
        self._cap = max_delay
        self._now = now
        self._rng = rng or random.Random()
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def wake(self) -> None:
        self._wake.set()

    def start(self) -> None:
        self._task = asyncio.ensure_future(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def step(self) -> Outcome | None:
        """Send the head of the queue if it is due; None when there is nothing to do now."""
        item = await self._store.run(lambda db: outbox.next_due(db, self._now()))
        if item is None:
            return None
        try:
            outcome = await self._send(item)
        except Exception as exc:  # a bug in a sender must not stop the relay
            log.exception("sending outbox item %s failed unexpectedly", item.local_receipt)
            outcome = Retry(f"unexpected error: {type(exc).__name__}")
        await self._record(item, outcome)
        return outcome

    async def _record(self, item: Outgoing, outcome: Outcome) -> None:
        now = self._now()
        if isinstance(outcome, Acked):
            await self._store.run(
                lambda db: outbox.mark_acked(db, item.id, outcome.remote_ref, now)
            )
            log.info("outbox %s delivered as %s", item.local_receipt, outcome.remote_ref)
            self._publish(OutboxDelivered(item.local_receipt, outcome.remote_ref))
        elif isinstance(outcome, Rejected):
            await self._store.run(lambda db: outbox.mark_rejected(db, item.id, outcome.error))
            log.error("outbox %s rejected by the backend: %s", item.local_receipt, outcome.error)
            self._publish(OutboxFault(item.local_receipt, outcome.error, permanent=True))
        else:
            delay = outcome.after or backoff_seconds(
                item.attempts + 1, self._base, self._cap, self._rng
            )
            at = now + timedelta(seconds=delay)
            await self._store.run(
                lambda db: outbox.mark_retry(db, item.id, outcome.error, at), durable=False
            )
            log.warning(
                "outbox %s not delivered (%s); again in %.0f s",
                item.local_receipt,
                outcome.error,
                delay,
            )
            self._publish(OutboxFault(item.local_receipt, outcome.error, permanent=False))

    def _publish(self, event: object) -> None:
        if self._bus is not None:
            self._bus.publish(event)

    async def flush(self, timeout: float) -> int:
        """Send until the queue is empty, blocked by a retry wait, or ``timeout``; returns depth."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while loop.time() < deadline:
            outcome = await self.step()
            if outcome is None or isinstance(outcome, Retry):
                break
        return await self._store.run(outbox.depth)

    async def _run(self) -> None:
        while True:
            outcome = await self.step()
            if outcome is not None and not isinstance(outcome, Retry):
                continue  # more may be due at once
            due = await self._store.run(outbox.next_attempt_at)
            wait = 3600.0 if due is None else max(0.0, (due - self._now()).total_seconds())
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=min(wait, 3600.0))
