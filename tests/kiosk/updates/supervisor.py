"""systemd's part in an update trial, for tests on machines without systemd as PID 1.

:class:`SupervisedKiosk` plays a ``Type=notify``, ``Restart=always`` unit whose
``ExecStart`` is ``<app root>/current/bin/kiosk … run``: it starts the version
the ``current`` link names *at that moment* (as systemd does, so a rollback
takes effect at the next start), is "active" only after the process sent
``READY=1`` to its ``$NOTIFY_SOCKET``, and starts a new process when one dies.
It implements the same :class:`~spaziocitta.kiosk.updates.trial.KioskService`
port as :class:`~spaziocitta.kiosk.updates.trial.SystemdUnit`.
"""

from __future__ import annotations

import contextlib
import os
import socket
import struct
import subprocess
from pathlib import Path

from spaziocitta.kiosk.updates.trial import ServiceStatus


class SupervisedKiosk:
    """The kiosk service, supervised by the test instead of systemd."""

    def __init__(self, app_root: Path, argv_tail: list[str], env: dict[str, str]) -> None:
        self.app_root = app_root
        self.argv_tail = argv_tail
        self.socket_path = app_root.parent / "notify.sock"
        self.env = {**env, "NOTIFY_SOCKET": str(self.socket_path)}
        self.process: subprocess.Popen[bytes] | None = None
        self.ready = False
        self.starts: list[str] = []
        """The version each start ran (what ``current`` named)."""
        self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        # As systemd does: know who sent each message, so that a READY=1 left in the
        # queue by the previous process is not taken for the new one's.
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)
        self.socket_path.unlink(missing_ok=True)
        self._socket.bind(str(self.socket_path))
        self._socket.setblocking(False)

    def _start(self) -> None:
        self.ready = False
        self.starts.append(os.readlink(self.app_root / "current"))
        self.process = subprocess.Popen(
            [str(self.app_root / "current" / "bin" / "kiosk"), *self.argv_tail],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def restart(self) -> None:
        self.stop()
        self._start()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
        self.ready = False

    def status(self) -> ServiceStatus:
        credentials_size = socket.CMSG_SPACE(struct.calcsize("iII"))
        while True:
            try:
                message, ancillary, _flags, _address = self._socket.recvmsg(4096, credentials_size)
            except BlockingIOError:
                break
            sender = next(
                (struct.unpack("iII", data)[0] for level, kind, data in ancillary
                 if level == socket.SOL_SOCKET and kind == socket.SCM_CREDENTIALS),
                0,
            )  # fmt: skip
            current = self.process.pid if self.process else -1
            if sender == current and b"READY=1" in message.split(b"\n"):
                self.ready = True
        if self.process is not None and self.process.poll() is not None:
            self._start()  # Restart=always
        pid = self.process.pid if self.process else 0
        return ServiceStatus(active=self.ready and bool(pid), pid=pid)

    def close(self) -> None:
        self.stop()
        self._socket.close()
        with contextlib.suppress(FileNotFoundError):
            self.socket_path.unlink()
