"""Fixtures of the backend tests: a seeded backend on a temporary SQLite file per test."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from spaziocitta.backend.app import create_app
from spaziocitta.backend.seed import DEMO_TOTEM_ID, seed_demo

DEMO_SECRET = "demo-secret-for-tests"
ADMIN_TOKEN = "admin-token-for-tests"


def make_backend(db_path: str, **kwargs: Any) -> FastAPI:
    """A backend on ``db_path``, seeded with the demo municipality."""
    app = create_app(f"sqlite:///{db_path}", admin_token=ADMIN_TOKEN, **kwargs)
    with app.state.sessions() as session:
        seed_demo(session, app.state.pack.data, DEMO_SECRET)
    return app


@pytest.fixture
def app(tmp_path) -> Iterator[FastAPI]:  # type: ignore[no-untyped-def]
    backend = make_backend(str(tmp_path / "backend.sqlite3"))
    yield backend
    backend.state.engine.dispose()


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    """An unauthenticated client (raising server exceptions, so a 500 fails loudly)."""
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def auth() -> dict[str, str]:
    """The demo totem's Authorization header."""
    return {"Authorization": f"Bearer {DEMO_TOTEM_ID}.{DEMO_SECRET}"}


@pytest.fixture
def admin() -> dict[str, str]:
    """The admin's Authorization header."""
    return {"Authorization": f"Bearer {ADMIN_TOKEN}"}


def key() -> dict[str, str]:
    """A fresh Idempotency-Key header."""
    return {"Idempotency-Key": uuid.uuid4().hex}


def submission(**overrides: Any) -> dict[str, Any]:
    """A valid application form submission of the demo pack."""
    body: dict[str, Any] = {
        "kind": "application",
        "form_id": "iscrizione-mensa",
        "service_id": "mensa-scolastica",
        "local_receipt": "T01-000123",
        "submitted_at": datetime(2026, 11, 20, 10, 30, tzinfo=UTC).isoformat(),
        "language": "it",
        "answers": {"nome": "Maria", "classe": "3B", "dieta": False},
    }
    body.update(overrides)
    return body
