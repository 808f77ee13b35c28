"""Whole updater runs: a repository on loopback, versions side by side, a supervised kiosk.

The kiosk service is :class:`SupervisedKiosk` (systemd's part: start what
``current`` names, active after READY=1, restart what dies); releases are
small programs that work, crash at start, never get ready or crash after
being ready — and once the checkout's real application.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import os
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from spaziocitta.kiosk.config import BackendSection, KioskConfig
from spaziocitta.kiosk.core import DEMO_PACK, build_core
from spaziocitta.kiosk.events import ContentUpdated
from spaziocitta.kiosk.paths import DataPaths
from spaziocitta.kiosk.sync.client import BackendClient
from spaziocitta.kiosk.updates.activity import UpdateGate, write_activity
from spaziocitta.kiosk.updates.app_versions import AppVersions
from spaziocitta.kiosk.updates.fleet_updater import FleetUpdater
from spaziocitta.kiosk.updates.rollout import Rollout
from spaziocitta.kiosk.updates.totem_updater import TotemUpdater, UpdatePolicy
from spaziocitta.kiosk.updates.trial import probe_ready
from spaziocitta.kiosk.updates.update_journal import UpdateJournal, send_reports
from tests.kiosk.sync.conftest import RunningBackend, backend  # noqa: F401 (a fixture)

from .conftest import Publisher, RepositoryServer, release_archive
from .supervisor import SupervisedKiosk

TOTEM = "demo-totem-01"


@dataclass
class Totem:
    updater: TotemUpdater
    service: SupervisedKiosk
    versions: AppVersions
    journal: UpdateJournal
    data: Path

    def run(self, **options) -> str:
        outcome = self.updater.run_once(**options)
        return str(outcome)

    def reports(self) -> list[str]:
        return [r["name"] for r in self.journal.load().reports]


@pytest.fixture
def totem(publisher: Publisher, repo_server: RepositoryServer, tmp_path: Path) -> Iterator[Totem]:
    """A totem with 1.4.0 installed by its package and running, provisioned with root v1."""
    app_root = tmp_path / "opt"
    app_root.mkdir()
    versions = AppVersions(app_root)
    versions.install(release_archive(tmp_path, "1.4.0"), "1.4.0")
    versions.switch("1.4.0")
    data = Path(os.environ["KIOSK_DATA_DIR"])
    data.mkdir(parents=True, exist_ok=True)
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(data),
        "KIOSK_DATA_DIR": str(data),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": str(data),
    }
    service = SupervisedKiosk(app_root, ["run"], env)
    journal = UpdateJournal(data / "updates" / "state.json")
    updater = TotemUpdater(
        fleet=FleetUpdater(
            repo_server.url,
            publisher.trusted_root,
            data / "tuf" / "metadata",
            data / "tuf" / "downloads",
            totem_id=TOTEM,
            max_download_bytes=50 * 1024 * 1024,
        ),
        versions=versions,
        journal=journal,
        service=service,
        gate=UpdateGate(data, idle_seconds=60),
        database=data / "kiosk.sqlite3",
        data_dir=data,
        config_path=None,
        running_version="1.4.0",
        policy=UpdatePolicy(ready_timeout=30, healthy_for=1.5, probe_timeout=60, poll_seconds=0.1),
        probe=functools.partial(probe_ready, user=None),
    )
    service.restart()
    try:
        yield Totem(updater, service, versions, journal, data)
    finally:
        service.close()


def test_a_good_update_installs_side_by_side_and_is_reported(
    totem,
    publisher,
    tmp_path,
    backend: RunningBackend,  # noqa: F811
):
    publisher.publish(release_archive(tmp_path, "1.5.0"), "1.5.0")
    outcome = totem.run()
    assert outcome.startswith("1.5.0 installed: healthy for 2 s"), outcome
    assert (totem.versions.current(), totem.versions.previous()) == ("1.5.0", "1.4.0")
    assert totem.versions.installed() == ["1.4.0", "1.5.0"]
    assert totem.service.starts == ["1.4.0", "1.5.0"]
    assert totem.journal.load().trial is None
    assert totem.reports() == ["update.installed"]
    assert totem.run() == "up to date (1.5.0)"

    client = BackendClient(BackendSection(url=backend.url, totem_secret=backend.secret), TOTEM)

    async def send() -> int:
        await client.start()
        try:
            return await send_reports(totem.journal, client)
        finally:
            await client.close()

    assert asyncio.run(send()) == 1
    assert totem.reports() == []  # taken by the backend, gone from the totem
    with contextlib.closing(sqlite3.connect(backend.database)) as db:
        rows = db.execute(
            "SELECT name, severity, detail FROM telemetry_events WHERE totem_id = ?", (TOTEM,)
        ).fetchall()
    assert rows == [("update.installed", "info", "1.5.0 installed (was 1.4.0): healthy for 2 s")]


def test_a_release_that_crashes_at_start_is_never_switched_to(
    totem, publisher, repo_server, tmp_path
):
    publisher.publish(release_archive(tmp_path, "1.5.0", "crash-at-start"), "1.5.0")
    outcome = totem.run()
    assert "1.5.0 does not start: exit code 1 at start-up: ImportError" in outcome
    assert totem.versions.current() == "1.4.0" and totem.versions.installed() == ["1.4.0"]
    assert totem.service.starts == ["1.4.0"]  # the running kiosk was never touched
    assert totem.reports() == ["update.refused.start"]
    downloads = repo_server.requests.count
    assert totem.run() == "up to date (1.4.0)"  # never tried again...
    assert downloads(next(p for p in repo_server.requests if p.endswith(".tar.gz"))) == 1
    publisher.publish(release_archive(tmp_path, "1.5.1"), "1.5.1")
    assert totem.run().startswith("1.5.1 installed")  # ...but the fixed release is


@pytest.mark.parametrize(
    ("behaviour", "reason"),
    [
        ("crash-after-ready", r"stopped \d s after it was ready \(crash or watchdog\)"),
        ("never-ready", r"not ready within 2 s"),
    ],
)
def test_a_release_that_fails_its_trial_is_rolled_back_by_itself(
    totem, publisher, tmp_path, behaviour, reason
):
    totem.updater.policy = UpdatePolicy(
        ready_timeout=2, healthy_for=1.5, probe_timeout=60, poll_seconds=0.1
    )
    publisher.publish(release_archive(tmp_path, "1.5.0", behaviour), "1.5.0")
    outcome = totem.run()
    assert re.fullmatch(f"1.5.0 rolled back to 1.4.0: {reason}", outcome), outcome
    assert (totem.versions.current(), totem.versions.previous()) == ("1.4.0", None)
    assert totem.service.starts[0] == "1.4.0" and totem.service.starts[-1] == "1.4.0"
    assert "1.5.0" in totem.service.starts
    state = totem.journal.load()
    assert re.fullmatch(reason, state.refused["1.5.0"]) and state.trial is None
    assert state.last_outcome["name"] == "update.rolled_back"
    assert state.last_outcome["severity"] == "error"
    # The old version is running again and healthy.
    assert totem.service.status().pid
    assert totem.run() == "up to date (1.4.0)"


def test_rolling_back_a_migrated_database_keeps_the_newer_aside(totem, publisher, tmp_path):
    database = totem.data / "kiosk.sqlite3"
    with contextlib.closing(sqlite3.connect(database)) as db:
        db.execute("CREATE TABLE alembic_version (version_num TEXT)")
        db.execute("INSERT INTO alembic_version VALUES ('0005')")
        db.execute("CREATE TABLE submitted (what TEXT)")
        db.commit()
    publisher.publish(release_archive(tmp_path, "1.5.0", "migrate-then-crash"), "1.5.0")
    outcome = totem.run()
    assert outcome.startswith("1.5.0 rolled back to 1.4.0"), outcome
    with contextlib.closing(sqlite3.connect(database)) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchall() == [("0005",)]
    aside = database.with_name("kiosk.sqlite3.from-1.5.0")
    with contextlib.closing(sqlite3.connect(aside)) as db:
        assert db.execute("SELECT what FROM submitted").fetchall() == [("sent during the trial",)]
    assert "set aside as kiosk.sqlite3.from-1.5.0" in totem.journal.load().last_outcome["detail"]
    assert not list((totem.data / "updates").glob("database-before-*"))


def test_the_update_waits_for_the_citizen_and_the_idle_time(
    totem, publisher, repo_server, tmp_path
):
    publisher.publish(release_archive(tmp_path, "1.5.0"), "1.5.0")
    now = datetime.now(UTC)
    write_activity(totem.data, in_session=True, now=now - timedelta(hours=1))
    assert totem.run() == "1.5.0 available, waits: a citizen is using the kiosk"
    write_activity(totem.data, in_session=False, now=now - timedelta(seconds=5))
    assert totem.run() == "1.5.0 available, waits: idle for only 5 s"
    assert not repo_server.requested(".tar.gz")
    assert totem.journal.load().available["version"] == "1.5.0"
    assert totem.run(window="00:00-00:01" if now.astimezone().hour else "12:00-12:01").startswith(
        "1.5.0 available, waits: outside the maintenance window"
    )
    write_activity(totem.data, in_session=True, now=now)
    assert totem.run(force=True).startswith("1.5.0 installed")  # a technician asked


def test_an_interrupted_trial_is_finished_by_the_next_run(totem, publisher, tmp_path):
    publisher.publish(release_archive(tmp_path, "1.5.0", "crash-after-ready"), "1.5.0")
    # The updater was killed right after switching (power cut): current is 1.5.0, untested.
    totem.versions.install(totem.updater.fleet.download(
        totem.updater.fleet.offers("1.4.0", set())[0]), "1.5.0")  # fmt: skip
    totem.versions.switch("1.5.0")
    state = totem.journal.load()
    state.trial = {"version": "1.5.0", "previous": "1.4.0", "database_snapshot": None}
    totem.journal.save(state)
    outcome = totem.run()
    assert outcome == "up to date (1.4.0)"  # the trial was judged first, then a normal check
    assert totem.versions.current() == "1.4.0"
    assert totem.reports() == ["update.rolled_back"]


def test_a_rollback_cut_short_is_finished_not_judged_again(totem, publisher, tmp_path):
    """Power cut after the link went back but before the migrated database did."""
    database = totem.data / "kiosk.sqlite3"
    snapshot = totem.data / "updates" / "database-before-1.5.0.sqlite"
    snapshot.parent.mkdir(parents=True, exist_ok=True)
    for path, revision in ((snapshot, "0005"), (database, "9999_future")):
        with contextlib.closing(sqlite3.connect(path)) as db:
            db.execute("CREATE TABLE alembic_version (version_num TEXT)")
            db.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
            db.commit()
    totem.versions.install(release_archive(tmp_path, "1.5.0"), "1.5.0")  # a good one, even
    state = totem.journal.load()
    state.trial = {"version": "1.5.0", "previous": "1.4.0", "database_snapshot": str(snapshot),
                   "verdict": "not ready within 120 s"}  # fmt: skip
    totem.journal.save(state)
    assert totem.versions.current() == "1.4.0"  # the link had gone back already
    totem.run()
    with contextlib.closing(sqlite3.connect(database)) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchall() == [("0005",)]
    assert database.with_name("kiosk.sqlite3.from-1.5.0").exists()
    state = totem.journal.load()
    assert state.refused == {"1.5.0": "not ready within 120 s"} and state.trial is None
    assert totem.reports() == ["update.rolled_back"]
    assert "1.5.0" not in totem.service.starts, "a version with a verdict is not tried again"


def test_a_refused_repository_changes_nothing_and_says_why(totem, publisher, repo_server, tmp_path):
    publisher.publish(release_archive(tmp_path, "1.5.0"), "1.5.0")
    [stored] = (publisher.repo.targets_dir / "app").iterdir()
    stored.write_bytes(stored.read_bytes()[:-1] + b"!")
    outcome = totem.run()
    assert outcome.startswith("refused (tampered)")
    assert totem.versions.installed() == ["1.4.0"] and totem.versions.current() == "1.4.0"
    assert totem.service.starts == ["1.4.0"]
    [report] = totem.journal.load().reports
    assert (report["name"], report["severity"], report["kind"]) == (
        "update.refused.tampered", "error", "fault"
    )  # fmt: skip


@pytest.mark.slow
def test_the_real_application_passes_the_probe_and_the_trial(totem, publisher, tmp_path):
    """The checkout's own kiosk as release 1.5.0: first frame off screen, then READY=1."""
    totem.updater.policy = UpdatePolicy(
        ready_timeout=60, healthy_for=3, probe_timeout=90, poll_seconds=0.2
    )
    publisher.publish(release_archive(tmp_path, "1.5.0", "real"), "1.5.0")
    outcome = totem.run()
    assert outcome.startswith("1.5.0 installed: healthy for 3 s"), outcome
    detail = totem.journal.load().last_outcome
    assert detail["data"]["ready_seconds"] > 0


def content_pack(folder: Path, version: str, *, broken: bool = False) -> Path:
    data = json.loads((DEMO_PACK / "pack.json").read_text(encoding="utf-8"))
    data["version"] = version
    if broken:
        del data["categories"]  # signed by the publisher, but not a valid pack
    path = folder / f"pack-{version}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_content_packs_are_verified_handed_over_and_imported_by_the_kiosk(
    totem, publisher, tmp_path
):
    ring = publisher.ring
    publisher.repo.add_release(
        ring, content_pack(tmp_path, "2026.12-a"), kind="content", version="2026.12-a",
        rollout=Rollout(),
    )  # fmt: skip
    assert totem.run() == "up to date (1.4.0)"
    incoming = totem.data / "packs" / "incoming"
    assert [p.name for p in incoming.iterdir()] == ["2026.12-a.json"]
    assert totem.reports() == ["update.content_delivered"]
    totem.run()
    assert totem.reports() == ["update.content_delivered"], "delivered once"
    publisher.repo.add_release(
        ring, content_pack(tmp_path, "2026.12-b", broken=True), kind="content",
        version="2026.12-b", rollout=Rollout(),
    )  # fmt: skip
    totem.run()  # the newest published pack is delivered, even if the kiosk will refuse it
    assert sorted(p.name for p in incoming.iterdir()) == ["2026.12-a.json", "2026.12-b.json"]
    os.utime(incoming / "2026.12-a.json", (1, 1))  # delivered first, imported first

    core = build_core(KioskConfig(), DataPaths(totem.data))
    updates: list[str] = []
    core.bus.subscribe(ContentUpdated, lambda event: updates.append(event.version))

    async def kiosk_runs() -> str | None:
        await core.start()
        try:
            for _ in range(100):
                if not any(incoming.iterdir()):
                    break
                await asyncio.sleep(0.05)
            info = await core.store.run(lambda _db: core.catalog.info())
            return info.version if info else None
        finally:
            await core.close()

    assert asyncio.run(kiosk_runs()) == "2026.12-a"  # the broken one changed nothing
    assert updates == ["2026.12-a"] and list(incoming.iterdir()) == []
