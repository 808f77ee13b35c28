"""pagoPA: notice codes, verification, payment, receipt, and never charging twice."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from spaziocitta.backend.models import NoticeRow
from spaziocitta.backend.seed import PAYEE_FISCAL_CODE
from spaziocitta.kiosk.contract.pagopa import (
    check_digits,
    format_notice_code,
    is_valid_ente_fiscal_code,
    is_valid_notice_code,
    notice_code,
)

from .conftest import key


def test_field_notes_worked_example() -> None:
    assert check_digits("3007157000000000") == "32"
    assert notice_code(3, "007157000000000") == "300715700000000032"
    assert is_valid_notice_code("3007 1570 0000 0000 32")
    assert not is_valid_notice_code("300715700000000033")
    assert not is_valid_notice_code("900715700000000032")
    assert not is_valid_notice_code("30071570000000003")
    assert format_notice_code("300715700000000032") == "3007 1570 0000 0000 32"
    with pytest.raises(ValueError):
        notice_code(3, "123")


def _notices(app) -> list[NoticeRow]:  # type: ignore[no-untyped-def]
    with app.state.sessions() as session:
        return list(session.scalars(select(NoticeRow).order_by(NoticeRow.id)))


def test_seeded_notices_are_valid_and_varied(app) -> None:  # type: ignore[no-untyped-def]
    notices = _notices(app)
    assert len(notices) >= 30
    assert all(is_valid_notice_code(n.notice_code) for n in notices)
    assert {n.notice_code[0] for n in notices} == {"0", "1", "2", "3"}
    assert {n.status for n in notices} == {"payable", "paid", "expired"}
    assert is_valid_ente_fiscal_code(PAYEE_FISCAL_CODE)
    assert len({n.notice_code for n in notices}) == len(notices)


def _first(app, status: str, aux: str = "3") -> NoticeRow:  # type: ignore[no-untyped-def]
    return next(n for n in _notices(app) if n.status == status and n.notice_code[0] == aux)


def _verify(client, auth, code: str, payee: str = PAYEE_FISCAL_CODE):  # type: ignore[no-untyped-def]
    return client.get(f"/api/v1/pagopa/notices/{code}", params={"payee": payee}, headers=auth)


def test_verify_a_notice(app, client, auth) -> None:  # type: ignore[no-untyped-def]
    notice = _first(app, "payable")
    body = _verify(client, auth, notice.notice_code).json()
    assert body["notice_code"] == notice.notice_code
    assert body["payee_fiscal_code"] == PAYEE_FISCAL_CODE
    assert body["payee_name"] == "Comune di Borgo Esempio"
    assert body["amount_cents"] == notice.amount_cents
    assert body["status"] == "payable"
    assert body["due_date"] == notice.due_date.isoformat()


def test_verify_errors(app, client, auth) -> None:  # type: ignore[no-untyped-def]
    unknown = notice_code(3, "99" + "0" * 13)
    assert _verify(client, auth, unknown).status_code == 404
    assert _verify(client, auth, unknown).headers["content-type"] == "application/problem+json"
    notice = _first(app, "payable")
    assert _verify(client, auth, notice.notice_code, "00000000000").status_code == 404
    bad_check = notice.notice_code[:16] + f"{(int(notice.notice_code[16:]) + 1) % 93:02d}"
    wrong = _verify(client, auth, bad_check)
    assert wrong.status_code == 422
    assert wrong.json()["type"] == "urn:spaziocitta:problem:invalid-notice-code"
    assert _verify(client, auth, "12345").status_code == 422


def _payment(notice: NoticeRow, **overrides):  # type: ignore[no-untyped-def]
    body = {
        "notice_code": notice.notice_code,
        "payee_fiscal_code": notice.payee_fiscal_code,
        "amount_cents": notice.amount_cents,
        "fee_cents": 100,
        "paid_at": datetime(2026, 11, 21, 9, 0, tzinfo=UTC).isoformat(),
        "terminal_ref": "POS-0001-000042",
        "auth_code": "A1B2C3",
        "local_receipt": "T01-000777",
    }
    body.update(overrides)
    return body


def test_pay_then_receipt_then_never_twice(app, client, auth) -> None:  # type: ignore[no-untyped-def]
    notice = _first(app, "payable")
    headers = {**auth, "Idempotency-Key": "pay-1"}
    paid = client.post("/api/v1/pagopa/payments", json=_payment(notice), headers=headers)
    assert paid.status_code == 201
    ack = paid.json()
    assert ack["receipt_number"].startswith("RC-")
    assert _verify(client, auth, notice.notice_code).json()["status"] == "paid"

    replay = client.post("/api/v1/pagopa/payments", json=_payment(notice), headers=headers)
    assert replay.status_code == 201
    assert replay.json() == ack
    assert replay.headers["idempotent-replayed"] == "true"

    twice = client.post("/api/v1/pagopa/payments", json=_payment(notice), headers={**auth, **key()})
    assert twice.status_code == 409
    assert twice.json()["type"] == "urn:spaziocitta:problem:already-paid"

    receipt = client.get(f"/api/v1/pagopa/payments/{ack['payment_id']}/receipt", headers=auth)
    assert receipt.status_code == 200
    body = receipt.json()
    assert body["receipt_number"] == ack["receipt_number"]
    assert body["notice"]["status"] == "paid"
    assert body["amount_cents"] == notice.amount_cents
    assert body["fee_cents"] == 100
    missing = client.get("/api/v1/pagopa/payments/nope/receipt", headers=auth)
    assert missing.status_code == 404


def test_paid_and_expired_notices_are_refused(app, client, auth) -> None:  # type: ignore[no-untyped-def]
    paid = client.post(
        "/api/v1/pagopa/payments", json=_payment(_first(app, "paid")), headers={**auth, **key()}
    )
    assert paid.status_code == 409
    expired = client.post(
        "/api/v1/pagopa/payments", json=_payment(_first(app, "expired")), headers={**auth, **key()}
    )
    assert expired.status_code == 409
    assert expired.json()["type"] == "urn:spaziocitta:problem:notice-expired"


def test_amount_must_match(app, client, auth) -> None:  # type: ignore[no-untyped-def]
    notice = _first(app, "payable")
    response = client.post(
        "/api/v1/pagopa/payments",
        json=_payment(notice, amount_cents=notice.amount_cents - 1),
        headers={**auth, **key()},
    )
    assert response.status_code == 422
    assert response.json()["type"] == "urn:spaziocitta:problem:amount-mismatch"
    assert _verify(client, auth, notice.notice_code).json()["status"] == "payable"


def test_no_card_data_is_accepted(app, client, auth) -> None:  # type: ignore[no-untyped-def]
    body = _payment(_first(app, "payable"), pan="4111111111111111")
    response = client.post("/api/v1/pagopa/payments", json=body, headers={**auth, **key()})
    assert response.status_code == 422
