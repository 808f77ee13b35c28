"""``kiosk device ...`` as a technician runs it, against the virtual printer and espeak-ng."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from spaziocitta.devices.escpos.virtual_printer import VirtualEscposPrinter

KIOSK = [sys.executable, "-m", "spaziocitta.kiosk"]


def kiosk(*args: str, tmp_path: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KIOSK_DATA_DIR": str(tmp_path / "data")}
    return subprocess.run(
        [*KIOSK, *args], capture_output=True, text=True, env=env, timeout=timeout, check=False
    )


@pytest.fixture
def printer():  # type: ignore[no-untyped-def]
    with VirtualEscposPrinter("127.0.0.1", 0) as virtual:
        yield virtual


def test_list_shows_every_device(tmp_path: Path) -> None:
    result = kiosk("device", "list", "--json", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report) == {
        "card_reader",
        "printer",
        "speech",
        "payment_terminal",
        "barcode_scanner",
    }
    assert all(row["adapter"] == "simulated" for row in report.values())


def test_printer_status_and_test_print(tmp_path: Path, printer: VirtualEscposPrinter) -> None:
    status = kiosk("device", "printer", "status", "--uri", printer.uri, "--json", tmp_path=tmp_path)
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout) == {"online": True, "paper": "ok", "cover_open": False}
    printed = kiosk("device", "printer", "test", "--uri", printer.uri, tmp_path=tmp_path)
    assert printed.returncode == 0, printed.stderr
    assert printer.wait_idle()
    text = " ".join(printer.receipts[-1].lines)
    assert "Stampa di prova" in text and "à è é ì ò ù €" in text


@pytest.mark.parametrize(
    ("state", "expected", "words"),
    [
        ("paper_out", {"online": False, "paper": "out", "cover_open": False}, "out of paper"),
        ("cover_open", {"online": False, "paper": "ok", "cover_open": True}, "cover is open"),
        (
            "not_answering",
            {"online": None, "paper": "unknown", "cover_open": None},
            "not answering",
        ),
    ],
)
def test_a_printer_that_cannot_print_says_why(
    tmp_path: Path, printer: VirtualEscposPrinter, state: str, expected: dict, words: str
) -> None:
    printer.set_state(state)
    status = kiosk("device", "printer", "status", "--uri", printer.uri, "--json", tmp_path=tmp_path)
    assert status.returncode == 1
    assert json.loads(status.stdout) == expected
    printed = kiosk("device", "printer", "test", "--uri", printer.uri, tmp_path=tmp_path)
    assert printed.returncode == 1
    assert words in printed.stderr and printed.stderr.startswith("kiosk device: not printed")
    assert printer.receipts == []


def test_speak_to_a_wav_file(tmp_path: Path) -> None:
    target = tmp_path / "out.wav"
    result = kiosk(
        "device",
        "speak",
        "Buongiorno. Il Comune vi dà il benvenuto.",
        "--lang",
        "it",
        "--wav",
        str(target),
        tmp_path=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    with wave.open(str(target), "rb") as wav:
        seconds = wav.getnframes() / wav.getframerate()
    assert 1.5 < seconds < 8.0


def test_card_read_without_a_card_is_a_clear_error(tmp_path: Path) -> None:
    result = kiosk("device", "card", "read", "--timeout", "0.5", "--json", tmp_path=tmp_path)
    assert result.returncode == 1
    assert "no card in the reader" in result.stderr
