"""Is a citizen using the kiosk? The app says so in a file; the updater reads it.

The kiosk (user ``kiosk``) and the updater (root, another service) share no
memory, so the kiosk writes ``activity.json`` in its data folder whenever a
session starts or ends: ``{"pid": …, "in_session": true, "since": …}``. The
updater installs only when no session is under way and the kiosk has been idle
for a while, or — when the municipality set a maintenance window in the remote
configuration — only inside that window, and still never during a session.

A missing file or a dead ``pid`` means no kiosk is running: nobody to disturb.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path

ACTIVITY_FILE = "activity.json"
_WINDOW = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$")


def write_activity(data_dir: Path, *, in_session: bool, now: datetime) -> None:
    """Record the kiosk's state (atomically: the updater may read at any moment)."""
    path = data_dir / ACTIVITY_FILE
    tmp = path.with_name(f".{ACTIVITY_FILE}.{os.getpid()}")
    tmp.write_text(
        json.dumps({"pid": os.getpid(), "in_session": in_session, "since": now.isoformat()}),
        encoding="utf-8",
    )
    os.replace(tmp, path)


def parse_window(text: str) -> tuple[time, time]:
    """``"02:00-05:30"`` → its start and end (an end before the start crosses midnight)."""
    match = _WINDOW.fullmatch(text)
    if not match:
        raise ValueError(f"maintenance window {text!r}: expected HH:MM-HH:MM")
    start = time(int(match[1]), int(match[2]))
    end = time(int(match[3]), int(match[4]))
    if start == end:
        raise ValueError(f"maintenance window {text!r} is empty")
    return start, end


def in_window(window: str, now: datetime) -> bool:
    start, end = parse_window(window)
    moment = now.astimezone().time()  # the totem's local time: "at night" is local
    return start <= moment < end if start < end else moment >= start or moment < end


def _alive(pid: object) -> bool:
    if not isinstance(pid, int) or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass(frozen=True)
class UpdateGate:
    """When an update may be installed on this totem."""

    data_dir: Path
    idle_seconds: float = 120.0

    def allows(self, now: datetime, window: str | None = None) -> tuple[bool, str]:
        """Whether to install now, and why (for the logs and the maintenance screen)."""
        if window and not in_window(window, now):
            return False, f"outside the maintenance window {window}"
        try:
            data = json.loads((self.data_dir / ACTIVITY_FILE).read_text(encoding="utf-8"))
            since = datetime.fromisoformat(data["since"])
            running = _alive(data.get("pid"))
            in_session = bool(data.get("in_session"))
        except (OSError, ValueError, KeyError, TypeError):
            return True, "the kiosk is not running"
        if not running:
            return True, "the kiosk is not running"
        if in_session:
            return False, "a citizen is using the kiosk"
        idle = now - since
        if not window and idle < timedelta(seconds=self.idle_seconds):
            return False, f"idle for only {idle.total_seconds():.0f} s"
        return True, "inside the maintenance window" if window else "the kiosk is idle"
