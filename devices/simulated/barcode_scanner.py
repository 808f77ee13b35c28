"""A simulated barcode scanner: the demo or a test presents codes to it."""

from __future__ import annotations

from typing import ClassVar

from spaziocitta.devices.ports import Publish
from spaziocitta.devices.simulated._base import SimulatedDevice
from spaziocitta.devices.types import BarcodeScanned, Scan


class SimulatedBarcodeScanner(SimulatedDevice):
    """A scanner that delivers codes only while enabled.

    ``delivered`` records the scans published; ``ignored_scans`` counts those
    dropped because the scanner was disabled, not started or closed.
    """

    kind: ClassVar[str] = "barcode_scanner"

    def __init__(self, publish: Publish, *, enabled: bool = False) -> None:
        super().__init__(publish)
        self._enabled = enabled
        self.delivered: list[Scan] = []
        self.ignored_scans = 0

    @property
    def enabled(self) -> bool:
        """Whether scans are delivered."""
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        """Start or stop delivering scans."""
        self._enabled = bool(enabled)

    def scan(self, payload: str, symbology: str = "qr") -> bool:
        """Present a code to the scanner; True if it was delivered."""
        if not (self._enabled and self.is_open):
            self.ignored_scans += 1
            return False
        scan = Scan(payload=payload, symbology=symbology)
        self.delivered.append(scan)
        self._emit(BarcodeScanned(scan))
        return True

    def _health(self) -> tuple[bool | None, str]:
        return True, "enabled" if self._enabled else "disabled"
