"""What the maintenance status page shows, gathered from a running core without Qt.

``await gather_status(core)`` returns a :class:`MaintenanceStatus`: versions,
the backend link (reachable, last contact, last error), the outbox (depth and
its oldest item's age), the audit lines waiting for telemetry, disk, memory
and uptime. ``to_dict()`` gives plain JSON values for a QML bridge or for
``--json``. Every part that is not there yet (the store still opening, no
backend configured) is None rather than an error: the page must show even
when the kiosk is half broken, which is when a technician looks at it.

The store is read on its own thread (``store.run``); psutil's figures are
cheap system calls. Nothing here changes anything.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spaziocitta.kiosk.core import KioskCore

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MaintenanceStatus:
    """A snapshot for the status page; None means unknown or not applicable."""

    taken_at: datetime
    app_version: str
    totem_id: str
    content_version: str | None
    backend_url: str | None
    backend_reachable: bool | None
    last_contact: datetime | None
    """The last time the backend answered (a heartbeat or a content check)."""
    last_error: str | None
    config_version: int | None
    faults: list[str] = field(default_factory=list)
    outbox_depth: int | None = None
    outbox_oldest_age_s: float | None = None
    audit_unsent: int | None = None
    out_of_service: bool = False
    disk_total_bytes: int | None = None
    disk_free_bytes: int | None = None
    memory_total_bytes: int | None = None
    memory_available_bytes: int | None = None
    process_rss_bytes: int | None = None
    process_uptime_s: float | None = None
    system_uptime_s: float | None = None
    updates: dict[str, Any] = field(default_factory=dict)
    """Fleet updates: installed/previous/available versions, trial, last outcome
    (kiosk.updates.update_journal.summarize); empty when no repository is configured."""

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON values: datetimes as ISO 8601 strings."""
        return {
            key: value.isoformat() if isinstance(value, datetime) else value
            for key, value in asdict(self).items()
        }


async def gather_status(core: KioskCore, *, now: datetime | None = None) -> MaintenanceStatus:
    """Collect the status page's figures from ``core`` (started or not)."""
    from spaziocitta.kiosk import __version__

    now = now or datetime.now(UTC)
    sync = core.sync
    sync_status = getattr(sync, "status", None)
    store_figures = await _store_figures(core, now)
    return MaintenanceStatus(
        taken_at=now,
        app_version=__version__,
        totem_id=core.config.kiosk.totem_id,
        content_version=store_figures.get("content_version")
        or getattr(sync_status, "content_version", None),
        backend_url=core.backend_url or core.config.backend.url or None,
        backend_reachable=getattr(sync_status, "reachable", None),
        last_contact=getattr(sync_status, "last_contact", None),
        last_error=getattr(sync_status, "last_error", None),
        config_version=getattr(sync_status, "config_version", None),
        faults=list(getattr(sync, "faults", ())),
        outbox_depth=store_figures.get("outbox_depth"),
        outbox_oldest_age_s=store_figures.get("outbox_oldest_age_s"),
        audit_unsent=store_figures.get("audit_unsent"),
        out_of_service=bool(core.out_of_service),
        # A few small file reads, off the UI's thread like the store's.
        updates=await asyncio.to_thread(_update_figures, core),
        **_system_figures(str(core.paths.root), now),
    )


def _update_figures(core: KioskCore) -> dict[str, Any]:
    settings = core.config.updates
    if not settings.repository_url:
        return {}
    from pathlib import Path

    from spaziocitta.kiosk.updates.update_journal import UpdateJournal, summarize

    return summarize(UpdateJournal.in_data_dir(core.paths.root), Path(settings.app_root))


async def _store_figures(core: KioskCore, now: datetime) -> dict[str, Any]:
    if not core.started:
        return {}

    def read(db: Any) -> dict[str, Any]:
        from spaziocitta.kiosk.store.models import CatalogPack
        from spaziocitta.kiosk.sync import outbox

        from . import audit

        pack = db.get(CatalogPack, 1)
        return {
            "content_version": pack.version if pack is not None else None,
            "outbox_depth": outbox.depth(db),
            "outbox_oldest_age_s": outbox.oldest_age_seconds(db, now),
            "audit_unsent": audit.unsent_count(db),
        }

    try:
        return await core.store.run(read)
    except Exception:  # a broken store is itself what the page must show, not hide
        log.exception("maintenance status: the store could not be read")
        return {}


def _system_figures(folder: str, now: datetime) -> dict[str, Any]:
    import psutil

    figures: dict[str, Any] = {}
    try:
        disk = psutil.disk_usage(folder)
        figures.update(disk_total_bytes=disk.total, disk_free_bytes=disk.free)
    except OSError:
        pass  # the data folder is gone: the page shows unknown, the log says the rest
    memory = psutil.virtual_memory()
    process = psutil.Process()
    wall = now.timestamp()
    figures.update(
        memory_total_bytes=memory.total,
        memory_available_bytes=memory.available,
        process_rss_bytes=process.memory_info().rss,
        process_uptime_s=max(0.0, wall - process.create_time()),
        system_uptime_s=max(0.0, time.time() - psutil.boot_time()),
    )
    return figures
