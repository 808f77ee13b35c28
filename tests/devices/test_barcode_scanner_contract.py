"""Contract of the BarcodeScanner port, run against every implementation.

The driver presents a code to the scanner, as a citizen holding a notice.
"""

from __future__ import annotations

import asyncio
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

    async def present(self, payload: str, symbology: str = "qr") -> None:
        self.device.scan(payload, symbology)

    async def ignored(self) -> int:
        return self.device.ignored_scans


DRIVERS: dict[str, Any] = {"simulated": SimulatedDriver}


class Rig(NamedTuple):
    device: BarcodeScanner
    driver: Any


@pytest.fixture(params=sorted(DRIVERS))
def rig(request, bus) -> Rig:
    device = create("barcode_scanner", request.param, publish=bus.publish)
    return Rig(device, DRIVERS[request.param](device))


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
