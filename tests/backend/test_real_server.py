"""`kiosk-backend serve --port 0` as a real process, talked to over real HTTP with httpx."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from spaziocitta.backend.openapi_doc import DOCUMENT_PATH

from .conftest import submission

SECRET = "real-server-secret"
ADMIN = "real-server-admin"


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:  # type: ignore[no-untyped-def]
    tmp = tmp_path_factory.mktemp("server")
    ready = tmp / "ready.json"
    command = [
        sys.executable, "-m", "spaziocitta.backend.cli", "serve",
        "--port", "0",
        "--db", f"sqlite:///{tmp / 'backend.sqlite3'}",
        "--demo-secret", SECRET,
        "--admin-token", ADMIN,
        "--ready-file", str(ready),
        "--log-level", "warning",
    ]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 30
        while not ready.exists():
            if process.poll() is not None or time.monotonic() > deadline:
                out = process.stdout.read() if process.stdout else ""
                pytest.fail(f"kiosk-backend serve did not start:\n{out}")
            time.sleep(0.05)
        yield json.loads(ready.read_text(encoding="utf-8"))["url"]
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_a_totem_session_over_real_http(server: str) -> None:
    headers = {"Authorization": f"Bearer demo-totem-01.{SECRET}"}
    with httpx.Client(base_url=server, headers=headers, timeout=10) as client:
        document = client.get("/openapi.json").json()
        assert document == json.loads(Path(DOCUMENT_PATH).read_text(encoding="utf-8"))
        assert document["openapi"].startswith("3.1")

        pack = client.get("/api/v1/content/pack")
        assert pack.status_code == 200
        assert (
            client.get(
                "/api/v1/content/pack", headers={"If-None-Match": pack.headers["etag"]}
            ).status_code
            == 304
        )

        key = {"Idempotency-Key": "real-1"}
        first = client.post("/api/v1/submissions", json=submission(), headers=key)
        again = client.post("/api/v1/submissions", json=submission(), headers=key)
        assert first.status_code == again.status_code == 201
        assert first.json() == again.json()

        beat = client.post(
            "/api/v1/heartbeat",
            json={"app_version": "1", "content_version": None, "outbox_depth": 0, "uptime_s": 1},
        )
        assert beat.status_code == 200

        report = client.post(
            "/open311/v2/requests.json",
            data={
                "service_code": "segnalazione-altro",
                "address_string": "Piazza del Municipio 1",
                "description": "Graffiti sul portone",
            },
        )
        assert report.status_code == 201
        assert (
            client.get("/api/v1/config", headers={"Authorization": "Bearer x.y"}).status_code == 401
        )

    with httpx.Client(base_url=server, timeout=10) as office:
        page = office.get("/admin", auth=("admin", ADMIN))
        assert page.status_code == 200
        assert "Graffiti sul portone" in page.text
