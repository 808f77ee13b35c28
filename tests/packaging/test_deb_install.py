"""The package installed, reinstalled and purged by dpkg on a machine that runs systemd.

test_deb.py reads the maintainer scripts; these tests run them, as dpkg does on a
totem: with systemd as PID 1 (postinst enables and starts units only then), a real
dpkg database, adduser, dpkg-statoverride and deb-systemd-helper. PID 1 may not be
systemd here, and the tests must not change this machine, so the package goes into
a container (systemd-nspawn) booted on this machine's root file system under an
overlay that takes every write and is thrown away afterwards.

The package is the --no-venv build (bin/kiosk is a stub): the scripts do not run
the application, and its dependencies (cage, seatd…) need not be installed
(``--force-depends``). They need root (namespaces for the container).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .conftest import Built, Machine, Started, boot_container, require_root, require_tool, version

PACKAGE = "spaziocitta-kiosk"
APP_ROOT = "/opt/spaziocitta-kiosk"
DATA = "/var/lib/spaziocitta-kiosk"
CONFIG = "/etc/spaziocitta/kiosk.toml"
SERVICE = "spaziocitta-kiosk.service"
UPDATER = ("spaziocitta-kiosk-updater.timer", "spaziocitta-kiosk-updater.path")
WANTS = {
    SERVICE: "graphical.target.wants",
    UPDATER[0]: "timers.target.wants",
    UPDATER[1]: "paths.target.wants",
}
CAD_MASK = "/etc/systemd/system/ctrl-alt-del.target"
# The deb, inside the container (its /tmp is its own).
DEB = f"/run/kiosk-test/{PACKAGE}.deb"


class Totem:
    """Commands run in the container, as root, with their output for a failure's message."""

    def __init__(self, machine: Machine) -> None:
        self.machine = machine

    def sh(self, script: str, *, ok: bool = True) -> str:
        done = self.machine.run("sh", "-c", script, timeout=120)
        if ok:
            assert done.returncode == 0, f"{script}: {done.returncode}\n{done.stdout}{done.stderr}"
        return done.stdout.strip()

    def dpkg(self, *arguments: str) -> str:
        return self.sh(f"dpkg --force-depends {' '.join(arguments)} 2>&1")

    def modes(self, *paths: str) -> dict[str, str]:
        """Path → "MODE OWNER:GROUP"."""
        out = self.sh(f"stat --format='%n %a %U:%G' {' '.join(paths)}")
        return {path: rest for path, rest in (line.split(" ", 1) for line in out.splitlines())}

    def link(self, path: str) -> str:
        return self.sh(f"readlink {path} || true")

    def exists(self, path: str) -> bool:
        return self.sh(f"test -e {path} || test -L {path}; echo $?") == "0"

    def unit_states(self, verb: str, *units: str) -> list[str]:
        return self.sh(f"systemctl {verb} {' '.join(units)} || true").splitlines()

    def fleet_version(self, name: str) -> None:
        """A version as the fleet updater leaves it beside the package's, made current."""
        self.sh(
            f"mkdir -p {APP_ROOT}/{name}/bin && printf '#!/bin/sh\\n' > {APP_ROOT}/{name}/bin/kiosk"
            f" && chmod 755 {APP_ROOT}/{name}/bin/kiosk && ln -sfn {name} {APP_ROOT}/current"
        )


@pytest.fixture
def totem(built: Built, started: Started, tmp_path: Path) -> Totem:
    """A container of this machine, systemd up, the package not yet installed."""
    require_root()
    require_tool("systemd-nspawn", "systemd-container")
    require_tool("nsenter", "util-linux")
    # What postinst calls; dpkg's --force-depends would let it run without them.
    require_tool("adduser", "adduser")
    require_tool("deb-systemd-helper", "init-system-helpers")
    machine = boot_container(
        started, tmp_path, {}, name="spaziocitta-dpkg", start=[], writable=True
    )
    shutil.copyfile(built.deb, machine.shared / f"{PACKAGE}.deb")
    machine.boot(timeout=60)
    totem = Totem(machine)
    # A totem has no policy-rc.d; a CI image's forbids starting services, which is
    # half of what postinst is tested for here. Gone from the overlay only.
    totem.sh("rm -f /usr/sbin/policy-rc.d")
    return totem


@pytest.mark.slow
def test_installing_sets_up_the_user_data_current_version_units_and_console(totem: Totem) -> None:
    """What postinst promises a new totem, done by dpkg with systemd running.

    The user kiosk (system, no login) in the device groups that exist; its data
    folder, private to it, with the updater's folders root's and readable; the
    configuration readable by group kiosk only; ``current`` at the package's
    version; the kiosk enabled for the next boot, the updater's timer and path unit
    enabled and started now; Ctrl+Alt+Del masked, with a mark saying who did it.
    """
    out = totem.dpkg("-i", DEB)
    assert totem.sh(f"dpkg-query -W -f='${{Status}}' {PACKAGE}") == "install ok installed", out

    account = totem.sh("getent passwd kiosk").split(":")
    assert account[5:] == [DATA, "/usr/sbin/nologin"] and int(account[2]) < 1000, account
    groups = set(totem.sh("id -nG kiosk").split())
    for group in ("video", "render", "audio", "dialout"):
        exists = totem.sh(f"getent group {group} >/dev/null; echo $?") == "0"
        assert (group in groups) == exists, (group, groups)
    assert totem.modes(
        DATA, f"{DATA}/logs", f"{DATA}/cache", f"{DATA}/tuf", f"{DATA}/updates", CONFIG
    ) == {
        DATA: "750 kiosk:kiosk",
        f"{DATA}/logs": "750 kiosk:kiosk",
        f"{DATA}/cache": "750 kiosk:kiosk",
        f"{DATA}/tuf": "755 root:root",
        f"{DATA}/updates": "755 root:root",
        CONFIG: "640 root:kiosk",
    }
    # An override, not a chown: dpkg keeps it through upgrades of the conffile.
    assert totem.sh(f"dpkg-statoverride --list {CONFIG}") == f"root kiosk 640 {CONFIG}"
    assert totem.link(f"{APP_ROOT}/current") == version()

    assert totem.unit_states("is-enabled", SERVICE, *UPDATER) == ["enabled"] * 3, out
    # The path unit waits for requests; the timer waits for provisioning (its
    # condition: a TUF root), which is followed by a reboot.
    assert totem.unit_states("is-active", *UPDATER) == ["inactive", "active"], out
    # Not started: it starts at the next boot, once the totem is provisioned.
    assert totem.unit_states("is-active", SERVICE) == ["inactive"], out
    assert totem.link(CAD_MASK) == "/dev/null"
    assert totem.unit_states("is-enabled", "ctrl-alt-del.target") == ["masked"]
    assert totem.exists(f"{DATA}/.ctrl-alt-del-masked-by-package")


@pytest.mark.slow
def test_reinstalling_keeps_a_newer_fleet_version_and_purging_removes_everything(
    totem: Totem,
) -> None:
    """The package and the fleet updater share /opt/spaziocitta-kiosk; purge ends both.

    A reinstall (or an upgrade to a version older than what the fleet installed)
    must not take a totem back to the package's version; a ``current`` older than
    the package's moves to it. Purge removes the data, every version and what
    postinst changed in /etc, and leaves /etc as it found it; the user stays.
    """
    console_before = totem.link(CAD_MASK)
    totem.dpkg("-i", DEB)

    totem.fleet_version("99.0.0")
    out = totem.dpkg("-i", DEB)
    assert totem.link(f"{APP_ROOT}/current") == "99.0.0", out
    totem.fleet_version("0.0.1")
    out = totem.dpkg("-i", DEB)
    assert totem.link(f"{APP_ROOT}/current") == version(), out

    totem.fleet_version("99.0.0")
    totem.sh(f"echo '{{}}' > {DATA}/tuf/root.json && touch {DATA}/updates/state.json")
    out = totem.dpkg("--purge", PACKAGE)
    status = totem.sh(f"dpkg-query -W -f='${{Status}}' {PACKAGE} 2>&1", ok=False)
    assert "install ok installed" not in status, out
    for gone in (DATA, APP_ROOT, "/etc/spaziocitta"):
        assert not totem.exists(gone), f"{gone} left after purge\n{out}"
    for unit, wants in WANTS.items():
        assert not totem.exists(f"/etc/systemd/system/{wants}/{unit}"), unit
    assert totem.sh(f"ls /var/lib/systemd/deb-systemd-helper-*/ -R | grep {PACKAGE} || true") == ""
    assert totem.unit_states("is-active", *UPDATER) == ["inactive"] * 2
    assert totem.sh(f"dpkg-statoverride --list {CONFIG} || true") == ""
    assert totem.link(CAD_MASK) == console_before
    assert totem.sh("getent passwd kiosk").startswith("kiosk:"), "the user must stay"
