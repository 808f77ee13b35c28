"""assets/kiosk.example.toml documents every option with its default value."""

from __future__ import annotations

import tomllib
from pathlib import Path

import msgspec

from spaziocitta.kiosk.config import KioskConfig, load_config

EXAMPLE = Path(__file__).resolve().parents[2] / "assets" / "kiosk.example.toml"


def test_example_parses_to_the_defaults() -> None:
    assert load_config(EXAMPLE) == KioskConfig()


def test_example_lists_every_option() -> None:
    written = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))
    defaults = msgspec.to_builtins(KioskConfig())
    assert written.keys() == defaults.keys()
    for section, options in defaults.items():
        assert written[section].keys() == options.keys(), section


def test_every_option_has_a_comment() -> None:
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        if "=" in line and not line.startswith("#"):
            before = lines[number - 1]
            assert before.startswith("#") or "=" in before, f"no comment above: {line}"
