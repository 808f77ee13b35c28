"""Is the new version healthy? A start-up probe, then a watched trial of the real service.

Two checks, as Mender's commit state and RAUC's "mark good" do it:

1. :func:`probe_ready` starts the *new* version's ``kiosk run --exit-when-ready``
   off screen, with a throw-away data folder, before anything is switched: a
   release that cannot even show its first frame never reaches the screen.
2. :func:`watch_health` restarts the kiosk service on the new version and
   watches it: it must become ready (systemd's ``active`` only comes with the
   app's READY=1, Type=notify) within ``ready_timeout`` and then stay active,
   with the same main process (no crash, no watchdog kill), for ``healthy_for``.

The service is behind :class:`KioskService` so the trial can watch systemd on a
totem and a plain supervised process in the tests.
"""

from __future__ import annotations

import os
import pwd
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from .app_versions import ENTRY_POINT

KIOSK_UNIT = "spaziocitta-kiosk.service"
PROBE_USER = "kiosk"


@dataclass(frozen=True)
class ServiceStatus:
    """What the trial needs to know of the kiosk service at one moment."""

    active: bool
    """Started and ready (systemd's ActiveState=active for a Type=notify unit)."""
    pid: int
    """The main process; a new one means the old one died and was restarted."""
    failed: bool = False


class KioskService(Protocol):
    """The kiosk as a supervised service: restart it, and look at it."""

    def restart(self) -> None: ...

    def stop(self) -> None: ...

    def status(self) -> ServiceStatus: ...


class SystemdUnit:
    """The kiosk's systemd unit, through ``systemctl``."""

    def __init__(self, unit: str = KIOSK_UNIT, systemctl: str = "systemctl") -> None:
        self.unit = unit
        self.systemctl = systemctl

    def restart(self) -> None:
        # --no-block: a Type=notify start waits for READY, which the trial watches itself.
        subprocess.run([self.systemctl, "restart", "--no-block", self.unit], check=True, timeout=30)

    def stop(self) -> None:
        subprocess.run([self.systemctl, "stop", self.unit], check=True, timeout=60)

    def status(self) -> ServiceStatus:
        out = subprocess.run(
            [self.systemctl, "show", self.unit, "-p", "ActiveState", "-p", "MainPID"],
            check=True,
            capture_output=True,
            text=True,
            timeout=30,
        ).stdout
        fields = dict(line.split("=", 1) for line in out.splitlines() if "=" in line)
        state = fields.get("ActiveState", "")
        return ServiceStatus(
            active=state == "active",
            pid=int(fields.get("MainPID", "0") or 0),
            failed=state == "failed",
        )


@dataclass(frozen=True)
class TrialResult:
    """The verdict on a version, with the reason a technician will read."""

    healthy: bool
    reason: str
    ready_after_seconds: float | None = None


def watch_health(
    service: KioskService,
    *,
    ready_timeout: float,
    healthy_for: float,
    poll_seconds: float = 1.0,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> TrialResult:
    """Restart ``service`` and watch it become ready and stay so."""
    # A non-blocking restart may still show the old process as active for a moment:
    # only a new main process counts as the new version being ready.
    old_pid = service.status().pid
    started = clock()
    service.restart()
    ready_pid = 0
    ready_at = 0.0
    while True:
        now = clock()
        status = service.status()
        if not ready_pid:
            if status.active and status.pid and status.pid != old_pid:
                ready_pid, ready_at = status.pid, now
            elif status.failed:
                return TrialResult(False, "the service failed before it was ready")
            elif now - started > ready_timeout:
                return TrialResult(False, f"not ready within {ready_timeout:.0f} s")
        elif not status.active or status.pid != ready_pid:
            return TrialResult(
                False,
                f"stopped {now - ready_at:.0f} s after it was ready (crash or watchdog)",
                ready_at - started,
            )
        elif now - ready_at >= healthy_for:
            return TrialResult(True, f"healthy for {healthy_for:.0f} s", ready_at - started)
        sleep(poll_seconds)


def probe_ready(
    version_dir: Path,
    config: Path | None,
    *,
    timeout: float = 120.0,
    user: str | None = PROBE_USER,
) -> TrialResult:
    """Run the version's ``kiosk run --exit-when-ready`` off screen in a scratch data folder."""
    entry = version_dir / ENTRY_POINT
    argv = [str(entry)]
    if config is not None:
        argv += ["--config", str(config)]
    argv += ["run", "--exit-when-ready"]
    run_as: dict[str, object] = {}
    if os.geteuid() == 0 and user:
        try:
            account = pwd.getpwnam(user)
        except KeyError:
            account = None
        if account is not None:
            run_as = {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}
    with tempfile.TemporaryDirectory(prefix="kiosk-probe-") as scratch:
        if run_as:
            os.chown(scratch, int(run_as["user"]), int(run_as["group"]))  # type: ignore[call-overload]
        env = {
            "PATH": "/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "HOME": scratch,
            "KIOSK_DATA_DIR": scratch,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_RUNTIME_DIR": scratch,
        }
        begun = time.monotonic()
        try:
            done = subprocess.run(
                argv,
                env=env,
                cwd=scratch,
                capture_output=True,
                text=True,
                timeout=timeout,
                check=False,
                **run_as,  # type: ignore[arg-type]
            )
        except subprocess.TimeoutExpired:
            return TrialResult(False, f"no first frame within {timeout:.0f} s")
        except OSError as exc:
            return TrialResult(False, f"cannot start {entry}: {exc.strerror}")
        took = time.monotonic() - begun
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["(nothing on stderr)"])[-1]
        return TrialResult(False, f"exit code {done.returncode} at start-up: {last[:300]}")
    return TrialResult(True, f"first frame in {took:.1f} s", took)
