"""Admin: what the fleet sent (submissions, payments, reports, last heartbeats).

JSON under /api/v1/admin/... and one server-rendered HTML page at /admin,
both behind the admin token (Bearer, or as the Basic password in a browser).
"""

from __future__ import annotations

import html
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, ConfigDict, ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from spaziocitta.kiosk.contract.models import (
    Heartbeat,
    ProblemType,
    RemoteConfig,
    TotemId,
    ValidationIssue,
)

from .auth import SessionDep, require_admin
from .db import as_utc
from .models import (
    NoticeRow,
    Open311ServiceRow,
    PaymentRow,
    ServiceRequestRow,
    SubmissionRow,
    Totem,
)
from .problems import ProblemError, problems
from .routes_fleet import remote_config

router = APIRouter(prefix="/admin", tags=["admin"], dependencies=[Depends(require_admin)])
page_router = APIRouter(dependencies=[Depends(require_admin)])

Limit = Annotated[int, Query(ge=1, le=1000)]


class _View(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AdminSubmission(_View):
    """A submission as the office sees it (answers included)."""

    protocol_number: str
    totem_id: str
    kind: str
    form_id: str
    service_id: str | None
    slot_id: str | None
    local_receipt: str
    language: str
    submitted_at: datetime
    received_at: datetime
    answers: dict[str, Any]


class AdminPayment(_View):
    """A recorded payment with its notice."""

    payment_id: str
    receipt_number: str
    totem_id: str
    notice_code: str
    payee_fiscal_code: str
    description: str
    amount_cents: int
    fee_cents: int
    paid_at: datetime
    recorded_at: datetime
    terminal_ref: str
    local_receipt: str


class AdminReport(_View):
    """An Open311 request with what the public listing leaves out."""

    service_request_id: str
    service_code: str
    service_name: str
    status: str
    description: str
    address: str
    lat: float | None
    long: float | None
    attributes: dict[str, Any]
    contact: dict[str, Any]
    totem_id: str | None
    requested_at: datetime


class AdminTotem(_View):
    """A totem and its last heartbeat."""

    totem_id: str
    name: str
    active: bool
    last_seen_at: datetime | None
    last_heartbeat: Heartbeat | None
    config: RemoteConfig


class ConfigChange(_View):
    """Remote configuration fields to set on a totem (the version is bumped by the server)."""

    heartbeat_seconds: int | None = None
    content_check_seconds: int | None = None
    inactivity_seconds: int | None = None
    out_of_service: bool | None = None
    update_window: str | None = None
    """"HH:MM-HH:MM"; an empty string removes the window."""


def submissions(session: Session, limit: int) -> list[AdminSubmission]:
    """The latest submissions, newest first."""
    rows = session.scalars(select(SubmissionRow).order_by(SubmissionRow.id.desc()).limit(limit))
    return [
        AdminSubmission(
            protocol_number=r.protocol_number or "",
            totem_id=r.totem_id,
            kind=r.kind,
            form_id=r.form_id,
            service_id=r.service_id,
            slot_id=r.slot_id,
            local_receipt=r.local_receipt,
            language=r.language,
            submitted_at=as_utc(r.submitted_at),
            received_at=as_utc(r.received_at),
            answers=r.answers,
        )
        for r in rows
    ]


def payments(session: Session, limit: int) -> list[AdminPayment]:
    """The latest payments, newest first."""
    rows = session.execute(
        select(PaymentRow, NoticeRow)
        .join(NoticeRow, NoticeRow.id == PaymentRow.notice_id)
        .order_by(PaymentRow.id.desc())
        .limit(limit)
    ).all()
    return [
        AdminPayment(
            payment_id=p.payment_id,
            receipt_number=p.receipt_number or "",
            totem_id=p.totem_id,
            notice_code=n.notice_code,
            payee_fiscal_code=n.payee_fiscal_code,
            description=n.description,
            amount_cents=p.amount_cents,
            fee_cents=p.fee_cents,
            paid_at=as_utc(p.paid_at),
            recorded_at=as_utc(p.recorded_at),
            terminal_ref=p.terminal_ref,
            local_receipt=p.local_receipt,
        )
        for p, n in rows
    ]


def reports(session: Session, limit: int) -> list[AdminReport]:
    """The latest reports, newest first."""
    rows = session.execute(
        select(ServiceRequestRow, Open311ServiceRow)
        .join(Open311ServiceRow, Open311ServiceRow.code == ServiceRequestRow.service_code)
        .order_by(ServiceRequestRow.id.desc())
        .limit(limit)
    ).all()
    return [
        AdminReport(
            service_request_id=r.public_id,
            service_code=r.service_code,
            service_name=s.name,
            status=r.status,
            description=r.description,
            address=r.address,
            lat=r.lat,
            long=r.long,
            attributes=r.attributes,
            contact=r.contact,
            totem_id=r.totem_id,
            requested_at=as_utc(r.requested_at),
        )
        for r, s in rows
    ]


def _totem_view(t: Totem) -> AdminTotem:
    return AdminTotem(
        totem_id=t.id,
        name=t.name,
        active=t.active,
        last_seen_at=as_utc(t.last_seen_at) if t.last_seen_at else None,
        last_heartbeat=Heartbeat.model_validate(t.last_heartbeat) if t.last_heartbeat else None,
        config=remote_config(t),
    )


def totems(session: Session) -> list[AdminTotem]:
    """Every totem with its last heartbeat, by id."""
    return [_totem_view(t) for t in session.scalars(select(Totem).order_by(Totem.id))]


@router.get("/submissions", response_model=list[AdminSubmission], responses=problems(401))
def admin_submissions(session: SessionDep, limit: Limit = 100) -> list[AdminSubmission]:
    """Submissions and bookings, newest first."""
    return submissions(session, limit)


@router.get("/payments", response_model=list[AdminPayment], responses=problems(401))
def admin_payments(session: SessionDep, limit: Limit = 100) -> list[AdminPayment]:
    """Payments, newest first."""
    return payments(session, limit)


@router.get("/reports", response_model=list[AdminReport], responses=problems(401))
def admin_reports(session: SessionDep, limit: Limit = 100) -> list[AdminReport]:
    """Reports of city problems, newest first, with contact details."""
    return reports(session, limit)


@router.get("/heartbeats", response_model=list[AdminTotem], responses=problems(401))
def admin_heartbeats(session: SessionDep) -> list[AdminTotem]:
    """The fleet: every totem's last heartbeat and configuration."""
    return totems(session)


@router.patch(
    "/totems/{totem_id}/config", response_model=RemoteConfig, responses=problems(401, 404, 422)
)
def admin_set_config(session: SessionDep, totem_id: TotemId, change: ConfigChange) -> RemoteConfig:
    """Change a totem's remote configuration; it picks it up at its next heartbeat."""
    totem = session.get(Totem, totem_id)
    if totem is None:
        raise ProblemError(404, f"No totem {totem_id!r}.")
    merged = {**(totem.config or {}), **change.model_dump(exclude_none=True)}
    try:
        candidate = RemoteConfig(version=totem.config_version + 1, **merged)
    except ValidationError as exc:
        issues = [
            ValidationIssue(path=".".join(map(str, e["loc"])), message=e["msg"])
            for e in exc.errors()
        ]
        raise ProblemError(
            422, "Out of range.", type=ProblemType.INVALID_REQUEST, errors=issues
        ) from None
    totem.config = candidate.model_dump(exclude={"version"})
    totem.config_version = candidate.version
    session.commit()
    return candidate


def _table(title: str, headers: list[str], rows: list[list[object]]) -> str:
    head = "".join(f"<th scope='col'>{html.escape(h)}</th>" for h in headers)
    body = (
        "".join(
            "<tr>"
            + "".join(f"<td>{html.escape('' if c is None else str(c))}</td>" for c in r)
            + "</tr>"
            for r in rows
        )
        or f"<tr><td colspan='{len(headers)}'>—</td></tr>"
    )
    return (
        f"<h2>{html.escape(title)}</h2>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def _euro(cents: int) -> str:
    return f"€ {cents / 100:,.2f}".replace(",", "\u202f").replace(".", ",")


@page_router.get("/admin", response_class=HTMLResponse, include_in_schema=False)
def admin_page(session: SessionDep) -> HTMLResponse:
    """One plain page for the office: the fleet, then the latest of everything."""
    fleet = totems(session)
    sections = [
        _table(
            "Totem",
            ["Totem", "Ultimo contatto", "Versione", "Contenuti", "Coda", "Guasti"],
            [
                [
                    t.totem_id,
                    t.last_seen_at,
                    t.last_heartbeat.app_version if t.last_heartbeat else "",
                    t.last_heartbeat.content_version if t.last_heartbeat else "",
                    t.last_heartbeat.outbox_depth if t.last_heartbeat else "",
                    "; ".join(t.last_heartbeat.faults) if t.last_heartbeat else "",
                ]
                for t in fleet
            ],
        ),
        _table(
            "Pratiche e prenotazioni",
            ["Protocollo", "Tipo", "Modulo", "Servizio", "Totem", "Ricevuta"],
            [
                [s.protocol_number, s.kind, s.form_id, s.service_id, s.totem_id, s.received_at]
                for s in submissions(session, 50)
            ],
        ),
        _table(
            "Pagamenti pagoPA",
            ["Ricevuta", "Avviso", "Causale", "Importo", "Totem", "Pagato"],
            [
                [
                    p.receipt_number,
                    p.notice_code,
                    p.description,
                    _euro(p.amount_cents),
                    p.totem_id,
                    p.paid_at,
                ]
                for p in payments(session, 50)
            ],
        ),
        _table(
            "Segnalazioni",
            ["Numero", "Tipo", "Stato", "Descrizione", "Luogo", "Ricevuta"],
            [
                [
                    r.service_request_id,
                    r.service_name,
                    r.status,
                    r.description,
                    r.address or (f"{r.lat}, {r.long}" if r.lat is not None else ""),
                    r.requested_at,
                ]
                for r in reports(session, 50)
            ],
        ),
    ]
    page = f"""<!doctype html>
<html lang="it"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Spazio Città – amministrazione</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2rem; color: #1a1a1a; }}
table {{ border-collapse: collapse; width: 100%; margin-bottom: 2rem; font-size: .9rem; }}
th, td {{ border: 1px solid #bbb; padding: .3rem .5rem; text-align: left; vertical-align: top; }}
th {{ background: #eef2f7; }}
</style></head>
<body><h1>Spazio Città – amministrazione</h1>
{"".join(sections)}
<p>JSON: /api/v1/admin/submissions, /payments, /reports, /heartbeats · contratto: /openapi.json</p>
</body></html>"""
    return HTMLResponse(page)
