"""SIGKILL at every step of a payment; after restart and reconcile, nothing lost or doubled.

For each crash point a kiosk process pays one or two notices against the real
reference backend and kills itself there; a second process reconciles,
reprints what is owed and pays again whatever was left unpaid. Then, per
scenario: the terminal charged exactly once (or charged and voided), the
backend recorded each notice exactly once, with that charge's reference, and
a receipt listing every notice came out of the printer.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from spaziocitta.backend.seed import PAYEE_FISCAL_CODE, demo_notice_code
from spaziocitta.kiosk.contract.pagopa import format_notice_code

from .conftest import RunningBackend

CHILD = Path(__file__).with_name("crash_child.py")

# Payable demo notices (index, aux, segregation code) from backend/seed.py.
PAYABLE = [
    demo_notice_code(i, aux, code)
    for i, aux, code in [
        (0, 3, "01"), (1, 3, "01"), (2, 3, "01"), (3, 3, "01"), (6, 3, "01"), (7, 3, "01"),
        (8, 3, "02"), (9, 3, "02"), (12, 3, "02"), (13, 3, "02"), (15, 3, "03"),
        (16, 3, "03"), (17, 3, "03"), (20, 3, "04"), (22, 3, "04"), (23, 0, "12"),
    ]
]  # fmt: skip

CRASH_POINTS = [
    "verified",  # verified, nothing charged
    "authorising",  # committed, the terminal not yet asked
    "terminal_approved",  # the money taken, the kiosk has not written it down
    "authorised",  # written with its outbox rows, nothing sent
    "backend_acked",  # the backend recorded it, the kiosk has not noted it
    "recorded",
    "printed",  # the receipt came out, the journal does not know
    "receipt_printed",
]
CHARGED_BEFORE_CRASH = {
    "terminal_approved",
    "authorised",
    "backend_acked",
    "recorded",
    "printed",
    "receipt_printed",
}


def backend_records(backend: RunningBackend) -> list[tuple[str, str]]:
    with sqlite3.connect(backend.database) as db:
        return list(
            db.execute(
                "SELECT n.notice_code, p.terminal_ref FROM pagopa_payments p "
                "JOIN pagopa_notices n ON n.id = p.notice_id"
            )
        )


def read_lines(path: Path) -> list[dict]:  # type: ignore[type-arg]
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.slow
def test_sigkill_at_every_step_of_a_payment(backend: RunningBackend, tmp_path: Path) -> None:
    ledger, receipts = tmp_path / "terminal.jsonl", tmp_path / "receipts.jsonl"
    base_env = {
        **os.environ,
        "CRASH_DB": str(tmp_path / "kiosk.sqlite3"),
        "CRASH_BACKEND": backend.url,
        "CRASH_SECRET": backend.secret,
        "CRASH_LEDGER": str(ledger),
        "CRASH_RECEIPTS": str(receipts),
        "CRASH_PAYEE": PAYEE_FISCAL_CODE,
    }
    notices = iter(PAYABLE)
    scenarios: dict[str, list[str]] = {}
    for index, point in enumerate(CRASH_POINTS):
        # Odd scenarios pay two notices in one go: one charge, two records.
        codes = [next(notices) for _ in range(1 + index % 2)]
        scenarios[point] = codes
        env = {**base_env, "CRASH_SCENARIO": point, "CRASH_NOTICES": ",".join(codes)}
        crashed = subprocess.run(
            [sys.executable, str(CHILD), "pay"],
            env={**env, "CRASH_AT": point},
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        assert crashed.returncode == -signal.SIGKILL, f"{point}: {crashed.stderr[-2000:]}"
        recovered = subprocess.run(
            [sys.executable, str(CHILD), "recover"],
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        assert recovered.returncode == 0, f"{point}: {recovered.stderr[-2000:]}"
        report = json.loads(recovered.stdout)
        if point in CHARGED_BEFORE_CRASH:
            # Paid before the crash: reconciled, never paid again.
            assert report.get("verify_again") == "notice.already_paid", (point, report)
            assert report["states"] == ["receipt_printed"], (point, report)
        else:
            # Nothing was taken: the crashed payment is cancelled, the notices paid now.
            assert report.get("paid_again") == "receipt_printed", (point, report)
            assert sorted(report["states"]) == ["cancelled", "receipt_printed"], (point, report)
        assert report["owed"] == [], (point, report)

    records = backend_records(backend)
    charges = [r for r in read_lines(ledger) if r["op"] == "charge"]
    voids = [r for r in read_lines(ledger) if r["op"] == "void"]
    printed = read_lines(receipts)
    assert voids == [], "nothing here needed a void"
    assert Counter(code for code, _ in records) == Counter(
        c for cs in scenarios.values() for c in cs
    )
    for point, codes in scenarios.items():
        [charge] = [c for c in charges if c["scenario"] == point]  # exactly one charge
        assert charge["amount_cents"] > 0
        assert sorted(code for code, ref in records if ref == charge["terminal_ref"]) == sorted(
            codes
        ), point
        on_paper = [p for p in printed if p["scenario"] == point]
        assert on_paper, f"{point}: no receipt printed"
        shown = {value for label, value in on_paper[-1]["lines"] if label == "Codice avviso"}
        assert shown == {format_notice_code(c) for c in codes}, point
        assert charge["terminal_ref"] in {
            value for label, value in on_paper[-1]["lines"] if label == "Rif. terminale"
        }
