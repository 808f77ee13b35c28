"""Contract of the ReceiptPrinter port, run against every implementation.

The driver puts the printer in a condition (paper out, cover open, ...),
breaks a job halfway and tells what came out of the printer; ``expect(job)``
is what should have come out for ``job`` (for a real printer: its text and QR).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any, ClassVar, NamedTuple

import pytest

from spaziocitta.devices.escpos.printer import EscposPrinter
from spaziocitta.devices.escpos.virtual_printer import VirtualEscposPrinter
from spaziocitta.devices.ports import ReceiptPrinter
from spaziocitta.devices.registry import create
from spaziocitta.devices.simulated import SimulatedReceiptPrinter
from spaziocitta.devices.types import (
    DeviceError,
    DeviceUnavailable,
    PaperState,
    PrinterNotReady,
    PrinterStatus,
    PrinterStatusChanged,
    Receipt,
    ReceiptLine,
)

NOT_READY = ("paper_out", "cover_open", "offline", "not_answering")


class SimulatedDriver:
    """Drives SimulatedReceiptPrinter."""

    options: ClassVar[dict[str, object]] = {"not_answering_delay": 0.02}

    def __init__(self, device: SimulatedReceiptPrinter) -> None:
        self.device = device

    async def set_condition(self, condition: str) -> None:
        self.device.set_state(condition)

    async def fail_mid_job_next(self) -> None:
        self.device.fail_mid_job_next()

    async def slow_down(self, seconds_per_line: float) -> None:
        self.device.throttle_seconds = seconds_per_line

    async def printed(self) -> list[Receipt]:
        return list(self.device.printed)

    def expect(self, job: Receipt) -> Receipt:
        return job

    @classmethod
    def build(cls, publish) -> tuple[Any, Any]:
        device = create("printer", "simulated", publish=publish, options=cls.options)
        return device, cls(device)

    def teardown(self) -> None:
        pass


class EscposDriver:
    """Drives EscposPrinter against a VirtualEscposPrinter over a real TCP socket.

    A real printer's change is seen at the adapter's next status poll, so
    ``set_condition`` waits until the adapter has seen it.
    """

    STATUS: ClassVar[dict[str, PrinterStatus]] = {
        "ok": PrinterStatus(True, PaperState.OK, False),
        "near_end": PrinterStatus(True, PaperState.NEAR_END, False),
        "paper_out": PrinterStatus(False, PaperState.OUT, False),
        "cover_open": PrinterStatus(False, PaperState.OK, True),
        "offline": PrinterStatus(False, PaperState.OK, False),
        "not_answering": PrinterStatus.unknown(),
    }

    def __init__(self, device: EscposPrinter, virtual: VirtualEscposPrinter) -> None:
        self.device, self.virtual = device, virtual

    @classmethod
    def build(cls, publish) -> tuple[Any, Any]:
        virtual = VirtualEscposPrinter().start()
        device = EscposPrinter(
            publish,
            uri=virtual.uri,
            paper_mm=58,
            municipality="Comune di Borgo Esempio",
            status_timeout=0.2,
            poll_interval=0.02,
        )
        return device, cls(device, virtual)

    def teardown(self) -> None:
        self.virtual.stop()

    async def set_condition(self, condition: str) -> None:
        self.virtual.set_state(condition)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 3.0
        while self.device.last_status != self.STATUS[condition]:
            assert loop.time() < deadline, f"the adapter did not notice {condition!r}"
            await asyncio.sleep(0.005)

    async def fail_mid_job_next(self) -> None:
        self.virtual.drop_next_job(after_bytes=64)

    async def slow_down(self, seconds_per_line: float) -> None:
        self.virtual.throttle_seconds = seconds_per_line

    async def printed(self) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        return [(tuple(r.lines), tuple(r.qr_payloads)) for r in self.virtual.receipts]

    def expect(self, job: Receipt) -> tuple[tuple[str, ...], tuple[str, ...]]:
        layout = self.device.layout_for(job)
        return tuple(layout.text_lines()), tuple(layout.qr_payloads())


DRIVERS: dict[str, Any] = {"simulated": SimulatedDriver, "escpos": EscposDriver}


class Rig(NamedTuple):
    device: ReceiptPrinter
    driver: Any


@pytest.fixture(params=sorted(DRIVERS))
def rig(request, bus) -> Iterator[Rig]:
    device, driver = DRIVERS[request.param].build(bus.publish)
    yield Rig(device, driver)
    driver.teardown()


def receipt(title: str = "Ricevuta") -> Receipt:
    return Receipt(
        title=title,
        lines=(ReceiptLine("Servizio", "Certificato di residenza"), ReceiptLine("Pratica", "42")),
        total="€ 16,00",
        qr="https://comune.example/p/42",
        footer="Grazie",
    )


def test_implements_the_port(rig) -> None:
    assert isinstance(rig.device, ReceiptPrinter)
    assert rig.device.kind == "printer"


def test_ready_printer_prints_exactly_once(rig, run) -> None:
    printer, driver = rig
    job = receipt()

    async def scenario() -> None:
        assert (await printer.status()).ready
        await printer.print_receipt(job)
        assert await driver.printed() == [driver.expect(job)]

    run(scenario, printer)


def test_paper_near_end_still_prints(rig, run) -> None:
    printer, driver = rig

    async def scenario() -> None:
        await driver.set_condition("near_end")
        status = await printer.status()
        assert status.ready
        assert status.paper is PaperState.NEAR_END
        await printer.print_receipt(receipt())
        assert len(await driver.printed()) == 1

    run(scenario, printer)


@pytest.mark.parametrize("condition", NOT_READY)
def test_not_ready_refuses_before_printing_anything(rig, run, condition) -> None:
    printer, driver = rig

    async def scenario() -> None:
        await driver.set_condition(condition)
        with pytest.raises(PrinterNotReady) as info:
            await printer.print_receipt(receipt())
        assert not info.value.status.ready
        assert info.value.user_message
        assert await driver.printed() == []
        assert (await printer.health()).ok is not True

    run(scenario, printer)


def test_not_answering_is_unknown_never_ready_and_bounded(rig, run) -> None:
    printer, driver = rig

    async def scenario() -> None:
        await driver.set_condition("not_answering")
        loop = asyncio.get_running_loop()
        started = loop.time()
        status = await printer.status()
        assert loop.time() - started < 2.0
        assert status == PrinterStatus.unknown()
        assert not status.ready

    run(scenario, printer)


def test_mid_job_failure_raises_and_the_receipt_can_be_printed_again(rig, run) -> None:
    printer, driver = rig
    job = receipt()

    async def scenario() -> None:
        await driver.fail_mid_job_next()
        with pytest.raises(DeviceError) as info:
            await printer.print_receipt(job)
        assert not isinstance(info.value, PrinterNotReady)  # it was ready, then broke
        assert await driver.printed() == []
        await printer.print_receipt(job)
        assert await driver.printed() == [driver.expect(job)]

    run(scenario, printer)


def test_status_changes_are_published_in_order(rig, bus, run) -> None:
    printer, driver = rig

    async def scenario() -> None:
        await driver.set_condition("paper_out")
        await driver.set_condition("cover_open")
        await driver.set_condition("ok")
        await bus.wait_for(PrinterStatusChanged, 3)
        # A real adapter may also publish the status found at start.
        tail = [e.status for e in bus.of(PrinterStatusChanged)][-3:]
        assert [s.paper for s in tail] == [PaperState.OUT, PaperState.OK, PaperState.OK]
        assert [s.cover_open for s in tail] == [False, True, False]
        assert [s.ready for s in tail] == [False, False, True]

    run(scenario, printer)


def test_concurrent_jobs_are_serialised_in_order(rig, run) -> None:
    printer, driver = rig
    first, second = receipt("primo"), receipt("secondo")

    async def scenario() -> None:
        await driver.slow_down(0.005)
        await asyncio.gather(printer.print_receipt(first), printer.print_receipt(second))
        assert await driver.printed() == [driver.expect(first), driver.expect(second)]

    run(scenario, printer)


def test_cancelled_job_is_not_recorded_as_printed(rig, run) -> None:
    printer, driver = rig

    async def scenario() -> None:
        await driver.slow_down(0.05)
        task = asyncio.ensure_future(printer.print_receipt(receipt()))
        await asyncio.sleep(0.02)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await driver.slow_down(0)
        assert await driver.printed() == []
        await printer.print_receipt(receipt("dopo"))  # the job lock was released
        assert len(await driver.printed()) == 1

    run(scenario, printer)


def test_closed_printer_refuses_jobs(rig) -> None:
    printer, driver = rig

    async def scenario() -> None:
        with pytest.raises(DeviceUnavailable):
            await printer.print_receipt(receipt())
        await printer.start()
        await printer.close()
        with pytest.raises(DeviceUnavailable):
            await printer.status()
        assert await driver.printed() == []

    asyncio.run(scenario())
