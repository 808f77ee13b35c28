"""Submissions get protocol numbers; bookings take a place in a slot, atomically."""

from __future__ import annotations

import threading

from fastapi.testclient import TestClient
from sqlalchemy import select

from spaziocitta.backend.models import BookingSlotRow

from .conftest import key, submission


def test_submissions_get_increasing_protocol_numbers(client, auth) -> None:  # type: ignore[no-untyped-def]
    numbers = []
    for _ in range(3):
        response = client.post("/api/v1/submissions", json=submission(), headers={**auth, **key()})
        assert response.status_code == 201
        ack = response.json()
        assert set(ack) == {"protocol_number", "received_at"}
        numbers.append(ack["protocol_number"])
    assert numbers == sorted(numbers)
    assert len(set(numbers)) == 3
    assert numbers[0].startswith("PG-")


def test_unknown_forms_and_bad_bodies_are_422_problems(client, auth) -> None:  # type: ignore[no-untyped-def]
    unknown = client.post(
        "/api/v1/submissions", json=submission(form_id="no-such-form"), headers={**auth, **key()}
    )
    assert unknown.status_code == 422
    assert unknown.json()["type"] == "urn:spaziocitta:problem:unknown-form"
    bad = client.post(
        "/api/v1/submissions", json=submission(kind="other", extra=1), headers={**auth, **key()}
    )
    assert bad.status_code == 422
    assert bad.headers["content-type"] == "application/problem+json"
    paths = {issue["path"] for issue in bad.json()["errors"]}
    assert {"body.kind", "body.extra"} <= paths
    booking = client.post(
        "/api/v1/submissions", json=submission(kind="booking"), headers={**auth, **key()}
    )
    assert booking.status_code == 422


def test_a_report_form_also_becomes_an_open311_request(client, auth) -> None:  # type: ignore[no-untyped-def]
    body = submission(
        kind="report",
        form_id="segnalazione",
        service_id="segnalazione-illuminazione",
        answers={"description": "Lampione spento", "lat": 45.07, "long": 7.68},
    )
    assert (
        client.post("/api/v1/submissions", json=body, headers={**auth, **key()}).status_code == 201
    )
    listed = client.get("/open311/v2/requests.json").json()
    assert listed[0]["description"] == "Lampione spento"
    assert listed[0]["lat"] == 45.07


def _slots(client, auth, service_id: str = "carta-identita-elettronica"):  # type: ignore[no-untyped-def]
    response = client.get("/api/v1/bookings/slots", params={"service_id": service_id}, headers=auth)
    assert response.status_code == 200
    return response.json()


def test_slots_of_a_service(client, auth) -> None:  # type: ignore[no-untyped-def]
    slots = _slots(client, auth)
    assert len(slots) > 20
    assert all(s["service_id"] == "carta-identita-elettronica" for s in slots)
    assert [s["starts_at"] for s in slots] == sorted(s["starts_at"] for s in slots)
    assert any(s["available"] == 0 for s in slots)  # the demo's first day is full
    assert _slots(client, auth, "no-such-service") == []
    rooms = _slots(client, auth, "prenotazione-sale-quartiere")
    assert {s["place_id"] for s in rooms} == {"cdq-san-rocco", "cdq-borgo-nuovo"}


def _book(client, auth, slot_id: str, **overrides):  # type: ignore[no-untyped-def]
    body = submission(
        kind="booking",
        form_id="prenota-cie",
        service_id="carta-identita-elettronica",
        slot_id=slot_id,
        answers={"nome": "Luca"},
    )
    body.update(overrides)
    return client.post("/api/v1/bookings", json=body, headers={**auth, **key()})


def test_booking_takes_a_place_and_a_full_slot_is_409(client, auth) -> None:  # type: ignore[no-untyped-def]
    slot = next(s for s in _slots(client, auth) if s["available"] == 1)
    booked = _book(client, auth, slot["id"])
    assert booked.status_code == 201
    ack = booked.json()
    assert set(ack) == {"protocol_number", "received_at"}
    assert ack["protocol_number"].startswith("PG-")
    full = _book(client, auth, slot["id"])
    assert full.status_code == 409
    assert full.json()["type"] == "urn:spaziocitta:problem:slot-full"
    assert next(s for s in _slots(client, auth) if s["id"] == slot["id"])["available"] == 0


def test_booking_errors(client, auth) -> None:  # type: ignore[no-untyped-def]
    assert _book(client, auth, "no-such-slot").status_code == 404
    slot = next(s for s in _slots(client, auth) if s["available"])
    assert _book(client, auth, slot["id"], service_id="mensa-scolastica").status_code == 422
    assert _book(client, auth, slot["id"], kind="application").status_code == 422


def test_the_last_place_goes_to_exactly_one_of_many_racing_totems(app, auth) -> None:  # type: ignore[no-untyped-def]
    with app.state.sessions() as session:
        slot = session.scalars(
            select(BookingSlotRow).where(BookingSlotRow.service_id == "orientamento-nuovi-arrivati")
        ).first()
        slot.available = 1
        session.commit()
        slot_id = slot.id
    statuses: list[int] = []
    barrier = threading.Barrier(6)

    def book() -> None:
        with TestClient(app) as own:
            barrier.wait()
            response = _book(
                own,
                auth,
                slot_id,
                form_id="incontro-orientamento",
                service_id="orientamento-nuovi-arrivati",
            )
            statuses.append(response.status_code)

    threads = [threading.Thread(target=book) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(statuses) == [201] + [409] * 5
