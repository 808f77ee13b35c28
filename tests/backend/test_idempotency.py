"""Idempotency-Key: replay, reuse with another payload, in progress, missing, races."""

from __future__ import annotations

import threading
from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from spaziocitta.backend.db import utcnow
from spaziocitta.backend.idempotency import fingerprint
from spaziocitta.backend.models import IdempotencyRecord, SubmissionRow
from spaziocitta.backend.seed import DEMO_TOTEM_ID
from spaziocitta.kiosk.contract.models import Submission

from .conftest import submission


def _count(app) -> int:  # type: ignore[no-untyped-def]
    with app.state.sessions() as session:
        return session.scalar(select(func.count()).select_from(SubmissionRow)) or 0


def test_same_key_same_payload_replays_the_first_answer(app, client, auth) -> None:  # type: ignore[no-untyped-def]
    headers = {**auth, "Idempotency-Key": "outbox-1"}
    first = client.post("/api/v1/submissions", json=submission(), headers=headers)
    again = client.post("/api/v1/submissions", json=submission(), headers=headers)
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert again.headers["idempotent-replayed"] == "true"
    assert "idempotent-replayed" not in first.headers
    assert _count(app) == 1


def test_key_order_of_the_payload_does_not_matter() -> None:
    assert fingerprint("POST", "/x", {"a": 1, "b": [1, 2]}) == fingerprint(
        "post", "/x", {"b": [1, 2], "a": 1}
    )
    assert fingerprint("POST", "/x", {"a": 1}) != fingerprint("POST", "/y", {"a": 1})


def test_same_key_other_payload_is_422(app, client, auth) -> None:  # type: ignore[no-untyped-def]
    headers = {**auth, "Idempotency-Key": "outbox-2"}
    assert client.post("/api/v1/submissions", json=submission(), headers=headers).status_code == 201
    other = client.post(
        "/api/v1/submissions", json=submission(local_receipt="T01-999"), headers=headers
    )
    assert other.status_code == 422
    assert other.json()["type"] == "urn:spaziocitta:problem:idempotency-key-reused"
    assert _count(app) == 1


def test_keys_are_per_totem(app, client, auth) -> None:  # type: ignore[no-untyped-def]
    from spaziocitta.backend.seed import set_totem_secret

    with app.state.sessions() as session:
        set_totem_secret(session, "second-totem", "s2")
        session.commit()
    other = {"Authorization": "Bearer second-totem.s2", "Idempotency-Key": "shared"}
    mine = {**auth, "Idempotency-Key": "shared"}
    a = client.post("/api/v1/submissions", json=submission(), headers=mine)
    b = client.post("/api/v1/submissions", json=submission(), headers=other)
    assert a.status_code == b.status_code == 201
    assert a.json()["protocol_number"] != b.json()["protocol_number"]


def _insert_in_progress(app, key: str, body, age: timedelta) -> None:  # type: ignore[no-untyped-def]
    with app.state.sessions() as session:
        session.add(
            IdempotencyRecord(
                totem_id=DEMO_TOTEM_ID,
                key=key,
                # The fingerprint covers the payload as the contract reads it.
                fingerprint=fingerprint(
                    "POST",
                    "/api/v1/submissions",
                    Submission.model_validate(body).model_dump(mode="json"),
                ),
                state="in_progress",
                created_at=utcnow() - age,
                updated_at=utcnow() - age,
            )
        )
        session.commit()


def test_a_retry_while_the_first_is_in_progress_is_409(app, client, auth) -> None:  # type: ignore[no-untyped-def]
    body = submission()
    _insert_in_progress(app, "busy", body, timedelta(seconds=1))
    response = client.post(
        "/api/v1/submissions", json=body, headers={**auth, "Idempotency-Key": "busy"}
    )
    assert response.status_code == 409
    assert response.json()["type"] == "urn:spaziocitta:problem:idempotency-in-progress"
    assert response.headers["retry-after"]
    assert _count(app) == 0


def test_an_abandoned_in_progress_key_is_taken_over(app, client, auth) -> None:  # type: ignore[no-untyped-def]
    body = submission()
    _insert_in_progress(app, "crashed", body, timedelta(hours=1))
    response = client.post(
        "/api/v1/submissions", json=body, headers={**auth, "Idempotency-Key": "crashed"}
    )
    assert response.status_code == 201
    assert _count(app) == 1


def test_the_key_is_required(client, auth) -> None:  # type: ignore[no-untyped-def]
    for path, body in (
        ("/api/v1/submissions", submission()),
        ("/api/v1/bookings", submission(kind="booking", slot_id="x")),
        ("/api/v1/pagopa/payments", {"notice_code": "0" * 18}),
    ):
        response = client.post(path, json=body, headers=auth)
        if path.endswith("payments"):
            assert response.status_code == 422  # the body is checked first
            continue
        assert response.status_code == 400, path
        assert response.json()["type"] == "urn:spaziocitta:problem:idempotency-key-missing"
    too_long = client.post(
        "/api/v1/submissions", json=submission(), headers={**auth, "Idempotency-Key": "k" * 300}
    )
    assert too_long.status_code == 400


def test_a_slow_first_request_makes_a_concurrent_retry_409(app, client, auth) -> None:  # type: ignore[no-untyped-def]
    executor = app.state.idempotency
    started, release = threading.Event(), threading.Event()
    original = executor._execute

    def slow_execute(record_id, handler):  # type: ignore[no-untyped-def]
        started.set()
        release.wait(10)
        return original(record_id, handler)

    executor._execute = slow_execute
    headers = {**auth, "Idempotency-Key": "slow"}
    results: list[int] = []
    first = threading.Thread(
        target=lambda: results.append(
            client.post("/api/v1/submissions", json=submission(), headers=headers).status_code
        )
    )
    first.start()
    assert started.wait(10)
    executor._execute = original
    retry = client.post("/api/v1/submissions", json=submission(), headers=headers)
    release.set()
    first.join(10)
    assert retry.status_code == 409
    assert results == [201]
    replay = client.post("/api/v1/submissions", json=submission(), headers=headers)
    assert replay.status_code == 201
    assert replay.headers["idempotent-replayed"] == "true"


def test_concurrent_requests_with_one_key_create_one_submission(app, auth) -> None:  # type: ignore[no-untyped-def]
    statuses: list[int] = []
    headers = {**auth, "Idempotency-Key": "race"}
    barrier = threading.Barrier(8)

    def send() -> None:
        with TestClient(app) as own:
            barrier.wait()
            statuses.append(
                own.post("/api/v1/submissions", json=submission(), headers=headers).status_code
            )

    threads = [threading.Thread(target=send) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert set(statuses) <= {201, 409}
    assert 201 in statuses
    assert _count(app) == 1


def test_a_refusal_is_replayed_too(client, auth) -> None:  # type: ignore[no-untyped-def]
    headers = {**auth, "Idempotency-Key": "full-slot"}
    body = submission(kind="booking", form_id="prenota-cie", service_id=None, slot_id="missing")
    first = client.post("/api/v1/bookings", json=body, headers=headers)
    again = client.post("/api/v1/bookings", json=body, headers=headers)
    assert first.status_code == again.status_code == 404
    assert again.headers["content-type"] == "application/problem+json"
    assert again.headers["idempotent-replayed"] == "true"
