"""The public tracking page behind a receipt's QR code: status and protocol, nothing personal."""

from __future__ import annotations

from .conftest import key, submission


def test_a_received_request_shows_its_protocol_and_nothing_personal(client, auth) -> None:  # type: ignore[no-untyped-def]
    body = submission(local_receipt="DEMO01-20261122-0007")
    body["answers"] = {**body["answers"], "cognome": "MARKERSURNAME"}
    created = client.post("/api/v1/submissions", json=body, headers={**auth, **key()})
    assert created.status_code == 201
    protocol = created.json()["protocol_number"]
    page = client.get("/track/DEMO01-20261122-0007")  # public: no token
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert protocol in page.text and "Ricevuta dal Comune" in page.text
    assert "MARKERSURNAME" not in page.text


def test_a_request_not_yet_arrived_says_so(client) -> None:  # type: ignore[no-untyped-def]
    page = client.get("/track/DEMO01-20261122-0999")
    assert page.status_code == 404 and "non è ancora arrivata" in page.text


def test_hostile_receipt_numbers_are_refused_before_any_lookup(client) -> None:  # type: ignore[no-untyped-def]
    for bad in ("<script>alert(1)</script>", "x" * 41, "a'b"):
        page = client.get(f"/track/{bad}")
        assert page.status_code in (404, 422), bad
        # A problem document (JSON) may quote the path; an HTML page never echoes it.
        assert (
            not page.headers["content-type"].startswith("text/html") or "<script>" not in page.text
        )
