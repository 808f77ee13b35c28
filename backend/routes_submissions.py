"""Form submissions and bookings: each gets a protocol number, at most once per key."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Annotated

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import JSONResponse
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from spaziocitta.kiosk.contract.models import (
    IDEMPOTENCY_KEY_HEADER,
    BookingSlot,
    ProblemType,
    Submission,
    SubmissionAck,
)

from .auth import SessionDep, TotemDep
from .db import as_utc, utcnow
from .idempotency import fingerprint
from .models import BookingSlotRow, Open311ServiceRow, ServiceRequestRow, SubmissionRow
from .openapi_doc import idempotent_created
from .problems import ProblemError, problems

router = APIRouter(tags=["submissions"])

IdempotencyKey = Annotated[
    str | None,
    Header(
        alias=IDEMPOTENCY_KEY_HEADER,
        description="Required: a unique key per submission (the outbox row's id).",
    ),
]


def protocol_number(row_id: int, at: datetime) -> str:
    """The municipality's register number: PG-<year>-<6 digits>, from the row id (no race)."""
    return f"PG-{at.year}-{row_id:06d}"


def _slot_model(row: BookingSlotRow) -> BookingSlot:
    return BookingSlot(
        id=row.id,
        service_id=row.service_id,
        place_id=row.place_id,
        starts_at=as_utc(row.starts_at),
        ends_at=as_utc(row.ends_at),
        available=row.available,
    )


def _check_form(request: Request, submission: Submission) -> None:
    pack = request.app.state.pack
    if submission.form_id not in pack.form_ids():
        raise ProblemError(
            422,
            f"The published content pack has no form {submission.form_id!r}.",
            type=ProblemType.UNKNOWN_FORM,
        )
    if submission.service_id is not None and submission.service_id not in pack.service_ids():
        raise ProblemError(
            422,
            f"The published content pack has no service {submission.service_id!r}.",
            type=ProblemType.UNKNOWN_FORM,
        )


def _store(session: Session, totem_id: str, submission: Submission) -> SubmissionRow:
    row = SubmissionRow(
        totem_id=totem_id,
        kind=submission.kind,
        form_id=submission.form_id,
        service_id=submission.service_id,
        slot_id=submission.slot_id,
        local_receipt=submission.local_receipt,
        language=submission.language,
        answers=submission.model_dump(mode="json")["answers"],
        submitted_at=submission.submitted_at,
        received_at=utcnow(),
    )
    session.add(row)
    session.flush()  # the id makes the protocol number
    row.protocol_number = protocol_number(row.id, row.received_at)
    return row


def _text(answers: dict[str, object], *names: str) -> str:
    for name in names:
        value = answers.get(name)
        if isinstance(value, str) and value:
            return value
    return ""


def _coordinate(answers: dict[str, object], name: str) -> float | None:
    value = answers.get(name)
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _bridge_report(session: Session, totem_id: str, submission: Submission) -> None:
    """A report sent as a form also becomes an Open311 request, so the office sees one list."""
    if submission.service_id is None:
        return
    if session.get(Open311ServiceRow, submission.service_id) is None:
        return
    answers = submission.answers
    session.add(
        ServiceRequestRow(
            service_code=submission.service_id,
            totem_id=totem_id,
            description=_text(answers, "description", "descrizione")[:4000],
            address=_text(answers, "address_string", "address", "indirizzo")[:500],
            lat=_coordinate(answers, "lat"),
            long=_coordinate(answers, "long"),
            attributes={},
            contact={},
            requested_at=utcnow(),
            updated_at=utcnow(),
        )
    )


@router.post(
    "/submissions",
    status_code=201,
    response_model=SubmissionAck,
    responses=idempotent_created(SubmissionAck) | problems(400, 401, 409, 422),
)
def post_submission(
    request: Request,
    submission: Submission,
    totem: TotemDep,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    """Take a form (kind application or report) and answer its protocol number."""
    if submission.kind == "booking":
        raise ProblemError(
            422,
            "Bookings go to POST /api/v1/bookings (they take a slot).",
            type=ProblemType.INVALID_REQUEST,
        )
    _check_form(request, submission)

    def handler(session: Session) -> tuple[int, SubmissionAck]:
        row = _store(session, totem.id, submission)
        if submission.kind == "report":
            _bridge_report(session, totem.id, submission)
        assert row.protocol_number is not None
        return 201, SubmissionAck(
            protocol_number=row.protocol_number, received_at=as_utc(row.received_at)
        )

    request_print = fingerprint("POST", request.url.path, submission.model_dump(mode="json"))
    return request.app.state.idempotency.run(totem.id, idempotency_key, request_print, handler)


@router.get("/bookings/slots", response_model=list[BookingSlot], responses=problems(401, 422))
def list_slots(
    session: SessionDep,
    _totem: TotemDep,
    service_id: Annotated[str, Query(min_length=1, max_length=120)],
    date_from: Annotated[date | None, Query(alias="from")] = None,
    days: Annotated[int, Query(ge=1, le=92)] = 31,
) -> list[BookingSlot]:
    """A service's future slots (full ones too, with available 0), by start time."""
    start = datetime.combine(date_from, time.min, tzinfo=utcnow().tzinfo) if date_from else utcnow()
    try:
        end = start + timedelta(days=days)
    except OverflowError:  # from=9999-12-31: nothing is booked that late anyway
        return []
    rows = session.scalars(
        select(BookingSlotRow)
        .where(
            BookingSlotRow.service_id == service_id,
            BookingSlotRow.starts_at >= start,
            BookingSlotRow.starts_at < end,
        )
        .order_by(BookingSlotRow.starts_at, BookingSlotRow.id)
    )
    return [_slot_model(row) for row in rows]


@router.post(
    "/bookings",
    status_code=201,
    response_model=SubmissionAck,
    responses=idempotent_created(SubmissionAck) | problems(400, 401, 404, 409, 422),
)
def post_booking(
    request: Request,
    submission: Submission,
    totem: TotemDep,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    """Book a slot (a Submission of kind booking with slot_id): 409 when the slot is full."""
    if submission.kind != "booking" or not submission.slot_id:
        raise ProblemError(
            422,
            "A booking is a Submission with kind 'booking' and a slot_id.",
            type=ProblemType.INVALID_REQUEST,
        )
    _check_form(request, submission)
    slot_id = submission.slot_id

    def handler(session: Session) -> tuple[int, SubmissionAck]:
        slot = session.get(BookingSlotRow, slot_id)
        if slot is None:
            raise ProblemError(404, f"No slot {slot_id!r}.", type=ProblemType.NOT_FOUND)
        if submission.service_id is not None and submission.service_id != slot.service_id:
            raise ProblemError(
                422,
                f"Slot {slot_id!r} belongs to service {slot.service_id!r}.",
                type=ProblemType.INVALID_REQUEST,
            )
        # One conditional UPDATE: atomic on SQLite and PostgreSQL alike, so two
        # totems racing for the last place cannot both get it.
        taken = session.execute(
            update(BookingSlotRow)
            .where(BookingSlotRow.id == slot_id, BookingSlotRow.available > 0)
            .values(available=BookingSlotRow.available - 1)
        )
        if taken.rowcount != 1:  # type: ignore[attr-defined]
            raise ProblemError(
                409, f"Slot {slot_id!r} is full.", type=ProblemType.SLOT_FULL, title="Slot full"
            )
        row = _store(session, totem.id, submission)
        assert row.protocol_number is not None
        # A SubmissionAck like any form: the kiosk's outbox parses every ack the same way.
        return 201, SubmissionAck(
            protocol_number=row.protocol_number, received_at=as_utc(row.received_at)
        )

    request_print = fingerprint("POST", request.url.path, submission.model_dump(mode="json"))
    return request.app.state.idempotency.run(totem.id, idempotency_key, request_print, handler)
