"""The demo's printable sample notices carry codes the kiosk reads back as the same notice."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from PIL import Image
from ppf.datamatrix import DataMatrix

from spaziocitta.kiosk.payments.notice_scan import datamatrix_payload, parse_scan

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = json.loads((ROOT / "assets" / "demo-notices.json").read_text("utf-8"))["notices"]


def load_tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "sample_notices", ROOT / "tools" / "sample_notices.py"
    )
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_both_codes_of_every_sample_read_back_as_the_same_notice() -> None:
    tool = load_tool()
    for sample in SAMPLES:
        ref = parse_scan(sample["qr"])
        payload = datamatrix_payload(ref, reason=tool._ascii(sample["description"]))
        assert len(payload) == 256
        back = parse_scan(payload)
        assert (back.notice_code, back.payee_fiscal_code, back.amount_cents) == (
            ref.notice_code,
            ref.payee_fiscal_code,
            ref.amount_cents,
        )
        matrix = DataMatrix(payload).matrix
        assert all(row[0] for row in matrix), "the Data Matrix's solid finder edge"


def test_the_tool_writes_one_print_ready_notice_per_sample(tmp_path: Path) -> None:
    assert load_tool().main(tmp_path) == 0
    written = sorted(tmp_path.glob("avviso-*.png"))
    assert len(written) == len(SAMPLES)
    with Image.open(written[0]) as image:
        assert image.size == (1240, 874) and round(image.info["dpi"][0]) == 300
