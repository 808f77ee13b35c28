"""The fleet updater against a real systemd: restart, watch, keep or roll back the kiosk's unit.

tests/kiosk/updates/ check the updater's decisions with a stand-in supervisor; what
only systemd itself can show is whether :class:`~spaziocitta.kiosk.updates.trial.SystemdUnit`
reads it right: a ``systemctl restart --no-block`` that returns once the job is
queued, ``ActiveState`` of a Type=notify unit (``activating`` until READY=1, and
again during each automatic restart), ``MainPID`` across Restart=always, and the
updater's own oneshot unit, ordered after the kiosk's, restarting it from inside.

Like test_session.py's watchdog test, systemd is booted in a container
(systemd-nspawn) on a read-only view of this machine. In it run, named as packaged:

- spaziocitta-kiosk.service: the packaged unit's service settings that decide its
  states (Type=notify, NotifyAccess=, Restart=always, the time-outs, no start limit)
  and its ExecStart without cage, starting ``/opt/spaziocitta-kiosk/current/bin/kiosk``
  from an app root of versions side by side; the versions are the fake releases of
  tests/kiosk/updates (READY=1 to $NOTIFY_SOCKET, then good or crashing).
- spaziocitta-kiosk-updater.service: the packaged oneshot, its hardening included,
  running the checkout's own ``kiosk update run`` with a kiosk.toml whose [updates]
  point at a TUF repository served on the container's loopback.
- spaziocitta-kiosk-updater.path as packaged: a technician's request starts the updater.

They need root (namespaces for the container).
"""

from __future__ import annotations

import json
import shlex
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from spaziocitta.kiosk.updates.app_versions import AppVersions
from tests.kiosk.updates.conftest import Publisher, publisher, release_archive  # noqa: F401

from .conftest import (
    Built,
    Machine,
    Started,
    boot_container,
    home_bind_settings,
    parse_unit,
    require_root,
    require_tool,
)

UNITS = "usr/lib/systemd/system"
KIOSK_SERVICE = "spaziocitta-kiosk.service"
UPDATER_SERVICE = "spaziocitta-kiosk-updater.service"
UPDATER_PATH = "spaziocitta-kiosk-updater.path"
REPOSITORY = "spaziocitta-repository"
# The packaged paths, in the container: the updater's unit names them (ReadWritePaths=,
# ConditionPathExists=), so the test's folders are mounted there rather than the units
# rewritten.
APP_ROOT = "/opt/spaziocitta-kiosk"
DATA = "/var/lib/spaziocitta-kiosk"
TRUSTED_ROOT = f"{DATA}/tuf/root.json"
# /etc is this machine's, read-only: the totem's configuration sits here instead.
TOTEM = "/srv/totem"
CONFIG = f"{TOTEM}/kiosk.toml"
SERVED = "/srv/repository"
PORT = 8080
KIOSK = Path(sys.prefix) / "bin" / "kiosk"

# Short, so that each case takes seconds (a totem: 2, 30, 120 and 120).
RESTART_SEC = 1
WATCHDOG_SEC = 3
READY_TIMEOUT = 5  # the least [updates] accepts
HEALTHY = 3
KIOSK_STATE = "ActiveState,SubState,MainPID,NRestarts,Result"
UPDATER_STATE = "ActiveState,SubState,Result,ExecMainStatus"
PATH_STATE = "ActiveState,SubState,Result"

SERVE = '''\
"""The publisher's repository as a static host serves it, on the socket systemd listens on."""
import functools, http.server, socket, sys

handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=sys.argv[1])
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler, bind_and_activate=False)
server.socket.close()
server.socket = socket.socket(fileno=3)  # $LISTEN_FDS: the .socket unit's
server.serve_forever()
'''


def packaged(built: Built, unit: str) -> dict[str, dict[str, list[str]]]:
    return parse_unit(built.files / UNITS / unit)


def kiosk_unit(built: Built) -> str:
    """The packaged kiosk unit as far as the updater's trial depends on it, without cage.

    Kept from the package: what decides the states the updater reads (Type=notify,
    NotifyAccess=, Restart=always, the time-outs, no start limit), the program
    started, through ``current``, and its user. Left out: the seat, the screen and
    the hardening, which test_session.py runs; none of them changes a state.
    """
    unit = packaged(built, KIOSK_SERVICE)
    service = unit["Service"]
    command = shlex.split(service["ExecStart"][-1])
    kiosk = command[command.index("--") + 1 :]
    assert kiosk[0] == f"{APP_ROOT}/current/bin/kiosk", kiosk
    assert kiosk[1:3] == ["--config", "/etc/spaziocitta/kiosk.toml"], kiosk
    kept = ("Type", "NotifyAccess", "Restart", "TimeoutStartSec", "TimeoutStopSec", "User", "Group")
    assert service["Type"] == ["notify"] and service["Restart"] == ["always"], service
    return "\n".join(
        [
            "[Unit]",
            "Description=Spazio Città kiosk, the updater's test",
            "DefaultDependencies=no",
            *(f"StartLimitIntervalSec={v}" for v in unit["Unit"]["StartLimitIntervalSec"]),
            "[Service]",
            *(f"{key}={value}" for key in kept for value in service[key]),
            "ExecStart=" + shlex.join([kiosk[0], "--config", CONFIG, *kiosk[3:]]),
            # Not in the package: chdir(2) resolves `current`, so /proc/PID/cwd tells which
            # version a main process was started from (its command line says `current`).
            f"WorkingDirectory={APP_ROOT}/current",
            f"RestartSec={RESTART_SEC}",
            f"WatchdogSec={WATCHDOG_SEC}",
            # User kiosk must reach the checkout's Python wherever it is (root's home?).
            *home_bind_settings(),
            # No journal in the container: the output goes to the test's folder.
            "StandardOutput=append:/run/kiosk-test/kiosk.log",
            "StandardError=inherit",
            "",
        ]
    )


def updater_unit(built: Built) -> str:
    """The packaged updater unit, running the checkout's ``kiosk update run``.

    Everything the package says is kept, its ordering after the kiosk and its
    hardening included (ProtectSystem=strict with ReadWritePaths= for the app root
    and the data, PrivateTmp= for the probe's scratch folder), but for what the
    container cannot have or the fake releases cannot do.
    """
    unit = packaged(built, UPDATER_SERVICE)
    service = unit["Service"]
    [command] = service["ExecStart"]
    assert shlex.split(command)[:3] == [
        f"{APP_ROOT}/current/bin/kiosk", "--config", "/etc/spaziocitta/kiosk.toml"
    ], command  # fmt: skip
    assert service["ExecStopPost"] == [f"-/bin/rm -f {DATA}/update-requested"], service
    assert f"KIOSK_DATA_DIR={DATA}" in service["Environment"], service
    lines = ["[Unit]", "DefaultDependencies=no"]
    # Wants=network-online.target would pull in what this machine enabled for it (a
    # wait-online service waiting minutes for a network the container does not have).
    lines += [f"{k}={v}" for k, values in unit["Unit"].items() if k != "Wants" for v in values]
    lines.append("[Service]")
    replaced = {"ExecStart", "ProtectHome", "StandardOutput", "StandardError"}
    for key, values in service.items():
        if key in replaced:
            continue
        for value in values:
            given = f"KIOSK_CONFIG={CONFIG}" if value.startswith("KIOSK_CONFIG=") else value
            lines.append(f"{key}={given}")
    lines += [
        # A fake release has no updater in it: the updater is the checkout's.
        "ExecStart=" + shlex.join([str(KIOSK), "--config", CONFIG, "update", "run"]),
        *home_bind_settings(),
        "StandardOutput=append:/run/kiosk-test/updater.log",
        "StandardError=inherit",
    ]
    return "\n".join(lines) + "\n"


def path_unit(built: Built) -> str:
    """The packaged path unit, without the default dependencies the container cannot have."""
    text = (built.files / UNITS / UPDATER_PATH).read_text(encoding="utf-8")
    assert f"PathExists={DATA}/update-requested" in text, text
    return text.replace("[Unit]\n", "[Unit]\nDefaultDependencies=no\n", 1)


def repository_units(serve: str) -> dict[str, str]:
    """The release repository on the container's loopback, as its CDN would be.

    Socket-activated: systemd listens from boot on, so the updater never finds the
    repository not yet there (which it would report as unreachable, and exit 0).
    """
    return {
        f"{REPOSITORY}.socket": (
            f"[Unit]\nDefaultDependencies=no\n[Socket]\nListenStream=127.0.0.1:{PORT}\n"
        ),
        f"{REPOSITORY}.service": (
            "[Unit]\nDefaultDependencies=no\n"
            f"[Service]\nExecStart={shlex.join([sys.executable, serve, SERVED])}\n"
            "StandardOutput=append:/run/kiosk-test/repository.log\nStandardError=inherit\n"
        ),
    }


def kiosk_user(where: Path) -> list[str]:
    """nspawn options giving the container the user and group "kiosk" postinst makes.

    The kiosk runs as kiosk, and so does the updater's probe of a new version when
    the user exists: a version its user cannot start is refused before the switch.
    """
    accounts = {}
    for name in ("passwd", "group"):
        lines = Path(f"/etc/{name}").read_text(encoding="utf-8").splitlines()
        if any(line.startswith("kiosk:") for line in lines):
            return []  # this machine has one already (the package installed?)
        accounts[name] = lines
    taken = {int(line.split(":")[2]) for lines in accounts.values() for line in lines}
    kiosk = max(set(range(900, 1000)) - taken)
    accounts["passwd"].append(f"kiosk:x:{kiosk}:{kiosk}::{DATA}:/usr/sbin/nologin")
    accounts["group"].append(f"kiosk:x:{kiosk}:")
    options = []
    for name, lines in accounts.items():
        (where / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        options.append(f"--bind-ro={where / name}:/etc/{name}")
    return options


@dataclass
class Totem:
    """The container, and the test's folders it runs on."""

    machine: Machine
    app_root: Path
    """/opt/spaziocitta-kiosk in the container."""
    data: Path
    """/var/lib/spaziocitta-kiosk in the container."""
    totem: Path
    """/srv/totem in the container: kiosk.toml."""

    def kiosk(self) -> dict[str, str]:
        return self.machine.show(KIOSK_SERVICE, KIOSK_STATE)

    def updater(self) -> dict[str, str]:
        return self.machine.show(UPDATER_SERVICE, UPDATER_STATE)

    def version_of(self, pid: str) -> str:
        """The version folder process ``pid`` (the container's) was started from."""
        cwd = self.machine.run("readlink", f"/proc/{pid}/cwd")
        assert cwd.returncode == 0, cwd.stderr
        return Path(cwd.stdout.strip()).relative_to(APP_ROOT).as_posix()

    def user_of(self, pid: str) -> str:
        owner = self.machine.run("stat", "--format=%U", f"/proc/{pid}")
        assert owner.returncode == 0, owner.stderr
        return owner.stdout.strip()

    def running(self, timeout: float) -> tuple[str, str]:
        """Once the kiosk's unit is up: its main process and the version it runs."""
        seen = self.machine.wait_for(
            KIOSK_SERVICE, KIOSK_STATE, lambda s: s["SubState"] == "running", timeout
        )
        pid = seen[-1][1]["MainPID"]
        return pid, self.version_of(pid)

    def stays_running(self, on: str, seconds: float) -> dict[str, str]:
        """The kiosk running ``on``, with the same main process for ``seconds``."""
        _, version = self.running(timeout=30)
        assert version == on, f"{version} runs, not {on}\n{self.machine.logs()}"
        first = self.kiosk()
        time.sleep(seconds)
        later = self.kiosk()
        assert later == first, f"not steady on {on}: {first} then {later}\n{self.machine.logs()}"
        return later

    def update(self) -> tuple[int, float]:
        """The updater's unit, started as its timer does; its exit code and duration."""
        began = time.monotonic()
        # Blocks until the oneshot has ended: its exit is the job's result.
        result = self.machine.systemctl("start", UPDATER_SERVICE, timeout=90)
        return result.returncode, time.monotonic() - began

    def status(self) -> dict:
        shown = self.machine.run(
            str(KIOSK), "--config", CONFIG, "update", "status", "--json",
            env={"KIOSK_DATA_DIR": DATA, "KIOSK_CONFIG": CONFIG},
        )  # fmt: skip
        assert shown.returncode == 0, shown.stderr
        return json.loads(shown.stdout)


@pytest.fixture
def totem(
    built: Built,
    started: Started,
    publisher: Publisher,  # noqa: F811
    tmp_path: Path,
) -> Totem:
    """A totem on 1.4.0 (good) whose repository offers nothing yet: the kiosk up, booted."""
    require_root()
    require_tool("systemd-nspawn", "systemd-container")
    require_tool("systemctl", "systemd")
    require_tool("nsenter", "util-linux")
    app_root, data, totem, releases = (tmp_path / name for name in ("opt", "data", "totem", "rel"))
    for folder in (app_root, data / "tuf", totem, releases):
        folder.mkdir(parents=True)
    versions = AppVersions(app_root)
    versions.install(release_archive(releases, "1.4.0"), "1.4.0")
    versions.switch("1.4.0")
    # What provisioning installs (kiosk provision --tuf-root).
    shutil.copyfile(publisher.trusted_root, data / "tuf" / "root.json")
    (totem / "serve.py").write_text(SERVE, encoding="utf-8")
    (totem / "kiosk.toml").write_text(
        '[kiosk]\ntotem_id = "municipio-01"\n'
        f'[updates]\nrepository_url = "http://127.0.0.1:{PORT}"\n'
        f'trusted_root = "{TRUSTED_ROOT}"\napp_root = "{APP_ROOT}"\n'
        f'service = "{KIOSK_SERVICE}"\nidle_seconds = 0\n'
        f"ready_timeout_seconds = {READY_TIMEOUT}\nhealthy_seconds = {HEALTHY}\n",
        encoding="utf-8",
    )
    machine = boot_container(
        started,
        tmp_path / "machine",
        {
            KIOSK_SERVICE: kiosk_unit(built),
            UPDATER_SERVICE: updater_unit(built),
            UPDATER_PATH: path_unit(built),
            **repository_units(f"{TOTEM}/serve.py"),
        },
        name="spaziocitta-updater",
        start=[KIOSK_SERVICE, f"{REPOSITORY}.socket", UPDATER_PATH],
        nspawn_options=[
            f"--bind={app_root}:{APP_ROOT}",
            f"--bind={data}:{DATA}",
            f"--bind-ro={totem}:{TOTEM}",
            f"--bind-ro={publisher.repo.path}:{SERVED}",
            *kiosk_user(totem),
        ],
    )
    machine.boot(timeout=60)
    return Totem(machine, app_root, data, totem)


@pytest.mark.slow
def test_a_good_release_is_installed_and_runs(
    totem: Totem,
    publisher: Publisher,  # noqa: F811
    tmp_path: Path,
) -> None:
    """1.5.0 is unpacked, probed, switched to, restarted by systemd, watched and kept.

    The updater may only call it healthy if it saw the new main process ready: a
    new MainPID, running 1.5.0, never restarted since (NRestarts=0: a restart
    asked for is not counted, a crash is), and the oneshot ending in success.
    """
    before, version = totem.running(timeout=30)
    assert version == "1.4.0", totem.machine.logs()
    publisher.publish(release_archive(tmp_path, "1.5.0", "good"), "1.5.0")

    code, took = totem.update()
    logs = totem.machine.logs()
    assert code == 0, f"the updater failed ({took:.1f} s)\n{logs}"
    assert totem.updater() == {
        "ActiveState": "inactive", "SubState": "dead", "Result": "success", "ExecMainStatus": "0"
    }, logs  # fmt: skip
    versions = AppVersions(totem.app_root)
    assert (versions.current(), versions.previous()) == ("1.5.0", "1.4.0")
    after = totem.stays_running("1.5.0", seconds=2)
    assert after["MainPID"] != before and after["NRestarts"] == "0", after
    assert totem.user_of(after["MainPID"]) == "kiosk"
    status = totem.status()
    assert status["last_outcome"]["name"] == "update.installed", status
    assert (status["current"], status["trial"]) == ("1.5.0", None), status
    # The trial's length: the probe, a restart, READY and the healthy time, plus start-up.
    assert HEALTHY < took < HEALTHY + READY_TIMEOUT + 20, took


@pytest.mark.slow
@pytest.mark.parametrize(
    ("behaviour", "reason"),
    [
        ("crash-after-ready", "after it was ready (crash or watchdog)"),
        ("never-ready", f"not ready within {READY_TIMEOUT}"),
    ],
    ids=["crash-after-ready", "never-ready"],
)
def test_a_bad_release_is_rolled_back_and_the_updater_fails(
    totem: Totem,
    publisher: Publisher,  # noqa: F811
    tmp_path: Path,
    behaviour: str,
    reason: str,
) -> None:
    """1.5.0 passes the probe but not the trial: 1.4.0 runs again, the technician sees it.

    Crashing half a second after READY=1, systemd restarts it at once
    (Restart=always): only a MainPID that changed tells the updater. Never ready,
    the unit stays activating: the updater gives up after its time-out and its
    restart must replace the pending start. Either way the oneshot exits 1 and
    stays failed, so that ``systemctl --failed`` shows it, as the unit promises, until
    the next good run.
    """
    before, _ = totem.running(timeout=30)
    publisher.publish(release_archive(tmp_path, "1.5.0", behaviour), "1.5.0")

    code, took = totem.update()
    logs = totem.machine.logs()
    assert code != 0, f"the updater succeeded ({took:.1f} s)\n{logs}"
    assert totem.updater() == {
        "ActiveState": "failed", "SubState": "failed", "Result": "exit-code",
        "ExecMainStatus": "1",
    }, logs  # fmt: skip
    failed = totem.machine.systemctl("--failed", "--plain", "--no-legend", "--no-pager")
    assert [line.split()[0] for line in failed.stdout.splitlines()] == [UPDATER_SERVICE], failed
    versions = AppVersions(totem.app_root)
    assert (versions.current(), versions.previous()) == ("1.4.0", None)
    assert versions.installed() == ["1.4.0", "1.5.0"]
    after = totem.stays_running("1.4.0", seconds=2)
    assert after["MainPID"] != before, after
    status = totem.status()
    outcome = status["last_outcome"]
    assert outcome["name"] == "update.rolled_back" and reason in outcome["detail"], status
    assert reason in status["refused"]["1.5.0"], status
    assert "1.5.0 rolled back to 1.4.0" in logs, logs

    # Failed until the next good run, as the unit says: then nothing is listed.
    publisher.publish(release_archive(tmp_path, "1.6.0", "good"), "1.6.0")
    code, _ = totem.update()
    assert code == 0, totem.machine.logs()
    assert totem.updater()["Result"] == "success"
    failed = totem.machine.systemctl("--failed", "--plain", "--no-legend", "--no-pager")
    assert failed.stdout.strip() == "", failed
    assert totem.stays_running("1.6.0", seconds=0)["MainPID"] != after["MainPID"]


@pytest.mark.slow
def test_a_technicians_request_starts_the_updater(
    totem: Totem,
    publisher: Publisher,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The maintenance screen's request file starts the updater, which takes it away.

    What the path unit promises: the request starts the updater at once, the run
    consumes it (or the path unit would start it again and again), and the path
    unit waits for the next one.
    """
    totem.running(timeout=30)
    publisher.publish(release_archive(tmp_path, "1.5.0", "good"), "1.5.0")
    request = totem.data / "update-requested"
    request.write_text("2026-01-01T00:00:00+00:00\n", encoding="utf-8")

    seen = totem.machine.wait_for(
        UPDATER_SERVICE,
        f"{UPDATER_STATE},ExecMainExitTimestampMonotonic",
        # inactive, not merely done: ExecStopPost= (the request's removal) runs after the
        # main process, and the path unit waits again only once the service is inactive.
        lambda s: (
            s["ActiveState"] in ("inactive", "failed")
            and s["ExecMainExitTimestampMonotonic"] != "0"
        ),
        timeout=45,
    )
    assert seen[-1][1]["Result"] == "success", f"{seen}\n{totem.machine.logs()}"
    assert not request.exists()
    assert totem.machine.show(UPDATER_PATH, PATH_STATE) == {
        "ActiveState": "active", "SubState": "waiting", "Result": "success"
    }  # fmt: skip
    totem.stays_running("1.5.0", seconds=0)
    assert totem.status()["last_outcome"]["name"] == "update.installed"


@pytest.mark.slow
@pytest.mark.parametrize("totem_is", ["unprovisioned", "unconfigured"])
def test_a_request_the_updater_cannot_act_on_leaves_the_path_unit_waiting(
    totem: Totem, totem_is: str
) -> None:
    """A request on a totem without updates must not disable "Apply update now" for good.

    Unprovisioned: no trusted root (the updater reports it and exits 1).
    Unconfigured: no repository in kiosk.toml, ``kiosk update run`` exits 1. Either
    way the path unit must still be waiting afterwards, for a request once the
    totem is set up: the run consumed the request (ExecStopPost=), so the path unit
    started it once. Before, the request stayed, the path unit started the updater
    again and again and ended failed (trigger or start limit hit).
    """
    if totem_is == "unprovisioned":
        (totem.data / "tuf" / "root.json").unlink()
    else:
        config = totem.totem / "kiosk.toml"
        config.write_text('[kiosk]\ntotem_id = "municipio-01"\n[updates]\n', encoding="utf-8")
    (totem.data / "update-requested").write_text("now\n", encoding="utf-8")
    # Each start of the updater, run or skipped, checks its conditions: a new time.
    checked = set()
    deadline = time.monotonic() + 8
    while time.monotonic() < deadline:
        state = totem.machine.show(UPDATER_PATH, PATH_STATE)
        assert state["ActiveState"] == "active", f"{state}\n{totem.machine.logs()}"
        at = totem.machine.show(UPDATER_SERVICE, "ConditionTimestampMonotonic")
        checked |= {at["ConditionTimestampMonotonic"]} - {"0"}
        assert len(checked) <= 1, f"the updater started {len(checked)} times for one request"
        time.sleep(0.1)
