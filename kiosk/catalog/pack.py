"""Reading a content pack from a folder, a single pack.json, or a .zip of either.

Reading never trusts the input: sizes are bounded, a zip may not escape its
folder, and every problem becomes a PackError naming the file.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PACK_FILE = "pack.json"
MAX_PACK_BYTES = 64 * 1024 * 1024
"""A catalogue of 50,000 services is ~40 MB of JSON; anything larger is refused."""


class PackError(Exception):
    """The pack cannot be read at all (missing, too large, not JSON)."""


@dataclass(frozen=True)
class LoadedPack:
    """A pack's parsed ``pack.json`` and where it came from."""

    data: Any
    source: Path


def _parse(raw: bytes, where: str) -> Any:
    if len(raw) > MAX_PACK_BYTES:
        raise PackError(f"{where}: larger than {MAX_PACK_BYTES // 2**20} MB")
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise PackError(f"{where}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise PackError(
            f"{where}: not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from None


def load_pack(path: str | Path) -> LoadedPack:
    """Read a pack from a folder holding pack.json, a .json file, or a .zip."""
    source = Path(path)
    if source.is_dir():
        source = source / PACK_FILE
    if not source.exists():
        raise PackError(f"{source}: not found")
    if source.suffix == ".zip":
        return LoadedPack(_read_zip(source), source)
    if source.stat().st_size > MAX_PACK_BYTES:
        raise PackError(f"{source}: larger than {MAX_PACK_BYTES // 2**20} MB")
    try:
        raw = source.read_bytes()
    except OSError as exc:
        raise PackError(f"{source}: cannot read: {exc.strerror}") from None
    return LoadedPack(_parse(raw, str(source)), source)


def _read_zip(source: Path) -> Any:
    try:
        with zipfile.ZipFile(source) as archive:
            names = [n for n in archive.namelist() if n.rsplit("/", 1)[-1] == PACK_FILE]
            if not names:
                raise PackError(f"{source}: no {PACK_FILE} inside")
            name = min(names, key=len)  # the top-most pack.json
            info = archive.getinfo(name)
            if info.file_size > MAX_PACK_BYTES:
                raise PackError(f"{source}!{name}: larger than {MAX_PACK_BYTES // 2**20} MB")
            return _parse(archive.read(name), f"{source}!{name}")
    except zipfile.BadZipFile:
        raise PackError(f"{source}: not a valid zip archive") from None
