"""ESC/POS byte sequences shared by the renderer, the adapter and the interpreter.

Kept in one place so the bytes the adapter sends and the bytes the virtual
printer understands cannot drift apart.
"""

from __future__ import annotations

from typing import NamedTuple

DLE, EOT, DC4, ESC, GS, LF = 0x10, 0x04, 0x14, 0x1B, 0x1D, 0x0A

INIT = bytes([ESC, 0x40])  # ESC @
FONT_A = bytes([ESC, 0x4D, 0])  # ESC M 0: 12x24 dots, 32 columns on 58 mm, 48 on 80 mm


def align(n: int) -> bytes:
    """ESC a n: 0 left, 1 centre, 2 right."""
    return bytes([ESC, 0x61, n])


def emphasis(on: bool) -> bytes:
    """ESC E n: bold on/off."""
    return bytes([ESC, 0x45, int(on)])


def size(width: int, height: int) -> bytes:
    """GS ! n: character width and height multipliers (1..8)."""
    return bytes([GS, 0x21, ((width - 1) << 4) | (height - 1)])


def feed(lines: int) -> bytes:
    """ESC d n: print and feed n lines."""
    return bytes([ESC, 0x64, lines])


def select_code_page(n: int) -> bytes:
    """ESC t n: the character table used for bytes 0x80-0xFF."""
    return bytes([ESC, 0x74, n])


PARTIAL_CUT = bytes([GS, 0x56, 66, 0])  # GS V 66 0: feed to the cutter, partial cut

# Non real-time "transmit paper sensor status": it runs only once the printer has
# processed everything sent before it, so its reply marks the end of a job.
JOB_END_QUERY = bytes([GS, 0x72, 1])

# DLE DC4 fn=8: real-time "clear buffers", answered with 37h 25h 00h by printers
# that support it. It withdraws a job that was sent but not yet printed.
CLEAR_BUFFERS = bytes([DLE, DC4, 8, 1, 3, 20, 1, 6, 2, 8])
CLEAR_BUFFERS_REPLY = bytes([0x37, 0x25, 0x00])


def status_query(n: int) -> bytes:
    """DLE EOT n: real-time status (1 printer, 2 offline cause, 3 error, 4 paper)."""
    return bytes([DLE, EOT, n])


def qr_commands(payload: bytes, module_size: int, ecc: str) -> bytes:
    """GS ( k, QR model 2: select model, module size, error correction, store, print."""
    ecc_byte = {"L": 48, "M": 49, "Q": 50, "H": 51}[ecc]
    store_len = len(payload) + 3
    return b"".join(
        (
            bytes([GS, 0x28, 0x6B, 4, 0, 49, 65, 50, 0]),  # fn 165: model 2
            bytes([GS, 0x28, 0x6B, 3, 0, 49, 67, module_size]),  # fn 167: module size
            bytes([GS, 0x28, 0x6B, 3, 0, 49, 69, ecc_byte]),  # fn 169: error correction
            bytes([GS, 0x28, 0x6B, store_len & 0xFF, store_len >> 8, 49, 80, 48]),
            payload,  # fn 180: store the data
            bytes([GS, 0x28, 0x6B, 3, 0, 49, 81, 48]),  # fn 181: print the symbol
        )
    )


def raster(width_px: int, height_px: int, data: bytes) -> bytes:
    """GS v 0: a 1-bit raster image, rows of ``ceil(width/8)`` bytes, MSB left."""
    row_bytes = (width_px + 7) // 8
    return (
        bytes([GS, 0x76, 0x30, 0, row_bytes & 0xFF, row_bytes >> 8])
        + bytes([height_px & 0xFF, height_px >> 8])
        + data
    )


class CodePage(NamedTuple):
    """A printer character table: its ESC t number and the Python codec for it."""

    name: str
    number: int
    codec: str


# Numbers as in Epson's tables (and python-escpos's capability profiles).
CODE_PAGES: dict[str, CodePage] = {
    "cp858": CodePage("cp858", 19, "cp858"),
    "cp1252": CodePage("cp1252", 16, "cp1252"),
    "cp850": CodePage("cp850", 2, "cp850"),
    "cp437": CodePage("cp437", 0, "cp437"),
}
CODE_PAGES_BY_NUMBER: dict[int, CodePage] = {cp.number: cp for cp in CODE_PAGES.values()}
