"""What the packaging tests share.

The Debian package, built once per test session with packaging/build-deb.sh; and a
real systemd booted in a container (systemd-nspawn), for the tests that must see what
systemd does with the package's units where PID 1 is not systemd (a container, a CI
machine's own init), with the way to end every process a test started.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD_DEB = ROOT / "packaging" / "build-deb.sh"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def version() -> str:
    for line in (ROOT / "kiosk" / "__init__.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__ = "):
            return line.split('"')[1]
    raise AssertionError("no __version__ in kiosk/__init__.py")


def require_tool(name: str, package: str) -> str:
    """The tool's path; in CI its absence fails the test, elsewhere it skips it, saying why."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (Debian package {package!r})"
        if IN_CI:
            pytest.fail(f"{message}: CI must have it, add it to ./run's apt packages")
        pytest.skip(message)
    return path


def parse_unit(path: Path) -> dict[str, dict[str, list[str]]]:
    """A systemd unit file: section -> key -> every value, in order (keys may repeat)."""
    sections: dict[str, dict[str, list[str]]] = {}
    current = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        assert not line.endswith("\\"), f"{path}:{number}: keep each setting on one line"
        if line.startswith("["):
            assert re.fullmatch(r"\[[A-Za-z]+\]", line), f"{path}:{number}: {line}"
            current = sections.setdefault(line[1:-1], defaultdict(list))
            continue
        assert current is not None, f"{path}:{number}: a setting before any section"
        key, equals, value = line.partition("=")
        assert equals and re.fullmatch(r"[A-Za-z]+", key), f"{path}:{number}: {line}"
        current[key].append(value.strip())
    return sections


@dataclass(frozen=True)
class Built:
    """A built package and its contents unpacked."""

    deb: Path
    files: Path
    """``dpkg-deb -x``: the file system it installs."""
    control: Path
    """``dpkg-deb -e``: control, conffiles, md5sums and maintainer scripts."""


def build(output: Path, *options: str, timeout: float = 120) -> Path:
    require_tool("dpkg-deb", "dpkg")
    result = subprocess.run(
        ["bash", str(BUILD_DEB), "--output", str(output), *options],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    deb = Path(result.stdout.strip().splitlines()[-1])
    assert deb.parent == output and deb.exists(), result.stdout
    return deb


def unpack(deb: Path, where: Path) -> Built:
    files, control = where / "files", where / "control"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(files)], check=True)
    subprocess.run(["dpkg-deb", "-e", str(deb), str(control)], check=True)
    return Built(deb, files, control)


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The package built with --no-venv (the same files, no Python environment): 1 s."""
    where = tmp_path_factory.mktemp("deb")
    return unpack(build(where / "dist", "--no-venv"), where)


# --- processes and containers the tests start -----------------------------------------------

PATH = "/usr/sbin:/usr/bin:/sbin:/bin"


def require_root() -> None:
    if os.geteuid() != 0:
        message = "needs root: cage runs as another user, systemd in a container"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)


@dataclass
class Started:
    """Process trees a test started, each with the way to end it whole."""

    stops: list[Callable[[], None]] = field(default_factory=list)

    def popen(
        self, command: list[str], stop: Callable[[subprocess.Popen[bytes]], None], **kwargs
    ) -> subprocess.Popen[bytes]:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, **kwargs)
        self.stops.append(lambda: stop(process))
        return process


@pytest.fixture
def started() -> Iterator[Started]:
    """Ends, even when the test failed, every process tree the test started."""
    trees = Started()
    yield trees
    for stop in reversed(trees.stops):
        stop()


def log_tail(path: Path, chars: int = 4000) -> str:
    return path.read_text(encoding="utf-8", errors="replace")[-chars:] if path.exists() else ""


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            found += [int(child) for child in task.read_text().split()]
        except OSError:
            continue  # the task ended meanwhile
    return found


def namespace_init(pid: int) -> int | None:
    """The descendant of ``pid`` that is PID 1 of its own PID namespace, if any."""
    pending = children(pid)
    while pending:
        child = pending.pop()
        try:
            status = Path(f"/proc/{child}/status").read_text()
        except OSError:
            continue  # ended meanwhile
        ids = re.search(r"^NSpid:\s+(.*)$", status, re.MULTILINE)
        if ids and len(ids.group(1).split()) > 1 and ids.group(1).split()[-1] == "1":
            return child
        pending += children(child)
    return None


def kill(pidfd: int) -> None:
    """SIGKILL through a pidfd (never another process that got the PID), then close it."""
    with contextlib.suppress(ProcessLookupError):
        signal.pidfd_send_signal(pidfd, signal.SIGKILL)
    os.close(pidfd)


def under(path: Path, *parents: str) -> bool:
    return any(path == Path(parent) or Path(parent) in path.parents for parent in parents)


def outermost(paths: list[Path]) -> list[Path]:
    """The paths not inside one another (one bind mount covers what it contains)."""
    unique = sorted(set(paths))
    return [p for p in unique if not any(q != p and q in p.parents for q in unique)]


def kiosk_paths() -> list[Path]:
    """What running the kiosk reads outside /usr: the checkout, the venv, its Python."""
    candidates = [ROOT, Path(sys.prefix).resolve(), Path(sys.base_prefix).resolve()]
    return outermost([p for p in candidates if not under(p, "/usr")])


def home_bind_settings() -> list[str]:
    """Unit settings for ProtectHome= and PrivateTmp=: the checkout and Python given back.

    ProtectHome=yes would hide a checkout or a Python in /root or /home, and
    PrivateTmp=yes one in /tmp (a CI clone, say), which the packaged kiosk (in
    /opt) never needs: homes are emptied (tmpfs) and the private /tmp stays, with
    only those paths bound back, read-only.
    """
    hidden = ("/home", "/root", "/tmp", "/var/tmp")
    return [
        "ProtectHome=tmpfs",
        *(f"BindReadOnlyPaths={p}" for p in kiosk_paths() if under(p, *hidden)),
    ]


@dataclass
class Machine:
    """systemd booted in a container by systemd-nspawn."""

    console: Path
    """nspawn's output: the container's console, where its systemd logs."""
    shared: Path
    """A folder of the test's, /run/kiosk-test in the container: the units' logs go there."""
    process: subprocess.Popen[bytes] | None = None
    init: int | None = None
    """Host PID of the container's systemd (its PID 1)."""
    init_fd: int | None = None
    """A pidfd for it: ending it later cannot hit another process that got its PID."""

    def logs(self) -> str:
        shared = "".join(
            f"\n{log.name}:\n{log_tail(log)}" for log in sorted(self.shared.glob("*.log"))
        )
        return f"console:\n{log_tail(self.console)}{shared}"

    def run(
        self, *command: str, timeout: float = 20, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        """``command`` inside the container (its files, its processes, its systemd)."""
        assert self.init is not None
        return subprocess.run(
            ["nsenter", f"--target={self.init}", "--mount", "--pid", "--", *command],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            env={"PATH": PATH, "LANG": "C.UTF-8", **(env or {})},
        )

    def systemctl(self, *arguments: str, timeout: float = 20) -> subprocess.CompletedProcess[str]:
        return self.run("systemctl", *arguments, timeout=timeout)

    def show(self, unit: str, properties: str) -> dict[str, str]:
        shown = self.systemctl("show", f"--property={properties}", unit)
        assert shown.returncode == 0, shown.stderr + self.logs()
        return dict(line.split("=", 1) for line in shown.stdout.splitlines())

    def boot(self, timeout: float) -> None:
        assert self.process is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"systemd-nspawn exited with {self.process.returncode}\n{self.logs()}")
            # nspawn forks a helper, which forks the container's PID 1.
            if self.init is None and (init := namespace_init(self.process.pid)) is not None:
                self.init, self.init_fd = init, os.pidfd_open(init)
            if (
                self.init is not None
                and self.systemctl("show", "--property=Version").returncode == 0
            ):
                return
            time.sleep(0.1)
        pytest.fail(f"systemd did not come up in the container\n{self.logs()}")

    def stop(self) -> None:
        if self.process is None:
            return
        # SIGTERM: the container's systemd stops its units and halts (under a second).
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=30)
        # Killing nspawn would leave the container running; killing its PID 1 ends the
        # container's whole PID namespace.
        if self.init_fd is not None:
            kill(self.init_fd)
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=30)

    def wait_for(
        self,
        unit: str,
        properties: str,
        done: Callable[[dict[str, str]], bool],
        timeout: float,
    ) -> list[tuple[float, dict[str, str]]]:
        """Every distinct state of ``unit`` seen (seconds from now, properties) until done."""
        began, seen = time.monotonic(), []
        while time.monotonic() - began < timeout:
            state = self.show(unit, properties)
            if not seen or seen[-1][1] != state:
                seen.append((time.monotonic() - began, state))
            if done(state):
                return seen
            time.sleep(0.05)
        pytest.fail(f"gave up after {timeout} s; seen {seen}\n{self.logs()}")


def boot_container(
    started: Started,
    where: Path,
    units: dict[str, str],
    *,
    name: str,
    start: list[str],
    nspawn_options: Sequence[str] = (),
    writable: bool = False,
) -> Machine:
    """systemd in a container on a view of this machine, running ``start`` alone.

    ``units`` (name → text) are the container's only units of its own, in
    /run/systemd/system; a target wanting ``start`` is what it boots into, so that
    nothing this machine enabled in /etc runs there. The container sees this
    machine's /usr and /etc read-only, and nothing else of it; ``writable``: its
    whole root file system instead, under a layer that takes what the container
    writes (overlayfs on tmpfs), as dpkg needs it: its database, /etc and /usr.
    """
    unit_folder, shared = where / "units", where / "shared"
    unit_folder.mkdir(parents=True)
    shared.mkdir()
    for unit, text in units.items():
        (unit_folder / unit).write_text(text, encoding="utf-8")
    (unit_folder / "kiosk-test.target").write_text(
        "[Unit]\nDescription=The units under test alone\nDefaultDependencies=no\n"
        f"Wants={' '.join(start)}\n",
        encoding="utf-8",
    )
    # nspawn keeps its state in /run/systemd (locks, mount points): a private /run keeps
    # it off the host, and away from a concurrent run's.
    private = "mount -t tmpfs -o mode=0755 tmpfs /run"
    if writable:
        # nspawn will not put its own overlay (--volatile=overlay) on "/": this one
        # has the root file system alone below (not what is mounted on it: /proc, /run…).
        private += (
            " && mkdir /run/upper /run/work /run/root && mount -t overlay overlay"
            " -o lowerdir=/,upperdir=/run/upper,workdir=/run/work /run/root"
        )
    nspawn = [
        "systemd-nspawn", "--quiet", f"--machine={name}",
        # This machine's own /usr, read-only, under an empty root (tmpfs), or its root
        # file system under an overlay: nothing the container does reaches the host's files.
        *(
            ["--directory=/run/root"] if writable
            else ["--directory=/", "--volatile=yes", "--bind-ro=/etc"]
        ),
        *(f"--bind-ro={p}" for p in kiosk_paths()),
        f"--bind-ro={unit_folder}:/run/systemd/system",
        f"--bind={shared}:/run/kiosk-test",
        *nspawn_options,
        # No systemd here to register with or to ask for a scope; the host's journal
        # is not the container's; loopback is all the tests need.
        "--register=no", "--keep-unit", "--link-journal=no", "--private-network",
        # Plain console messages, which the tests read.
        "--setenv=SYSTEMD_COLORS=0",
        "--boot", "--", "--unit=kiosk-test.target",
    ]  # fmt: skip
    machine = Machine(console=where / "console.log", shared=shared)
    with machine.console.open("wb") as output:
        machine.process = started.popen(
            [
                *("unshare", "--mount", "--propagation=private", "--"),
                *("sh", "-c", f'{private} && exec "$@"', "sh"),
                *nspawn,
            ],
            stop=lambda _process: machine.stop(),
            env={"PATH": PATH, "LANG": "C.UTF-8"},
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    return machine
