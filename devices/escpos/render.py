"""Two renderings of one :class:`~.layout.Layout`: ESC/POS bytes and an image.

The image is what the kiosk screen (and the virtual printer's PNG) shows: the
same lines in a 12x24-dot cell per character, the same QR drawn with segno.
Pillow is imported only when an image is asked for, so the adapter runs without it.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spaziocitta.devices.escpos import commands as cmd
from spaziocitta.devices.escpos.layout import (
    Align,
    Cut,
    Feed,
    Layout,
    LayoutCommand,
    QrCode,
    RasterImage,
    TextLine,
)

if TYPE_CHECKING:
    from PIL import Image as PILImage

CELL_W, CELL_H, LINE_GAP = 12, 24, 6  # Font A cell and the default line spacing (30 dots)


def to_escpos_bytes(layout: Layout) -> bytes:
    """The layout as one ESC/POS job: init, code page, then each command."""
    out = [cmd.INIT, cmd.FONT_A, cmd.select_code_page(layout.code_page.number)]
    for command in layout.commands:
        out.append(_command_bytes(command, layout.code_page.codec))
    return b"".join(out)


def _command_bytes(command: LayoutCommand, codec: str) -> bytes:
    if isinstance(command, TextLine):
        # Every line restates its style, so a line never inherits a stale size or bold.
        return b"".join(
            (
                cmd.align(command.align),
                cmd.emphasis(command.bold),
                cmd.size(command.width, command.height),
                command.text.encode(codec, errors="replace"),
                bytes([cmd.LF]),
            )
        )
    if isinstance(command, QrCode):
        data = command.payload.encode("utf-8")
        return cmd.align(Align.CENTER) + cmd.qr_commands(data, command.module_size, command.ecc)
    if isinstance(command, RasterImage):
        return cmd.align(Align.CENTER) + cmd.raster(command.width, command.height, command.data)
    if isinstance(command, Feed):
        return cmd.feed(command.lines)
    if isinstance(command, Cut):
        return cmd.PARTIAL_CUT
    raise TypeError(f"not a layout command: {command!r}")


def to_image(layout: Layout) -> PILImage.Image:
    """The layout as a monochrome ("1") image, ``layout.width_px`` wide."""
    from PIL import Image

    parts = [_command_image(c) for c in layout.commands]
    height = sum(p.height for p in parts) + CELL_H  # a margin below, where the cutter is
    canvas = Image.new("L", (layout.width_px, height), 255)
    y = 0
    for command, part in zip(layout.commands, parts, strict=True):
        x = _x_for(command, part.width, layout.width_px)
        canvas.paste(part, (x, y))
        y += part.height
    return canvas.convert("1", dither=Image.Dither.NONE)


def _x_for(command: LayoutCommand, width: int, page: int) -> int:
    align = command.align if isinstance(command, TextLine) else Align.CENTER
    if align is Align.CENTER:
        return max(0, (page - width) // 2)
    if align is Align.RIGHT:
        return max(0, page - width)
    return 0


def _command_image(command: LayoutCommand) -> PILImage.Image:
    from PIL import Image

    if isinstance(command, TextLine):
        return _text_image(command)
    if isinstance(command, QrCode):
        return _qr_image(command)
    if isinstance(command, RasterImage):
        row = (command.width + 7) // 8
        inverted = bytes(b ^ 0xFF for b in command.data)  # mode "1": 1 is white
        image = Image.frombytes("1", (row * 8, command.height), inverted)
        return image.crop((0, 0, command.width, command.height)).convert("L")
    if isinstance(command, Feed):
        return Image.new("L", (1, command.lines * (CELL_H + LINE_GAP)), 255)
    return Image.new("L", (1, CELL_H), 255)  # Cut: the feed to the blade


def _text_image(line: TextLine) -> PILImage.Image:
    from PIL import Image, ImageDraw

    font = _font()
    width = max(1, len(line.text)) * CELL_W
    image = Image.new("L", (width, CELL_H), 255)
    draw = ImageDraw.Draw(image)
    for column, char in enumerate(line.text):
        if char != " ":
            # One cell per character, like the printer: columns line up whatever the font.
            x = column * CELL_W + CELL_W // 2
            draw.text((x, CELL_H // 2), char, font=font, fill=0, anchor="mm")
            if line.bold:
                draw.text((x + 1, CELL_H // 2), char, font=font, fill=0, anchor="mm")
    if line.width > 1 or line.height > 1:
        size = (image.width * line.width, CELL_H * line.height)
        image = image.resize(size, Image.Resampling.NEAREST)
    spaced = Image.new("L", (image.width, image.height + LINE_GAP), 255)
    spaced.paste(image, (0, 0))
    return spaced


def _qr_image(qr: QrCode) -> PILImage.Image:
    import segno
    from PIL import Image

    symbol = segno.make(qr.payload, error=qr.ecc.lower(), micro=False, boost_error=False)
    rows = [bytes(0 if dark else 255 for dark in row) for row in symbol.matrix]
    size = len(rows)
    image = Image.frombytes("L", (size, size), b"".join(rows))
    image = image.resize((size * qr.module_size,) * 2, Image.Resampling.NEAREST)
    framed = Image.new("L", (image.width, image.height + LINE_GAP), 255)
    framed.paste(image, (0, 0))
    return framed


@cache
def _font():  # type: ignore[no-untyped-def]
    from PIL import ImageFont

    # DejaVu Sans Mono has every Latin accent; Pillow's own font is the fallback.
    for name in ("DejaVuSansMono.ttf", "LiberationMono-Regular.ttf"):
        try:
            return ImageFont.truetype(name, 20)
        except OSError:
            continue
    return ImageFont.load_default(size=20)
