"""What Italian identity cards hold and the APDUs that read it, as pure functions.

- Tessera Sanitaria – CNS (TS-CNS): EF.Dati_personali (MF 3F00 / DF1 1100 /
  EF 1102) is readable without PIN; EF.ID_Carta (1000/1003) gives the card
  number.
- CIE 3.0: without PIN or CAN only the NIS is readable, an opaque identifier.

No I/O here: the reader sends these APDUs and hands the bytes back. Every
parser raises :class:`CardDataError` on bad data and nothing else, and no
error message carries personal data (messages end up in logs).
"""

from __future__ import annotations

import re
from datetime import date

from spaziocitta.devices.types import CardHolder, DeviceError

# ---------------------------------------------------------------------------
# APDUs

SW_OK = 0x9000
SW_END_OF_FILE = 0x6282  # fewer bytes than asked: the file ended first
SW_FILE_NOT_FOUND = 0x6A82
SW_WRONG_OFFSET = 0x6B00

MAX_CHUNK = 255  # short READ BINARY: Le 1..255 (00 would mean 256; we never ask for it)
MAX_OFFSET = 0x7FFF  # P1 bit 8 set would mean "short EF id", not an offset

SELECT_MF = bytes.fromhex("00A40000023F00")
SELECT_DF1 = bytes.fromhex("00A40000021100")
SELECT_DATI_PERSONALI = bytes.fromhex("00A40000021102")
SELECT_DF_ID = bytes.fromhex("00A40000021000")
SELECT_ID_CARTA = bytes.fromhex("00A40000021003")
ID_CARTA_LENGTH = 13

SELECT_CIE_IAS = bytes.fromhex("00A4040C0DA0000000308000000009816001")
SELECT_CIE_APP = bytes.fromhex("00A4040C06A00000000039")
READ_CIE_NIS = bytes.fromhex("00B081000C")  # short EF id 01 (EF.ID_Servizi), 12 bytes

TS_CNS_SELECT_PATH = (SELECT_MF, SELECT_DF1, SELECT_DATI_PERSONALI)
TS_CNS_ID_CARTA_PATH = (SELECT_MF, SELECT_DF_ID, SELECT_ID_CARTA)
CIE_NIS_PATH = (SELECT_CIE_IAS, SELECT_CIE_APP)


def read_binary(offset: int, length: int) -> bytes:
    """READ BINARY of ``length`` (1..255) bytes at ``offset`` in the selected EF."""
    if not 0 <= offset <= MAX_OFFSET:
        raise ValueError(f"offset {offset} out of range")
    if not 1 <= length <= MAX_CHUNK:
        raise ValueError(f"length {length} out of range")
    return bytes([0x00, 0xB0, offset >> 8, offset & 0xFF, length])


def split_response(response: bytes) -> tuple[bytes, int]:
    """Split a response APDU into data and status word; CardDataError if too short."""
    if len(response) < 2:
        raise CardDataError(f"response of {len(response)} bytes has no status word")
    return response[:-2], (response[-2] << 8) | response[-1]


# ---------------------------------------------------------------------------
# Errors


class CardDataError(DeviceError):
    """The card answered, but what it holds is missing, truncated or corrupt."""

    user_message = "The card data cannot be read."


# ---------------------------------------------------------------------------
# EF.Dati_personali

HEADER_LENGTH = 6  # ASCII hex: the payload's length

FIELDS = (
    "issuer",
    "issue_date",
    "expiry_date",
    "surname",
    "given_name",
    "birth_date",
    "sex",
    "height",
    "fiscal_code",
    "citizenship",
    "birth_comune",
    "birth_country",
    "birth_act",
    "residence_comune",
    "address",
    "notes",
)
"""The fields of EF.Dati_personali, in the order the card stores them."""

_REQUIRED = ("surname", "given_name", "fiscal_code")


def _hex_number(raw: bytes, what: str) -> int:
    # int(..., 16) also takes "+1", " 1" or "1_0"; a length is plain hex digits only.
    if not raw or not all(c in b"0123456789abcdefABCDEF" for c in raw):
        raise CardDataError(f"{what} is not hexadecimal ({len(raw)} bytes)")
    return int(raw, 16)


def dati_personali_size(head: bytes) -> int:
    """How many bytes EF.Dati_personali holds, header included, from its first bytes."""
    if len(head) < HEADER_LENGTH:
        raise CardDataError(f"EF.Dati_personali header truncated at {len(head)} bytes")
    return HEADER_LENGTH + _hex_number(head[:HEADER_LENGTH], "EF.Dati_personali length")


def split_dati_personali(data: bytes) -> dict[str, str]:
    """The raw text fields of EF.Dati_personali, by name; absent trailing fields are missing.

    Walks the length prefixes (two ASCII hex digits per field); never reads at
    fixed offsets. Bytes after the declared payload (the EF's padding) are ignored.
    """
    payload_end = dati_personali_size(data)
    if payload_end > len(data):
        raise CardDataError(
            f"EF.Dati_personali truncated: {len(data)} bytes, {payload_end} declared"
        )
    fields: dict[str, str] = {}
    position = HEADER_LENGTH
    for name in FIELDS:
        if position >= payload_end:
            break
        if position + 2 > payload_end:
            raise CardDataError(f"length of field {name!r} cut off by the end of the payload")
        size = _hex_number(data[position : position + 2], f"length of field {name!r}")
        position += 2
        if position + size > payload_end:
            raise CardDataError(
                f"field {name!r} of {size} bytes overruns the payload by "
                f"{position + size - payload_end}"
            )
        # The cards write ISO 8859-1; latin-1 decodes any byte, so no decode error can leak.
        fields[name] = data[position : position + size].decode("latin-1")
        position += size
    return fields


def parse_date(text: str, what: str) -> date | None:
    """A DDMMYYYY date; None when empty; CardDataError when malformed."""
    if text == "":
        return None
    if len(text) != 8 or not text.isascii() or not text.isdigit():
        raise CardDataError(f"{what} is not DDMMYYYY")
    try:
        return date(int(text[4:]), int(text[2:4]), int(text[:2]))
    except ValueError:
        raise CardDataError(f"{what} is not a calendar date") from None


def parse_dati_personali(data: bytes) -> CardHolder:
    """The card holder from EF.Dati_personali; CardDataError when it is unusable.

    The fiscal code's check character is verified: a corrupted EF that still
    looks well formed is caught there. ``card_number`` is left None (it lives
    in EF.ID_Carta).
    """
    fields = split_dati_personali(data)
    missing = [name for name in _REQUIRED if not fields.get(name, "").strip()]
    if missing:
        raise CardDataError(f"EF.Dati_personali lacks {', '.join(missing)}")
    fiscal_code = fields["fiscal_code"].strip().upper()
    if not is_valid_fiscal_code(fiscal_code):
        raise CardDataError("the fiscal code on the card is not valid")
    sex = fields.get("sex", "").strip().upper() or None
    if sex not in (None, "M", "F"):
        raise CardDataError("the sex field is neither M nor F")
    return CardHolder(
        fiscal_code=fiscal_code,
        surname=fields["surname"].strip(),
        given_name=fields["given_name"].strip(),
        birth_date=parse_date(fields.get("birth_date", ""), "birth date"),
        sex=sex,
        expiry_date=parse_date(fields.get("expiry_date", ""), "expiry date"),
    )


# ---------------------------------------------------------------------------
# Codice fiscale

_ODD = (
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
)
_OMOCODIA = "0-9LMNPQRSTUV"
_FISCAL_CODE = re.compile(
    rf"[A-Z]{{6}}[{_OMOCODIA}]{{2}}[A-Z][{_OMOCODIA}]{{2}}[A-Z][{_OMOCODIA}]{{3}}[A-Z]"
)


def _value(char: str) -> int:
    # Digits count like the first ten letters (0 ~ A) in both tables.
    return ord(char) - ord("0") if char.isdigit() else ord(char) - ord("A")


def check_letter(body: str) -> str:
    """The codice fiscale check letter of upper-case ASCII letters and digits.

    The same weighting gives the CIN letter of an Italian IBAN, so the forms'
    validators use it too (one implementation of one algorithm).
    """
    total = 0
    for index, char in enumerate(body):
        value = _value(char)
        total += _ODD[value] if index % 2 == 0 else value  # index 0 is position 1: odd
    return chr(ord("A") + total % 26)


def fiscal_code_check_char(first15: str) -> str:
    """The check character of a codice fiscale from its first 15 characters."""
    if len(first15) != 15 or not all(c.isascii() and c.isalnum() for c in first15):
        raise ValueError("a fiscal code body is 15 ASCII letters or digits")
    return check_letter(first15.upper())


def is_valid_fiscal_code(code: str) -> bool:
    """True for a well-formed codice fiscale (omocodia included) with a correct check."""
    if not _FISCAL_CODE.fullmatch(code):
        return False
    return fiscal_code_check_char(code[:15]) == code[15]


# ---------------------------------------------------------------------------
# Card number, NIS

TS_CARD_PREFIX = "8038000"


def luhn_check_digit(digits: str) -> str:
    """The Luhn digit to append to ``digits``."""
    if not digits.isascii() or not digits.isdigit():
        raise ValueError("Luhn needs decimal digits")
    total = 0
    # The digit next to the check digit is doubled, then every other one leftwards.
    for index, char in enumerate(reversed(digits)):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return str((10 - total % 10) % 10)


def card_number_from_id_carta(raw13: bytes) -> str:
    """The 20-digit TS-CNS card number from EF.ID_Carta's 13 bytes.

    Drop the first byte, prefix 8038000, append the Luhn digit.
    """
    if len(raw13) != ID_CARTA_LENGTH:
        raise CardDataError(f"EF.ID_Carta has {len(raw13)} bytes, not {ID_CARTA_LENGTH}")
    serial = raw13[1:]
    if not all(0x30 <= b <= 0x39 for b in serial):
        raise CardDataError("EF.ID_Carta does not hold decimal digits")
    body = TS_CARD_PREFIX + serial.decode("ascii")
    return body + luhn_check_digit(body)


NIS_LENGTH = 12


def parse_nis(data: bytes) -> str:
    """The CIE's NIS: 12 ASCII digits, used only as an opaque card identifier."""
    if len(data) != NIS_LENGTH or not all(0x30 <= b <= 0x39 for b in data):
        raise CardDataError(f"the NIS is not {NIS_LENGTH} decimal digits")
    return data.decode("ascii")
