"""The thin pyscard layer: one PC/SC context, its readers, one card channel.

Thread-confined: a :class:`PcscSession` and its channels are used from the
adapter's single PC/SC thread only (pcsc-lite contexts are not meant to be
shared across threads). pyscard is imported when the first session is made,
so importing this module needs no pyscard.

PC/SC return codes become exceptions that say what happened to the kiosk:
:class:`ServiceLost` (pcscd gone), :class:`ReaderLost`, :class:`CardGone`,
:class:`CardNotAnswering`, or a plain :class:`PcscError`.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from spaziocitta.devices.pcsc.cards import split_response
from spaziocitta.devices.types import DeviceError, DeviceUnavailable

GONE_SETTLE = 0.6  # seconds to let pcscd notice a card pulled mid-command

PNP_NOTIFICATION = "\\\\?PnP?\\Notification"  # pseudo reader: wakes on readers coming and going


class PcscError(DeviceError):
    """A PC/SC call failed; ``code`` is the PC/SC return code."""

    user_message = "The card reader is not working."

    def __init__(self, call: str, code: int, text: str = "") -> None:
        super().__init__(f"{call} failed: 0x{code & 0xFFFFFFFF:08X} {text}".rstrip())
        self.code = code


class ServiceLost(PcscError):
    """pcscd is not running or went away: the context must be re-established."""


class ReaderLost(PcscError):
    """The reader went away (unplugged) while in use."""


class CardGone(DeviceError):
    """The card left the reader while it was being read (or was never there)."""

    user_message = "The card was removed while it was being read."


class CardNotAnswering(DeviceError):
    """The card is in the reader but gave no usable answer."""

    user_message = "The card cannot be read."


def load_scard() -> ModuleType:
    """pyscard's low-level ``smartcard.scard``; DeviceUnavailable when not installed."""
    try:
        return importlib.import_module("smartcard.scard")
    except ImportError as exc:
        raise DeviceUnavailable(
            f"pyscard is not installed: {exc}", user_message="The card reader is not available."
        ) from None


@dataclass(frozen=True)
class ReaderStatus:
    """One reader's state as GetStatusChange reports it."""

    present: bool  # a card is in the reader
    mute: bool  # a card is in but gave no ATR
    counter: int  # pcsc-lite's card event counter: changes when a card comes or goes
    atr: bytes


class PcscSession:
    """One PC/SC context, re-established by the caller after :class:`ServiceLost`."""

    def __init__(self, scard: ModuleType | None = None) -> None:
        self.s = scard or load_scard()
        self._context: Any = None
        self._known: dict[str, int] = {}  # reader (or PnP) -> last event state seen

    # -- context -----------------------------------------------------------

    @property
    def established(self) -> bool:
        """True while the session holds a context."""
        return self._context is not None

    def establish(self) -> None:
        """Open a context if none is open; ServiceLost when pcscd is not there."""
        if self._context is not None:
            return
        hresult, context = self.s.SCardEstablishContext(self.s.SCARD_SCOPE_USER)
        self._check("SCardEstablishContext", hresult)
        self._context = context
        self._known = {}

    def release(self) -> None:
        """Drop the context; harmless when pcscd is already gone."""
        context, self._context = self._context, None
        self._known = {}
        if context is not None:
            self.s.SCardReleaseContext(context)  # fails with NO_SERVICE after a crash: fine

    # -- readers -----------------------------------------------------------

    def readers(self) -> list[str]:
        """The readers pcscd knows now; [] when there are none."""
        hresult, readers = self.s.SCardListReaders(self._context, [])
        if hresult == self.s.SCARD_E_NO_READERS_AVAILABLE:
            return []
        self._check("SCardListReaders", hresult)
        return list(readers)

    def wait_change(self, reader: str | None, timeout: float) -> ReaderStatus | None:
        """Block up to ``timeout`` s until ``reader`` or the reader list changes.

        Returns the reader's status (None without a reader). A reader seen for
        the first time returns at once with its current state.
        """
        names = [PNP_NOTIFICATION] + ([reader] if reader else [])
        states = [(name, self._known.get(name, self.s.SCARD_STATE_UNAWARE)) for name in names]
        hresult, results = self.s.SCardGetStatusChange(
            self._context, max(0, int(timeout * 1000)), states
        )
        if hresult == self.s.SCARD_E_UNKNOWN_READER:
            self._known.pop(reader or "", None)
            return None  # gone between the listing and the wait
        if hresult not in (self.s.SCARD_S_SUCCESS, self.s.SCARD_E_TIMEOUT):
            self._check("SCardGetStatusChange", hresult)
        status = None
        for name, event_state, atr in results:
            # Pass the state back without CHANGED: GetStatusChange then blocks until
            # the next real change instead of returning at once.
            self._known[name] = event_state & ~self.s.SCARD_STATE_CHANGED
            if name == reader:
                if event_state & (self.s.SCARD_STATE_UNKNOWN | self.s.SCARD_STATE_UNAVAILABLE):
                    self._known.pop(name, None)
                    return None
                status = ReaderStatus(
                    present=bool(event_state & self.s.SCARD_STATE_PRESENT),
                    mute=bool(event_state & self.s.SCARD_STATE_MUTE),
                    counter=(event_state >> 16) & 0xFFFF,
                    atr=bytes(atr),
                )
        return status

    # -- cards -------------------------------------------------------------

    @contextmanager
    def connect(self, reader: str) -> Iterator[CardChannel]:
        """A channel to the card in ``reader``, disconnected (card left as is) on exit."""
        s = self.s
        hresult, handle, protocol = s.SCardConnect(
            self._context, reader, s.SCARD_SHARE_SHARED, s.SCARD_PROTOCOL_T0 | s.SCARD_PROTOCOL_T1
        )
        self._check("SCardConnect", hresult)
        try:
            yield CardChannel(self, handle, protocol)
        finally:
            s.SCardDisconnect(handle, s.SCARD_LEAVE_CARD)

    def _check(self, call: str, hresult: int) -> None:
        s = self.s
        if hresult == s.SCARD_S_SUCCESS:
            return
        text = s.SCardGetErrorMessage(hresult)
        if hresult in _codes(s, _SERVICE_LOST):
            self.release()
            raise ServiceLost(call, hresult, text)
        if hresult in _codes(s, _READER_LOST):
            raise ReaderLost(call, hresult, text)
        if hresult in _codes(s, _CARD_GONE):
            raise CardGone(f"{call}: {text}")
        if hresult in _codes(s, _CARD_MUTE):
            raise CardNotAnswering(f"{call}: {text}")
        raise PcscError(call, hresult, text)


_SERVICE_LOST = (
    "SCARD_E_NO_SERVICE",
    "SCARD_E_SERVICE_STOPPED",
    "SCARD_F_COMM_ERROR",  # what a blocked call gets when pcscd dies under it
    "SCARD_E_INVALID_HANDLE",  # a context from before a pcscd restart
)
_READER_LOST = ("SCARD_E_READER_UNAVAILABLE", "SCARD_E_UNKNOWN_READER")
_CARD_GONE = (
    "SCARD_W_REMOVED_CARD",
    "SCARD_E_NO_SMARTCARD",
)
_CARD_MUTE = (
    "SCARD_W_UNRESPONSIVE_CARD",
    "SCARD_W_UNPOWERED_CARD",
    "SCARD_W_RESET_CARD",  # reset under us by another process: the selection is lost
    "SCARD_E_NOT_TRANSACTED",
)


def _codes(s: ModuleType, names: tuple[str, ...]) -> set[int]:
    return {getattr(s, name) for name in names if hasattr(s, name)}


class CardChannel:
    """Sends APDUs to one connected card; copes with T=0 61xx / 6Cxx replies."""

    def __init__(self, session: PcscSession, handle: Any, protocol: int) -> None:
        self._session = session
        self._handle = handle
        self._protocol = protocol
        self.count = 0  # APDUs sent, for logs

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        """Send ``apdu``; return (data, status word). CardGone if the card left."""
        data, sw = self._raw(apdu)
        if sw >> 8 == 0x6C and len(apdu) >= 5:
            # Wrong Le: the card says how many bytes it has; ask again for exactly that.
            data, sw = self._raw(apdu[:-1] + bytes([sw & 0xFF]))
        collected = data
        while sw >> 8 == 0x61:
            # More data waiting (T=0): fetch it with GET RESPONSE.
            more, sw = self._raw(bytes([0x00, 0xC0, 0x00, 0x00, sw & 0xFF]))
            collected += more
        return collected, sw

    def _raw(self, apdu: bytes) -> tuple[bytes, int]:
        s = self._session.s
        self.count += 1
        hresult, response = s.SCardTransmit(self._handle, self._protocol, list(apdu))
        if hresult != s.SCARD_S_SUCCESS:
            try:
                self._session._check("SCardTransmit", hresult)
            except CardNotAnswering:
                self._raise_if_gone()
                raise
        if len(response) < 2:
            # vpcd (and some readers) answer "success" with no bytes when the card is
            # pulled mid-command.
            self._raise_if_gone()
            raise CardNotAnswering("the card gave no status word")
        return split_response(bytes(response))

    def _raise_if_gone(self) -> None:
        """CardGone if the card left; pcscd may take a poll (~0.4 s) to notice."""
        s = self._session.s
        deadline = time.monotonic() + GONE_SETTLE
        while True:
            hresult, _reader, _state, _protocol, _atr = s.SCardStatus(self._handle)
            if hresult != s.SCARD_S_SUCCESS:
                self._session._check("SCardStatus", hresult)  # CardGone, or worse
            if time.monotonic() >= deadline:
                return  # still there: it is just not answering
            time.sleep(0.05)
