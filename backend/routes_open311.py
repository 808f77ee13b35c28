"""Open311 GeoReport v2 (JSON format): services, service definitions, service requests.

Paths, parameters and field names follow the GeoReport v2 specification so
that existing Open311 apps and libraries work against a municipality's
backend. Reading is public, as in the specification; POST requests.json needs
the totem's token, as the ``api_key`` field or as the Bearer header.
"""

from __future__ import annotations

import copy
import re
from datetime import datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Path, Query, Request
from fastapi.responses import JSONResponse
from sqlalchemy import select
from sqlalchemy.orm import Session

from spaziocitta.kiosk.contract.models import (
    IDEMPOTENCY_KEY_HEADER,
    OPEN311_PREFIX,
    Open311Attribute,
    Open311Request,
    Open311RequestCreated,
    Open311Service,
    Open311ServiceDefinition,
    Open311ServiceRequestForm,
)

from .auth import SessionDep, authenticate_token
from .db import as_utc, utcnow
from .idempotency import fingerprint
from .models import Open311ServiceRow, ServiceRequestRow
from .open311_form import CONTACT_FIELDS, ParsedRequest, check_attributes, parse_form
from .problems import ProblemError, open311_errors

router = APIRouter(prefix=OPEN311_PREFIX, tags=["open311"])

Jurisdiction = Annotated[
    str | None, Query(description="Accepted and ignored: one backend, one municipality.")
]
DEFAULT_WINDOW = timedelta(days=90)
MAX_LISTED = 1000
"""GeoReport v2: without dates, the last 90 days and at most 1000 requests."""


def service_model(row: Open311ServiceRow) -> Open311Service:
    """An entry of services.json."""
    return Open311Service(
        service_code=row.code,
        service_name=row.name,
        description=row.description,
        metadata=bool(row.attributes),
        keywords=row.keywords,
        group=row.group,
    )


def request_model(row: ServiceRequestRow, service: Open311ServiceRow | None) -> Open311Request:
    """A request as requests.json lists it: no contact details."""
    return Open311Request(
        service_request_id=row.public_id,
        status=row.status,  # type: ignore[arg-type]
        status_notes=row.status_notes,
        service_code=row.service_code,
        service_name=service.name if service else "",
        description=row.description,
        agency_responsible=service.agency if service else "",
        requested_datetime=as_utc(row.requested_at),
        updated_datetime=as_utc(row.updated_at),
        address=row.address,
        address_id=row.address_id,
        lat=row.lat,
        long=row.long,
        media_url=row.media_url,
    )


@router.get("/services.json", response_model=list[Open311Service])
def list_services(session: SessionDep, jurisdiction_id: Jurisdiction = None) -> list[Any]:
    """The kinds of problem that can be reported."""
    rows = session.scalars(select(Open311ServiceRow).order_by(Open311ServiceRow.position))
    return [service_model(row) for row in rows]


@router.get(
    "/services/{service_code}.json",
    response_model=Open311ServiceDefinition,
    responses=open311_errors(404),
)
def service_definition(
    session: SessionDep,
    service_code: Annotated[str, Path(min_length=1, max_length=80)],
    jurisdiction_id: Jurisdiction = None,
) -> Open311ServiceDefinition:
    """The questions (attributes) a report of this service asks."""
    row = session.get(Open311ServiceRow, service_code)
    if row is None:
        raise ProblemError(404, f"service_code {service_code!r} not found")
    return Open311ServiceDefinition(
        service_code=row.code,
        attributes=[Open311Attribute.model_validate(a) for a in row.attributes],
    )


def _minus(moment: datetime, span: timedelta) -> datetime:
    """``moment - span``, clamped at the first representable instant (year 1 is a valid date)."""
    try:
        return moment - span
    except OverflowError:
        return datetime.min.replace(tzinfo=moment.tzinfo)


_REQUEST_ID = re.compile(r"^(?:SR-)?([0-9]{1,12})$", re.ASCII)


def _request_number(service_request_id: str) -> int | None:
    """The row id behind ``SR-000042`` (ASCII digits only: '²' is a digit to str.isdigit)."""
    match = _REQUEST_ID.match(service_request_id.strip())
    return int(match.group(1)) if match else None


def _csv(value: str | None) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()] if value else []


@router.get("/requests.json", response_model=list[Open311Request], responses=open311_errors(400))
def list_requests(
    session: SessionDep,
    *,
    jurisdiction_id: Jurisdiction = None,
    service_request_id: Annotated[str | None, Query(max_length=2000)] = None,
    service_code: Annotated[str | None, Query(max_length=2000)] = None,
    start_date: datetime | None = None,
    end_date: datetime | None = None,
    status: Annotated[str | None, Query(pattern=r"^(open|closed)(,(open|closed))*$")] = None,
) -> list[Any]:
    """Reports, newest first: by ids (the other filters then ignored), or filtered."""
    query = select(ServiceRequestRow, Open311ServiceRow).join(
        Open311ServiceRow, Open311ServiceRow.code == ServiceRequestRow.service_code
    )
    ids = _csv(service_request_id)
    if ids:
        numbers = [n for n in map(_request_number, ids) if n is not None]
        query = query.where(ServiceRequestRow.id.in_(numbers))
    else:
        end = end_date or utcnow()
        start = start_date or _minus(end, DEFAULT_WINDOW)
        query = query.where(
            ServiceRequestRow.requested_at >= start, ServiceRequestRow.requested_at <= end
        )
        if codes := _csv(service_code):
            query = query.where(ServiceRequestRow.service_code.in_(codes))
        if statuses := _csv(status):
            query = query.where(ServiceRequestRow.status.in_(statuses))
    query = query.order_by(ServiceRequestRow.id.desc()).limit(MAX_LISTED)
    return [request_model(row, service) for row, service in session.execute(query).all()]


@router.get(
    "/requests/{service_request_id}.json",
    response_model=list[Open311Request],
    responses=open311_errors(404),
)
def get_request(
    session: SessionDep,
    service_request_id: Annotated[str, Path(min_length=1, max_length=40)],
    jurisdiction_id: Jurisdiction = None,
) -> list[Any]:
    """One report (as a one-element list, per the specification)."""
    number = _request_number(service_request_id)
    row = session.get(ServiceRequestRow, number) if number is not None else None
    if row is None:
        raise ProblemError(404, f"service_request_id {service_request_id!r} not found")
    return [request_model(row, session.get(Open311ServiceRow, row.service_code))]


async def read_request_form(request: Request) -> ParsedRequest:
    """The POST form, read here because attribute[...] fields have no fixed names."""
    form = await request.form()
    items = [(k, v) for k, v in form.multi_items() if isinstance(v, str)]
    return parse_form(items)


def _form_schema() -> dict[str, Any]:
    """The form's schema for the document, without nulls (a form field is absent instead)."""
    schema = copy.deepcopy(Open311ServiceRequestForm.model_json_schema())
    for prop in schema["properties"].values():
        branches = prop.pop("anyOf", None)
        if branches:
            prop.update(next(b for b in branches if b.get("type") != "null"))
        prop.pop("default", None)
    schema["patternProperties"] = {
        r"^attribute\[[A-Za-z0-9_.-]{1,80}\](\[\])?$": {"type": "string", "maxLength": 4000}
    }
    return schema


def _authorize(session: Session, request: Request, parsed: ParsedRequest) -> str:
    token = parsed.form.api_key
    header = request.headers.get("authorization", "")
    if not token and header.lower().startswith("bearer "):
        token = header[7:].strip()
    totem = authenticate_token(session, token) if token else None
    if totem is None:
        raise ProblemError(403, "Invalid api_key")
    return totem.id


@router.post(
    "/requests.json",
    status_code=201,
    response_model=list[Open311RequestCreated],
    responses=open311_errors(400, 403),
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/x-www-form-urlencoded": {"schema": _form_schema()}},
        }
    },
)
def create_request(
    request: Request,
    session: SessionDep,
    parsed: Annotated[ParsedRequest, Depends(read_request_form)],
    idempotency_key: Annotated[
        str | None,
        Header(
            alias=IDEMPOTENCY_KEY_HEADER,
            description="Optional here (Open311 clients do not send it); the kiosk does.",
        ),
    ] = None,
) -> JSONResponse:
    """Report a problem; the answer carries the service_request_id."""
    totem_id = _authorize(session, request, parsed)
    service = session.get(Open311ServiceRow, parsed.form.service_code)
    if service is None:
        raise ProblemError(400, f"service_code {parsed.form.service_code!r} not found")
    definition = [Open311Attribute.model_validate(a) for a in service.attributes]
    attributes = check_attributes(definition, parsed.attributes)
    form = parsed.form
    contact = {name: getattr(form, name) for name in CONTACT_FIELDS if getattr(form, name)}

    def handler(work: Session) -> tuple[int, list[Open311RequestCreated]]:
        now = utcnow()
        row = ServiceRequestRow(
            service_code=service.code,
            totem_id=totem_id,
            description=form.description,
            lat=form.lat,
            long=form.long,
            address=form.address_string or "",
            address_id=form.address_id or "",
            media_url=form.media_url or "",
            attributes=attributes,
            contact=contact,
            requested_at=now,
            updated_at=now,
        )
        work.add(row)
        work.flush()
        notice = "Grazie: la segnalazione è stata presa in carico."
        return 201, [
            Open311RequestCreated(
                service_request_id=row.public_id, service_notice=notice, account_id=None
            )
        ]

    if idempotency_key is not None:
        request_print = fingerprint("POST", request.url.path, parsed.items)
        return request.app.state.idempotency.run(totem_id, idempotency_key, request_print, handler)
    with request.app.state.sessions() as work:
        status, body = handler(work)
        work.commit()
    return JSONResponse([b.model_dump(mode="json") for b in body], status_code=status)
