"""The ``kiosk`` command: run the totem, and the technicians' tools.

Every sub-command honours ``--config``/``KIOSK_CONFIG`` and ``KIOSK_DATA_DIR``,
so it works the same on a totem over SSH as in a test.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence

from . import __version__
from .config import ConfigError, load_config
from .logging_setup import setup_logging
from .paths import data_paths


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{3,4})x(\d{3,4})", text)
    if not match:
        raise argparse.ArgumentTypeError("expected WIDTHxHEIGHT, e.g. 540x960")
    return int(match[1]), int(match[2])


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk", description="Spazio Città self-service totem")
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    parser.add_argument("--config", help="TOML configuration file (default: $KIOSK_CONFIG)")
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="start the kiosk user interface")
    run.add_argument(
        "--demo",
        action="store_true",
        help="simulated devices and demo content: runs with no hardware and no network",
    )
    run.add_argument("--windowed", action="store_true", help="a window instead of fullscreen")
    run.add_argument("--size", type=_size, help="window size WIDTHxHEIGHT (with --windowed)")
    run.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="print 'ready in N ms' at the first frame and exit 0 (a health check)",
    )
    from .catalog.commands import add_commands as add_catalog_commands
    from .device_commands import add_commands as add_device_commands
    from .sync.commands import add_commands as add_sync_commands

    add_catalog_commands(commands)
    add_device_commands(commands)
    add_sync_commands(commands)
    from .payments.commands import add_commands as add_payment_commands

    add_payment_commands(commands)
    from .maintenance.commands import add_commands as add_maintenance_commands

    add_maintenance_commands(commands)
    from .provision import add_commands as add_provision_command

    add_provision_command(commands)
    from .updates.commands import add_release_commands, add_update_commands

    add_release_commands(commands)
    add_update_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``kiosk`` console script."""
    args = build_parser().parse_args(argv)
    if args.command in ("provision", "release"):
        # Before the configuration is loaded (provisioning may create it), and without
        # logs or a data directory: provisioning runs as root, before the kiosk's user
        # made them; releases are signed on a publisher's workstation, not on a totem.
        return int(args.handler(args))
    try:
        config = load_config(args.config)
    except ConfigError as exc:
        print(f"kiosk: configuration error: {exc}", file=sys.stderr)
        return 2
    paths = data_paths().ensure()
    log_dir = paths.logs
    if args.command == "update" and args.update_action in ("run", "rollback"):
        # The updater runs as root: its log stays in its own folder, so that no
        # root-owned file lands among the kiosk's logs (the kiosk could not rotate it).
        from .updates.update_journal import UPDATES_DIR

        log_dir = paths.root / UPDATES_DIR
    setup_logging(log_dir, config.logging.level, config.logging.max_bytes, config.logging.backups)
    if args.command == "run":
        # Imported here: the core and the other commands must work without Qt.
        from spaziocitta.ui.app import RunOptions, run_kiosk

        options = RunOptions(
            demo=args.demo,
            windowed=args.windowed,
            exit_when_ready=args.exit_when_ready,
            size=args.size,
        )
        return run_kiosk(config, paths, options)
    if args.command in ("device", "sync", "outbox", "pay", "payments", "maintenance", "update"):
        return int(args.handler(args, paths, config))
    return int(args.handler(args, paths))


if __name__ == "__main__":
    sys.exit(main())
