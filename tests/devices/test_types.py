"""The kiosk-side device types: printer readiness, masking, validation."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import date

import pytest

from spaziocitta.devices.simulated import DEMO_CIE, DEMO_HOLDER, DEMO_TS_CNS
from spaziocitta.devices.types import (
    CardHolder,
    CardInfo,
    CardInserted,
    CardType,
    DeviceError,
    PaperState,
    PaymentOutcome,
    PaymentRequest,
    PaymentResult,
    PrinterNotReady,
    PrinterStatus,
    ReaderState,
    Receipt,
    ReceiptLine,
    Scan,
)

_ODD = [
    1,
    0,
    5,
    7,
    9,
    13,
    15,
    17,
    19,
    21,
    2,
    4,
    18,
    20,
    11,
    3,
    6,
    8,
    12,
    14,
    16,
    10,
    22,
    25,
    24,
    23,
]


def cf_check_char(first15: str) -> str:
    """The codice fiscale check character, per FIELD-NOTES.md."""

    def value(c: str) -> int:
        return int(c) if c.isdigit() else ord(c) - ord("A")

    total = sum(_ODD[value(c)] if i % 2 == 0 else value(c) for i, c in enumerate(first15))
    return chr(ord("A") + total % 26)


def luhn_ok(number: str) -> bool:
    digits = [int(d) for d in reversed(number)]
    total = sum(
        d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(digits)
    )
    return total % 10 == 0


# --- PrinterStatus ----------------------------------------------------------

ONLINE = (True, False, None)
COVER = (True, False, None)


@pytest.mark.parametrize(
    ("online", "paper", "cover_open"), list(itertools.product(ONLINE, PaperState, COVER))
)
def test_printer_ready_only_when_every_part_is_known_good(online, paper, cover_open) -> None:
    status = PrinterStatus(online=online, paper=paper, cover_open=cover_open)
    expected = (
        online is True and paper in (PaperState.OK, PaperState.NEAR_END) and cover_open is False
    )
    assert status.ready is expected
    assert (status.problem is None) is expected


def test_unknown_status_is_not_ready_and_says_not_answering() -> None:
    status = PrinterStatus.unknown()
    assert not status.ready
    assert status == PrinterStatus(None, PaperState.UNKNOWN, None)
    assert "not answering" in (status.problem or "")


@pytest.mark.parametrize(
    ("status", "word"),
    [
        (PrinterStatus(False, PaperState.OK, True), "cover"),
        (PrinterStatus(False, PaperState.OUT, False), "paper"),
        (PrinterStatus(False, PaperState.OK, False), "offline"),
        (PrinterStatus(True, PaperState.UNKNOWN, False), "unknown"),
    ],
)
def test_printer_not_ready_carries_status_and_a_user_message(status, word) -> None:
    error = PrinterNotReady(status)
    assert isinstance(error, DeviceError)
    assert error.status is status
    assert word in error.user_message


def test_device_error_user_message_default_and_override() -> None:
    assert DeviceError().user_message
    assert DeviceError("x", user_message="The card cannot be read.").user_message == (
        "The card cannot be read."
    )
    assert str(DeviceError("low-level detail")) == "low-level detail"


# --- Cards ------------------------------------------------------------------


def test_fiscal_code_algorithm_matches_the_field_notes_example() -> None:
    assert cf_check_char("BSCMTT83A12L719") == "R"


def test_demo_holder_has_valid_fiscal_code_and_card_number() -> None:
    cf = DEMO_HOLDER.fiscal_code
    assert len(cf) == 16
    assert cf_check_char(cf[:15]) == cf[15]
    number = DEMO_HOLDER.card_number or ""
    assert len(number) == 20
    assert number.startswith("8038000")
    assert luhn_ok(number)
    assert DEMO_TS_CNS.card_type is CardType.TS_CNS
    assert DEMO_CIE.card_type is CardType.CIE
    assert DEMO_CIE.holder is None
    assert DEMO_CIE.card_id and len(DEMO_CIE.card_id) == 12


HOLDER = CardHolder(
    fiscal_code="BSCMTT83A12L719R",
    surname="BOSCHI",
    given_name="MATTEO",
    birth_date=date(1983, 1, 12),
    sex="M",
    expiry_date=date(2029, 5, 31),
    card_number="80380000001234567894",
)


def test_card_holder_repr_masks_personal_data() -> None:
    text = repr(HOLDER)
    assert text.startswith("CardHolder(fiscal_code='BSC***'")
    for secret in ("BSCMTT", "BOSCHI", "MATTEO", "1983", "2029", "8038000000123"):
        assert secret not in text
    assert str(HOLDER) == text


def test_card_info_and_events_do_not_leak_through_repr() -> None:
    card = CardInfo(CardType.TS_CNS, HOLDER, card_id="80380000001234567894")
    for text in (repr(card), repr(CardInserted("reader 0", card)), f"{card}"):
        assert "BSCMTT" not in text
        assert "BOSCHI" not in text
        assert "8038000000123" not in text
    assert "NIS" not in repr(CardInfo(CardType.CIE, None, "000000123456"))
    assert "000000123456" not in repr(CardInfo(CardType.CIE, None, "000000123456"))


def test_card_holder_still_compares_and_exposes_data() -> None:
    assert HOLDER.full_name == "MATTEO BOSCHI"
    assert dataclasses.replace(HOLDER) == HOLDER
    with pytest.raises(dataclasses.FrozenInstanceError):
        HOLDER.surname = "X"  # type: ignore[misc]


def test_enum_values() -> None:
    assert [c.value for c in CardType] == ["ts-cns", "cie", "unknown"]
    assert [p.value for p in PaperState] == ["ok", "near_end", "out", "unknown"]
    assert {s.name for s in ReaderState} == {"READY", "NO_READER", "UNAVAILABLE"}
    assert {o.name for o in PaymentOutcome} == {
        "APPROVED",
        "DECLINED",
        "TIMEOUT",
        "CANCELLED",
        "CONNECTION_LOST",
    }


# --- Receipt, payment, scan ------------------------------------------------


def test_receipt_is_immutable_and_its_repr_hides_lines() -> None:
    receipt = Receipt("Certificato", [ReceiptLine("Codice fiscale", "BSCMTT83A12L719R")])  # type: ignore[arg-type]
    assert isinstance(receipt.lines, tuple)
    assert receipt.created_at.tzinfo is not None
    assert "BSCMTT" not in repr(receipt)
    with pytest.raises(dataclasses.FrozenInstanceError):
        receipt.title = "x"  # type: ignore[misc]


@pytest.mark.parametrize("amount", [0, -1, 1.5, True, "100"])
def test_payment_request_rejects_bad_amounts(amount) -> None:
    with pytest.raises((TypeError, ValueError)):
        PaymentRequest(amount_cents=amount, reference="300715700000000032", description="TARI")


def test_payment_request_needs_a_reference() -> None:
    with pytest.raises(ValueError, match="reference"):
        PaymentRequest(amount_cents=100, reference="", description="TARI")


@pytest.mark.parametrize("cls", [PaymentRequest, PaymentResult])
def test_no_card_number_field_in_payment_types(cls) -> None:
    names = {f.name for f in dataclasses.fields(cls)}
    assert not {n for n in names if "pan" in n or "card" in n}


def test_payment_result_approved_flag() -> None:
    assert PaymentResult(PaymentOutcome.APPROVED, "R1", "A1").approved
    assert not PaymentResult(PaymentOutcome.CONNECTION_LOST).approved


def test_scan_repr_hides_payload() -> None:
    scan = Scan("codfase=NBPA;18...BSCMTT83A12L719R MATTEO BOSCHI", "datamatrix")
    assert "BSCMTT" not in repr(scan)
    assert "datamatrix" in repr(scan)
