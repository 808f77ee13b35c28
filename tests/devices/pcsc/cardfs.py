"""Builders for card file contents, written independently of the parser under test.

The round-trip property tests and the virtual cards of the rig both use them,
so a parser bug cannot hide behind a shared encoder.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from spaziocitta.devices.types import CardHolder

FIELD_ORDER = (
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


def ddmmyyyy(day: date | None) -> str:
    """A date as the card writes it; empty when unknown."""
    return "" if day is None else day.strftime("%d%m") + f"{day.year:04d}"


def encode_fields(fields: Mapping[str, str], *, padding: int = 0, count: int = 16) -> bytes:
    """EF.Dati_personali: 6 hex digits of payload length, then (2 hex digits + value)*."""
    payload = b""
    for name in FIELD_ORDER[:count]:
        value = fields.get(name, "").encode("latin-1")
        assert len(value) <= 0xFF, name
        payload += f"{len(value):02X}".encode() + value
    return f"{len(payload):06X}".encode() + payload + b"\x00" * padding


def holder_fields(holder: CardHolder) -> dict[str, str]:
    """The EF fields of ``holder``, with plausible values for the rest."""
    return {
        "issuer": "080001",
        "issue_date": "01012021",
        "expiry_date": ddmmyyyy(holder.expiry_date),
        "surname": holder.surname,
        "given_name": holder.given_name,
        "birth_date": ddmmyyyy(holder.birth_date),
        "sex": holder.sex or "",
        "height": "",
        "fiscal_code": holder.fiscal_code,
        "citizenship": "ITA",
        "birth_comune": "H501",
        "birth_country": "",
        "birth_act": "",
        "residence_comune": "H501",
        "address": "VIA DEL CORSO 1",
        "notes": "",
    }


def encode_holder(holder: CardHolder, *, padding: int = 64) -> bytes:
    """EF.Dati_personali of ``holder``, padded with zeros as real cards are."""
    return encode_fields(holder_fields(holder), padding=padding)


def id_carta_for(card_number: str) -> bytes:
    """The 13 bytes of EF.ID_Carta behind a 20-digit card number (8038000 + 12 + Luhn)."""
    assert len(card_number) == 20 and card_number.startswith("8038000"), card_number
    return b"\x01" + card_number[7:19].encode("ascii")
