"""Database engine and sessions: SQLite (WAL) by default, PostgreSQL by URL.

The reference backend uses SQLAlchemy 2 so that a city can move from the
single-file SQLite of a demo to PostgreSQL without touching a query.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

DEFAULT_DB_URL = "sqlite:///kiosk-backend.sqlite3"


class Base(DeclarativeBase):
    """The declarative base of every table of the backend."""


def normalise_url(url: str) -> str:
    """Accept ``postgresql://`` (and ``postgres://``) with whichever driver is installed.

    SQLAlchemy's bare ``postgresql://`` means psycopg2; psycopg 3 is the maintained
    one, so it is preferred when present.
    """
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://") and importlib.util.find_spec("psycopg") is not None:
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


def make_engine(url: str = DEFAULT_DB_URL) -> Engine:
    """An engine for ``url``; for SQLite: WAL, foreign keys, and waiting on locks."""
    url = normalise_url(url)
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        # Request handlers run in FastAPI's thread pool: the connection pool hands
        # a connection to another thread, so SQLite's same-thread check must go.
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except ModuleNotFoundError as exc:
        raise DatabaseDriverMissing(
            f"{exc.name} is not installed: for PostgreSQL, pip install 'psycopg[binary]'"
        ) from None


class DatabaseDriverMissing(RuntimeError):
    """The URL names a database whose Python driver is not installed."""


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    # WAL: readers (the admin page) never block the writer (a totem's submission).
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def create_schema(engine: Engine) -> None:
    """Create the tables that are missing (the reference backend has no migrations yet)."""
    from . import models  # noqa: F401  (registers the tables on Base.metadata)

    Base.metadata.create_all(engine)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded objects usable after commit (answers are built after it)."""
    return sessionmaker(engine, expire_on_commit=False)


def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One session per request, closed (and rolled back if unfinished) at the end."""
    with factory() as session:
        yield session


def utcnow() -> datetime:
    """The current time, timezone-aware UTC."""
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """SQLite returns naive datetimes: they were stored as UTC, so say so."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
