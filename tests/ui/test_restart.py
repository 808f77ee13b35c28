"""Maintenance's restart: the same command starts again in the process, once all is closed."""

from __future__ import annotations

import sys

import pytest

from spaziocitta.kiosk.config import KioskConfig
from spaziocitta.kiosk.paths import DataPaths
from spaziocitta.ui import app


def test_a_restart_execs_the_same_command_line(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    calls: list[tuple[str, list[str]]] = []

    class Finished:
        def __init__(self, *_args: object) -> None: ...

        def run(self) -> int:
            return app.RESTART

    monkeypatch.setattr(app, "KioskProcess", Finished)
    monkeypatch.setattr(app.os, "execv", lambda path, argv: calls.append((path, argv)))
    monkeypatch.setattr(sys, "orig_argv", ["python", "-m", "spaziocitta.kiosk", "run", "--demo"])
    app.run_kiosk(KioskConfig(), DataPaths(tmp_path), app.RunOptions(demo=True))
    assert calls == [(sys.executable, [sys.executable, "-m", "spaziocitta.kiosk", "run", "--demo"])]


def test_an_exit_does_not_restart(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    class Finished:
        def __init__(self, *_args: object) -> None: ...

        def run(self) -> int:
            return 0

    monkeypatch.setattr(app, "KioskProcess", Finished)
    monkeypatch.setattr(app.os, "execv", lambda *_a: pytest.fail("no restart"))
    assert app.run_kiosk(KioskConfig(), DataPaths(tmp_path), app.RunOptions()) == 0
