"""pagoPA: verify a notice, record a payment taken at the totem, fetch its receipt.

Never charge twice: the kiosk verifies before charging, the payment is sent
with an Idempotency-Key (a retry replays the first answer), and a payment
of a notice already paid under another key is refused with 409 — enforced by
a conditional UPDATE and a unique constraint on the notice.
"""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Header, Path, Query, Request
from fastapi.responses import JSONResponse
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from spaziocitta.kiosk.contract.models import (
    IDEMPOTENCY_KEY_HEADER,
    Notice,
    PaymentAck,
    PaymentReceipt,
    PaymentRecord,
    ProblemType,
)
from spaziocitta.kiosk.contract.pagopa import is_valid_notice_code

from .auth import SessionDep, TotemDep
from .db import as_utc, utcnow
from .idempotency import fingerprint
from .models import NoticeRow, PaymentRow
from .openapi_doc import idempotent_created
from .problems import ProblemError, problems

router = APIRouter(prefix="/pagopa", tags=["pagopa"])

NoticeCodePath = Annotated[
    str, Path(pattern=r"^[0-9]{18}$", description="codice avviso, 18 digits")
]
PayeeQuery = Annotated[
    str, Query(pattern=r"^[0-9]{11}$", description="the payee's codice fiscale (11 digits)")
]


def notice_model(row: NoticeRow) -> Notice:
    """The contract's view of a notice row."""
    return Notice(
        notice_code=row.notice_code,
        payee_fiscal_code=row.payee_fiscal_code,
        payee_name=row.payee_name,
        description=row.description,
        amount_cents=row.amount_cents,
        due_date=row.due_date,
        status=row.status,  # type: ignore[arg-type]
    )


def _find(session: Session, notice_code: str, payee: str) -> NoticeRow:
    if not is_valid_notice_code(notice_code):
        raise ProblemError(
            422,
            "The check digits of this notice code are wrong: mistyped or misread.",
            type=ProblemType.INVALID_NOTICE_CODE,
        )
    row = session.scalar(
        select(NoticeRow).where(
            NoticeRow.notice_code == notice_code, NoticeRow.payee_fiscal_code == payee
        )
    )
    if row is None:
        raise ProblemError(
            404, "No notice with this code for this payee.", type=ProblemType.NOT_FOUND
        )
    return row


@router.get("/notices/{notice_code}", response_model=Notice, responses=problems(401, 404, 422))
def verify_notice(
    session: SessionDep, _totem: TotemDep, notice_code: NoticeCodePath, payee: PayeeQuery
) -> Notice:
    """Verify a notice before charging: payee, description, amount, due date, status."""
    return notice_model(_find(session, notice_code, payee))


def _pay(session: Session, totem_id: str, record: PaymentRecord) -> tuple[int, PaymentAck]:
    notice = _find(session, record.notice_code, record.payee_fiscal_code)
    if notice.status == "expired":
        raise ProblemError(
            409, "This notice has expired and cannot be paid.", type=ProblemType.NOTICE_EXPIRED
        )
    if record.amount_cents != notice.amount_cents:
        raise ProblemError(
            422,
            f"The notice is for {notice.amount_cents} cents, not {record.amount_cents}.",
            type=ProblemType.AMOUNT_MISMATCH,
        )
    # Conditional UPDATE: of two concurrent payments only one flips payable → paid.
    flipped = session.execute(
        update(NoticeRow)
        .where(NoticeRow.id == notice.id, NoticeRow.status == "payable")
        .values(status="paid")
    )
    if flipped.rowcount != 1:  # type: ignore[attr-defined]
        raise ProblemError(
            409,
            "This notice is already paid: it must not be charged again.",
            type=ProblemType.ALREADY_PAID,
            title="Already paid",
        )
    row = PaymentRow(
        payment_id=uuid.uuid4().hex,
        notice_id=notice.id,
        totem_id=totem_id,
        amount_cents=record.amount_cents,
        fee_cents=record.fee_cents,
        paid_at=record.paid_at,
        terminal_ref=record.terminal_ref,
        auth_code=record.auth_code,
        local_receipt=record.local_receipt,
        recorded_at=utcnow(),
    )
    session.add(row)
    session.flush()
    row.receipt_number = f"RC-{row.recorded_at.year}-{row.id:06d}"
    return 201, PaymentAck(
        payment_id=row.payment_id,
        receipt_number=row.receipt_number,
        recorded_at=as_utc(row.recorded_at),
    )


@router.post(
    "/payments",
    status_code=201,
    response_model=PaymentAck,
    responses=idempotent_created(PaymentAck) | problems(400, 401, 404, 409, 422),
)
def record_payment(
    request: Request,
    record: PaymentRecord,
    totem: TotemDep,
    idempotency_key: Annotated[
        str | None,
        Header(alias=IDEMPOTENCY_KEY_HEADER, description="Required: one key per charge."),
    ] = None,
) -> JSONResponse:
    """Record a payment taken at the card terminal; the notice becomes paid."""
    request_print = fingerprint("POST", request.url.path, record.model_dump(mode="json"))
    return request.app.state.idempotency.run(
        totem.id, idempotency_key, request_print, lambda session: _pay(session, totem.id, record)
    )


@router.get(
    "/payments/{payment_id}/receipt",
    response_model=PaymentReceipt,
    responses=problems(401, 404),
)
def payment_receipt(
    session: SessionDep,
    _totem: TotemDep,
    payment_id: Annotated[str, Path(min_length=1, max_length=40)],
) -> PaymentReceipt:
    """What the receipt of a recorded payment shows, for a reprint."""
    row = session.scalar(select(PaymentRow).where(PaymentRow.payment_id == payment_id))
    if row is None or row.receipt_number is None:
        raise ProblemError(404, "No payment with this id.", type=ProblemType.NOT_FOUND)
    notice = session.get(NoticeRow, row.notice_id)
    assert notice is not None  # a foreign key
    return PaymentReceipt(
        payment_id=row.payment_id,
        receipt_number=row.receipt_number,
        notice=notice_model(notice),
        amount_cents=row.amount_cents,
        fee_cents=row.fee_cents,
        paid_at=as_utc(row.paid_at),
        terminal_ref=row.terminal_ref,
    )
