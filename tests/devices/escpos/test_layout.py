"""The layout engine and its two renderers (bytes and image)."""

from __future__ import annotations

from datetime import datetime

import pytest
from PIL import Image

from spaziocitta.devices.escpos import commands as cmd
from spaziocitta.devices.escpos.interpreter import interpret
from spaziocitta.devices.escpos.layout import (
    Align,
    Cut,
    QrCode,
    RasterImage,
    ReceiptStyle,
    TextLine,
    build_layout,
    format_datetime_it,
    printable,
    wrap,
)
from spaziocitta.devices.escpos.render import to_escpos_bytes, to_image
from spaziocitta.devices.types import Receipt, ReceiptLine

WHEN = datetime(2025, 3, 7, 9, 5)
LONG_VALUE = "Certificato anagrafico di residenza storico con indicazione della paternità"


def receipt(**changes: object) -> Receipt:
    fields: dict[str, object] = {
        "title": "Ricevuta di pagamento",
        "lines": (
            ReceiptLine("Servizio", LONG_VALUE),
            ReceiptLine("Pratica", "42"),
            ReceiptLine("Città", "Forlì"),
        ),
        "total": "€ 16,00",
        "qr": "PAGOPA|002|300715700000000032|01234567890|1600",
        "footer": "Grazie. Però ricordi: l’ufficio è aperto dalle 9 alle 12.",
        "created_at": WHEN,
    }
    fields.update(changes)
    return Receipt(**fields)  # type: ignore[arg-type]


def style(paper_mm: int = 58, **changes: object) -> ReceiptStyle:
    return ReceiptStyle("Comune di Borgo Esempio", paper_mm, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(("paper_mm", "columns", "width_px"), [(58, 32, 384), (80, 48, 576)])
def test_every_line_fits_the_paper(paper_mm, columns, width_px) -> None:
    layout = build_layout(receipt(), style(paper_mm))
    assert (layout.columns, layout.width_px) == (columns, width_px)
    for line in (c for c in layout.commands if isinstance(c, TextLine)):
        assert len(line.text) * line.width <= columns, line
    assert f"{'-' * columns}" in layout.text_lines()


def test_58_mm_wraps_more_than_80_mm() -> None:
    narrow = build_layout(receipt(), style(58)).text_lines()
    wide = build_layout(receipt(), style(80)).text_lines()
    assert len(narrow) > len(wide)


def test_short_value_is_right_aligned_on_the_key_line() -> None:
    lines = build_layout(receipt(), style(58)).text_lines()
    assert "Pratica" + " " * 23 + "42" in lines
    assert "Città" + " " * 22 + "Forlì" in lines


def test_long_value_wraps_under_its_key() -> None:
    lines = build_layout(receipt(), style(58)).text_lines()
    at = lines.index("Servizio:")
    continuation = lines[at + 1 : at + 4]
    assert all(line.startswith("  ") for line in continuation)
    assert " ".join(line.strip() for line in continuation) == LONG_VALUE


def test_wrap_splits_words_longer_than_a_line() -> None:
    assert wrap("x" * 40, 32) == ["x" * 32, "x" * 8]
    assert wrap("", 32) == [""]


def test_title_is_centred_bold_double_and_total_is_emphasised() -> None:
    commands = build_layout(receipt(), style(80)).commands
    title = next(c for c in commands if isinstance(c, TextLine) and "Ricevuta" in c.text)
    assert (title.align, title.bold, title.width, title.height) == (Align.CENTER, True, 2, 2)
    total = next(c for c in commands if isinstance(c, TextLine) and "TOTALE" in c.text)
    assert total.bold and total.height == 2
    assert total.text.endswith("€ 16,00")


def test_date_is_italian_style() -> None:
    assert format_datetime_it(WHEN) == "07/03/2025 ore 09:05"
    assert "07/03/2025 ore 09:05" in build_layout(receipt(), style()).text_lines()


def test_qr_and_cut_end_the_receipt() -> None:
    layout = build_layout(receipt(), style())
    assert layout.qr_payloads() == ["PAGOPA|002|300715700000000032|01234567890|1600"]
    assert isinstance(layout.commands[-1], Cut)
    assert not build_layout(receipt(qr=None), style()).qr_payloads()


def test_text_is_reduced_to_the_code_page() -> None:
    cp858 = cmd.CODE_PAGES["cp858"]
    assert printable("l’ufficio “aperto” – sì…", cp858) == 'l\'ufficio "aperto" - sì...'
    assert printable("Győr", cp858) == "Gyor"  # no ő in CP858: the accent goes
    assert printable("Łódź", cp858) == "?ódz"
    assert printable("a\x10\x04b\tc", cp858) == "ab c"  # no stray real-time command


@pytest.mark.parametrize(
    ("code_page", "number", "e_grave"), [("cp858", 19, 0x8A), ("cp1252", 16, 0xE8)]
)
def test_accents_survive_the_bytes_round_trip(code_page, number, e_grave) -> None:
    layout = build_layout(receipt(title="Perché è così"), style(code_page=code_page))
    data = to_escpos_bytes(layout)
    assert data.startswith(cmd.INIT + cmd.FONT_A + bytes([cmd.ESC, ord("t"), number]))
    assert bytes([e_grave]) in data
    assert "è".encode() not in data  # not UTF-8: the printer would print mojibake
    decoded = interpret(data)
    assert tuple(decoded) == layout.commands
    text = "\n".join(c.text for c in decoded if isinstance(c, TextLine))
    assert "Perché è" in text and "Forlì" in text and "€ 16,00" in text


def test_bytes_carry_qr_model_2_and_a_partial_cut() -> None:
    data = to_escpos_bytes(build_layout(receipt(), style()))
    assert bytes([cmd.GS, 0x28, 0x6B, 4, 0, 49, 65, 50, 0]) in data
    assert b"1P0PAGOPA|002|" in data  # fn 180 stores the payload as is
    assert data.endswith(cmd.PARTIAL_CUT)
    assert bytes([cmd.DLE, cmd.EOT]) not in data


def test_logo_is_a_raster_that_round_trips(tmp_path) -> None:
    logo = Image.new("L", (300, 100), 255)
    logo.paste(0, (20, 20, 280, 80))
    path = tmp_path / "stemma.png"
    logo.save(path)
    layout = build_layout(receipt(), style(80, logo_path=path))
    raster = layout.commands[0]
    assert isinstance(raster, RasterImage)
    assert raster.width % 8 == 0 and raster.width <= 288 and raster.height <= 120
    assert tuple(interpret(to_escpos_bytes(layout))) == layout.commands
    image = to_image(layout)
    left = (576 - raster.width) // 2
    assert image.getpixel((left + raster.width // 2, raster.height // 2)) == 0


@pytest.mark.parametrize("paper_mm", [58, 80])
def test_image_is_monochrome_paper_wide_with_ink_where_text_is(paper_mm) -> None:
    layout = build_layout(receipt(), style(paper_mm))
    image = to_image(layout)
    assert image.mode == "1"
    assert image.width == layout.width_px
    header = image.crop((0, 0, image.width, 24))  # "Comune di Borgo Esempio"
    assert header.histogram()[0] > 50
    blank_right = image.crop((image.width - 20, 0, image.width, 24))  # centred: margins blank
    assert blank_right.histogram()[0] == 0


def test_image_draws_a_qr_of_the_right_size() -> None:
    import segno

    payload = receipt().qr
    layout = build_layout(receipt(), style(80))
    qr = next(c for c in layout.commands if isinstance(c, QrCode))
    modules = len(list(segno.make(payload, error="m", boost_error=False).matrix))
    plain = to_image(build_layout(receipt(qr=None), style(80)))
    assert to_image(layout).height - plain.height >= modules * qr.module_size
