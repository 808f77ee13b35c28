"""Drafts: what a citizen has typed but not submitted, kept in the store for one session."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import delete, select

from .store.db import Store
from .store.models import SessionDraft


class DraftStore:
    """Session-scoped key/value drafts (JSON values), wiped without a trace on purge."""

    def __init__(self, store: Store) -> None:
        self._store = store

    async def save(self, session_id: str, key: str, value: object) -> None:
        """Insert or replace the draft ``key`` of a session."""
        payload = json.dumps(value, ensure_ascii=False)

        def write(db) -> None:  # type: ignore[no-untyped-def]
            row = db.scalar(
                select(SessionDraft).where(
                    SessionDraft.session_id == session_id, SessionDraft.key == key
                )
            )
            if row is None:
                row = SessionDraft(session_id=session_id, key=key)
                db.add(row)
            row.value = payload
            row.updated_at = datetime.now(UTC)

        await self._store.run(write)

    async def load(self, session_id: str, key: str) -> object | None:
        """The draft's value, or None."""

        def read(db) -> str | None:  # type: ignore[no-untyped-def]
            return db.scalar(
                select(SessionDraft.value).where(
                    SessionDraft.session_id == session_id, SessionDraft.key == key
                )
            )

        raw = await self._store.run(read)
        return None if raw is None else json.loads(raw)

    async def purge(self) -> None:
        """Delete every draft and truncate the WAL, which would still hold their pages."""

        def wipe(db) -> None:  # type: ignore[no-untyped-def]
            db.execute(delete(SessionDraft))

        await self._store.run(wipe)
        await self._store.run(lambda _db: self._store.checkpoint_truncate())

    def purge_now(self) -> None:
        """Synchronous purge for start-up, before the loop runs."""
        with self._store.session() as db, db.begin():
            db.execute(delete(SessionDraft))
        self._store.checkpoint_truncate()
