"""The store: SQLite pragmas, migrations in step with the models, schema checks, wiping."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from spaziocitta.kiosk.drafts import DraftStore
from spaziocitta.kiosk.store.db import MIGRATIONS_DIR, SCHEMA_HEAD, SchemaError, Store
from spaziocitta.kiosk.store.models import Base


def test_pragmas_on_every_connection(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "k.sqlite3")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    store.close()


def test_schema_head_is_the_last_migration() -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert ScriptDirectory.from_config(config).get_current_head() == SCHEMA_HEAD


def test_migrations_match_the_models(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "k.sqlite3")

    def ours(name, type_, *_args):  # type: ignore[no-untyped-def]
        # FTS5 and its shadow tables are created by raw SQL in the migration.
        return not (type_ == "table" and name and name.startswith("catalog_fts"))

    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": ours})
        diff = compare_metadata(context, Base.metadata)
    store.close()
    assert diff == [], f"models and migrations differ: {diff}"


def test_reopening_does_not_migrate_again(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    Store.open(tmp_path / "k.sqlite3").close()
    caplog.clear()
    with caplog.at_level("INFO"):
        Store.open(tmp_path / "k.sqlite3").close()
    assert "migrating" not in caplog.text


def test_newer_schema_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "k.sqlite3"
    Store.open(path).close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(SchemaError, match="newer than this kiosk"):
        Store.open(path)


def test_deleted_rows_do_not_linger_in_the_file(tmp_path: Path) -> None:
    """secure_delete + WAL truncate: a purged draft's bytes are gone from disk."""
    path = tmp_path / "k.sqlite3"
    store = Store.open(path)
    drafts = DraftStore(store)

    async def scenario() -> None:
        await drafts.save("keep", "k", "nothing personal here")
        await drafts.save("s", "form", {"name": "MARKERQWERTY"})
        store.checkpoint_truncate()  # the row reaches the main file, not only the WAL
        assert b"MARKERQWERTY" in path.read_bytes()
        await drafts.purge()

    asyncio.run(scenario())
    wal = path.with_name(path.name + "-wal")
    blob = path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    store.close()
    assert b"MARKERQWERTY" not in blob


def test_drafts_round_trip_and_replace(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "k.sqlite3")
    drafts = DraftStore(store)

    async def scenario() -> None:
        await drafts.save("s1", "search", "carta")
        await drafts.save("s1", "search", "carta d'identità")
        assert await drafts.load("s1", "search") == "carta d'identità"
        assert await drafts.load("s2", "search") is None

    asyncio.run(scenario())
    store.close()


def test_a_non_durable_write_commits_and_restores_full_sync(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "k.sqlite3")
    drafts = DraftStore(store)

    async def scenario() -> None:
        await store.run(
            lambda db: db.execute(
                text("INSERT INTO receipt_counters (day, last) VALUES ('20261122', 7)")
            ),
            durable=False,
        )
        await drafts.save("s", "k", "durable again")

    asyncio.run(scenario())
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT last FROM receipt_counters").scalar() == 7
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2, "back to FULL"
    store.close()
