"""``kiosk maintenance set-pin|audit|unlock`` in process: config file, exit codes, no PIN."""

from __future__ import annotations

import io
import json
import os
import shutil
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from spaziocitta.kiosk.cli import main
from spaziocitta.kiosk.config import KioskConfig, load_config
from spaziocitta.kiosk.maintenance import commands, lockout
from spaziocitta.kiosk.maintenance.commands import set_option_text
from spaziocitta.kiosk.maintenance.lockout import LockoutPolicy
from spaziocitta.kiosk.maintenance.pin import verify_pin
from spaziocitta.kiosk.store.db import Store

EXAMPLE = Path(__file__).resolve().parents[3] / "assets" / "kiosk.example.toml"
PIN = "73915064"


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(
        '# the totem in the town hall\n[kiosk]\ntotem_id = "municipio-01"\n\n'
        '[backend]\ntotem_secret = "s3cret"  # from provisioning\n',
        encoding="utf-8",
    )
    path.chmod(0o640)
    return path


def pin_stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


def test_set_pin_from_stdin_writes_only_the_hash(
    config: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pin_stdin(monkeypatch, PIN + "\n")
    assert main(["--config", str(config), "maintenance", "set-pin", "--pin-stdin"]) == 0
    out, err = capsys.readouterr()
    text = config.read_text(encoding="utf-8")
    assert PIN not in out + err + text
    assert "maintenance PIN set in" in out
    loaded = load_config(config)
    assert verify_pin(PIN, loaded.maintenance.pin_hash)
    assert loaded.kiosk.totem_id == "municipio-01" and loaded.backend.totem_secret == "s3cret"
    assert text.startswith("# the totem in the town hall\n") and "# from provisioning" in text
    assert stat.S_IMODE(config.stat().st_mode) == 0o640, "the secret's file stays private"
    assert not list(config.parent.glob(".kiosk-*")), "no temporary file left"


def test_set_pin_twice_replaces_the_hash(
    config: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for pin in (PIN, "204863"):
        pin_stdin(monkeypatch, pin + "\n")
        assert main(["--config", str(config), "maintenance", "set-pin", "--pin-stdin"]) == 0
    text = config.read_text(encoding="utf-8")
    assert text.count("pin_hash") == 1 and text.count("[maintenance]") == 1
    stored = load_config(config).maintenance.pin_hash
    assert verify_pin("204863", stored) and not verify_pin(PIN, stored)


def test_set_pin_in_the_example_file_keeps_everything_else(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "kiosk.toml"
    shutil.copy(EXAMPLE, path)
    pin_stdin(monkeypatch, PIN)  # no newline at the end: a script's printf
    assert main(["--config", str(path), "maintenance", "set-pin", "--pin-stdin"]) == 0
    loaded = load_config(path)
    assert verify_pin(PIN, loaded.maintenance.pin_hash)
    assert loaded.maintenance.__struct_fields__ == KioskConfig().maintenance.__struct_fields__
    before = EXAMPLE.read_text(encoding="utf-8").splitlines()
    after = path.read_text(encoding="utf-8").splitlines()
    assert [a for a, b in zip(before, after, strict=True) if a != b] == ['pin_hash = ""']


def test_set_pin_at_a_terminal_asks_twice(
    config: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = iter([PIN, PIN])
    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr(commands.getpass, "getpass", fake_getpass)
    assert main(["--config", str(config), "maintenance", "set-pin"]) == 0
    assert len(prompts) == 2
    assert verify_pin(PIN, load_config(config).maintenance.pin_hash)


def test_two_different_pins_change_nothing(
    config: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = iter([PIN, "73915065"])
    monkeypatch.setattr(commands.getpass, "getpass", lambda _prompt="": next(answers))
    before = config.read_bytes()
    assert main(["--config", str(config), "maintenance", "set-pin"]) == 1
    err = capsys.readouterr().err
    assert "differ" in err and PIN not in err
    assert config.read_bytes() == before


@pytest.mark.parametrize("pin", ["1234", "0000", "12ab", "123", ""])
def test_a_refused_pin_changes_nothing_and_is_not_repeated(
    config: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], pin: str
) -> None:
    pin_stdin(monkeypatch, pin + "\n")
    before = config.read_bytes()
    assert main(["--config", str(config), "maintenance", "set-pin", "--pin-stdin"]) == 1
    out, err = capsys.readouterr()
    assert "PIN refused" in err and (not pin or pin not in out + err)
    assert config.read_bytes() == before


def test_no_config_file_to_write_is_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pin_stdin(monkeypatch, PIN + "\n")
    assert main(["maintenance", "set-pin", "--pin-stdin"]) == 2
    assert "--config" in capsys.readouterr().err
    assert main(["--config", str(tmp_path / "none.toml"), "maintenance", "set-pin"]) == 2
    assert "not found" in capsys.readouterr().err


def test_kiosk_config_env_names_the_file(
    config: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KIOSK_CONFIG", str(config))
    pin_stdin(monkeypatch, PIN + "\n")
    assert main(["maintenance", "set-pin", "--pin-stdin"]) == 0
    assert verify_pin(PIN, load_config(config).maintenance.pin_hash)


def test_a_file_this_command_cannot_edit_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text("maintenance = { idle_exit_seconds = 300 }\n", encoding="utf-8")
    before = path.read_bytes()
    pin_stdin(monkeypatch, PIN + "\n")
    assert main(["--config", str(path), "maintenance", "set-pin", "--pin-stdin"]) == 2
    assert "by hand" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_audit_lists_set_pin_and_unlock(
    config: Path,
    _isolated_data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    pin_stdin(monkeypatch, PIN + "\n")
    assert main(["--config", str(config), "maintenance", "set-pin", "--pin-stdin"]) == 0
    store = Store.open(_isolated_data_dir / "kiosk.sqlite3")
    now = datetime.now(UTC)
    with store.session() as db, db.begin():
        for _ in range(5):
            lockout.record_failure(db, LockoutPolicy(), now)
    store.close()
    capsys.readouterr()

    assert main(["maintenance", "unlock"]) == 0
    assert capsys.readouterr().out.strip() == "lockout lifted"
    assert main(["maintenance", "unlock"]) == 0
    assert capsys.readouterr().out.strip() == "entry was not locked"

    assert main(["maintenance", "audit"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[2] for line in lines] == ["pin_set", "unlocked"], "newest last"
    assert all("(not yet sent)" in line for line in lines)

    assert main(["maintenance", "audit", "--json", "--limit", "1"]) == 0
    entries = json.loads(capsys.readouterr().out)
    assert [(e["event"], e["detail"], e["sent"]) for e in entries] == [
        ("unlocked", "command line", False)
    ]
    assert PIN.encode() not in (_isolated_data_dir / "kiosk.sqlite3").read_bytes()


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("", '[maintenance]\npin_hash = "H"\n'),
        ('[kiosk]\ntotem_id = "a"', '[kiosk]\ntotem_id = "a"\n\n[maintenance]\npin_hash = "H"\n'),
        (
            '[maintenance]  # technicians\nidle_exit_seconds = 300\n[logging]\nlevel = "INFO"\n',
            '[maintenance]  # technicians\npin_hash = "H"\nidle_exit_seconds = 300\n'
            '[logging]\nlevel = "INFO"\n',
        ),
        (
            '[other]\npin_hash = "X"\n[maintenance]\n  pin_hash = "old"\n',
            '[other]\npin_hash = "X"\n[maintenance]\npin_hash = "H"\n',
        ),
    ],
)
def test_set_option_text(before: str, after: str) -> None:
    assert set_option_text(before, "maintenance", "pin_hash", '"H"') == after


def test_os_replace_keeps_a_symlinked_config_a_symlink(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = tmp_path / "etc" / "kiosk.toml"
    real.parent.mkdir()
    real.write_text("", encoding="utf-8")
    link = tmp_path / "kiosk.toml"
    os.symlink(real, link)
    pin_stdin(monkeypatch, PIN + "\n")
    assert main(["--config", str(link), "maintenance", "set-pin", "--pin-stdin"]) == 0
    assert link.is_symlink() and verify_pin(PIN, load_config(real).maintenance.pin_hash)
