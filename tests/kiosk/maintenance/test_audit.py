"""The audit log: latest first, telemetry's unsent lines, and append-only in the database."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from spaziocitta.kiosk.maintenance import audit
from spaziocitta.kiosk.maintenance.audit import AuditLog
from spaziocitta.kiosk.store.db import Store

from .conftest import START, FakeClock


def test_latest_newest_first_and_limited(store: Store, clock: FakeClock) -> None:
    log = AuditLog(store, clock.wall)

    async def scenario() -> list[audit.AuditEntry]:
        for n in range(5):
            await log.append("action", f"step {n}")
            clock.advance(1)
        return await log.latest(3)

    entries = asyncio.run(scenario())
    assert [e.detail for e in entries] == ["step 4", "step 3", "step 2"]
    assert entries[0].at == START + timedelta(seconds=4)
    assert entries[0].to_json() == {
        "id": entries[0].id,
        "at": "2026-03-02T09:00:04+00:00",
        "event": "action",
        "detail": "step 4",
        "sent": False,
    }


def test_take_unsent_then_mark_sent(store: Store, clock: FakeClock) -> None:
    log = AuditLog(store, clock.wall)

    async def scenario() -> None:
        for n in range(5):
            await log.append("pin_wrong", f"{n}")
        first = await log.take_unsent(3)
        assert [e.detail for e in first] == ["0", "1", "2"], "oldest first"
        # A heartbeat that failed marks nothing: the same lines come again.
        assert [e.id for e in await log.take_unsent(3)] == [e.id for e in first]
        assert await log.mark_sent(e.id for e in first) == 3
        assert await log.mark_sent([first[0].id]) == 0, "already sent"
        rest = await log.take_unsent(10)
        assert [e.detail for e in rest] == ["3", "4"]
        assert await log.mark_sent([]) == 0
        assert all(e.sent_at for e in await log.latest(10) if e.detail in "012")

    asyncio.run(scenario())
    with store.session() as db:
        assert audit.unsent_count(db) == 2


def test_details_are_cut_and_event_names_checked(store: Store, clock: FakeClock) -> None:
    with store.session() as db, db.begin():
        audit.append(db, "action", "x" * 500, now=clock.wall())
        with pytest.raises(ValueError, match="lower_snake_case"):
            audit.append(db, "Drop Table", now=clock.wall())
    with store.session() as db:
        assert len(audit.latest(db, 1)[0].detail) == audit.DETAIL_MAX


def test_the_database_refuses_edits_and_deletes(store: Store, store_path: Path) -> None:
    with store.session() as db, db.begin():
        entry = audit.append(db, "entered", now=START)
        audit.mark_sent(db, [entry], now=START)
    with sqlite3.connect(store_path) as raw:
        for statement in (
            "DELETE FROM maintenance_audit",
            "UPDATE maintenance_audit SET detail = 'nothing happened'",
            "UPDATE maintenance_audit SET event = 'exit'",
            "UPDATE maintenance_audit SET sent_at = NULL",
        ):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                raw.execute(statement)
