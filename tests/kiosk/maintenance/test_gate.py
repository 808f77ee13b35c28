"""MaintenanceGate on a fake clock: gesture, PIN pad, lockout, idle exits, audit, no PIN leaks."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from spaziocitta.kiosk.config import MaintenanceSection
from spaziocitta.kiosk.events import EventBus
from spaziocitta.kiosk.maintenance import audit
from spaziocitta.kiosk.maintenance.gate import (
    CornerTapRecogniser,
    GateState,
    MaintenanceChanged,
    MaintenanceClosed,
    MaintenanceGate,
    PinOutcome,
    gate_for_core,
)
from spaziocitta.kiosk.maintenance.pin import MIN_LOG2_N, hash_pin, verify_pin
from spaziocitta.kiosk.session import SessionManager
from spaziocitta.kiosk.store.db import Store

from .conftest import FakeClock

PIN = "73915064"
GUESSES = ("48261937", "50938172", "61829374", "27364518", "90817263", "38475610")
HASH = hash_pin(PIN, log2_n=MIN_LOG2_N)  # the cheapest the config accepts, for speed
W, H = 1080, 1920  # a portrait totem; the corner is 0.08 * 1080 = 86.4 px


def run(scenario: Callable[[], Coroutine[Any, Any, None]]) -> None:
    asyncio.run(scenario())


class Harness:
    """A gate on the fake clock, with its changes and PIN checks recorded."""

    def __init__(self, store: Store, clock: FakeClock, **settings: Any) -> None:
        self.changes: list[MaintenanceChanged] = []
        self.checks = 0
        self.clock = clock
        self.gate = MaintenanceGate(
            MaintenanceSection(**{"pin_hash": HASH, **settings}),
            store,
            on_change=self.changes.append,
            wall=clock.wall,
            monotonic=clock.monotonic,
            call_later=clock.call_later,
            verify=self._verify,
        )
        self.store = store

    def _verify(self, pin: str, stored: str) -> bool:
        self.checks += 1
        return verify_pin(pin, stored)

    def taps(self, count: int, every: float = 0.4, x: float = 20, y: float = 30) -> bool:
        opened = False
        for n in range(count):
            if n:
                self.clock.advance(every)
            opened = self.gate.tap(x, y, W, H)
        return opened

    def events(self) -> list[tuple[str, str]]:
        with self.store.session() as db:
            return [(e.event, e.detail) for e in reversed(audit.latest(db, 100))]


# -- the hidden gesture --------------------------------------------------------


def test_five_quick_taps_in_the_corner_open_the_pad() -> None:
    seen = CornerTapRecogniser(5, 3.0, "top-left", 0.08)
    assert [seen.feed(t * 0.7, 10, 10, W, H) for t in range(5)] == [False] * 4 + [True]
    assert not seen.feed(3.5, 10, 10, W, H), "the count starts again after a gesture"


def test_four_taps_are_not_enough() -> None:
    seen = CornerTapRecogniser()
    assert not any(seen.feed(t * 0.5, 10, 10, W, H) for t in range(4))


def test_taps_too_slow_do_not_open_but_a_quick_run_later_does() -> None:
    seen = CornerTapRecogniser()
    # 0.8 s apart: any five of them span 3.2 s, however long it goes on.
    assert not any(seen.feed(t * 0.8, 10, 10, W, H) for t in range(12))
    assert [seen.feed(20 + t * 0.1, 10, 10, W, H) for t in range(5)][-1]


def test_a_tap_outside_the_corner_starts_the_count_again() -> None:
    seen = CornerTapRecogniser()
    taps = [(0.0, 10), (0.2, 10), (0.4, 10), (0.6, 300), (0.8, 10), (1.0, 10)]
    assert not any(seen.feed(t, x, 10, W, H) for t, x in taps)
    assert not seen.feed(1.2, 87, 10, W, H), "just outside the 86.4 px square"
    assert not seen.feed(1.3, -1, 10, W, H), "off the screen"


@pytest.mark.parametrize(
    ("corner", "x", "y"),
    [("top-right", W - 5, 5), ("bottom-left", 5, H - 5), ("bottom-right", W - 5, H - 5)],
)
def test_each_corner_can_be_chosen(corner: Any, x: float, y: float) -> None:
    seen = CornerTapRecogniser(corner=corner)
    assert not seen.in_corner(5, 5, W, H)
    assert [seen.feed(t * 0.1, x, y, W, H) for t in range(5)][-1]


def test_gate_ignores_the_gesture_while_open(store: Store, clock: FakeClock) -> None:
    h = Harness(store, clock)
    assert not h.taps(4)
    clock.advance(0.4)
    assert h.gate.tap(20, 30, W, H)

    async def scenario() -> None:
        await h.gate.request_pin()
        assert not h.taps(5), "taps on the PIN pad are not another gesture"

    run(scenario)


# -- the PIN ---------------------------------------------------------------------


def test_right_pin_opens_and_everything_is_audited(store: Store, clock: FakeClock) -> None:
    h = Harness(store, clock)

    async def scenario() -> None:
        assert (await h.gate.request_pin("gesture")).outcome is PinOutcome.READY
        assert h.gate.state is GateState.PIN
        wrong = await h.gate.submit_pin(GUESSES[0])
        assert (wrong.outcome, wrong.attempts_left) == (PinOutcome.WRONG, 4)
        assert (await h.gate.submit_pin(PIN)).outcome is PinOutcome.OK
        assert h.gate.is_open
        await h.gate.record_action("sync_now")
        await h.gate.exit()
        assert h.gate.state is GateState.CLOSED

    run(scenario)
    assert [(c.state, c.reason) for c in h.changes] == [
        (GateState.PIN, "gesture"),
        (GateState.OPEN, "pin"),
        (GateState.CLOSED, "technician"),
    ]
    assert h.events() == [
        ("pin_requested", "gesture"),
        ("pin_wrong", "4 attempts left"),
        ("entered", ""),
        ("action", "sync_now"),
        ("exit", "technician"),
    ]


def test_lockout_timing_through_the_gate(store: Store, clock: FakeClock) -> None:
    h = Harness(store, clock)

    async def scenario() -> None:
        await h.gate.request_pin()
        for guess, left in zip(GUESSES, (4, 3, 2, 1), strict=False):
            assert (await h.gate.submit_pin(guess)).attempts_left == left
        locked = await h.gate.submit_pin(GUESSES[4])
        assert locked.outcome is PinOutcome.LOCKED and locked.seconds_left == 30
        assert locked.locked_until == clock.wall() + timedelta(seconds=30)
        checks = h.checks

        clock.advance(29)
        refused = await h.gate.submit_pin(PIN)  # even the right PIN, while locked
        assert refused.outcome is PinOutcome.LOCKED and refused.seconds_left == 1
        assert h.checks == checks, "a locked pad does not even check the PIN"

        clock.advance(2)
        again = await h.gate.submit_pin(GUESSES[5])
        assert again.outcome is PinOutcome.LOCKED and again.seconds_left == 60
        clock.advance(61)
        assert h.gate.state is GateState.CLOSED, "the untouched pad closed meanwhile"
        shown = await h.gate.request_pin()
        assert (shown.outcome, shown.attempts_left) == (PinOutcome.READY, 1)
        assert (await h.gate.submit_pin(PIN)).outcome is PinOutcome.OK

    run(scenario)
    events = [e for e, _ in h.events()]
    assert events.count("pin_wrong") == 4 and events.count("locked") == 2
    assert "locked_attempt" in events and events[-1] == "entered"


def test_a_locked_gate_stays_locked_after_a_restart(store_path: Path, clock: FakeClock) -> None:
    first = Store.open(store_path)

    async def guess_five() -> None:
        h = Harness(first, clock)
        await h.gate.request_pin()
        for guess in GUESSES[:5]:
            await h.gate.submit_pin(guess)

    run(guess_five)
    first.close()
    clock.advance(10)
    second = Store.open(store_path)

    async def after_restart() -> None:
        h = Harness(second, clock)
        shown = await h.gate.request_pin()
        assert shown.outcome is PinOutcome.LOCKED and shown.seconds_left == 20
        assert (await h.gate.submit_pin(PIN)).outcome is PinOutcome.LOCKED

    try:
        run(after_restart)
    finally:
        second.close()


def test_no_pin_set_means_no_way_in(store: Store, clock: FakeClock) -> None:
    h = Harness(store, clock, pin_hash="")

    async def scenario() -> None:
        assert (await h.gate.request_pin("keys")).outcome is PinOutcome.NO_PIN
        assert h.gate.state is GateState.CLOSED
        assert (await h.gate.submit_pin(PIN)).outcome is PinOutcome.NOT_ASKED

    run(scenario)
    assert h.events() == [("no_pin", "keys")] and h.checks == 0


def test_a_pin_without_the_pad_is_ignored(store: Store, clock: FakeClock) -> None:
    h = Harness(store, clock)
    run(lambda: _expect_not_asked(h))
    assert h.checks == 0 and h.events() == []


async def _expect_not_asked(h: Harness) -> None:
    assert (await h.gate.submit_pin(PIN)).outcome is PinOutcome.NOT_ASKED


def test_actions_are_refused_unless_open(store: Store, clock: FakeClock) -> None:
    h = Harness(store, clock)

    async def scenario() -> None:
        with pytest.raises(MaintenanceClosed):
            await h.gate.record_action("reprint")
        await h.gate.request_pin()
        with pytest.raises(MaintenanceClosed):
            await h.gate.record_action("reprint")
        assert not await h.gate.exit_kiosk()

    run(scenario)
    assert ("action", "reprint") not in h.events()


@pytest.mark.parametrize("allowed", [False, True])
def test_exit_kiosk_only_when_configured(store: Store, clock: FakeClock, allowed: bool) -> None:
    h = Harness(store, clock, allow_exit_kiosk=allowed)

    async def scenario() -> None:
        await h.gate.request_pin()
        await h.gate.submit_pin(PIN)
        assert await h.gate.exit_kiosk() is allowed
        assert h.gate.is_open is not allowed

    run(scenario)
    assert (("exit_kiosk", "") in h.events()) is allowed


# -- idle exits --------------------------------------------------------------------


def test_maintenance_closes_itself_after_two_idle_minutes(store: Store, clock: FakeClock) -> None:
    h = Harness(store, clock)

    async def scenario() -> None:
        await h.gate.request_pin()
        await h.gate.submit_pin(PIN)
        clock.advance(119)
        assert h.gate.is_open and h.gate.idle_seconds_left() == pytest.approx(1)
        h.gate.touch()  # the technician taps something
        clock.advance(119)
        assert h.gate.is_open
        clock.advance(1.5)
        assert h.gate.state is GateState.CLOSED
        await h.gate.drain()

    run(scenario)
    assert h.changes[-1] == MaintenanceChanged(GateState.CLOSED, "idle")
    assert h.events()[-1] == ("exit", "idle")
    assert clock.pending == [], "no timer left behind"


def test_an_untouched_pin_pad_closes_after_30_s(store: Store, clock: FakeClock) -> None:
    h = Harness(store, clock)

    async def scenario() -> None:
        await h.gate.request_pin()
        clock.advance(20)
        h.gate.touch()  # a digit typed
        clock.advance(29)
        assert h.gate.state is GateState.PIN
        clock.advance(2)
        assert h.gate.state is GateState.CLOSED
        await h.gate.drain()

    run(scenario)
    assert h.events()[-1] == ("pin_cancelled", "pin_timeout")


# -- secrets -------------------------------------------------------------------------


def test_neither_the_pin_nor_a_guess_reaches_the_database_or_the_log(
    store: Store, store_path: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    h = Harness(store, clock)

    async def scenario() -> None:
        await h.gate.request_pin()
        for guess in GUESSES[:3]:
            await h.gate.submit_pin(guess)
        await h.gate.submit_pin(PIN)
        await h.gate.record_action("print_test")
        await h.gate.exit()

    with caplog.at_level(logging.DEBUG):
        run(scenario)
    # Before and after the WAL is copied into the database: no page escapes the search.
    raw = b"".join(f.read_bytes() for f in store_path.parent.glob(store_path.name + "*"))
    store.checkpoint_truncate()
    raw += store_path.read_bytes()
    assert b"attempts left" in raw, "the search does see the audit lines"
    assert len(h.events()) == 7
    for secret in (PIN, *GUESSES[:3]):
        assert secret.encode() not in raw
        assert secret.encode("utf-16-le") not in raw
        assert secret not in caplog.text


# -- wiring ----------------------------------------------------------------------------


def test_gate_for_core_ends_the_citizen_session_and_publishes(store: Store) -> None:
    from types import SimpleNamespace

    from spaziocitta.kiosk.config import KioskConfig
    from spaziocitta.kiosk.events import SessionEnded

    async def scenario() -> None:
        bus = EventBus()
        seen: list[object] = []
        bus.subscribe(MaintenanceChanged, seen.append)
        bus.subscribe(SessionEnded, seen.append)
        sessions = SessionManager(
            bus, default_language="it", default_volume=0.5, inactivity=60, warning=30
        )
        config = KioskConfig(maintenance=MaintenanceSection(pin_hash=HASH))
        core = SimpleNamespace(config=config, store=store, bus=bus, sessions=sessions)
        gate = gate_for_core(core)  # type: ignore[arg-type]
        sessions.start()
        await gate.request_pin("keys")
        await gate.drain()
        assert sessions.current is None
        assert [type(e).__name__ for e in seen] == ["SessionEnded", "MaintenanceChanged"]
        assert seen[0].reason == "maintenance"  # type: ignore[attr-defined]
        await gate.exit()
        await gate.drain()

    run(scenario)
