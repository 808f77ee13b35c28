"""Device ports: the small protocols every adapter and simulator implements.

They speak only :mod:`spaziocitta.devices.types`. A device is constructed with
``publish``, the kiosk event bus's publish function, and must call it on the
event loop's thread: an adapter whose library calls back on its own thread
hands events over with ``loop.call_soon_threadsafe(publish, event)``.

Life cycle, common to every port: construct (no tasks, no I/O), ``await
start()``, use, ``await close()``. ``start`` and ``close`` may be called twice;
an operation on a device not started or already closed raises
:class:`~spaziocitta.devices.types.DeviceUnavailable`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import ClassVar, Protocol, runtime_checkable

from spaziocitta.devices.types import (
    CardInfo,
    DeviceHealth,
    PaymentRequest,
    PaymentResult,
    PrinterStatus,
    ReaderState,
    Receipt,
)

Publish = Callable[[object], None]
"""The event bus's publish function a device is constructed with."""


@runtime_checkable
class Device(Protocol):
    """What every device port has in common."""

    kind: ClassVar[str]  # "card_reader", "printer", ...: the registry's key
    adapter: str  # "simulated", "pcsc", "escpos", ...

    async def start(self) -> None:
        """Open the device; publish events for what is already there (a card)."""

    async def close(self) -> None:
        """Release the device; stop publishing."""

    async def health(self) -> DeviceHealth:
        """Report health without raising; never waits unboundedly."""
        ...


@runtime_checkable
class CardReader(Device, Protocol):
    """A smart-card reader (TS-CNS, CIE).

    Publishes CardInserted / CardRemoved / CardReadFailed /
    CardReaderStateChanged. A card already present at start() is announced
    with CardInserted, as if it had just been inserted.
    """

    @property
    def state(self) -> ReaderState:
        """The reader's current state."""
        ...

    async def read_card(self) -> CardInfo | None:
        """The card now in the reader, None if there is none.

        Raises DeviceUnavailable when the reader is not READY and DeviceError
        when the card cannot be read.
        """
        ...


@runtime_checkable
class ReceiptPrinter(Device, Protocol):
    """A receipt printer. Publishes PrinterStatusChanged."""

    async def status(self) -> PrinterStatus:
        """Query the printer; bounded in time; no reply gives an unknown status."""
        ...

    async def print_receipt(self, receipt: Receipt) -> None:
        """Print one receipt; jobs are serialised.

        Raises PrinterNotReady, having printed nothing, unless status() is
        ready; raises DeviceError if the job fails halfway, in which case the
        caller keeps the receipt and may print it again.
        """


@runtime_checkable
class SpeechOutput(Device, Protocol):
    """Text to speech, on the loudspeaker or a personal headset.

    Publishes SpeechStateChanged when talking starts and ends.
    """

    @property
    def headset(self) -> bool:
        """True when the audio goes to a personal headset, not the loudspeaker."""
        ...

    @property
    def speaking(self) -> bool:
        """True while something is being said or is queued."""
        ...

    @property
    def volume(self) -> float:
        """Output volume, 0.0 to 1.0."""
        ...

    def set_volume(self, volume: float) -> None:
        """Set the volume, clamped to 0.0..1.0."""

    async def speak(self, text: str, lang: str, *, private: bool = False) -> None:
        """Queue ``text`` in ``lang`` (e.g. "it"), replacing whatever was being said.

        Returns once queued, without waiting for the audio. ``private`` marks
        personal data: without a headset it is never uttered; the adapter says
        :func:`withheld_phrase` instead.
        """

    def stop(self) -> None:
        """Stop talking now and drop the queue."""

    async def wait_idle(self) -> None:
        """Return when nothing is being said or queued."""


@runtime_checkable
class PaymentTerminal(Device, Protocol):
    """A card payment terminal. The kiosk never sees a card number."""

    async def pay(self, request: PaymentRequest) -> PaymentResult:
        """Run one payment to its end; outcomes are results, not exceptions.

        Raises DeviceError only when the payment could not even begin (busy).
        """
        ...

    async def cancel(self) -> None:
        """Ask the terminal to abandon the payment in progress, if any."""

    async def void(self, terminal_ref: str) -> bool:
        """Reverse an approved payment; False if the terminal refused or does not know it."""
        ...

    async def lookup(self, reference: str) -> PaymentResult | None:
        """The final outcome of the payment requested with ``reference`` (the ECR reference).

        None when the terminal never received that request. This is how the
        kiosk learns, after a crash or a lost connection, whether money was
        taken, instead of charging again (ECR protocols call it "last
        transaction status"). Raises DeviceError when the terminal cannot be
        asked now; the kiosk asks again later.
        """
        ...


@runtime_checkable
class BarcodeScanner(Device, Protocol):
    """A QR / Data Matrix / 1D scanner. Publishes BarcodeScanned while enabled.

    Disabled by default: the kiosk enables it only while a screen wants a scan,
    and codes read while disabled are dropped.
    """

    @property
    def enabled(self) -> bool:
        """Whether scans are delivered."""
        ...

    def set_enabled(self, enabled: bool) -> None:
        """Start or stop delivering scans."""


PORTS: Mapping[str, type] = {
    "card_reader": CardReader,
    "printer": ReceiptPrinter,
    "speech": SpeechOutput,
    "payment_terminal": PaymentTerminal,
    "barcode_scanner": BarcodeScanner,
}
"""Each device kind and the port its adapters implement."""


WITHHELD_PHRASES: Mapping[str, str] = {
    "it": "Dato riservato, non letto ad alta voce.",
    "en": "Private information, not read aloud.",
    "de": "Vertrauliche Angabe, wird nicht vorgelesen.",
    "fr": "Information confidentielle, non lue à voix haute.",
    "es": "Dato privado, no se lee en voz alta.",
}


def withheld_phrase(lang: str) -> str:
    """What a loudspeaker says instead of private text, in ``lang`` ("it", "it-IT")."""
    base = lang.replace("_", "-").split("-", 1)[0].lower()
    return WITHHELD_PHRASES.get(base, WITHHELD_PHRASES["en"])
