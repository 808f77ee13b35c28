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
        assert status.update_state is None
        plain = json.loads(json.dumps(status.to_dict()))
        assert plain["taken_at"].endswith("+00:00") and plain["outbox_depth"] == 1

    asyncio.run(scenario())
