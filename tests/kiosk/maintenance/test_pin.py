"""The maintenance PIN: hash round trip, wrong PINs refused, rules, the config's pin_hash."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spaziocitta.kiosk.config import ConfigError, parse_config
from spaziocitta.kiosk.maintenance.pin import (
    DEFAULT_LOG2_N,
    MIN_LOG2_N,
    PinFormatError,
    PinHash,
    PinRuleError,
    check_pin_rules,
    hash_pin,
    verify_pin,
)

CHEAP = 10  # a cheaper scrypt for the property tests; the format is the same


def _acceptable(pin: str) -> bool:
    try:
        check_pin_rules(pin)
    except PinRuleError:
        return False
    return True


pins = st.text("0123456789", min_size=4, max_size=12).filter(_acceptable)


@settings(max_examples=40, deadline=None)
@given(pin=pins, other=st.text(max_size=14))
def test_round_trip_and_any_other_input_is_refused(pin: str, other: str) -> None:
    stored = hash_pin(pin, log2_n=CHEAP)
    assert verify_pin(pin, stored, min_log2_n=CHEAP)
    if other != pin:
        assert not verify_pin(other, stored, min_log2_n=CHEAP)


@settings(max_examples=25, deadline=None)
@given(pin=pins)
def test_a_digit_more_less_or_changed_is_refused(pin: str) -> None:
    stored = hash_pin(pin, log2_n=CHEAP)
    changed = pin[:-1] + str((int(pin[-1]) + 1) % 10)
    for near in (pin + "0", pin[:-1], changed, " " + pin, pin + "\n"):
        assert not verify_pin(near, stored, min_log2_n=CHEAP)


def test_the_string_says_how_it_was_made_and_hides_the_pin() -> None:
    stored = hash_pin("739150")
    assert stored.startswith(f"$scrypt$ln={DEFAULT_LOG2_N},r=8,p=1$")
    assert "739150" not in stored
    parsed = PinHash.parse(stored)
    assert parsed.encode() == stored
    assert "739150" not in repr(parsed) and parsed.digest.hex() not in repr(parsed)
    assert verify_pin("739150", stored) and not verify_pin("739151", stored)


def test_same_pin_gets_a_new_salt_every_time() -> None:
    assert hash_pin("739150", log2_n=CHEAP) != hash_pin("739150", log2_n=CHEAP)


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "739150",
        "$scrypt$ln=15,r=8,p=1$short$short",
        "$bcrypt$ln=15,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "$scrypt$ln=21,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    ],
)
def test_malformed_hashes_are_refused_and_never_match(bad: str) -> None:
    with pytest.raises(PinFormatError):
        PinHash.parse(bad)
    assert not verify_pin("739150", bad)


def test_a_hash_weaker_than_the_floor_is_refused() -> None:
    weak = hash_pin("739150", log2_n=MIN_LOG2_N - 1)
    with pytest.raises(PinFormatError, match="out of range"):
        PinHash.parse(weak)
    assert not verify_pin("739150", weak)


@pytest.mark.parametrize(
    ("pin", "rule"),
    [
        ("123", "4 to 12"),
        ("1234567890123", "4 to 12"),
        ("12a4", "digits"),
        ("١٢٣٤٥", "digits"),  # Arabic-Indic digits are digits to str.isdigit, not to us
        ("0000", "repeated"),
        ("999999", "repeated"),
        ("1234", "run"),
        ("0123456", "run"),
        ("9876", "run"),
        ("8901", "run"),
        ("1212", "block"),
        ("123123", "block"),
        ("2580", "stranger"),
        ("1004", "stranger"),
    ],
)
def test_trivial_pins_are_refused_without_repeating_them(pin: str, rule: str) -> None:
    with pytest.raises(PinRuleError, match=rule) as refused:
        hash_pin(pin, log2_n=CHEAP)
    assert pin not in str(refused.value)


@pytest.mark.parametrize("pin", ["7391", "739150", "204863", "120412", "918273645501"])
def test_ordinary_pins_are_accepted(pin: str) -> None:
    check_pin_rules(pin)


def test_config_accepts_a_written_hash_and_refuses_garbage() -> None:
    stored = hash_pin("739150", log2_n=MIN_LOG2_N)
    assert parse_config({"maintenance": {"pin_hash": stored}}).maintenance.pin_hash == stored
    with pytest.raises(ConfigError, match=r"option 'maintenance'.*pin_hash"):
        parse_config({"maintenance": {"pin_hash": "739150"}})
