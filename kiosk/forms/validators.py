"""Field validators for kiosk forms: pure functions, Qt-free, safe on hostile input.

Every validator is ``validator(value, **params) -> Validation``. A failed validation carries
a stable message *key* (``"cf.check_char"``) and string ``params``, never a sentence: the UI
looks the key up in :data:`MESSAGES` (the English source text), passes it through Qt's
translation and fills in the params, so the citizen reads the error in the display's language.

Common rules, applied before any field-specific check:

* the raw input is bounded first (a 10 MB paste is rejected before any per-character work);
* codes (codice fiscale, IBAN, phone, CAP, dates) are NFKC-normalised, so fullwidth letters
  and digits fold to ASCII, and any Unicode decimal digit (e.g. Arabic-Indic ``٣``) folds to
  its ASCII digit, because the virtual keyboard of an Arabic UI may type those;
* surrounding white space is stripped; inside codes, spaces are removed;
* C0/C1 control characters, lone surrogates, line/paragraph separators and the bidi
  embedding/override/isolate controls (U+202A–U+202E, U+2066–U+2069) are rejected with
  ``text.control_chars``; they are never silently dropped, since what the citizen sees
  would then differ from what is submitted.

Params never echo more of the citizen's input than a single letter or a country code: error
messages may be spoken aloud on the kiosk's loudspeaker.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

from spaziocitta.devices.pcsc.cards import check_letter

__all__ = [
    "IBAN_LENGTHS",
    "MESSAGES",
    "SEPA_COUNTRIES",
    "VALIDATORS",
    "DateBound",
    "Validation",
    "cap",
    "codice_fiscale",
    "decode_birth_date",
    "email",
    "format_message",
    "iban",
    "iso_date",
    "phone",
    "resolve_date_bound",
    "text",
]


@dataclass(frozen=True)
class Validation:
    """The outcome of validating one field.

    ``normalized`` is the value to store and submit (only when ``ok``); ``error`` is a key of
    :data:`MESSAGES` (only when not ``ok``); ``params`` fill the message's placeholders.
    """

    ok: bool
    normalized: str | None
    error: str | None
    params: dict[str, str] = field(default_factory=dict)


# English source text of every error key. Placeholders are filled from Validation.params.
MESSAGES: dict[str, str] = {
    "required": "Please fill in this field",
    "input.too_long": "This is far too long for this field: please check what you entered",
    "text.control_chars": (
        "This contains invisible control or text-direction characters: "
        "please delete it and type it again"
    ),
    "text.too_short": "Please write at least {min} characters (now {length})",
    "text.too_long": "Please write at most {max} characters (now {length})",
    # Codice fiscale
    "cf.chars": "A codice fiscale contains only letters and digits",
    "cf.length": "A codice fiscale has 16 characters: you entered {length}",
    "cf.length_or_company": (
        "A codice fiscale has 16 characters, or 11 digits for a company: you entered {length}"
    ),
    "cf.company_not_allowed": (
        "This is the tax code of a company (11 digits): please enter a person's "
        "codice fiscale, 16 letters and digits"
    ),
    "cf.company_check_digit": (
        "The last digit of this 11-digit tax code should be {expected}: "
        "please check the code for typos"
    ),
    "cf.letters": (
        "The first 6 characters of a codice fiscale are letters: "
        "character {position} is not a letter"
    ),
    "cf.year": (
        "Characters 7 and 8 of a codice fiscale are the year of birth: "
        "character {position} should be a digit"
    ),
    "cf.month": (
        "Character 9 of a codice fiscale is the month of birth: "
        "one of the letters A B C D E H L M P R S T"
    ),
    "cf.day": (
        "Characters 10 and 11 of a codice fiscale are the day of birth: "
        "01 to 31, or 41 to 71 for women"
    ),
    "cf.place": (
        "Characters 12 to 15 of a codice fiscale are the place of birth, a letter and "
        "three digits: character {position} is wrong"
    ),
    "cf.check_char": (
        "The last letter should be {expected} for the first 15 characters you entered: "
        "please check the whole code for typos"
    ),
    # IBAN
    "iban.chars": "An IBAN contains only letters and digits",
    "iban.format": (
        "An IBAN starts with two letters for the country and two check digits, "
        "for example IT60 X054 2811 1010 0000 0123 456"
    ),
    "iban.country_unknown": (
        "{country} is not the start of an IBAN we know: Italian IBANs start with IT"
    ),
    "iban.country_not_accepted": "Accounts from country {country} cannot be used here",
    "iban.country_length": (
        "An IBAN from {country} has {expected} characters: you entered {length}"
    ),
    "iban.it_bban": (
        "After IT and the two check digits, an Italian IBAN has a letter (CIN), "
        "10 digits (ABI and CAB) and the 12-character account number"
    ),
    "iban.checksum": (
        "The check digits do not match the rest of the IBAN: a character is probably mistyped"
    ),
    "iban.it_cin": (
        "The letter after the check digits (CIN) should be {expected} for this bank "
        "and account: please check the code for typos"
    ),
    # E-mail
    "email.format": "An e-mail address looks like name@example.it, with exactly one @",
    "email.spaces": "An e-mail address cannot contain spaces",
    "email.local": (
        "The part before @ can contain letters, digits and . _ - + "
        "(no dot at the start or end, no two dots in a row)"
    ),
    "email.domain": "The part after @ should be a domain name such as example.it",
    "email.too_long": "An e-mail address has at most {max} characters: you entered {length}",
    # Phone
    "phone.chars": "A phone number contains only digits, with +39 at the start if you like",
    "phone.foreign": "Only Italian phone numbers can be used here: the prefix must be +39",
    "phone.format": (
        "An Italian number starts with 3 (mobile) or 0 (landline), "
        "for example 333 123 4567 or 06 1234 5678"
    ),
    "phone.mobile_length": "A mobile number has {min} or {max} digits: you entered {length}",
    "phone.landline_length": (
        "A landline number has {min} to {max} digits, starting with 0: you entered {length}"
    ),
    "phone.not_mobile": "Please enter a mobile number: it starts with 3",
    "phone.not_landline": "Please enter a landline number: it starts with 0",
    # CAP
    "cap.format": "A CAP (postcode) has 5 digits, for example 00184",
    "cap.prefix": "The CAP should start with {prefix}",
    "cap.not_allowed": "Please enter one of these CAPs: {allowed}",
    # Dates
    "date.format": "Please enter the date as year-month-day, for example 2025-03-15",
    "date.invalid": "This day does not exist: please check the day and the month",
    "date.too_early": "The date must be {min} or later",
    "date.too_late": "The date must be {max} or earlier",
    # Checks of the form engine (choices, numbers, consent, slots, addresses).
    "choice.unknown": "Please choose one of the answers shown",
    "choice.too_few": "Please choose at least {min} answers",
    "choice.too_many": "Please choose at most {max} answers",
    "yes_no.invalid": "Please answer yes or no",
    "number.format": "Please enter a number, for example 3 or 2.5",
    "number.integer": "Please enter a whole number",
    "number.too_small": "The number must be {min} or more",
    "number.too_large": "The number must be {max} or less",
    "consent.required": "You need to agree to continue",
    "slot.invalid": "Please choose a time from the list",
    "address.street": "Please choose the street from the list",
    "address.number": "After the street, write only the house number, for example 12 or 12/A",
}


def format_message(
    validation: Validation, translate: Callable[[str], str] | None = None
) -> str | None:
    """The error of ``validation`` as text, or None when it passed.

    ``translate`` maps the English source text to the citizen's language (the UI passes
    Qt's translation). A placeholder missing from ``params`` is left as is instead of
    raising, so a faulty translation can never crash the form.
    """
    if validation.error is None:
        return None
    template = MESSAGES.get(validation.error, validation.error)
    if translate is not None:
        template = translate(template)
    try:
        return template.format_map(_KeepMissing(validation.params))
    except (ValueError, IndexError, AttributeError):  # a malformed translated template
        return template


class _KeepMissing(dict[str, str]):
    """format_map helper: unknown placeholders stay visible instead of raising KeyError."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _ok(normalized: str) -> Validation:
    return Validation(ok=True, normalized=normalized, error=None, params={})


def _fail(key: str, **params: str) -> Validation:
    return Validation(ok=False, normalized=None, error=key, params=dict(params))


def _empty(required: bool) -> Validation:
    return _fail("required") if required else _ok("")


# Characters never accepted: C0/C1 controls (newline is handled by the callers), lone
# surrogates (they cannot be encoded to UTF-8 for the backend), line/paragraph separators and
# the bidi embedding, override and isolate controls that can make text display differently
# from its logical order ("Trojan Source"-style spoofing).
_BAD = "\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_CONTROL_SINGLE_LINE = re.compile(f"[\n{_BAD}]")
_CONTROL_MULTILINE = re.compile(f"[{_BAD}]")


def _fold_digits(s: str) -> str:
    """Map every Unicode decimal digit (Arabic-Indic, Devanagari, ...) to its ASCII digit."""
    if s.isascii():
        return s
    out = []
    for ch in s:
        digit = unicodedata.decimal(ch, None)
        out.append(str(digit) if digit is not None else ch)
    return "".join(out)


def _clean_code(value: str | None, limit: int, *, fold_digits: bool = True) -> str | Validation:
    """Shared pre-processing for codes: bound, NFKC, fold digits, strip, reject controls.

    Returns the cleaned string (spaces inside still present) or a failed Validation.
    """
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise TypeError(f"validators take str, not {type(value).__name__}")
    # Bound first: every later step is linear, but a 10 MB paste must not even get there.
    if len(value) > limit:
        return _fail("input.too_long")
    s = unicodedata.normalize("NFKC", value)
    if fold_digits:
        s = _fold_digits(s)
    s = s.strip()
    if _CONTROL_SINGLE_LINE.search(s):
        return _fail("text.control_chars")
    return s


def _without_spaces(s: str) -> str:
    return "".join(s.split())


# --------------------------------------------------------------------------- codice fiscale

# Values of characters in odd positions (1-based); digits map like the letters A–J.
_CF_MONTHS = "ABCDEHLMPRST"
# Omocodia: when two people share a code, digits are replaced by these letters (0→L … 9→V).
_OMOCODIA = "LMNPQRSTUV"
_DIGIT_OR_OMOCODIA = frozenset("0123456789" + _OMOCODIA)


def _check_letter(body: str) -> str:
    """The CF (and Italian CIN) check letter of upper-case ASCII letters and digits."""
    return check_letter(body)


def _omocodia_digit(ch: str) -> str:
    return ch if ch.isdigit() else str(_OMOCODIA.index(ch))


def _piva_check_digit(first10: str) -> str:
    """Check digit of a partita IVA / organisation CF (Luhn-like, from the left)."""
    total = 0
    for i, ch in enumerate(first10):
        d = int(ch)
        if i % 2 == 1:  # even positions (1-based) are doubled, minus 9 above 9
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def _cf_company(s: str, allow_company: bool) -> Validation:
    """An 11-digit organisation code (the partita IVA check digit)."""
    if not allow_company:
        return _fail("cf.company_not_allowed")
    expected = _piva_check_digit(s[:10])
    if s[10] != expected:
        return _fail("cf.company_check_digit", expected=expected)
    return _ok(s)


_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
# The slots of a personal code in reading order: (0-based positions, allowed, message key).
_CF_SLOTS: tuple[tuple[tuple[int, ...], frozenset[str], str], ...] = (
    ((0, 1, 2, 3, 4, 5), _LETTERS, "cf.letters"),  # surname and name consonants/vowels
    ((6, 7), _DIGIT_OR_OMOCODIA, "cf.year"),
    ((8,), frozenset(_CF_MONTHS), "cf.month"),
    ((9, 10), _DIGIT_OR_OMOCODIA, "cf.day"),
    ((11,), _LETTERS, "cf.place"),  # codice catastale: a letter and three digits
    ((12, 13, 14), _DIGIT_OR_OMOCODIA, "cf.place"),
)


def _cf_person(s: str) -> Validation:
    """Check a 16-character upper-case personal code: slots, day range, check letter."""
    for positions, allowed, key in _CF_SLOTS:
        for i in positions:
            if s[i] not in allowed:
                return _fail(key, position=str(i + 1))
    day = int(_omocodia_digit(s[9]) + _omocodia_digit(s[10]))
    if not (1 <= day <= 31 or 41 <= day <= 71):
        return _fail("cf.day", position="10")
    expected = _check_letter(s[:15])
    if s[15] != expected:
        return _fail("cf.check_char", expected=expected)
    return _ok(s)


def codice_fiscale(
    value: str | None, *, allow_company: bool = False, required: bool = True
) -> Validation:
    """Validate an Italian codice fiscale: structure, omocodia and check character.

    Positions 7, 8, 10, 11, 13, 14 and 15 accept a digit or its omocodia letter
    (``LMNPQRSTUV``) in any combination. With ``allow_company`` an 11-digit organisation
    code (same check as a partita IVA) is accepted too. The normalised form is upper case
    without spaces, omocodia letters kept as entered. The day is checked against 1–31 only
    (not the month's length), since the Agenzia delle Entrate is the authority on codes.
    """
    s = _clean_code(value, limit=64)
    if isinstance(s, Validation):
        return s
    s = _without_spaces(s)
    if not s:
        return _empty(required)
    if not (s.isascii() and s.isalnum()):
        return _fail("cf.chars")
    s = s.upper()
    if len(s) == 11 and s.isdigit():
        return _cf_company(s, allow_company)
    if len(s) != 16:
        return _fail("cf.length_or_company" if allow_company else "cf.length", length=str(len(s)))
    return _cf_person(s)


def decode_birth_date(cf: str, *, today: date | None = None) -> date | None:
    """The birth date encoded in a valid personal codice fiscale, or None.

    The code holds only two year digits: the most recent century that does not put the
    date after ``today`` is chosen (so a centenarian decodes a century late; use it for
    prefill cross-checks, not as proof). None for invalid, company or impossible dates.
    """
    result = codice_fiscale(cf)
    if not result.ok or result.normalized is None:
        return None
    s = result.normalized
    today = today or date.today()
    yy = int(_omocodia_digit(s[6]) + _omocodia_digit(s[7]))
    month = _CF_MONTHS.index(s[8]) + 1
    day = int(_omocodia_digit(s[9]) + _omocodia_digit(s[10]))
    if day > 40:
        day -= 40
    for century in (2000, 1900):
        try:
            born = date(century + yy, month, day)
        except ValueError:  # 30 February, or 29 February of a non-leap year
            continue
        if born <= today:
            return born
    return None


# ------------------------------------------------------------------------------------- IBAN

# Total IBAN length per country (SWIFT IBAN registry): the SEPA area plus some countries
# whose citizens often live in Italy.
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22,
    "BH": 22, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28,
    "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
    "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24,
    "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SC": 31,
    "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24,
    "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}  # fmt: skip

# SEPA scheme countries with their own IBAN prefix (EU/EEA, CH, GB, the micro-states and
# the 2024–2025 accessions). Pass it as ``countries=`` where only SEPA transfers are possible.
SEPA_COUNTRIES: frozenset[str] = frozenset(
    "AD AL AT BE BG CH CY CZ DE DK EE ES FI FR GB GI GR HR HU IE IS IT LI LT LU LV MC MD "
    "ME MK MT NL NO PL PT RO SE SI SK SM VA".split()
)

_IT_BBAN = re.compile(r"[A-Z][0-9]{10}[A-Z0-9]{12}", re.ASCII)


def _mod97(s: str) -> int:
    """ISO 7064 MOD 97-10 of an IBAN: first four characters moved to the end, A=10 … Z=35."""
    rearranged = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97


def iban(  # noqa: PLR0911 (one early return per message key)
    value: str | None, *, countries: Iterable[str] | None = None, required: bool = True
) -> Validation:
    """Validate an IBAN: country, length for the country, ISO 13616 mod-97 check digits.

    Italian IBANs are also checked for their BBAN structure (CIN letter, ABI, CAB, 12
    account characters) and their CIN letter, which uses the codice fiscale algorithm.
    ``countries`` restricts the accepted country codes (e.g. :data:`SEPA_COUNTRIES`).
    Normalised to the electronic format: upper case, no spaces.
    """
    s = _clean_code(value, limit=80)
    if isinstance(s, Validation):
        return s
    s = _without_spaces(s)
    if not s:
        return _empty(required)
    if not (s.isascii() and s.isalnum()):
        return _fail("iban.chars")
    s = s.upper()
    country = s[:2]
    if len(s) < 4 or not country.isalpha() or not s[2:4].isdigit():
        return _fail("iban.format")
    expected_length = IBAN_LENGTHS.get(country)
    if expected_length is None:
        return _fail("iban.country_unknown", country=country)
    if countries is not None and country not in {c.upper() for c in countries}:
        return _fail("iban.country_not_accepted", country=country)
    if len(s) != expected_length:
        return _fail(
            "iban.country_length",
            country=country,
            expected=str(expected_length),
            length=str(len(s)),
        )
    if country == "IT" and not _IT_BBAN.fullmatch(s[4:]):
        return _fail("iban.it_bban")
    # Check digits 00, 01 and 99 are never issued (ISO 13616 allows 02–98), even though
    # 00/01 can satisfy the remainder when 97/98 would.
    if s[2:4] in ("00", "01", "99") or _mod97(s) != 1:
        return _fail("iban.checksum")
    if country == "IT":
        expected_cin = _check_letter(s[5:])
        if s[4] != expected_cin:
            return _fail("iban.it_cin", expected=expected_cin)
    return _ok(s)


# ----------------------------------------------------------------------------------- e-mail

_EMAIL_MAX = 254  # RFC 5321 path limit minus the angle brackets
_LOCAL_ASCII = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~-"
)
_DNS_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?", re.ASCII)


def _local_part_ok(local: str) -> bool:
    """Dot-atom local part; non-ASCII letters, marks and digits allowed (RFC 6531)."""
    if len(local) > 64 or local.startswith(".") or local.endswith(".") or ".." in local:
        return False
    for ch in local:
        if ch == "." or ch in _LOCAL_ASCII:
            continue
        if ch.isascii() or unicodedata.category(ch)[0] not in "LMN":
            return False
    return True


def _normalize_domain(domain: str) -> str:
    """Lower-case and NFKC until stable, so that validating the result changes nothing."""
    for _ in range(4):
        folded = unicodedata.normalize("NFKC", domain.lower())
        if folded == domain:
            break
        domain = folded
    return domain


def _label_to_ascii(label: str) -> str | None:
    """The ASCII (A-label) form of one DNS label, or None when it is not a valid label."""
    # IDNA 2008 (what registries apply) allows letters, marks and digits only; the
    # stdlib codec is IDNA 2003 and would let emoji and symbols through.
    if not label or any(
        not ch.isascii() and unicodedata.category(ch)[0] not in "LMN" for ch in label
    ):
        return None
    try:
        encoded = label.encode("idna").decode("ascii")
    except (UnicodeError, ValueError):
        return None
    return encoded if _DNS_LABEL.fullmatch(encoded) else None


def _domain_ok(domain: str) -> bool:
    """Two or more DNS labels; Unicode labels must be letters/digits and encode with IDNA."""
    labels = [_label_to_ascii(label) for label in domain.split(".")]
    if len(labels) < 2 or None in labels:
        return False
    ascii_labels = [label for label in labels if label is not None]
    tld = ascii_labels[-1]
    if not (tld.isalpha() or tld.startswith("xn--")) or len(tld) < 2:
        return False
    return len(".".join(ascii_labels)) <= 253


def email(value: str | None, *, required: bool = True) -> Validation:  # noqa: PLR0911
    """Validate an e-mail address pragmatically: ``local@domain.tld``, at most 254 characters.

    No quoted local parts, comments or IP-literal domains (nobody types those at a kiosk).
    Internationalised domains are checked through the stdlib ``idna`` codec (IDNA 2003) but
    kept in Unicode; the domain is lower-cased, the local part keeps its case.
    """
    # No digit folding: a local part may legitimately contain non-ASCII digits.
    s = _clean_code(value, limit=_EMAIL_MAX + 64, fold_digits=False)
    if isinstance(s, Validation):
        return s
    if not s:
        return _empty(required)
    if any(ch.isspace() for ch in s):
        return _fail("email.spaces")
    if s.count("@") != 1:
        return _fail("email.format")
    local, domain = s.split("@")
    if not local or not domain:
        return _fail("email.format")
    if not _local_part_ok(local):
        return _fail("email.local")
    domain = _normalize_domain(domain)
    if not _domain_ok(domain):
        return _fail("email.domain")
    normalized = f"{local}@{domain}"
    if len(normalized) > _EMAIL_MAX:
        return _fail("email.too_long", max=str(_EMAIL_MAX), length=str(len(normalized)))
    return _ok(normalized)


# ------------------------------------------------------------------------------------ phone

_PHONE_SEPARATORS = str.maketrans("", "", "-./()")
_MOBILE_LENGTHS = (9, 10)
_LANDLINE_LENGTHS = (6, 11)


def phone(  # noqa: PLR0911, PLR0912 (one early return per message key)
    value: str | None,
    *,
    kind: Literal["any", "mobile", "landline"] = "any",
    required: bool = True,
) -> Validation:
    """Validate an Italian phone number, normalised to E.164 (``+39…``).

    Mobile numbers start with 3 and have 9–10 digits, landlines start with 0 and have 6–11
    digits (the leading 0 is kept after +39, as Italian numbering requires). An optional
    ``+39`` or ``0039`` prefix is removed; spaces and ``- . / ( )`` separators are ignored.
    ``kind`` asks for a mobile (e.g. for text messages) or a landline number.
    """
    if kind not in ("any", "mobile", "landline"):
        raise ValueError(f"unknown phone kind {kind!r}")
    s = _clean_code(value, limit=40)
    if isinstance(s, Validation):
        return s
    s = _without_spaces(s).translate(_PHONE_SEPARATORS)
    if not s:
        return _empty(required)
    if s.startswith("+"):
        if not s.startswith("+39"):
            return _fail("phone.foreign")
        s = s[3:]
    elif s.startswith("0039"):
        s = s[4:]
    elif s.startswith("00"):
        return _fail("phone.foreign")
    if not (s.isascii() and s.isdigit()):
        return _fail("phone.chars")
    if s.startswith("3"):
        low, high = _MOBILE_LENGTHS
        if not low <= len(s) <= high:
            return _fail("phone.mobile_length", min=str(low), max=str(high), length=str(len(s)))
        if kind == "landline":
            return _fail("phone.not_landline")
    elif s.startswith("0") and not s.startswith("00"):
        low, high = _LANDLINE_LENGTHS
        if not low <= len(s) <= high:
            return _fail("phone.landline_length", min=str(low), max=str(high), length=str(len(s)))
        if kind == "mobile":
            return _fail("phone.not_mobile")
    else:
        return _fail("phone.format")
    return _ok("+39" + s)


# -------------------------------------------------------------------------------------- CAP


def cap(
    value: str | None,
    *,
    allowed: Iterable[str] | None = None,
    prefix: str | None = None,
    required: bool = True,
) -> Validation:
    """Validate a CAP (Italian postcode): five digits.

    ``prefix`` (e.g. ``"001"`` for Rome) or ``allowed`` (e.g. the municipality's CAPs)
    restrict the accepted values.
    """
    s = _clean_code(value, limit=32)
    if isinstance(s, Validation):
        return s
    s = _without_spaces(s)
    if not s:
        return _empty(required)
    if len(s) != 5 or not (s.isascii() and s.isdigit()):
        return _fail("cap.format")
    if prefix and not s.startswith(prefix):
        return _fail("cap.prefix", prefix=prefix)
    if allowed is not None:
        accepted = sorted(set(allowed))
        if s not in accepted:
            # A municipality may have dozens of CAPs: show a few, not a wall of digits.
            shown = ", ".join(accepted[:8]) + (", …" if len(accepted) > 8 else "")
            return _fail("cap.not_allowed", allowed=shown)
    return _ok(s)


# ------------------------------------------------------------------------------------ dates

DateBound = date | int | str | None
"""A date bound: a date, an ISO string, ``"today"``, ``"today+N"``/``"today-N"`` (days), or
an int offset in days from today."""

_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})", re.ASCII)
_RELATIVE = re.compile(r"today(?:\s*([+-])\s*([0-9]{1,6}))?", re.ASCII)


def resolve_date_bound(bound: DateBound, today: date) -> date | None:
    """Turn a bound from a form definition into a date (None for no bound).

    Raises ValueError or TypeError for a malformed bound: that is an error in the content
    pack, to be caught when the pack is loaded, not something a citizen can cause.
    """
    if bound is None:
        return None
    if isinstance(bound, bool):
        raise TypeError("a date bound cannot be a bool")
    if isinstance(bound, date):
        return bound
    if isinstance(bound, int):
        return today + timedelta(days=bound)
    if isinstance(bound, str):
        relative = _RELATIVE.fullmatch(bound.strip())
        if relative:
            sign, days = relative.groups()
            offset = int(days or 0) * (-1 if sign == "-" else 1)
            return today + timedelta(days=offset)
        if not _ISO_DATE.fullmatch(bound.strip()):
            raise ValueError(f"date bound {bound!r} is not YYYY-MM-DD or today±N")
        return date.fromisoformat(bound.strip())
    raise TypeError(f"unsupported date bound {bound!r}")


def iso_date(  # noqa: PLR0911 (one early return per message key)
    value: str | None,
    *,
    min_date: DateBound = None,
    max_date: DateBound = None,
    today: date | None = None,
    required: bool = True,
) -> Validation:
    """Validate an ISO ``YYYY-MM-DD`` date (what the date picker produces) within bounds.

    Bounds are inclusive; see :data:`DateBound`. ``today`` defaults to the kiosk's local
    date. Bounds appear in the params as ISO dates so the UI can format them for the locale.
    """
    s = _clean_code(value, limit=32)
    if isinstance(s, Validation):
        return s
    if not s:
        return _empty(required)
    if not _ISO_DATE.fullmatch(s):
        return _fail("date.format")
    try:
        day = date.fromisoformat(s)
    except ValueError:  # 2025-02-30, month 13, year 0000
        return _fail("date.invalid")
    today = today or date.today()
    low = resolve_date_bound(min_date, today)
    high = resolve_date_bound(max_date, today)
    if low is not None and day < low:
        return _fail("date.too_early", min=low.isoformat())
    if high is not None and day > high:
        return _fail("date.too_late", max=high.isoformat())
    return _ok(day.isoformat())


# ------------------------------------------------------------------------------------- text


def text(
    value: str | None,
    *,
    min_length: int = 0,
    max_length: int = 1000,
    multiline: bool = False,
    required: bool = True,
) -> Validation:
    """Validate free text: length bounds and no control characters.

    Lengths count Unicode code points after NFC, which matches user-perceived characters
    for Latin, Greek, Cyrillic and Arabic text but counts an emoji sequence (family, flag)
    or a Devanagari conjunct as several. NFC (not NFKC) keeps what the citizen typed.
    ``multiline`` allows newlines (``\\r\\n``, ``\\r``, U+2028/9 become ``\\n``); tabs and
    other controls are rejected everywhere.
    """
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise TypeError(f"validators take str, not {type(value).__name__}")
    # NFC composes at most a few code points into one, so anything this long is too long
    # whatever it normalises to; the count in the params is the raw one.
    if len(value) > 4 * max_length + 64:
        return _fail("text.too_long", max=str(max_length), length=str(len(value)))
    s = unicodedata.normalize("NFC", value)
    if multiline:
        s = (
            s.replace("\r\n", "\n")
            .replace("\r", "\n")
            .replace("\u2028", "\n")
            .replace("\u2029", "\n")
        )
        pattern = _CONTROL_MULTILINE
    else:
        pattern = _CONTROL_SINGLE_LINE
    s = s.strip()
    if pattern.search(s):
        return _fail("text.control_chars")
    if not s:
        return _empty(required)
    if len(s) < min_length:
        return _fail("text.too_short", min=str(min_length), length=str(len(s)))
    if len(s) > max_length:
        return _fail("text.too_long", max=str(max_length), length=str(len(s)))
    return _ok(s)


# Names a form definition in the content pack uses to pick a validator.
VALIDATORS: dict[str, Callable[..., Validation]] = {
    "codice_fiscale": codice_fiscale,
    "iban": iban,
    "email": email,
    "phone": phone,
    "cap": cap,
    "date": iso_date,
    "text": text,
}
