"""EscposPrinter: the ReceiptPrinter port over ESC/POS (TCP, USB or serial).

All I/O runs on one single-thread executor per printer, so a query never
interleaves with a job and the event loop never blocks. Every read is bounded
(``status_timeout`` per status reply, ``job_timeout`` for a whole job), so a
silent printer costs a fraction of a second, never the 60 s python-escpos's
``Network`` would wait.

A job: status (``DLE EOT``) → refuse with PrinterNotReady, nothing sent, unless
ready → the ESC/POS bytes → ``GS r 1``, whose reply comes once the printer has
processed the job → status again. A dropped connection or a job that does not
finish raises DeviceError; the caller keeps the receipt. A cancelled job is
withdrawn with ``DLE DC4 8`` (clear buffers) before the cancellation completes.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import ClassVar

from spaziocitta.devices.escpos import commands as cmd
from spaziocitta.devices.escpos.layout import Layout, ReceiptStyle, build_layout
from spaziocitta.devices.escpos.render import to_escpos_bytes
from spaziocitta.devices.escpos.status import query
from spaziocitta.devices.escpos.transport import Transport, TransportError, transport_for
from spaziocitta.devices.ports import Publish
from spaziocitta.devices.types import (
    DeviceError,
    DeviceHealth,
    DeviceUnavailable,
    PaperState,
    PrinterNotReady,
    PrinterStatus,
    PrinterStatusChanged,
    Receipt,
)

log = logging.getLogger(__name__)

_CHUNK = 1024  # bytes per write: a cancelled job stops within one chunk
_POLL_SLICE = 0.02  # how often a waiting job looks at its abort flag


class _Aborted(Exception):
    """The job was withdrawn because its caller was cancelled."""


class EscposPrinter:
    """A receipt printer speaking ESC/POS, chosen by ``uri``.

    ``uri``: ``tcp://host:9100``, ``usb://VID:PID`` (hex) or
    ``serial:///dev/ttyUSB0?baudrate=19200``. ``poll_interval`` (s, 0 = never)
    is how often the status is polled to publish PrinterStatusChanged between
    jobs. ``confirm_jobs=False`` skips the ``GS r 1`` end-of-job handshake for
    printers that do not answer it (the job then returns once sent).
    """

    kind: ClassVar[str] = "printer"
    adapter: str = "escpos"

    def __init__(
        self,
        publish: Publish,
        *,
        uri: str,
        paper_mm: int = 80,
        municipality: str = "",
        logo_path: str | Path | None = None,
        code_page: str = "cp858",
        status_timeout: float = 0.5,
        connect_timeout: float = 1.0,
        job_timeout: float = 20.0,
        poll_interval: float = 5.0,
        confirm_jobs: bool = True,
    ) -> None:
        self._publish = publish
        self.uri = uri
        self.style = ReceiptStyle(municipality, paper_mm, logo_path, code_page)
        self._transport: Transport = transport_for(
            uri, connect_timeout=connect_timeout, write_timeout=max(job_timeout, 1.0)
        )
        self.status_timeout = status_timeout
        self.job_timeout = job_timeout
        self.poll_interval = poll_interval
        self.confirm_jobs = confirm_jobs
        self._executor: ThreadPoolExecutor | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._poller: asyncio.Task[None] | None = None
        self._job_lock = asyncio.Lock()  # jobs in call order; the executor alone would not say so
        self._connected = False  # touched on the I/O thread only
        self._last_status: PrinterStatus | None = None
        self.started = False
        self.closed = False

    # -- life cycle ---------------------------------------------------------

    @property
    def is_open(self) -> bool:
        """Started and not closed."""
        return self.started and not self.closed

    @property
    def last_status(self) -> PrinterStatus | None:
        """The last status seen (and published), None before the first query."""
        return self._last_status

    async def start(self) -> None:
        """Start the I/O thread, publish the status found, start polling."""
        if self.started:
            return
        if self.closed:
            raise DeviceUnavailable("printer is closed")
        self._loop = asyncio.get_running_loop()
        self._executor = ThreadPoolExecutor(1, thread_name_prefix=f"escpos-{self.uri}")
        self.started = True
        await self.status()  # a printer that is off still starts: its status is unknown
        if self.poll_interval > 0:
            self._poller = self._loop.create_task(self._poll(), name="escpos-status-poll")

    async def close(self) -> None:
        """Stop polling, disconnect, stop the I/O thread."""
        if self.closed:
            return
        self.closed = True
        if self._poller is not None:
            self._poller.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._poller
        if self._executor is not None:
            # Queued after any I/O in flight, which is bounded: this returns soon.
            await asyncio.wrap_future(self._executor.submit(self._disconnect))
            self._executor.shutdown(wait=False)

    async def _poll(self) -> None:
        while True:
            await asyncio.sleep(self.poll_interval)
            try:
                await self.status()
            except DeviceUnavailable:
                return
            except Exception:  # a poll must never die of one bad answer
                log.exception("printer status poll failed")

    # -- the port -----------------------------------------------------------

    async def status(self) -> PrinterStatus:
        """Ask the printer; an unknown status when it does not answer in time."""
        return await self._submit(self._status_io)

    async def health(self) -> DeviceHealth:
        """Health from a fresh, bounded status query; never raises."""
        if not self.is_open:
            detail = "closed" if self.closed else "not started"
            return DeviceHealth(self.kind, self.adapter, ok=None, detail=detail)
        try:
            status = await self.status()
        except DeviceError as exc:
            return DeviceHealth(self.kind, self.adapter, ok=None, detail=str(exc))
        if status == PrinterStatus.unknown():
            return DeviceHealth(self.kind, self.adapter, None, f"not answering ({self.uri})")
        detail = status.problem or (
            "paper near its end" if status.paper is PaperState.NEAR_END else "ready"
        )
        return DeviceHealth(self.kind, self.adapter, status.ready, f"{detail} ({self.uri})")

    def layout_for(self, receipt: Receipt) -> Layout:
        """The layout this printer prints ``receipt`` with (for an on-screen copy)."""
        return build_layout(receipt, self.style)

    async def print_receipt(self, receipt: Receipt) -> None:
        """Print ``receipt``; PrinterNotReady before sending anything, DeviceError midway."""
        self._require_open()
        async with self._job_lock:
            abort = threading.Event()
            future = self._executor_or_raise().submit(self._job_io, receipt, abort)
            try:
                refused = await asyncio.wrap_future(future)
            except asyncio.CancelledError:
                abort.set()
                # Let the I/O thread withdraw the job before the next one may start.
                waiter = asyncio.wrap_future(future)
                await asyncio.wait({waiter}, timeout=self.job_timeout)
                if waiter.done() and not waiter.cancelled():
                    waiter.exception()  # the withdrawal's DeviceError: expected, retrieved
                raise
            if refused is not None:
                raise PrinterNotReady(refused)

    # -- helpers on the loop thread ----------------------------------------

    def _require_open(self) -> None:
        if not self.is_open:
            raise DeviceUnavailable(f"printer is {'closed' if self.closed else 'not started'}")

    def _executor_or_raise(self) -> ThreadPoolExecutor:
        self._require_open()
        assert self._executor is not None
        return self._executor

    async def _submit(self, fn, *args):  # type: ignore[no-untyped-def]
        future: Future = self._executor_or_raise().submit(fn, *args)
        return await asyncio.wrap_future(future)

    def _publish_if_changed(self, status: PrinterStatus) -> None:
        if self.is_open and status != self._last_status:
            self._last_status = status
            self._publish(PrinterStatusChanged(status))

    # -- I/O thread ---------------------------------------------------------

    def _notify(self, status: PrinterStatus) -> None:
        assert self._loop is not None
        with contextlib.suppress(RuntimeError):  # the loop is closing: nobody listens
            self._loop.call_soon_threadsafe(self._publish_if_changed, status)

    def _disconnect(self) -> None:
        self._transport.close()
        self._connected = False

    def _status_io(self) -> PrinterStatus:
        status = self._query_status()
        self._notify(status)
        return status

    def _query_status(self) -> PrinterStatus:
        reused = self._connected
        try:
            if not self._connected:
                self._transport.open()
                self._connected = True
            self._transport.discard_input()
            status = query(self._ask)
        except TransportError as exc:
            self._disconnect()
            if reused:  # the printer may have closed an idle connection: one fresh try
                return self._query_status()
            log.info("printer %s unreachable: %s", self.uri, exc)
            return PrinterStatus.unknown()
        if status == PrinterStatus.unknown():
            self._disconnect()  # a late reply must not be read as the next answer
        return status

    def _ask(self, request: bytes) -> int | None:
        self._transport.write(request)
        data = self._read_within(self.status_timeout)
        return data[0] if data else None

    def _read_within(self, seconds: float, abort: threading.Event | None = None) -> bytes:
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            if abort is not None and abort.is_set():
                raise _Aborted
            data = self._transport.read(min(left, _POLL_SLICE) if abort else left)
            if data:
                return data
        return b""

    def _job_io(self, receipt: Receipt, abort: threading.Event) -> PrinterStatus | None:
        """Run one job; returns the status if the printer refused it, None when printed."""
        try:
            data = to_escpos_bytes(build_layout(receipt, self.style))
        except (OSError, ValueError) as exc:  # e.g. an unreadable logo
            raise DeviceError(f"cannot lay out the receipt: {exc}") from exc
        before = self._status_io()
        if not before.ready:
            return before
        try:
            self._send_job(data, abort)
        except _Aborted:
            self._withdraw()
            raise DeviceError("job cancelled") from None
        except TransportError as exc:
            self._disconnect()
            self._status_io()  # tell the kiosk what the printer says now, if anything
            raise DeviceError(
                f"job failed midway: {exc}", user_message="The receipt was not printed."
            ) from exc
        after = self._status_io()
        if after.paper is PaperState.OUT or after.cover_open:
            raise DeviceError(
                f"printer stopped during the job: {after}",
                user_message="The receipt may be incomplete.",
            )
        return None

    def _send_job(self, data: bytes, abort: threading.Event) -> None:
        for start in range(0, len(data), _CHUNK):
            if abort.is_set():
                raise _Aborted
            self._transport.write(data[start : start + _CHUNK])
        if not self.confirm_jobs:
            return
        self._transport.write(cmd.JOB_END_QUERY)
        # GS r replies have bit 4 clear; a DLE EOT reply (bit 4 set) is not the marker.
        deadline = time.monotonic() + self.job_timeout
        while (left := deadline - time.monotonic()) > 0:
            reply = self._read_within(left, abort)
            if any(byte & 0x90 == 0 for byte in reply):
                return
        self._disconnect()
        raise TransportError(f"the printer did not finish the job within {self.job_timeout} s")

    def _withdraw(self) -> None:
        """Clear what the printer has not printed yet, then start afresh."""
        try:
            self._transport.write(cmd.CLEAR_BUFFERS)
            self._read_within(self.status_timeout)  # 37 25 00 from printers that have it
        except TransportError:
            pass
        finally:
            # A fresh connection: the printer's parser may be inside a command.
            self._disconnect()
