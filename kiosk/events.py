"""The event bus: typed dataclass events, delivered synchronously on the loop thread.

Devices and services publish facts (a card was inserted, the session ended);
whoever cares subscribes by event type. A listener that raises is logged on
its own and never stops the others, so one broken screen cannot keep the
printer status from reaching maintenance.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

log = logging.getLogger(__name__)

E = TypeVar("E")
Listener = Callable[[Any], None]


class EventBus:
    """Publish/subscribe by event class; subclasses reach listeners of their bases."""

    def __init__(self) -> None:
        self._listeners: dict[type, list[Listener]] = defaultdict(list)

    def subscribe(self, event_type: type[E], listener: Callable[[E], None]) -> Callable[[], None]:
        """Call ``listener`` for every event of ``event_type``; returns an unsubscribe function."""
        self._listeners[event_type].append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners[event_type]:
                self._listeners[event_type].remove(listener)

        return unsubscribe

    def publish(self, event: object) -> None:
        """Deliver ``event`` now, in subscription order; must be called on the loop thread."""
        for cls in type(event).__mro__:
            for listener in tuple(self._listeners.get(cls, ())):
                try:
                    listener(event)
                except Exception:
                    log.exception("listener %r failed on %s", listener, type(event).__name__)


@dataclass(frozen=True)
class SessionStarted:
    """A citizen touched the attract screen."""

    session_id: str


@dataclass(frozen=True)
class SessionWarning:
    """The session has been idle: the kiosk asks whether more time is needed."""

    session_id: str
    seconds_left: int


@dataclass(frozen=True)
class SessionExtended:
    """The citizen asked for more time (as often as they like)."""

    session_id: str


@dataclass(frozen=True)
class SessionEnded:
    """The session is over and everything session-scoped has been wiped."""

    session_id: str
    reason: str  # "timeout", "finished", "card_removed", "error", "shutdown"


@dataclass(frozen=True)
class ContentUpdated:
    """A new content pack is active: the search reloads, the screens refresh their lists."""

    version: str


@dataclass(frozen=True)
class OutboxDelivered:
    """An outbox item reached the backend: the citizen's receipt can show its protocol number."""

    local_receipt: str
    remote_ref: str


@dataclass(frozen=True)
class OutboxFault:
    """Sending an outbox item failed; said in words for the log, telemetry and maintenance."""

    local_receipt: str
    error: str
    permanent: bool


@dataclass(frozen=True)
class ServiceModeChanged:
    """The totem went out of service or back into service (remote configuration or maintenance)."""

    out_of_service: bool


@dataclass(frozen=True)
class MaintenanceChanged:
    """The maintenance gate moved: the UI shows the PIN pad, maintenance, or the attract screen.

    Here rather than in kiosk.maintenance.gate so that the UI can subscribe at
    start-up without importing the gate (and its scrypt and store code) before
    the first frame.
    """

    state: str
    """A kiosk.maintenance.gate.GateState (a str enum)."""
    reason: str
    """gesture, keys, pin, cancelled, pin_timeout, technician, idle, exit_kiosk."""


@dataclass(frozen=True)
class PaymentPrompt:
    """What the payment screen should tell the citizen now (``payment.present_card``...)."""

    payment_id: str
    key: str
