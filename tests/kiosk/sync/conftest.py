"""A real reference backend on 127.0.0.1 for the kiosk's sync tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass
class RunningBackend:
    url: str
    secret: str
    admin_token: str
    database: Path
    process: subprocess.Popen[bytes]

    def kiosk_config(self, folder: Path) -> Path:
        """A kiosk.toml pointing at this backend."""
        path = folder / "kiosk.toml"
        lines = [
            "[backend]",
            f'url = "{self.url}"',
            f'totem_secret = "{self.secret}"',
            "timeout_seconds = 5.0",
        ]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path


@pytest.fixture
def backend(tmp_path: Path) -> Iterator[RunningBackend]:
    ready = tmp_path / "backend-ready.json"
    database = tmp_path / "backend.sqlite3"
    secret, admin = "test-secret-0123456789", "admin-token-0123456789"
    process = subprocess.Popen(
        [sys.executable, "-m", "spaziocitta.backend.cli", "serve", "--port", "0",
         "--db", f"sqlite:///{database}", "--demo-secret", secret, "--admin-token", admin,
         "--ready-file", str(ready), "--log-level", "warning"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=os.environ.copy(),
    )  # fmt: skip
    deadline = time.monotonic() + 30
    while not ready.exists():
        assert process.poll() is None, "the backend exited at start"
        assert time.monotonic() < deadline, "the backend did not start"
        time.sleep(0.05)
    time.sleep(0.05)  # the ready file is complete once it parses
    info = json.loads(ready.read_text(encoding="utf-8"))
    try:
        yield RunningBackend(info["url"], secret, admin, database, process)
    finally:
        process.terminate()
        process.wait(timeout=10)
