"""Test-wide set-up: headless Qt, a QGuiApplication for pytest-qt, no stray config."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("KIOSK_CONFIG", None)

from spaziocitta.ui.app import prepare_qt_environment

# Before any QGuiApplication exists: the virtual keyboard module, the style.
prepare_qt_environment()


@pytest.fixture(scope="session")
def qapp_cls():  # type: ignore[no-untyped-def]
    """The kiosk is a QGuiApplication (no widgets)."""
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """Every test gets its own KIOSK_DATA_DIR: nothing touches the user's data."""
    data = tmp_path / "kiosk-data"
    monkeypatch.setenv("KIOSK_DATA_DIR", str(data))
    return data
