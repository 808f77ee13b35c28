"""DLE EOT status decoding: fail-closed on silence and on invalid bytes."""

from __future__ import annotations

import pytest

from spaziocitta.devices.escpos.commands import status_query
from spaziocitta.devices.escpos.status import (
    OFFLINE_CAUSE,
    PRINTER,
    ROLL_PAPER,
    decode,
    decode_cover_open,
    decode_online,
    decode_paper,
    is_valid_reply,
    query,
    reply_byte,
)
from spaziocitta.devices.escpos.virtual_printer import _BITS, VirtualState
from spaziocitta.devices.types import PaperState, PrinterStatus

# 0xx1xx10 is the fixed pattern; each of these breaks one fixed bit (or is silence).
INVALID = [None, 0x00, 0xFF, 0x10, 0x13, 0x16 ^ 0x02, 0x92, 0x02]


@pytest.mark.parametrize("byte", [0x12, 0x16, 0x1A, 0x1E, 0x32, 0x52, 0x72, 0x7E])
def test_valid_replies(byte) -> None:
    assert is_valid_reply(byte)


@pytest.mark.parametrize("byte", INVALID)
def test_invalid_replies_decode_as_unknown(byte) -> None:
    assert not is_valid_reply(byte)
    assert decode_online(byte) is None
    assert decode_cover_open(byte) is None
    assert decode_paper(byte) is PaperState.UNKNOWN


def test_printer_status_bit_3_is_offline() -> None:
    assert decode_online(0x12) is True
    assert decode_online(0x1A) is False


def test_offline_cause_bit_2_is_cover_open() -> None:
    assert decode_cover_open(0x12) is False
    assert decode_cover_open(0x16) is True


@pytest.mark.parametrize(
    ("byte", "paper"),
    [
        (0x12, PaperState.OK),
        (0x1E, PaperState.NEAR_END),  # bits 2-3
        (0x16, PaperState.NEAR_END),  # one near-end sensor bit is enough
        (0x72, PaperState.OUT),  # bits 5-6
        (0x7E, PaperState.OUT),  # out wins over near end
    ],
)
def test_roll_paper_bits(byte, paper) -> None:
    assert decode_paper(byte) is paper


def test_all_good_is_ready() -> None:
    status = decode({PRINTER: 0x12, OFFLINE_CAUSE: 0x12, ROLL_PAPER: 0x12})
    assert status == PrinterStatus(True, PaperState.OK, False)
    assert status.ready


@pytest.mark.parametrize("missing", [PRINTER, OFFLINE_CAUSE, ROLL_PAPER])
@pytest.mark.parametrize("bad", [None, 0x00, 0xFF])
def test_one_bad_reply_is_never_ready(missing, bad) -> None:
    replies: dict[int, int | None] = {PRINTER: 0x12, OFFLINE_CAUSE: 0x12, ROLL_PAPER: 0x12}
    replies[missing] = bad
    assert not decode(replies).ready


def test_paper_end_stop_counts_as_out_when_the_paper_query_fails() -> None:
    status = decode({PRINTER: 0x1A, OFFLINE_CAUSE: 0x32, ROLL_PAPER: None})
    assert status.paper is PaperState.OUT


def test_query_asks_printer_offline_cause_and_paper() -> None:
    asked: list[bytes] = []

    def ask(request: bytes) -> int:
        asked.append(request)
        return 0x12

    assert query(ask).ready
    assert asked == [status_query(1), status_query(2), status_query(4)]


def test_query_gives_up_after_a_silent_first_query() -> None:
    asked: list[bytes] = []

    def ask(request: bytes) -> None:
        asked.append(request)

    assert query(ask) == PrinterStatus.unknown()
    assert len(asked) == 1  # each silence costs a timeout: do not pay three


def test_query_of_a_printer_answering_garbage_is_not_ready() -> None:
    status = query(lambda request: 0x00)
    assert status == PrinterStatus.unknown()
    assert not status.ready


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        ("ok", PrinterStatus(True, PaperState.OK, False)),
        ("near_end", PrinterStatus(True, PaperState.NEAR_END, False)),
        ("paper_out", PrinterStatus(False, PaperState.OUT, False)),
        ("cover_open", PrinterStatus(False, PaperState.OK, True)),
        ("offline", PrinterStatus(False, PaperState.OK, False)),
    ],
)
def test_virtual_printer_replies_decode_to_its_state(state, expected) -> None:
    bits = _BITS[VirtualState(state)]
    replies = {n: reply_byte(n, **bits) for n in (PRINTER, OFFLINE_CAUSE, ROLL_PAPER)}
    assert all(is_valid_reply(b) for b in replies.values())
    assert decode(replies) == expected
