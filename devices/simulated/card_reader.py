"""A simulated smart-card reader with a demo TS-CNS and a demo CIE."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from spaziocitta.devices.ports import Publish
from spaziocitta.devices.simulated._base import SimulatedDevice
from spaziocitta.devices.types import (
    CardHolder,
    CardInfo,
    CardInserted,
    CardReaderStateChanged,
    CardReadFailed,
    CardRemoved,
    CardType,
    DeviceError,
    DeviceUnavailable,
    ReaderState,
)

# A fictitious person. RSSMRA80A01H501U has a valid check character (U), and
# the card number has a valid Luhn digit: '8038000' + 12 digits + check.
DEMO_HOLDER = CardHolder(
    fiscal_code="RSSMRA80A01H501U",
    surname="ROSSI",
    given_name="MARIO",
    birth_date=date(1980, 1, 1),
    sex="M",
    expiry_date=date(2031, 12, 31),
    card_number="80380000000123456781",
)
DEMO_TS_CNS = CardInfo(
    card_type=CardType.TS_CNS, holder=DEMO_HOLDER, card_id=DEMO_HOLDER.card_number
)
# Without PIN or CAN a CIE yields only its NIS, an opaque identifier.
DEMO_CIE = CardInfo(card_type=CardType.CIE, holder=None, card_id="000000123456")


class SimulatedCardReader(SimulatedDevice):
    """A card reader driven by the demo or a test.

    ``insert`` / ``remove`` / ``set_state`` act like a citizen and the
    hardware; ``fail_next_read`` makes the next read fail, whether it is the
    read on insertion (CardReadFailed is published instead of CardInserted)
    or a ``read_card`` call (DeviceError is raised). ``reads`` counts
    ``read_card`` calls.
    """

    kind: ClassVar[str] = "card_reader"

    def __init__(
        self,
        publish: Publish,
        *,
        reader_name: str = "Simulated reader",
        state: ReaderState | str = ReaderState.READY,
        card: CardInfo | None = None,
    ) -> None:
        super().__init__(publish)
        self.reader_name = reader_name
        self._state = ReaderState(state)
        self._card = card  # physically in the slot, readable or not
        self._fail_reason: str | None = None
        self.reads = 0

    @property
    def state(self) -> ReaderState:
        """The reader's current state."""
        return self._state

    @property
    def card(self) -> CardInfo | None:
        """The card physically in the slot (test helper)."""
        return self._card

    async def _on_start(self) -> None:
        # A real PC/SC monitor gives no event for a card present at start.
        if self._state is ReaderState.READY and self._card is not None:
            self._announce(self._card)

    async def read_card(self) -> CardInfo | None:
        """The card now in the reader, None if empty."""
        self._require_open()
        if self._state is not ReaderState.READY:
            raise DeviceUnavailable(f"reader {self._state.value}")
        self.reads += 1
        if self._card is None:
            return None
        if self._fail_reason is not None:
            reason, self._fail_reason = self._fail_reason, None
            raise DeviceError(
                f"card read failed: {reason}", user_message="The card cannot be read."
            )
        return self._card

    # -- driving the simulator -------------------------------------------

    def insert(self, card: CardInfo = DEMO_TS_CNS) -> None:
        """Put ``card`` in the slot; announce it if the reader is ready."""
        if self._card is not None:
            raise ValueError("a card is already in the reader; remove() it first")
        self._card = card
        if self._state is ReaderState.READY:
            self._announce(card)

    def remove(self) -> None:
        """Take the card out; nothing happens if the slot is empty."""
        if self._card is None:
            return
        self._card = None
        if self._state is ReaderState.READY:
            self._emit(CardRemoved(self.reader_name))

    def set_state(self, state: ReaderState | str) -> None:
        """Attach, detach or break the reader; a card goes and comes with it."""
        new = ReaderState(state)
        if new is self._state:
            return
        was_ready = self._state is ReaderState.READY
        self._state = new
        self._emit(CardReaderStateChanged(new))
        if self._card is not None and was_ready:
            self._emit(CardRemoved(self.reader_name))
        elif self._card is not None and new is ReaderState.READY:
            self._announce(self._card)

    def fail_next_read(self, reason: str = "communication error") -> None:
        """Make the next card read fail once with ``reason``."""
        self._fail_reason = reason

    def _announce(self, card: CardInfo) -> None:
        if not self.is_open:
            return  # start() announces a card that is already there
        if self._fail_reason is not None:
            reason, self._fail_reason = self._fail_reason, None
            self._emit(CardReadFailed(self.reader_name, reason))
        else:
            self._emit(CardInserted(self.reader_name, card))

    def _health(self) -> tuple[bool | None, str]:
        return self._state is ReaderState.READY, self._state.value
