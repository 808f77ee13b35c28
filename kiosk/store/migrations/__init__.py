"""Alembic migrations of the kiosk store."""
