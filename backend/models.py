"""The backend's tables (SQLAlchemy 2 declarative).

Guarantees the contract promises are written as constraints, not only as
code: one idempotency record per (totem, key), one payment per notice, a
slot's availability never below zero.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from .db import Base, utcnow

Stamp = DateTime(timezone=True)


class Totem(Base):
    """A totem of the fleet: its credentials, last heartbeat and remote configuration."""

    __tablename__ = "totems"

    id: Mapped[str] = mapped_column(String(63), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    secret_hash: Mapped[str] = mapped_column(String(200))
    """scrypt$n$r$p$salt$hash (see auth.py): the secret itself is never stored."""
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(Stamp, default=utcnow)
    last_seen_at: Mapped[datetime | None] = mapped_column(Stamp, nullable=True)
    last_heartbeat: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    config: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    """The RemoteConfig fields set for this totem; None: the defaults."""
    config_version: Mapped[int] = mapped_column(Integer, default=1)


class IdempotencyRecord(Base):
    """The first request seen with an Idempotency-Key, and its answer once there is one."""

    __tablename__ = "idempotency_keys"
    __table_args__ = (UniqueConstraint("totem_id", "key", name="uq_idempotency_totem_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    totem_id: Mapped[str] = mapped_column(ForeignKey("totems.id"))
    key: Mapped[str] = mapped_column(String(255))
    fingerprint: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16))
    """in_progress or done."""
    status_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    response_body: Mapped[str | None] = mapped_column(Text, nullable=True)
    content_type: Mapped[str | None] = mapped_column(String(80), nullable=True)
    created_at: Mapped[datetime] = mapped_column(Stamp, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(Stamp, default=utcnow)


class SubmissionRow(Base):
    """A form or booking a totem sent, with the protocol number it was given."""

    __tablename__ = "submissions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    protocol_number: Mapped[str | None] = mapped_column(String(40), unique=True, nullable=True)
    totem_id: Mapped[str] = mapped_column(ForeignKey("totems.id"))
    kind: Mapped[str] = mapped_column(String(20))
    form_id: Mapped[str] = mapped_column(String(80))
    service_id: Mapped[str | None] = mapped_column(String(120), nullable=True)
    slot_id: Mapped[str | None] = mapped_column(ForeignKey("booking_slots.id"), nullable=True)
    local_receipt: Mapped[str] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(3))
    answers: Mapped[dict[str, Any]] = mapped_column(JSON)
    submitted_at: Mapped[datetime] = mapped_column(Stamp)
    received_at: Mapped[datetime] = mapped_column(Stamp, default=utcnow)


class BookingSlotRow(Base):
    """A bookable time with a capacity; ``available`` drops by one per booking."""

    __tablename__ = "booking_slots"
    __table_args__ = (
        CheckConstraint("available >= 0 AND available <= capacity", name="ck_slot_available"),
    )

    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    service_id: Mapped[str] = mapped_column(String(120), index=True)
    place_id: Mapped[str | None] = mapped_column(String(120), nullable=True)
    starts_at: Mapped[datetime] = mapped_column(Stamp)
    ends_at: Mapped[datetime] = mapped_column(Stamp)
    capacity: Mapped[int] = mapped_column(Integer)
    available: Mapped[int] = mapped_column(Integer)


class NoticeRow(Base):
    """A pagoPA notice the municipality issued (what the PSP verification would return)."""

    __tablename__ = "pagopa_notices"
    __table_args__ = (UniqueConstraint("payee_fiscal_code", "notice_code", name="uq_notice"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    notice_code: Mapped[str] = mapped_column(String(18), index=True)
    payee_fiscal_code: Mapped[str] = mapped_column(String(11))
    payee_name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(String(500))
    amount_cents: Mapped[int] = mapped_column(Integer)
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(10))
    """payable, paid or expired."""


class PaymentRow(Base):
    """A payment recorded by a totem. At most one per notice: a notice is never paid twice."""

    __tablename__ = "pagopa_payments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    payment_id: Mapped[str] = mapped_column(String(40), unique=True)
    receipt_number: Mapped[str | None] = mapped_column(String(40), unique=True, nullable=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("pagopa_notices.id"), unique=True)
    totem_id: Mapped[str] = mapped_column(ForeignKey("totems.id"))
    amount_cents: Mapped[int] = mapped_column(Integer)
    fee_cents: Mapped[int] = mapped_column(Integer)
    paid_at: Mapped[datetime] = mapped_column(Stamp)
    terminal_ref: Mapped[str] = mapped_column(String(64))
    auth_code: Mapped[str | None] = mapped_column(String(32), nullable=True)
    local_receipt: Mapped[str] = mapped_column(String(40))
    recorded_at: Mapped[datetime] = mapped_column(Stamp, default=utcnow)


class TelemetryRow(Base):
    """A fault or event a totem reported."""

    __tablename__ = "telemetry_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    totem_id: Mapped[str] = mapped_column(ForeignKey("totems.id"), index=True)
    received_at: Mapped[datetime] = mapped_column(Stamp, default=utcnow)
    at: Mapped[datetime] = mapped_column(Stamp)
    kind: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(80))
    severity: Mapped[str] = mapped_column(String(10))
    detail: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Open311ServiceRow(Base):
    """A kind of city problem that can be reported (GeoReport v2 service)."""

    __tablename__ = "open311_services"

    code: Mapped[str] = mapped_column(String(80), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    group: Mapped[str] = mapped_column(String(200), default="")
    keywords: Mapped[str] = mapped_column(Text, default="")
    agency: Mapped[str] = mapped_column(String(200), default="")
    attributes: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    """Open311Attribute dicts; empty: the service has no metadata."""
    position: Mapped[int] = mapped_column(Integer, default=0)


class ServiceRequestRow(Base):
    """A report of a city problem (GeoReport v2 service request)."""

    __tablename__ = "open311_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    service_code: Mapped[str] = mapped_column(ForeignKey("open311_services.code"), index=True)
    totem_id: Mapped[str | None] = mapped_column(ForeignKey("totems.id"), nullable=True)
    status: Mapped[str] = mapped_column(String(10), default="open")
    status_notes: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    lat: Mapped[float | None] = mapped_column(nullable=True)
    long: Mapped[float | None] = mapped_column(nullable=True)
    address: Mapped[str] = mapped_column(String(500), default="")
    address_id: Mapped[str] = mapped_column(String(80), default="")
    media_url: Mapped[str] = mapped_column(String(2000), default="")
    attributes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    contact: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    """email, names, phone, device and account ids: kept for the office, never listed."""
    requested_at: Mapped[datetime] = mapped_column(Stamp, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(Stamp, default=utcnow)

    @property
    def public_id(self) -> str:
        """The service_request_id Open311 clients see."""
        return f"SR-{self.id:06d}"
