"""The content pack the backend publishes: its bytes, version and sha256 (the ETag).

The pack is read and validated once at start-up: a backend must not hand a
broken pack to a whole fleet, so a bad pack stops it with the problems listed.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spaziocitta.kiosk.catalog.pack import MAX_PACK_BYTES, PACK_FILE, PackError
from spaziocitta.kiosk.catalog.validate import validate_pack


@dataclass(frozen=True)
class PublishedPack:
    """A validated pack, ready to serve."""

    raw: bytes
    data: dict[str, Any]
    sha256: str
    source: Path

    @property
    def version(self) -> str:
        """The pack's own version string."""
        return str(self.data.get("version", ""))

    @property
    def etag(self) -> str:
        """A strong ETag: the sha256 of the bytes served."""
        return f'"{self.sha256}"'

    def form_ids(self) -> set[str]:
        """Every form a service of the pack leads to (what submissions may name)."""
        return {s["form"] for s in self.data.get("services", []) if s.get("form")}

    def service_ids(self) -> set[str]:
        """Every service id of the pack."""
        return {s["id"] for s in self.data.get("services", [])}


def _read_bytes(path: Path) -> bytes:
    if path.is_dir():
        path = path / PACK_FILE
    if not path.exists():
        raise PackError(f"{path}: not found")
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            names = [n for n in archive.namelist() if n.rsplit("/", 1)[-1] == PACK_FILE]
            if not names:
                raise PackError(f"{path}: no {PACK_FILE} inside")
            raw = archive.read(min(names, key=len))
    else:
        raw = path.read_bytes()
    if len(raw) > MAX_PACK_BYTES:
        raise PackError(f"{path}: larger than {MAX_PACK_BYTES // 2**20} MB")
    return raw


def publish(path: Path) -> PublishedPack:
    """Read and validate the pack at ``path`` (folder, pack.json or .zip)."""
    raw = _read_bytes(path)
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackError(f"{path}: not valid JSON: {exc}") from None
    problems = validate_pack(data)
    if problems:
        listed = "\n  ".join(str(p) for p in problems[:20])
        raise PackError(f"{path}: the pack is not valid:\n  {listed}")
    return PublishedPack(raw, data, hashlib.sha256(raw).hexdigest(), path)


def etag_matches(if_none_match: str | None, etag: str) -> bool:
    """RFC 9110 If-None-Match: ``*`` or any listed tag, compared weakly."""
    if not if_none_match:
        return False
    if if_none_match.strip() == "*":
        return True
    wanted = etag.removeprefix("W/")
    return any(tag.strip().removeprefix("W/") == wanted for tag in if_none_match.split(","))
