"""A fake clock (wall, monotonic and timers, moved by hand) and a store on a temp file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from spaziocitta.kiosk.store.db import Store

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@dataclass
class FakeTimer:
    """What ``call_later`` hands back: cancellable, as asyncio's TimerHandle."""

    due: float
    callback: Callable[[], object]
    cancelled: bool = False

    def cancel(self) -> None:
        self.cancelled = True


@dataclass
class FakeClock:
    """Time that only moves when a test says so; timers fire as it passes them."""

    wall_now: datetime = START
    mono_now: float = 1000.0
    timers: list[FakeTimer] = field(default_factory=list)

    def wall(self) -> datetime:
        return self.wall_now

    def monotonic(self) -> float:
        return self.mono_now

    def call_later(self, delay: float, callback: Callable[[], object]) -> FakeTimer:
        timer = FakeTimer(self.mono_now + delay, callback)
        self.timers.append(timer)
        return timer

    def advance(self, seconds: float) -> None:
        """Move both clocks on, firing every timer that falls due on the way, in order."""
        target = self.mono_now + seconds
        while True:
            due = sorted(
                (t for t in self.timers if not t.cancelled and t.due <= target),
                key=lambda t: t.due,
            )
            if not due:
                break
            timer = due[0]
            self.timers.remove(timer)
            self._move_to(timer.due)
            timer.callback()
        self._move_to(target)

    def _move_to(self, mono: float) -> None:
        self.wall_now += timedelta(seconds=mono - self.mono_now)
        self.mono_now = mono

    @property
    def pending(self) -> list[FakeTimer]:
        return [t for t in self.timers if not t.cancelled]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "kiosk.sqlite3"


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    opened = Store.open(store_path)
    yield opened
    opened.close()
