"""``kiosk pay verify`` and ``kiosk payments list|reconcile``, in process, on a real store."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from spaziocitta.backend.seed import PAYEE_FISCAL_CODE, demo_notice_code
from spaziocitta.kiosk.cli import main
from spaziocitta.kiosk.contract.pagopa import format_notice_code
from spaziocitta.kiosk.payments.journal import PaymentJournal, VerifiedNotice
from spaziocitta.kiosk.store.db import Store

from .conftest import RunningBackend

TARI = demo_notice_code(0, 3, "01")
EXPIRED = demo_notice_code(4, 3, "01")


def test_pay_verify_against_the_backend(
    backend: RunningBackend, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = str(backend.kiosk_config(tmp_path))
    assert (
        main(["--config", config, "pay", "verify", format_notice_code(TARI), PAYEE_FISCAL_CODE])
        == 0
    )
    out = capsys.readouterr().out
    assert "Comune di Borgo Esempio" in out and "€ 128,40" in out and "payable" in out

    assert main(["--config", config, "pay", "verify", EXPIRED, PAYEE_FISCAL_CODE, "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["status"] == "expired"

    assert main(["--config", config, "pay", "verify", TARI, "00000000000"]) == 1
    assert "not-found" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("code", "payee", "key"),
    [
        ("3007 1570 0000 0000 33", "00199900010", "notice.code.check_digits"),
        ("3007", "00199900010", "notice.code.length"),
        ("300715700000000032", "00199900011", "notice.payee.check_digit"),
    ],
)
def test_pay_verify_refuses_bad_input_before_any_network(
    code: str, payee: str, key: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["pay", "verify", code, payee]) == 2
    err = capsys.readouterr().err
    assert key in err and err.count("\n") == 1


def test_payments_list_and_reconcile(
    _isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = Store.open(_isolated_data_dir / "kiosk.sqlite3")

    async def seed() -> str:
        book = PaymentJournal(store)
        left_open = await book.create(
            [VerifiedNotice(TARI, PAYEE_FISCAL_CODE, "Comune", "TARI", 12840)]
        )
        return left_open.payment_id

    payment_id = asyncio.run(seed())
    store.close()

    assert main(["payments", "list"]) == 0
    out = capsys.readouterr().out
    assert payment_id in out and "verified" in out and "€ 128,40" in out
    assert main(["payments", "list", "--attention"]) == 0
    assert capsys.readouterr().out == ""

    # Simulated devices and no backend: an open payment is simply cancelled.
    assert main(["payments", "reconcile", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["abandoned"] == [payment_id]
    assert main(["payments", "list", "--json"]) == 0
    [entry] = json.loads(capsys.readouterr().out)
    assert entry["state"] == "cancelled" and entry["reason"] == "payment.abandoned"
    assert main(["payments", "reconcile"]) == 0
    assert "nothing to reconcile" in capsys.readouterr().out
