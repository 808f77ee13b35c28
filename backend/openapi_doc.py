"""The OpenAPI 3.1 document: FastAPI generates it from the routes; this fixes what it cannot say.

- error bodies are ``application/problem+json`` (FastAPI would say application/json);
- Idempotency-Key is *required* on the idempotent POSTs: the route declares it
  optional only to answer a missing key with the contract's 400 problem
  instead of FastAPI's 422.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel

from spaziocitta.kiosk.contract.models import (
    IDEMPOTENCY_KEY_HEADER,
    IDEMPOTENT_REPLAYED_HEADER,
    OPEN311_PREFIX,
    PROBLEM_MEDIA_TYPE,
)

DOCUMENT_PATH = Path(__file__).with_name("openapi.json")
PROBLEM_REF = "#/components/schemas/Problem"
FASTAPI_422 = "#/components/schemas/HTTPValidationError"
OPEN311_400 = {
    "description": "Bad Request (GeoReport v2 error list)",
    "content": {
        "application/json": {
            "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Open311Error"}}
        }
    },
}


def idempotent_created(model: type[BaseModel]) -> dict[int | str, dict[str, Any]]:
    """The 201 entry of an idempotent POST: also says an answer may be a replay."""
    return {
        201: {
            "description": f"Created ({model.__name__}); a replay of the first answer when "
            f"{IDEMPOTENT_REPLAYED_HEADER} is true.",
            "headers": {
                IDEMPOTENT_REPLAYED_HEADER: {
                    "description": "true when this is the stored answer of an earlier request",
                    "schema": {"type": "string", "enum": ["true"]},
                }
            },
        }
    }


def _fix_operation(path: str, operation: dict[str, Any]) -> None:
    responses = operation.get("responses", {})
    open311 = path.startswith(OPEN311_PREFIX)
    for status, response in list(responses.items()):
        content = response.get("content", {})
        if content.get("application/json", {}).get("schema", {}).get("$ref") == FASTAPI_422:
            # FastAPI's own 422 body never leaves this server: problems.py turns it into
            # a Problem (API v1) or a GeoReport 400 (Open311, which declares it).
            if open311:
                del responses[status]
                responses.setdefault("400", copy.deepcopy(OPEN311_400))
                continue
            response["description"] = "Invalid request (Problem with errors)"
            content["application/json"]["schema"] = {"$ref": PROBLEM_REF}
        schema = content.get("application/json", {}).get("schema", {})
        if schema.get("$ref") == PROBLEM_REF and not open311:
            content[PROBLEM_MEDIA_TYPE] = content.pop("application/json")
        if status.startswith(("4", "5")) and not content and not open311:
            content[PROBLEM_MEDIA_TYPE] = {"schema": {"$ref": PROBLEM_REF}}
    if "requestBody" in operation and "400" not in responses:
        # A body that is not JSON at all never reaches validation: FastAPI answers 400.
        responses["400"] = {
            "description": "Bad Request (the body could not be parsed)",
            "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": PROBLEM_REF}}},
        }
    for parameter in operation.get("parameters", []):
        if parameter.get("in") == "header" and parameter.get("name") == IDEMPOTENCY_KEY_HEADER:
            parameter["required"] = True
            parameter["schema"] = {"type": "string", "minLength": 1, "maxLength": 255}


def build_document(app: FastAPI) -> dict[str, Any]:
    """The document for ``app``, post-processed."""
    document = get_openapi(
        title=app.title,
        version=app.version,
        openapi_version=app.openapi_version,
        summary=app.summary,
        description=app.description,
        routes=app.routes,
        tags=app.openapi_tags,
    )
    for path, item in document.get("paths", {}).items():
        for operation in item.values():
            _fix_operation(path, operation)
    schemas = document.get("components", {}).get("schemas", {})
    text = json.dumps(document)
    for unused in ("HTTPValidationError", "ValidationError"):
        if unused in schemas and f"#/components/schemas/{unused}" not in text:
            del schemas[unused]
    return document


def install(app: FastAPI) -> None:
    """Serve the post-processed document at /openapi.json (built once, then cached)."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = build_document(app)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def render(app: FastAPI) -> str:
    """The document as committed in backend/openapi.json (stable key order, final newline)."""
    return json.dumps(app.openapi(), indent=2, ensure_ascii=False) + "\n"
