"""What every simulator shares: the publish function and the life cycle."""

from __future__ import annotations

from typing import ClassVar

from spaziocitta.devices.ports import Publish
from spaziocitta.devices.types import DeviceHealth, DeviceUnavailable


class SimulatedDevice:
    """Base of the simulators: start/close bookkeeping and the open check."""

    kind: ClassVar[str] = ""
    adapter: str = "simulated"

    def __init__(self, publish: Publish) -> None:
        self._publish = publish
        self.started = False
        self.closed = False

    async def start(self) -> None:
        """Open the simulated device; a second call does nothing."""
        if self.started:
            return
        if self.closed:
            raise DeviceUnavailable(f"{self.kind} is closed")
        self.started = True
        await self._on_start()

    async def close(self) -> None:
        """Close the simulated device; a second call does nothing."""
        if self.closed:
            return
        if self.started:
            await self._on_close()  # still open here, so the hook may publish
        self.closed = True

    async def health(self) -> DeviceHealth:
        """Health as the maintenance screen shows it."""
        if not self.started or self.closed:
            state = "closed" if self.closed else "not started"
            return DeviceHealth(self.kind, self.adapter, ok=None, detail=state)
        ok, detail = self._health()
        return DeviceHealth(self.kind, self.adapter, ok=ok, detail=detail)

    @property
    def is_open(self) -> bool:
        """Started and not closed: operations are allowed."""
        return self.started and not self.closed

    def _require_open(self) -> None:
        if not self.is_open:
            raise DeviceUnavailable(f"{self.kind} is {'closed' if self.closed else 'not started'}")

    def _emit(self, event: object) -> None:
        # A closed device is silent, like a real one whose monitor thread has stopped.
        if self.is_open:
            self._publish(event)

    async def _on_start(self) -> None:
        """Hook: what the simulator does when started."""

    async def _on_close(self) -> None:
        """Hook: what the simulator does when closed."""

    def _health(self) -> tuple[bool | None, str]:
        return True, "ok"
