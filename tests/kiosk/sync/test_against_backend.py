"""The kiosk's client and relay against the reference backend over real HTTP on loopback."""

from __future__ import annotations

import asyncio
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from spaziocitta.kiosk.config import BackendSection
from spaziocitta.kiosk.contract.models import Heartbeat
from spaziocitta.kiosk.store.db import Store
from spaziocitta.kiosk.sync import outbox
from spaziocitta.kiosk.sync.client import BackendClient
from spaziocitta.kiosk.sync.relay import Acked, Rejected, Relay

from .conftest import RunningBackend

TOTEM = "demo-totem-01"


def submission(marker: str) -> dict:  # type: ignore[type-arg]
    return {
        "kind": "application",
        "form_id": "iscrizione-mensa",
        "service_id": "mensa-scolastica",
        "submitted_at": datetime.now(UTC).isoformat(),
        "language": "it",
        "answers": {"child_surname": marker, "school": "Primaria Rodari"},
    }


def enqueue_many(database: Path, count: int, prefix: str = "MARKER") -> list[str]:
    store = Store.open(database)
    receipts = []
    try:
        with store.session() as db, db.begin():
            for i in range(count):
                queued = outbox.enqueue(
                    db, "application", submission(f"{prefix}{i:03d}"), TOTEM, datetime.now(UTC)
                )
                receipts.append(queued.local_receipt)
    finally:
        store.close()
    return receipts


def backend_receipts(backend: RunningBackend) -> Counter[str]:
    with sqlite3.connect(backend.database) as db:
        return Counter(r for (r,) in db.execute("SELECT local_receipt FROM submissions"))


def client(backend: RunningBackend, secret: str | None = None) -> BackendClient:
    section = BackendSection(url=backend.url, totem_secret=secret or backend.secret)
    return BackendClient(section, TOTEM)


def test_delivery_replay_and_conflict(backend: RunningBackend, tmp_path: Path) -> None:
    database = tmp_path / "kiosk.sqlite3"
    [receipt] = enqueue_many(database, 1)
    store = Store.open(database)

    async def go() -> None:
        http = client(backend)
        await http.start()
        try:
            item = await store.run(lambda db: outbox.next_due(db, datetime.now(UTC)))
            first = await http.deliver(item)
            again = await http.deliver(item)
            assert isinstance(first, Acked) and first == again, "same key, same answer"
            changed = type(item)(
                item.id,
                item.kind,
                item.idempotency_key,
                item.local_receipt,
                {**item.payload, "language": "en"},
                item.attempts,
            )
            assert isinstance(await http.deliver(changed), Rejected), "same key, other payload: 422"
            ack = await http.heartbeat(
                Heartbeat(app_version="0.1.0", content_version=None, outbox_depth=0, uptime_s=1.0)
            )
            assert ack.config_version >= 0
            config = await http.remote_config()
            assert config.heartbeat_seconds >= 10
            pack = await http.fetch_pack(None)
            assert pack is not None and pack[1]
            assert await http.fetch_pack(pack[1]) is None, "304 with the ETag"
        finally:
            await http.close()

    asyncio.run(go())
    store.close()
    assert backend_receipts(backend) == Counter({receipt: 1})


def test_a_wrong_secret_is_retried_not_lost(backend: RunningBackend, tmp_path: Path) -> None:
    database = tmp_path / "kiosk.sqlite3"
    enqueue_many(database, 2)
    store = Store.open(database)

    async def go() -> int:
        http = client(backend, secret="wrong")
        await http.start()
        try:
            return await Relay(store, http.deliver).flush(timeout=5)
        finally:
            await http.close()

    assert asyncio.run(go()) == 2
    with store.session() as db:
        rows = outbox.entries(db)
    store.close()
    assert {r.state for r in rows} == {"pending"} and "401" in (rows[0].last_error or "")
    assert backend_receipts(backend) == Counter()


def test_backend_down_keeps_everything(tmp_path: Path) -> None:
    database = tmp_path / "kiosk.sqlite3"
    enqueue_many(database, 3)
    store = Store.open(database)

    async def go() -> int:
        http = BackendClient(BackendSection(url="http://127.0.0.1:9", timeout_seconds=1.0), TOTEM)
        await http.start()
        try:
            return await Relay(store, http.deliver).flush(timeout=5)
        finally:
            await http.close()

    assert asyncio.run(go()) == 3
    with store.session() as db:
        rows = outbox.entries(db)
    store.close()
    assert "unreachable" in (rows[0].last_error or "")


@pytest.mark.slow
def test_sigkill_at_50_points_each_submission_arrives_exactly_once(
    backend: RunningBackend, tmp_path: Path
) -> None:
    """The kiosk process is killed again and again while it sends; nothing is lost or doubled."""
    data = tmp_path / "kiosk"
    data.mkdir()
    database = data / "kiosk.sqlite3"
    env = {
        **os.environ,
        "KIOSK_DATA_DIR": str(data),
        "KIOSK_CONFIG": str(backend.kiosk_config(tmp_path)),
    }
    sync = [sys.executable, "-m", "spaziocitta.kiosk", "sync", "now", "--timeout", "30"]
    rng = random.Random(20261122)
    expected = enqueue_many(database, 40)
    kills = 0
    while kills < 50:
        if len(backend_receipts(backend)) == len(expected):
            expected += enqueue_many(database, 10, prefix=f"MORE{kills:02d}-")
        before = len(backend_receipts(backend))
        proc = subprocess.Popen(sync, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 20
        # Kill it once it is sending: after the backend has seen something new...
        while len(backend_receipts(backend)) == before and proc.poll() is None:
            assert time.monotonic() < deadline, "sync made no progress"
            time.sleep(0.005)
        time.sleep(rng.uniform(0, 0.04))  # ...at a random point of the send/ack cycle
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait()
    final = subprocess.run(sync, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert final.returncode == 0, final.stdout + final.stderr

    arrived = backend_receipts(backend)
    assert set(arrived) == set(expected), "every submission arrived"
    assert max(arrived.values()) == 1, "none twice"
    with sqlite3.connect(database) as db:
        states = Counter(s for (s,) in db.execute("SELECT state FROM outbox"))
        assert states == Counter({"acked": len(expected)})
        assert (
            db.execute("SELECT count(*) FROM outbox WHERE payload IS NOT NULL").fetchone()[0] == 0
        )
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_remote_configuration_reaches_the_totem(backend: RunningBackend, tmp_path: Path) -> None:
    import httpx

    from spaziocitta.kiosk.events import EventBus
    from spaziocitta.kiosk.sync.service import RemoteConfigReceived, SyncService

    changed = httpx.patch(
        f"{backend.url}/api/v1/admin/totems/{TOTEM}/config",
        json={"inactivity_seconds": 45, "out_of_service": True},
        headers={"Authorization": f"Bearer {backend.admin_token}"},
        timeout=10,
    )
    assert changed.status_code == 200, changed.text
    store = Store.open(tmp_path / "kiosk.sqlite3")
    bus, received = EventBus(), []
    bus.subscribe(RemoteConfigReceived, received.append)

    async def no_devices() -> dict:  # type: ignore[type-arg]
        return {}

    async def go() -> None:
        service = SyncService(
            store,
            bus,
            client(backend),
            cache_dir=tmp_path / "cache",
            heartbeat_seconds=300,
            content_check_seconds=3600,
            health=no_devices,
        )
        await service.client.start()
        try:
            await service.heartbeat()
            await service.heartbeat()  # the same version again: nothing new
        finally:
            await service.client.close()

    asyncio.run(go())
    store.close()
    assert len(received) == 1
    assert received[0].config.inactivity_seconds == 45 and received[0].config.out_of_service


def test_slots_of_the_demo_registry_office(backend: RunningBackend) -> None:
    async def go():  # type: ignore[no-untyped-def]
        api = client(backend)
        await api.start()
        try:
            return await api.slots("carta-identita-elettronica")
        finally:
            await api.close()

    found = asyncio.run(go())
    assert found, "the demo backend seeds registry-office slots"
    assert all(s.service_id == "carta-identita-elettronica" for s in found)
    assert [s.starts_at for s in found] == sorted(s.starts_at for s in found)
    assert any(s.available == 0 for s in found), "the demo has a full slot to show"


def test_the_maintenance_audit_trail_travels_with_the_heartbeat(
    backend: RunningBackend, tmp_path: Path
) -> None:
    from spaziocitta.kiosk.events import EventBus
    from spaziocitta.kiosk.maintenance import audit
    from spaziocitta.kiosk.sync.service import SyncService

    store = Store.open(tmp_path / "kiosk.sqlite3")
    now = datetime.now(UTC)
    with store.session() as db, db.begin():
        audit.append(db, "pin_wrong", "4 attempts left", now=now)
        audit.append(db, "entered", "", now=now)

    async def no_devices() -> dict:  # type: ignore[type-arg]
        return {}

    async def beat(api: BackendClient) -> None:
        service = SyncService(
            store,
            EventBus(),
            api,
            cache_dir=tmp_path / "cache",
            heartbeat_seconds=300,
            content_check_seconds=3600,
            health=no_devices,
        )
        await api.start()
        try:
            await service.heartbeat()
        finally:
            await api.close()

    asyncio.run(beat(client(backend, secret="wrong-secret")))  # refused: nothing marked
    with store.session() as db:
        assert len(audit.take_unsent(db)) == 2
    asyncio.run(beat(client(backend)))
    with store.session() as db:
        assert audit.take_unsent(db) == []
    store.close()
    with sqlite3.connect(backend.database) as db:
        rows = db.execute(
            "SELECT name, severity, detail FROM telemetry_events WHERE totem_id = ? ORDER BY id",
            (TOTEM,),
        ).fetchall()
    assert rows == [
        ("maintenance.pin_wrong", "warning", "4 attempts left"),
        ("maintenance.entered", "info", ""),
    ]
