"""Staged rollout: which totems take a release, and how versions are ordered.

A release target's ``custom`` block says
``"rollout": {"buckets": 1000, "totems": ["biblioteca-02"]}``: the named totems
take it, and so does every totem whose bucket is below ``buckets`` (of 10,000:
1000 is 10 %; TUF's canonical JSON has no floating-point numbers, so the share
is an integer). The bucket is a stable hash of the totem id alone (0–9999), not
of the release: the same tenth of the fleet goes first every time, and ``kiosk
release rollout`` widens a release from 10 to 50 to 100 % without any totem
that already took it falling out. Canary totems (the one in the technicians'
office) are simply named.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

BUCKETS = 10_000
_VERSION = re.compile(r"^(\d{1,6})\.(\d{1,6})\.(\d{1,6})$")
_TOTEM = re.compile(r"^[a-z0-9][a-z0-9-]{1,62}$")


class RolloutError(ValueError):
    """A rollout or version the totems could not act on."""


def parse_version(text: str) -> tuple[int, int, int]:
    """``1.12.3`` → ``(1, 12, 3)``; anything else is refused (totems must order releases)."""
    match = _VERSION.fullmatch(text.split("+", 1)[0]) if isinstance(text, str) else None
    if match is None:
        raise RolloutError(f"version {text!r}: expected MAJOR.MINOR.PATCH, e.g. 1.4.0")
    return int(match[1]), int(match[2]), int(match[3])


def bucket(totem_id: str) -> int:
    """The totem's stable place in the fleet, 0…9999."""
    digest = hashlib.sha256(f"spaziocitta-rollout:{totem_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % BUCKETS


@dataclass(frozen=True)
class Rollout:
    """Who takes a release: a share of the fleet, and totems named one by one."""

    percent: float = 100.0
    totems: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        if not 0 <= self.percent <= 100:
            raise RolloutError(f"rollout percent {self.percent}: must be between 0 and 100")
        for totem in self.totems:
            if not _TOTEM.fullmatch(totem):
                raise RolloutError(f"totem id {totem!r}: not a totem id")

    def takes(self, totem_id: str) -> bool:
        return totem_id in self.totems or bucket(totem_id) < self.buckets

    @property
    def buckets(self) -> int:
        return round(self.percent * BUCKETS / 100)

    def to_dict(self) -> dict[str, object]:
        return {"buckets": self.buckets, "totems": list(self.totems)}

    @classmethod
    def from_dict(cls, data: object) -> Rollout:
        """From a target's custom block; a missing block means the whole fleet."""
        if data is None:
            return cls()
        if not isinstance(data, dict):
            raise RolloutError("rollout: expected an object")
        buckets = data.get("buckets", BUCKETS)
        totems = data.get("totems", [])
        if not isinstance(buckets, int) or isinstance(buckets, bool):
            raise RolloutError("rollout buckets: expected an integer")
        if not isinstance(totems, list) or not all(isinstance(t, str) for t in totems):
            raise RolloutError("rollout totems: expected a list of totem ids")
        return cls(buckets * 100 / BUCKETS, tuple(totems))
