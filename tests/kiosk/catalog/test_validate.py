"""Pack validation: every problem found, each with the JSON path an editor needs."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spaziocitta.kiosk.catalog.validate import validate_pack


def messages(data: dict[str, Any]) -> list[str]:
    return [str(p) for p in validate_pack(data)]


def test_core_only_pack_is_valid(core_pack: dict[str, Any]) -> None:
    assert validate_pack(core_pack) == []


def test_unknown_category(core_pack: dict[str, Any]) -> None:
    core_pack["services"][2]["category"] = "sport"
    assert messages(core_pack) == ["$.services[2].category: unknown category 'sport'"]


def test_duplicate_id(core_pack: dict[str, Any]) -> None:
    core_pack["services"][3]["id"] = core_pack["services"][0]["id"]
    assert messages(core_pack) == [
        "$.services[3].id: duplicate id 'carta-identita-elettronica' (also at $.services[0])"
    ]


def test_missing_default_language_text(core_pack: dict[str, Any]) -> None:
    core_pack["services"][1]["summary"] = {"en": "Move your residence"}
    core_pack["categories"][0]["title"] = {"en": "Registry"}
    assert messages(core_pack) == [
        "$.categories[0].title: missing the default language 'it'",
        "$.services[1].summary: missing the default language 'it'",
    ]


def test_text_in_a_language_the_pack_does_not_declare(core_pack: dict[str, Any]) -> None:
    core_pack["services"][0]["title"]["de"] = "Personalausweis"
    assert messages(core_pack) == [
        "$.services[0].title.de: language 'de' is not in the pack's languages"
    ]


@pytest.mark.parametrize(
    ("hours", "expected"),
    [
        (
            {"mon": [["12:30", "08:30"]]},
            "$.places[0].hours.mon[0]: closes at 08:30, before it opens at 12:30",
        ),
        (
            {"tue": [["08:30", "12:30"], ["12:00", "14:00"]]},
            "$.places[0].hours.tue[1]: 12:00-14:00 overlaps",
        ),
        ({"wed": [["8:30", "12:30"]]}, "$.places[0].hours.wed[0][0]: '8:30' does not match"),
        ({"funday": [["08:00", "09:00"]]}, "$.places[0].hours: 'funday' is not one of"),
    ],
)
def test_bad_opening_hours(core_pack: dict[str, Any], hours: dict[str, Any], expected: str) -> None:
    core_pack["places"] = [
        {"id": "urp", "name": {"it": "URP"}, "address": "Piazza 1", "hours": hours}
    ]
    found = messages(core_pack)
    assert any(m.startswith(expected) for m in found), found


def test_references_to_places_services_and_help_desk(core_pack: dict[str, Any]) -> None:
    core_pack["services"][0]["places"] = ["anagrafe-centro"]
    core_pack["municipality"]["help_desk"] = "urp"
    core_pack["popular"] = ["tari", "bollo-auto"]
    core_pack["welcome_path"] = {
        "steps": [{"id": "s1", "title": {"it": "Residenza"}, "service": "nope"}]
    }
    assert messages(core_pack) == [
        "$.municipality.help_desk: unknown place 'urp'",
        "$.popular[1]: unknown service 'bollo-auto'",
        "$.services[0].places[0]: unknown place 'anagrafe-centro'",
        "$.welcome_path.steps[0].service: unknown service 'nope'",
    ]


def test_schema_problems_come_with_paths(core_pack: dict[str, Any]) -> None:
    del core_pack["services"][0]["title"]
    core_pack["services"][1]["id"] = "Cambio Residenza!"
    core_pack["format"] = "spaziocitta.content/2"
    found = messages(core_pack)
    assert "$.format: 'spaziocitta.content/1' was expected" in found
    assert "$.services[0]: 'title' is a required property" in found
    assert any(m.startswith("$.services[1].id: 'Cambio Residenza!' does not match") for m in found)


def test_hostile_text_is_reported_not_crashed(core_pack: dict[str, Any]) -> None:
    core_pack["services"][0]["title"]["it"] = "x" * 9000
    core_pack["services"][1]["title"]["it"] = ""
    found = messages(core_pack)
    assert any(m.startswith("$.services[0].title.it:") and "is too long" in m for m in found)
    assert any(m.startswith("$.services[1].title.it:") for m in found)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=30,
)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(json_values)
def test_any_json_gets_problems_never_an_exception(data: Any) -> None:
    assert isinstance(validate_pack(data), list)


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["format", "version", "municipality", "languages", "categories", "services"]),
    json_values,
)
def test_core_field_replaced_by_garbage(core_pack_data: str, garbage: Any) -> None:
    import json
    from pathlib import Path

    pack = json.loads((Path(__file__).parent / "core-only-pack.json").read_text(encoding="utf-8"))
    pack[core_pack_data] = garbage
    assert isinstance(validate_pack(pack), list)
