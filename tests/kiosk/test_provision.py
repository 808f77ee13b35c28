"""``kiosk provision``: a first-boot configuration that loads, and no secret anywhere else."""

from __future__ import annotations

import io
import json
import os
import stat
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from spaziocitta.kiosk.cli import build_parser, main
from spaziocitta.kiosk.config import load_config
from spaziocitta.kiosk.maintenance.pin import verify_pin
from spaziocitta.kiosk.provision import toml_string

SECRET = "Zq3_vN8-kT1pW6yR0uB4sL9eH2cJ7fXa5mD0gK3oP1i"  # as `kiosk-backend add-totem` makes
PIN = "73915064"
URL = "https://totem.comune.example.it"
REPOSITORY = "https://aggiornamenti.comune.example.it/kiosk"
# A self-signed test CA (EC P-256, valid to 2126); its key was thrown away.
CA_PEM = """\
-----BEGIN CERTIFICATE-----
MIIBlTCCATugAwIBAgIUWoCgY1Mfs/TqJXpMi1jfaxIZe78wCgYIKoZIzj0EAwIw
HzEdMBsGA1UEAwwUU3BhemlvIENpdHRhIHRlc3QgQ0EwIBcNMjYxMTIyMDM1MDI5
WhgPMjEyNjEwMjkwMzUwMjlaMB8xHTAbBgNVBAMMFFNwYXppbyBDaXR0YSB0ZXN0
IENBMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEj28HR2TUeVWOxfxzRmrjSree
yYmWsK7dt6ofjjEozuVkggaj0jU/IVz+TZBSx7o349c9CNzC4M67mrMiyx1jPKNT
MFEwHQYDVR0OBBYEFAjnNsQskdc5ZlMK3niHKOC+XsdXMB8GA1UdIwQYMBaAFAjn
NsQskdc5ZlMK3niHKOC+XsdXMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwID
SAAwRQIgQGzjjkVBcK4hVgqWmG2nEu7lqKJPHhevt18rtWxB3n0CIQCDu11Tvh2d
e9MsHBafvDl35pbRjDVvob0ftamIZiB9sg==
-----END CERTIFICATE-----
"""


def tuf_root() -> dict[str, object]:
    key = {"keytype": "ed25519", "scheme": "ed25519", "keyval": {"public": "ab" * 32}}
    roles = {role: {"keyids": ["k1"], "threshold": 1} for role in ("root", "targets")}
    roles |= {role: {"keyids": ["k1"], "threshold": 1} for role in ("snapshot", "timestamp")}
    signed = {
        "_type": "root",
        "spec_version": "1.0.31",
        "version": 1,
        "expires": "2030-01-01T00:00:00Z",
        "consistent_snapshot": True,
        "keys": {"k1": key},
        "roles": roles,
    }
    return {"signed": signed, "signatures": [{"keyid": "k1", "sig": "cd" * 64}]}


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    ca = tmp_path / "handed-over" / "ca.pem"
    ca.parent.mkdir()
    ca.write_text(CA_PEM, encoding="ascii")
    root = tmp_path / "handed-over" / "root.json"
    root.write_text(json.dumps(tuf_root()), encoding="utf-8")
    return {
        "config": tmp_path / "etc" / "spaziocitta" / "kiosk.toml",
        "ca": ca,
        "root": root,
        "root_dest": tmp_path / "var" / "tuf" / "root.json",
    }


def full_args(files: dict[str, Path]) -> list[str]:
    return [
        "--config",
        str(files["config"]),
        "provision",
        "--totem-id",
        "municipio-01",
        "--backend-url",
        URL,
        "--secret-stdin",
        "--ca-bundle",
        str(files["ca"]),
        "--pin-stdin",
        "--tuf-root",
        str(files["root"]),
        "--tuf-root-dest",
        str(files["root_dest"]),
        "--repository-url",
        REPOSITORY,
    ]


def stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


def test_first_boot_writes_a_config_that_loads_with_everything_set(
    files: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    _isolated_data_dir: Path,
) -> None:
    stdin(monkeypatch, f"{SECRET}\n{PIN}\n")
    assert main(full_args(files)) == 0
    out, err = capsys.readouterr()
    assert err == ""
    config_file = files["config"]
    assert stat.S_IMODE(config_file.stat().st_mode) == 0o640
    config = load_config(config_file)
    assert config.kiosk.totem_id == "municipio-01"
    assert config.backend.url == URL
    assert config.backend.totem_secret == SECRET
    ca_copy = config_file.parent / "backend-ca.pem"
    assert config.backend.ca_bundle == str(ca_copy)
    assert ca_copy.read_text(encoding="ascii") == CA_PEM
    assert verify_pin(PIN, config.maintenance.pin_hash)
    assert config.updates.trusted_root == str(files["root_dest"])
    assert config.updates.repository_url == REPOSITORY
    assert json.loads(files["root_dest"].read_text(encoding="utf-8")) == tuf_root()
    for public in (ca_copy, files["root_dest"]):
        assert stat.S_IMODE(public.stat().st_mode) == 0o644
    # What the technician sees names what was set, and never the secret or the PIN.
    assert "municipio-01" in out and "totem secret:    set (43 characters)" in out
    assert SECRET not in out and PIN not in out
    text = config_file.read_text(encoding="utf-8")
    assert PIN not in text
    assert "# This totem's id in the fleet" in text, "a new file starts from the documented example"
    # Provisioning opens no log and no data directory (it runs as root before the kiosk).
    assert not _isolated_data_dir.exists()


def test_an_existing_config_keeps_its_comments_options_and_owner_and_becomes_0640(
    files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    config_file = files["config"]
    config_file.parent.mkdir(parents=True)
    config_file.write_text(
        '# the totem in the town hall\n[kiosk]\nmunicipality = "Comune di Prova"\n'
        'totem_id = "old-id"\n\n[devices]\nprinter = "escpos"  # the Epson\n',
        encoding="utf-8",
    )
    config_file.chmod(0o644)
    owner = config_file.stat()
    stdin(monkeypatch, f"{SECRET}\n")
    args = ["--config", str(config_file), "provision", "--totem-id", "municipio-02"]
    assert main([*args, "--secret-stdin"]) == 0
    text = config_file.read_text(encoding="utf-8")
    assert text.startswith("# the totem in the town hall\n")
    assert 'printer = "escpos"  # the Epson' in text
    config = load_config(config_file)
    assert config.kiosk.municipality == "Comune di Prova"
    assert config.kiosk.totem_id == "municipio-02"
    assert config.backend.totem_secret == SECRET
    assert config.backend.url == "", "what was not given is left as it was"
    assert stat.S_IMODE(config_file.stat().st_mode) == 0o640
    assert (config_file.stat().st_uid, config_file.stat().st_gid) == (owner.st_uid, owner.st_gid)
    assert list(config_file.parent.iterdir()) == [config_file], "no temporary file left"


def test_the_secret_is_never_in_the_command_line_nor_in_any_file_but_the_config(
    files: dict[str, Path], tmp_path: Path
) -> None:
    args = full_args(files)
    assert SECRET not in " ".join(args) and PIN not in " ".join(args)
    with pytest.raises(SystemExit):  # there is no option that takes it
        build_parser().parse_args([*args[:3], "--secret", SECRET])
    data = tmp_path / "data"
    env = {**os.environ, "KIOSK_DATA_DIR": str(data)}
    result = subprocess.run(
        [sys.executable, "-m", "spaziocitta.kiosk", *args],
        input=f"{SECRET}\n{PIN}\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert SECRET not in result.stdout + result.stderr
    assert PIN not in result.stdout + result.stderr
    holding = [
        path
        for path in tmp_path.rglob("*")
        if path.is_file() and SECRET.encode() in path.read_bytes()
    ]
    assert holding == [files["config"]]
    assert not data.exists(), "no log file was opened"


def test_the_pin_can_be_asked_twice_and_must_match(
    files: dict[str, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = iter([PIN, PIN[::-1]])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    args = ["--config", str(files["config"]), "provision", "--ask-pin"]
    assert main(args) == 2
    assert "the two PINs differ" in capsys.readouterr().err
    assert not files["config"].exists()
    answers = iter([PIN, PIN])
    assert main(args) == 0
    assert verify_pin(PIN, load_config(files["config"]).maintenance.pin_hash)


def test_http_needs_allow_http(files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--config", str(files["config"]), "provision", "--backend-url", "http://10.0.0.5:8000"]
    assert main(args) == 2
    assert "--allow-http" in capsys.readouterr().err
    assert main([*args, "--allow-http"]) == 0
    assert load_config(files["config"]).backend.url == "http://10.0.0.5:8000"


def _refusals(files: dict[str, Path]) -> dict[str, tuple[list[str], str, str]]:
    missing = files["ca"].parent / "missing.pem"
    not_pem = files["ca"].parent / "not.pem"
    not_pem.write_text("hello\n", encoding="ascii")
    bad_pem = files["ca"].parent / "bad.pem"
    bad_pem.write_text(CA_PEM.replace("MIIB", "XXXX"), encoding="ascii")
    not_root = files["root"].parent / "targets.json"
    targets = tuf_root()
    targets["signed"]["_type"] = "targets"  # type: ignore[index]
    not_root.write_text(json.dumps(targets), encoding="utf-8")
    unsigned = files["root"].parent / "unsigned.json"
    unsigned.write_text(json.dumps({**tuf_root(), "signatures": []}), encoding="utf-8")
    return {
        "bad totem id": (["--totem-id", "Municipio 01"], "", "totem id 'Municipio 01'"),
        "dash first": (["--totem-id=-x1"], "", "is not valid"),
        "plain http": (["--backend-url", "http://totem.example.it"], "", "https://"),
        "ftp": (["--backend-url", "ftp://totem.example.it"], "", "https://"),
        "no host": (["--backend-url", "https://"], "", "has no host"),
        "credentials": (["--backend-url", "https://u:p@x.it"], "", "user name or password"),
        "query": (["--backend-url", "https://x.it/?a=1"], "", "query"),
        "bad port": (["--backend-url", "https://x.it:99999"], "", "not a valid URL"),
        "unreadable CA": (["--ca-bundle", str(missing)], "", "cannot read it"),
        "CA not PEM": (["--ca-bundle", str(not_pem)], "", "no PEM certificate"),
        "CA broken": (["--ca-bundle", str(bad_pem)], "", "not usable as a CA bundle"),
        "short secret": (["--secret-stdin"], "abc\n", "too short"),
        "secret with a dot": (["--secret-stdin"], f"{SECRET}.x\n", "characters"),
        "no secret line": (["--secret-stdin"], "", "standard input ended"),
        "weak PIN": (["--pin-stdin"], "1234\n", "maintenance PIN refused"),
        "not a root": (
            ["--tuf-root", str(not_root), "--repository-url", REPOSITORY],
            "",
            "not TUF root metadata",
        ),
        "unsigned root": (
            ["--tuf-root", str(unsigned), "--repository-url", REPOSITORY],
            "",
            "not signed",
        ),
        "root without repository": (["--tuf-root", str(files["root"])], "", "--repository-url"),
        "nothing to do": ([], "", "nothing to provision"),
    }


@pytest.mark.parametrize(
    "case",
    [
        "bad totem id",
        "dash first",
        "plain http",
        "ftp",
        "no host",
        "credentials",
        "query",
        "bad port",
        "unreadable CA",
        "CA not PEM",
        "CA broken",
        "short secret",
        "secret with a dot",
        "no secret line",
        "weak PIN",
        "not a root",
        "unsigned root",
        "root without repository",
        "nothing to do",
    ],
)
def test_bad_input_is_refused_in_one_line_and_nothing_changes(
    case: str,
    files: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    config_file = files["config"]
    config_file.parent.mkdir(parents=True)
    before = '[kiosk]\ntotem_id = "municipio-01"\n'
    config_file.write_text(before, encoding="utf-8")
    config_file.chmod(0o644)
    extra, given_stdin, expected = _refusals(files)[case]
    stdin(monkeypatch, given_stdin)
    assert main(["--config", str(config_file), "provision", *extra]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("kiosk provision: ") and err.endswith("; nothing changed\n")
    assert err.count("\n") == 1, err
    assert expected in err
    assert config_file.read_text(encoding="utf-8") == before
    assert stat.S_IMODE(config_file.stat().st_mode) == 0o644
    assert sorted(p.name for p in config_file.parent.iterdir()) == ["kiosk.toml"]
    assert not files["root_dest"].exists()


def test_a_broken_config_is_not_overwritten(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    config_file = files["config"]
    config_file.parent.mkdir(parents=True)
    config_file.write_text("[session]\nwarning_seconds = 5\n", encoding="utf-8")
    assert main(["--config", str(config_file), "provision", "--totem-id", "municipio-01"]) == 2
    assert "session.warning_seconds" in capsys.readouterr().err
    assert config_file.read_text(encoding="utf-8") == "[session]\nwarning_seconds = 5\n"


def test_no_config_file_named_is_refused(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    assert main(["provision", "--totem-id", "municipio-01"]) == 2
    assert "--config FILE" in capsys.readouterr().err


@pytest.mark.parametrize(
    "value", ["plain", 'quo"te', "back\\slash", "tab\there", "new\nline", "del\x7f", "città ✓"]
)
def test_toml_strings_round_trip(value: str) -> None:
    assert tomllib.loads(f"x = {toml_string(value)}")["x"] == value
