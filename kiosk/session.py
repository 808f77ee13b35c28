"""The citizen's session: its state, its inactivity timer, and the wipe at its end.

Everything a citizen leaves behind lives in one ``CitizenSession`` object and in
the draft store; ending the session drops that object, runs the wipe hooks
(speech queue, drafts, UI) and publishes ``SessionEnded``. A new session starts
from the configured defaults, so language, accessibility choices and volume
never carry over to the next person.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import math
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from enum import StrEnum

from .events import EventBus, SessionEnded, SessionExtended, SessionStarted, SessionWarning

log = logging.getLogger(__name__)

WipeHook = Callable[[], Awaitable[None] | None]


@dataclass
class AccessibilityChoices:
    """The citizen's accessibility settings; they last one session."""

    high_contrast: bool = False
    large_text: bool = False
    low_reach: bool = False
    read_aloud: bool = False
    volume: float = 0.6


@dataclass
class CitizenSession:
    """All the state one citizen's visit creates. Dropped whole when the session ends."""

    id: str
    language: str
    accessibility: AccessibilityChoices
    typed_text: dict[str, str] = field(default_factory=dict)
    """Text in input fields, by field name (the search field, form fields)."""
    card: object | None = None
    """The card the citizen inserted (a devices.types.CardInfo), if any."""


class SessionState(StrEnum):
    """Where the kiosk is in the citizen's visit."""

    IDLE = "idle"  # attract screen, nobody here
    ACTIVE = "active"
    WARNING = "warning"  # "Ti serve altro tempo?" is showing


class SessionManager:
    """Starts, extends and ends sessions; owns the inactivity timer.

    The timer is a single ``loop.call_later`` handle re-armed on input, so an
    idle kiosk has no periodic work at all. ``inactivity`` and ``warning`` are
    seconds (floats, so tests can use fractions).
    """

    def __init__(
        self,
        bus: EventBus,
        *,
        default_language: str,
        default_volume: float,
        inactivity: float,
        warning: float,
    ) -> None:
        self._bus = bus
        self._default_language = default_language
        self._default_volume = default_volume
        self.inactivity = inactivity
        self.warning = warning
        self.current: CitizenSession | None = None
        self.state = SessionState.IDLE
        self._timer: asyncio.TimerHandle | None = None
        self._deadline = 0.0
        self._wipe_hooks: list[WipeHook] = []
        self._ending: asyncio.Task[None] | None = None
        self._timeout_task: asyncio.Future[None] | None = None  # held so it is not collected

    def add_wipe_hook(self, hook: WipeHook) -> None:
        """Run ``hook`` (sync or async) whenever a session ends, before SessionEnded."""
        self._wipe_hooks.append(hook)

    def start(self) -> CitizenSession:
        """Begin a session (or return the running one) with fresh defaults."""
        if self.current is not None:
            self.touch()
            return self.current
        self.current = CitizenSession(
            id=uuid.uuid4().hex,
            language=self._default_language,
            accessibility=AccessibilityChoices(volume=self._default_volume),
        )
        self.state = SessionState.ACTIVE
        self._arm(self.inactivity, self._on_idle)
        self._bus.publish(SessionStarted(self.current.id))
        return self.current

    def touch(self) -> None:
        """The citizen did something: restart the inactivity timer.

        While the question shows, input alone does not answer it: the keypad
        must be able to move between "continue" and "I am done", and a tap
        must reach the button it lands on. Only ``extend()`` (or ``end()``) does.
        """
        if self.current is None or self.state is SessionState.WARNING:
            return
        self._arm(self.inactivity, self._on_idle)

    def extend(self) -> None:
        """'Yes, I need more time': back to a full inactivity period; no limit on how often."""
        if self.current is None:
            return
        was_warning = self.state is SessionState.WARNING
        self.state = SessionState.ACTIVE
        self._arm(self.inactivity, self._on_idle)
        if was_warning:
            self._bus.publish(SessionExtended(self.current.id))

    def attach_card(self, card: object | None) -> None:
        """The card now in the reader belongs to the running session (None: pulled out)."""
        if self.current is not None:
            self.current.card = card

    def seconds_left(self) -> int:
        """Whole seconds until the session ends (only meaningful while warning)."""
        loop = asyncio.get_running_loop()
        return max(0, math.ceil(self._deadline - loop.time()))

    async def end(self, reason: str = "finished") -> None:
        """End the session now: wipe everything and publish SessionEnded. Idempotent."""
        if self.current is None:
            if self._ending is not None:
                await asyncio.shield(self._ending)
            return
        ended = self.current
        self.current = None
        self.state = SessionState.IDLE
        self._cancel_timer()
        self._ending = asyncio.ensure_future(self._wipe(ended.id, reason))
        await asyncio.shield(self._ending)

    async def _wipe(self, session_id: str, reason: str) -> None:
        for hook in self._wipe_hooks:
            try:
                result = hook()
                if inspect.isawaitable(result):
                    await result
            except Exception:
                # A failing hook must not keep the others (or the UI reset) from running.
                log.exception("session wipe hook %r failed", hook)
        log.info("session ended", extra={"event": {"type": "session_ended", "reason": reason}})
        self._bus.publish(SessionEnded(session_id, reason))

    # -- timer ---------------------------------------------------------------

    def _arm(self, delay: float, callback: Callable[[], None]) -> None:
        self._cancel_timer()
        loop = asyncio.get_running_loop()
        self._deadline = loop.time() + delay
        self._timer = loop.call_later(delay, callback)

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _on_idle(self) -> None:
        if self.current is None:
            return
        self.state = SessionState.WARNING
        loop = asyncio.get_running_loop()
        self._deadline = loop.time() + self.warning
        self._tick()

    def _tick(self) -> None:
        # One tick a second only while the warning shows: it drives the countdown.
        if self.current is None or self.state is not SessionState.WARNING:
            return
        left = self.seconds_left()
        self._bus.publish(SessionWarning(self.current.id, left))
        if left <= 0:
            self._timeout_task = asyncio.ensure_future(self.end("timeout"))
            return
        loop = asyncio.get_running_loop()
        next_in = min(1.0, max(0.0, self._deadline - loop.time()))
        self._timer = loop.call_later(next_in if next_in > 0 else 0, self._tick)
