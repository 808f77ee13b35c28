"""The demo municipality: Comune di Borgo Esempio's totem, notices, slots and Open311 services.

Seeding is idempotent (each part only fills an empty table), so ``serve`` can
seed a fresh database on every start. Notice codes are deterministic, so the
demo and its documentation can name them; slots are laid out from the day of
seeding.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from spaziocitta.kiosk.contract.pagopa import notice_code

from .auth import hash_secret, new_secret
from .models import BookingSlotRow, NoticeRow, Open311ServiceRow, Totem

DEMO_TOTEM_ID = "demo-totem-01"
PAYEE_FISCAL_CODE = "00199900010"
"""Fictional codice fiscale of the Comune di Borgo Esempio (ISTAT 001999); check digit valid."""
PAYEE_NAME = "Comune di Borgo Esempio"
ROME = ZoneInfo("Europe/Rome")

# (aux digit, segregation/application code, description, euros, days to due date, status)
_NOTICES: list[tuple[int, str, str, float, int | None, str]] = [
    (3, "01", "TARI 2026 – rata 1 di 3", 128.40, 20, "payable"),
    (3, "01", "TARI 2026 – rata 2 di 3", 128.40, 80, "payable"),
    (3, "01", "TARI 2026 – rata 3 di 3", 128.40, 140, "payable"),
    (3, "01", "TARI 2026 – utenza non domestica, rata unica", 612.00, 30, "payable"),
    (3, "01", "TARI 2025 – sollecito rata 3", 131.15, -40, "expired"),
    (3, "01", "TARI 2026 – rata 1 di 3", 96.80, 20, "paid"),
    (3, "01", "IMU 2026 – acconto seconda casa", 455.00, 10, "payable"),
    (3, "01", "Canone unico – occupazione suolo pubblico (dehors)", 380.00, 25, "payable"),
    (3, "02", "Mensa scolastica – ricarica 20 pasti (Scuola Rodari)", 95.00, 15, "payable"),
    (3, "02", "Mensa scolastica – ricarica 10 pasti (Scuola Collodi)", 47.50, 15, "payable"),
    (3, "02", "Mensa scolastica – ottobre, tariffa ridotta ISEE", 31.20, -10, "expired"),
    (3, "02", "Mensa scolastica – settembre", 62.40, -30, "paid"),
    (3, "02", "Trasporto scolastico – quota annuale", 210.00, 45, "payable"),
    (3, "02", "Pre e post scuola – primo quadrimestre", 120.00, 35, "payable"),
    (3, "02", "Centri estivi – settimana 1", 75.00, -90, "expired"),
    (3, "03", "Verbale n. 2026/004512 – sosta vietata (art. 158 CdS)", 42.00, 5, "payable"),
    (3, "03", "Verbale n. 2026/004517 – ZTL senza permesso (art. 7 CdS)", 83.00, 60, "payable"),
    (3, "03", "Verbale n. 2026/003998 – eccesso di velocità (art. 142 CdS)", 173.00, 50, "payable"),
    (3, "03", "Verbale n. 2026/003100 – sosta su posto disabili", 168.00, -5, "paid"),
    (3, "03", "Verbale n. 2025/011870 – mancata revisione (art. 80 CdS)", 173.00, -200, "expired"),
    (3, "04", "Retta asilo nido Girotondo – novembre", 310.00, 12, "payable"),
    (3, "04", "Retta asilo nido Girotondo – ottobre", 310.00, -18, "paid"),
    (3, "04", "Retta asilo nido Arcobaleno – novembre, fascia ISEE 2", 186.00, 12, "payable"),
    (0, "12", "Lampade votive – canone 2026", 18.00, 40, "payable"),
    (0, "12", "Concessione loculo – diritti di segreteria", 52.00, 20, "payable"),
    (
        1,
        "",
        "Diritti di segreteria – certificato di destinazione urbanistica",
        51.65,
        30,
        "payable",
    ),
    (1, "", "Carta d'identità elettronica – diritti", 22.21, None, "payable"),
    (2, "", "Sala Casa del Quartiere San Rocco – prenotazione 14/12", 35.00, 14, "payable"),
    (2, "", "Rimborso spese di notifica – verbale 2026/002210", 9.55, -60, "expired"),
    (2, "", "Contributo rilascio contrassegno disabili (duplicato)", 16.00, 30, "paid"),
]


def demo_notice_code(index: int, aux: int, code: str) -> str:
    """The deterministic codice avviso of the index-th demo notice (valid check digits)."""
    serial = f"2026{index + 1:09d}"  # an IUV base of 13 digits
    if aux in (0, 3):
        return notice_code(aux, code + serial)
    if aux == 2:
        return notice_code(2, "00" + serial)
    return notice_code(1, "0000" + serial)


def demo_notice_samples() -> list[dict[str, object]]:
    """The demo's paper notices, as the kiosk's demo 'scans' them (assets/demo-notices.json).

    Every kind of outcome is there: payable ones, one already paid, one expired.
    """
    samples = []
    for index, (aux, code, text, euros, _due, status) in enumerate(_NOTICES):
        notice = demo_notice_code(index, aux, code)
        samples.append(
            {
                "description": text,
                "status": status,
                "qr": f"PAGOPA|002|{notice}|{PAYEE_FISCAL_CODE}|{_cents(euros)}",
            }
        )
    return samples


def _cents(euros: float) -> int:
    return round(euros * 100)


def seed_notices(session: Session, today: date) -> int:
    """Thirty notices of the demo payee: TARI, IMU, canteen, fines, nursery fees..."""
    if session.scalar(select(func.count()).select_from(NoticeRow)):
        return 0
    for index, (aux, code, text, euros, due_in, status) in enumerate(_NOTICES):
        session.add(
            NoticeRow(
                notice_code=demo_notice_code(index, aux, code),
                payee_fiscal_code=PAYEE_FISCAL_CODE,
                payee_name=PAYEE_NAME,
                description=text,
                amount_cents=_cents(euros),
                due_date=None if due_in is None else today + timedelta(days=due_in),
                status=status,
            )
        )
    return len(_NOTICES)


@dataclass(frozen=True)
class _SlotPlan:
    """How a bookable service's slots are laid out on a working day."""

    starts: tuple[str, ...]
    minutes: int
    capacity: int
    weekdays: tuple[int, ...] = (0, 1, 2, 3, 4)


_SLOT_PLANS: dict[str, _SlotPlan] = {
    "prenota-cie": _SlotPlan(("09:00", "09:30", "10:00", "10:30", "11:00", "11:30"), 30, 1),
    "prenota-sala": _SlotPlan(("15:00", "18:00", "20:30"), 150, 1, (0, 1, 2, 3, 4, 5)),
    "incontro-orientamento": _SlotPlan(("17:30",), 90, 12, (2,)),
}
_DEFAULT_PLAN = _SlotPlan(("10:00", "11:00"), 60, 2)
BOOKING_DAYS = 21


def _booking_services(pack: dict[str, Any]) -> list[tuple[str, str, list[str]]]:
    found = []
    for service in pack.get("services", []):
        form = service.get("form")
        if form and (form in _SLOT_PLANS or form.startswith("prenota")):
            found.append((service["id"], form, list(service.get("places") or [None])))
    return found


def seed_slots(session: Session, pack: dict[str, Any], today: date) -> int:
    """Slots for the next three weeks of every bookable service, at each of its places."""
    if session.scalar(select(func.count()).select_from(BookingSlotRow)):
        return 0
    count = 0
    for service_id, form, places in _booking_services(pack):
        plan = _SLOT_PLANS.get(form, _DEFAULT_PLAN)
        for offset in range(1, BOOKING_DAYS + 1):
            day = today + timedelta(days=offset)
            if day.weekday() not in plan.weekdays:
                continue
            for place in places:
                for start in plan.starts:
                    local = datetime.combine(day, time.fromisoformat(start), tzinfo=ROME)
                    begins = local.astimezone(UTC)
                    # The first bookable day is already taken: the demo shows a full slot.
                    available = 0 if offset == 1 else plan.capacity
                    session.add(
                        BookingSlotRow(
                            id=f"{service_id}-{place or 'x'}-{local:%Y%m%d%H%M}",
                            service_id=service_id,
                            place_id=place,
                            starts_at=begins,
                            ends_at=begins + timedelta(minutes=plan.minutes),
                            capacity=plan.capacity,
                            available=available,
                        )
                    )
                    count += 1
    return count


def _choice(code: str, description: str, order: int, options: dict[str, str]) -> dict[str, Any]:
    return {
        "variable": True,
        "code": code,
        "datatype": "singlevaluelist",
        "required": True,
        "datatype_description": "",
        "order": order,
        "description": description,
        "values": [{"key": k, "name": v} for k, v in options.items()],
    }


def _text(code: str, description: str, order: int, required: bool = False) -> dict[str, Any]:
    return {
        "variable": True,
        "code": code,
        "datatype": "string",
        "required": required,
        "datatype_description": "",
        "order": order,
        "description": description,
        "values": [],
    }


_DANGER = {"no": "No", "si": "Sì, è pericoloso"}
OPEN311_ATTRIBUTES: dict[str, list[dict[str, Any]]] = {
    "segnalazione-buche-strade": [
        _choice(
            "tipo",
            "Che cosa è danneggiato?",
            1,
            {
                "buca": "Buca nella strada",
                "marciapiede": "Marciapiede",
                "tombino": "Tombino o caditoia",
                "segnaletica": "Segnaletica",
            },
        ),
        _choice("pericolo", "È un pericolo per chi passa?", 2, _DANGER),
    ],
    "segnalazione-illuminazione": [
        _choice(
            "guasto",
            "Che cosa succede?",
            1,
            {
                "spento": "Lampione spento",
                "intermittente": "Luce intermittente",
                "acceso_giorno": "Acceso di giorno",
                "danneggiato": "Palo danneggiato",
            },
        ),
        _text("numero_palo", "Numero scritto sul palo, se si vede", 2),
    ],
    "segnalazione-verde-pubblico": [
        _choice(
            "tipo",
            "Di che cosa si tratta?",
            1,
            {
                "albero": "Albero o ramo pericolante",
                "erba": "Erba alta",
                "giochi": "Giochi rotti",
                "panchina": "Panchina o fontanella",
            },
        ),
        _choice("pericolo", "È un pericolo per chi passa?", 2, _DANGER),
    ],
    "segnalazione-rifiuti-abbandonati": [
        _choice(
            "tipo",
            "Che rifiuti sono?",
            1,
            {
                "ingombranti": "Ingombranti (mobili, materassi)",
                "sacchi": "Sacchi",
                "edili": "Materiale edile",
                "pericolosi": "Pericolosi",
            },
        ),
    ],
    "segnalazione-altro": [],
}


def _localized(value: Any, language: str = "it") -> str:
    if isinstance(value, dict):
        text = value.get(language) or next(iter(value.values()), "")
        return ", ".join(text) if isinstance(text, list) else str(text)
    return str(value or "")


def seed_open311(session: Session, pack: dict[str, Any]) -> int:
    """One Open311 service per service of the pack's 'segnalazioni' category."""
    if session.scalar(select(func.count()).select_from(Open311ServiceRow)):
        return 0
    categories = {c["id"]: c for c in pack.get("categories", [])}
    places = {p["id"]: p for p in pack.get("places", [])}
    count = 0
    for position, service in enumerate(pack.get("services", [])):
        if service.get("category") != "segnalazioni":
            continue
        first_place = places.get((service.get("places") or [""])[0], {})
        session.add(
            Open311ServiceRow(
                code=service["id"],
                name=_localized(service.get("title")),
                description=_localized(service.get("summary")),
                group=_localized(categories.get("segnalazioni", {}).get("title")),
                keywords=_localized(service.get("keywords")),
                agency=_localized(first_place.get("name")),
                attributes=OPEN311_ATTRIBUTES.get(service["id"], []),
                position=position,
            )
        )
        count += 1
    return count


def set_totem_secret(session: Session, totem_id: str, secret: str, name: str = "") -> None:
    """Create the totem, or give an existing one this secret (stored as a salted hash)."""
    totem = session.get(Totem, totem_id)
    if totem is None:
        session.add(Totem(id=totem_id, name=name, secret_hash=hash_secret(secret)))
    else:
        totem.secret_hash = hash_secret(secret)
        totem.active = True


@dataclass(frozen=True)
class SeedResult:
    """What seeding did; ``demo_secret`` is set when the demo totem's secret was (re)set."""

    demo_secret: str | None
    notices: int
    slots: int
    services: int


def seed_demo(
    session: Session,
    pack: dict[str, Any],
    demo_secret: str | None = None,
    *,
    rotate: bool = False,
    today: date | None = None,
) -> SeedResult:
    """Fill what is empty; set the demo totem's secret if given, new, or ``rotate``."""
    today = today or datetime.now(ROME).date()
    secret = None
    exists = session.get(Totem, DEMO_TOTEM_ID) is not None
    if demo_secret is not None or rotate or not exists:
        secret = demo_secret or new_secret()
        set_totem_secret(session, DEMO_TOTEM_ID, secret, "Totem dimostrativo – Municipio")
    result = SeedResult(
        demo_secret=secret,
        notices=seed_notices(session, today),
        slots=seed_slots(session, pack, today),
        services=seed_open311(session, pack),
    )
    session.commit()
    return result
