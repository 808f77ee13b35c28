"""Search, browse, a service page and the welcome path, as a citizen uses them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from spaziocitta.ui.harness import KioskHarness

CORE_ONLY = Path(__file__).parents[1] / "kiosk" / "catalog" / "core-only-pack.json"
MONDAY_10 = datetime(2026, 11, 23, 10, 0)


def ui_pack() -> dict:  # type: ignore[type-arg]
    """The core-only pack plus places, an online page, the welcome path and popular services."""
    pack = json.loads(CORE_ONLY.read_text(encoding="utf-8"))
    pack["places"] = [
        {
            "id": "anagrafe-centro",
            "name": {"it": "Ufficio Anagrafe", "en": "Registry office"},
            "address": "Piazza del Municipio 1",
            "phone": "+39 011 000 1234",
            "accessible": True,
            "hours": {"mon": [["08:30", "12:30"]], "wed": [["14:00", "17:00"]]},
        },
    ]
    cie = pack["services"][0]
    cie.update(
        {
            "places": ["anagrafe-centro"],
            "online": "https://www.comune.prova.it/cie",
            "cost": {"it": "22,21 euro", "en": "22.21 euros"},
            "documents": {
                "it": ["Una fototessera", "La vecchia carta"],
                "en": ["A passport photo"],
            },
            "how": {"it": ["Prenota un appuntamento", "Vai allo sportello"]},
            "description": {"it": "Il documento di identità con microchip."},
            "form": "prenota-cie",
        }
    )
    pack["popular"] = ["carta-identita-elettronica", "tari"]
    pack["welcome_path"] = {
        "title": {"it": "Benvenuti a Prova", "en": "Welcome to Prova"},
        "steps": [
            {
                "id": "residenza",
                "title": {"it": "Chiedi la residenza", "en": "Register your residence"},
                "service": "cambio-residenza",
            },
            {
                "id": "documento",
                "title": {"it": "Fai la carta d'identità"},
                "service": "carta-identita-elettronica",
            },
        ],
    }
    return pack


@pytest.fixture
def citizen(
    qapp,
    qloop,
    kiosk_config,
    _isolated_data_dir: Path,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[KioskHarness]:
    """A kiosk with a small known catalogue, a session started, on the home screen."""
    from spaziocitta.kiosk import core

    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "pack.json").write_text(json.dumps(ui_pack()), encoding="utf-8")
    monkeypatch.setattr(core, "DEMO_PACK", folder)
    harness = KioskHarness(qapp, qloop, kiosk_config, _isolated_data_dir).start()
    harness.shell.catalog._now = lambda: MONDAY_10
    try:
        harness.key(Qt.Key.Key_Space)
        yield harness
    finally:
        harness.close()


def names(kiosk: KioskHarness, prefix: str) -> list[str]:
    return [i.objectName() for i in kiosk.items() if i.objectName().startswith(prefix)]


def test_municipality_comes_from_the_pack(citizen: KioskHarness) -> None:
    assert citizen.shell.kiosk.municipality == "Comune di Prova"


def test_search_as_you_type_to_a_service_page_by_keypad(citizen: KioskHarness) -> None:
    citizen.tap(citizen.find("tile_search"))
    assert names(citizen, "popular_") == ["popular_carta-identita-elettronica", "popular_tari"]
    assert len(names(citizen, "category_")) == 3
    citizen.type_text("carta d'id")
    citizen.pump(0.2)
    assert names(citizen, "result_")[0] == "result_carta-identita-elettronica"
    assert "trovato" in citizen.find("resultsSummary").property("text")
    citizen.key(Qt.Key.Key_Down)
    assert citizen.focused_name() == "result_carta-identita-elettronica"
    citizen.key(Qt.Key.Key_Return)
    citizen.pump(0.2)
    assert citizen.screen == "service"
    assert citizen.focused_name() == "readAloud"
    service = citizen.shell.catalog.service
    assert service["title"] == "Carta d'identità elettronica"
    assert service["places"][0]["open"] and service["places"][0]["closesAt"] == "12:30"
    texts = " ".join(str(i.property("text")) for i in citizen.items() if i.property("text"))
    assert "Aperto ora, chiude alle 12:30" in texts
    assert "Una fototessera" in texts and "22,21 euro" in texts
    qr = citizen.find("qrCode")
    assert qr.property("source").toString().startswith("image://qr/https")
    assert qr.property("paintedWidth") > 0, "the QR image was produced"


def test_nothing_found_says_so_and_offers_categories(citizen: KioskHarness) -> None:
    citizen.tap(citizen.find("tile_search"))
    citizen.type_text("zzzzqqq")
    citizen.pump(0.2)
    assert names(citizen, "result_") == []
    assert citizen.find("resultsSummary").property("text").startswith("Nessun risultato")
    assert names(citizen, "category_"), "categories stay on offer"


def test_browse_a_category(citizen: KioskHarness) -> None:
    citizen.tap(citizen.find("tile_search"))
    citizen.tap(citizen.find("category_tributi"))
    citizen.pump(0.2)
    assert citizen.screen == "category"
    assert names(citizen, "service_") == ["service_tari", "service_imu"]
    assert citizen.focused_name() == "service_tari"


def test_english_page_falls_back_to_italian_and_says_so(citizen: KioskHarness) -> None:
    citizen.act(lambda: citizen.shell.kiosk.setLanguage("en"))
    citizen.tap(citizen.find("tile_search"))
    citizen.type_text("identity card")
    citizen.pump(0.2)
    citizen.tap(citizen.find("result_carta-identita-elettronica"))
    citizen.pump(0.2)
    assert citizen.shell.catalog.service["title"] == "Electronic identity card"
    assert citizen.find("fallbackNotice").isVisible(), "'how' exists only in Italian"


def test_print_ok_and_printer_out_of_paper(citizen: KioskHarness) -> None:
    """The demo prints real ESC/POS bytes over TCP to the virtual printer."""
    printer = citizen.core.virtual_printer
    assert printer is not None
    citizen.tap(citizen.find("tile_search"))
    citizen.tap(citizen.find("popular_carta-identita-elettronica"))
    citizen.pump(0.2)
    citizen.tap(citizen.find("printService"))
    for _ in range(40):
        if printer.receipts:
            break
        citizen.pump(0.05)
    citizen.pump(0.2)
    assert len(printer.receipts) == 1
    paper = printer.receipts[0]
    printed = " ".join(paper.lines)  # the title wraps at double width
    assert printed.startswith("Comune di Prova")
    assert "Carta d'identità elettronica" in printed, "accents survive the code page"
    assert "Piazza del Municipio 1" in printed
    assert paper.qr_payloads == ["https://www.comune.prova.it/cie"]
    assert "Stampato" in citizen.find("printMessage").property("text")

    printer.set_state("paper_out")
    citizen.tap(citizen.find("printService"))
    citizen.pump(1.0)
    assert len(printer.receipts) == 1, "nothing printed without paper"
    message = citizen.find("printMessage").property("text")
    assert "finito la carta" in message and "QR" in message
    assert citizen.find("qrCode").isVisible(), "the QR is the way to take the page away"


def test_no_form_button_for_a_form_the_pack_lacks(citizen: KioskHarness) -> None:
    citizen.tap(citizen.find("tile_search"))
    citizen.tap(citizen.find("popular_carta-identita-elettronica"))
    citizen.pump(0.2)
    # This older pack names a form it does not carry: no button that leads nowhere.
    with pytest.raises(LookupError):
        citizen.find("openForm")
    assert citizen.find("readAloud").isVisible()


def test_read_aloud_reads_the_whole_page(citizen: KioskHarness) -> None:
    citizen.tap(citizen.find("tile_search"))
    citizen.tap(citizen.find("popular_carta-identita-elettronica"))
    citizen.pump(0.2)
    citizen.tap(citizen.find("readAloud"))
    said, lang = citizen.core.devices["speech"].spoken[-1]
    assert lang == "it"
    assert "Carta d'identità elettronica" in said and "Documenti da portare" in said
    assert "Ufficio Anagrafe" in said and "Aperto ora" in said


def test_welcome_path_steps_lead_to_services(citizen: KioskHarness) -> None:
    citizen.tap(citizen.find("tile_welcome"))
    assert citizen.screen == "welcome"
    assert names(citizen, "step_") == ["step_residenza", "step_documento"]
    assert citizen.focused_name() == "step_residenza"
    citizen.key(Qt.Key.Key_Return)
    citizen.pump(0.2)
    assert citizen.screen == "service"
    assert citizen.shell.catalog.service["id"] == "cambio-residenza"


def test_welcome_path_in_arabic_is_mirrored_with_fallback_titles(citizen: KioskHarness) -> None:
    citizen.act(lambda: citizen.shell.kiosk.setLanguage("ar"))
    citizen.pump(0.2)
    citizen.tap(citizen.find("tile_welcome"))
    step = citizen.find("step_residenza")
    assert step.property("text") == "1. Chiedi la residenza", "no Arabic in the pack: the default"
    assert step.property("mirrored")


def test_demo_shows_the_printed_receipt_and_forgets_it(citizen: KioskHarness) -> None:
    citizen.tap(citizen.find("tile_search"))
    citizen.tap(citizen.find("popular_carta-identita-elettronica"))
    citizen.pump(0.2)
    citizen.tap(citizen.find("printService"))
    for _ in range(40):
        if citizen.core.virtual_printer.receipts:
            break
        citizen.pump(0.05)
    citizen.pump(0.2)
    preview = citizen.find("receiptPreview")
    assert preview.isVisible()
    image = preview.findChildren(type(preview))  # the Image item inside
    assert any(i.property("paintedHeight") and i.property("paintedHeight") > 50 for i in image)
    citizen.tap(citizen.find("navEnd"))
    citizen.pump(0.3)
    assert citizen.core.virtual_printer.receipts == [], "paper does not outlive the session"
