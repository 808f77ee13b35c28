"""Totem and admin authentication.

A totem sends ``Authorization: Bearer <totem_id>.<secret>`` on every API v1
request (Open311's POST may carry the same token as its ``api_key`` field).
Secrets are stored only as salted scrypt hashes. scrypt is slow on purpose
(~50 ms), so a verified (totem, secret) pair is remembered in memory against
the stored hash: a rotated secret invalidates it at once.

Client certificates (mTLS) are terminated by the reverse proxy in front of a
production backend; this reference server authenticates by token only.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import threading
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import (
    HTTPAuthorizationCredentials,
    HTTPBasic,
    HTTPBasicCredentials,
    HTTPBearer,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from spaziocitta.kiosk.contract.models import ProblemType

from .models import Totem
from .problems import ProblemError

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1

totem_bearer = HTTPBearer(
    scheme_name="TotemToken",
    description="`Bearer <totem_id>.<secret>`; `kiosk-backend add-totem` prints both.",
    auto_error=False,
)
admin_bearer = HTTPBearer(
    scheme_name="AdminToken",
    description="`Bearer <admin token>` (`--admin-token` or KIOSK_BACKEND_ADMIN_TOKEN).",
    auto_error=False,
)
admin_basic = HTTPBasic(
    scheme_name="AdminBasic",
    description="Any user name, the admin token as password (for a browser).",
    auto_error=False,
)


def new_secret() -> str:
    """A fresh totem secret: 256 random bits, URL-safe, never containing a dot."""
    return secrets.token_urlsafe(32)


def hash_secret(secret: str) -> str:
    """``scrypt$n$r$p$salt$hash`` of ``secret`` with a random 16-byte salt."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(
        secret.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32
    )
    b64 = base64.b64encode
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_secret(secret: str, stored: str) -> bool:
    """True when ``secret`` hashes to ``stored`` (constant-time comparison)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            secret.encode(),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


class _VerifiedCache:
    """Remembers (totem id, sha256 of secret) → the stored hash it was verified against."""

    def __init__(self, size: int = 4096) -> None:
        self._size = size
        self._entries: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    def check(self, totem_id: str, secret: str, stored: str) -> bool:
        """True when ``secret`` is right for ``stored``: from memory, or by scrypt once."""
        key = (totem_id, hashlib.sha256(secret.encode()).hexdigest())
        with self._lock:
            if self._entries.get(key) == stored:
                return True
        if not verify_secret(secret, stored):
            return False
        with self._lock:
            if len(self._entries) >= self._size:
                self._entries.clear()  # crude, but a fleet is far smaller than the cache
            self._entries[key] = stored
        return True


_cache = _VerifiedCache()


@dataclass(frozen=True)
class AuthenticatedTotem:
    """The totem a request came from."""

    id: str


def _unauthorized(detail: str) -> ProblemError:
    return ProblemError(
        401,
        detail,
        type=ProblemType.UNAUTHORIZED,
        headers={"WWW-Authenticate": 'Bearer realm="spaziocitta"'},
    )


def authenticate_token(session: Session, token: str) -> AuthenticatedTotem | None:
    """The totem whose ``<totem_id>.<secret>`` token this is, or None."""
    totem_id, dot, secret = token.partition(".")
    if not dot or not secret:
        return None
    totem = session.scalar(select(Totem).where(Totem.id == totem_id))
    if totem is None or not totem.active:
        # Still spend the hashing time, so that timing does not reveal which ids exist.
        verify_secret(secret, _DUMMY_HASH)
        return None
    if not _cache.check(totem.id, secret, totem.secret_hash):
        return None
    return AuthenticatedTotem(totem.id)


_DUMMY_HASH = hash_secret("not a secret of any totem")


def get_session(request: Request):  # type: ignore[no-untyped-def]
    """One database session per request (the factory lives on app.state)."""
    with request.app.state.sessions() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


def current_totem(
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(totem_bearer)],
) -> AuthenticatedTotem:
    """The authenticated totem, or a 401 problem."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise _unauthorized("Send Authorization: Bearer <totem_id>.<secret>.")
    totem = authenticate_token(session, credentials.credentials)
    if totem is None:
        raise _unauthorized("Unknown totem or wrong secret.")
    return totem


TotemDep = Annotated[AuthenticatedTotem, Depends(current_totem)]


def require_admin(
    request: Request,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(admin_bearer)],
    basic: Annotated[HTTPBasicCredentials | None, Depends(admin_basic)],
) -> None:
    """Admin endpoints: the admin token as Bearer, or as the Basic password (browsers)."""
    expected: str = request.app.state.settings.admin_token
    given = None
    if bearer is not None and bearer.scheme.lower() == "bearer":
        given = bearer.credentials
    elif basic is not None:
        given = basic.password
    if given is None or not hmac.compare_digest(given.encode(), expected.encode()):
        raise ProblemError(
            401,
            "Admin token required.",
            type=ProblemType.UNAUTHORIZED,
            headers={"WWW-Authenticate": 'Basic realm="spaziocitta admin"'},
        )
