"""Session lifecycle with plain asyncio: warning, unlimited extensions, timeout, wipe."""

from __future__ import annotations

import asyncio

import pytest

from spaziocitta.kiosk.events import (
    EventBus,
    SessionEnded,
    SessionExtended,
    SessionStarted,
    SessionWarning,
)
from spaziocitta.kiosk.session import SessionManager, SessionState


class Recorder:
    def __init__(self, bus: EventBus) -> None:
        self.events: list[object] = []
        for kind in (SessionStarted, SessionWarning, SessionExtended, SessionEnded):
            bus.subscribe(kind, self.events.append)

    def of(self, kind: type) -> list:  # type: ignore[type-arg]
        return [e for e in self.events if isinstance(e, kind)]


def manager(inactivity: float = 0.1, warning: float = 0.25) -> tuple[SessionManager, Recorder]:
    bus = EventBus()
    recorder = Recorder(bus)
    sessions = SessionManager(
        bus, default_language="it", default_volume=0.6, inactivity=inactivity, warning=warning
    )
    return sessions, recorder


def test_idle_session_warns_then_ends_with_countdown() -> None:
    async def scenario() -> None:
        sessions, rec = manager(inactivity=0.05, warning=2.2)
        session = sessions.start()
        await asyncio.sleep(0.1)
        assert sessions.state is SessionState.WARNING
        assert rec.of(SessionWarning)[0].seconds_left == 3  # ceil(2.2)
        await asyncio.sleep(2.3)
        assert sessions.current is None and sessions.state is SessionState.IDLE
        counts = [e.seconds_left for e in rec.of(SessionWarning)]
        assert counts == sorted(counts, reverse=True) and counts[-1] == 0
        assert len(counts) >= 3, "the countdown ticks every second"
        assert rec.of(SessionEnded) == [SessionEnded(session.id, "timeout")]

    asyncio.run(scenario())


def test_extensions_are_unlimited() -> None:
    async def scenario() -> None:
        sessions, rec = manager(inactivity=0.05, warning=0.2)
        session = sessions.start()
        for _ in range(5):
            await asyncio.sleep(0.08)
            assert sessions.state is SessionState.WARNING
            sessions.extend()
            assert sessions.state is SessionState.ACTIVE
        assert sessions.current is session
        assert len(rec.of(SessionExtended)) == 5
        assert rec.of(SessionEnded) == []
        await sessions.end()

    asyncio.run(scenario())


def test_activity_postpones_the_warning() -> None:
    async def scenario() -> None:
        sessions, _rec = manager(inactivity=0.1, warning=0.2)
        sessions.start()
        for _ in range(6):
            await asyncio.sleep(0.05)
            sessions.touch()
        assert sessions.state is SessionState.ACTIVE
        await sessions.end()

    asyncio.run(scenario())


def test_input_during_warning_needs_an_explicit_answer() -> None:
    async def scenario() -> None:
        sessions, rec = manager(inactivity=0.03, warning=0.5)
        sessions.start()
        await asyncio.sleep(0.06)
        assert sessions.state is SessionState.WARNING
        sessions.touch()
        assert sessions.state is SessionState.WARNING
        assert rec.of(SessionExtended) == []
        sessions.extend()
        assert sessions.state is SessionState.ACTIVE
        await sessions.end()

    asyncio.run(scenario())


def test_end_runs_every_wipe_hook_even_if_one_fails(caplog: pytest.LogCaptureFixture) -> None:
    async def scenario() -> None:
        sessions, rec = manager()
        ran: list[str] = []

        def broken() -> None:
            raise RuntimeError("hook broke")

        async def async_hook() -> None:
            await asyncio.sleep(0)
            ran.append("async")

        sessions.add_wipe_hook(broken)
        sessions.add_wipe_hook(async_hook)
        sessions.add_wipe_hook(lambda: ran.append("sync"))
        sessions.start()
        await sessions.end("finished")
        assert ran == ["async", "sync"]
        assert [e.reason for e in rec.of(SessionEnded)] == ["finished"]
        await sessions.end("finished")  # idempotent
        assert len(rec.of(SessionEnded)) == 1

    asyncio.run(scenario())
    assert "hook broke" in caplog.text


def test_new_session_starts_from_defaults() -> None:
    async def scenario() -> None:
        sessions, _rec = manager()
        first = sessions.start()
        first.language = "ar"
        first.accessibility.high_contrast = True
        first.accessibility.volume = 1.0
        first.typed_text["search"] = "something"
        sessions.attach_card(object())
        await sessions.end()
        second = sessions.start()
        assert second.id != first.id
        assert second.language == "it"
        assert not second.accessibility.high_contrast
        assert second.accessibility.volume == 0.6
        assert second.typed_text == {} and second.card is None
        await sessions.end()

    asyncio.run(scenario())


def test_no_timer_while_idle() -> None:
    async def scenario() -> None:
        sessions, _rec = manager()
        sessions.start()
        await sessions.end()
        assert sessions._timer is None
        sessions.touch()  # no session: nothing happens
        assert sessions._timer is None and sessions.current is None

    asyncio.run(scenario())
