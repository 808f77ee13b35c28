"""What both scanner adapters share: AIM symbology identifiers and scan delivery."""

from __future__ import annotations

from spaziocitta.devices.ports import Publish
from spaziocitta.devices.types import BarcodeScanned, DeviceHealth, DeviceUnavailable, Scan

# AIM symbology identifiers (ISO/IEC 15424) a scanner can prepend: "]" + letter + modifier.
AIM_SYMBOLOGIES = {
    "Q": "qr",
    "d": "datamatrix",
    "C": "code128",
    "E": "ean",
    "A": "code39",
    "I": "itf",
    "L": "pdf417",
    "z": "aztec",
}


def split_aim(text: str, default: str) -> tuple[str, str]:
    """(payload, symbology): the AIM prefix removed and named, if there is one."""
    if len(text) >= 3 and text[0] == "]" and text[1] in AIM_SYMBOLOGIES:
        return text[3:], AIM_SYMBOLOGIES[text[1]]
    return text, default


class ScannerBase:
    """Enable flag, life cycle bookkeeping and delivery on the loop thread."""

    kind = "barcode_scanner"
    adapter = ""

    def __init__(
        self, publish: Publish, *, aim_ids: bool = False, symbology: str = "unknown"
    ) -> None:
        self._publish = publish
        self._enabled = False
        self.aim_ids = aim_ids
        self.symbology = symbology
        self.started = False
        self.closed = False
        self.connected = False
        self.detail = "not connected"
        self.frames_read = 0
        """Every code read, delivered or not (tests and maintenance)."""
        self.ignored_scans = 0

    @property
    def enabled(self) -> bool:
        """Whether scans are delivered."""
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        """Start or stop delivering scans."""
        self._enabled = bool(enabled)

    @property
    def is_open(self) -> bool:
        return self.started and not self.closed

    def _check_startable(self) -> bool:
        """False if already started; raises on a closed device."""
        if self.closed:
            raise DeviceUnavailable(f"{self.kind} is closed")
        return not self.started

    def _deliver(self, text: str) -> None:
        """One code read (on the loop thread): published only while enabled and open."""
        self.frames_read += 1
        if not (self._enabled and self.is_open):
            self.ignored_scans += 1
            return
        payload, symbology = (
            split_aim(text, self.symbology) if self.aim_ids else (text, self.symbology)
        )
        self._publish(BarcodeScanned(Scan(payload=payload, symbology=symbology)))

    async def health(self) -> DeviceHealth:
        if not self.is_open:
            state = "closed" if self.closed else "not started"
            return DeviceHealth(self.kind, self.adapter, ok=None, detail=state)
        return DeviceHealth(self.kind, self.adapter, ok=self.connected, detail=self.detail)
