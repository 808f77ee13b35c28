"""Filling a form on the kiosk: pages, errors, card prefill, review, sending, the receipt."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QMetaObject, Qt

from spaziocitta.kiosk.sync import outbox
from spaziocitta.ui.harness import KioskHarness

DESCRIPTION = "Una buca profonda sul lato destro della strada"


def forms(kiosk: KioskHarness):  # type: ignore[no-untyped-def]
    return kiosk.shell.forms


def open_form(kiosk: KioskHarness, form_id: str) -> None:
    kiosk.tap(kiosk.find("tile_forms"))
    assert kiosk.screen == "forms"
    kiosk.tap(kiosk.find(f"form_{form_id}"))
    kiosk.pump(0.1)
    assert kiosk.screen == "form"


def open_report(kiosk: KioskHarness) -> None:
    kiosk.tap(kiosk.find("tile_report"))
    kiosk.pump(0.1)
    assert kiosk.screen == "category", "'Report a problem' lists the kinds of problem"
    kiosk.tap(kiosk.find("service_segnalazione-buche-strade"))
    kiosk.pump(0.2)
    kiosk.tap(kiosk.find("openForm"))
    kiosk.pump(0.1)
    assert kiosk.screen == "form"


def keypad_to(kiosk: KioskHarness, name: str, limit: int = 80) -> None:
    """Move the focus with the keypad's Down key only, until ``name`` has it."""
    for _ in range(limit):
        if kiosk.focused_name() == name:
            return
        kiosk.key(Qt.Key.Key_Down)
    raise AssertionError(f"{name} cannot be reached by keypad (at {kiosk.focused_name()})")


def outbox_items(kiosk: KioskHarness) -> list[dict]:  # type: ignore[type-arg]
    def read(db):  # type: ignore[no-untyped-def]
        return [
            {"kind": row.kind, "receipt": row.local_receipt, "payload": json.loads(row.payload)}
            for row in db.query(outbox.OutboxItem).order_by(outbox.OutboxItem.id)
        ]

    return kiosk.run(kiosk.core.store.call(lambda: read(kiosk.core.store.session())))


def fill_report_by_keypad(kiosk: KioskHarness) -> None:
    """The whole report form with the keypad's arrows, Enter and the keyboard's letters."""
    open_report(kiosk)
    keypad_to(kiosk, "streetFilter")
    kiosk.type_text("roma")
    keypad_to(kiosk, "street_0")
    kiosk.key(Qt.Key.Key_Return)
    assert kiosk.focused_name() == "houseNumber", "choosing the street moves on to the number"
    kiosk.type_text("12")
    keypad_to(kiosk, "input_description")
    kiosk.type_text(DESCRIPTION)
    keypad_to(kiosk, "option_pericolo_0")
    kiosk.key(Qt.Key.Key_Return)
    keypad_to(kiosk, "formNext")
    kiosk.key(Qt.Key.Key_Return)
    assert forms(kiosk).property("pageNumber") == 2
    keypad_to(kiosk, "option_aggiornami_1")  # no updates: no e-mail asked
    kiosk.key(Qt.Key.Key_Return)
    keypad_to(kiosk, "formNext")
    kiosk.key(Qt.Key.Key_Return)
    kiosk.pump(0.1)
    assert kiosk.screen == "formReview"


def test_forms_tile_lists_applications_and_bookings_not_reports(home: KioskHarness) -> None:
    home.tap(home.find("tile_forms"))
    assert home.screen == "forms"
    ids = [r["formId"] for r in forms(home).catalogue.rows()]
    assert "iscrizione-mensa" in ids and "prenota-cie" in ids
    assert "segnalazione" not in ids, "reports have their own tile"
    assert home.focused_name() == "form_" + ids[0], "the keypad starts on the first form"


def test_next_on_an_empty_page_names_every_problem_speaks_and_focuses_the_first(
    home: KioskHarness,
) -> None:
    open_form(home, "iscrizione-mensa")
    assert forms(home).property("pageNumber") == 1
    assert home.find("formProgress").property("text") == "Passo 1 di 3"
    home.shell.access.readAloud = True
    home.tap(home.find("formNext"))
    home.pump(0.1)
    assert forms(home).property("pageNumber") == 1, "an invalid page is not left"
    errors = forms(home).errors.rows()
    assert [e["fieldId"] for e in errors] == ["nome", "cognome", "codice-fiscale", "telefono"]
    assert {e["message"] for e in errors} == {"Compila questo campo"}
    assert home.find("errorSummaryTitle").property("text") == "Correggi 4 risposte:"
    assert home.focused_name() == "input_nome", "focus goes to the first invalid field"
    said = " ".join(text for text, _ in home.core.devices["speech"].spoken)
    assert "Ci sono 4 problemi in questa pagina" in said
    assert "Nome: Compila questo campo" in said and "Telefono: Compila questo campo" in said


def test_an_error_goes_as_soon_as_the_answer_is_right(home: KioskHarness) -> None:
    open_form(home, "iscrizione-mensa")
    home.tap(home.find("formNext"))
    home.type_text("Lucia")
    home.pump(0.05)
    remaining = [e["fieldId"] for e in forms(home).errors.rows()]
    assert remaining == ["cognome", "codice-fiscale", "telefono"]
    home.tap(home.find("input_codice-fiscale"))
    home.type_text("RSSMRA80A01H501X")
    home.pump(0.05)
    message = next(
        e["message"] for e in forms(home).errors.rows() if e["fieldId"] == "codice-fiscale"
    )
    assert "ultima lettera dovrebbe essere U" in message, "a specific message, in Italian"


def test_the_card_fills_in_only_after_the_citizen_says_yes(home: KioskHarness) -> None:
    open_form(home, "iscrizione-mensa")
    home.tap(home.find("input_cognome"))
    home.type_text("Verdi")
    home.tap(home.find("insertDemoCard"))
    home.pump(0.1)
    assert forms(home).property("cardPresent")
    assert home.find("input_nome").property("text") == "", "nothing is read before the yes"
    home.tap(home.find("useCard"))
    home.pump(0.1)
    assert home.find("input_nome").property("text") == "MARIO"
    assert home.find("input_codice-fiscale").property("text") == "RSSMRA80A01H501U"
    assert home.find("input_cognome").property("text") == "Verdi", "typed text is never replaced"
    assert home.find("prefilledNote").isVisible()


def test_back_keeps_every_answer(home: KioskHarness) -> None:
    open_form(home, "iscrizione-mensa")
    for field, text in (
        ("input_nome", "Lucia"),
        ("input_cognome", "Bianchi"),
        ("input_codice-fiscale", "RSSMRA80A01H501U"),
        ("input_telefono", "333 123 4567"),
    ):
        home.tap(home.find(field))
        home.type_text(text)
    home.tap(home.find("formNext"))
    assert forms(home).property("pageNumber") == 2
    home.tap(home.find("input_alunno-nome"))
    home.type_text("Anna")
    home.key(Qt.Key.Key_Escape)  # the keypad's Back: a page back, not out of the form
    assert home.screen == "form" and forms(home).property("pageNumber") == 1
    assert home.find("input_cognome").property("text") == "Bianchi"
    home.tap(home.find("formNext"))
    assert home.find("input_alunno-nome").property("text") == "Anna"


def test_a_condition_shows_and_hides_a_question(home: KioskHarness) -> None:
    open_report(home)
    forms(home).setAnswer("indirizzo", "Via Roma 12")
    forms(home).setAnswer("description", DESCRIPTION)
    forms(home).setAnswer("pericolo", True)
    home.tap(home.find("formNext"))
    with pytest.raises(LookupError):
        home.find("input_email")
    home.tap(home.find("option_aggiornami_0"))
    home.pump(0.05)
    assert home.find("input_email").isVisible()
    home.tap(home.find("option_aggiornami_1"))
    home.pump(0.05)
    with pytest.raises(LookupError):
        home.find("input_email")


def test_report_by_keypad_alone_is_sent_and_its_receipt_printed(home: KioskHarness) -> None:
    fill_report_by_keypad(home)
    rows = {r["fieldId"]: r["text"] for r in forms(home).review.rows()}
    assert rows == {
        "indirizzo": "Via Roma, 12",
        "description": DESCRIPTION,
        "pericolo": "Sì",
        "aggiornami": "No",
    }
    assert home.focused_name() == "acceptPrivacy", "the notice waits to be accepted"
    assert not home.find("formSend").property("enabled")
    home.key(Qt.Key.Key_Return)
    keypad_to(home, "formSend")
    home.key(Qt.Key.Key_Return)
    home.pump(0.3)
    assert home.screen == "formDone"
    [item] = outbox_items(home)
    assert item["kind"] == "report"
    assert item["payload"]["service_id"] == "segnalazione-buche-strade"
    assert item["payload"]["answers"]["indirizzo"] == "Via Roma, 12"
    assert "email" not in item["payload"]["answers"]
    receipt = forms(home).property("receipt")
    assert receipt["number"] == item["receipt"]
    assert home.find("receiptNumber").property("text").endswith(item["receipt"])
    assert receipt["print"] == "printed"
    paper = home.core.virtual_printer.receipts[-1]  # type: ignore[union-attr]
    printed = " ".join(paper.lines)
    assert item["receipt"] in printed and "Segnala un problema" in printed
    assert "Numero di protocollo: seguirà" in printed, "offline: the protocol number follows"
    assert paper.qr_payloads == [receipt["tracking"]]
    assert "verrà inviata" in home.find("deliveryState").property("text").lower()
    assert home.focused_name() == "formDoneHome"
    home.key(Qt.Key.Key_Escape)
    assert home.screen == "service", "Back after sending leads out, not into the sent form"


def test_review_change_goes_to_the_page_and_back_to_review(home: KioskHarness) -> None:
    fill_report_by_keypad(home)
    home.tap(home.find("change_description"))
    assert home.screen == "form" and forms(home).property("pageNumber") == 1
    area = home.find("input_description")
    home.tap(area)
    home.act(lambda: area.setProperty("cursorPosition", len(DESCRIPTION)))
    home.type_text(" vicino alla scuola")
    home.tap(home.find("formNext"))
    home.tap(home.find("formNext"))
    assert home.screen == "formReview"
    rows = {r["fieldId"]: r["text"] for r in forms(home).review.rows()}
    assert rows["description"] == DESCRIPTION + " vicino alla scuola"


def test_a_printer_out_of_paper_gives_the_receipt_as_a_qr(home: KioskHarness) -> None:
    home.core.virtual_printer.set_state("paper_out")  # type: ignore[union-attr]
    fill_report_by_keypad(home)
    home.tap(home.find("acceptPrivacy"))
    home.tap(home.find("formSend"))
    home.pump(0.5)
    receipt = forms(home).property("receipt")
    assert receipt["print"] == "failed" and receipt["problem"] == "paper_out"
    assert "finito la carta" in home.find("printState").property("text")
    assert home.find("receiptQr").isVisible()
    assert len(outbox_items(home)) == 1, "the report is kept whatever the printer does"


def test_booking_offline_says_how_to_book_otherwise(home: KioskHarness) -> None:
    open_form(home, "prenota-cie")
    home.tap(home.find("option_motivo_1"))
    home.tap(home.find("option_minorenne_1"))
    home.tap(home.find("formNext"))
    home.pump(0.2)
    state = home.find("slotsState").property("text")
    assert "non è raggiungibile" in state and "+39 011 000 1000" in state
    assert home.find("retrySlots").isVisible(), "the citizen can try again"
    home.tap(home.find("formNext"))
    [error] = forms(home).errors.rows()
    assert error["fieldId"] == "appuntamento"


def test_read_aloud_starts_forms_one_question_per_screen(home: KioskHarness) -> None:
    home.shell.access.readAloud = True
    open_form(home, "iscrizione-mensa")
    assert forms(home).property("easyMode") and forms(home).fields.count == 1


def test_easy_mode_asks_one_question_per_screen_keeping_the_place(home: KioskHarness) -> None:
    open_form(home, "iscrizione-mensa")
    home.tap(home.find("input_nome"))
    home.type_text("Lucia")
    home.tap(home.find("easyMode"))
    home.pump(0.05)
    assert forms(home).fields.count == 1
    assert home.find("formProgress").property("text").startswith("Passo 1 di ")
    assert home.find("input_nome").property("text") == "Lucia"


def test_the_end_of_the_session_wipes_the_form(home: KioskHarness) -> None:
    open_form(home, "iscrizione-mensa")
    home.tap(home.find("input_nome"))
    home.type_text("Lucia")
    home.tap(home.find("formNext"))
    home.run(home.core.sessions.end("finished"))
    home.pump(0.1)
    bridge = forms(home)
    assert bridge.fields.count == 0 and bridge.errors.count == 0
    assert bridge.property("phase") == "idle" and not bridge.property("title")


def test_arabic_form_pages_are_mirrored_and_translated_where_possible(home: KioskHarness) -> None:
    home.act(lambda: home.shell.kiosk.setLanguage("ar"))
    open_form(home, "iscrizione-mensa")
    home.tap(home.find("formNext"))
    field = home.find("field_nome")
    edge = [c for c in field.childItems() if c.property("color") is not None and c.width() < 30]
    assert edge and edge[0].x() > field.width() / 2, "the error edge sits on the right in RTL"


def valid_answer(row: dict, today: str):  # type: ignore[no-untyped-def,type-arg]
    """A valid answer for a field row of the page model (what a citizen could enter)."""
    kind = row["kind"]
    options = [o["value"] for o in row["options"]]
    return {
        "short_text": "Prova",
        "long_text": "Una descrizione di prova abbastanza lunga",
        "number": "1",
        "date": row["maxDate"] if row["maxDate"] < today else today,
        "choice": options[0] if options else "",
        "multi_choice": options[:1],
        "yes_no": True,
        "consent": True,
        "codice_fiscale": "RSSMRA80A01H501U",
        "email": "prova@example.it",
        "phone": "3331234567",
        "cap": "00184",
        "address": f"{options[0]} 1" if options else "",
        "iban": "IT60X0542811101000000123456",
    }[kind]


def walk_focus(kiosk: KioskHarness, until: str, limit: int = 120) -> list:  # type: ignore[type-arg]
    seen = []
    for _ in range(limit):
        seen.append(kiosk.focused())
        if kiosk.focused_name() == until:
            return seen
        kiosk.key(Qt.Key.Key_Down)
    raise AssertionError(f"{until} not reached by keypad")


@pytest.mark.parametrize(
    "form_id",
    ["iscrizione-mensa", "assistenza-domiciliare", "prenota-sala", "incontro-orientamento"],
)
def test_every_question_of_a_form_is_reachable_by_keypad(home: KioskHarness, form_id: str) -> None:
    from datetime import date

    open_form(home, form_id)
    bridge = forms(home)
    while home.screen == "form":
        rows = bridge.fields.rows()
        page = home.find_object("nav").property("currentItem")
        home.act(lambda p=page: QMetaObject.invokeMethod(p, "focusFirst"))
        seen = walk_focus(home, "formNext")
        for row in rows:
            block = home.find(f"field_{row['fieldId']}")
            inside = [
                item
                for item in seen
                if item is not None and (item is block or block.isAncestorOf(item))
            ]
            assert inside, f"{form_id}: {row['fieldId']} ({row['kind']}) not reachable"
        if any(row["kind"] == "booking_slot" for row in rows):
            break  # slots need the backend: tests/ui/test_forms_online.py goes on
        for row in rows:
            home.act(
                lambda r=row: bridge.setAnswer(
                    r["fieldId"], valid_answer(r, date.today().isoformat())
                )
            )
        if [r["fieldId"] for r in bridge.fields.rows()] != [r["fieldId"] for r in rows]:
            continue  # an answer showed more questions: walk the page again
        number = bridge.property("pageNumber")
        walk_focus(home, "formNext")
        home.key(Qt.Key.Key_Return)
        home.pump(0.05)
        assert not bridge.errors.rows(), bridge.errors.rows()
        assert home.screen == "formReview" or bridge.property("pageNumber") == number + 1


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar", "zh", "ro", "uk"])
def test_a_form_page_with_errors_in_every_language(home: KioskHarness, lang: str) -> None:
    home.act(lambda: home.shell.kiosk.setLanguage(lang))
    open_form(home, "assistenza-domiciliare")
    home.tap(home.find("formNext"))
    errors = forms(home).errors.rows()
    assert errors and all(e["label"] and e["message"] for e in errors)
    if lang != "it":
        assert errors[0]["message"] != "Compila questo campo"
    assert home.focused() is not None
    image = home.grab()
    assert not image.isNull()


def test_hostile_text_gets_a_clear_error_and_is_kept_for_correction(home: KioskHarness) -> None:
    open_form(home, "iscrizione-mensa")
    home.tap(home.find("input_nome"))
    home.act(lambda: forms(home).setAnswer("nome", "Mario\u202egnissoR"))
    home.tap(home.find("formNext"))
    message = next(e["message"] for e in forms(home).errors.rows() if e["fieldId"] == "nome")
    assert "caratteri invisibili" in message
    assert forms(home).fields.rows()[0]["value"] == "Mario\u202egnissoR", "nothing is dropped"


def test_a_form_the_totem_cannot_store_stays_on_the_review_with_a_clear_message(
    home: KioskHarness,
) -> None:
    fill_report_by_keypad(home)
    home.tap(home.find("acceptPrivacy"))
    store = home.core.store
    original = store.run

    async def broken(fn, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError("database or disk is full")

    store.run = broken  # type: ignore[method-assign]
    try:
        home.tap(home.find("formSend"))
        home.pump(0.2)
    finally:
        store.run = original  # type: ignore[method-assign]
    assert home.screen == "formReview", "no receipt for a form that was not stored"
    assert "non è stato possibile salvare" in home.find("sendFailed").property("text").lower()
    assert forms(home).review.count == 4, "every answer is still there"
    keypad_to(home, "formSend")
    home.key(Qt.Key.Key_Return)  # a second try, by keypad
    home.pump(0.3)
    assert home.screen == "formDone" and len(outbox_items(home)) == 1
