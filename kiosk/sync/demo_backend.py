"""The demo's municipal backend: the reference server, started on loopback for the kiosk.

``kiosk run --demo`` needs no network: it starts ``kiosk-backend serve`` on
127.0.0.1 with a port the OS picks, a fresh secret for the demo totem, and
its own SQLite file in the data directory, then talks to it like to any
municipality's backend. The process is stopped with the kiosk.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
import sys
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

DEMO_TOTEM = "demo-totem-01"


@dataclass
class DemoBackend:
    """A running reference backend and how to reach it."""

    url: str
    secret: str
    process: asyncio.subprocess.Process

    async def stop(self) -> None:
        if self.process.returncode is None:
            self.process.terminate()
            try:
                await asyncio.wait_for(self.process.wait(), timeout=5)
            except TimeoutError:
                self.process.kill()
                await self.process.wait()


async def start_demo_backend(data_dir: Path, timeout: float = 30.0) -> DemoBackend:
    """Start the reference backend on loopback and wait until it accepts connections."""
    ready = data_dir / "backend-ready.json"
    ready.unlink(missing_ok=True)
    secret = secrets.token_urlsafe(24)
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "spaziocitta.backend.cli", "serve",
        "--host", "127.0.0.1", "--port", "0",
        "--db", f"sqlite:///{data_dir / 'demo-backend.sqlite3'}",
        "--demo-secret", secret, "--ready-file", str(ready), "--log-level", "warning",
        "--exit-with-parent",
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    try:
        info = await _wait_ready(ready, process, timeout)
    except BaseException:
        # Timed out, failed, or the kiosk is closing: leave no server behind.
        if process.returncode is None:
            process.kill()
            await process.wait()
        raise
    log.info("demo backend on %s (pid %s)", info["url"], info["pid"])
    return DemoBackend(url=info["url"], secret=secret, process=process)


async def _wait_ready(ready: Path, process: asyncio.subprocess.Process, timeout: float) -> dict:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        if process.returncode is not None:
            raise RuntimeError(f"the demo backend exited with {process.returncode}")
        if loop.time() > deadline:
            raise RuntimeError("the demo backend did not start in time")
        if ready.exists():
            try:
                return json.loads(ready.read_text(encoding="utf-8"))
            except ValueError:
                pass  # caught half-written: read it again
        await asyncio.sleep(0.05)
