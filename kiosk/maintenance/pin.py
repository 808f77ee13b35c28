"""The maintenance PIN: checked against a salted, slow hash; the PIN itself is never kept.

The hash lives in the configuration (``[maintenance] pin_hash``) as one
self-describing string, in the layout passlib uses for scrypt::

    $scrypt$ln=15,r=8,p=1$<salt>$<hash>

(``ln`` is log2 of scrypt's N; salt and hash are unpadded URL-safe base64).
Because the parameters travel with the hash, a later release can raise them
and old hashes keep verifying until the PIN is set again.

scrypt comes with the standard library (``hashlib.scrypt``, OpenSSL), so no
new dependency: at N=2**15, r=8, p=1 a check costs ~0.2 s and 32 MiB, which a
technician does not notice and which makes a copied config file expensive to
brute-force offline (a PIN is short; the lockout guards the touchscreen).

PIN rules (``check_pin_rules``): 4 to 12 ASCII digits, and none of the PINs
a passer-by would try first — one digit repeated (0000), a run up or down
(1234, 9876, 0123), a block repeated (1212, 123123), the keypad's middle
column (2580, 0852) and a short list of favourites (1004, 2000, 6969, ...).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import re
import secrets
from dataclasses import dataclass

SCHEME = "scrypt"
DEFAULT_LOG2_N = 15
MIN_LOG2_N = 14
"""The weakest cost accepted from a configuration file (N=2**14, 16 MiB)."""
MAX_LOG2_N = 20
"""The strongest accepted: 1 GiB would not fit a totem (and would be a denial of service)."""
SALT_BYTES = 16
HASH_BYTES = 32
MIN_LENGTH, MAX_LENGTH = 4, 12

_FORMAT = re.compile(
    r"^\$scrypt\$ln=(?P<ln>\d{1,2}),r=(?P<r>\d{1,2}),p=(?P<p>\d{1,2})"
    r"\$(?P<salt>[A-Za-z0-9_-]{16,128})\$(?P<hash>[A-Za-z0-9_-]{16,128})$"
)
_DIGITS = re.compile(r"^[0-9]+$")  # not str.isdigit(): that also takes '٣' and '²'
_FAVOURITES = frozenset(
    {"1004", "2000", "2001", "6969", "1122", "1313", "2580", "0852", "5683", "1998", "1999"}
)


class PinFormatError(ValueError):
    """A ``pin_hash`` string that is not one this module writes (or is too weak)."""


class PinRuleError(ValueError):
    """A PIN refused by the rules; the message says which rule, never the PIN."""


@dataclass(frozen=True, repr=False)
class PinHash:
    """A parsed ``pin_hash``: the scrypt parameters, the salt and the derived key."""

    log2_n: int
    r: int
    p: int
    salt: bytes
    digest: bytes

    def __repr__(self) -> str:  # a log line or a traceback shows the cost, not the hash
        return f"PinHash(scrypt, ln={self.log2_n}, r={self.r}, p={self.p})"

    @classmethod
    def parse(cls, text: str, *, min_log2_n: int = MIN_LOG2_N) -> PinHash:
        """Read a ``pin_hash`` string; PinFormatError if malformed or weaker than allowed."""
        match = _FORMAT.match(text)
        if not match:
            raise PinFormatError(
                "not a PIN hash written by `kiosk maintenance set-pin` "
                "(expected $scrypt$ln=..,r=..,p=..$salt$hash)"
            )
        log2_n, r, p = int(match["ln"]), int(match["r"]), int(match["p"])
        if not (min_log2_n <= log2_n <= MAX_LOG2_N and 1 <= r <= 32 and 1 <= p <= 16):
            raise PinFormatError(
                f"scrypt parameters out of range (ln {min_log2_n}-{MAX_LOG2_N}, r 1-32, p 1-16)"
            )
        try:
            salt, digest = _unb64(match["salt"]), _unb64(match["hash"])
        except ValueError:
            raise PinFormatError("salt or hash is not base64") from None
        if len(salt) < SALT_BYTES or len(digest) < HASH_BYTES:
            raise PinFormatError(f"salt or hash too short ({SALT_BYTES}/{HASH_BYTES} bytes)")
        return cls(log2_n, r, p, salt, digest)

    def encode(self) -> str:
        """The string kept in the configuration."""
        return (
            f"${SCHEME}$ln={self.log2_n},r={self.r},p={self.p}"
            f"${_b64(self.salt)}${_b64(self.digest)}"
        )

    def matches(self, pin: str) -> bool:
        """Whether ``pin`` derives this hash; the comparison takes constant time."""
        candidate = _derive(pin, self.salt, self.log2_n, self.r, self.p, length=len(self.digest))
        return hmac.compare_digest(candidate, self.digest)


def check_pin_rules(pin: str) -> None:
    """Raise PinRuleError if ``pin`` is not an acceptable maintenance PIN (see module doc)."""
    if not _DIGITS.match(pin):
        raise PinRuleError("the PIN must be digits 0-9 only")
    if not MIN_LENGTH <= len(pin) <= MAX_LENGTH:
        raise PinRuleError(f"the PIN must have {MIN_LENGTH} to {MAX_LENGTH} digits")
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}
    if steps == {0}:
        raise PinRuleError("the PIN must not be one digit repeated")
    if pin in "01234567890123456789" or pin in "98765432109876543210":
        raise PinRuleError("the PIN must not be a run of digits up or down")
    for size in range(1, len(pin) // 2 + 1):
        if len(pin) % size == 0 and pin == pin[:size] * (len(pin) // size):
            raise PinRuleError("the PIN must not be a short block repeated")
    if pin in _FAVOURITES:
        raise PinRuleError("the PIN is one of the first a stranger would try")


def hash_pin(pin: str, *, log2_n: int = DEFAULT_LOG2_N, r: int = 8, p: int = 1) -> str:
    """A new ``pin_hash`` string for ``pin`` (rules checked), with a fresh random salt."""
    check_pin_rules(pin)
    salt = secrets.token_bytes(SALT_BYTES)
    return PinHash(log2_n, r, p, salt, _derive(pin, salt, log2_n, r, p, length=HASH_BYTES)).encode()


def verify_pin(pin: str, stored: str, *, min_log2_n: int = MIN_LOG2_N) -> bool:
    """Whether ``pin`` is the PIN behind ``stored``. False for an empty or malformed hash.

    Slow on purpose (~0.2 s): call it off the event loop (``asyncio.to_thread``).
    A PIN that breaks the rules is still hashed and compared, so that the time
    taken says nothing about why it failed.
    """
    try:
        parsed = PinHash.parse(stored, min_log2_n=min_log2_n)
    except PinFormatError:
        return False
    return parsed.matches(pin)


def _derive(pin: str, salt: bytes, log2_n: int, r: int, p: int, *, length: int) -> bytes:
    n = 1 << log2_n
    # OpenSSL refuses more than 32 MiB unless told; scrypt needs 128·r·(N + 2 + p) bytes.
    maxmem = 128 * r * (n + 2 + p) + 1024 * 1024
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=maxmem, dklen=length
    )


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
