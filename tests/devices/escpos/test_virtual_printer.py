"""The virtual printer on its own: raw bytes in, receipts and PNGs out, the CLI."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

from spaziocitta.devices.escpos.commands import CLEAR_BUFFERS, CLEAR_BUFFERS_REPLY, status_query
from spaziocitta.devices.escpos.layout import ReceiptStyle, build_layout
from spaziocitta.devices.escpos.render import to_escpos_bytes
from spaziocitta.devices.escpos.virtual_printer import VirtualEscposPrinter
from spaziocitta.devices.types import Receipt, ReceiptLine

JOB = to_escpos_bytes(
    build_layout(
        Receipt("Così è", (ReceiptLine("Più", "giù"),), qr="https://comune.example/p/1"),
        ReceiptStyle("Comune di Prova", 80),
    )
)


def test_records_streams_and_answers_status(tmp_path) -> None:
    with (
        VirtualEscposPrinter(png_dir=tmp_path) as virtual,
        socket.create_connection(("127.0.0.1", virtual.port), timeout=2) as client,
    ):
        client.sendall(status_query(1))
        assert client.recv(1) == b"\x12"
        virtual.set_state("paper_out")
        client.sendall(status_query(4))
        assert client.recv(1) == b"\x7e"
        virtual.set_state("ok")
        client.sendall(JOB)
        assert virtual.wait_idle()
        time.sleep(0.05)
        assert bytes(virtual.streams[0]).endswith(JOB)
        [printed] = virtual.receipts
        assert "Così è" in printed.text and "Più" in printed.text
        assert printed.qr_payloads == ["https://comune.example/p/1"]
        assert printed.png_path is not None and printed.png_path.parent == tmp_path


def test_not_answering_swallows_queries() -> None:
    with (
        VirtualEscposPrinter(state="not_answering") as virtual,
        socket.create_connection(("127.0.0.1", virtual.port), timeout=0.3) as client,
    ):
        client.sendall(status_query(1))
        try:
            reply = client.recv(1)
        except TimeoutError:
            reply = b""
        assert reply == b""
        assert virtual.status_queries == 1


def test_clear_buffers_withdraws_an_unprinted_job() -> None:
    with (
        VirtualEscposPrinter(throttle_seconds=0.05) as virtual,
        socket.create_connection(("127.0.0.1", virtual.port), timeout=2) as client,
    ):
        client.sendall(JOB)
        time.sleep(0.05)
        client.sendall(CLEAR_BUFFERS)
        assert client.recv(3) == CLEAR_BUFFERS_REPLY
        virtual.throttle_seconds = 0
        assert virtual.wait_idle()
        assert virtual.receipts == [] and len(virtual.incomplete) == 1


def test_command_line_runs_a_printer_that_saves_pngs(tmp_path) -> None:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "spaziocitta.devices.escpos.virtual_printer",
            "--port",
            "0",
            "--png-dir",
            str(tmp_path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        banner = process.stdout.readline()
        assert banner.startswith("virtual ESC/POS printer on tcp://127.0.0.1:")
        port = int(banner.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=2) as client:
            client.sendall(JOB + b"\x1d\x72\x01")  # GS r 1: answered once the job is done
            assert client.recv(1) == b"\x00"
        assert [p.name for p in tmp_path.iterdir()] == ["receipt-0001.png"]
    finally:
        process.terminate()
        process.wait(timeout=5)
