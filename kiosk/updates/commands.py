"""``kiosk release …`` for the publisher and ``kiosk update …`` for the totem.

Publisher (a workstation; root keys on offline media)::

    kiosk release init REPO --root-keys /media/offline/root --online-keys keys/
    kiosk release add REPO spaziocitta-kiosk-1.5.0.tar.gz --kind app --version 1.5.0 \\
        --percent 10 --totem biblioteca-02 --keys keys/
    kiosk release rollout REPO app/spaziocitta-kiosk-1.5.0.tar.gz --percent 100 --keys keys/
    kiosk release timestamp REPO --keys keys/          # daily, from cron
    kiosk release rotate-key REPO --role targets --new-keys keys/ --keys /media/offline/root
    kiosk release sign REPO --role root --keys /media/other-holder/root
    kiosk release verify REPO && rsync -a REPO/ cdn:/kiosk/

Totem (root, from spaziocitta-kiosk-updater.service)::

    kiosk update run [--force]    check, and install when the kiosk is idle
    kiosk update status           what is installed, available, refused; the last outcome
    kiosk update request          ask the updater to run now (the kiosk's user may)
    kiosk update rollback         back to the previous version, now

Exit codes: 0 done, 1 refused or failed (the message says why), 2 bad usage.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from spaziocitta.kiosk import __version__
from spaziocitta.kiosk.config import KioskConfig
from spaziocitta.kiosk.paths import ENV_CONFIG, DataPaths

log = logging.getLogger(__name__)

REQUEST_FILE = "update-requested"
"""Written by the kiosk (maintenance) in its data folder; a systemd path unit starts the updater."""


def _days(values: list[str] | None) -> dict[str, int]:
    days: dict[str, int] = {}
    for value in values or []:
        role, _, number = value.partition("=")
        if not number.isdigit() or int(number) < 1:
            raise argparse.ArgumentTypeError(f"--expires {value!r}: expected ROLE=DAYS")
        days[role] = int(number)
    return days


def add_release_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``kiosk release``."""
    release = commands.add_parser("release", help="publish signed releases (TUF repository)")
    actions = release.add_subparsers(dest="release_action", required=True)

    def action(name: str, help_text: str, *, keys: bool = True) -> argparse.ArgumentParser:
        parser = actions.add_parser(name, help=help_text)
        parser.add_argument("repository", type=Path, help="the repository folder")
        if keys:
            parser.add_argument(
                "--keys", type=Path, action="append", default=[], help="a key folder (repeatable)"
            )
        parser.add_argument(
            "--expires", action="append", metavar="ROLE=DAYS", help="validity of new metadata"
        )
        return parser

    init = action("init", "a new repository and its keys", keys=False)
    init.add_argument("--root-keys", type=Path, required=True, help="folder for the root keys")
    init.add_argument("--online-keys", type=Path, required=True, help="targets/snapshot/timestamp")
    init.add_argument("--root-key-count", type=int, default=1)
    init.add_argument("--root-threshold", type=int, default=1)
    add = action("add", "publish a release file")
    add.add_argument("file", type=Path)
    add.add_argument("--kind", choices=("app", "content"), required=True)
    add.add_argument("--version", required=True, help="MAJOR.MINOR.PATCH")
    add.add_argument("--name", help="target name (default: KIND/FILENAME)")
    for parser in (add, rollout := action("rollout", "change who takes a release")):
        parser.add_argument("--percent", type=float, default=100.0, help="share of the fleet")
        parser.add_argument("--totem", action="append", default=[], help="a totem that takes it")
    rollout.add_argument("name", help="the release's target name")
    action("timestamp", "re-sign the timestamp (run daily)")
    sign = action("sign", "add signatures to a role's metadata (threshold signing)")
    sign.add_argument("--role", required=True)
    rotate = action("rotate-key", "replace a role's keys with a new one")
    rotate.add_argument("--role", required=True)
    rotate.add_argument("--new-keys", type=Path, required=True, help="folder for the new key")
    action("verify", "is the repository ready to publish?", keys=False)
    action("list", "the published releases", keys=False)
    release.set_defaults(handler=release_command)


def release_command(args: argparse.Namespace) -> int:
    from .release_repository import KeyRing, ReleaseError, ReleaseRepository
    from .rollout import Rollout, RolloutError

    repo = ReleaseRepository(args.repository)
    try:
        days = _days(args.expires)
        ring = KeyRing.load(args.keys) if getattr(args, "keys", None) else KeyRing({})
        match args.release_action:
            case "init":
                repo.init(
                    args.root_keys,
                    args.online_keys,
                    root_key_count=args.root_key_count,
                    root_threshold=args.root_threshold,
                    days=days,
                )
                print(f"repository created in {args.repository}; root keys in {args.root_keys}")
            case "add":
                name = repo.add_release(
                    ring,
                    args.file,
                    kind=args.kind,
                    version=args.version,
                    rollout=Rollout(args.percent, tuple(args.totem)),
                    name=args.name,
                    days=days,
                )
                print(f"published {name}")
            case "rollout":
                repo.set_rollout(ring, args.name, Rollout(args.percent, tuple(args.totem)), days)
                print(f"{args.name}: {args.percent:g} % of the fleet, totems {args.totem or '-'}")
            case "timestamp":
                print(f"timestamp version {repo.refresh_timestamp(ring, days)}")
            case "sign":
                print(f"{repo.sign(ring, args.role)} signature(s) added to {args.role}")
            case "rotate-key":
                keyid = repo.rotate_key(ring, args.role, args.new_keys, days=days)
                print(f"{args.role} key is now {keyid[:16]}; publish after 'verify' passes")
            case "verify":
                problems = repo.verify()
                for problem in problems:
                    print(problem)
                if problems:
                    return 1
                print("ready to publish")
            case "list":
                for name, custom in sorted(repo.release_targets().items()):
                    print(f"{name}\t{custom.get('kind')}\t{custom.get('version')}\t"
                          f"{json.dumps(custom.get('rollout'))}")  # fmt: skip
    except (ReleaseError, RolloutError, argparse.ArgumentTypeError) as exc:
        print(f"kiosk release: {exc}", file=sys.stderr)
        return 1
    return 0


def add_update_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``kiosk update``."""
    update = commands.add_parser("update", help="fleet updates on this totem")
    actions = update.add_subparsers(dest="update_action", required=True)
    run = actions.add_parser("run", help="check the repository; install when allowed")
    run.add_argument("--force", action="store_true", help="install now even if the kiosk is busy")
    status = actions.add_parser("status", help="installed, available, refused, last outcome")
    status.add_argument("--json", action="store_true")
    actions.add_parser("request", help="ask the updater service to run now")
    actions.add_parser("rollback", help="go back to the previous version now")
    update.set_defaults(handler=update_command)


def build_updater(config: KioskConfig, paths: DataPaths, service=None):
    """The :class:`TotemUpdater` the configuration describes."""
    from .activity import UpdateGate
    from .app_versions import AppVersions
    from .fleet_updater import FleetUpdater
    from .totem_updater import TotemUpdater, UpdatePolicy
    from .trial import SystemdUnit
    from .update_journal import UpdateJournal

    settings = config.updates
    fleet = FleetUpdater(
        settings.repository_url,
        Path(settings.trusted_root),
        paths.root / "tuf" / "metadata",
        paths.root / "tuf" / "downloads",
        totem_id=config.kiosk.totem_id,
        max_download_bytes=settings.max_download_mb * 1024 * 1024,
        user_agent=f"spaziocitta-kiosk/{__version__}",
    )
    config_path = os.environ.get(ENV_CONFIG)
    return TotemUpdater(
        fleet=fleet,
        versions=AppVersions(Path(settings.app_root)),
        journal=UpdateJournal.in_data_dir(paths.root),
        service=service or SystemdUnit(settings.service),
        gate=UpdateGate(paths.root, settings.idle_seconds),
        database=paths.database,
        data_dir=paths.root,
        config_path=Path(config_path) if config_path else None,
        running_version=__version__,
        policy=UpdatePolicy(
            ready_timeout=settings.ready_timeout_seconds,
            healthy_for=settings.healthy_seconds,
        ),
    )


async def _with_backend(config: KioskConfig, work) -> object:
    from spaziocitta.kiosk.sync.client import BackendClient

    client = BackendClient(config.backend, config.kiosk.totem_id)
    await client.start()
    try:
        return await work(client)
    finally:
        await client.close()


def _remote_window(config: KioskConfig) -> str:
    """The municipality's window if the backend answers, else the local one."""
    if not config.backend.url:
        return config.updates.maintenance_window

    async def fetch(client) -> str:
        return (await client.remote_config()).update_window

    try:
        window = asyncio.run(_with_backend(config, fetch))
    except Exception as exc:
        log.info("remote configuration unavailable (%s): local window", exc)
        return config.updates.maintenance_window
    return str(window) or config.updates.maintenance_window


def send_journal_reports(config: KioskConfig, paths: DataPaths) -> int:
    from .update_journal import UpdateJournal, send_reports

    if not config.backend.url:
        return 0
    journal = UpdateJournal.in_data_dir(paths.root)
    try:
        return int(asyncio.run(_with_backend(config, lambda c: send_reports(journal, c))))  # type: ignore[arg-type]
    except Exception as exc:
        log.warning("update reports not sent, kept for the next run: %s", exc)
        return 0


def update_command(args: argparse.Namespace, paths: DataPaths, config: KioskConfig) -> int:
    from .update_journal import UpdateJournal

    if args.update_action == "request":
        (paths.root / REQUEST_FILE).write_text(datetime.now(UTC).isoformat() + "\n")
        print("update requested: the updater runs within a few seconds")
        return 0
    if args.update_action == "status":
        return _status(args, paths, config, UpdateJournal.in_data_dir(paths.root))
    request = paths.root / REQUEST_FILE
    # A technician asked from the maintenance screen: they are at the totem, no citizen is.
    # Consumed first, whatever follows: the .path unit would start us again and again.
    requested = request.exists() and args.update_action == "run"
    if requested:
        request.unlink(missing_ok=True)
    if not (config.updates.repository_url and config.updates.trusted_root):
        print("kiosk update: no update repository configured ([updates])", file=sys.stderr)
        return 1
    updater = build_updater(config, paths)
    if args.update_action == "rollback":
        from .app_versions import InstallError

        try:
            restored = updater.versions.roll_back()
        except InstallError as exc:
            print(f"kiosk update: {exc}", file=sys.stderr)
            return 1
        updater.service.restart()
        state = updater.journal.load()
        updater.journal.report(
            state, "update.rolled_back", f"rolled back to {restored} by a technician",
            severity="warning", restored=restored,
        )  # fmt: skip
        print(f"back to {restored}")
        send_journal_reports(config, paths)
        return 0
    force = args.force or requested
    outcome = updater.run_once(force=force, window=_remote_window(config) or None)
    print(outcome)
    send_journal_reports(config, paths)
    return 1 if outcome.failed else 0


def _status(args: argparse.Namespace, paths: DataPaths, config: KioskConfig, journal) -> int:
    from .app_versions import AppVersions

    versions = AppVersions(Path(config.updates.app_root))
    state = journal.peek()  # read only: the kiosk's user may ask, and may not write there
    status = {
        "current": versions.current(),
        "previous": versions.previous(),
        "installed": versions.installed(),
        "available": state.available,
        "trial": state.trial,
        "refused": state.refused,
        "last_check_at": state.last_check_at,
        "last_outcome": state.last_outcome,
        "reports_waiting": len(state.reports),
        "requested": (paths.root / REQUEST_FILE).exists(),
    }
    if args.json:
        print(json.dumps(status, indent=1))
        return 0
    available = state.available or {}
    outcome = state.last_outcome or {}
    lines = {
        "current": status["current"],
        "previous": status["previous"],
        "installed": ", ".join(status["installed"]),
        "available": available and f"{available['version']} ({available['target']})",
        "trial": state.trial and f"{state.trial['version']} since {state.trial.get('started_at')}",
        "refused": "; ".join(f"{v} ({why})" for v, why in state.refused.items()),
        "last check": state.last_check_at,
        "last outcome": outcome and f"{outcome['at']} {outcome['name']}: {outcome['detail']}",
        "reports waiting for the backend": status["reports_waiting"],
        "update requested": "yes" if status["requested"] else "no",
    }
    for key, value in lines.items():
        print(f"{key}: {value if value not in (None, '', {}) else '-'}")
    return 0
