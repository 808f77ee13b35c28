"""The demo's reference backend lives and dies with the kiosk that started it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import httpx

KIOSK_STAND_IN = textwrap.dedent(
    """
    import asyncio, json, sys
    from pathlib import Path
    from spaziocitta.kiosk.sync.demo_backend import start_demo_backend

    async def main():
        backend = await start_demo_backend(Path(sys.argv[1]))
        print(json.dumps({"url": backend.url, "pid": backend.process.pid}), flush=True)
        await asyncio.sleep(3600)

    asyncio.run(main())
    """
)


def test_a_killed_kiosk_leaves_no_demo_backend_behind(tmp_path: Path) -> None:
    """``./run demo`` killed hard (SIGKILL, a crash) used to leave the backend serving."""
    kiosk = subprocess.Popen(
        [sys.executable, "-c", KIOSK_STAND_IN, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        started = json.loads(kiosk.stdout.readline())  # type: ignore[union-attr]
        assert httpx.get(f"{started['url']}/openapi.json", timeout=5).status_code == 200
        kiosk.send_signal(signal.SIGKILL)
        kiosk.wait(timeout=10)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                os.kill(started["pid"], 0)
            except ProcessLookupError:
                break
            # Reaped by init once it exits; until then it may linger as a zombie.
            status = Path(f"/proc/{started['pid']}/status")
            if status.exists() and "zombie" in status.read_text():
                break
            time.sleep(0.1)
        else:
            os.kill(started["pid"], signal.SIGKILL)
            raise AssertionError("the demo backend outlived its kiosk by 10 s")
        try:
            httpx.get(f"{started['url']}/openapi.json", timeout=2)
        except httpx.TransportError:
            pass
        else:
            raise AssertionError("the demo backend still answers")
    finally:
        if kiosk.poll() is None:
            kiosk.kill()
