"""Configuration: typed defaults, and one clear message for each kind of mistake."""

from __future__ import annotations

from pathlib import Path

import pytest

from spaziocitta.kiosk.config import ConfigError, KioskConfig, load_config


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_file_means_documented_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    config = load_config()
    assert config == KioskConfig()
    assert config.session.inactivity_seconds == 60
    assert config.session.warning_seconds >= 20
    assert config.kiosk.default_language == "it"
    assert config.devices.printer == "simulated"


def test_kiosk_config_env_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(
        tmp_path, '[session]\ninactivity_seconds = 90\n[kiosk]\nmunicipality = "Comune di Asti"\n'
    )
    monkeypatch.setenv("KIOSK_CONFIG", str(path))
    config = load_config()
    assert config.session.inactivity_seconds == 90
    assert config.kiosk.municipality == "Comune di Asti"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[session]\nwarning_seconds = 10\n", "option 'session.warning_seconds'"),
        ("[sesion]\n", "option 'sesion': unknown option"),
        ("[session]\ntimeout = 5\n", "option 'session.timeout': unknown option"),
        ('[kiosk]\ndefault_language = "de"\n', "option 'kiosk.default_language'"),
        ('[display]\nwidth = "wide"\n', "option 'display.width'"),
        ('[display]\norientation = "diagonal"\n', "option 'display.orientation'"),
        ('[devices]\nprinter = "Bad Name"\n', "option 'devices.printer'"),
        ('[kiosk]\ndefault_language = "ar"\nlanguages = ["it"]\n', "not in languages"),
        ("[session\n", "not valid TOML"),
    ],
)
def test_bad_file_names_option_and_problem(tmp_path: Path, text: str, expected: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as error:
        load_config(path)
    message = str(error.value)
    assert expected in message
    assert str(path) in message
    assert "\n" not in message, "one line for the technician"


def test_value_shown_in_message(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"got 10"):
        load_config(write(tmp_path, "[session]\nwarning_seconds = 10\n"))


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="configuration file not found"):
        load_config(tmp_path / "nope.toml")


def test_config_is_immutable() -> None:
    config = KioskConfig()
    with pytest.raises(AttributeError):
        config.session.inactivity_seconds = 5  # type: ignore[misc]
