"""A publisher's TUF repository served over HTTP on 127.0.0.1, and release archives to put in it.

The server is a real ``http.server`` on loopback, as a CDN would be for a
totem; :class:`RepositoryServer` can also misbehave the way an attacker or a
broken mirror would (swap a file, append bytes), and it logs every request so
a test can tell that something was *not* downloaded.
"""

from __future__ import annotations

import functools
import http.server
import sys
import tarfile
import textwrap
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from spaziocitta.kiosk.updates.release_repository import KeyRing, ReleaseRepository
from spaziocitta.kiosk.updates.rollout import Rollout

REPO_ROOT = Path(__file__).resolve().parents[3]


@dataclass
class Publisher:
    """A repository with its keys, as the municipality's release manager has it."""

    repo: ReleaseRepository
    root_keys: Path
    online_keys: Path
    work: Path

    @property
    def ring(self) -> KeyRing:
        return KeyRing.load([self.online_keys])

    @property
    def root_ring(self) -> KeyRing:
        return KeyRing.load([self.root_keys, self.online_keys])

    def publish(self, archive: Path, version: str, rollout: Rollout | None = None) -> str:
        return self.repo.add_release(
            self.ring, archive, kind="app", version=version, rollout=rollout or Rollout()
        )

    @property
    def trusted_root(self) -> Path:
        """The root a totem was provisioned with (version 1, before any rotation)."""
        return self.repo.metadata_dir / "1.root.json"


@pytest.fixture
def publisher(tmp_path: Path) -> Publisher:
    work = tmp_path / "publisher"
    repo = ReleaseRepository(work / "repo")
    repo.init(work / "root-keys", work / "keys")
    return Publisher(repo, work / "root-keys", work / "keys", work)


@dataclass
class RepositoryServer:
    url: str
    requests: list[str] = field(default_factory=list)
    replace: dict[str, bytes] = field(default_factory=dict)
    """URL path suffix → body to serve instead of the file."""
    append: dict[str, bytes] = field(default_factory=dict)
    """URL path suffix → bytes sent after the file (endless data)."""

    def requested(self, fragment: str) -> bool:
        return any(fragment in path for path in self.requests)


@pytest.fixture
def repo_server(publisher: Publisher) -> Iterator[RepositoryServer]:
    state = RepositoryServer(url="")

    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            state.requests.append(self.path)
            for suffix, body in state.replace.items():
                if self.path.endswith(suffix):
                    return self._send(body)
            for suffix, extra in state.append.items():
                if self.path.endswith(suffix):
                    local = Path(self.translate_path(self.path))
                    return self._send(local.read_bytes() + extra)
            return super().do_GET()

        def _send(self, body: bytes) -> None:
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    handler = functools.partial(Handler, directory=str(publisher.repo.path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


# -- release archives ------------------------------------------------------------------

FAKE_KIOSK = """\
#!{python}
# A release's bin/kiosk that behaves as {behaviour!r}: `run --exit-when-ready` is the
# updater's probe; `run` is the service (READY=1 to $NOTIFY_SOCKET, as kiosk/systemd.py).
import os, socket, sys, time

behaviour = {behaviour!r}
def notify(message):
    path = os.environ.get("NOTIFY_SOCKET")
    if path:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as s:
            s.connect(path)
            s.sendall(message.encode())

if behaviour == "crash-at-start":
    print("Traceback (most recent call last):\\nImportError: no module named 'qml'",
          file=sys.stderr)
    sys.exit(1)
if "--exit-when-ready" in sys.argv:
    print("ready in 12 ms")
    sys.exit(0)
if behaviour == "never-ready":
    time.sleep(3600)
if behaviour == "migrate-then-crash":
    # Plays a release whose migrations moved the schema past what the old one knows.
    import sqlite3
    db = sqlite3.connect(os.path.join(os.environ["KIOSK_DATA_DIR"], "kiosk.sqlite3"))
    db.execute("UPDATE alembic_version SET version_num = '9999_future'")
    db.execute("INSERT INTO submitted VALUES ('sent during the trial')")
    db.commit()
    behaviour = "crash-after-ready"
notify("READY=1")
if behaviour == "crash-after-ready":
    time.sleep(0.5)
    sys.exit(3)
while True:
    notify("WATCHDOG=1")
    time.sleep(0.2)
"""

REAL_KIOSK = """\
#!/bin/sh
# This release is the real application of the checkout under test.
exec {python} -m spaziocitta.kiosk "$@"
"""


def release_archive(folder: Path, version: str, behaviour: str = "good") -> Path:
    """A release archive (tar.gz of a version folder) whose kiosk behaves as asked.

    ``real`` runs the checkout's real kiosk; the others are small scripts that
    play a release that works, crashes at start, never gets ready, or crashes
    half a second after it was ready.
    """
    tree = folder / f"tree-{version}-{behaviour}"
    (tree / "bin").mkdir(parents=True)
    template = REAL_KIOSK if behaviour == "real" else FAKE_KIOSK
    entry = tree / "bin" / "kiosk"
    entry.write_text(template.format(python=sys.executable, behaviour=behaviour))
    entry.chmod(0o755)
    (tree / "VERSION").write_text(textwrap.dedent(f"{version}\n"))
    archive = folder / f"spaziocitta-kiosk-{version}-{behaviour}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        for path in sorted(tree.rglob("*")):
            tar.add(path, arcname=str(path.relative_to(tree)), recursive=False)
    return archive
