"""Sync with the backend while citizens use the kiosk: outbox relay, heartbeat, content.

Everything here runs in the background on the kiosk's loop and never blocks
a screen: a backend that is down, slow or answering garbage shows up as a
fault in the log, in telemetry and in maintenance, never to a citizen.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from spaziocitta.devices.types import PrinterStatusChanged
from spaziocitta.kiosk import __version__
from spaziocitta.kiosk.events import ContentUpdated, EventBus
from spaziocitta.kiosk.store.db import Store

from . import outbox
from .client import BackendClient, BackendError
from .relay import OutboxFault, Relay

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SyncFault:
    """Something about the backend went wrong, in plain words."""

    area: str  # "content", "heartbeat", "config"
    error: str


@dataclass(frozen=True)
class RemoteConfigReceived:
    """The municipality changed this totem's settings; applied between sessions."""

    config: Any  # contract.models.RemoteConfig


@dataclass
class SyncStatus:
    """What maintenance shows about the backend."""

    reachable: bool | None = None
    last_contact: datetime | None = None
    last_error: str | None = None
    content_version: str | None = None
    config_version: int | None = None


_AUDIT_SEVERITY = {"pin_wrong": "warning", "locked": "warning", "locked_attempt": "warning"}
"""Audit events the municipality's dashboard should notice (someone guessing the PIN)."""


class SyncService:
    """Owns the backend client and the loops that use it."""

    def __init__(
        self,
        store: Store,
        bus: EventBus,
        client: BackendClient,
        *,
        cache_dir: Path,
        heartbeat_seconds: float,
        content_check_seconds: float,
        health: Callable[[], Any],
    ) -> None:
        self._store = store
        self._bus = bus
        self.client = client
        self._cache = cache_dir
        self._heartbeat_every = heartbeat_seconds
        self._content_every = content_check_seconds
        self._health = health
        self.relay = Relay(store, client.deliver, bus)
        self.status = SyncStatus()
        self.faults: deque[str] = deque(maxlen=20)
        self._started = time.monotonic()
        self._tasks: list[asyncio.Task[None]] = []
        self.config_version: int | None = None
        bus.subscribe(OutboxFault, lambda e: self._fault("outbox", e.error))
        bus.subscribe(SyncFault, lambda e: self.faults.append(f"{e.area}: {e.error}"))
        bus.subscribe(PrinterStatusChanged, self._printer_changed)

    def _printer_changed(self, event: PrinterStatusChanged) -> None:
        # Device faults travel with the next heartbeat to the municipality.
        if event.status.problem:
            self.faults.append(f"printer: {event.status.problem}")

    def _fault(self, area: str, error: str) -> None:
        self.faults.append(f"{area}: {error}")
        self.status.last_error = f"{area}: {error}"

    def _contact(self, ok: bool, error: str | None = None) -> None:
        self.status.reachable = ok
        if ok:
            self.status.last_contact = datetime.now(UTC)
        else:
            self.status.last_error = error

    async def start(self) -> None:
        await self.client.start()
        self.relay.start()
        self._tasks = [
            asyncio.ensure_future(self._every(self._heartbeat_every, self.heartbeat)),
            asyncio.ensure_future(self._every(self._content_every, self.check_content)),
        ]

    async def close(self) -> None:
        for task in self._tasks:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await self.relay.stop()
        await self.client.close()

    async def _every(self, seconds: float, job: Callable[[], Any]) -> None:
        while True:
            try:
                await job()
            except Exception:  # a loop of the kiosk must outlive any one failure
                log.exception("sync job %s failed", getattr(job, "__name__", job))
            await asyncio.sleep(seconds)

    async def sync_now(self, timeout: float = 30.0) -> int:
        """Everything at once (maintenance, `kiosk sync now`); returns the outbox depth left."""
        await self.check_content()
        depth = await self.relay.flush(timeout)
        await self.heartbeat()
        return depth

    async def heartbeat(self) -> None:
        from spaziocitta.kiosk.contract.models import DeviceReport, Heartbeat

        now = datetime.now(UTC)
        depth = await self._store.run(outbox.depth)
        oldest = await self._store.run(lambda db: outbox.oldest_age_seconds(db, now))
        devices = {
            kind: DeviceReport(adapter=h.adapter, ok=h.ok, detail=h.detail[:200])
            for kind, h in (await self._health()).items()
        }
        body = Heartbeat(
            app_version=__version__,
            content_version=self.status.content_version,
            outbox_depth=depth,
            oldest_outbox_age_s=oldest,
            uptime_s=time.monotonic() - self._started,
            devices=devices,
            faults=list(self.faults),
        )
        try:
            ack = await self.client.heartbeat(body)
        except BackendError as exc:
            self._contact(False, str(exc))
            self._bus.publish(SyncFault("heartbeat", str(exc)))
            return
        self._contact(True)
        self.status.config_version = ack.config_version
        if ack.config_version != self.config_version:
            await self.fetch_config()
        await self.send_audit()

    async def send_audit(self, limit: int = 100) -> int:
        """The maintenance audit trail travels with telemetry; returns how many lines went.

        Lines are marked sent only once the backend has stored them: a failure
        sends them again with the next heartbeat.
        """
        from spaziocitta.kiosk.contract.models import TelemetryBatch, TelemetryEvent
        from spaziocitta.kiosk.maintenance import audit

        lines = await self._store.run(lambda db: audit.take_unsent(db, limit))
        if not lines:
            return 0
        batch = TelemetryBatch(
            events=[
                TelemetryEvent(
                    at=line.at,
                    kind="event",
                    name=f"maintenance.{line.event}",
                    severity=_AUDIT_SEVERITY.get(line.event, "info"),
                    detail=line.detail[:2000],
                    data={"audit_id": line.id},
                )
                for line in lines
            ]
        )
        try:
            await self.client.telemetry(batch)
        except BackendError as exc:
            self._bus.publish(SyncFault("telemetry", str(exc)))
            return 0
        now = datetime.now(UTC)
        ids = [line.id for line in lines]
        await self._store.run(lambda db: audit.mark_sent(db, ids, now=now), durable=False)
        return len(lines)

    async def fetch_config(self) -> None:
        """Fetch the remote configuration; the kiosk applies it when no citizen is using it."""
        try:
            config = await self.client.remote_config()
        except BackendError as exc:
            self._bus.publish(SyncFault("config", str(exc)))
            return
        self.config_version = config.version
        log.info("remote configuration version %d received", config.version)
        self._bus.publish(RemoteConfigReceived(config))

    async def check_content(self) -> None:
        """Download a newer pack if the backend has one; a bad pack keeps the old one."""
        etag_file = self._cache / "content-etag"
        etag = etag_file.read_text(encoding="ascii").strip() if etag_file.exists() else None
        try:
            fetched = await self.client.fetch_pack(etag)
        except BackendError as exc:
            self._contact(False, str(exc))
            self._bus.publish(SyncFault("content", str(exc)))
            return
        self._contact(True)
        if fetched is None:
            return  # 304: ours is current
        body, new_etag = fetched
        version = await self._store.call(self._install_pack, body)
        if version is not None:
            self._cache.mkdir(parents=True, exist_ok=True)
            etag_file.write_text(new_etag, encoding="ascii")
            if version != self.status.content_version:
                self.status.content_version = version
                self._bus.publish(ContentUpdated(version))

    def _install_pack(self, body: bytes) -> str | None:
        from spaziocitta.kiosk.catalog.pack_install import PackRefused, install_pack_file

        self._cache.mkdir(parents=True, exist_ok=True)
        download = self._cache / "downloaded-pack.json"
        download.write_bytes(body)
        try:
            version, imported = install_pack_file(self._store, download)
        except PackRefused as exc:
            log.error("the backend's content pack was refused; the old one stays: %s", exc)
            self._bus.publish(SyncFault("content", f"pack refused: {exc}"[:500]))
            return None
        finally:
            download.unlink(missing_ok=True)
        if imported:
            log.info("content pack %s installed from the backend", version)
        else:
            self.status.content_version = version  # the same pack: nothing to announce
        return version
