"""The types the kiosk and its devices speak: values, events and errors.

Adapters translate library types (pyscard bytes, ESC/POS status bytes, terminal
protocol frames) into these and never let a library type escape. Everything
here is immutable, so an event can be handed to any listener safely.

Reprs end up in logs: any value that can carry personal data masks it there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

# ---------------------------------------------------------------------------
# Cards


class CardType(StrEnum):
    """The kind of card in the reader."""

    TS_CNS = "ts-cns"
    CIE = "cie"
    UNKNOWN = "unknown"


def _mask_start(value: str | None, keep: int) -> str | None:
    return None if value is None else value[:keep] + "***"


def _mask_end(value: str | None, keep: int) -> str | None:
    return None if value is None else "***" + value[-keep:]


def _mask_all(value: object) -> str | None:
    return None if value is None else "***"


@dataclass(frozen=True, repr=False)
class CardHolder:
    """The holder's data as read from a card (TS-CNS: readable without PIN)."""

    fiscal_code: str
    surname: str
    given_name: str
    birth_date: date | None = None
    sex: str | None = None
    expiry_date: date | None = None
    card_number: str | None = None

    @property
    def full_name(self) -> str:
        """Given name and surname, as the UI greets the citizen."""
        return f"{self.given_name} {self.surname}".strip()

    def __repr__(self) -> str:
        # Enough to tell two cards apart when debugging, too little to identify anyone.
        masked = {
            "fiscal_code": _mask_start(self.fiscal_code, 3),
            "surname": _mask_start(self.surname, 1),
            "given_name": _mask_start(self.given_name, 1),
            "birth_date": _mask_all(self.birth_date),
            "sex": _mask_all(self.sex),
            "expiry_date": _mask_all(self.expiry_date),
            "card_number": _mask_end(self.card_number, 4),
        }
        inner = ", ".join(f"{name}={value!r}" for name, value in masked.items())
        return f"CardHolder({inner})"


@dataclass(frozen=True, repr=False)
class CardInfo:
    """A card in the reader: its type, the holder if readable, an opaque id.

    For a CIE only the NIS is readable without PIN or CAN; it is an opaque card
    identifier (``card_id``) and ``holder`` stays None.
    """

    card_type: CardType
    holder: CardHolder | None = None
    card_id: str | None = None

    def __repr__(self) -> str:
        return (
            f"CardInfo(card_type={self.card_type.value!r}, holder={self.holder!r}, "
            f"card_id={_mask_end(self.card_id, 4)!r})"
        )


class ReaderState(StrEnum):
    """Whether the card reader can be used."""

    READY = "ready"
    NO_READER = "no_reader"  # no reader attached
    UNAVAILABLE = "unavailable"  # the UI's "lettore non disponibile": service down, broken


# ---------------------------------------------------------------------------
# Printer


class PaperState(StrEnum):
    """Roll paper as the printer reports it."""

    OK = "ok"
    NEAR_END = "near_end"
    OUT = "out"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class PrinterStatus:
    """A decoded printer status; None and UNKNOWN mean the printer did not say."""

    online: bool | None
    paper: PaperState
    cover_open: bool | None

    @classmethod
    def unknown(cls) -> PrinterStatus:
        """The status of a printer that did not answer."""
        return cls(online=None, paper=PaperState.UNKNOWN, cover_open=None)

    @property
    def ready(self) -> bool:
        """True only when every part is known good: no reply never reads as ready."""
        return (
            self.online is True
            and self.paper in (PaperState.OK, PaperState.NEAR_END)
            and self.cover_open is False
        )

    @property
    def problem(self) -> str | None:
        """A short English reason why the printer is not ready, None if it is."""
        if self.ready:
            return None
        if self.online is None and self.paper is PaperState.UNKNOWN and self.cover_open is None:
            return "The printer is not answering."
        if self.cover_open:
            return "The printer cover is open."
        if self.paper is PaperState.OUT:
            return "The printer is out of paper."
        if self.online is False:
            return "The printer is offline."
        return "The printer status is unknown."


@dataclass(frozen=True)
class ReceiptLine:
    """One label/value row of a receipt."""

    label: str
    value: str = ""


def _now() -> datetime:
    return datetime.now().astimezone()


@dataclass(frozen=True, repr=False)
class Receipt:
    """What the kiosk asks a printer to print; layout is the adapter's job."""

    title: str
    lines: tuple[ReceiptLine, ...] = ()
    total: str | None = None  # already formatted, e.g. "€ 12,50"
    qr: str | None = None  # payload of a QR code printed under the lines
    footer: str = ""
    created_at: datetime = field(default_factory=_now)

    def __post_init__(self) -> None:
        # Callers naturally pass a list; freeze it so the receipt stays immutable.
        object.__setattr__(self, "lines", tuple(self.lines))

    def __repr__(self) -> str:
        # Lines may carry a name or a fiscal code: keep them out of logs.
        return (
            f"Receipt(title={self.title!r}, lines=<{len(self.lines)}>, "
            f"created_at={self.created_at.isoformat()!r})"
        )


# ---------------------------------------------------------------------------
# Payment (no card number, PAN, exists anywhere in the kiosk, by design)


@dataclass(frozen=True)
class PaymentRequest:
    """An amount to charge on the card terminal."""

    amount_cents: int
    reference: str  # e.g. the pagoPA notice code, shown on the terminal's receipt
    description: str

    def __post_init__(self) -> None:
        if isinstance(self.amount_cents, bool) or not isinstance(self.amount_cents, int):
            raise TypeError("amount_cents must be an int")
        if self.amount_cents <= 0:
            raise ValueError("amount_cents must be positive")
        if not self.reference:
            raise ValueError("reference must not be empty")


class PaymentOutcome(StrEnum):
    """How a payment attempt ended."""

    APPROVED = "approved"
    DECLINED = "declined"
    TIMEOUT = "timeout"  # the citizen did not present a card in time
    CANCELLED = "cancelled"
    # The terminal stopped answering: the charge may or may not have happened,
    # so the kiosk's payment journal must reconcile it.
    CONNECTION_LOST = "connection_lost"


@dataclass(frozen=True)
class PaymentResult:
    """The terminal's answer to a payment request."""

    outcome: PaymentOutcome
    terminal_ref: str | None = None
    auth_code: str | None = None
    message: str | None = None

    @property
    def approved(self) -> bool:
        """True when the money was taken."""
        return self.outcome is PaymentOutcome.APPROVED


# ---------------------------------------------------------------------------
# Scanner, health


@dataclass(frozen=True, repr=False)
class Scan:
    """A decoded barcode: its text and symbology ("qr", "datamatrix", "code128")."""

    payload: str
    symbology: str

    def __repr__(self) -> str:
        # A Poste Data Matrix carries the debtor's name and fiscal code.
        return f"Scan(symbology={self.symbology!r}, payload=<{len(self.payload)} chars>)"


@dataclass(frozen=True)
class DeviceHealth:
    """One device's health for maintenance screens and ``kiosk device list``.

    ``ok`` is None when the device cannot tell (not started, not answering).
    """

    kind: str
    adapter: str
    ok: bool | None
    detail: str


# ---------------------------------------------------------------------------
# Events, published on the kiosk's event bus


@dataclass(frozen=True)
class CardInserted:
    """A card was inserted and read."""

    reader: str
    card: CardInfo


@dataclass(frozen=True)
class CardRemoved:
    """The card left the reader (or the reader went away with it)."""

    reader: str


@dataclass(frozen=True)
class CardReadFailed:
    """A card was inserted but could not be read."""

    reader: str
    reason: str


@dataclass(frozen=True)
class CardReaderStateChanged:
    """The reader became ready, disappeared or failed."""

    state: ReaderState


@dataclass(frozen=True)
class PrinterStatusChanged:
    """The printer's status differs from the last one published."""

    status: PrinterStatus


@dataclass(frozen=True)
class BarcodeScanned:
    """The scanner read a code while enabled."""

    scan: Scan


@dataclass(frozen=True)
class SpeechStateChanged:
    """Speech output started or stopped talking."""

    speaking: bool


# ---------------------------------------------------------------------------
# Errors


class DeviceError(Exception):
    """A device failed; ``user_message`` is a short English text the UI translates."""

    user_message: str = "The device is not working."

    def __init__(self, message: str = "", *, user_message: str | None = None) -> None:
        super().__init__(message or user_message or self.user_message)
        if user_message is not None:
            self.user_message = user_message


class DeviceUnavailable(DeviceError):
    """The device is absent, closed or not started."""

    user_message = "The device is not available."


class PrinterNotReady(DeviceError):
    """The printer refused a job before printing anything; ``status`` says why."""

    user_message = "The printer is not ready."

    def __init__(self, status: PrinterStatus) -> None:
        problem = status.problem or self.user_message
        super().__init__(f"printer not ready: {status}", user_message=problem)
        self.status = status
