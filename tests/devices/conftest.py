"""Shared fixtures for the device tests: an event recorder and an asyncio runner.

pytest-asyncio is not used: each test runs its scenario with ``asyncio.run``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import pytest


class EventRecorder:
    """Stands in for the kiosk event bus: records what devices publish."""

    def __init__(self) -> None:
        self.events: list[object] = []

    def publish(self, event: object) -> None:
        self.events.append(event)

    def of(self, *types: type) -> list[Any]:
        return [e for e in self.events if isinstance(e, types)]

    async def wait_for(self, kind: type, count: int = 1, timeout: float = 2.0) -> list[Any]:
        """Wait until ``count`` events of ``kind`` arrived: real adapters publish later."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while len(self.of(kind)) < count:
            if loop.time() > deadline:
                raise AssertionError(f"expected {count} {kind.__name__}, got {self.events!r}")
            await asyncio.sleep(0.002)
        return self.of(kind)

    async def settle(self, seconds: float = 0.02) -> None:
        """Give a late event the chance to arrive before asserting it did not."""
        await asyncio.sleep(seconds)


@pytest.fixture
def bus() -> EventRecorder:
    return EventRecorder()


Scenario = Callable[[], Awaitable[None]]


@pytest.fixture
def run() -> Callable[..., None]:
    """``run(scenario, *devices)``: start the devices, run the scenario, close them."""

    def _run(scenario: Scenario, *devices: Any, timeout: float = 5.0) -> None:
        async def main() -> None:
            for device in devices:
                await device.start()
            try:
                await asyncio.wait_for(scenario(), timeout)
            finally:
                for device in devices:
                    await device.close()

        asyncio.run(main())

    return _run
