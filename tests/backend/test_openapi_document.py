"""backend/openapi.json is the committed contract: current, complete, strict where it must be."""

from __future__ import annotations

from spaziocitta.backend.cli import main
from spaziocitta.backend.openapi_doc import DOCUMENT_PATH, render


def test_committed_document_is_current(app) -> None:  # type: ignore[no-untyped-def]
    assert DOCUMENT_PATH.read_text(encoding="utf-8") == render(app), (
        "backend/openapi.json is stale: run `kiosk-backend openapi`"
    )
    assert main(["openapi", "--check"]) == 0


def test_document_covers_the_contract(app) -> None:  # type: ignore[no-untyped-def]
    document = app.openapi()
    assert document["openapi"].startswith("3.1")
    paths = document["paths"]
    for path in (
        "/api/v1/content/info",
        "/api/v1/content/pack",
        "/api/v1/submissions",
        "/api/v1/bookings/slots",
        "/api/v1/bookings",
        "/api/v1/pagopa/notices/{notice_code}",
        "/api/v1/pagopa/payments",
        "/api/v1/pagopa/payments/{payment_id}/receipt",
        "/api/v1/heartbeat",
        "/api/v1/telemetry",
        "/api/v1/config",
        "/open311/v2/services.json",
        "/open311/v2/services/{service_code}.json",
        "/open311/v2/requests.json",
    ):
        assert path in paths, path
    for path in ("/api/v1/submissions", "/api/v1/bookings", "/api/v1/pagopa/payments"):
        operation = paths[path]["post"]
        [idem] = [p for p in operation["parameters"] if p["name"] == "Idempotency-Key"]
        assert idem["required"] is True
        assert "Idempotent-Replayed" in operation["responses"]["201"]["headers"]
        for status in ("400", "409", "422"):
            assert list(operation["responses"][status]["content"]) == ["application/problem+json"]
    post = paths["/open311/v2/requests.json"]["post"]
    assert "application/x-www-form-urlencoded" in post["requestBody"]["content"]
    schemes = document["components"]["securitySchemes"]
    assert schemes["TotemToken"] == {
        "type": "http",
        "scheme": "bearer",
        "description": schemes["TotemToken"]["description"],
    }
    assert "HTTPValidationError" not in document["components"]["schemas"]
