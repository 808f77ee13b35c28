"""The adapter registry: names from configuration to constructed devices."""

from __future__ import annotations

import subprocess
import sys

import pytest

from spaziocitta.devices import registry
from spaziocitta.devices.ports import PORTS, Device
from spaziocitta.devices.registry import (
    ADAPTERS,
    KINDS,
    InvalidAdapterOptions,
    UnknownAdapter,
    create,
)
from spaziocitta.devices.simulated import SimulatedPrinterState
from spaziocitta.devices.types import BarcodeScanned


def test_kinds() -> None:
    assert KINDS == ("card_reader", "printer", "speech", "payment_terminal", "barcode_scanner")
    assert set(PORTS) == set(KINDS)


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_has_a_simulator_implementing_its_port(kind, bus) -> None:
    assert "simulated" in ADAPTERS[kind]
    device = create(kind, "simulated", publish=bus.publish)
    assert isinstance(device, PORTS[kind])
    assert isinstance(device, Device)
    assert device.kind == kind
    assert device.adapter == "simulated"


def test_unknown_kind_names_it_and_lists_the_kinds(bus) -> None:
    with pytest.raises(UnknownAdapter) as info:
        create("fax", "simulated", publish=bus.publish)
    assert isinstance(info.value, ValueError)
    assert "'fax'" in str(info.value)
    assert "card_reader" in str(info.value)


def test_unknown_adapter_names_the_kind_and_lists_known_names(bus) -> None:
    with pytest.raises(UnknownAdapter) as info:
        create("printer", "escpos-typo", publish=bus.publish)
    message = str(info.value)
    assert "printer" in message
    assert "'escpos-typo'" in message
    assert "simulated" in message


def test_options_reach_the_adapter(bus) -> None:
    printer = create("printer", "simulated", publish=bus.publish, options={"state": "paper_out"})
    assert printer.state is SimulatedPrinterState.PAPER_OUT  # type: ignore[attr-defined]


def test_unknown_option_is_a_configuration_error(bus) -> None:
    with pytest.raises(InvalidAdapterOptions) as info:
        create("speech", "simulated", publish=bus.publish, options={"colume": 0.5})
    assert isinstance(info.value, ValueError)
    assert "speech" in str(info.value)
    assert "colume" in str(info.value)


def test_adapter_not_implementing_its_port_is_refused(bus, monkeypatch) -> None:
    monkeypatch.setitem(ADAPTERS["printer"], "broken", lambda publish: object())
    with pytest.raises(TypeError, match="ReceiptPrinter"):
        create("printer", "broken", publish=bus.publish)


def test_created_device_publishes_on_the_given_bus(bus, run) -> None:
    scanner = create("barcode_scanner", "simulated", publish=bus.publish)

    async def scenario() -> None:
        scanner.set_enabled(True)
        scanner.scan("hello")  # type: ignore[attr-defined]

    run(scenario, scanner)
    assert [type(e) for e in bus.events] == [BarcodeScanned]


def test_devices_package_is_qt_free() -> None:
    code = (
        "import sys, pkgutil, importlib, spaziocitta.devices as d\n"
        "for m in pkgutil.walk_packages(d.__path__, 'spaziocitta.devices.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = [n for n in sys.modules if n.split('.')[0] in ('PySide6', 'qasync', 'shiboken6')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    assert registry.__name__ == "spaziocitta.devices.registry"
