"""Importing swaps the catalogue atomically: a bad pack or a crash changes nothing."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from spaziocitta.kiosk.catalog.catalog import Catalog
from spaziocitta.kiosk.catalog.importer import PackInvalid, import_pack
from spaziocitta.kiosk.catalog.search import CatalogSearch
from spaziocitta.kiosk.store.db import Store

from .conftest import loaded


def test_core_only_pack_imports_and_is_searchable(imported: Store) -> None:
    info = Catalog(imported).info()
    assert info is not None
    assert (info.version, info.services, info.categories, info.places) == ("2026.1-core", 7, 3, 0)
    engine = CatalogSearch(imported.path)
    assert [h.id for h in engine.search("imu")] == ["imu"]
    engine.close()


def test_bad_pack_changes_nothing(imported: Store, core_pack: dict[str, Any]) -> None:
    core_pack["version"] = "2026.2"
    core_pack["services"][0]["category"] = "nope"
    with pytest.raises(PackInvalid) as error:
        import_pack(imported, loaded(core_pack))
    assert [str(p) for p in error.value.problems] == [
        "$.services[0].category: unknown category 'nope'"
    ]
    assert Catalog(imported).info().version == "2026.1-core"


def test_failure_half_way_rolls_back(
    imported: Store, core_pack: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from spaziocitta.kiosk.catalog import importer

    core_pack["version"] = "2026.2"
    core_pack["services"] = core_pack["services"][:2]
    calls = {"n": 0}
    real = importer._insert_many

    def failing(conn, table, rows):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 3:  # after categories and services went in
            raise OSError("disk full")
        real(conn, table, rows)

    monkeypatch.setattr(importer, "_insert_many", failing)
    with pytest.raises(OSError, match="disk full"):
        import_pack(imported, loaded(core_pack))
    catalog = Catalog(imported)
    assert catalog.info().version == "2026.1-core"
    assert catalog.info().services == 7
    engine = CatalogSearch(imported.path)
    assert [h.id for h in engine.search("tari")] == ["tari"]
    engine.close()


def big_pack(services: int, version: str) -> dict[str, Any]:
    return {
        "format": "spaziocitta.content/1",
        "version": version,
        "municipality": {"name": "Comune Grande"},
        "languages": ["it", "en"],
        "categories": [{"id": "c", "title": {"it": "Categoria"}}],
        "services": [
            {
                "id": f"servizio-{i}",
                "category": "c",
                "title": {"it": f"Servizio numero {i} per cittadini", "en": f"Service number {i}"},
                "summary": {"it": "Descrizione " * 20},
            }
            for i in range(services)
        ],
    }


@pytest.mark.slow
def test_sigkill_during_import_keeps_the_old_catalogue(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    env = {**os.environ, "KIOSK_DATA_DIR": str(data_dir)}
    small = tmp_path / "small.json"
    small.write_text(json.dumps(big_pack(10, "old")))
    large = tmp_path / "large.json"
    large.write_text(json.dumps(big_pack(40_000, "new")))
    kiosk = [sys.executable, "-m", "spaziocitta.kiosk"]
    subprocess.run(
        [*kiosk, "content", "import", str(small)], env=env, check=True, capture_output=True
    )

    proc = subprocess.Popen(
        [*kiosk, "content", "import", str(large)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    wal = data_dir / "kiosk.sqlite3-wal"
    deadline = time.monotonic() + 60
    # Kill it once it is writing the new catalogue (the WAL grows past 1 MB).
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > 1_000_000:
            break
        time.sleep(0.01)
    assert proc.poll() is None, (
        "the import finished before it could be killed: make the pack larger"
    )
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    with sqlite3.connect(data_dir / "kiosk.sqlite3") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("SELECT version FROM catalog_pack").fetchall() == [("old",)]
        assert db.execute("SELECT count(*) FROM catalog_services").fetchone()[0] == 10
        assert db.execute("SELECT count(*) FROM catalog_fts").fetchone()[0] == 20
    info = subprocess.run(
        [*kiosk, "content", "info", "--json"], env=env, check=True, capture_output=True, text=True
    )
    assert json.loads(info.stdout)["version"] == "old"
