"""Contract of the CardReader port, run against every implementation.

Each implementation comes with a driver that plays the citizen and the
hardware (insert, remove, unplug, fail). "pcsc" is the real adapter on a
real pcscd with virtual cards (tests/devices/pcsc/rig.py): its driver
unplugs the reader by restarting pcscd without it, so that param is skipped
where the rig cannot run (no pcscd, vpcd, pyscard or root).
"""

from __future__ import annotations

import asyncio
import importlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

import pytest

from spaziocitta.devices.ports import CardReader
from spaziocitta.devices.registry import ADAPTERS, create
from spaziocitta.devices.simulated import DEMO_CIE, DEMO_TS_CNS, SimulatedCardReader
from spaziocitta.devices.types import (
    CardInfo,
    CardInserted,
    CardReaderStateChanged,
    CardReadFailed,
    CardRemoved,
    DeviceError,
    DeviceUnavailable,
    ReaderState,
)


class SimulatedDriver:
    """Drives SimulatedCardReader."""

    def __init__(self, device: SimulatedCardReader) -> None:
        self.device = device

    async def insert(self, card: CardInfo) -> None:
        self.device.insert(card)

    async def remove(self) -> None:
        self.device.remove()

    async def set_state(self, state: ReaderState) -> None:
        self.device.set_state(state)

    async def fail_next_read(self, reason: str) -> None:
        self.device.fail_next_read(reason)


def pcsc_rig() -> ModuleType:
    """tests/devices/pcsc/rig.py, imported under the name pytest gives that package."""
    folder = Path(__file__).parent / "pcsc"
    package = next(
        (m for m in list(sys.modules.values()) if _is_module_at(m, folder / "__init__.py")), None
    )
    if package is None:
        spec = importlib.util.spec_from_file_location(
            "pcsc", folder / "__init__.py", submodule_search_locations=[str(folder)]
        )
        assert spec is not None and spec.loader is not None
        package = importlib.util.module_from_spec(spec)
        sys.modules["pcsc"] = package
        spec.loader.exec_module(package)
    return importlib.import_module(f"{package.__name__}.rig")  # pytest's own name: one copy


def _is_module_at(module: object, path: Path) -> bool:
    return getattr(module, "__file__", None) == str(path)


DRIVERS: dict[str, Any] = {"simulated": SimulatedDriver, "pcsc": None}  # pcsc: see rig()
PCSC_OPTIONS = {"reader": "Virtual PCD 00 00", "poll_interval": 0.1}


pcscd = pcsc_rig().pcscd  # the rig's session fixture, shared with tests/devices/pcsc


class Rig(NamedTuple):
    device: CardReader
    driver: Any


@pytest.fixture(params=sorted(DRIVERS))
def rig(request, bus, monkeypatch) -> Any:
    if request.param != "pcsc":
        device = create("card_reader", request.param, publish=bus.publish)
        yield Rig(device, DRIVERS[request.param](device))
        return
    pcsc = pcsc_rig()
    daemon = request.getfixturevalue("pcscd")  # started once per session; skips without a rig
    daemon.ensure(readers=True)
    if "pcsc" not in ADAPTERS["card_reader"]:  # until the registry lists it
        from spaziocitta.devices.pcsc import PcscCardReader

        monkeypatch.setitem(ADAPTERS["card_reader"], "pcsc", PcscCardReader)
    device = create("card_reader", "pcsc", publish=bus.publish, options=PCSC_OPTIONS)
    driver = pcsc.PcscDriver(device, daemon)
    yield Rig(device, driver)
    driver.restore()


def test_implements_the_port(rig) -> None:
    assert isinstance(rig.device, CardReader)
    assert rig.device.kind == "card_reader"


def test_insert_then_remove_publishes_in_order(rig, bus, run) -> None:
    reader, driver = rig

    async def scenario() -> None:
        assert reader.state is ReaderState.READY
        assert await reader.read_card() is None
        await driver.insert(DEMO_TS_CNS)
        inserted = (await bus.wait_for(CardInserted))[0]
        assert inserted.card == DEMO_TS_CNS
        assert inserted.reader
        assert await reader.read_card() == DEMO_TS_CNS
        await driver.remove()
        removed = (await bus.wait_for(CardRemoved))[0]
        assert removed.reader == inserted.reader
        assert await reader.read_card() is None

    run(scenario, reader)
    assert [type(e) for e in bus.of(CardInserted, CardRemoved)] == [CardInserted, CardRemoved]


def test_cie_gives_only_an_opaque_id(rig, bus, run) -> None:
    reader, driver = rig

    async def scenario() -> None:
        await driver.insert(DEMO_CIE)
        card = (await bus.wait_for(CardInserted))[0].card
        assert card.holder is None
        assert card.card_id == DEMO_CIE.card_id

    run(scenario, reader)


def test_card_present_at_start_is_announced(rig, bus, run) -> None:
    reader, driver = rig

    async def scenario() -> None:
        await driver.insert(DEMO_TS_CNS)
        await reader.start()
        try:
            assert (await bus.wait_for(CardInserted))[0].card == DEMO_TS_CNS
        finally:
            await reader.close()

    run(scenario)
    assert len(bus.of(CardInserted)) == 1


def test_failed_read_on_insert_publishes_failure_not_insertion(rig, bus, run) -> None:
    reader, driver = rig

    async def scenario() -> None:
        await driver.fail_next_read("mute card")
        await driver.insert(DEMO_TS_CNS)
        failed = (await bus.wait_for(CardReadFailed))[0]
        assert failed.reason
        await bus.settle()
        assert not bus.of(CardInserted)
        await driver.remove()
        await bus.wait_for(CardRemoved)
        await driver.insert(DEMO_TS_CNS)  # the citizen tries again
        await bus.wait_for(CardInserted)

    run(scenario, reader)
    kinds = [type(e) for e in bus.of(CardInserted, CardRemoved, CardReadFailed)]
    assert kinds == [CardReadFailed, CardRemoved, CardInserted]


def test_failed_read_card_raises_device_error(rig, bus, run) -> None:
    reader, driver = rig

    async def scenario() -> None:
        await driver.insert(DEMO_TS_CNS)
        await bus.wait_for(CardInserted)
        await driver.fail_next_read("checksum")
        with pytest.raises(DeviceError):
            await reader.read_card()
        assert await reader.read_card() == DEMO_TS_CNS  # one fault, then it reads again

    run(scenario, reader)


def test_reader_unplugged_and_back(rig, bus, run) -> None:
    reader, driver = rig

    async def scenario() -> None:
        await driver.set_state(ReaderState.NO_READER)
        changed = (await bus.wait_for(CardReaderStateChanged))[0]
        assert changed.state is ReaderState.NO_READER
        assert reader.state is ReaderState.NO_READER
        with pytest.raises(DeviceUnavailable):
            await reader.read_card()
        assert (await reader.health()).ok is False
        await driver.set_state(ReaderState.READY)
        states = [e.state for e in await bus.wait_for(CardReaderStateChanged, 2)]
        assert states == [ReaderState.NO_READER, ReaderState.READY]
        assert (await reader.health()).ok is True

    run(scenario, reader)


def test_reader_lost_with_a_card_in_it_removes_the_card(rig, bus, run) -> None:
    reader, driver = rig

    async def scenario() -> None:
        await driver.insert(DEMO_TS_CNS)
        await bus.wait_for(CardInserted)
        await driver.set_state(ReaderState.UNAVAILABLE)
        # Order between these two is not part of the contract: PC/SC reports
        # reader and card changes through different monitors.
        await bus.wait_for(CardRemoved)
        await bus.wait_for(CardReaderStateChanged)
        with pytest.raises(DeviceUnavailable):
            await reader.read_card()

    run(scenario, reader)


def test_not_started_and_closed_reader_refuse_use(rig, bus) -> None:
    reader, driver = rig

    async def scenario() -> None:
        with pytest.raises(DeviceUnavailable):
            await reader.read_card()
        assert (await reader.health()).ok is None
        await reader.start()
        await reader.start()  # idempotent
        await reader.close()
        await reader.close()
        with pytest.raises(DeviceUnavailable):
            await reader.read_card()
        await driver.insert(DEMO_TS_CNS)
        await asyncio.sleep(0.02)

    asyncio.run(scenario())
    assert bus.events == []  # a closed reader is silent


def test_health_names_kind_and_adapter(rig, run) -> None:
    reader, _ = rig

    async def scenario() -> None:
        health = await reader.health()
        assert (health.kind, health.adapter, health.ok) == ("card_reader", reader.adapter, True)
        assert health.detail

    run(scenario, reader)
