"""Remote configuration takes effect between sessions, never under a citizen's hands."""

from __future__ import annotations

import asyncio
from pathlib import Path
from types import SimpleNamespace

from spaziocitta.kiosk.config import KioskConfig
from spaziocitta.kiosk.core import build_core
from spaziocitta.kiosk.paths import DataPaths


def test_applied_when_idle_or_after_the_session(tmp_path: Path) -> None:
    core = build_core(KioskConfig(), DataPaths(tmp_path))
    remote = SimpleNamespace(version=3, inactivity_seconds=45, out_of_service=True)

    async def go() -> None:
        core.sessions.start()
        core._remote_config(SimpleNamespace(config=remote))
        assert core.sessions.inactivity == 60, "not while a citizen is here"
        assert not core.out_of_service
        await core.sessions.end("finished")
        core._apply_remote_config()  # what SessionEnded triggers
        assert core.sessions.inactivity == 45 and core.out_of_service

        other = SimpleNamespace(version=4, inactivity_seconds=90, out_of_service=False)
        core._remote_config(SimpleNamespace(config=other))
        assert core.sessions.inactivity == 90 and not core.out_of_service, "idle: at once"

    asyncio.run(go())
