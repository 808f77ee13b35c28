"""Opening hours: is a place open now, when does it close, when does it open next."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class OpenStatus:
    """Open now and until when, or closed and when it opens next (within two weeks)."""

    open: bool
    closes_at: time | None = None
    opens_on: date | None = None
    opens_at: time | None = None


def _parse(value: str) -> time:
    if value == "24:00":
        return time(23, 59, 59)
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


def _intervals(place: dict[str, Any], day: date) -> list[tuple[time, time]]:
    if day.isoformat() in place.get("closed_on", []):
        return []
    spans = place.get("hours", {}).get(DAYS[day.weekday()], [])
    return sorted((_parse(start), _parse(end)) for start, end in spans)


def open_status(place: dict[str, Any], now: datetime) -> OpenStatus | None:
    """The place's status at ``now`` (local time); None when the pack gives no hours."""
    if not place.get("hours"):
        return None
    for start, end in _intervals(place, now.date()):
        if start <= now.time() < end:
            return OpenStatus(open=True, closes_at=end)
    for offset in range(15):  # two weeks: a holiday may close the next opening day
        day = now.date() + timedelta(days=offset)
        for start, _end in _intervals(place, day):
            if offset > 0 or start > now.time():
                return OpenStatus(open=False, opens_on=day, opens_at=start)
    return OpenStatus(open=False)


def weekly_lines(place: dict[str, Any]) -> list[tuple[str, str]]:
    """(day key, 'HH:MM-HH:MM, HH:MM-HH:MM') for each open day, Monday first."""
    lines = []
    for day in DAYS:
        spans = place.get("hours", {}).get(day)
        if spans:
            lines.append((day, ", ".join(f"{start}–{end}" for start, end in sorted(spans))))
    return lines
