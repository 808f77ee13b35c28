"""A virtual ESC/POS network printer for tests and demos (like OctoPrint's).

It listens on TCP (``port=0``: an ephemeral port, see :attr:`port`), records
every connection's byte stream, answers ``DLE EOT`` status queries as the
printer it pretends to be (:class:`VirtualState`), answers ``GS r`` once the
job before it is "printed", honours ``DLE DC4 8`` (clear buffers), and turns
what it printed into :class:`VirtualReceipt` objects, one per cut, each with a
PNG when ``png_dir`` is set. Faults: any state, a dropped connection midway
through the next job, and throttling (seconds per printed line).

Run it for a demo::

    python -m spaziocitta.devices.escpos.virtual_printer --port 9100 --png-dir DIR
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import socket
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from spaziocitta.devices.escpos import commands as cmd
from spaziocitta.devices.escpos import status
from spaziocitta.devices.escpos.interpreter import Interpreter, StatusRequest, command_length
from spaziocitta.devices.escpos.layout import PAPER, Cut, Feed, Layout, LayoutCommand

log = logging.getLogger(__name__)


class VirtualState(StrEnum):
    """The conditions the virtual printer can be put in."""

    OK = "ok"
    NEAR_END = "near_end"
    PAPER_OUT = "paper_out"
    COVER_OPEN = "cover_open"
    OFFLINE = "offline"
    NOT_ANSWERING = "not_answering"  # swallows every query: no reply at all


# Status bits per state; paper end and an open cover also set "offline", as on a printer.
_BITS: dict[VirtualState, dict[str, bool]] = {
    VirtualState.OK: {},
    VirtualState.NEAR_END: {"near_end": True},
    VirtualState.PAPER_OUT: {"offline": True, "paper_end": True, "near_end": True},
    VirtualState.COVER_OPEN: {"offline": True, "cover_open": True},
    VirtualState.OFFLINE: {"offline": True},
    VirtualState.NOT_ANSWERING: {},
}
_PRINTING = (VirtualState.OK, VirtualState.NEAR_END, VirtualState.NOT_ANSWERING)


@dataclass
class VirtualReceipt:
    """What came out of the virtual printer between two cuts (or until it stopped)."""

    commands: tuple[LayoutCommand, ...]
    paper_mm: int
    png_path: Path | None = None

    @property
    def layout(self) -> Layout:
        """The commands as a layout, to render (the code page is already decoded)."""
        from spaziocitta.devices.escpos.commands import CODE_PAGES

        columns, width = PAPER[self.paper_mm]
        return Layout(columns, width, CODE_PAGES["cp858"], self.commands)

    @property
    def lines(self) -> list[str]:
        """The printed text lines."""
        return self.layout.text_lines()

    @property
    def text(self) -> str:
        """The printed text, one line per line."""
        return "\n".join(self.lines)

    @property
    def qr_payloads(self) -> list[str]:
        """The payloads of the QR codes printed."""
        return self.layout.qr_payloads()

    def image(self) -> Any:
        """The receipt as a PIL image."""
        from spaziocitta.devices.escpos.render import to_image

        return to_image(self.layout)


class VirtualEscposPrinter:
    """A threaded TCP ESC/POS printer; use as a context manager or start()/stop()."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        state: VirtualState | str = VirtualState.OK,
        throttle_seconds: float = 0.0,
        paper_mm: int = 80,
        png_dir: str | Path | None = None,
    ) -> None:
        self.host, self._requested_port = host, port
        self.state = VirtualState(state)
        self.throttle_seconds = throttle_seconds
        self.paper_mm = paper_mm
        self.png_dir = Path(png_dir) if png_dir is not None else None
        self.receipts: list[VirtualReceipt] = []  # cut: printed
        self.incomplete: list[VirtualReceipt] = []  # cleared, dropped or never cut
        self.streams: list[bytearray] = []  # every byte received, per connection
        self.status_queries = 0
        self._drop_after: int | None = None
        self._lock = threading.RLock()
        self._server: socket.socket | None = None
        self._stopping = threading.Event()
        self._connections: list[_Connection] = []
        self._threads: list[threading.Thread] = []

    # -- control ------------------------------------------------------------

    @property
    def port(self) -> int:
        """The port listened on (the ephemeral one when started with port 0)."""
        assert self._server is not None, "not started"
        return self._server.getsockname()[1]

    @property
    def uri(self) -> str:
        """``tcp://host:port`` for EscposPrinter."""
        return f"tcp://{self.host}:{self.port}"

    def set_state(self, state: VirtualState | str) -> None:
        """Put the printer in ``state`` (paper out, cover open, ...)."""
        self.state = VirtualState(state)

    def drop_next_job(self, after_bytes: int = 64) -> None:
        """Close the connection once ``after_bytes`` of the next job have arrived."""
        with self._lock:
            self._drop_after = after_bytes

    def start(self) -> VirtualEscposPrinter:
        """Listen and accept connections on a background thread."""
        server = socket.create_server((self.host, self._requested_port))
        server.settimeout(0.1)  # so stop() is noticed
        self._server = server
        self._spawn(self._accept_loop, "virtual-escpos-accept")
        return self

    def stop(self) -> None:
        """Close the server and every connection; wait for the threads."""
        self._stopping.set()
        for connection in list(self._connections):
            connection.close()
        for thread in self._threads:
            thread.join(timeout=2)
        if self._server is not None:
            self._server.close()

    def __enter__(self) -> VirtualEscposPrinter:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def wait_idle(self, timeout: float = 2.0) -> bool:
        """Wait until every received byte has been processed; False on timeout."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if all(c.idle for c in list(self._connections)):
                return True
            time.sleep(0.01)
        return False

    # -- internals ----------------------------------------------------------

    def _spawn(self, target: Any, name: str, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, name=name, daemon=True)
        self._threads.append(thread)
        thread.start()

    def _accept_loop(self) -> None:
        assert self._server is not None
        while not self._stopping.is_set():
            try:
                sock, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            stream = bytearray()
            with self._lock:
                self.streams.append(stream)
            connection = _Connection(self, sock, stream)
            self._connections.append(connection)
            self._spawn(connection.read_loop, "virtual-escpos-reader")
            self._spawn(connection.print_loop, "virtual-escpos-engine")

    def _reply(self, query: int) -> int | None:
        with self._lock:
            self.status_queries += 1
        if self.state is VirtualState.NOT_ANSWERING:
            return None
        return status.reply_byte(query, **_BITS[self.state])

    def _take_drop_budget(self) -> int | None:
        with self._lock:
            budget, self._drop_after = self._drop_after, None
            return budget

    def _finish(self, commands: list[LayoutCommand], *, complete: bool) -> None:
        if all(isinstance(c, Feed | Cut) for c in commands):
            return  # blank paper is not a receipt
        receipt = VirtualReceipt(tuple(commands), self.paper_mm)
        with self._lock:
            target = self.receipts if complete else self.incomplete
            target.append(receipt)
            number = len(self.receipts) + len(self.incomplete)
        if complete and self.png_dir is not None:
            self.png_dir.mkdir(parents=True, exist_ok=True)
            path = self.png_dir / f"receipt-{number:04d}.png"
            receipt.image().save(path)
            receipt.png_path = path
            log.info("virtual printer: receipt saved to %s", path)


class _Connection:
    """One client: a reader (real-time commands at once) and a print engine (in order)."""

    def __init__(self, printer: VirtualEscposPrinter, sock: socket.socket, stream: bytearray):
        self.printer, self.sock, self.stream = printer, sock, stream
        self.buffer = bytearray()  # received, not yet printed
        self.cond = threading.Condition()
        self.closed = False
        self.busy = False
        self.interpreter = Interpreter()
        self.current: list[LayoutCommand] = []
        self._send_lock = threading.Lock()
        self._drop_budget: int | None = None

    @property
    def idle(self) -> bool:
        with self.cond:
            return self.closed or (not self.buffer and not self.busy)

    def close(self) -> None:
        with self.cond:
            self.closed = True
            self.cond.notify_all()
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        self.sock.close()

    def send(self, data: bytes) -> None:
        # The client may have left: a printer does not care.
        with self._send_lock, contextlib.suppress(OSError):
            self.sock.sendall(data)

    # -- reader thread: bytes in, real-time commands answered at once --------

    def read_loop(self) -> None:
        pending = bytearray()
        while True:
            try:
                data = self.sock.recv(4096)
            except OSError:
                data = b""
            if not data:
                break
            self.stream += data
            pending += data
            pending = self._take_realtime(pending)
            if pending is None:
                return
        with self.cond:
            self.closed = True
            self.cond.notify_all()

    def _take_realtime(self, pending: bytearray) -> bytearray | None:
        """Answer real-time commands, queue the rest; keep an incomplete DLE tail."""
        keep, out, i = bytearray(), bytearray(), 0
        while i < len(pending):
            if pending[i] == cmd.DLE:
                length = command_length(pending, i)
                if length is None or i + length > len(pending):
                    keep = pending[i:]
                    break
                self._realtime(bytes(pending[i : i + length]))
                i += length
            else:
                out.append(pending[i])
                i += 1
        if out and not self._queue(out):
            return None
        return keep

    def _realtime(self, command: bytes) -> None:
        if command[1] == cmd.EOT:
            reply = self.printer._reply(command[2])
            if reply is not None:
                self.send(bytes([reply]))
        elif command[1] == cmd.DC4 and command[2] == 8:
            with self.cond:
                self.buffer.clear()
                self._abandon_current()
            if self.printer.state is not VirtualState.NOT_ANSWERING:
                self.send(cmd.CLEAR_BUFFERS_REPLY)

    def _queue(self, data: bytearray) -> bool:
        if self._drop_budget is None:
            self._drop_budget = self.printer._take_drop_budget()
        if self._drop_budget is not None and len(data) >= self._drop_budget:
            data = data[: self._drop_budget]
            with self.cond:
                self.buffer += data
            log.info("virtual printer: dropping the connection mid-job (fault injected)")
            self.close()
            return False
        if self._drop_budget is not None:
            self._drop_budget -= len(data)
        with self.cond:
            self.buffer += data
            self.cond.notify_all()
        return True

    # -- engine thread: commands applied in order, at the throttled speed ---

    def print_loop(self) -> None:
        while True:
            with self.cond:
                command = self._next_command()
                if command is None:
                    break
                self.busy = True
                produced = self.interpreter.apply(command)
                lines = 0
                for item in produced:
                    if isinstance(item, StatusRequest):
                        self._answer_status_request()
                    elif isinstance(item, Cut):
                        self.current.append(item)
                        self.printer._finish(self.current, complete=True)
                        self.current = []
                    else:
                        self.current.append(item)
                        lines += 1
                if command[:2] == cmd.INIT:
                    self._abandon_current()  # ESC @ mid-receipt: the rest never comes
            if lines and self.printer.throttle_seconds:
                time.sleep(self.printer.throttle_seconds * lines)
            with self.cond:
                self.busy = False
        with self.cond:
            self._abandon_current()

    def _next_command(self) -> bytes | None:
        """Wait (holding ``cond``) for a whole command the printer may print now."""
        while True:
            ready = self.printer.state in _PRINTING
            if self.buffer and ready:
                length = command_length(self.buffer)
                if length is not None and length <= len(self.buffer):
                    command = bytes(self.buffer[:length])
                    del self.buffer[:length]
                    return command
            if self.closed and (not self.buffer or not ready or length_incomplete(self.buffer)):
                return None
            self.cond.wait(0.02)

    def _answer_status_request(self) -> None:
        state = self.printer.state
        with self.printer._lock:
            self.printer.status_queries += 1
        if state is VirtualState.NOT_ANSWERING:
            return
        bits = _BITS[state]
        # GS r 1: bits 0-1 paper near end, bits 2-3 paper end; bit 4 always clear.
        self.send(
            bytes([(0x03 if bits.get("near_end") else 0) | (0x0C if bits.get("paper_end") else 0)])
        )

    def _abandon_current(self) -> None:
        if self.current:
            self.printer._finish(self.current, complete=False)
            self.current = []


def length_incomplete(buffer: bytearray) -> bool:
    """True when the buffer ends inside a command that will never be completed."""
    length = command_length(buffer)
    return length is None or length > len(buffer)


def main(argv: Sequence[str] | None = None) -> None:
    """Command line: run a virtual printer until interrupted."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=9100)
    parser.add_argument("--png-dir", type=Path, help="save each receipt as a PNG here")
    parser.add_argument("--paper", type=int, choices=sorted(PAPER), default=80)
    parser.add_argument("--state", choices=[s.value for s in VirtualState], default="ok")
    parser.add_argument("--throttle", type=float, default=0.0, help="seconds per printed line")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    printer = VirtualEscposPrinter(
        args.host,
        args.port,
        state=args.state,
        throttle_seconds=args.throttle,
        paper_mm=args.paper,
        png_dir=args.png_dir,
    )
    with printer:
        print(f"virtual ESC/POS printer on {printer.uri}", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main()
