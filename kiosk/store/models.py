"""The store's tables (SQLAlchemy 2 declarative models).

Every schema change comes with a migration in ``migrations/versions`` and a new
``SCHEMA_HEAD`` in ``db.py``; a test checks that the models and the migrations
agree.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    """Declarative base of the kiosk store."""


class SessionDraft(Base):
    """A citizen's unfinished input (a form draft, a typed search), kept for one session.

    Drafts live in the store so that the UI can be rebuilt after an error
    without the citizen losing what they typed; they are wiped, with
    ``secure_delete`` and a truncated WAL, when the session ends and again at
    start-up in case the last session ended with a crash.
    """

    __tablename__ = "session_drafts"
    __table_args__ = (UniqueConstraint("session_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[str] = mapped_column(String(64), index=True)
    key: Mapped[str] = mapped_column(String(128))
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
