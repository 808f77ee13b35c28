"""EscposPrinter against VirtualEscposPrinter over a real TCP socket."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Iterator
from datetime import datetime

import pytest

from spaziocitta.devices.escpos.commands import DLE, EOT
from spaziocitta.devices.escpos.printer import EscposPrinter
from spaziocitta.devices.escpos.transport import (
    SerialTransport,
    TcpTransport,
    UsbTransport,
    transport_for,
)
from spaziocitta.devices.escpos.virtual_printer import VirtualEscposPrinter
from spaziocitta.devices.ports import ReceiptPrinter
from spaziocitta.devices.types import (
    DeviceError,
    PaperState,
    PrinterNotReady,
    PrinterStatus,
    PrinterStatusChanged,
    Receipt,
    ReceiptLine,
)

QR = "PAGOPA|002|300715700000000032|01234567890|1600"


def receipt(title: str = "Ricevuta di pagamento") -> Receipt:
    return Receipt(
        title=title,
        lines=(ReceiptLine("Servizio", "Carta d'identità"), ReceiptLine("Città", "Forlì")),
        total="€ 22,21",
        qr=QR,
        footer="Grazie, arrivederci e buona giornata.",
        created_at=datetime(2025, 3, 7, 9, 5),
    )


@pytest.fixture
def virtual(tmp_path) -> Iterator[VirtualEscposPrinter]:
    with VirtualEscposPrinter(paper_mm=58, png_dir=tmp_path / "png") as printer:
        yield printer


@pytest.fixture
def printer(virtual, bus) -> EscposPrinter:
    return EscposPrinter(
        bus.publish,
        uri=virtual.uri,
        paper_mm=58,
        municipality="Comune di Borgo Esempio",
        status_timeout=0.2,
        poll_interval=0,
    )


def only_status_queries(stream: bytes) -> bool:
    return len(stream) % 3 == 0 and all(
        stream[i] == DLE and stream[i + 1] == EOT for i in range(0, len(stream), 3)
    )


def test_is_a_receipt_printer(printer) -> None:
    assert isinstance(printer, ReceiptPrinter)
    assert (printer.kind, printer.adapter) == ("printer", "escpos")


def test_prints_title_lines_accents_and_qr(printer, virtual, run) -> None:
    async def scenario() -> None:
        await printer.print_receipt(receipt())

    run(scenario, printer)
    [printed] = virtual.receipts
    text = printed.text
    for expected in ("Comune di Borgo Esempio", "Ricevuta di", "Carta d'identità", "Forlì"):
        assert expected in text
    assert "TOTALE" in text and "€ 22,21" in text
    assert "07/03/2025 ore 09:05" in text
    assert printed.qr_payloads == [QR]
    assert not virtual.incomplete


def test_receipt_png_has_ink_where_the_text_is(printer, virtual, run) -> None:
    from PIL import Image

    async def scenario() -> None:
        await printer.print_receipt(receipt())

    run(scenario, printer)
    path = virtual.receipts[0].png_path
    assert path is not None and path.exists()
    with Image.open(path) as image:
        assert image.width == 384
        first_line = image.convert("L").crop((0, 0, 384, 24))
        assert first_line.histogram()[0] > 50  # "Comune di Borgo Esempio" in black
        assert image.convert("L").crop((0, 0, 20, 24)).histogram()[0] == 0  # centred


@pytest.mark.parametrize("state", ["paper_out", "cover_open", "offline", "not_answering"])
def test_not_ready_refuses_and_sends_nothing_but_queries(printer, virtual, run, state) -> None:
    async def scenario() -> None:
        virtual.set_state(state)
        with pytest.raises(PrinterNotReady) as info:
            await printer.print_receipt(receipt())
        assert not info.value.status.ready

    run(scenario, printer)
    assert virtual.receipts == [] and virtual.incomplete == []
    assert all(only_status_queries(bytes(s)) for s in virtual.streams)


def test_not_answering_is_unknown_within_a_bounded_time(printer, virtual, run) -> None:
    async def scenario() -> None:
        virtual.set_state("not_answering")
        started = time.monotonic()
        status = await printer.status()
        assert time.monotonic() - started < 2.0
        assert status == PrinterStatus.unknown()
        assert (await printer.health()).ok is None

    run(scenario, printer)


def test_printer_off_still_starts_and_is_unknown(bus, run) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    device = EscposPrinter(bus.publish, uri=f"tcp://127.0.0.1:{port}", poll_interval=0)

    async def scenario() -> None:
        started = time.monotonic()
        assert await device.status() == PrinterStatus.unknown()
        assert time.monotonic() - started < 2.0
        with pytest.raises(PrinterNotReady):
            await device.print_receipt(receipt())

    run(scenario, device)


def test_connection_dropped_mid_job_raises_then_a_later_print_works(printer, virtual, run) -> None:
    async def scenario() -> None:
        virtual.drop_next_job(after_bytes=100)
        with pytest.raises(DeviceError) as info:
            await printer.print_receipt(receipt())
        assert not isinstance(info.value, PrinterNotReady)
        assert info.value.user_message == "The receipt was not printed."
        assert virtual.receipts == []
        await printer.print_receipt(receipt())

    run(scenario, printer)
    assert len(virtual.receipts) == 1
    assert len(virtual.incomplete) == 1  # the first half of the dropped job, never cut


def test_paper_running_out_mid_job_raises(virtual, bus, run) -> None:
    device = EscposPrinter(
        bus.publish, uri=virtual.uri, status_timeout=0.2, job_timeout=0.5, poll_interval=0
    )

    async def scenario() -> None:
        virtual.throttle_seconds = 0.02
        job = asyncio.ensure_future(device.print_receipt(receipt()))
        await asyncio.sleep(0.1)
        virtual.set_state("paper_out")
        with pytest.raises(DeviceError) as info:
            await job
        assert not isinstance(info.value, PrinterNotReady)
        assert device.last_status is not None and device.last_status.paper is PaperState.OUT

    run(scenario, device)
    assert virtual.receipts == []


def test_cancelled_job_is_withdrawn_from_the_printer(printer, virtual, run) -> None:
    async def scenario() -> None:
        virtual.throttle_seconds = 0.05
        job = asyncio.ensure_future(printer.print_receipt(receipt()))
        await asyncio.sleep(0.1)
        job.cancel()
        with pytest.raises(asyncio.CancelledError):
            await job
        virtual.throttle_seconds = 0
        await asyncio.sleep(0.1)
        assert virtual.receipts == []

    run(scenario, printer)
    assert len(virtual.incomplete) == 1


def test_status_changes_are_published_once_each(printer, virtual, bus, run) -> None:
    async def scenario() -> None:
        await printer.status()
        await printer.status()  # unchanged: not published again
        virtual.set_state("near_end")
        await printer.status()
        virtual.set_state("cover_open")
        await printer.status()

    run(scenario, printer)
    published = [e.status for e in bus.of(PrinterStatusChanged)]
    assert [s.paper for s in published] == [PaperState.OK, PaperState.NEAR_END, PaperState.OK]
    assert [s.cover_open for s in published] == [False, False, True]


def test_polling_publishes_changes_between_jobs(virtual, bus, run) -> None:
    device = EscposPrinter(bus.publish, uri=virtual.uri, status_timeout=0.2, poll_interval=0.02)

    async def scenario() -> None:
        virtual.set_state("paper_out")
        await bus.wait_for(PrinterStatusChanged, 2)
        assert bus.of(PrinterStatusChanged)[-1].status.paper is PaperState.OUT

    run(scenario, device)


def test_health_reports_readiness_and_the_uri(printer, virtual, run) -> None:
    async def scenario() -> None:
        health = await printer.health()
        assert health.ok is True and virtual.uri in health.detail
        virtual.set_state("paper_out")
        assert (await printer.health()).ok is False

    run(scenario, printer)


def test_uris_choose_the_transport() -> None:
    tcp = transport_for("tcp://192.0.2.10")
    assert isinstance(tcp, TcpTransport) and (tcp.host, tcp.port) == ("192.0.2.10", 9100)
    usb = transport_for("usb://04b8:0202")
    assert isinstance(usb, UsbTransport) and (usb.vendor, usb.product) == (0x04B8, 0x0202)
    serial = transport_for("serial:///dev/ttyUSB0?baudrate=19200")
    assert isinstance(serial, SerialTransport)
    assert (serial.devfile, serial.baudrate) == ("/dev/ttyUSB0", 19200)
    for bad in ("lp:///dev/usb/lp0", "usb://nonsense", "tcp://", "serial://"):
        with pytest.raises(ValueError):
            transport_for(bad)


def test_bad_paper_width_is_refused(bus) -> None:
    with pytest.raises(ValueError):
        EscposPrinter(bus.publish, uri="tcp://127.0.0.1:9100", paper_mm=76)
