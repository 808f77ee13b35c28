"""The content pack: info, ETag / If-None-Match → 304, another pack with --content."""

from __future__ import annotations

import hashlib
import json

import pytest
from fastapi.testclient import TestClient

from spaziocitta.backend.content import etag_matches
from spaziocitta.backend.settings import demo_pack_path
from spaziocitta.kiosk.catalog.pack import PackError

from .conftest import make_backend


def test_info_names_the_version_and_sha256(client, auth) -> None:  # type: ignore[no-untyped-def]
    raw = (demo_pack_path() / "pack.json").read_bytes()
    info = client.get("/api/v1/content/info", headers=auth).json()
    assert info == {
        "version": json.loads(raw)["version"],
        "sha256": hashlib.sha256(raw).hexdigest(),
        "size": len(raw),
    }


def test_pack_download_and_304(client, auth) -> None:  # type: ignore[no-untyped-def]
    first = client.get("/api/v1/content/pack", headers=auth)
    assert first.status_code == 200
    assert first.headers["content-type"].startswith("application/json")
    etag = first.headers["etag"]
    assert etag == f'"{hashlib.sha256(first.content).hexdigest()}"'
    assert first.json()["format"] == "spaziocitta.content/1"
    assert first.headers["content-version"] == first.json()["version"]
    again = client.get("/api/v1/content/pack", headers={**auth, "If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == etag
    stale = client.get("/api/v1/content/pack", headers={**auth, "If-None-Match": '"0000"'})
    assert stale.status_code == 200


def test_etag_comparison() -> None:
    assert etag_matches('"a", W/"b"', '"b"')
    assert etag_matches("*", '"b"')
    assert not etag_matches(None, '"b"')
    assert not etag_matches('"c"', '"b"')


def test_content_option_serves_another_pack(tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = json.loads((demo_pack_path() / "pack.json").read_text(encoding="utf-8"))
    data["version"] = "2027.01-test"
    pack = tmp_path / "pack.json"
    pack.write_text(json.dumps(data), encoding="utf-8")
    app = make_backend(str(tmp_path / "db.sqlite3"), content_path=pack)
    with TestClient(app) as client:
        info = client.get(
            "/api/v1/content/info",
            headers={"Authorization": "Bearer demo-totem-01.demo-secret-for-tests"},
        ).json()
    assert info["version"] == "2027.01-test"
    app.state.engine.dispose()


def test_a_broken_pack_stops_the_backend(tmp_path) -> None:  # type: ignore[no-untyped-def]
    pack = tmp_path / "pack.json"
    pack.write_text('{"format": "spaziocitta.content/1"}', encoding="utf-8")
    with pytest.raises(PackError, match="not valid"):
        make_backend(str(tmp_path / "db.sqlite3"), content_path=pack)
