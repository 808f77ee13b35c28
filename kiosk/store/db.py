"""Opening the kiosk database: SQLite in WAL mode, schema checked and migrated.

Pragmas matter here: ``secure_delete`` overwrites deleted rows so personal
data does not linger in free pages, ``synchronous=FULL`` makes a committed
submission or payment step survive a power cut, and WAL lets a reader (the
technicians' command line) look while the kiosk writes.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

SCHEMA_HEAD = "0005"
"""The migration revision this code expects; tests check it is the scripts' head."""

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

T = TypeVar("T")


class SchemaError(Exception):
    """The database was written by another version of the kiosk and cannot be used."""


def _set_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    for pragma in (
        "journal_mode=WAL",
        "synchronous=FULL",
        "secure_delete=ON",
        "foreign_keys=ON",
        "busy_timeout=5000",
    ):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def make_engine(path: Path) -> Engine:
    """An engine on ``path`` with the kiosk's pragmas on every connection."""
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_pragmas)
    return engine


def current_revision(engine: Engine) -> str | None:
    """The schema revision stamped in the database, or None for a new database."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine) -> None:
    """Bring the schema to SCHEMA_HEAD with Alembic (only called when it is behind)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


class Store:
    """The kiosk's database and the one thread that talks to it.

    Services call ``await store.run(fn)``: ``fn`` gets a SQLAlchemy Session on
    the store thread and its commit never blocks the UI's event loop.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = make_engine(path)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store")

    @classmethod
    def open(cls, path: Path) -> Store:
        """Open (creating or migrating as needed) and check the schema version."""
        path.parent.mkdir(parents=True, exist_ok=True)
        store = cls(path)
        revision = current_revision(store.engine)
        if revision != SCHEMA_HEAD:
            known = _known_revisions()
            if revision is not None and revision not in known:
                store.close()
                raise SchemaError(
                    f"{path}: database schema {revision!r} is newer than this kiosk "
                    f"(it knows up to {SCHEMA_HEAD!r}); restore the matching release"
                )
            log.info("migrating store %s from %s to %s", path, revision, SCHEMA_HEAD)
            migrate(store.engine)
        return store

    def session(self) -> Session:
        """A new ORM session (use it as a context manager)."""
        return self._sessions()

    async def run(self, fn: Callable[[Session], T], *, durable: bool = True) -> T:
        """Run ``fn(session)`` on the store thread and commit it.

        ``durable=False`` commits without waiting for the disk (synchronous=NORMAL:
        a power cut may undo it, never corrupt anything). Only for writes that
        are safe to lose, such as marking an outbox item acknowledged: lost,
        the item is sent again and the backend's idempotency keeps it once.
        """
        return await asyncio.get_running_loop().run_in_executor(
            self._executor, self._transaction, fn, durable
        )

    def _transaction(self, fn: Callable[[Session], T], durable: bool) -> T:
        if durable:
            with self._sessions.begin() as session:
                return fn(session)
        with self.engine.connect() as conn:
            # SQLite refuses to change the safety level inside a transaction:
            # set it, end SQLAlchemy's implicit transaction, then do the work.
            conn.exec_driver_sql("PRAGMA synchronous=NORMAL")
            conn.commit()
            try:
                with Session(bind=conn) as session:
                    result = fn(session)
                    session.commit()
                return result
            finally:
                conn.rollback()
                conn.exec_driver_sql("PRAGMA synchronous=FULL")
                conn.commit()

    async def call(self, fn: Callable[..., T], *args: object) -> T:
        """Run a blocking ``fn(*args)`` (a catalogue read, a search) on the store thread."""
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)

    def checkpoint_truncate(self) -> None:
        """Copy the WAL into the database and empty it, so old page images go away."""
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self._executor.shutdown(wait=True)
        self.engine.dispose()


def _known_revisions() -> set[str]:
    versions = MIGRATIONS_DIR / "versions"
    return {p.name.split("_", 1)[0] for p in versions.glob("[0-9]*_*.py")}
