"""What the updater did and is doing, in one small JSON file that survives power cuts.

The file (``/var/lib/spaziocitta-kiosk/updates/state.json``, written by the
updater as root, readable by the kiosk for the maintenance screen) keeps:

- the **trial** under way (new version, previous one, database snapshot), so an
  updater interrupted mid-trial finishes it — or rolls back — at its next run;
- **refused versions** with their reason, never tried again (a newer release
  is);
- the **reports** not yet taken by the backend's telemetry, and the last
  outcome for the maintenance screen.

Every change is written to a temporary file, flushed and renamed over the old.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

UPDATES_DIR = "updates"
"""The updater's folder in the data folder: its journal, log and database snapshots."""

MAX_REPORTS = 200
"""Reports waiting for the backend beyond this are dropped, oldest first (a totem
offline for months must not fill its disk)."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class UpdateState:
    """The journal's content (plain data, so that it round-trips through JSON)."""

    trial: dict[str, Any] | None = None
    refused: dict[str, str] = field(default_factory=dict)
    reports: list[dict[str, Any]] = field(default_factory=list)
    last_check_at: str | None = None
    last_outcome: dict[str, Any] | None = None
    available: dict[str, Any] | None = None
    content_delivered: str | None = None
    """The content pack version last handed to the kiosk (packs/incoming)."""


class UpdateJournal:
    """Load, change and save :class:`UpdateState` atomically."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def in_data_dir(cls, data_dir: Path) -> UpdateJournal:
        return cls(data_dir / UPDATES_DIR / "state.json")

    def load(self) -> UpdateState:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return UpdateState()
        except (OSError, ValueError):
            # A broken journal must not stop updates: start afresh, keep the old for a human.
            os.replace(self.path, self.path.with_suffix(".corrupt"))
            return UpdateState()
        known = UpdateState.__dataclass_fields__
        return UpdateState(**{k: v for k, v in data.items() if k in known})

    def peek(self) -> UpdateState:
        """Read without repairing (for readers that may not write: the kiosk's user)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            known = UpdateState.__dataclass_fields__
            return UpdateState(**{k: v for k, v in data.items() if k in known})
        except (OSError, ValueError, TypeError):
            return UpdateState()

    def save(self, state: UpdateState) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.tmp")
        with open(tmp, "w", encoding="utf-8") as out:
            json.dump(asdict(state), out, indent=1, sort_keys=True)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, self.path)

    def report(
        self,
        state: UpdateState,
        name: str,
        detail: str,
        *,
        severity: str = "info",
        **data: str | int | float | bool | None,
    ) -> None:
        """Record an outcome (``update.installed``, ``update.rolled_back``…) and save."""
        event = {
            "at": _now(),
            "kind": "fault" if severity in ("error", "critical") else "event",
            "name": name,
            "severity": severity,
            "detail": detail[:2000],
            "data": data,
        }
        state.reports = [*state.reports, event][-MAX_REPORTS:]
        state.last_outcome = event
        self.save(state)


async def send_reports(journal: UpdateJournal, client: Any) -> int:
    """Send the journal's reports as telemetry; each leaves the journal once the backend took it.

    ``client`` is a started :class:`~spaziocitta.kiosk.sync.client.BackendClient`.
    Returns how many were sent; a failure leaves them for the next run.
    """
    from spaziocitta.kiosk.contract.models import TelemetryBatch, TelemetryEvent

    state = journal.load()
    batch_reports = state.reports[:500]
    if not batch_reports:
        return 0
    events = [
        TelemetryEvent(
            at=datetime.fromisoformat(r["at"]),
            kind=r["kind"],
            name=r["name"][:80],
            severity=r["severity"],
            detail=r["detail"],
            data={k: v for k, v in r.get("data", {}).items() if v is not None},
        )
        for r in batch_reports
    ]
    await client.telemetry(TelemetryBatch(events=events))
    # Reload: the report list may have grown while the request was out.
    state = journal.load()
    sent = {json.dumps(r, sort_keys=True) for r in batch_reports}
    state.reports = [r for r in state.reports if json.dumps(r, sort_keys=True) not in sent]
    journal.save(state)
    return len(events)


def summarize(journal: UpdateJournal, app_root: Path) -> dict[str, Any]:
    """What the maintenance screen shows of fleet updates (read only; never raises on junk).

    ``current``/``previous`` are the installed versions by their links (None off a
    totem, e.g. in development), ``available`` the newest offered version, ``last``
    the last outcome in one line, ``trial`` the version under trial.
    """
    import contextlib

    state = journal.peek()
    links = {}
    for name in ("current", "previous"):
        links[name] = None
        with contextlib.suppress(OSError):
            links[name] = os.readlink(app_root / name)
    outcome = state.last_outcome or {}
    when = ""
    with contextlib.suppress(KeyError, TypeError, ValueError):
        when = datetime.fromisoformat(outcome["at"]).astimezone().strftime("%d/%m/%Y %H:%M")
    return {
        **links,
        "available": (state.available or {}).get("version"),
        "trial": (state.trial or {}).get("version"),
        "last": f"{when} {outcome.get('detail', '')}".strip() or None,
        "last_failed": outcome.get("severity") in ("error", "critical"),
        "last_check_at": state.last_check_at,
    }
