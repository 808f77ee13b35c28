"""The FastAPI application: API v1 under /api/v1, Open311 under /open311/v2, /admin.

``create_app`` builds everything from its arguments (no globals), so tests
make as many independent backends as they like, each on its own database.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, FastAPI

from spaziocitta.kiosk import __version__
from spaziocitta.kiosk.contract.models import API_PREFIX

from . import openapi_doc, problems
from .content import publish
from .db import create_schema, make_engine, session_factory
from .idempotency import IdempotentExecutor
from .routes_admin import page_router as admin_page_router
from .routes_admin import router as admin_router
from .routes_content import router as content_router
from .routes_fleet import router as fleet_router
from .routes_open311 import router as open311_router
from .routes_pagopa import router as pagopa_router
from .routes_submissions import router as submissions_router
from .routes_track import router as track_router
from .settings import Settings

API_VERSION = "1.0.0"
DESCRIPTION = """\
The contract between a Spazio Città totem and its municipality.

**Authentication.** Every `/api/v1` request carries the totem's token,
`Authorization: Bearer <totem_id>.<secret>`; without it: 401 problem.
Admin endpoints take the admin token instead. Open311 reading is public;
`POST requests.json` takes the totem's token as `api_key` (or the header).

**Idempotency.** POST submissions, bookings and payments require an
`Idempotency-Key` header: the same key and payload replay the first answer
(`Idempotent-Replayed: true`); the same key with another payload is 422;
a retry while the first is still running is 409.

**Errors** are RFC 9457 `application/problem+json` (Open311: GeoReport v2
error lists).
"""

TAGS = [
    {"name": "content", "description": "The content pack (ETag / If-None-Match → 304)."},
    {"name": "submissions", "description": "Forms and bookings (idempotent)."},
    {"name": "pagopa", "description": "Verify a notice, record a payment, fetch a receipt."},
    {"name": "fleet", "description": "Heartbeat, telemetry, remote configuration."},
    {"name": "open311", "description": "Reports of city problems, GeoReport v2."},
    {"name": "admin", "description": "What the fleet sent (admin token)."},
]


def create_app(
    db_url: str | None = None,
    *,
    content_path: Path | str | None = None,
    admin_token: str | None = None,
    settings: Settings | None = None,
    create_tables: bool = True,
) -> FastAPI:
    """A backend on ``db_url`` serving the pack at ``content_path`` (default: the demo pack)."""
    if settings is None:
        settings = Settings.from_env(
            db_url=db_url, content_path=content_path, admin_token=admin_token
        )
    engine = make_engine(settings.db_url)
    if create_tables:
        create_schema(engine)
    sessions = session_factory(engine)

    app = FastAPI(
        title="Spazio Città API",
        version=API_VERSION,
        summary="Totem ↔ municipality contract (API v1) and Open311 GeoReport v2",
        description=DESCRIPTION,
        openapi_tags=TAGS,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.sessions = sessions
    app.state.pack = publish(Path(settings.content_path))
    app.state.idempotency = IdempotentExecutor(sessions)
    app.state.server_version = __version__

    api = APIRouter(prefix=API_PREFIX)
    for router in (content_router, submissions_router, pagopa_router, fleet_router, admin_router):
        api.include_router(router)
    app.include_router(api)
    app.include_router(open311_router)
    app.include_router(admin_page_router)
    app.include_router(track_router)
    problems.install_handlers(app)
    openapi_doc.install(app)
    return app
