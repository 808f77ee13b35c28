"""Property-based contract test: schemathesis against the app's own OpenAPI document.

Every operation gets generated requests (authenticated as the demo totem, or
as the admin under /api/v1/admin); no answer may be a 5xx, and every answer's
status, media type, headers and body must be those the document declares.
The number of examples is bounded so that the run stays well under a minute.
"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from .conftest import ADMIN_TOKEN, DEMO_SECRET, make_backend

_app = None


def _backend():  # type: ignore[no-untyped-def]
    """One seeded backend for the whole run (schemathesis loads the schema at import)."""
    global _app  # noqa: PLW0603 - the schema loader needs the app before any fixture runs
    if _app is None:
        import atexit
        import shutil
        import tempfile

        folder = tempfile.mkdtemp(prefix="schemathesis-backend-")
        _app = make_backend(f"{folder}/backend.sqlite3")
        atexit.register(shutil.rmtree, folder, True)
        atexit.register(_app.state.engine.dispose)
    return _app


schema = schemathesis.openapi.from_asgi("/openapi.json", _backend())
schema.config.generation.update(max_examples=30)

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


@schema.parametrize()
@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_api_conforms_to_its_document(case) -> None:  # type: ignore[no-untyped-def]
    token = ADMIN_TOKEN if case.path.startswith("/api/v1/admin") else f"demo-totem-01.{DEMO_SECRET}"
    case.call_and_validate(headers={"Authorization": f"Bearer {token}"}, checks=CHECKS)
