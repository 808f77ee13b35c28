"""systemd's notify protocol: READY once the kiosk serves citizens, WATCHDOG from its event loop.

Under ``Type=notify`` with ``WatchdogSec=`` (packaging/), systemd restarts the kiosk
when it stops pinging. The pings are sent by a task on the kiosk's asyncio loop —
the same loop that runs the Qt event loop (qasync) — so a frozen UI stops them and
gets restarted, while a merely busy store thread does not.

The protocol is a datagram to the ``$NOTIFY_SOCKET`` Unix socket (``@`` meaning the
abstract namespace); see sd_notify(3). Without the variable every call does nothing,
so the kiosk runs the same from a terminal or the demo.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket

log = logging.getLogger(__name__)


def _address() -> str | None:
    path = os.environ.get("NOTIFY_SOCKET", "")
    if not path:
        return None
    return "\0" + path[1:] if path.startswith("@") else path


def notify(*fields: str) -> bool:
    """Send ``KEY=value`` lines to systemd; False when not under systemd or it failed."""
    address = _address()
    if address is None:
        return False
    message = "\n".join(fields).encode()
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.connect(address)
            sock.sendall(message)
    except OSError as exc:
        log.warning("cannot notify systemd: %s", exc)
        return False
    return True


def watchdog_interval() -> float | None:
    """Seconds between pings (half of WatchdogSec), or None when no watchdog is asked for."""
    usec = os.environ.get("WATCHDOG_USEC", "")
    pid = os.environ.get("WATCHDOG_PID", "")
    if not usec.isdigit() or int(usec) <= 0:
        return None
    if pid and pid != str(os.getpid()):
        return None  # the watchdog is another process's (cage's, say)
    return int(usec) / 2_000_000


async def ping_watchdog(interval: float) -> None:
    """Ping every ``interval`` seconds for as long as the event loop turns (cancel to stop)."""
    while True:
        await asyncio.sleep(interval)
        notify("WATCHDOG=1")


def start_watchdog() -> asyncio.Task[None] | None:
    """The pinging task if systemd asked for a watchdog (on the running loop)."""
    interval = watchdog_interval()
    if interval is None:
        return None
    log.info("systemd watchdog: pinging every %.1f s", interval)
    notify("WATCHDOG=1")  # the first at once, with READY
    return asyncio.ensure_future(ping_watchdog(interval))


async def stop_watchdog(task: asyncio.Task[None] | None) -> None:
    if task is not None:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
