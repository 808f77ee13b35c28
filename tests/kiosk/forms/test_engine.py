"""FormSession: conditions, pages, validation, prefill, review, submission and drafts."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from spaziocitta.kiosk.contract.models import Submission
from spaziocitta.kiosk.core import DEMO_PACK
from spaziocitta.kiosk.forms.definition import FieldDef, FormDef, parse_form, parse_forms
from spaziocitta.kiosk.forms.engine import (
    FieldError,
    FormIncompleteError,
    FormSession,
    check_field,
)

PACK = json.loads((DEMO_PACK / "pack.json").read_text(encoding="utf-8"))
FORMS = parse_forms(PACK)
TODAY = date(2026, 11, 20)
NOW = datetime(2026, 11, 20, 10, 30, tzinfo=UTC)
CF = "RSSMRA85T10A562S"


def _f(id: str, type: str, **kw: Any) -> dict[str, Any]:
    return {"id": id, "type": type, "label": {"it": id}, **kw}


FORM = parse_form(
    {
        "id": "prova",
        "title": {"it": "Prova"},
        "target": "submission",
        "privacy_notice": {"it": "Informativa"},
        "steps": [
            {
                "id": "chi",
                "title": {"it": "Chi"},
                "fields": [
                    _f(
                        "nome",
                        "short_text",
                        required=True,
                        personal=True,
                        prefill="card.given_name",
                    ),
                    _f(
                        "cf",
                        "codice_fiscale",
                        required=True,
                        personal=True,
                        prefill="card.fiscal_code",
                    ),
                    _f("nato", "date", personal=True, prefill="card.birth_date", max_date="today"),
                ],
            },
            {
                "id": "cosa",
                "title": {"it": "Cosa"},
                "fields": [
                    _f(
                        "figli",
                        "yes_no",
                        required=True,
                    ),
                    _f(
                        "quanti",
                        "number",
                        required=True,
                        integer=True,
                        min=1,
                        max=10,
                        show_if={"field": "figli", "equals": True},
                    ),
                    _f(
                        "scuola",
                        "choice",
                        required=True,
                        options=[
                            {"value": "a", "label": {"it": "Scuola A"}},
                            {"value": "b", "label": {"it": "Scuola B"}},
                        ],
                        show_if={"field": "quanti", "not_empty": True},
                    ),
                ],
            },
            {
                "id": "fine",
                "title": {"it": "Fine"},
                "fields": [_f("ok", "consent", required=True)],
            },
        ],
    }
)


def session(**kw: Any) -> FormSession:
    return FormSession(FORM, today=TODAY, **kw)


def test_conditions_chain() -> None:
    s = session()
    assert s.visible_ids() == ["nome", "cf", "nato", "figli", "ok"]
    s.set_answer("figli", True)
    assert "quanti" in s.visible_ids() and "scuola" not in s.visible_ids()
    s.set_answer("quanti", "2")
    assert s.visible_ids()[-2:] == ["scuola", "ok"]
    s.set_answer("figli", False)
    # scuola depends on quanti, which is now hidden: hidden too.
    assert s.visible_ids() == ["nome", "cf", "nato", "figli", "ok"]
    assert s.value("quanti") == 2  # kept in memory


def test_navigation_keeps_answers_and_validates_in_order() -> None:
    s = session()
    assert s.progress() == (1, 3)
    errors = s.next()
    assert errors == [FieldError("nome", "required", {}), FieldError("cf", "required", {})]
    s.set_answer("cf", "RSSMRA85T10A562X")
    errors = s.next()
    assert [e.field_id for e in errors] == ["nome", "cf"]
    assert errors[1].error == "cf.check_char"
    s.set_answer("nome", "Mario")
    s.set_answer("cf", CF)
    assert s.next() == []
    assert s.progress() == (2, 3)
    s.back()
    assert s.progress() == (1, 3)
    assert s.raw("nome") == "Mario" and s.value("cf") == CF


def test_easy_mode_pages_follow_visibility() -> None:
    s = session(easy_mode=True)
    assert s.progress() == (1, 5)
    s.set_answer("figli", True)
    assert s.current_page.total == 6
    s.set_easy_mode(False)
    assert s.progress() == (1, 3)


def test_hidden_page_moves_on() -> None:
    s = session(easy_mode=True)
    s.set_answer("figli", True)
    s.set_answer("quanti", 3)
    s.go_to(5)
    assert s.current_page.fields[0].id == "quanti"
    s.set_answer("figli", False)
    # the page on screen was hidden: the next one still shown takes its place
    assert s.current_page.fields[0].id == "ok"


def test_prefill_only_after_consent() -> None:
    s = session()
    assert s.raw("nome") is None
    s.set_answer("nome", "Maria")  # typed by the citizen: never overwritten
    filled = s.consent_to_prefill(
        {"given_name": "Mario", "fiscal_code": CF, "birth_date": date(1985, 12, 10)}
    )
    assert filled == ["cf", "nato"]
    assert s.value("nome") == "Maria" and s.value("nato") == "1985-12-10"
    assert s.prefilled == {"cf", "nato"}


def test_prefill_from_attribute_object() -> None:
    class Card:
        fiscal_code = CF
        given_name = "Mario"
        surname = "Rossi"
        birth_date = None

    s = session()
    assert s.consent_to_prefill(Card()) == ["nome", "cf"]


def _fill(s: FormSession, children: bool = True) -> None:
    s.set_answer("nome", "Mario")
    s.set_answer("cf", CF)
    s.set_answer("figli", children)
    s.set_answer("quanti", "2")
    s.set_answer("scuola", "b")
    s.set_answer("ok", True)


def test_hidden_answers_not_submitted() -> None:
    s = session()
    _fill(s, children=False)
    s.accept_privacy()
    payload = s.submission(now=NOW)
    assert payload["answers"] == {"nome": "Mario", "cf": CF, "figli": False, "ok": True}


def test_submission_needs_privacy_and_valid_answers() -> None:
    s = session()
    with pytest.raises(FormIncompleteError) as info:
        s.submission(now=NOW)
    assert [e.field_id for e in info.value.errors] == ["nome", "cf", "figli", "ok"]
    assert info.value.errors[-1].error == "consent.required"
    _fill(s)
    with pytest.raises(FormIncompleteError) as info:
        s.submission(now=NOW)
    assert info.value.errors == [] and info.value.privacy_pending


def test_submission_validates_against_contract() -> None:
    s = session(service_id="mensa-scolastica")
    _fill(s)
    s.accept_privacy()
    payload = s.submission(now=NOW, language="en")
    json.dumps(payload)  # the outbox stores it as JSON
    model = Submission.model_validate({**payload, "local_receipt": "TOTEM01-20261120-0001"})
    assert model.kind == "application" and model.language == "en"
    assert model.answers["quanti"] == 2 and model.answers["scuola"] == "b"


def test_review() -> None:
    s = session()
    _fill(s)
    items = {item.field_id: item for item in s.review()}
    assert list(items) == ["nome", "cf", "figli", "quanti", "scuola", "ok"]
    assert items["scuola"].render("it", "it") == "Scuola B"
    assert items["figli"].render("en", "it", yes="Yes", no="No") == "Yes"
    assert items["cf"].personal and items["cf"].text == CF
    assert items["quanti"].page_number == 2 and items["quanti"].step_id == "cosa"


def test_draft_round_trip() -> None:
    s = session(easy_mode=True)
    _fill(s)
    s.set_answer("cf", "bad")
    s.go_to(4)
    s.accept_privacy()
    draft = json.loads(json.dumps(s.to_draft()))
    again = FormSession.from_draft(FORM, draft)
    assert again.raw("cf") == "bad" and again.value("quanti") == 2
    assert again.progress() == s.progress() and again.easy_mode
    assert again.privacy_accepted and again.today == TODAY
    with pytest.raises(ValueError):
        FormSession.from_draft(FORMS["prenota-cie"], draft)


@pytest.mark.parametrize(
    ("field", "raw", "error"),
    [
        (_f("n", "number", min=1, max=3), "4", "number.too_large"),
        (_f("n", "number", integer=True), "2,5", "number.integer"),
        (_f("n", "number"), "abc", "number.format"),
        (_f("d", "date", min_date="today-30"), "2026-10-01", "date.too_early"),
        (_f("c", "choice", options=[{"value": "a", "label": {"it": "A"}}]), "z", "choice.unknown"),
        (_f("y", "yes_no"), "forse", "yes_no.invalid"),
        (_f("s", "booking_slot"), "", None),
        (_f("s", "booking_slot", required=True), "a b", "slot.invalid"),
        (_f("a", "address"), "Via Inesistente 3", "address.street"),
        (_f("a", "address"), "Via Roma bis bis", "address.number"),
        (_f("p", "phone", phone_kind="mobile"), "011 1234567", "phone.not_mobile"),
        (_f("e", "email"), "no-at", "email.format"),
    ],
)
def test_check_field_errors(field: dict[str, Any], raw: Any, error: str | None) -> None:
    from spaziocitta.kiosk.forms.definition import parse_field

    checked = check_field(parse_field(field), raw, today=TODAY, streets=("Via Roma",))
    assert checked.validation.error == error


def test_address_normalised() -> None:
    from spaziocitta.kiosk.forms.definition import parse_field

    item = parse_field(_f("a", "address"))
    streets = ("Via Roma", "Via Roma Vecchia")
    checked = check_field(item, "via roma vecchia, 12/a", today=TODAY, streets=streets)
    assert checked.value == "Via Roma Vecchia, 12/A"
    free = check_field(item, "Cascina Bianca", today=TODAY)  # no street list: free text
    assert free.value == "Cascina Bianca"


# -- every demo form walks to a valid submission -------------------------------------


def _valid(item: FieldDef, form: FormDef) -> Any:  # noqa: PLR0911, PLR0912 (one per type)
    match item.type:
        case "short_text" | "long_text":
            return "Testo di prova sufficientemente lungo"[: max(item.max_length or 40, 10)]
        case "number":
            return item.min_value if item.min_value is not None else 1
        case "date":
            return (TODAY - timedelta(days=2000)).isoformat()
        case "choice":
            return item.options[0].value
        case "multi_choice":
            return [item.options[0].value]
        case "yes_no" | "consent":
            return True
        case "codice_fiscale":
            return CF
        case "email":
            return "mario.rossi@example.it"
        case "phone":
            return "333 123 4567"
        case "cap":
            return "10099"
        case "address":
            return f"{form.streets[0]} 5"
        case "iban":
            return "IT60X0542811101000000123456"
        case "booking_slot":
            return "slot-20261123-0900"
    raise AssertionError(item.type)


@pytest.mark.parametrize("form_id", sorted(FORMS))
@pytest.mark.parametrize("easy", [False, True])
def test_demo_form_walks_to_valid_submission(form_id: str, easy: bool) -> None:
    form = FORMS[form_id]
    s = FormSession(form, easy_mode=easy, today=TODAY)
    for _ in range(200):
        # An answer may reveal a question on the same page, as it does on screen.
        while todo := [f for f in s.current_page.fields if s.raw(f.id) is None]:
            for item in todo:
                assert s.set_answer(item.id, _valid(item, form)).ok, (form_id, item.id)
        if s.is_last_page:
            assert s.next() == []
            break
        assert s.next() == []
    s.accept_privacy()
    payload = s.submission(now=NOW)
    model = Submission.model_validate({**payload, "local_receipt": "X-1"})
    assert model.form_id == form_id
    if form.target == "booking":
        assert model.kind == "booking" and model.slot_id == "slot-20261123-0900"
        assert model.service_id == form.booking_service_id
    if form.target == "report":
        assert model.service_id == form.open311_service_code
