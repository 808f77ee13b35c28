"""The store's tables (SQLAlchemy 2 declarative models).

Every schema change comes with a migration in ``migrations/versions`` and a new
``SCHEMA_HEAD`` in ``db.py``; a test checks that the models and the migrations
agree.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, String, Text, UniqueConstraint
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


class CatalogPack(Base):
    """The active content pack (one row): its identity and the parts that are not lists."""

    __tablename__ = "catalog_pack"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[str] = mapped_column(String(64))
    municipality: Mapped[str] = mapped_column(Text)  # JSON
    languages: Mapped[str] = mapped_column(Text)  # JSON list, default first
    extras: Mapped[str] = mapped_column(Text)  # JSON: welcome_path, popular, synonyms, ...
    sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CatalogCategory(Base):
    """A category of services, in the pack's order."""

    __tablename__ = "catalog_categories"

    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    position: Mapped[int]
    data: Mapped[str] = mapped_column(Text)  # JSON as in the pack


class CatalogService(Base):
    """A service as the pack describes it; the search index points here."""

    __tablename__ = "catalog_services"

    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    category: Mapped[str] = mapped_column(String(80), index=True)
    position: Mapped[int]
    data: Mapped[str] = mapped_column(Text)  # JSON as in the pack


class CatalogPlace(Base):
    """An office, library or neighbourhood house with its address and hours."""

    __tablename__ = "catalog_places"

    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    data: Mapped[str] = mapped_column(Text)  # JSON as in the pack


class CatalogTerm(Base):
    """A folded word of the indexed text and its stem: the vocabulary for typo correction."""

    __tablename__ = "catalog_terms"

    word: Mapped[str] = mapped_column(String(80), primary_key=True)
    lang: Mapped[str] = mapped_column(String(3), primary_key=True)
    stem: Mapped[str] = mapped_column(String(80))


class OutboxItem(Base):
    """Something the citizen submitted or paid, waiting for the backend's acknowledgement.

    Written in the same transaction as the record it carries, before anything
    is sent. ``payload`` holds the personal data and is wiped (NULL, with
    secure_delete) as soon as the backend acknowledges it; what remains is the
    receipt number, the backend's reference and the timestamps.
    """

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(32))
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    local_receipt: Mapped[str] = mapped_column(String(40), unique=True)
    payload: Mapped[str | None] = mapped_column(Text)  # JSON; NULL once acknowledged
    state: Mapped[str] = mapped_column(String(16), index=True)  # pending, acked, rejected
    attempts: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    acked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    remote_ref: Mapped[str | None] = mapped_column(String(80))
    """The backend's protocol number (or payment receipt number)."""
    last_error: Mapped[str | None] = mapped_column(Text)
    """What went wrong last time, in words fit for a technician (never personal data)."""


class ReceiptCounter(Base):
    """The last local receipt number used per day (receipt numbers never repeat)."""

    __tablename__ = "receipt_counters"

    day: Mapped[str] = mapped_column(String(8), primary_key=True)  # YYYYMMDD
    last: Mapped[int] = mapped_column(default=0)


class PaymentJournalRow(Base):
    """One pagoPA payment at the totem: a card charge covering one or more notices.

    A journaled state machine (``kiosk/payments/journal.py``): every state is
    committed before the next step starts, so a crash or power cut can be
    reconciled at start-up. Nothing about the card is kept but the terminal's
    own references, which the receipt prints: no PAN, no card holder, no expiry.
    """

    __tablename__ = "payment_journal"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    payment_id: Mapped[str] = mapped_column(String(32), unique=True)
    state: Mapped[str] = mapped_column(String(16), index=True)
    reason: Mapped[str | None] = mapped_column(String(64))
    """Why it was declined, cancelled, voided or failed: an error key."""
    ecr_ref: Mapped[str | None] = mapped_column(String(40), unique=True)
    """The reference sent to the terminal for the current attempt; lets reconcile ask it."""
    attempts: Mapped[int] = mapped_column(default=0)
    amount_cents: Mapped[int]
    fee_cents: Mapped[int]
    terminal_ref: Mapped[str | None] = mapped_column(String(64))
    auth_code: Mapped[str | None] = mapped_column(String(32))
    paid_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    printed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    prints: Mapped[int] = mapped_column(default=0)


class PaymentJournalNotice(Base):
    """A notice paid by a journaled payment, as verified, and how its recording went."""

    __tablename__ = "payment_journal_notices"
    __table_args__ = (UniqueConstraint("payment_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    payment_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("payment_journal.payment_id"), index=True
    )
    position: Mapped[int]
    notice_code: Mapped[str] = mapped_column(String(18), index=True)
    payee_fiscal_code: Mapped[str] = mapped_column(String(11))
    payee_name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(String(500))
    amount_cents: Mapped[int]
    fee_cents: Mapped[int]
    due_date: Mapped[date | None] = mapped_column(Date)
    outbox_id: Mapped[int | None]
    """The outbox row recording it (no foreign key: acknowledged rows are forgotten)."""
    local_receipt: Mapped[str | None] = mapped_column(String(40))
    record_state: Mapped[str | None] = mapped_column(String(16))
    """None before authorisation, then pending, recorded or rejected."""
    receipt_number: Mapped[str | None] = mapped_column(String(40))
    """The backend's receipt number, once recorded."""
    record_error: Mapped[str | None] = mapped_column(Text)


class PaymentJournalTransition(Base):
    """The journal's history: every state change of a payment, append-only."""

    __tablename__ = "payment_journal_transitions"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    payment_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("payment_journal.payment_id"), index=True
    )
    from_state: Mapped[str | None] = mapped_column(String(16))
    to_state: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    reason: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[str | None] = mapped_column(String(200))
    """References worth keeping (the ECR and terminal references), never card data."""


class MaintenanceLockout(Base):
    """The maintenance PIN's wrong-attempt counter and current lockout (one row, id 1).

    In the store, not in memory: pulling the plug must not give a guesser a
    fresh set of attempts. ``locked_at`` + ``lock_seconds`` rather than an end
    time, so a clock set backwards cannot stretch a lockout beyond its length.
    """

    __tablename__ = "maintenance_lockout"

    id: Mapped[int] = mapped_column(primary_key=True)
    failures: Mapped[int] = mapped_column(default=0)
    """Wrong PINs since the last right one."""
    lockouts: Mapped[int] = mapped_column(default=0)
    """Lockouts since the last right PIN: each one doubles the next."""
    locked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    lock_seconds: Mapped[int] = mapped_column(default=0)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class MaintenanceAuditEntry(Base):
    """One line of the maintenance audit log: append-only (triggers refuse edits).

    ``detail`` is written by the kiosk's own code, never from what was typed:
    no PIN, no guess, no personal data. ``sent_at`` is the only column that
    changes, when telemetry has delivered the entry.
    """

    __tablename__ = "maintenance_audit"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    event: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(String(200), default="")
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), index=True)
