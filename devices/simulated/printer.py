"""A simulated receipt printer with settable faults, like OctoPrint's virtual printer."""

from __future__ import annotations

import asyncio
from enum import StrEnum
from typing import ClassVar

from spaziocitta.devices.ports import Publish
from spaziocitta.devices.simulated._base import SimulatedDevice
from spaziocitta.devices.types import (
    DeviceError,
    PaperState,
    PrinterNotReady,
    PrinterStatus,
    PrinterStatusChanged,
    Receipt,
)


class SimulatedPrinterState(StrEnum):
    """The conditions the simulated printer can be put in."""

    OK = "ok"
    NEAR_END = "near_end"
    PAPER_OUT = "paper_out"
    COVER_OPEN = "cover_open"
    OFFLINE = "offline"
    NOT_ANSWERING = "not_answering"


# What an ESC/POS printer reports in each condition: paper end and an open
# cover also set the offline bit, so online is False for them too.
_STATUS = {
    SimulatedPrinterState.OK: PrinterStatus(True, PaperState.OK, False),
    SimulatedPrinterState.NEAR_END: PrinterStatus(True, PaperState.NEAR_END, False),
    SimulatedPrinterState.PAPER_OUT: PrinterStatus(False, PaperState.OUT, False),
    SimulatedPrinterState.COVER_OPEN: PrinterStatus(False, PaperState.OK, True),
    SimulatedPrinterState.OFFLINE: PrinterStatus(False, PaperState.OK, False),
    SimulatedPrinterState.NOT_ANSWERING: PrinterStatus.unknown(),
}


class SimulatedReceiptPrinter(SimulatedDevice):
    """A receipt printer that records every receipt it printed.

    ``printed`` holds completed jobs, ``failed`` jobs that broke halfway.
    ``not_answering_delay`` is how long a status query waits before giving
    up; ``throttle_seconds`` is the time spent per printed line.
    """

    kind: ClassVar[str] = "printer"

    def __init__(
        self,
        publish: Publish,
        *,
        state: SimulatedPrinterState | str = SimulatedPrinterState.OK,
        not_answering_delay: float = 0.02,
        throttle_seconds: float = 0.0,
    ) -> None:
        super().__init__(publish)
        self._state = SimulatedPrinterState(state)
        self.not_answering_delay = not_answering_delay
        self.throttle_seconds = throttle_seconds
        self.printed: list[Receipt] = []
        self.failed: list[Receipt] = []
        self.status_queries = 0
        self._fail_mid_job = False
        self._job_lock = asyncio.Lock()  # one job at a time, as on the real thing
        self._last_published: PrinterStatus | None = None

    @property
    def state(self) -> SimulatedPrinterState:
        """The condition the printer is in."""
        return self._state

    def set_state(self, state: SimulatedPrinterState | str) -> None:
        """Put the printer in ``state`` and publish the status if it changed."""
        self._state = SimulatedPrinterState(state)
        self._publish_if_changed(_STATUS[self._state])

    def fail_mid_job_next(self) -> None:
        """Make the next job break after its first line (a jam)."""
        self._fail_mid_job = True

    async def _on_start(self) -> None:
        self._publish_if_changed(_STATUS[self._state])

    async def status(self) -> PrinterStatus:
        """The printer's status; bounded by ``not_answering_delay`` when silent."""
        self._require_open()
        self.status_queries += 1
        if self._state is SimulatedPrinterState.NOT_ANSWERING:
            await asyncio.sleep(self.not_answering_delay)
        status = _STATUS[self._state]
        self._publish_if_changed(status)
        return status

    async def print_receipt(self, receipt: Receipt) -> None:
        """Print ``receipt`` or raise, recording it in ``printed`` only on success."""
        async with self._job_lock:
            status = await self.status()
            if not status.ready:
                raise PrinterNotReady(status)
            # Header, each line and the footer each take one throttle step.
            for step in range(len(receipt.lines) + 2):
                if self.throttle_seconds:
                    await asyncio.sleep(self.throttle_seconds)
                if step == 1 and self._fail_mid_job:
                    self._fail_mid_job = False
                    self.failed.append(receipt)
                    raise DeviceError(
                        "paper jam mid-job", user_message="The receipt was not printed."
                    )
            self.printed.append(receipt)

    def _publish_if_changed(self, status: PrinterStatus) -> None:
        if self.is_open and status != self._last_published:
            self._last_published = status
            self._emit(PrinterStatusChanged(status))

    def _health(self) -> tuple[bool | None, str]:
        if self._state is SimulatedPrinterState.NOT_ANSWERING:
            return None, "not answering"
        return _STATUS[self._state].ready, self._state.value
