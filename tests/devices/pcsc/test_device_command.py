"""``kiosk device card read`` over the real PC/SC stack, as a technician runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from spaziocitta.devices.simulated.card_reader import DEMO_CIE, DEMO_TS_CNS

from .rig import Slot, virtual_card_for


def read(tmp_path: Path, reader: str) -> subprocess.CompletedProcess[str]:
    config = tmp_path / "kiosk.toml"
    config.write_text('[devices]\ncard_reader = "pcsc"\n', encoding="utf-8")
    env = {**os.environ, "KIOSK_DATA_DIR": str(tmp_path / "data"), "KIOSK_CONFIG": str(config)}
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "spaziocitta.kiosk",
            "device",
            "card",
            "read",
            "--reader",
            reader,
            "--timeout",
            "5",
            "--json",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_reads_a_tessera_sanitaria(tmp_path: Path, slot: Slot) -> None:
    slot.insert(virtual_card_for(DEMO_TS_CNS))
    result = read(tmp_path, slot.reader)
    assert result.returncode == 0, result.stderr
    card = json.loads(result.stdout)
    holder = DEMO_TS_CNS.holder
    assert card == {
        "card_type": "ts-cns",
        "fiscal_code": holder.fiscal_code,
        "surname": holder.surname,
        "given_name": holder.given_name,
        "birth_date": holder.birth_date.isoformat(),
        "expiry_date": holder.expiry_date.isoformat(),
        "sex": holder.sex,
        "card_number": holder.card_number,
    }


def test_reads_a_cie_as_an_opaque_id_only(tmp_path: Path, slot: Slot) -> None:
    slot.insert(virtual_card_for(DEMO_CIE))
    result = read(tmp_path, slot.reader)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"card_type": "cie", "card_id": DEMO_CIE.card_id}
