"""A scanner on a serial port: USB CDC-ACM (``/dev/ttyACM0``) or RS-232, through pyserial.

Codes arrive as bytes ended by CR and/or LF; a scanner configured without a
suffix is served too, a code being complete when the line falls idle. One
reader thread per scanner does the blocking reads and hands every code to the
event loop with ``call_soon_threadsafe`` (ARCHITECTURE.md). An unplugged
scanner is reopened every ``reopen_seconds``; health says so meanwhile.
Overlong input without a terminator (a scanner gone mad, a wrong port) is
dropped, never buffered without bound.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from typing import Any

from spaziocitta.devices.ports import Publish

from ._common import ScannerBase

log = logging.getLogger(__name__)


class SerialBarcodeScanner(ScannerBase):
    """A serial barcode scanner (``adapter = "serial"``)."""

    adapter = "serial"

    def __init__(
        self,
        publish: Publish,
        *,
        port: str,
        baudrate: int = 9600,
        encoding: str = "utf-8",
        aim_ids: bool = False,
        symbology: str = "unknown",
        max_length: int = 1024,
        idle_seconds: float = 0.3,
        reopen_seconds: float = 2.0,
    ) -> None:
        super().__init__(publish, aim_ids=aim_ids, symbology=symbology)
        self.port = port
        self.baudrate = baudrate
        self.encoding = encoding
        self.max_length = max_length
        self.idle_seconds = idle_seconds
        self.reopen_seconds = reopen_seconds
        self.overlong = 0
        """Inputs dropped for running past ``max_length`` without a terminator."""
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    async def start(self) -> None:
        """Open the port in the reader thread (a missing port is retried, not an error)."""
        if not self._check_startable():
            return
        import serial  # noqa: F401  (pyserial, via python-escpos[serial]): fail here if absent

        self._loop = asyncio.get_running_loop()
        self.started = True
        self._thread = threading.Thread(target=self._run, name="scanner-serial", daemon=True)
        self._thread.start()

    async def close(self) -> None:
        """Stop the reader thread and release the port."""
        if self.closed:
            return
        self.closed = True
        self._stop.set()
        if self._thread is not None:
            await asyncio.to_thread(self._thread.join, 2.0)

    # -- the reader thread ------------------------------------------------------------------

    def _run(self) -> None:
        import serial

        while not self._stop.is_set():
            try:
                port = serial.Serial(self.port, self.baudrate, timeout=0.05)
            except (serial.SerialException, OSError) as exc:
                self._state(False, f"cannot open {self.port}: {exc}")
                self._stop.wait(self.reopen_seconds)
                continue
            self._state(True, f"{self.port} open")
            try:
                self._read(port)
            except (serial.SerialException, OSError) as exc:
                self._state(False, f"{self.port} lost: {exc}")
                self._stop.wait(self.reopen_seconds)
            finally:
                port.close()

    def _read(self, port: Any) -> None:
        buffer = bytearray()
        discarding = False
        idle = 0.0
        while not self._stop.is_set():
            data = port.read(256)
            if not data:
                idle += 0.05
                if buffer and idle >= self.idle_seconds:
                    self._frame(bytes(buffer), discarding)  # a scanner with no suffix
                    buffer.clear()
                    discarding = False
                continue
            idle = 0.0
            for byte in data:
                if byte in (0x0D, 0x0A):
                    if buffer or discarding:
                        self._frame(bytes(buffer), discarding)
                    buffer.clear()
                    discarding = False
                elif not discarding:
                    buffer.append(byte)
                    if len(buffer) > self.max_length:
                        buffer.clear()
                        discarding = True

    def _frame(self, frame: bytes, overlong: bool) -> None:
        if overlong:
            self.overlong += 1
            log.warning("scanner on %s: input over %d bytes dropped", self.port, self.max_length)
            return
        text = frame.decode(self.encoding, errors="replace")
        self._hand_over(self._deliver, text)

    def _state(self, connected: bool, detail: str) -> None:
        def apply() -> None:
            self.connected, self.detail = connected, detail

        self._hand_over(apply)

    def _hand_over(self, fn: Any, *args: Any) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            # RuntimeError: the loop closed between the check and the call (shutting down).
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(fn, *args)
