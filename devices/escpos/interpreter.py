"""A small ESC/POS interpreter: bytes back into layout commands.

It understands the subset :mod:`.render` emits (and skips other common
commands by their length), so the virtual printer can tell what a job would
have printed and draw it with :func:`.render.to_image`. Real-time commands
(``DLE EOT``, ``DLE DC4``) are the receiver's business, not this module's.
"""

from __future__ import annotations

from dataclasses import dataclass

from spaziocitta.devices.escpos.commands import CODE_PAGES, CODE_PAGES_BY_NUMBER, DLE, ESC, GS, LF
from spaziocitta.devices.escpos.layout import (
    Align,
    Cut,
    Feed,
    LayoutCommand,
    QrCode,
    RasterImage,
    TextLine,
)

_ECC = {48: "L", 49: "M", 50: "Q", 51: "H"}
_ESC_WITH_ONE_ARG = set(b"!-3EGJMRVadte")
_GS_WITH_ONE_ARG = set(b"!BHLWbfhwr")


@dataclass(frozen=True)
class StatusRequest:
    """``GS r n``: the host wants a reply once everything before it is processed."""

    n: int


def command_length(buf: bytes | bytearray, pos: int = 0) -> int | None:  # noqa: PLR0911
    """Length of the command or text run at ``buf[pos]``; None when incomplete."""
    available = len(buf) - pos
    first = buf[pos]
    if first >= 0x20:
        end = pos
        while end < len(buf) and buf[end] >= 0x20:
            end += 1
        return end - pos
    if first == ESC:
        if available < 2:
            return None
        return 3 if buf[pos + 1] in _ESC_WITH_ONE_ARG else 2
    if first == GS:
        return _gs_length(buf, pos, available)
    if first == DLE:
        if available < 3:
            return None
        return 10 if buf[pos + 1] == 0x14 and buf[pos + 2] == 8 else 3
    return 1


def _gs_length(buf: bytes | bytearray, pos: int, available: int) -> int | None:  # noqa: PLR0911
    if available < 2:
        return None
    second = buf[pos + 1]
    if second == ord("V"):
        if available < 3:
            return None
        return 4 if buf[pos + 2] in (65, 66, 97, 98, 103, 104) else 3
    if second == ord("("):  # GS ( x pL pH data
        if available < 5:
            return None
        return 5 + buf[pos + 3] + 256 * buf[pos + 4]
    if second == ord("v"):  # GS v 0 m xL xH yL yH data
        if available < 8:
            return None
        row = buf[pos + 4] + 256 * buf[pos + 5]
        return 8 + row * (buf[pos + 6] + 256 * buf[pos + 7])
    return 3 if second in _GS_WITH_ONE_ARG else 2


class Interpreter:
    """Applies commands one at a time, keeping the printer's mode between them."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        """ESC @: back to the power-on state (PC437, left, normal size)."""
        self.code_page = CODE_PAGES["cp437"]
        self.align = Align.LEFT
        self.bold = False
        self.width = self.height = 1
        self.qr_module, self.qr_ecc, self.qr_data = 3, "L", b""
        self._line = bytearray()

    def apply(self, command: bytes) -> list[LayoutCommand | StatusRequest]:
        """Apply one whole command (as :func:`command_length` cut it); what it produced."""
        first = command[0]
        if first >= 0x20:
            self._line += command
            return []
        if first == LF:
            return [self._take_line()]
        if first == ESC:
            return self._esc(command)
        if first == GS:
            return self._gs(command)
        return []  # CR, HT, DLE ...: nothing the layout engine relies on

    def _take_line(self) -> TextLine:
        text = bytes(self._line).decode(self.code_page.codec, errors="replace")
        self._line.clear()
        return TextLine(text, self.align, self.bold, self.width, self.height)

    def _flush(self) -> list[LayoutCommand | StatusRequest]:
        # Commands that print (feed, cut, images) print a pending partial line first.
        return [self._take_line()] if self._line else []

    def _esc(self, command: bytes) -> list[LayoutCommand | StatusRequest]:
        op = command[1]
        arg = command[2] if len(command) > 2 else 0
        if op == ord("@"):
            self.reset()
        elif op == ord("t"):
            self.code_page = CODE_PAGES_BY_NUMBER.get(arg, CODE_PAGES["cp437"])
        elif op == ord("a"):
            self.align = Align(arg - 48 if arg >= 48 else min(arg, 2))
        elif op == ord("E"):
            self.bold = bool(arg & 1)
        elif op == ord("!"):
            self.bold = bool(arg & 0x08)
            self.height, self.width = (2 if arg & 0x10 else 1), (2 if arg & 0x20 else 1)
        elif op == ord("d"):
            return [*self._flush(), Feed(arg)]
        return []

    def _gs(self, command: bytes) -> list[LayoutCommand | StatusRequest]:
        op = command[1]
        if op == ord("!"):
            self.width, self.height = (command[2] >> 4) + 1, (command[2] & 0x0F) + 1
        elif op == ord("V"):
            return [*self._flush(), Cut()]
        elif op == ord("r"):
            return [StatusRequest(command[2])]
        elif op == ord("(") and command[2] == ord("k"):
            return self._qr(command[5:])
        elif op == ord("v"):
            row, height = command[4] + 256 * command[5], command[6] + 256 * command[7]
            return [*self._flush(), RasterImage(row * 8, height, bytes(command[8:]))]
        return []

    def _qr(self, body: bytes) -> list[LayoutCommand | StatusRequest]:
        if len(body) < 3 or body[0] != 49:  # cn 49: QR code; other symbols are ignored
            return []
        fn = body[1]
        if fn == 67:
            self.qr_module = body[2]
        elif fn == 69:
            self.qr_ecc = _ECC.get(body[2], "L")
        elif fn == 80:
            self.qr_data = bytes(body[3:])
        elif fn == 81:
            payload = self.qr_data.decode("utf-8", errors="replace")
            return [*self._flush(), QrCode(payload, self.qr_module, self.qr_ecc)]
        return []


def interpret(data: bytes) -> list[LayoutCommand | StatusRequest]:
    """Every command in ``data`` (a whole stream); an incomplete tail is ignored."""
    interpreter, out, pos = Interpreter(), [], 0
    while pos < len(data):
        length = command_length(data, pos)
        if length is None or pos + length > len(data):
            break
        out += interpreter.apply(data[pos : pos + length])
        pos += length
    return out
