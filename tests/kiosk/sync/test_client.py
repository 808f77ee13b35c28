"""The backend client maps every kind of answer (and non-answer) to an outbox outcome."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from spaziocitta.kiosk.config import BackendSection
from spaziocitta.kiosk.sync.client import BackendClient
from spaziocitta.kiosk.sync.outbox import Outgoing
from spaziocitta.kiosk.sync.relay import Acked, Rejected, Retry

ITEM = Outgoing(7, "application", "key-123", "TOTEM01-20261122-0001", {"form_id": "x"}, 0)
ACK = {"protocol_number": "PROT-2026-000042", "received_at": "2026-11-22T09:00:00Z"}


def deliver(handler, item: Outgoing = ITEM):  # type: ignore[no-untyped-def]
    seen: list[httpx.Request] = []

    def recording(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return handler(request)

    async def go():  # type: ignore[no-untyped-def]
        client = BackendClient(
            BackendSection(url="http://backend.test", totem_secret="s3cret"),
            "demo-totem-01",
            transport=httpx.MockTransport(recording),
        )
        await client.start()
        try:
            return await client.deliver(item)
        finally:
            await client.close()

    return asyncio.run(go()), seen


def test_created_is_acked_with_the_protocol_number_and_headers() -> None:
    outcome, [request] = deliver(lambda r: httpx.Response(201, json=ACK))
    assert outcome == Acked("PROT-2026-000042")
    assert request.url.path == "/api/v1/submissions"
    assert request.headers["Idempotency-Key"] == "key-123"
    assert request.headers["Authorization"] == "Bearer demo-totem-01.s3cret"
    assert json.loads(request.content) == {"form_id": "x"}


def test_payment_is_acked_with_the_receipt_number() -> None:
    item = Outgoing(8, "payment", "k", "R", {}, 0)
    body = {"payment_id": "p1", "receipt_number": "RIC-9", "recorded_at": "2026-11-22T09:00:00Z"}
    outcome, [request] = deliver(lambda r: httpx.Response(201, json=body), item)
    assert outcome == Acked("RIC-9") and request.url.path == "/api/v1/pagopa/payments"


@pytest.mark.parametrize(
    ("response", "expected_type", "words"),
    [
        (
            httpx.Response(
                409,
                json={
                    "type": "urn:spaziocitta:problem:idempotency-in-progress",
                    "title": "busy",
                    "status": 409,
                },
            ),
            Retry,
            "409",
        ),
        (
            httpx.Response(
                409,
                json={
                    "type": "urn:spaziocitta:problem:already-paid",
                    "title": "paid",
                    "status": 409,
                },
            ),
            Rejected,
            "paid",
        ),
        (httpx.Response(422, json={"title": "different payload", "status": 422}), Rejected, "422"),
        (httpx.Response(400, json={"title": "bad", "status": 400}), Rejected, "400"),
        (httpx.Response(500, text="<html>oops</html>"), Retry, "500"),
        (httpx.Response(503, headers={"Retry-After": "30"}), Retry, "503"),
        (
            httpx.Response(401, json={"title": "unknown totem", "status": 401}),
            Retry,
            "unknown totem",
        ),
        (httpx.Response(201, text="{not json"), Retry, "contract"),
        (httpx.Response(201, json={"protocol_number": 42}), Retry, "protocol_number"),
        (httpx.Response(200, json=[]), Retry, "contract"),
    ],
)
def test_answers_map_to_outcomes(response: httpx.Response, expected_type: type, words: str) -> None:
    outcome, _ = deliver(lambda r: response)
    assert isinstance(outcome, expected_type)
    assert words in outcome.error


def test_fields_a_newer_backend_adds_are_ignored() -> None:
    outcome, _ = deliver(lambda r: httpx.Response(201, json={**ACK, "queue_position": 3}))
    assert outcome == Acked("PROT-2026-000042")


def test_retry_after_is_honoured() -> None:
    outcome, _ = deliver(lambda r: httpx.Response(503, headers={"Retry-After": "30"}))
    assert outcome == Retry("backend answered 503", 30.0)


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (httpx.ConnectTimeout("slow"), "did not answer in time"),
        (httpx.ReadTimeout("slow"), "did not answer in time"),
        (httpx.ConnectError("refused"), "unreachable"),
        (httpx.RemoteProtocolError("reset mid-body"), "unreachable"),
    ],
)
def test_network_failures_are_retried(error: Exception, words: str) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise error

    outcome, _ = deliver(fail)
    assert isinstance(outcome, Retry) and words in outcome.error


def slots(handler):  # type: ignore[no-untyped-def]
    async def go():  # type: ignore[no-untyped-def]
        client = BackendClient(
            BackendSection(url="http://backend.test", totem_secret="s3cret"),
            "demo-totem-01",
            transport=httpx.MockTransport(handler),
        )
        await client.start()
        try:
            return await client.slots("carta-identita-elettronica")
        finally:
            await client.close()

    return asyncio.run(go())


def test_slots_are_parsed_and_asked_for_by_service() -> None:
    body = [
        {
            "id": "cie-1",
            "service_id": "carta-identita-elettronica",
            "starts_at": "2026-11-23T08:30:00Z",
            "ends_at": "2026-11-23T08:50:00Z",
            "available": 1,
            "added_by_a_newer_backend": True,
        }
    ]
    seen: list[httpx.Request] = []
    found = slots(lambda r: seen.append(r) or httpx.Response(200, json=body))
    assert [s.id for s in found] == ["cie-1"] and found[0].available == 1
    assert seen[0].url.params["service_id"] == "carta-identita-elettronica"


@pytest.mark.parametrize(
    ("response", "words"),
    [
        (httpx.Response(200, content=b"<html>"), "not JSON"),
        (httpx.Response(200, json={"id": 1}), "not a list"),
        (httpx.Response(200, json=[{"id": "x", "available": -3}]), "in a slot"),
        (httpx.Response(503, json={"title": "down"}), "down"),
    ],
)
def test_unusable_slot_answers_are_errors_with_reasons(
    response: httpx.Response, words: str
) -> None:
    from spaziocitta.kiosk.sync.client import BackendError

    with pytest.raises(BackendError, match=words):
        slots(lambda r: response)
