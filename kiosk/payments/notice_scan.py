"""What the citizen types or the scanner reads, turned into a checked notice reference.

Three inputs name a pagoPA notice (FIELD-NOTES.md, "pagoPA payment notices"):

- the pagoPA QR code: ``PAGOPA|002|<codice avviso>|<CF ente>|<importo in cents>``;
- the Poste Data Matrix: fixed offsets, 256 characters, starting ``codfase=NBPA;``;
- the codice avviso and the payee's codice fiscale typed on the keypad.

Each becomes a :class:`NoticeRef` or raises :class:`NoticeInputError` whose
``key`` names the problem precisely (the UI translates keys into sentences),
before anything is sent to the backend. Nothing here echoes the input in an
error: a Data Matrix carries the debtor's name and fiscal code, and those are
dropped at once — a NoticeRef holds only the code, the payee and the amount.

Pure standard library: cheap to import, safe to call on any string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from spaziocitta.kiosk.contract.pagopa import (
    check_digits,
    format_notice_code,
    is_valid_ente_fiscal_code,
)

Source = Literal["qr", "datamatrix", "typed"]

MAX_SCAN_CHARS = 512
"""Longer scans are refused before any parsing: a Poste Data Matrix is 256 characters."""
MAX_TYPED_CHARS = 64
"""A typed code with generous spacing fits easily; beyond this it is not a code."""
MAX_AMOUNT_CENTS = 100_000_000
"""The contract's ceiling (``Cents``): one million euros."""

# Error keys. Stable strings: the UI maps each to a translated sentence.
CODE_EMPTY = "notice.code.empty"
CODE_NOT_DIGITS = "notice.code.not_digits"
CODE_LENGTH = "notice.code.length"
CODE_AUX_DIGIT = "notice.code.aux_digit"
CODE_CHECK_DIGITS = "notice.code.check_digits"
"""The last two digits do not match the others: the code is mistyped or misread."""
PAYEE_EMPTY = "notice.payee.empty"
PAYEE_NOT_DIGITS = "notice.payee.not_digits"
PAYEE_LENGTH = "notice.payee.length"
PAYEE_CHECK_DIGIT = "notice.payee.check_digit"
AMOUNT_INVALID = "notice.amount.invalid"
INPUT_TOO_LONG = "notice.input.too_long"
SCAN_EMPTY = "scan.empty"
SCAN_UNKNOWN = "scan.unknown_format"
"""A code was read, but it is neither a pagoPA QR nor a Poste Data Matrix."""
SCAN_QR_MALFORMED = "scan.qr.malformed"
SCAN_QR_VERSION = "scan.qr.version"
SCAN_DATAMATRIX_MALFORMED = "scan.datamatrix.malformed"

ERROR_KEYS = (
    CODE_EMPTY,
    CODE_NOT_DIGITS,
    CODE_LENGTH,
    CODE_AUX_DIGIT,
    CODE_CHECK_DIGITS,
    PAYEE_EMPTY,
    PAYEE_NOT_DIGITS,
    PAYEE_LENGTH,
    PAYEE_CHECK_DIGIT,
    AMOUNT_INVALID,
    INPUT_TOO_LONG,
    SCAN_EMPTY,
    SCAN_UNKNOWN,
    SCAN_QR_MALFORMED,
    SCAN_QR_VERSION,
    SCAN_DATAMATRIX_MALFORMED,
)


class NoticeInputError(ValueError):
    """Typed or scanned input that does not name a payable notice.

    ``key`` is one of :data:`ERROR_KEYS`; ``field`` is ``"code"``, ``"payee"``,
    ``"amount"`` or ``"scan"`` so a form can put the message under the right
    box. The message never contains the input itself.
    """

    def __init__(self, key: str, field: str, detail: str = "") -> None:
        super().__init__(f"{key}: {detail}" if detail else key)
        self.key = key
        self.field = field
        self.detail = detail


@dataclass(frozen=True)
class NoticeRef:
    """A notice to verify: its code, the payee's fiscal code and, if scanned, the amount.

    The amount printed on a notice may be out of date (interest, a reduction):
    the backend's verification is authoritative, this one is only compared.
    """

    notice_code: str
    payee_fiscal_code: str
    amount_cents: int | None = None
    source: Source = "typed"

    @property
    def display_code(self) -> str:
        """The code as printed on paper notices: groups of four digits."""
        return format_notice_code(self.notice_code)


# Separators a citizen or a printed notice may put inside a code: spaces of
# every width, hyphens, dots. Nothing else is silently dropped.
_SEPARATORS = re.compile(r"[ \t\u00a0\u2007\u202f.\-\u2010\u2011\u2012\u2013]+")
_ASCII_DIGITS = re.compile(r"[0-9]+")
# An AIM symbology identifier some scanners prepend (]Q1 QR, ]d1 Data Matrix...).
_AIM_PREFIX = re.compile(r"^\][A-Za-z][0-9A-Za-z]")
_QR_PREFIX = "PAGOPA|"
_DM_PREFIX = "codfase=NBPA;"


def parse_notice_code(text: str) -> str:
    """The 18 digits of a typed codice avviso; separators allowed, check digits verified."""
    if len(text) > MAX_TYPED_CHARS:
        raise NoticeInputError(INPUT_TOO_LONG, "code", f"more than {MAX_TYPED_CHARS} characters")
    digits = _SEPARATORS.sub("", text.strip())
    if not digits:
        raise NoticeInputError(CODE_EMPTY, "code")
    if not _ASCII_DIGITS.fullmatch(digits):
        raise NoticeInputError(CODE_NOT_DIGITS, "code", "only the digits 0-9 are allowed")
    return _checked_code(digits)


def parse_payee_fiscal_code(text: str) -> str:
    """The payee's (an entity's) 11-digit codice fiscale, its check digit verified."""
    if len(text) > MAX_TYPED_CHARS:
        raise NoticeInputError(INPUT_TOO_LONG, "payee", f"more than {MAX_TYPED_CHARS} characters")
    digits = _SEPARATORS.sub("", text.strip())
    if not digits:
        raise NoticeInputError(PAYEE_EMPTY, "payee")
    if not _ASCII_DIGITS.fullmatch(digits):
        raise NoticeInputError(PAYEE_NOT_DIGITS, "payee", "only the digits 0-9 are allowed")
    return _checked_payee(digits)


def parse_typed(code: str, payee: str) -> NoticeRef:
    """A notice typed on the keypad: code first, so its error is the one shown first."""
    return NoticeRef(parse_notice_code(code), parse_payee_fiscal_code(payee), None, "typed")


def parse_scan(payload: str) -> NoticeRef:
    """A scanned pagoPA QR code or Poste Data Matrix; anything else is refused with a key."""
    if len(payload) > MAX_SCAN_CHARS:
        raise NoticeInputError(INPUT_TOO_LONG, "scan", f"more than {MAX_SCAN_CHARS} characters")
    # Scanners end a code with CR, LF or both, and some prepend an AIM identifier.
    text = _AIM_PREFIX.sub("", payload.strip("\r\n"), count=1)
    if not text.strip():
        raise NoticeInputError(SCAN_EMPTY, "scan")
    if text[: len(_QR_PREFIX)].upper() == _QR_PREFIX:
        return _parse_qr(text)
    if text.startswith(_DM_PREFIX):
        return _parse_datamatrix(text)
    raise NoticeInputError(SCAN_UNKNOWN, "scan", "not a pagoPA QR code or Poste Data Matrix")


def qr_payload(ref: NoticeRef) -> str:
    """The pagoPA QR payload of a notice (for demo notices and tests)."""
    amount = 0 if ref.amount_cents is None else ref.amount_cents
    return f"PAGOPA|002|{ref.notice_code}|{ref.payee_fiscal_code}|{amount}"


def datamatrix_payload(
    ref: NoticeRef,
    *,
    postal_account: str = "0",
    debtor_fiscal_code: str = "",
    debtor_name: str = "",
    reason: str = "",
) -> str:
    """The Poste Data Matrix payload of a notice, 256 characters (for demo notices and tests)."""
    amount = 0 if ref.amount_cents is None else ref.amount_cents
    text = (
        f"{_DM_PREFIX}18{ref.notice_code}12{postal_account.zfill(12)}10{amount:010d}"
        f"38961P1{ref.payee_fiscal_code}{debtor_fiscal_code[:16]:<16}"
        f"{debtor_name[:40]:<40}{reason[:110]:<110}{'':12}A"
    )
    assert len(text) == 256, len(text)
    return text


# -- internals ---------------------------------------------------------------------------


def _checked_code(digits: str) -> str:
    if len(digits) != 18:
        raise NoticeInputError(CODE_LENGTH, "code", f"{len(digits)} digits instead of 18")
    aux = digits[0]
    if aux not in "0123":
        raise NoticeInputError(CODE_AUX_DIGIT, "code", "a notice code starts with 0, 1, 2 or 3")
    # Aux digit 1: a 17-digit IUV with no check digits, so nothing more to verify.
    if aux != "1" and digits[16:] != check_digits(digits[:16]):
        raise NoticeInputError(CODE_CHECK_DIGITS, "code", "the last two digits do not match")
    return digits


def _checked_payee(digits: str) -> str:
    if len(digits) != 11:
        raise NoticeInputError(PAYEE_LENGTH, "payee", f"{len(digits)} digits instead of 11")
    if not is_valid_ente_fiscal_code(digits):
        raise NoticeInputError(PAYEE_CHECK_DIGIT, "payee", "the check digit does not match")
    return digits


def _amount(text: str) -> int:
    # isdigit() would accept Arabic-Indic or superscript digits; a code is ASCII.
    if not (1 <= len(text) <= 12) or not _ASCII_DIGITS.fullmatch(text):
        raise NoticeInputError(AMOUNT_INVALID, "amount", "the amount is not 1-12 digits")
    cents = int(text)
    if cents > MAX_AMOUNT_CENTS:
        raise NoticeInputError(AMOUNT_INVALID, "amount", "the amount is over the limit")
    return cents


def _scanned_code(text: str, malformed: str) -> str:
    if not _ASCII_DIGITS.fullmatch(text):
        raise NoticeInputError(malformed, "scan", "the notice code is not 18 digits")
    return _checked_code(text)


def _scanned_payee(text: str, malformed: str) -> str:
    if not _ASCII_DIGITS.fullmatch(text):
        raise NoticeInputError(malformed, "scan", "the payee code is not 11 digits")
    return _checked_payee(text)


def _parse_qr(text: str) -> NoticeRef:
    parts = text.split("|")
    if len(parts) != 5:
        raise NoticeInputError(SCAN_QR_MALFORMED, "scan", f"{len(parts)} fields instead of 5")
    _, version, code, payee, amount = parts
    if version != "002":
        raise NoticeInputError(SCAN_QR_VERSION, "scan", "only version 002 is known")
    return NoticeRef(
        _scanned_code(code, SCAN_QR_MALFORMED),
        _scanned_payee(payee, SCAN_QR_MALFORMED),
        _amount(amount),
        "qr",
    )


def _parse_datamatrix(text: str) -> NoticeRef:
    # Offsets from FIELD-NOTES.md. Only the fixed part up to the payee's code is
    # needed; scanners may trim the trailing padding, so the rest is not required.
    if len(text) < 77:
        raise NoticeInputError(SCAN_DATAMATRIX_MALFORMED, "scan", "too short")
    markers = ((13, "18"), (33, "12"), (47, "10"), (59, "3896"), (63, "1P1"))
    if any(text[at : at + len(marker)] != marker for at, marker in markers):
        raise NoticeInputError(SCAN_DATAMATRIX_MALFORMED, "scan", "a field marker is missing")
    if not _ASCII_DIGITS.fullmatch(text[35:47]):
        raise NoticeInputError(SCAN_DATAMATRIX_MALFORMED, "scan", "the postal account is wrong")
    amount = text[49:59]
    if not _ASCII_DIGITS.fullmatch(amount):
        raise NoticeInputError(AMOUNT_INVALID, "amount", "the amount is not 10 digits")
    return NoticeRef(
        _scanned_code(text[15:33], SCAN_DATAMATRIX_MALFORMED),
        _scanned_payee(text[66:77], SCAN_DATAMATRIX_MALFORMED),
        _amount(amount),
        "datamatrix",
    )
