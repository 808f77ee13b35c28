"""Form definitions parse from the pack into immutable, typed objects."""

from __future__ import annotations

import dataclasses
import json

import pytest

from spaziocitta.kiosk.core import DEMO_PACK
from spaziocitta.kiosk.forms.definition import (
    Condition,
    FormDefinitionError,
    Text,
    parse_form,
    parse_forms,
)

PACK = json.loads((DEMO_PACK / "pack.json").read_text(encoding="utf-8"))
FORM = {
    "id": "f",
    "title": {"it": "Modulo", "en": "Form"},
    "target": "submission",
    "steps": [
        {
            "id": "s1",
            "title": {"it": "Passo"},
            "fields": [
                {
                    "id": "tipo",
                    "type": "choice",
                    "label": {"it": "Tipo"},
                    "options": [{"value": "a", "label": {"it": "A", "en": "A-en"}}],
                },
                {
                    "id": "x",
                    "type": "short_text",
                    "label": {"it": "X"},
                    "show_if": {"field": "tipo", "in": ["a"]},
                },
            ],
        }
    ],
}


def test_parse_minimal() -> None:
    form = parse_form(FORM, streets=["Via Roma"])
    assert form.id == "f" and form.target == "submission"
    assert [f.id for f in form.fields] == ["tipo", "x"]
    assert form.field("x").show_if == Condition("tipo", "in", ("a",))
    assert form.field("tipo").options[0].label.get("en", "it") == "A-en"
    assert form.streets == ("Via Roma",)
    assert form.step_of("x").id == "s1"


def test_frozen() -> None:
    form = parse_form(FORM)
    with pytest.raises(dataclasses.FrozenInstanceError):
        form.id = "other"  # type: ignore[misc]


def test_text_falls_back_to_default() -> None:
    text = Text.parse({"it": "Ciao", "en": "Hi"}, "t")
    assert text.get("en", "it") == "Hi"
    assert text.get("fr", "it") == "Ciao"


def test_duplicate_field_ids_refused() -> None:
    bad = json.loads(json.dumps(FORM))
    bad["steps"][0]["fields"][1]["id"] = "tipo"
    with pytest.raises(FormDefinitionError):
        parse_form(bad)


@pytest.mark.parametrize(
    "change",
    [
        {"target": "nope"},
        {"title": "not a map"},
        {"steps": [{"id": "s", "title": {"it": "S"}, "fields": [{"id": "a", "type": "x"}]}]},
    ],
)
def test_malformed_refused(change: dict[str, object]) -> None:
    with pytest.raises(FormDefinitionError):
        parse_form({**FORM, **change})


def test_condition_semantics() -> None:
    assert Condition("a", "equals", (True,)).holds(True)
    assert not Condition("a", "equals", (1,)).holds(True)  # bool is not a number here
    assert Condition("a", "in", ("x", "y")).holds(["z", "y"])  # multi_choice
    assert not Condition("a", "not_empty").holds("")
    assert not Condition("a", "equals", ("x",)).holds(None)


def test_demo_pack_forms_parse() -> None:
    forms = parse_forms(PACK)
    assert set(forms) == {
        "iscrizione-mensa",
        "assistenza-domiciliare",
        "prenota-cie",
        "prenota-sala",
        "incontro-orientamento",
        "segnalazione",
    }
    assert forms["prenota-cie"].booking_service_id == "carta-identita-elettronica"
    assert forms["segnalazione"].open311_service_code == "segnalazione-altro"
    assert all(form.privacy_notice for form in forms.values() if form.asks_personal_data)
    assert forms["iscrizione-mensa"].has_prefill


def test_pack_without_forms() -> None:
    assert parse_forms({"services": []}) == {}
