"""The kiosk store: SQLAlchemy on SQLite in WAL mode, with Alembic migrations."""
