"""The receipt layout engine: a Receipt becomes printer-neutral layout commands.

Every receipt the kiosk prints goes through :func:`build_layout`. The result is
what the paper will show, already wrapped to the paper's columns and already
reduced to characters the chosen code page has, so the ESC/POS bytes and the
on-screen image (:mod:`.render`) are two faithful renderings of one thing.

Code page: CP858 by default (ESC t 19). It is CP850 plus the euro sign, so it has
every Italian accented letter (à è é ì ò ù, È À ...) and "€", and it is in the
tables of Epson printers and of the common Epson-compatible ones; WPC1252
(ESC t 16) is available as ``code_page="cp1252"`` for printers that lack 858.
"""

from __future__ import annotations

import textwrap
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum
from pathlib import Path

from spaziocitta.devices.escpos.commands import CODE_PAGES, CodePage
from spaziocitta.devices.types import Receipt, ReceiptLine

# Font A is 12 dots wide: 384 dots print 32 columns on 58 mm, 576 dots 48 on 80 mm.
PAPER: dict[int, tuple[int, int]] = {58: (32, 384), 80: (48, 576)}


class Align(IntEnum):
    """Horizontal alignment, numbered as ESC a takes it."""

    LEFT = 0
    CENTER = 1
    RIGHT = 2


@dataclass(frozen=True)
class TextLine:
    """One printed line of text; ``width``/``height`` are character multipliers."""

    text: str
    align: Align = Align.LEFT
    bold: bool = False
    width: int = 1
    height: int = 1


@dataclass(frozen=True)
class QrCode:
    """A QR code (model 2), centred; ``module_size`` in dots, ``ecc`` L/M/Q/H."""

    payload: str
    module_size: int = 6
    ecc: str = "M"


@dataclass(frozen=True)
class RasterImage:
    """A 1-bit image, centred: rows of ceil(width/8) bytes, MSB left, 1 = black."""

    width: int
    height: int
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class Feed:
    """Blank paper, in lines."""

    lines: int = 1


@dataclass(frozen=True)
class Cut:
    """Feed to the cutter and cut: the end of a receipt."""


LayoutCommand = TextLine | QrCode | RasterImage | Feed | Cut


@dataclass(frozen=True)
class Layout:
    """A laid-out receipt for one paper width and code page."""

    columns: int
    width_px: int
    code_page: CodePage
    commands: tuple[LayoutCommand, ...]

    def text_lines(self) -> list[str]:
        """The text as printed, one string per line (separators included)."""
        return [c.text for c in self.commands if isinstance(c, TextLine)]

    def qr_payloads(self) -> list[str]:
        """The payload of every QR code, in order."""
        return [c.payload for c in self.commands if isinstance(c, QrCode)]


@dataclass(frozen=True)
class ReceiptStyle:
    """How a municipality's receipts look on one printer."""

    municipality: str
    paper_mm: int = 80
    logo_path: str | Path | None = None
    code_page: str = "cp858"
    qr_ecc: str = "M"

    def __post_init__(self) -> None:
        if self.paper_mm not in PAPER:
            raise ValueError(f"paper_mm must be one of {sorted(PAPER)}, not {self.paper_mm!r}")
        if self.code_page not in CODE_PAGES:
            raise ValueError(f"unknown code page {self.code_page!r}; known: {sorted(CODE_PAGES)}")

    @property
    def columns(self) -> int:
        """Characters per line at Font A, normal width."""
        return PAPER[self.paper_mm][0]

    @property
    def width_px(self) -> int:
        """Printable width in dots (203 dpi)."""
        return PAPER[self.paper_mm][1]


_MONTHS = (
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"
).split()

# Typography a receipt text may carry that thermal code pages lack.
_SUBSTITUTES = str.maketrans(
    {"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "\u00a0": " "}
)


def format_datetime_it(moment: datetime) -> str:
    """Italian style, as on municipal receipts: ``12/03/2025 ore 14:05``."""
    return f"{moment:%d/%m/%Y} ore {moment:%H:%M}"


def format_date_long_it(moment: datetime) -> str:
    """Long Italian date: ``12 marzo 2025``."""
    return f"{moment.day} {_MONTHS[moment.month - 1]} {moment.year}"


def printable(text: str, code_page: CodePage) -> str:
    """``text`` reduced to what ``code_page`` can print.

    Control characters go (a stray ``DLE EOT`` in data would be taken for a status
    query); a letter missing from the table loses its accent (``ł`` stays ``?``).
    """
    text = text.translate(_SUBSTITUTES)
    out = []
    for char in text:
        if char in "\t\n\r":
            out.append(" ")
            continue
        if unicodedata.category(char).startswith("C"):
            continue
        out.append(_fit_char(char, code_page.codec))
    return "".join(out)


def _fit_char(char: str, codec: str) -> str:
    try:
        char.encode(codec)
        return char
    except UnicodeEncodeError:
        base = "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        )
        try:
            base.encode(codec)
            return base or "?"
        except UnicodeEncodeError:
            return "?"


def wrap(text: str, width: int) -> list[str]:
    """Word-wrap to ``width`` columns; words longer than a line are split."""
    lines = textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False)
    return lines or [""]


class _Builder:
    def __init__(self, style: ReceiptStyle) -> None:
        self.style = style
        self.columns = style.columns
        self.code_page = CODE_PAGES[style.code_page]
        self.commands: list[LayoutCommand] = []

    def text(self, text: str, **kwargs: object) -> None:
        self.commands.append(TextLine(printable(text, self.code_page), **kwargs))  # type: ignore[arg-type]

    def wrapped(self, text: str, *, width: int = 1, **kwargs: object) -> None:
        for line in wrap(printable(text, self.code_page), self.columns // width):
            self.commands.append(TextLine(line, width=width, **kwargs))  # type: ignore[arg-type]

    def separator(self, char: str = "-") -> None:
        self.commands.append(TextLine(char * self.columns))

    def key_value(self, line: ReceiptLine, *, bold: bool = False, height: int = 1) -> None:
        label = printable(line.label, self.code_page)
        value = printable(line.value, self.code_page)
        if not value:
            self.wrapped(label, bold=bold, height=height)
            return
        gap = self.columns - len(label) - len(value)
        if gap >= 1:  # both fit: value flush right, as on a till receipt
            self.commands.append(TextLine(label + " " * gap + value, bold=bold, height=height))
            return
        self.wrapped(label + ":", bold=True, height=height)
        if len(value) < self.columns:
            self.commands.append(TextLine(value, Align.RIGHT, bold=bold, height=height))
        else:  # too long for one line: wrapped under the key, indented
            for part in wrap(value, self.columns - 2):
                self.commands.append(TextLine("  " + part, bold=bold, height=height))

    def total(self, amount: str) -> None:
        label, amount = "TOTALE", printable(amount, self.code_page)
        half = self.columns // 2
        if len(label) + 1 + len(amount) <= half:  # double width and height fit
            gap = half - len(label) - len(amount)
            self.commands.append(TextLine(label + " " * gap + amount, bold=True, width=2, height=2))
        else:
            self.key_value(ReceiptLine(label, amount), bold=True, height=2)


def build_layout(receipt: Receipt, style: ReceiptStyle) -> Layout:
    """Lay out ``receipt`` for ``style``'s paper, code page and municipality."""
    b = _Builder(style)
    if style.logo_path is not None:
        b.commands.append(load_logo(style.logo_path, style.width_px))
    b.wrapped(style.municipality, align=Align.CENTER, bold=True)
    b.commands.append(Feed(1))
    b.wrapped(receipt.title, align=Align.CENTER, bold=True, width=2, height=2)
    b.text(format_datetime_it(receipt.created_at), align=Align.CENTER)
    b.separator()
    for line in receipt.lines:
        b.key_value(line)
    if receipt.total is not None:
        b.separator("=")
        b.total(receipt.total)
    b.separator()
    if receipt.qr:
        # The QR payload is data for a scanner, not text for the code page: kept as is.
        b.commands.append(QrCode(receipt.qr, module_size=_qr_module(style), ecc=style.qr_ecc))
        b.commands.append(Feed(1))
    if receipt.footer:
        b.wrapped(receipt.footer, align=Align.CENTER)
    b.commands.append(Feed(2))
    b.commands.append(Cut())
    return Layout(style.columns, style.width_px, b.code_page, tuple(b.commands))


def _qr_module(style: ReceiptStyle) -> int:
    # 5 dots (0.6 mm) per module keeps a URL-sized QR well inside 58 mm paper and
    # is still read by phone cameras; 80 mm paper affords 6.
    return 5 if style.paper_mm == 58 else 6


def load_logo(path: str | Path, width_px: int) -> RasterImage:
    """A logo file as a 1-bit raster, scaled to at most half the paper and 120 dots high."""
    from PIL import Image

    with Image.open(path) as source:
        image = source.convert("RGBA")
    background = Image.new("RGBA", image.size, "white")  # transparency prints as paper
    image = Image.alpha_composite(background, image).convert("L")
    image.thumbnail((width_px // 2, 120))
    # Whole bytes per row, as GS v 0 sends them: pad the width to a multiple of 8.
    padded = Image.new("L", ((image.width + 7) // 8 * 8, image.height), 255)
    padded.paste(image, (0, 0))
    # Mode "1" packs bits MSB first with 1 = white: map ink to 255 so 1 = black.
    ink = padded.point(lambda v: 255 if v < 128 else 0).convert("1")
    return RasterImage(ink.width, ink.height, _without_realtime_commands(ink.tobytes()))


def _without_realtime_commands(data: bytes) -> bytes:
    # A printer acts on DLE EOT / DLE ENQ / DLE DC4 even inside image data; clearing
    # the one dot that makes a 0x10 byte keeps such a sequence out of the bitmap.
    out = bytearray(data)
    for i in range(len(out) - 1):
        if out[i] == 0x10 and out[i + 1] in (0x04, 0x05, 0x14):
            out[i] = 0x00
    return bytes(out)
