"""Reading and checking a GeoReport v2 POST requests.json form.

The form is application/x-www-form-urlencoded with ``attribute[<code>]``
fields besides the named ones, which FastAPI cannot declare as parameters, so
it is read here and checked against the service definition (Open311Attribute).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pydantic import ValidationError

from spaziocitta.kiosk.contract.models import (
    OPEN311_DESCRIPTION_MAX,
    Open311Attribute,
    Open311ServiceRequestForm,
)

from .problems import ProblemError

ATTRIBUTE_FIELD = re.compile(r"^attribute\[([A-Za-z0-9_.-]{1,80})\](\[\])?$")
CONTACT_FIELDS = ("email", "first_name", "last_name", "phone", "device_id", "account_id")


@dataclass(frozen=True)
class ParsedRequest:
    """A POST requests.json form: its named fields and its attribute answers."""

    form: Open311ServiceRequestForm
    attributes: dict[str, str | list[str]] = field(default_factory=dict)
    items: list[tuple[str, str]] = field(default_factory=list)
    """Every field as sent except api_key: what the idempotency fingerprint covers."""


def _bad(description: str) -> ProblemError:
    return ProblemError(400, description)


def parse_form(items: list[tuple[str, str]]) -> ParsedRequest:
    """Split attribute[...] fields from the named ones and validate the named ones."""
    named: dict[str, str] = {}
    attributes: dict[str, str | list[str]] = {}
    for name, value in items:
        match = ATTRIBUTE_FIELD.match(name)
        if match:
            code, multi = match.group(1), match.group(2)
            if multi:
                existing = attributes.setdefault(code, [])
                if isinstance(existing, list):
                    existing.append(value)
            else:
                attributes[code] = value
        elif name.startswith("attribute["):
            raise _bad(f"{name}: not an attribute[code] field")
        else:
            named[name] = value
    # Empty strings are what HTML forms send for fields left blank.
    cleaned = {k: v for k, v in named.items() if v != ""}
    try:
        form = Open311ServiceRequestForm.model_validate(cleaned)
    except ValidationError as exc:
        reasons = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'form'}: {e['msg']}" for e in exc.errors()
        )
        raise _bad(reasons) from None
    if (form.lat is None) != (form.long is None):
        raise _bad("lat and long go together")
    if form.lat is None and not form.address_string and not form.address_id:
        raise _bad("a location is required: lat and long, address_string or address_id")
    kept = sorted((k, v) for k, v in items if k != "api_key")
    return ParsedRequest(form, attributes, kept)


def _check_value(attribute: Open311Attribute, value: str | list[str]) -> None:
    code = attribute.code
    keys = {v.key for v in attribute.values}
    if attribute.datatype == "multivaluelist":
        values = value if isinstance(value, list) else [value]
        unknown = [v for v in values if v not in keys]
        if unknown:
            raise _bad(f"attribute[{code}]: {unknown!r} not among {sorted(keys)}")
        return
    if isinstance(value, list):
        raise _bad(f"attribute[{code}]: one value expected")
    if attribute.datatype == "singlevaluelist" and value not in keys:
        raise _bad(f"attribute[{code}]: {value!r} not among {sorted(keys)}")
    if attribute.datatype == "number":
        try:
            float(value)
        except ValueError:
            raise _bad(f"attribute[{code}]: not a number") from None
    if attribute.datatype == "datetime":
        try:
            datetime.fromisoformat(value)
        except ValueError:
            raise _bad(f"attribute[{code}]: not an ISO 8601 date-time") from None
    if len(value) > OPEN311_DESCRIPTION_MAX:
        raise _bad(f"attribute[{code}]: longer than {OPEN311_DESCRIPTION_MAX} characters")


def check_attributes(
    definition: list[Open311Attribute], answers: dict[str, str | list[str]]
) -> dict[str, Any]:
    """The answers, checked against the service's questions (required, types, choices)."""
    by_code = {a.code: a for a in definition}
    for code in answers:
        if code not in by_code:
            raise _bad(f"attribute[{code}]: this service has no such attribute")
    for attribute in definition:
        value = answers.get(attribute.code)
        if value in (None, "", []):
            if attribute.required and attribute.variable:
                raise _bad(f"attribute[{attribute.code}] is required: {attribute.description}")
            continue
        assert value is not None
        _check_value(attribute, value)
    return dict(answers)
