"""The real scanner adapters beyond the port contract: framing, garbage, grabbing, reconnection."""

from __future__ import annotations

import asyncio
import os
from types import SimpleNamespace
from typing import Any

import pytest

from spaziocitta.devices.scanner._common import split_aim
from spaziocitta.devices.scanner.hid import (
    KEY_CAPSLOCK,
    KEY_ENTER,
    KEY_LEFTSHIFT,
    EvdevBarcodeScanner,
    KeyDecoder,
)
from spaziocitta.devices.scanner.serial_scanner import SerialBarcodeScanner
from spaziocitta.devices.types import BarcodeScanned
from spaziocitta.kiosk.payments.notice_scan import NoticeInputError, parse_scan

QR = "PAGOPA|002|300715700000000032|00199900010|12840"
KEY_A, KEY_1, KEY_BACKSLASH, KEY_KP5 = 30, 2, 43, 76


def typed(decoder: KeyDecoder, events: list[tuple[int, int]]) -> list[str]:
    return [t for code, value in events if (t := decoder.feed(code, value)) is not None]


def press(code: int) -> list[tuple[int, int]]:
    return [(code, 1), (code, 0)]


def test_key_decoder_shift_caps_keypad_and_enter() -> None:
    decoder = KeyDecoder()
    events = [
        *press(KEY_A),
        (KEY_LEFTSHIFT, 1), *press(KEY_A), *press(KEY_BACKSLASH), (KEY_LEFTSHIFT, 0),
        *press(KEY_CAPSLOCK), *press(KEY_A), *press(KEY_1), *press(KEY_CAPSLOCK),
        *press(KEY_KP5), *press(KEY_ENTER),
    ]  # fmt: skip
    assert typed(decoder, events) == ["aA|A15"]
    assert typed(decoder, press(KEY_ENTER)) == [], "an empty line is no scan"


def test_unknown_keys_poison_the_code_and_overlong_input_is_dropped() -> None:
    decoder = KeyDecoder(max_length=5)
    [text] = typed(decoder, [*press(KEY_1), *press(200), *press(KEY_ENTER)])
    assert text == "1\ufffd"
    assert typed(decoder, [*press(KEY_1)] * 9 + press(KEY_ENTER)) == []
    assert decoder.overlong == 1
    assert typed(decoder, [*press(KEY_1), (KEY_1, 2), *press(KEY_ENTER)]) == ["11"], "autorepeat"
    with pytest.raises(ValueError, match="layout"):
        KeyDecoder("dvorak")


def test_aim_identifiers() -> None:
    assert split_aim("]Q1" + QR, "unknown") == (QR, "qr")
    assert split_aim("]d2codfase", "unknown") == ("codfase", "datamatrix")
    assert split_aim("]X0abc", "unknown") == ("]X0abc", "unknown")
    assert split_aim(QR, "qr") == (QR, "qr")


def test_evdev_scanner_grabs_and_reopens_an_unplugged_device() -> None:
    opened: list[Any] = []

    class Unplugging:
        def __init__(self) -> None:
            self.grabbed = False
            self.closed = False

        def grab(self) -> None:
            self.grabbed = True

        def ungrab(self) -> None:
            self.grabbed = False

        def close(self) -> None:
            self.closed = True

        async def async_read_loop(self):  # type: ignore[no-untyped-def]
            for code in (KEY_1, KEY_ENTER):
                for value in (1, 0):
                    yield SimpleNamespace(type=1, code=code, value=value)
            raise OSError(19, "No such device")

    def opener(path: str) -> Unplugging:
        opened.append(Unplugging())
        return opened[-1]

    events: list[object] = []

    async def scenario() -> None:
        scanner = EvdevBarcodeScanner(
            events.append, device="/dev/input/x", opener=opener, reopen_seconds=0.01
        )
        scanner.set_enabled(True)
        await scanner.start()
        while len(opened) < 3:
            await asyncio.sleep(0.005)
        health = await scanner.health()
        assert "No such device" in health.detail or health.ok
        await scanner.close()
        assert (await scanner.health()).ok is None

    asyncio.run(scenario())
    assert all(d.closed and not d.grabbed for d in opened[:-1]), "released after each unplug"
    assert len([e for e in events if isinstance(e, BarcodeScanned)]) >= 2


async def _serial(**options: Any) -> tuple[SerialBarcodeScanner, int, list[object]]:
    master, slave = os.openpty()
    events: list[object] = []
    scanner = SerialBarcodeScanner(
        events.append, port=os.ttyname(slave), reopen_seconds=0.05, **options
    )
    scanner._slave_fd = slave  # type: ignore[attr-defined]  # keep the pty up
    scanner.set_enabled(True)
    await scanner.start()
    while not scanner.connected:
        await asyncio.sleep(0.005)
    return scanner, master, events


async def _wait_frames(scanner: SerialBarcodeScanner, count: int) -> None:
    for _ in range(400):
        if scanner.frames_read + scanner.overlong >= count:
            return
        await asyncio.sleep(0.005)
    raise AssertionError(f"read {scanner.frames_read}, expected {count}")


def test_serial_scanner_frames_suffixes_idle_and_overlong_input() -> None:
    async def scenario() -> list[object]:
        scanner, master, events = await _serial(max_length=100, idle_seconds=0.1)
        os.write(master, (QR + "\r\n").encode())
        os.write(master, b"CODE-2\n\r\nCODE-3\r")  # LF only, empty lines, CR only
        await _wait_frames(scanner, 3)
        os.write(master, b"X" * 500 + b"\r\n")  # runaway input: dropped
        await _wait_frames(scanner, 4)
        os.write(master, b"NO-SUFFIX")  # complete once the line falls idle
        await _wait_frames(scanner, 5)
        assert scanner.overlong == 1
        await scanner.close()
        return events

    events = asyncio.run(scenario())
    payloads = [e.scan.payload for e in events if isinstance(e, BarcodeScanned)]
    assert payloads == [QR, "CODE-2", "CODE-3", "NO-SUFFIX"]
    assert parse_scan(payloads[0]).notice_code == "300715700000000032"


def test_serial_garbage_reaches_the_parser_as_text_it_refuses() -> None:
    async def scenario() -> list[object]:
        scanner, master, events = await _serial()
        os.write(master, b"\xff\xfe\x00PAGOPA|002|\x9b\x1b[2J\r\n")
        await _wait_frames(scanner, 1)
        await scanner.close()
        return events

    [event] = asyncio.run(scenario())
    assert isinstance(event, BarcodeScanned) and "\ufffd" in event.scan.payload
    with pytest.raises(NoticeInputError):
        parse_scan(event.scan.payload)


def test_a_missing_serial_port_is_reported_and_retried() -> None:
    async def scenario() -> None:
        scanner = SerialBarcodeScanner(
            lambda _e: None, port="/dev/does-not-exist", reopen_seconds=0.01
        )
        await scanner.start()
        await asyncio.sleep(0.1)
        health = await scanner.health()
        assert health.ok is False and "cannot open" in health.detail
        await scanner.close()

    asyncio.run(scenario())
