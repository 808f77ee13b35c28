"""The pack's optional forms: schema shape and the semantic checks beside it."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from spaziocitta.kiosk.catalog.validate import validate_pack
from spaziocitta.kiosk.core import DEMO_PACK

DEMO = json.loads((DEMO_PACK / "pack.json").read_text(encoding="utf-8"))


def _field(id: str, type: str = "short_text", **kw: Any) -> dict[str, Any]:
    return {"id": id, "type": type, "label": {"it": id}, **kw}


def _form(id: str = "modulo", target: str = "submission", **kw: Any) -> dict[str, Any]:
    form: dict[str, Any] = {
        "id": id,
        "title": {"it": "Modulo"},
        "target": target,
        "steps": [{"id": "uno", "title": {"it": "Uno"}, "fields": [_field("nota")]}],
    }
    form.update(kw)
    return form


@pytest.fixture
def pack(core_pack: dict[str, Any]) -> dict[str, Any]:
    core_pack["forms"] = [_form()]
    core_pack["services"][0]["form"] = "modulo"
    return core_pack


def _messages(pack: dict[str, Any]) -> list[str]:
    return [str(p) for p in validate_pack(pack)]


def test_pack_without_forms_stays_valid(core_pack: dict[str, Any]) -> None:
    assert "forms" not in core_pack
    core_pack["services"][0]["form"] = "a-form-kept-elsewhere"
    assert validate_pack(core_pack) == []


def test_minimal_form_valid(pack: dict[str, Any]) -> None:
    assert validate_pack(pack) == []


def test_demo_pack_forms_valid() -> None:
    assert validate_pack(DEMO) == []
    assert DEMO["version"] == "2026.11-demo.2"
    assert len(DEMO["forms"]) == 6


def test_service_form_must_exist_when_pack_has_forms(pack: dict[str, Any]) -> None:
    pack["services"][0]["form"] = "missing"
    assert _messages(pack) == ["$.services[0].form: unknown form 'missing'"]


def test_unique_ids(pack: dict[str, Any]) -> None:
    pack["forms"].append(_form())
    form = pack["forms"][0]
    form["steps"].append({"id": "uno", "title": {"it": "Due"}, "fields": [_field("nota")]})
    found = _messages(pack)
    assert "$.forms[1].id: duplicate id 'modulo' (also at $.forms[0])" in found
    assert "$.forms[0].steps[1].id: duplicate id 'uno' (also at $.forms[0].steps[0])" in found
    assert "$.forms[0].steps[1].fields[0].id: duplicate field id 'nota' in this form" in found


def test_show_if_must_look_back(pack: dict[str, Any]) -> None:
    fields = pack["forms"][0]["steps"][0]["fields"]
    fields.insert(0, _field("prima", show_if={"field": "nota", "not_empty": True}))
    fields.append(
        _field(
            "scelta",
            "choice",
            options=[{"value": "a", "label": {"it": "A"}}],
        )
    )
    fields.append(_field("dopo", show_if={"field": "scelta", "equals": "z"}))
    assert _messages(pack) == [
        "$.forms[0].steps[0].fields[0].show_if.field: 'nota' is not a field before this one",
        "$.forms[0].steps[0].fields[3].show_if: 'z' is not an option of 'scelta'",
    ]


def test_show_if_shape(pack: dict[str, Any]) -> None:
    fields = pack["forms"][0]["steps"][0]["fields"]
    fields.append(_field("x", show_if={"field": "nota", "equals": 1, "in": [1]}))
    assert validate_pack(pack)  # exactly one of equals / in / not_empty


def test_choice_options(pack: dict[str, Any]) -> None:
    fields = pack["forms"][0]["steps"][0]["fields"]
    option = {"value": "a", "label": {"it": "A"}}
    fields.append(_field("c", "choice", options=[option, option]))
    assert _messages(pack) == [
        "$.forms[0].steps[0].fields[1].options[1].value: duplicate option 'a'"
    ]
    fields[-1] = _field("c", "choice")  # a choice without options
    assert _messages(pack)
    fields[-1] = _field("c", "short_text", options=[option])  # options on a text field
    assert _messages(pack)


def test_booking_needs_one_slot_field(pack: dict[str, Any]) -> None:
    service = pack["services"][0]["id"]
    pack["forms"][0] = _form(target="booking", booking_service_id=service)
    assert _messages(pack) == ["$.forms[0].steps: a booking form has one booking_slot field, not 0"]
    pack["forms"][0]["steps"][0]["fields"] += [_field("s1", "booking_slot")] * 1
    assert validate_pack(pack) == []
    pack["forms"][0]["steps"][0]["fields"].append(_field("s2", "booking_slot"))
    assert _messages(pack) == ["$.forms[0].steps: a booking form has one booking_slot field, not 2"]


def test_booking_service_must_exist(pack: dict[str, Any]) -> None:
    form = _form(target="booking", booking_service_id="nessuno")
    form["steps"][0]["fields"].append(_field("s", "booking_slot"))
    pack["forms"][0] = form
    assert _messages(pack) == ["$.forms[0].booking_service_id: unknown service 'nessuno'"]
    del form["booking_service_id"]
    assert _messages(pack) == ["$.forms[0]: 'booking_service_id' is a required property"]


def test_slot_field_only_in_booking(pack: dict[str, Any]) -> None:
    pack["forms"][0]["steps"][0]["fields"].append(_field("s", "booking_slot"))
    assert _messages(pack) == ["$.forms[0].steps: only a booking form has a booking_slot field"]


def test_report_needs_code(pack: dict[str, Any]) -> None:
    pack["forms"][0] = _form(target="report")
    assert _messages(pack) == ["$.forms[0]: 'open311_service_code' is a required property"]
    pack["forms"][0]["open311_service_code"] = "segnalazione-altro"
    assert validate_pack(pack) == []


def test_date_bounds(pack: dict[str, Any]) -> None:
    fields = pack["forms"][0]["steps"][0]["fields"]
    fields.append(_field("d", "date", min_date="today-30", max_date="today"))
    assert validate_pack(pack) == []
    fields[-1]["min_date"] = "2026-02-30"
    assert _messages(pack) == [
        "$.forms[0].steps[0].fields[1].min_date: '2026-02-30' is not a date bound"
    ]
    fields[-1]["min_date"] = "yesterday"
    assert validate_pack(pack)  # refused by the schema's pattern


def test_personal_data_needs_privacy_notice(pack: dict[str, Any]) -> None:
    fields = pack["forms"][0]["steps"][0]["fields"]
    fields.append(_field("cf", "codice_fiscale", personal=True, prefill="card.fiscal_code"))
    assert _messages(pack) == ["$.forms[0]: asks personal data but has no privacy_notice"]
    pack["forms"][0]["privacy_notice"] = {"it": "Informativa"}
    assert validate_pack(pack) == []
    fields[-1]["personal"] = False
    assert (
        "$.forms[0].steps[0].fields[1].personal: a codice_fiscale field is always personal data"
        in _messages(pack)
    )


def test_prefill_type_must_match(pack: dict[str, Any]) -> None:
    pack["forms"][0]["privacy_notice"] = {"it": "Informativa"}
    fields = pack["forms"][0]["steps"][0]["fields"]
    fields.append(_field("n", "number", prefill="card.birth_date", personal=True))
    assert _messages(pack) == [
        "$.forms[0].steps[0].fields[1].prefill: card.birth_date cannot fill a number field"
    ]


def test_form_texts_need_default_language(pack: dict[str, Any]) -> None:
    fields = pack["forms"][0]["steps"][0]["fields"]
    fields[0]["label"] = {"en": "Note"}
    fields[0]["help"] = {"de": "Hilfe"}
    found = _messages(pack)
    assert "$.forms[0].steps[0].fields[0].label: missing the default language 'it'" in found
    assert (
        "$.forms[0].steps[0].fields[0].help.de: language 'de' is not in the pack's languages"
        in found
    )


def test_min_above_max(pack: dict[str, Any]) -> None:
    fields = pack["forms"][0]["steps"][0]["fields"]
    fields[0].update(min_length=10, max_length=5)
    assert _messages(pack) == [
        "$.forms[0].steps[0].fields[0].min_length: min_length 10 is above max_length 5"
    ]


def test_unknown_field_type_refused(pack: dict[str, Any]) -> None:
    broken = copy.deepcopy(pack)
    broken["forms"][0]["steps"][0]["fields"][0]["type"] = "signature"
    assert validate_pack(broken)
