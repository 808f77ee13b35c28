"""Print-ready sample pagoPA notices of the demo municipality, with a QR code and a Data Matrix.

    .venv/bin/python tools/sample_notices.py [OUT_DIR]   (default: docs/sample-notices)

One PNG per notice of assets/demo-notices.json (generated from the reference
backend's seed, so the backend knows every one of them). Hold one, on paper or on
a phone's screen, under a real scanner of a totem connected to the demo backend,
or scan it in the demo through the simulated scanner's buttons. The Data Matrix
follows Poste Italiane's layout (``codfase=NBPA;``...), with no debtor named.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import segno
from PIL import Image, ImageDraw, ImageFont
from ppf.datamatrix import DataMatrix

from spaziocitta.kiosk.contract.pagopa import format_notice_code
from spaziocitta.kiosk.payments.notice_scan import datamatrix_payload, parse_scan

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "assets" / "demo-notices.json"
WIDTH, HEIGHT = 1240, 874  # A6 landscape at 300 dpi
FONT = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"
BOLD = "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"


def _font(path: str, size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    try:
        return ImageFont.truetype(path, size)
    except OSError:  # fonts not installed: still a usable, plainer notice
        return ImageFont.load_default()


def _matrix_image(rows: list[list[int]] | tuple[tuple[int, ...], ...], module: int) -> Image.Image:
    quiet = 4
    size = len(rows[0]) + 2 * quiet, len(rows) + 2 * quiet
    image = Image.new("1", size, 1)
    for y, row in enumerate(rows):
        for x, dark in enumerate(row):
            if dark:
                image.putpixel((x + quiet, y + quiet), 0)
    return image.resize((size[0] * module, size[1] * module), Image.Resampling.NEAREST)


def _ascii(text: str) -> str:
    """A Data Matrix reason in plain ASCII, as Poste's layout expects (no dashes or accents)."""
    folded = unicodedata.normalize("NFKD", text.replace("–", "-"))
    return folded.encode("ascii", "ignore").decode("ascii")


def draw_notice(sample: dict[str, str]) -> Image.Image:
    """One notice: payee, reason, amount, code, and both codes to scan."""
    ref = parse_scan(sample["qr"])
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    title, body, big = _font(BOLD, 44), _font(FONT, 34), _font(BOLD, 60)
    draw.text((50, 40), "AVVISO DI PAGAMENTO — pagoPA", font=title, fill="black")
    draw.text((50, 110), "Comune di Borgo Esempio (dati dimostrativi)", font=body, fill="black")
    draw.text((50, 160), f"Codice fiscale ente: {ref.payee_fiscal_code}", font=body, fill="black")
    draw.text((50, 230), sample["description"][:48], font=body, fill="black")
    amount = ref.amount_cents or 0
    draw.text((50, 300), f"€ {amount // 100},{amount % 100:02d}", font=big, fill="black")
    draw.text((50, 400), "Codice avviso", font=body, fill="black")
    draw.text((50, 445), format_notice_code(ref.notice_code), font=title, fill="black")
    qr = segno.make(sample["qr"], error="m", micro=False)
    image.paste(_matrix_image(qr.matrix, 9), (WIDTH - 420, 40))
    dm = DataMatrix(datamatrix_payload(ref, reason=_ascii(sample["description"])))
    image.paste(_matrix_image(dm.matrix, 6), (WIDTH - 420, 470))
    draw.text(
        (50, HEIGHT - 70),
        "Esempio per la demo di Spazio Città: non pagare.",
        font=body,
        fill="black",
    )
    return image


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    samples = json.loads(SAMPLES.read_text(encoding="utf-8"))["notices"]
    for index, sample in enumerate(samples, 1):
        path = out / f"avviso-{index:02d}-{sample['status']}.png"
        draw_notice(sample).convert("L").save(path, dpi=(300, 300), optimize=True)
    print(f"{len(samples)} sample notices in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "sample-notices"))
