"""Request and response bodies of API v1, shared by the kiosk and the backend.

Names here are the contract: the backend's OpenAPI document (backend/openapi.json)
names its schemas after these classes, so renaming one is a breaking change.
Additions since the first draft (all backwards compatible):
``Problem.instance``/``Problem.errors``, ``ProblemType``, ``ValidationIssue``,
``TelemetryEvent``/``TelemetryBatch``/``TelemetryAck``,
``Open311Error``, ``Open311ServiceRequestForm``, the optional GeoReport v2
fields of ``Open311Request``, and the header/scheme constants.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

API_PREFIX = "/api/v1"
OPEN311_PREFIX = "/open311/v2"

IDEMPOTENCY_KEY_HEADER = "Idempotency-Key"
"""Required on POST submissions, bookings and payments (IETF httpapi-idempotency-key)."""
IDEMPOTENT_REPLAYED_HEADER = "Idempotent-Replayed"
"""``true`` on an answer replayed from an earlier request with the same key."""
PROBLEM_MEDIA_TYPE = "application/problem+json"


def totem_token(totem_id: str, secret: str) -> str:
    """The bearer token of a totem: ``Authorization: Bearer <totem_id>.<secret>``.

    A totem id never contains a dot (see ``TotemId``), so the first dot splits.
    """
    return f"{totem_id}.{secret}"


TotemId = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{1,62}$")]
NoticeCode = Annotated[str, Field(pattern=r"^[0-9]{18}$", description="codice avviso, 18 digits")]
EnteFiscalCode = Annotated[str, Field(pattern=r"^[0-9]{11}$", description="payee's codice fiscale")]
Language = Annotated[str, Field(pattern=r"^[a-z]{2,3}$")]
Cents = Annotated[int, Field(ge=0, le=100_000_000)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ProblemType:
    """The ``type`` URIs of the problems API v1 answers, so a client can tell them apart.

    URNs on purpose: they identify, they are not pages to fetch (RFC 9457 §3.1.1).
    """

    UNAUTHORIZED = "urn:spaziocitta:problem:unauthorized"
    FORBIDDEN = "urn:spaziocitta:problem:forbidden"
    NOT_FOUND = "urn:spaziocitta:problem:not-found"
    INVALID_REQUEST = "urn:spaziocitta:problem:invalid-request"
    """The body or a parameter does not satisfy the contract (``errors`` says where)."""
    IDEMPOTENCY_KEY_MISSING = "urn:spaziocitta:problem:idempotency-key-missing"
    IDEMPOTENCY_KEY_REUSED = "urn:spaziocitta:problem:idempotency-key-reused"
    """Same key, different payload (422)."""
    IDEMPOTENCY_IN_PROGRESS = "urn:spaziocitta:problem:idempotency-in-progress"
    """The first request with this key is still being processed (409): retry later."""
    SLOT_FULL = "urn:spaziocitta:problem:slot-full"
    ALREADY_PAID = "urn:spaziocitta:problem:already-paid"
    NOTICE_EXPIRED = "urn:spaziocitta:problem:notice-expired"
    AMOUNT_MISMATCH = "urn:spaziocitta:problem:amount-mismatch"
    INVALID_NOTICE_CODE = "urn:spaziocitta:problem:invalid-notice-code"
    UNKNOWN_FORM = "urn:spaziocitta:problem:unknown-form"


class ValidationIssue(_Model):
    """One reason a request was refused as invalid: where (a dotted path) and why."""

    path: str
    message: str


class Problem(_Model):
    """An error, as RFC 9457 problem details: what the kiosk logs and shows in maintenance."""

    type: str = "about:blank"
    title: str
    status: Annotated[int, Field(ge=100, le=599)]
    detail: str | None = None
    instance: str | None = None
    """The request path the problem is about."""
    errors: list[ValidationIssue] | None = None
    """Extension member of INVALID_REQUEST problems: every invalid field."""


# -- submissions (forms, bookings, reports) -----------------------------------------


class Submission(_Model):
    """A form the citizen submitted at the totem. Sent with an Idempotency-Key header."""

    kind: Literal["application", "booking", "report"]
    form_id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,79}$")]
    service_id: str | None = None
    local_receipt: Annotated[str, Field(min_length=1, max_length=40)]
    """The number printed on the citizen's receipt at once, before the network answers."""
    submitted_at: datetime
    language: Language = "it"
    answers: dict[str, Any]
    slot_id: str | None = None
    """For a booking: the slot chosen."""


class SubmissionAck(_Model):
    """The backend took the submission: its protocol number."""

    protocol_number: str
    received_at: datetime


class BookingSlot(_Model):
    """A bookable time at a place (registry office appointment, a room...)."""

    id: str
    service_id: str
    place_id: str | None = None
    starts_at: datetime
    ends_at: datetime
    available: Annotated[int, Field(ge=0)]


# -- pagoPA ---------------------------------------------------------------------------


class Notice(_Model):
    """A pagoPA notice as the backend knows it (verification before paying)."""

    notice_code: NoticeCode
    payee_fiscal_code: EnteFiscalCode
    payee_name: str
    description: str
    amount_cents: Cents
    due_date: date | None = None
    status: Literal["payable", "paid", "expired"]


class PaymentRecord(_Model):
    """A payment taken at the totem's card terminal. No card data, ever: no PAN."""

    notice_code: NoticeCode
    payee_fiscal_code: EnteFiscalCode
    amount_cents: Cents
    fee_cents: Cents = 0
    paid_at: datetime
    terminal_ref: Annotated[str, Field(min_length=1, max_length=64)]
    auth_code: Annotated[str, Field(max_length=32)] | None = None
    local_receipt: Annotated[str, Field(min_length=1, max_length=40)]


class PaymentAck(_Model):
    """The backend recorded the payment."""

    payment_id: str
    receipt_number: str
    recorded_at: datetime


class PaymentReceipt(_Model):
    """What the receipt of a recorded payment shows (for a reprint)."""

    payment_id: str
    receipt_number: str
    notice: Notice
    amount_cents: Cents
    fee_cents: Cents
    paid_at: datetime
    terminal_ref: str


# -- fleet: heartbeat, telemetry, remote configuration ---------------------------------


class DeviceReport(_Model):
    """One device's health, as the totem sees it."""

    adapter: str
    ok: bool | None
    detail: str = ""


class Heartbeat(_Model):
    """Sent every few minutes: versions, queue depth, device health, faults."""

    app_version: str
    content_version: str | None
    outbox_depth: Annotated[int, Field(ge=0)]
    oldest_outbox_age_s: Annotated[float, Field(ge=0)] | None = None
    uptime_s: Annotated[float, Field(ge=0)]
    devices: dict[str, DeviceReport] = {}
    faults: list[str] = []
    """Recent faults in plain words (printer out of paper, a bad content pack...)."""


class RemoteConfig(_Model):
    """Settings the municipality changes remotely; applied between sessions only."""

    version: Annotated[int, Field(ge=0)]
    heartbeat_seconds: Annotated[int, Field(ge=10, le=86_400)] = 300
    content_check_seconds: Annotated[int, Field(ge=60, le=604_800)] = 3600
    inactivity_seconds: Annotated[int, Field(ge=10, le=3600)] | None = None
    out_of_service: bool = False
    """The municipality takes the totem out of service (citizens see a polite page)."""
    update_window: Annotated[
        str, Field(pattern=r"^(([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-3]):[0-5][0-9])?$")
    ] = ""
    """"HH:MM-HH:MM", the totem's local time: fleet updates install only then; empty: any
    time the totem is idle."""


class HeartbeatAck(_Model):
    """The backend's time and the remote configuration version the totem should have."""

    server_time: datetime
    config_version: int


class TelemetryEvent(_Model):
    """One fault or event the totem noticed (printer jam, pack rejected, crash...)."""

    at: datetime
    kind: Literal["fault", "event"]
    name: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_.-]{0,79}$")]
    """A stable machine name, e.g. ``printer.paper_out``."""
    severity: Literal["info", "warning", "error", "critical"] = "info"
    detail: Annotated[str, Field(max_length=2000)] = ""
    data: dict[str, str | int | float | bool | None] = {}


class TelemetryBatch(_Model):
    """Events sent together; the totem keeps them until the backend answers."""

    events: Annotated[list[TelemetryEvent], Field(min_length=1, max_length=500)]


class TelemetryAck(_Model):
    """How many events the backend stored."""

    accepted: Annotated[int, Field(ge=0)]


class ContentInfo(_Model):
    """The content pack the backend publishes for this totem."""

    version: str
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    size: Annotated[int, Field(ge=0)]


# -- Open311 GeoReport v2 (reports of city problems) -------------------------------------


class Open311Service(BaseModel):
    """An entry of services.json (field names as in the GeoReport v2 specification)."""

    service_code: str
    service_name: str
    description: str = ""
    metadata: bool
    type: Literal["realtime", "batch", "blackbox"] = "realtime"
    keywords: str = ""
    group: str = ""


class Open311AttributeValue(BaseModel):
    """One choice of a singlevaluelist/multivaluelist attribute."""

    key: str
    name: str


class Open311Attribute(BaseModel):
    """A question of a service definition (services/{code}.json)."""

    variable: bool = True
    code: str
    datatype: Literal["string", "number", "datetime", "text", "singlevaluelist", "multivaluelist"]
    required: bool
    datatype_description: str = ""
    order: int
    description: str
    values: list[Open311AttributeValue] = []


class Open311ServiceDefinition(BaseModel):
    """The answer of services/{code}.json: the questions a report of this service asks."""

    service_code: str
    attributes: list[Open311Attribute]


class Open311RequestCreated(BaseModel):
    """One element of the POST requests.json answer."""

    service_request_id: str | None = None
    token: str | None = None
    service_notice: str = ""
    account_id: str | None = None


class Open311Request(BaseModel):
    """A report as GET requests.json lists it (never the reporter's contact details)."""

    service_request_id: str
    status: Literal["open", "closed"]
    status_notes: str = ""
    service_code: str
    service_name: str = ""
    description: str = ""
    agency_responsible: str = ""
    service_notice: str = ""
    requested_datetime: datetime
    updated_datetime: datetime | None = None
    expected_datetime: datetime | None = None
    address: str = ""
    address_id: str = ""
    zipcode: str = ""
    lat: float | None = None
    long: float | None = None
    media_url: str = ""


class Open311Error(BaseModel):
    """One element of a GeoReport v2 error answer: ``[{"code": 400, "description": ...}]``."""

    code: int
    description: str


OPEN311_DESCRIPTION_MAX = 4000
"""GeoReport v2: a request's description is at most 4,000 characters."""


class Open311ServiceRequestForm(BaseModel):
    """The form fields of POST requests.json (application/x-www-form-urlencoded).

    Besides these, ``attribute[<code>]`` fields answer the service definition's
    questions (``attribute[<code>][]`` repeated for a multivaluelist). ``api_key``
    is ``<totem_id>.<secret>``, the same token as the Bearer header of API v1.
    Unknown fields are ignored, as Open311 clients may send their own.
    """

    model_config = ConfigDict(extra="ignore")

    api_key: str | None = None
    jurisdiction_id: str | None = None
    service_code: Annotated[str, Field(min_length=1, max_length=80)]
    lat: Annotated[float, Field(ge=-90, le=90)] | None = None
    long: Annotated[float, Field(ge=-180, le=180)] | None = None
    address_string: Annotated[str, Field(max_length=500)] | None = None
    address_id: Annotated[str, Field(max_length=80)] | None = None
    email: Annotated[str, Field(max_length=254)] | None = None
    device_id: Annotated[str, Field(max_length=80)] | None = None
    account_id: Annotated[str, Field(max_length=80)] | None = None
    first_name: Annotated[str, Field(max_length=80)] | None = None
    last_name: Annotated[str, Field(max_length=80)] | None = None
    phone: Annotated[str, Field(max_length=40)] | None = None
    description: Annotated[str, Field(max_length=OPEN311_DESCRIPTION_MAX)] = ""
    media_url: Annotated[str, Field(max_length=2000)] | None = None
