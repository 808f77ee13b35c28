"""The card formats as pure functions: examples, round-trip and fuzzing properties."""

from __future__ import annotations

import contextlib
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spaziocitta.devices.pcsc import cards
from spaziocitta.devices.pcsc.cards import (
    CardDataError,
    card_number_from_id_carta,
    dati_personali_size,
    fiscal_code_check_char,
    is_valid_fiscal_code,
    luhn_check_digit,
    parse_dati_personali,
    parse_nis,
    read_binary,
)
from spaziocitta.devices.pcsc.identify import identify
from spaziocitta.devices.simulated import DEMO_HOLDER
from spaziocitta.devices.types import CardType, DeviceError

from .cardfs import FIELD_ORDER, ddmmyyyy, encode_fields, encode_holder, id_carta_for
from .vcards import VirtualCie, VirtualTesseraSanitaria, VirtualUnknownCard

# -- examples ----------------------------------------------------------------


def test_field_notes_fiscal_code_example() -> None:
    assert fiscal_code_check_char("BSCMTT83A12L719") == "R"
    assert is_valid_fiscal_code("BSCMTT83A12L719R")
    assert not is_valid_fiscal_code("BSCMTT83A12L719S")


def test_omocodia_is_valid_with_its_own_check_character() -> None:
    body = "BSCMTT83A12L7" + "M" + "V"  # positions 14 and 15 with letters for 1 and 9
    assert is_valid_fiscal_code(body + fiscal_code_check_char(body))
    assert not is_valid_fiscal_code("BSCMTT83A12L7A9R")  # A is no omocodia letter


@pytest.mark.parametrize("bad", ["", "rssmra80a01h501u", "RSSMRA80A01H501", "RSSMRA80A01H501UX"])
def test_malformed_fiscal_codes(bad: str) -> None:
    assert not is_valid_fiscal_code(bad)


def test_card_number_of_the_demo_card() -> None:
    assert card_number_from_id_carta(b"\x01000012345678") == "80380000000123456781"
    assert luhn_check_digit("7992739871") == "3"  # the textbook example


@pytest.mark.parametrize("raw", [b"", b"1" * 12, b"1" * 14, b"\x01" + b"00001234567A"])
def test_bad_id_carta(raw: bytes) -> None:
    with pytest.raises(CardDataError):
        card_number_from_id_carta(raw)


def test_nis() -> None:
    assert parse_nis(b"012345678901") == "012345678901"
    for bad in (b"", b"01234567890", b"01234567890A", b"0123456789012"):
        with pytest.raises(CardDataError):
            parse_nis(bad)


def test_apdus_match_the_field_notes() -> None:
    assert (
        bytes.fromhex("00A40000023F00"),
        bytes.fromhex("00A40000021100"),
        bytes.fromhex("00A40000021102"),
    ) == cards.TS_CNS_SELECT_PATH
    assert read_binary(0x1FF, 255) == bytes.fromhex("00B001FFFF")
    assert bytes.fromhex("00B081000C") == cards.READ_CIE_NIS
    for offset, length in ((-1, 1), (0x8000, 1), (0, 0), (0, 256)):
        with pytest.raises(ValueError):
            read_binary(offset, length)


def test_demo_holder_parses() -> None:
    holder = parse_dati_personali(encode_holder(DEMO_HOLDER))
    assert holder.fiscal_code == DEMO_HOLDER.fiscal_code
    assert holder.birth_date == date(1980, 1, 1)
    assert holder.card_number is None  # lives in EF.ID_Carta


def test_fewer_fields_than_sixteen_is_fine_once_the_fiscal_code_is_there() -> None:
    fields = _fields_of(DEMO_HOLDER)
    assert parse_dati_personali(encode_fields(fields, count=9)).surname == "ROSSI"
    with pytest.raises(CardDataError, match="fiscal_code"):
        parse_dati_personali(encode_fields(fields, count=8))


def test_lowercase_and_spaced_values_are_normalised() -> None:
    fields = {**_fields_of(DEMO_HOLDER), "fiscal_code": " rssmra80a01h501u ", "sex": "m"}
    holder = parse_dati_personali(encode_fields(fields))
    assert (holder.fiscal_code, holder.sex) == ("RSSMRA80A01H501U", "M")


def test_errors_are_device_errors_with_a_user_message_and_no_personal_data() -> None:
    data = encode_fields({**_fields_of(DEMO_HOLDER), "birth_date": "99999999"})
    with pytest.raises(DeviceError) as info:
        parse_dati_personali(data)
    assert info.value.user_message == "The card data cannot be read."
    for secret in ("ROSSI", "MARIO", "RSSMRA", "99999999"):
        assert secret not in str(info.value)


# -- identification over a transmit function (no pcscd) -------------------------


def _transmit(card):  # type: ignore[no-untyped-def]
    def send(apdu: bytes) -> tuple[bytes, int]:
        card.apdus.append(apdu)  # as the card's socket loop does
        response = card._answer_checked(apdu)
        return response[:-2], (response[-2] << 8) | response[-1]

    return send


def test_identify_without_a_reader() -> None:
    ts = VirtualTesseraSanitaria(encode_holder(DEMO_HOLDER), id_carta_for("80380000000123456781"))
    info = identify(_transmit(ts))
    assert (info.card_type, info.card_id) == (CardType.TS_CNS, "80380000000123456781")
    assert identify(_transmit(VirtualCie("000000000007"))).card_id == "000000000007"
    assert identify(_transmit(VirtualUnknownCard())).card_type is CardType.UNKNOWN


def test_a_huge_declared_length_is_refused_without_reading_it() -> None:
    ts = VirtualTesseraSanitaria(b"FFFFFF" + b"0" * 300)
    with pytest.raises(CardDataError, match="corrupt header"):
        identify(_transmit(ts))
    assert len([a for a in ts.apdus if a[1] == 0xB0]) == 1


# -- properties ----------------------------------------------------------------

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
OMOCODIA_OR_DIGIT = "0123456789LMNPQRSTUV"
# Names as cards print them: ISO 8859-1 letters, apostrophes and spaces inside.
NAME_CHARS = st.characters(codec="latin-1", categories=("Lu", "Ll"), include_characters="' -")


@st.composite
def fiscal_codes(draw: st.DrawFn) -> str:
    def pick(alphabet: str, count: int) -> str:
        return "".join(draw(st.sampled_from(alphabet)) for _ in range(count))

    body = (
        pick(LETTERS, 6)
        + pick(OMOCODIA_OR_DIGIT, 2)
        + pick(LETTERS, 1)
        + pick(OMOCODIA_OR_DIGIT, 2)
        + pick(LETTERS, 1)
        + pick(OMOCODIA_OR_DIGIT, 3)
    )
    return body + fiscal_code_check_char(body)


names = st.text(NAME_CHARS, min_size=1, max_size=60).map(str.strip).filter(bool)
dates = st.none() | st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))
free_text = st.text(st.characters(codec="latin-1", exclude_categories=("Cc",)), max_size=80)


@st.composite
def ef_fields(draw: st.DrawFn) -> dict[str, str]:
    fields = {name: draw(free_text) for name in FIELD_ORDER}
    fields.update(
        surname=draw(names),
        given_name=draw(names),
        fiscal_code=draw(fiscal_codes()),
        sex=draw(st.sampled_from(["", "M", "F"])),
        birth_date=ddmmyyyy(draw(dates)),
        expiry_date=ddmmyyyy(draw(dates)),
        issue_date=ddmmyyyy(draw(dates)),
    )
    return fields


def _fields_of(holder) -> dict[str, str]:  # type: ignore[no-untyped-def]
    from .cardfs import holder_fields

    return holder_fields(holder)


@given(ef_fields(), st.integers(0, 300))
def test_round_trip(fields: dict[str, str], padding: int) -> None:
    holder = parse_dati_personali(encode_fields(fields, padding=padding))
    assert holder.surname == fields["surname"]
    assert holder.given_name == fields["given_name"]
    assert holder.fiscal_code == fields["fiscal_code"]
    assert holder.sex == (fields["sex"] or None)
    assert ddmmyyyy(holder.birth_date) == fields["birth_date"]
    assert ddmmyyyy(holder.expiry_date) == fields["expiry_date"]


@given(fiscal_codes())
def test_any_changed_character_breaks_the_check(code: str) -> None:
    assert is_valid_fiscal_code(code)
    wrong = LETTERS[(LETTERS.index(code[15]) + 1) % 26]
    assert not is_valid_fiscal_code(code[:15] + wrong)


@given(st.text("0123456789", min_size=1, max_size=30), st.integers(0, 29), st.integers(1, 9))
def test_luhn_catches_any_single_digit_change(digits: str, where: int, delta: int) -> None:
    number = digits + luhn_check_digit(digits)
    where %= len(number)
    changed = number[:where] + str((int(number[where]) + delta) % 10) + number[where + 1 :]
    assert luhn_check_digit(changed[:-1]) != changed[-1]


@given(st.binary(max_size=600))
def test_random_bytes_raise_only_card_data_error(data: bytes) -> None:
    with contextlib.suppress(CardDataError):
        parse_dati_personali(data)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(ef_fields(), st.data())
def test_truncated_or_corrupted_ef_raises_only_card_data_error(fields, data) -> None:  # type: ignore[no-untyped-def]
    ef = bytearray(encode_fields(fields))
    if data.draw(st.booleans(), label="truncate"):
        ef = ef[: data.draw(st.integers(0, len(ef) - 1), label="keep")]
    else:
        for _ in range(data.draw(st.integers(1, 5), label="flips")):
            where = data.draw(st.integers(0, len(ef) - 1), label="where")
            ef[where] = data.draw(st.integers(0, 255), label="byte")
    try:
        holder = parse_dati_personali(bytes(ef))
    except CardDataError:
        return
    assert is_valid_fiscal_code(holder.fiscal_code)  # whatever got through is still sane


@given(st.binary(max_size=8))
def test_header_size_never_leaks_value_error(head: bytes) -> None:
    with contextlib.suppress(CardDataError):
        assert dati_personali_size(head) >= 6


@given(st.binary(max_size=20))
def test_id_carta_and_nis_never_leak_other_errors(raw: bytes) -> None:
    for parse in (card_number_from_id_carta, parse_nis):
        with contextlib.suppress(CardDataError):
            parse(raw)
