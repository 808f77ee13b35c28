"""The kiosk's HTTP client of the municipal backend (API v1), over one httpx.AsyncClient.

Every response is parsed with the contract's models: a backend that answers
garbage or breaks the contract is a failure like a timeout (retried, logged,
reported), never an exception that reaches a citizen. TLS is verified with
an ``ssl.SSLContext`` built from the configured CA bundle, so a municipality
can pin its own CA.
"""

from __future__ import annotations

import logging
import ssl
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ConfigDict, ValidationError

from spaziocitta.kiosk import __version__
from spaziocitta.kiosk.config import BackendSection
from spaziocitta.kiosk.contract.models import (
    API_PREFIX,
    BookingSlot,
    HeartbeatAck,
    Notice,
    PaymentAck,
    Problem,
    ProblemType,
    RemoteConfig,
    SubmissionAck,
    TelemetryAck,
)

from .outbox import Outgoing
from .relay import Acked, Outcome, Rejected, Retry

log = logging.getLogger(__name__)
M = TypeVar("M", bound=BaseModel)

PATHS = {
    "application": f"{API_PREFIX}/submissions",
    "report": f"{API_PREFIX}/submissions",
    "booking": f"{API_PREFIX}/bookings",
    "payment": f"{API_PREFIX}/pagopa/payments",
}


@cache
def _lenient(model: type[M]) -> type[M]:
    """The model, ignoring fields it does not know: a newer backend may add some.

    The backend validates requests strictly; a totem in the field must keep
    working when the municipality's backend is upgraded before it is.
    """
    return type(model.__name__, (model,), {"model_config": ConfigDict(extra="ignore", frozen=True)})


class BackendError(Exception):
    """The backend could not be reached or answered something unusable; ``str`` says what."""


def ssl_context(ca_bundle: str) -> ssl.SSLContext:
    """Verify the backend against the configured CA bundle, or the system's CAs."""
    context = ssl.create_default_context(cafile=ca_bundle or None)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After", "")
    return float(value) if value.isdigit() else None


def _problem_body(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _problem(response: httpx.Response) -> str:
    """A short description of an error answer for logs and maintenance (no bodies echoed)."""
    body = _problem_body(response)
    detail = body.get("detail") or body.get("title")
    return f"backend answered {response.status_code}" + (f": {str(detail)[:200]}" if detail else "")


class BackendClient:
    """One client per process: created at start-up, reused (a new one rebuilds TLS: 0.2-1 s)."""

    def __init__(
        self,
        config: BackendSection,
        totem_id: str,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        secret: Callable[[], str] | None = None,
    ) -> None:
        self._config = config
        self._totem_id = totem_id
        self._secret = secret or (lambda: config.totem_secret)
        self._transport = transport
        self._http: httpx.AsyncClient | None = None

    @property
    def configured(self) -> bool:
        return bool(self._config.url)

    async def start(self) -> None:
        timeout = self._config.timeout_seconds
        self._http = httpx.AsyncClient(
            base_url=self._config.url,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
            verify=ssl_context(self._config.ca_bundle)
            if self._config.url.startswith("https")
            else True,
            headers={"User-Agent": f"spaziocitta-kiosk/{__version__}"},
            transport=self._transport,
        )

    async def close(self) -> None:
        if self._http is not None:
            await self._http.aclose()
            self._http = None

    def _auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._totem_id}.{self._secret()}"}

    async def _request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        if self._http is None:
            raise BackendError("no backend configured")
        headers = {**self._auth(), **kwargs.pop("headers", {})}
        try:
            return await self._http.request(method, path, headers=headers, **kwargs)
        except httpx.TimeoutException:
            raise BackendError("backend did not answer in time") from None
        except httpx.TransportError as exc:
            raise BackendError(f"backend unreachable: {type(exc).__name__}") from None

    @staticmethod
    def _parse(response: httpx.Response, model: type[M]) -> M:
        try:
            return _lenient(model).model_validate_json(response.content)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "body"
            raise BackendError(f"backend broke the contract at {where}: {first['msg']}") from None

    # -- the outbox ---------------------------------------------------------------------

    async def deliver(self, item: Outgoing) -> Outcome:
        """Send one outbox item; map the answer to the relay's outcomes."""
        path = PATHS.get(item.kind)
        if path is None:
            return Rejected(f"no endpoint for outbox kind {item.kind!r}")
        try:
            response = await self._request(
                "POST", path, json=item.payload, headers={"Idempotency-Key": item.idempotency_key}
            )
        except BackendError as exc:
            return Retry(str(exc))
        return self._outcome(item.kind, response)

    def _outcome(self, kind: str, response: httpx.Response) -> Outcome:
        status = response.status_code
        if status in (200, 201):
            return self._acked(kind, response)
        if status == 409:
            if _problem_body(response).get("type") == ProblemType.IDEMPOTENCY_IN_PROGRESS:
                return Retry(_problem(response), _retry_after(response) or 5.0)
            # Already paid, notice expired, slot full: sending again cannot change it.
            return Rejected(_problem(response))
        if status in (400, 422):
            return Rejected(_problem(response))
        # 401/403: credentials or clock, fixable by a technician; 404: a wrong URL;
        # 429 and 5xx: the backend's trouble. All retried, none lost.
        return Retry(_problem(response), _retry_after(response))

    def _acked(self, kind: str, response: httpx.Response) -> Outcome:
        try:
            if kind == "payment":
                return Acked(self._parse(response, PaymentAck).receipt_number)
            return Acked(self._parse(response, SubmissionAck).protocol_number)
        except BackendError as exc:
            # It may have been recorded: sending again with the same key is safe.
            return Retry(str(exc))

    # -- bookings -------------------------------------------------------------------------

    async def slots(self, service_id: str, days: int = 31) -> list[BookingSlot]:
        """A bookable service's coming slots (full ones too), by start time."""
        response = await self._request(
            "GET", f"{API_PREFIX}/bookings/slots", params={"service_id": service_id, "days": days}
        )
        if response.status_code != 200:
            raise BackendError(_problem(response))
        try:
            items = response.json()
        except ValueError:
            raise BackendError("backend broke the contract: slots are not JSON") from None
        if not isinstance(items, list):
            raise BackendError("backend broke the contract: slots are not a list")
        try:
            return [_lenient(BookingSlot).model_validate(item) for item in items]
        except ValidationError as exc:
            raise BackendError(
                f"backend broke the contract in a slot: {exc.errors()[0]['msg']}"
            ) from None

    # -- fleet ----------------------------------------------------------------------------

    async def heartbeat(self, body: BaseModel) -> HeartbeatAck:
        response = await self._request(
            "POST", f"{API_PREFIX}/heartbeat", json=body.model_dump(mode="json")
        )
        if response.status_code != 200:
            raise BackendError(_problem(response))
        return self._parse(response, HeartbeatAck)

    async def remote_config(self) -> RemoteConfig:
        response = await self._request("GET", f"{API_PREFIX}/config")
        if response.status_code != 200:
            raise BackendError(_problem(response))
        return self._parse(response, RemoteConfig)

    async def fetch_pack(self, etag: str | None) -> tuple[bytes, str] | None:
        """The published content pack and its ETag; None when ours is current (304)."""
        headers = {"If-None-Match": etag} if etag else {}
        response = await self._request("GET", f"{API_PREFIX}/content/pack", headers=headers)
        if response.status_code == 304:
            return None
        if response.status_code != 200:
            raise BackendError(_problem(response))
        return response.content, response.headers.get("ETag", "")

    # -- pagoPA -----------------------------------------------------------------------------

    async def verify_notice(self, notice_code: str, payee_fiscal_code: str) -> Notice | Problem:
        """Verify a notice before charging: the notice, or the problem that says why not.

        A 404 (no such notice), 422 (bad check digits) or 409 is the backend's
        answer about this notice and comes back as a Problem the kiosk can
        explain; no network, a 5xx or a broken contract raise BackendError.
        """
        response = await self._request(
            "GET",
            f"{API_PREFIX}/pagopa/notices/{notice_code}",
            params={"payee": payee_fiscal_code},
        )
        if response.status_code == 200:
            return self._parse(response, Notice)
        if response.status_code in (404, 409, 422):
            body = _problem_body(response)
            try:
                return _lenient(Problem).model_validate(
                    {"title": "", "status": response.status_code, **body}
                )
            except ValidationError:
                return Problem(title=_problem(response), status=response.status_code)
        raise BackendError(_problem(response))

    async def telemetry(self, body: BaseModel) -> TelemetryAck:
        """Send a batch of events (the maintenance audit trail, faults)."""
        response = await self._request(
            "POST", f"{API_PREFIX}/telemetry", json=body.model_dump(mode="json")
        )
        if response.status_code not in (200, 202):
            raise BackendError(_problem(response))
        return self._parse(response, TelemetryAck)
