"""``kiosk sync now`` and ``kiosk outbox list|retry``: the backend link from a shell."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from dataclasses import asdict
from datetime import UTC, datetime

from spaziocitta.kiosk.config import KioskConfig
from spaziocitta.kiosk.paths import DataPaths


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``kiosk sync`` and ``kiosk outbox``."""
    sync = commands.add_parser("sync", help="talk to the backend now")
    sync_actions = sync.add_subparsers(dest="sync_action", required=True)
    now = sync_actions.add_parser("now", help="send the outbox, check content, send a heartbeat")
    now.add_argument("--timeout", type=float, default=60.0)
    now.set_defaults(handler=sync_now)

    box = commands.add_parser("outbox", help="what waits to be sent to the backend")
    box_actions = box.add_subparsers(dest="outbox_action", required=True)
    listing = box_actions.add_parser("list", help="every item, without personal data")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=outbox_list)
    retry = box_actions.add_parser("retry", help="make every pending or rejected item due now")
    retry.set_defaults(handler=outbox_retry)


def _store(paths: DataPaths):  # type: ignore[no-untyped-def]
    from spaziocitta.kiosk.store.db import Store

    return Store.open(paths.ensure().database)


def sync_now(args: argparse.Namespace, paths: DataPaths, config: KioskConfig) -> int:
    if not config.backend.url:
        print("kiosk sync: no backend configured ([backend] url)", file=sys.stderr)
        return 2
    return asyncio.run(_sync_now(args, paths, config))


async def _sync_now(args: argparse.Namespace, paths: DataPaths, config: KioskConfig) -> int:
    from spaziocitta.kiosk.events import EventBus

    from .client import BackendClient
    from .service import SyncService

    async def no_devices() -> dict[str, object]:
        return {}

    store = _store(paths)
    service = SyncService(
        store,
        EventBus(),
        BackendClient(config.backend, config.kiosk.totem_id),
        cache_dir=paths.cache,
        heartbeat_seconds=config.backend.heartbeat_seconds,
        content_check_seconds=config.backend.content_check_seconds,
        health=no_devices,
    )
    await service.client.start()
    try:
        left = await service.sync_now(timeout=args.timeout)
    finally:
        await service.client.close()
        store.close()
    reachable = {True: "reachable", False: "NOT reachable", None: "not contacted"}
    print(f"backend {reachable[service.status.reachable]}; outbox items left: {left}")
    if service.status.last_error:
        print(f"last error: {service.status.last_error}", file=sys.stderr)
    return 0 if left == 0 and service.status.reachable else 1


def outbox_list(args: argparse.Namespace, paths: DataPaths, config: KioskConfig) -> int:
    from . import outbox

    store = _store(paths)
    try:
        with store.session() as db:
            rows = outbox.entries(db)
    finally:
        store.close()
    if args.json:
        print(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=2))
    else:
        for r in rows:
            ref = r.remote_ref or "-"
            error = f"  ({r.last_error})" if r.last_error else ""
            print(
                f"{r.local_receipt:24} {r.kind:12} {r.state:9} tries {r.attempts:<3} {ref}{error}"
            )
    return 0


def outbox_retry(args: argparse.Namespace, paths: DataPaths, config: KioskConfig) -> int:
    from . import outbox

    store = _store(paths)
    try:
        with store.session() as db, db.begin():
            count = outbox.retry_all(db, datetime.now(UTC))
    finally:
        store.close()
    print(f"{count} item(s) will be sent at the next sync")
    return 0
