"""The status page's figures from a real core: before the store opens, and with an outbox."""

from __future__ import annotations

import asyncio
import json
from collections import deque
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

from spaziocitta.kiosk import __version__
from spaziocitta.kiosk.config import KioskConfig
from spaziocitta.kiosk.core import build_core
from spaziocitta.kiosk.maintenance import audit
from spaziocitta.kiosk.maintenance.status import gather_status
from spaziocitta.kiosk.paths import data_paths
from spaziocitta.kiosk.sync import outbox
from spaziocitta.kiosk.sync.service import SyncStatus


def test_status_before_and_after_the_store_opens() -> None:
    async def scenario() -> None:
        core = build_core(KioskConfig(), data_paths())
        early = await gather_status(core)
        assert early.app_version == __version__ and early.totem_id == "demo-totem-01"
        assert early.outbox_depth is None and early.content_version is None
        assert early.backend_url is None and early.backend_reachable is None
        assert early.disk_free_bytes and early.memory_total_bytes and early.process_rss_bytes

        await core.start()
        try:
            then = datetime.now(UTC) - timedelta(minutes=5)

            def write(db: object) -> None:
                outbox.enqueue(db, "report", {"description": "buca"}, "demo-totem-01", then)  # type: ignore[arg-type]
                audit.append(db, "entered", now=then)  # type: ignore[arg-type]

            await core.store.run(write)
            core.sync = SimpleNamespace(  # type: ignore[assignment]
                status=SyncStatus(reachable=False, last_error="heartbeat: timeout"),
                faults=deque(["heartbeat: timeout"]),
            )
            status = await gather_status(core)
        finally:
            core.sync = None
            await core.close()
        assert status.outbox_depth == 1
        assert status.outbox_oldest_age_s is not None and status.outbox_oldest_age_s >= 299
        assert status.audit_unsent == 1
        assert status.backend_reachable is False and status.faults == ["heartbeat: timeout"]
        assert status.process_uptime_s is not None and status.process_uptime_s >= 0
        assert status.updates == {}  # no update repository configured
        plain = json.loads(json.dumps(status.to_dict()))
        assert plain["taken_at"].endswith("+00:00") and plain["outbox_depth"] == 1

    asyncio.run(scenario())


def test_status_shows_the_fleet_updates(tmp_path) -> None:
    from spaziocitta.kiosk.config import parse_config
    from spaziocitta.kiosk.updates.update_journal import UpdateJournal

    app_root = tmp_path / "opt"
    app_root.mkdir()
    (app_root / "1.4.0").mkdir()
    (app_root / "current").symlink_to("1.4.0")
    config = parse_config(
        {"updates": {"repository_url": "https://updates.example.it", "app_root": str(app_root)}}
    )
    core = build_core(config, data_paths())
    journal = UpdateJournal(core.paths.root / "updates" / "state.json")
    state = journal.load()
    state.available = {"version": "1.5.0", "target": "app/x.tar.gz"}
    journal.report(state, "update.rolled_back", "1.5.0 rolled back to 1.4.0", severity="error")
    updates = asyncio.run(gather_status(core)).updates
    assert updates["current"] == "1.4.0" and updates["previous"] is None
    assert updates["available"] == "1.5.0" and updates["last_failed"] is True
    assert updates["last"].endswith("1.5.0 rolled back to 1.4.0")
    (journal.path).write_text("{not json")  # a half-written file must not break the page
    assert asyncio.run(gather_status(core)).updates["available"] is None
