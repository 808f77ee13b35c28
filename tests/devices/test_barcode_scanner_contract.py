"""Contract of the BarcodeScanner port, run against every implementation.

The driver presents a code to the scanner, as a citizen holding a notice.
"""

from __future__ import annotations

import asyncio
import os
from types import SimpleNamespace
from typing import Any, NamedTuple

import pytest

from spaziocitta.devices.ports import BarcodeScanner
from spaziocitta.devices.registry import create
from spaziocitta.devices.simulated import SimulatedBarcodeScanner
from spaziocitta.devices.types import BarcodeScanned, Scan

PAGOPA = "PAGOPA|002|300715700000000032|01234567890|1650"


class SimulatedDriver:
    """Drives SimulatedBarcodeScanner."""

    def __init__(self, device: SimulatedBarcodeScanner) -> None:
        self.device = device

    @classmethod
    def rig(cls, publish: Any) -> Rig:
        device = create("barcode_scanner", "simulated", publish=publish)
        return Rig(device, cls(device))

    async def present(self, payload: str, symbology: str = "qr") -> None:
        self.device.scan(payload, symbology)

    async def ignored(self) -> int:
        return self.device.ignored_scans


AIM = {"qr": "]Q1", "code128": "]C0", "datamatrix": "]d2"}


async def _until_read(device: Any, before: int) -> None:
    """A real scanner reads asynchronously: wait until the adapter has the code."""
    if not device.is_open:
        await asyncio.sleep(0.02)
        return
    for _ in range(400):
        if device.frames_read > before:
            return
        await asyncio.sleep(0.005)
    raise AssertionError("the adapter did not read the code")


class SerialDriver:
    """A scanner on the other end of a pseudo-terminal pair: it writes, the adapter reads."""

    def __init__(self, device: Any, master: int, slave: int) -> None:
        self.device = device
        self.master = master
        self.slave = slave  # kept open so the pty stays up between the adapter's reopenings

    @classmethod
    def rig(cls, publish: Any) -> Rig:
        master, slave = os.openpty()
        options = {"port": os.ttyname(slave), "aim_ids": True, "reopen_seconds": 0.05}
        device = create("barcode_scanner", "serial", publish=publish, options=options)
        return Rig(device, cls(device, master, slave))

    async def present(self, payload: str, symbology: str = "qr") -> None:
        if self.device.is_open:
            for _ in range(400):
                if self.device.connected:
                    break
                await asyncio.sleep(0.005)
        before = self.device.frames_read
        os.write(self.master, (AIM[symbology] + payload + "\r\n").encode())
        await _until_read(self.device, before)

    async def ignored(self) -> int:
        return self.device.ignored_scans


class FakeInputDevice:
    """Stands in for evdev.InputDevice: key events from a queue, grab recorded."""

    def __init__(self) -> None:
        self.events: asyncio.Queue[Any] = asyncio.Queue()
        self.grabbed = False

    def grab(self) -> None:
        self.grabbed = True

    def ungrab(self) -> None:
        self.grabbed = False

    def close(self) -> None: ...

    async def async_read_loop(self):  # type: ignore[no-untyped-def]
        while True:
            yield await self.events.get()


class EvdevDriver:
    """Types a code as a HID scanner does: key down/up per character, shift, Enter."""

    def __init__(self, device: Any, fake: FakeInputDevice) -> None:
        self.device = device
        self.fake = fake

    @classmethod
    def rig(cls, publish: Any) -> Rig:
        from spaziocitta.devices.scanner.hid import EvdevBarcodeScanner

        fake = FakeInputDevice()
        device = EvdevBarcodeScanner(
            publish, device="/dev/input/fake", aim_ids=True, opener=lambda _path: fake
        )
        return Rig(device, cls(device, fake))

    async def present(self, payload: str, symbology: str = "qr") -> None:
        from spaziocitta.devices.scanner.hid import KEY_ENTER, KEY_LEFTSHIFT, US_LAYOUT

        keys = {}
        for code, (plain, shifted) in US_LAYOUT.items():
            keys.setdefault(plain, (code, False))
            keys.setdefault(shifted, (code, True))
        before = self.device.frames_read
        for char in AIM[symbology] + payload:
            code, shift = keys[char]
            events = [(code, 1), (code, 0)]
            if shift:
                events = [(KEY_LEFTSHIFT, 1), *events, (KEY_LEFTSHIFT, 0)]
            for key, value in events:
                self.fake.events.put_nowait(SimpleNamespace(type=1, code=key, value=value))
        for value in (1, 0):
            self.fake.events.put_nowait(SimpleNamespace(type=1, code=KEY_ENTER, value=value))
        await _until_read(self.device, before)
        assert not self.device.is_open or self.fake.grabbed, "scans must not reach text fields"

    async def ignored(self) -> int:
        return self.device.ignored_scans


DRIVERS: dict[str, Any] = {
    "simulated": SimulatedDriver,
    "serial": SerialDriver,
    "evdev": EvdevDriver,
}


class Rig(NamedTuple):
    device: BarcodeScanner
    driver: Any


@pytest.fixture(params=sorted(DRIVERS))
def rig(request, bus) -> Rig:
    return DRIVERS[request.param].rig(bus.publish)


def test_implements_the_port_and_starts_disabled(rig) -> None:
    assert isinstance(rig.device, BarcodeScanner)
    assert rig.device.kind == "barcode_scanner"
    assert rig.device.enabled is False


def test_enabled_scanner_delivers_scans_in_order(rig, bus, run) -> None:
    scanner, driver = rig

    async def scenario() -> None:
        scanner.set_enabled(True)
        await driver.present(PAGOPA)
        await driver.present("ABC-123", "code128")
        await bus.wait_for(BarcodeScanned, 2)

    run(scenario, scanner)
    assert [e.scan for e in bus.of(BarcodeScanned)] == [
        Scan(PAGOPA, "qr"),
        Scan("ABC-123", "code128"),
    ]


def test_disabled_scanner_drops_scans(rig, bus, run) -> None:
    scanner, driver = rig

    async def scenario() -> None:
        await driver.present(PAGOPA)
        scanner.set_enabled(True)
        await driver.present("wanted")
        scanner.set_enabled(False)
        await driver.present("too late")
        await bus.wait_for(BarcodeScanned)
        await bus.settle()

    run(scenario, scanner)
    assert [e.scan.payload for e in bus.of(BarcodeScanned)] == ["wanted"]


def test_dropped_scans_are_counted(rig, run) -> None:
    scanner, driver = rig

    async def scenario() -> None:
        await driver.present(PAGOPA)
        await driver.present(PAGOPA)
        assert await driver.ignored() == 2

    run(scenario, scanner)


def test_closed_scanner_is_silent(rig, bus) -> None:
    scanner, driver = rig

    async def scenario() -> None:
        await scanner.start()
        scanner.set_enabled(True)
        await scanner.close()
        await driver.present(PAGOPA)
        await asyncio.sleep(0.02)
        health = await scanner.health()
        assert health.kind == "barcode_scanner"
        assert health.ok is None

    asyncio.run(scenario())
    assert bus.events == []
