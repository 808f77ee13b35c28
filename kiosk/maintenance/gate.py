"""The way into maintenance and out of it: the state machine the UI drives.

::

    CLOSED --hidden gesture / key combo--> PIN --right PIN--> OPEN
       ^                                    |                  |
       +------ cancel, pad timeout ---------+                  |
       +------ exit, idle exit, exit kiosk --------------------+

- ``tap(x, y, width, height)`` feeds every tap the attract screen sees to the
  corner recogniser; True means the gesture is complete and the UI calls
  ``request_pin("gesture")``. A configured key combination (a QML
  ``Shortcut`` on ``entry_key_combo``) calls ``request_pin("keys")``.
- ``request_pin`` opens the PIN pad (or says entry is locked, or that no PIN
  is set); ``submit_pin`` answers ok / wrong with attempts left / locked
  until when; ``cancel_pin`` closes the pad.
- While open, every input calls ``touch()``; ``idle_exit_seconds`` without
  one closes maintenance by itself (``pin_pad_seconds`` for the pad).
  ``record_action`` audits what the technician does and refuses when
  maintenance is not open; ``exit`` and ``exit_kiosk`` leave.

Every transition is written to the audit log and reported through
``on_change`` (a :class:`MaintenanceChanged`), which ``gate_for_core``
publishes on the event bus. Time comes from injectable clocks and timers,
so tests run on a fake clock without sleeping.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

from spaziocitta.kiosk.events import MaintenanceChanged

from . import audit, lockout
from .lockout import LockoutPolicy, LockoutStatus
from .pin import verify_pin

if TYPE_CHECKING:
    from spaziocitta.kiosk.config import Corner, MaintenanceSection
    from spaziocitta.kiosk.core import KioskCore
    from spaziocitta.kiosk.store.db import Store

log = logging.getLogger(__name__)


class GateState(StrEnum):
    """Where the technician's way in stands."""

    CLOSED = "closed"  # citizens' kiosk
    PIN = "pin"  # the PIN pad is up
    OPEN = "open"  # maintenance screens


class PinOutcome(StrEnum):
    """What ``request_pin`` or ``submit_pin`` came to (the UI's message key)."""

    READY = "ready"  # the pad is up, type the PIN
    OK = "ok"  # right PIN: maintenance is open
    WRONG = "wrong"  # attempts_left says how many before it locks
    LOCKED = "locked"  # locked_until / seconds_left say until when
    NO_PIN = "no_pin"  # no PIN configured: maintenance cannot be entered here
    NOT_ASKED = "not_asked"  # submit_pin without an open pad (a late tap): ignored


@dataclass(frozen=True)
class PinResult:
    """The answer to ``request_pin`` / ``submit_pin``, plain values for a QML bridge."""

    outcome: PinOutcome
    attempts_left: int = 0
    locked_until: datetime | None = None
    seconds_left: int = 0
    """Whole seconds until a PIN may be tried again (rounded up), while locked."""


class MaintenanceClosed(PermissionError):
    """A maintenance action was asked for while maintenance is not open (no PIN given)."""


class TimerHandle(Protocol):
    """What ``call_later`` returns (asyncio's TimerHandle, or a test's fake)."""

    def cancel(self) -> None: ...


CallLater = Callable[[float, Callable[[], object]], TimerHandle]


class CornerTapRecogniser:
    """Recognises N taps in one corner of the screen within a time window. Pure logic.

    Fed with each tap's time (monotonic seconds) and position; a tap outside
    the corner starts the count again, and so do taps spread over more than
    the window. The corner is a square whose side is ``fraction`` of the
    screen's shorter side, so it is the same on a portrait or landscape totem.
    """

    def __init__(
        self,
        taps: int = 5,
        window_seconds: float = 3.0,
        corner: Corner = "top-left",
        fraction: float = 0.08,
    ) -> None:
        self.taps = taps
        self.window = window_seconds
        self.corner = corner
        self.fraction = fraction
        self._times: deque[float] = deque(maxlen=taps)

    def in_corner(self, x: float, y: float, width: float, height: float) -> bool:
        """Whether (x, y) lies in the entry corner of a ``width`` × ``height`` screen."""
        side = min(width, height) * self.fraction
        near_x = x <= side if self.corner.endswith("left") else x >= width - side
        near_y = y <= side if self.corner.startswith("top") else y >= height - side
        return 0 <= x <= width and 0 <= y <= height and near_x and near_y

    def feed(self, at: float, x: float, y: float, width: float, height: float) -> bool:
        """One tap; True when it completes the gesture (the count then starts again)."""
        if not self.in_corner(x, y, width, height):
            self._times.clear()
            return False
        self._times.append(at)
        if len(self._times) == self.taps and self._times[-1] - self._times[0] <= self.window:
            self._times.clear()
            return True
        return False

    def reset(self) -> None:
        self._times.clear()


class MaintenanceGate:
    """The state machine between the citizens' kiosk and maintenance (see the module doc).

    ``store`` keeps the lockout and the audit log. ``wall`` (aware UTC
    datetimes) times the lockout and the audit; ``monotonic`` and
    ``call_later`` time the gesture and the idle exits. By default they are
    the real clocks and the running asyncio loop's timers.
    """

    def __init__(
        self,
        settings: MaintenanceSection,
        store: Store,
        *,
        on_change: Callable[[MaintenanceChanged], object] | None = None,
        wall: Callable[[], datetime] | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        call_later: CallLater | None = None,
        verify: Callable[[str, str], bool] = verify_pin,
    ) -> None:
        self.settings = settings
        self.policy = LockoutPolicy.from_config(settings)
        self.recogniser = CornerTapRecogniser(
            settings.entry_taps,
            settings.entry_window_seconds,
            settings.entry_corner,
            settings.entry_corner_fraction,
        )
        self.state = GateState.CLOSED
        self._store = store
        self._on_change = on_change
        self._wall = wall or _utcnow
        self._monotonic = monotonic
        self._call_later = call_later
        self._verify = verify
        self._last_input = monotonic()
        self._timer: TimerHandle | None = None
        self._checking = asyncio.Lock()
        self._background: set[asyncio.Future[Any]] = set()

    # -- entry ---------------------------------------------------------------

    @property
    def pin_set(self) -> bool:
        return bool(self.settings.pin_hash)

    @property
    def allow_exit_kiosk(self) -> bool:
        return self.settings.allow_exit_kiosk

    def tap(self, x: float, y: float, width: float, height: float) -> bool:
        """A tap on the citizens' screen; True when it completes the hidden gesture."""
        if self.state is not GateState.CLOSED:
            return False
        return self.recogniser.feed(self._monotonic(), x, y, width, height)

    async def request_pin(self, source: str = "gesture") -> PinResult:
        """Open the PIN pad (``source``: gesture or keys); says if entry is locked or unset."""
        if self.state is GateState.OPEN:
            return PinResult(PinOutcome.OK)
        now = self._wall()
        if not self.pin_set:
            await self._audit("no_pin", source)
            return PinResult(PinOutcome.NO_PIN)

        def open_pad(db: Any) -> LockoutStatus:
            audit.append(db, "pin_requested", source, now=now)
            return lockout.status(db, self.policy, now)

        status = await self._store.run(open_pad)
        if self.state is GateState.CLOSED:
            self._move(GateState.PIN, source)
        self.touch()
        return self._result(status, now, PinOutcome.READY)

    async def submit_pin(self, pin: str) -> PinResult:
        """Check a PIN typed on the pad. Never logged, never kept, never in the audit."""
        async with self._checking:  # a double tap on OK must not check twice at once
            if self.state is not GateState.PIN:
                return PinResult(PinOutcome.NOT_ASKED)
            self.touch()
            now = self._wall()
            status = await self._store.run(lambda db: lockout.status(db, self.policy, now))
            if status.locked:
                # Not even checked: a lock must not leak whether a guess was right.
                await self._audit("locked_attempt", f"{_whole(status.seconds_left(now))} s left")
                return self._result(status, now, PinOutcome.LOCKED)
            # scrypt takes a fraction of a second: off the loop, or the screen freezes.
            right = await asyncio.to_thread(self._verify, pin, self.settings.pin_hash)
            now = self._wall()
            if right and self.state is GateState.PIN:
                await self._store.run(lambda db: self._entered(db, now))
                self._move(GateState.OPEN, "pin")
                self.touch()
                return PinResult(PinOutcome.OK)
            status = await self._store.run(lambda db: self._failed(db, now))
            self.touch()
            if self.state is not GateState.PIN:
                return PinResult(PinOutcome.NOT_ASKED)  # the pad closed meanwhile
            return self._result(status, now, PinOutcome.WRONG)

    async def cancel_pin(self, reason: str = "cancelled") -> None:
        """Close the PIN pad without entering (the technician's cancel)."""
        if self.state is GateState.PIN:
            self._move(GateState.CLOSED, reason)
            await self._audit("pin_cancelled", reason)

    def _entered(self, db: Any, now: datetime) -> None:
        lockout.record_success(db, now)
        audit.append(db, "entered", now=now)

    def _failed(self, db: Any, now: datetime) -> LockoutStatus:
        status = lockout.record_failure(db, self.policy, now)
        if status.locked:
            length = _whole(status.seconds_left(now))
            audit.append(db, "locked", f"{length} s (lockout {status.lockouts})", now=now)
        else:
            audit.append(db, "pin_wrong", f"{status.attempts_left} attempts left", now=now)
        return status

    def _result(self, status: LockoutStatus, now: datetime, otherwise: PinOutcome) -> PinResult:
        if status.locked:
            return PinResult(
                PinOutcome.LOCKED,
                locked_until=status.locked_until,
                seconds_left=_whole(status.seconds_left(now)),
            )
        return PinResult(otherwise, attempts_left=status.attempts_left)

    # -- open ------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self.state is GateState.OPEN

    def require_open(self) -> None:
        """Raise MaintenanceClosed unless the right PIN opened maintenance."""
        if self.state is not GateState.OPEN:
            raise MaintenanceClosed("maintenance is not open")

    async def record_action(self, action: str, detail: str = "") -> None:
        """Audit something the technician does (before doing it); refused when not open.

        ``action`` is a short name (``sync_now``, ``reprint``, ``out_of_service_on``);
        ``detail`` must come from the kiosk's own code, never from typed text.
        """
        self.require_open()
        self.touch()
        await self._audit("action", f"{action}: {detail}" if detail else action)

    async def exit(self, reason: str = "technician") -> None:
        """Leave maintenance (or close the pad): back to the citizens' kiosk."""
        if self.state is GateState.PIN:
            await self.cancel_pin(reason)
        elif self.state is GateState.OPEN:
            self._move(GateState.CLOSED, reason)
            await self._audit("exit", reason)

    async def exit_kiosk(self) -> bool:
        """The technician leaves the kiosk application; False unless open and allowed.

        True: audited and closed; the UI then quits (systemd may start it again).
        """
        if self.state is not GateState.OPEN or not self.settings.allow_exit_kiosk:
            return False
        self._move(GateState.CLOSED, "exit_kiosk")
        await self._audit("exit_kiosk")
        return True

    # -- idle ------------------------------------------------------------------

    def touch(self) -> None:
        """Input on the pad or in maintenance: the idle exit starts counting again."""
        self._last_input = self._monotonic()
        if self.state is not GateState.CLOSED and self._timer is None:
            self._arm(self._idle_limit())

    def idle_seconds_left(self) -> float:
        """Seconds until the pad or maintenance closes for lack of input (0 when closed)."""
        if self.state is GateState.CLOSED:
            return 0.0
        return max(0.0, self._last_input + self._idle_limit() - self._monotonic())

    def _idle_limit(self) -> float:
        if self.state is GateState.PIN:
            return float(self.settings.pin_pad_seconds)
        return float(self.settings.idle_exit_seconds)

    def _arm(self, delay: float) -> None:
        self._disarm()
        call_later = self._call_later or asyncio.get_running_loop().call_later
        self._timer = call_later(delay, self._on_timer)

    def _disarm(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _on_timer(self) -> None:
        # touch() only notes the time; the timer re-arms for whatever is left,
        # so a busy technician costs one timer per idle period, not one per tap.
        self._timer = None
        if self.state is GateState.CLOSED:
            return
        left = self.idle_seconds_left()
        if left > 0:
            self._arm(left)
            return
        # The state changes now, synchronously: no action slips in while the
        # audit line is being written.
        if self.state is GateState.PIN:
            self._move(GateState.CLOSED, "pin_timeout")
            self._spawn(self._audit("pin_cancelled", "pin_timeout"))
        else:
            self._move(GateState.CLOSED, "idle")
            self._spawn(self._audit("exit", "idle"))

    # -- plumbing ---------------------------------------------------------------

    def _move(self, state: GateState, reason: str) -> None:
        self.state = state
        self.recogniser.reset()
        if state is GateState.CLOSED:
            self._disarm()
        else:
            self._arm(self._idle_limit())
            self._last_input = self._monotonic()
        log.info("maintenance %s (%s)", state.value, reason)
        if self._on_change is not None:
            try:
                result = self._on_change(MaintenanceChanged(state, reason))
                if inspect.isawaitable(result):
                    self._spawn(result)
            except Exception:  # the UI's trouble must not leave the gate half-moved
                log.exception("maintenance on_change listener failed")

    async def _audit(self, event: str, detail: str = "") -> None:
        now = self._wall()
        await self._store.run(lambda db: audit.append(db, event, detail, now=now))

    def _spawn(self, awaitable: Any) -> None:
        task = asyncio.ensure_future(awaitable)
        self._background.add(task)
        task.add_done_callback(self._done)

    def _done(self, task: asyncio.Future[Any]) -> None:
        self._background.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("maintenance background task failed", exc_info=task.exception())

    async def drain(self) -> None:
        """Wait for audit writes started by timers (tests; shutdown)."""
        while self._background:
            await asyncio.gather(*list(self._background), return_exceptions=True)


def gate_for_core(core: KioskCore) -> MaintenanceGate:
    """The gate for a started core: the store, the config, and the citizen session ended.

    Opening the PIN pad ends any citizen session (wiping it) first, so nothing
    of theirs is behind maintenance; every change is published on the bus as a
    :class:`MaintenanceChanged` for the UI.
    """

    async def changed(event: MaintenanceChanged) -> None:
        if event.state is not GateState.CLOSED:
            await core.sessions.end("maintenance")
        core.bus.publish(event)

    return MaintenanceGate(core.config.maintenance, core.store, on_change=changed)


def _whole(seconds: float) -> int:
    return int(-(-seconds // 1))  # rounded up: "1 s left", never "0 s left" while locked


def _utcnow() -> datetime:
    return datetime.now(UTC)
