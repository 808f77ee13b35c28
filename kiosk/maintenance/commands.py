"""``kiosk maintenance set-pin|audit|unlock``: the maintenance PIN and its log from a shell.

``set-pin`` asks for the new PIN twice without echo (or reads one line from
standard input with ``--pin-stdin``, for provisioning scripts), checks the PIN
rules, and writes only its scrypt hash into ``[maintenance] pin_hash`` of the
configuration file (``--config`` or ``KIOSK_CONFIG``; there is no default
path). The rest of the file, comments included, is kept as it was; the new
file is checked to parse to the same hash before it atomically replaces the
old one, with the old one's permissions. The PIN is never printed or logged.
A running kiosk uses the new PIN after its next restart.

Exit codes: 0 done; 1 the PIN was refused (rules, or the two entries differ);
2 no usable configuration file.

``audit`` prints the latest audit lines (newest last), ``unlock`` lifts a
wrong-PIN lockout; both are audited like everything else. Heavy modules are
imported inside the handlers (tests/test_start_up_imports.py).
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

from spaziocitta.kiosk.config import KioskConfig
from spaziocitta.kiosk.paths import ENV_CONFIG, DataPaths

SECTION, OPTION = "maintenance", "pin_hash"
_HEADER = re.compile(r"^\s*\[(?!\[)\s*(?P<name>[^\]]+?)\s*\]\s*(#.*)?$")


class ConfigWriteError(Exception):
    """The configuration file could not be updated; nothing was changed."""


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``kiosk maintenance``."""
    maintenance = commands.add_parser("maintenance", help="the maintenance PIN and audit log")
    actions = maintenance.add_subparsers(dest="maintenance_action", required=True)
    set_pin = actions.add_parser(
        "set-pin", help="set the maintenance PIN (its hash goes into the config file)"
    )
    set_pin.add_argument(
        "--pin-stdin",
        action="store_true",
        help="read the PIN from one line of standard input (provisioning scripts)",
    )
    set_pin.set_defaults(handler=set_pin_command)
    log = actions.add_parser("audit", help="the latest maintenance audit lines, newest last")
    log.add_argument("--limit", type=int, default=50, help="how many lines (default 50)")
    log.add_argument("--json", action="store_true")
    log.set_defaults(handler=audit_command)
    unlock = actions.add_parser("unlock", help="lift a wrong-PIN lockout")
    unlock.set_defaults(handler=unlock_command)


def set_pin_command(args: argparse.Namespace, paths: DataPaths, config: KioskConfig) -> int:
    from .pin import PinRuleError, check_pin_rules, hash_pin

    chosen = args.config or os.environ.get(ENV_CONFIG)
    if not chosen:
        print(
            "kiosk maintenance: no configuration file to write the PIN into: "
            f"give --config FILE or set {ENV_CONFIG}",
            file=sys.stderr,
        )
        return 2
    if args.pin_stdin:
        pin = sys.stdin.readline().rstrip("\r\n")
    else:
        pin = getpass.getpass("New maintenance PIN: ")
        if getpass.getpass("The same PIN again: ") != pin:
            print("kiosk maintenance: the two PINs differ; nothing changed", file=sys.stderr)
            return 1
    try:
        check_pin_rules(pin)
    except PinRuleError as exc:
        print(f"kiosk maintenance: PIN refused: {exc}; nothing changed", file=sys.stderr)
        return 1
    try:
        write_option(Path(chosen), hash_pin(pin))
    except ConfigWriteError as exc:
        print(f"kiosk maintenance: {exc}", file=sys.stderr)
        return 2
    _audit_best_effort(paths, "pin_set", "command line")
    print(f"maintenance PIN set in {chosen} (a running kiosk uses it after a restart)")
    return 0


def audit_command(args: argparse.Namespace, paths: DataPaths, config: KioskConfig) -> int:
    from spaziocitta.kiosk.store.db import Store

    from . import audit

    store = Store.open(paths.ensure().database)
    try:
        with store.session() as db:
            entries = list(reversed(audit.latest(db, max(0, args.limit))))
    finally:
        store.close()
    if args.json:
        print(json.dumps([e.to_json() for e in entries], indent=2))
        return 0
    for entry in entries:
        sent = "" if entry.sent_at else "  (not yet sent)"
        when = entry.at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%SZ")
        print(f"{when} {entry.event:15} {entry.detail}{sent}")
    return 0


def unlock_command(args: argparse.Namespace, paths: DataPaths, config: KioskConfig) -> int:
    from spaziocitta.kiosk.store.db import Store

    from . import audit, lockout

    now = datetime.now(UTC)
    store = Store.open(paths.ensure().database)
    try:
        with store.session() as db, db.begin():
            lifted = lockout.clear(db, now)
            if lifted:
                audit.append(db, "unlocked", "command line", now=now)
    finally:
        store.close()
    print("lockout lifted" if lifted else "entry was not locked")
    return 0


def _audit_best_effort(paths: DataPaths, event: str, detail: str) -> None:
    # The PIN is already set: a store that cannot be opened must not make it look failed.
    from spaziocitta.kiosk.store.db import Store

    try:
        store = Store.open(paths.ensure().database)
        try:
            with store.session() as db, db.begin():
                from . import audit

                audit.append(db, event, detail, now=datetime.now(UTC))
        finally:
            store.close()
    except Exception as exc:
        print(f"kiosk maintenance: warning: not written to the audit log: {exc}", file=sys.stderr)


def set_option_text(text: str, section: str, option: str, literal: str) -> str:
    """``text`` (TOML) with ``option = literal`` in ``[section]``: replaced, added or appended.

    Line by line, so that comments and layout stay; the caller checks the result parses.
    """
    lines = text.splitlines(keepends=True)
    start = end = None
    for number, line in enumerate(lines):
        header = _HEADER.match(line)
        if line.lstrip().startswith("[") and start is not None and end is None:
            end = number
        if header and header["name"] == section and start is None:
            start = number
    assignment = f"{option} = {literal}\n"
    if start is None:
        if text and not text.endswith("\n"):
            text += "\n"
        gap = "\n" if text else ""  # a blank line before the new table, as in the example
        return f"{text}{gap}[{section}]\n{assignment}"
    end = len(lines) if end is None else end
    key = re.compile(rf"^\s*{re.escape(option)}\s*=")
    for number in range(start + 1, end):
        if key.match(lines[number]):
            lines[number] = assignment
            return "".join(lines)
    lines.insert(start + 1, assignment)
    return "".join(lines)


def write_option(path: Path, pin_hash: str) -> None:
    """Put ``pin_hash`` into the configuration file at ``path`` atomically, or raise."""
    import tempfile
    import tomllib

    from spaziocitta.kiosk.config import ConfigError, parse_config

    target = path.resolve()  # a symlinked config is updated where it really lives
    try:
        old = target.read_text(encoding="utf-8")
        mode = target.stat()
    except FileNotFoundError:
        raise ConfigWriteError(f"{path}: configuration file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigWriteError(f"{path}: cannot read the configuration file: {exc}") from None
    new = set_option_text(old, SECTION, OPTION, f'"{pin_hash}"')
    try:
        written = parse_config(tomllib.loads(new), source=str(path)).maintenance.pin_hash
    except (tomllib.TOMLDecodeError, ConfigError) as exc:
        raise ConfigWriteError(
            f"{path}: could not place pin_hash in [maintenance] (edit the file by hand): {exc}"
        ) from None
    if written != pin_hash:
        raise ConfigWriteError(
            f"{path}: [maintenance] is written in a form this command cannot edit; "
            "set pin_hash by hand"
        )
    descriptor, temporary = tempfile.mkstemp(prefix=".kiosk-", suffix=".toml", dir=target.parent)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(new)
            file.flush()
            os.fsync(file.fileno())
        # The file may hold the totem's secret: the new one keeps the old one's
        # permissions and, when we may, its owner.
        os.chmod(temporary, mode.st_mode & 0o7777)
        with contextlib.suppress(PermissionError, AttributeError):  # not root / not POSIX
            os.chown(temporary, mode.st_uid, mode.st_gid)
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise ConfigWriteError(f"{path}: cannot write the configuration file: {exc}") from None
    _fsync_dir(target.parent)


def _fsync_dir(folder: Path) -> None:
    # The rename itself must reach the disk, or a power cut may bring back the old file.
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):  # some file systems cannot sync a folder
            os.fsync(descriptor)
    finally:
        os.close(descriptor)
