"""The payment tests use the real reference backend of the sync tests."""

from __future__ import annotations

from tests.kiosk.sync.conftest import RunningBackend, backend

__all__ = ["RunningBackend", "backend"]
