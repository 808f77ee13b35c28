"""Totem and admin authentication; secrets stored only as salted scrypt hashes."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from spaziocitta.backend.auth import hash_secret, verify_secret
from spaziocitta.backend.cli import main
from spaziocitta.backend.models import Totem
from spaziocitta.backend.seed import DEMO_TOTEM_ID

from .conftest import DEMO_SECRET


@pytest.mark.parametrize(
    "header",
    [
        None,
        "Bearer nonsense",
        f"Bearer {DEMO_TOTEM_ID}.wrong-secret",
        f"Bearer unknown-totem.{DEMO_SECRET}",
        f"Basic {DEMO_TOTEM_ID}",
    ],
)
def test_api_v1_needs_the_totem_token(client: TestClient, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    response = client.get("/api/v1/config", headers=headers)
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["www-authenticate"].startswith("Bearer")
    body = response.json()
    assert body["status"] == 401
    assert body["type"] == "urn:spaziocitta:problem:unauthorized"


def test_the_right_token_is_accepted(client: TestClient, auth: dict[str, str]) -> None:
    assert client.get("/api/v1/config", headers=auth).status_code == 200
    # Second time from the verified cache, same answer.
    assert client.get("/api/v1/config", headers=auth).status_code == 200


def test_secrets_are_stored_as_salted_scrypt_hashes(app) -> None:  # type: ignore[no-untyped-def]
    with app.state.sessions() as session:
        stored = session.scalar(select(Totem.secret_hash).where(Totem.id == DEMO_TOTEM_ID))
    assert stored is not None
    assert DEMO_SECRET not in stored
    assert stored.startswith("scrypt$")
    assert verify_secret(DEMO_SECRET, stored)
    assert not verify_secret("other", stored)
    assert hash_secret("same") != hash_secret("same")  # salted
    assert not verify_secret("x", "garbage")


def test_a_rotated_secret_is_refused_at_once(app, client, auth) -> None:  # type: ignore[no-untyped-def]
    assert client.get("/api/v1/config", headers=auth).status_code == 200
    with app.state.sessions() as session:
        session.get(Totem, DEMO_TOTEM_ID).secret_hash = hash_secret("new")
        session.commit()
    assert client.get("/api/v1/config", headers=auth).status_code == 401


def test_admin_endpoints_need_the_admin_token(client, auth, admin) -> None:  # type: ignore[no-untyped-def]
    assert client.get("/api/v1/admin/submissions").status_code == 401
    assert client.get("/api/v1/admin/submissions", headers=auth).status_code == 401
    assert client.get("/api/v1/admin/submissions", headers=admin).status_code == 200
    assert client.get("/admin", auth=("admin", "admin-token-for-tests")).status_code == 200
    page = client.get("/admin")
    assert page.status_code == 401
    assert page.headers["www-authenticate"].startswith("Basic")


def test_add_totem_prints_a_secret_that_works(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from .conftest import make_backend

    db = tmp_path / "fleet.sqlite3"
    app = make_backend(str(db))
    assert main(["add-totem", "biblioteca-01", "--db", f"sqlite:///{db}"]) == 0
    lines = dict(line.split(":", 1) for line in capsys.readouterr().out.splitlines() if ":" in line)
    secret = lines["totem secret"].strip()
    assert main(["add-totem", "biblioteca-01", "--db", f"sqlite:///{db}"]) == 1
    assert main(["add-totem", "Not_Valid", "--db", f"sqlite:///{db}"]) == 2
    with TestClient(app) as client:
        ok = client.get(
            "/api/v1/config", headers={"Authorization": f"Bearer biblioteca-01.{secret}"}
        )
    assert ok.status_code == 200
    app.state.engine.dispose()
