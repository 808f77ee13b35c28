"""pagoPA notice codes (codice avviso) and payee fiscal codes: building and checking them.

Shared by the kiosk (a code typed or scanned is checked before any network
call) and the reference backend (which seeds valid codes). Pure functions of
the standard library only, cheap to import. The rules are in FIELD-NOTES.md,
"pagoPA payment notices".
"""

from __future__ import annotations

import re

_NOTICE = re.compile(r"^[0-9]{18}$")
_ENTE = re.compile(r"^[0-9]{11}$")


def check_digits(preceding: str) -> str:
    """The two check digits of a notice code: all the preceding digits, as one integer, mod 93."""
    return f"{int(preceding) % 93:02d}"


def notice_code(aux_digit: int, body: str) -> str:
    """A whole codice avviso from its aux digit and the digits before the check (if any).

    ``body`` is, by aux digit: 0 → application code (2) + IUV base (13);
    1 → IUV base (17); 2 → IUV base (15); 3 → segregation code (2) + IUV base (13).
    """
    lengths = {0: 15, 1: 17, 2: 15, 3: 15}
    if aux_digit not in lengths:
        raise ValueError(f"unknown aux digit {aux_digit}")
    if not re.fullmatch(r"[0-9]+", body) or len(body) != lengths[aux_digit]:
        raise ValueError(f"aux digit {aux_digit} needs {lengths[aux_digit]} digits, got {body!r}")
    head = f"{aux_digit}{body}"
    return head if aux_digit == 1 else head + check_digits(head)


def is_valid_notice_code(code: str) -> bool:
    """True when ``code`` is 18 digits with a known aux digit and right check digits."""
    code = code.replace(" ", "")
    if not _NOTICE.match(code):
        return False
    aux = code[0]
    if aux == "1":
        return True  # IUV of 17 digits, no check digits to verify
    if aux in "023":
        return code[16:] == check_digits(code[:16])
    return False


def format_notice_code(code: str) -> str:
    """The code as printed on notices: groups of 4 digits separated by spaces."""
    code = code.replace(" ", "")
    return " ".join(code[i : i + 4] for i in range(0, len(code), 4))


def is_valid_ente_fiscal_code(code: str) -> bool:
    """True for an 11-digit codice fiscale/partita IVA of an entity with a right check digit.

    The check digit is Luhn's: odd positions (1-based) as they are, even ones
    doubled (minus 9 when over 9), and the total plus the check a multiple of 10.
    """
    if not _ENTE.match(code):
        return False
    total = 0
    for index, char in enumerate(code[:10]):
        digit = int(char)
        if index % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return (10 - total % 10) % 10 == int(code[10])


def euros(cents: int) -> str:
    """'€ 1.234,50', as Italian receipts write amounts."""
    whole, part = divmod(cents, 100)
    return f"€ {whole:,}".replace(",", ".") + f",{part:02d}"
