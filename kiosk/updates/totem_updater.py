"""One run of the totem's updater: finish a trial, check, install, try, keep or roll back.

Run by ``kiosk update run`` from a systemd timer (and on demand from the
maintenance screen). The order matters:

1. A trial left by an interrupted run is finished first (watched again, then
   kept or rolled back), so a power cut mid-update cannot leave an untested
   version as the one that stays.
2. The repository is refreshed and the newest release this totem takes is
   chosen (:mod:`.fleet_updater`); a refusal is reported, nothing changes. A
   newer content pack, once verified, is handed to the kiosk at once
   (``<data>/packs/incoming``), which imports it as it does the backend's.
3. Only when :class:`~.activity.UpdateGate` allows: download (verified),
   unpack side by side, probe the new version off screen, snapshot the
   database, switch ``current``, restart the service and watch it
   (:mod:`.trial`).
4. Healthy: the old versions beyond three are pruned, ``update.installed`` is
   reported. Not healthy: ``current`` goes back to the previous version, the
   database snapshot comes back if the new version changed the schema (the
   newer database is kept aside, nothing is deleted), the service restarts,
   the version is never tried again and ``update.rolled_back`` is reported.

Every outcome goes into the :class:`~.update_journal.UpdateJournal`, whose
reports are sent as telemetry by :func:`send_reports`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from spaziocitta.kiosk.catalog.pack_install import INCOMING

from .activity import UpdateGate
from .app_versions import AppVersions, InstallError
from .fleet_updater import FleetUpdater, ReleaseOffer, UpdateRefused
from .trial import KioskService, TrialResult, probe_ready, watch_health
from .update_journal import UpdateJournal, UpdateState

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class UpdatePolicy:
    """How long a new version has to prove itself, and what to keep."""

    ready_timeout: float = 120.0
    healthy_for: float = 120.0
    probe_timeout: float = 120.0
    keep_versions: int = 3
    poll_seconds: float = 1.0


def _schema_revision(database: Path) -> str | None:
    if not database.exists():
        return None
    try:
        with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
            row = db.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


@dataclass(frozen=True)
class RunOutcome:
    """One line for the technician, and whether it went wrong (exit code 1)."""

    text: str
    failed: bool = False

    def __str__(self) -> str:
        return self.text


class TotemUpdater:
    """Everything one updater run needs, given from outside (so that tests can vary it)."""

    def __init__(
        self,
        *,
        fleet: FleetUpdater,
        versions: AppVersions,
        journal: UpdateJournal,
        service: KioskService,
        gate: UpdateGate,
        database: Path | None,
        config_path: Path | None,
        data_dir: Path | None = None,
        running_version: str,
        policy: UpdatePolicy = UpdatePolicy(),
        probe: Callable[..., TrialResult] = probe_ready,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.fleet = fleet
        self.versions = versions
        self.journal = journal
        self.service = service
        self.gate = gate
        self.database = database
        self.data_dir = data_dir
        self.config_path = config_path
        self.running_version = running_version
        self.policy = policy
        self.probe = probe
        self.clock = clock

    def run_once(self, *, force: bool = False, window: str | None = None) -> RunOutcome:  # noqa: PLR0911
        """One check; returns what happened in one line (also logged and journalled)."""
        state = self.journal.load()
        if state.trial:
            outcome = self._finish_trial(state)
            log.info("interrupted trial finished: %s", outcome)
        running = self.versions.current() or self.running_version
        try:
            view = self.fleet.check(running, set(state.refused))
        except UpdateRefused as refused:
            return self._refused(state, refused)
        if view.content and view.content.version != state.content_delivered:
            try:
                self._deliver_content(state, view.content)
            except UpdateRefused as refused:  # reported; the application's update goes on
                self._refused(state, refused, version=view.content.version)
        offers = view.apps
        state.last_check_at = self.clock().isoformat(timespec="seconds")
        state.available = asdict(offers[0]) if offers else None
        self.journal.save(state)
        if not offers:
            return RunOutcome(f"up to date ({running})")
        offer = offers[0]
        allowed, why = (
            (True, "asked by a technician") if force else self.gate.allows(self.clock(), window)
        )
        if not allowed:
            log.info("update to %s waits: %s", offer.version, why)
            return RunOutcome(f"{offer.version} available, waits: {why}")
        try:
            archive = self.fleet.download(offer)
        except UpdateRefused as refused:
            return self._refused(state, refused, version=offer.version)
        try:
            folder = self.versions.install(archive, offer.version)
        except InstallError as exc:
            self.fleet.clean_downloads()  # hundreds of MB: downloaded again if retried
            if not exc.transient:
                state.refused[offer.version] = str(exc)
            self.journal.report(
                state, "update.refused.archive", str(exc), severity="error", version=offer.version
            )
            return RunOutcome(f"{offer.version} refused: {exc}", failed=True)
        self.fleet.clean_downloads()  # unpacked: whatever the probe and trial say
        probe = self.probe(folder, self.config_path, timeout=self.policy.probe_timeout)
        if not probe.healthy:
            with contextlib.suppress(InstallError):
                self.versions.remove(offer.version)
            state.refused[offer.version] = probe.reason
            self.journal.report(
                state,
                "update.refused.start",
                f"{offer.version} did not start, {running} kept: {probe.reason}",
                severity="error",
                version=offer.version,
                kept=running,
            )
            return RunOutcome(f"{offer.version} does not start: {probe.reason}", failed=True)
        snapshot = self._snapshot_database(offer.version)
        previous = self.versions.switch(offer.version)
        state.trial = {
            "version": offer.version,
            "previous": previous,
            "started_at": self.clock().isoformat(timespec="seconds"),
            "database_snapshot": str(snapshot) if snapshot else None,
            "probe": probe.reason,
        }
        self.journal.save(state)
        return self._finish_trial(state)

    # -- steps ---------------------------------------------------------------------

    def _refused(self, state: UpdateState, refused: UpdateRefused, version: str = "") -> RunOutcome:
        severity = "error" if refused.security else "warning"
        self.journal.report(
            state,
            f"update.refused.{refused.reason}",
            str(refused),
            severity=severity,
            version=version or None,
        )
        log.warning("update refused (%s): %s", refused.reason, refused)
        # An offline totem is not a failure of the updater's service: it tries again later.
        return RunOutcome(
            f"refused ({refused.reason}): {refused}", failed=refused.reason != "unreachable"
        )

    def _deliver_content(self, state: UpdateState, offer: ReleaseOffer) -> None:
        """Hand a verified content pack to the kiosk, which imports it between two looks.

        The kiosk, not the updater, imports it: the catalogue is the kiosk's
        database, and it validates the pack as it does the backend's. Content
        needs no idle time: the import swaps the catalogue in one transaction.
        """
        verified = self.fleet.download(offer)
        if self.data_dir is None:
            return
        incoming = self.data_dir / INCOMING
        owner = self.data_dir.stat()
        for folder in (incoming.parent, incoming):
            if not folder.exists():
                folder.mkdir(mode=0o750)
                with contextlib.suppress(PermissionError):
                    os.chown(folder, owner.st_uid, owner.st_gid)  # the kiosk removes what it took
        name = re.sub(r"[^A-Za-z0-9._-]", "_", offer.version)
        tmp = incoming / f".{name}.json.tmp"
        shutil.copyfile(verified, tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, incoming / f"{name}.json")
        verified.unlink(missing_ok=True)
        state.content_delivered = offer.version
        self.journal.report(
            state,
            "update.content_delivered",
            f"content pack {offer.version} verified and handed to the kiosk",
            version=offer.version,
        )

    def _snapshot_database(self, version: str) -> Path | None:
        """A consistent copy of the database, taken while the kiosk may be running (WAL)."""
        if self.database is None or not self.database.exists():
            return None
        target = self.journal.path.parent / f"database-before-{version}.sqlite"
        target.unlink(missing_ok=True)
        with (
            contextlib.closing(sqlite3.connect(self.database)) as source,
            contextlib.closing(sqlite3.connect(target)) as copy,
        ):
            source.backup(copy)
        os.chmod(target, 0o600)
        return target

    def _finish_trial(self, state: UpdateState) -> RunOutcome:
        trial = state.trial or {}
        version = trial.get("version", "")
        if trial.get("verdict"):
            # A rollback a power cut interrupted: finish it, never judge the version again.
            return self._complete_roll_back(state)
        if self.versions.current() != version:
            # Someone (a technician, dpkg) already moved current: nothing to judge.
            state.trial = None
            self.journal.save(state)
            return RunOutcome(f"trial of {version} abandoned: current is {self.versions.current()}")
        result = watch_health(
            self.service,
            ready_timeout=self.policy.ready_timeout,
            healthy_for=self.policy.healthy_for,
            poll_seconds=self.policy.poll_seconds,
        )
        snapshot = Path(trial["database_snapshot"]) if trial.get("database_snapshot") else None
        if result.healthy:
            state.trial = None
            if snapshot:
                snapshot.unlink(missing_ok=True)
            removed = self.versions.prune(self.policy.keep_versions)
            self.journal.report(
                state,
                "update.installed",
                f"{version} installed (was {trial.get('previous')}): {result.reason}",
                version=version,
                previous=trial.get("previous"),
                ready_seconds=round(result.ready_after_seconds or 0, 1),
                pruned=",".join(removed) or None,
            )
            return RunOutcome(f"{version} installed: {result.reason}")
        # The verdict is journalled before anything moves back, so that an updater
        # stopped half-way through the rollback finishes it at its next run.
        trial["verdict"] = result.reason
        self.journal.save(state)
        return self._complete_roll_back(state)

    def _complete_roll_back(self, state: UpdateState) -> RunOutcome:
        """Back to the previous version and, if needed, its database (each step redoable)."""
        trial = state.trial or {}
        version, reason = trial["version"], trial["verdict"]
        snapshot = Path(trial["database_snapshot"]) if trial.get("database_snapshot") else None
        if self.versions.current() == version:
            restored = self.versions.roll_back()
        else:
            restored = self.versions.current() or trial.get("previous") or "?"
        database_note = self._restore_database(version, snapshot)
        state.refused[version] = reason
        state.trial = None
        self.journal.save(state)
        try:
            self.service.restart()
        except Exception as exc:
            log.error("restarting the kiosk on %s failed: %s", restored, exc)
        self.journal.report(
            state,
            "update.rolled_back",
            f"{version} rolled back to {restored}: {reason}{database_note}",
            severity="error",
            version=version,
            restored=restored,
        )
        return RunOutcome(f"{version} rolled back to {restored}: {reason}", failed=True)

    def _restore_database(self, version: str, snapshot: Path | None) -> str:
        """Put the old database back only if the new version migrated it (the old refuses it)."""
        if self.database is None or snapshot is None or not snapshot.exists():
            return ""
        if _schema_revision(self.database) == _schema_revision(snapshot):
            snapshot.unlink(missing_ok=True)
            return ""
        with contextlib.suppress(Exception):
            self.service.stop()
        aside = self.database.with_name(f"{self.database.name}.from-{version}")
        # The database's owner and mode; its folder's owner if a rollback stopped
        # half-way already moved it aside.
        existing = self.database.exists()
        owner = (self.database if existing else self.database.parent).stat()
        mode = owner.st_mode & 0o666 if existing else 0o640
        for suffix in ("", "-wal", "-shm"):
            source = Path(f"{self.database}{suffix}")
            if source.exists():
                os.replace(source, Path(f"{aside}{suffix}"))
        # Copied under another name, then renamed: a cut here leaves no half database.
        partial = self.database.with_name(f".{self.database.name}.restoring")
        shutil.copyfile(snapshot, partial)
        with contextlib.suppress(PermissionError):
            os.chown(partial, owner.st_uid, owner.st_gid)
        os.chmod(partial, mode)
        os.replace(partial, self.database)
        snapshot.unlink(missing_ok=True)
        return (
            f"; the database {version} had migrated was set aside as {aside.name} "
            "(what citizens submitted during the trial is in it)"
        )
