"""Real-time status (``DLE EOT n``): the queries and a fail-closed decoder.

python-escpos 3.1 cannot be trusted here (FIELD-NOTES: ``is_online()`` is
always False, ``paper_status()`` says "adequate" when nothing answers), so the
adapter sends the queries itself and decodes the bytes with this module. A
missing reply, or a byte that is not of the form ``0xx1xx10``, makes that part
of the status unknown: it never reads as OK.
"""

from __future__ import annotations

from collections.abc import Callable

from spaziocitta.devices.escpos.commands import status_query
from spaziocitta.devices.types import PaperState, PrinterStatus

PRINTER, OFFLINE_CAUSE, ERROR_CAUSE, ROLL_PAPER = 1, 2, 3, 4
QUERIES: tuple[int, ...] = (PRINTER, OFFLINE_CAUSE, ROLL_PAPER)
"""The ``n`` the adapter asks, in order: online, then cover/paper-end, then paper."""


def is_valid_reply(byte: int | None) -> bool:
    """True when ``byte`` has the fixed bits of a DLE EOT reply: ``0xx1xx10``."""
    return byte is not None and byte & 0b1001_0011 == 0b0001_0010


def decode_online(byte: int | None) -> bool | None:
    """``DLE EOT 1``: bit 3 set means offline."""
    if not is_valid_reply(byte):
        return None
    assert byte is not None
    return not byte & 0b0000_1000


def decode_cover_open(byte: int | None) -> bool | None:
    """``DLE EOT 2``: bit 2 set means the cover is open."""
    if not is_valid_reply(byte):
        return None
    assert byte is not None
    return bool(byte & 0b0000_0100)


def decode_stopped_at_paper_end(byte: int | None) -> bool | None:
    """``DLE EOT 2``: bit 5 set means printing stopped because the paper ran out."""
    if not is_valid_reply(byte):
        return None
    assert byte is not None
    return bool(byte & 0b0010_0000)


def decode_paper(byte: int | None) -> PaperState:
    """``DLE EOT 4``: bits 5-6 paper end, bits 2-3 paper near its end."""
    if not is_valid_reply(byte):
        return PaperState.UNKNOWN
    assert byte is not None
    if byte & 0b0110_0000:
        return PaperState.OUT
    if byte & 0b0000_1100:
        return PaperState.NEAR_END
    return PaperState.OK


def decode(replies: dict[int, int | None]) -> PrinterStatus:
    """The status from the replies to ``DLE EOT 1``, ``2`` and ``4`` (None: no reply)."""
    offline_cause = replies.get(OFFLINE_CAUSE)
    paper = decode_paper(replies.get(ROLL_PAPER))
    if paper is PaperState.UNKNOWN and decode_stopped_at_paper_end(offline_cause):
        paper = PaperState.OUT
    return PrinterStatus(
        online=decode_online(replies.get(PRINTER)),
        paper=paper,
        cover_open=decode_cover_open(offline_cause),
    )


def query(ask: Callable[[bytes], int | None]) -> PrinterStatus:
    """Run the queries through ``ask`` (send, return the reply byte or None).

    A printer silent on the first query is not asked the others: the status is
    unknown already, and each silence costs a whole read timeout.
    """
    replies: dict[int, int | None] = {}
    for n in QUERIES:
        reply = ask(status_query(n))
        if reply is None and not replies:
            return PrinterStatus.unknown()
        replies[n] = reply
    return decode(replies)


def reply_byte(n: int, **bits: bool) -> int:
    """The reply a printer in a given condition sends to ``DLE EOT n``.

    Used by the virtual printer; ``bits`` are ``offline``, ``cover_open``,
    ``paper_end``, ``near_end``.
    """
    byte = 0b0001_0010
    if n == PRINTER and bits.get("offline"):
        byte |= 0b0000_1000
    if n == OFFLINE_CAUSE:
        if bits.get("cover_open"):
            byte |= 0b0000_0100
        if bits.get("paper_end"):
            byte |= 0b0010_0000
    if n == ROLL_PAPER:
        if bits.get("near_end"):
            byte |= 0b0000_1100
        if bits.get("paper_end"):
            byte |= 0b0110_0000
    return byte
