"""The demo's sample notices (what the demo kiosk 'scans') are notices the backend really has."""

from __future__ import annotations

import json
from pathlib import Path

from spaziocitta.backend.seed import demo_notice_samples

SAMPLES = Path(__file__).resolve().parents[2] / "assets" / "demo-notices.json"


def test_every_sample_is_one_of_the_seeded_notices_with_its_status() -> None:
    seeded = {s["qr"]: s for s in demo_notice_samples()}
    samples = json.loads(SAMPLES.read_text(encoding="utf-8"))["notices"]
    assert samples, "the demo has notices to scan"
    for sample in samples:
        assert seeded.get(sample["qr"]) == sample, sample["description"]
    statuses = {s["status"] for s in samples}
    assert statuses == {"payable", "paid", "expired"}, "every outcome can be tried"
