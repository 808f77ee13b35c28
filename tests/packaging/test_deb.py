"""The .deb a totem installs: its files, permissions, control fields, scripts and units.

Built with ``--no-venv`` (the same package without the Python environment), so
this runs in seconds; tests/packaging/test_deb_venv.py builds the real one.
"""

from __future__ import annotations

import re
import shlex
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from spaziocitta.kiosk.config import KioskConfig, load_config

from .conftest import BUILD_DEB, ROOT, Built, parse_unit, require_tool, version

UNIT = "usr/lib/systemd/system/spaziocitta-kiosk.service"
UPDATER = "usr/lib/systemd/system/spaziocitta-kiosk-updater"
RULES = "usr/lib/udev/rules.d/60-spaziocitta-kiosk.rules"
CONFIG = "etc/spaziocitta/kiosk.toml"
DATA = "/var/lib/spaziocitta-kiosk"

EXPECTED_MODES = {
    UNIT: 0o644,
    f"{UPDATER}.service": 0o644,
    f"{UPDATER}.timer": 0o644,
    f"{UPDATER}.path": 0o644,
    RULES: 0o644,
    "usr/lib/systemd/system.conf.d/60-spaziocitta-kiosk.conf": 0o644,
    "usr/lib/sysctl.d/60-spaziocitta-kiosk.conf": 0o644,
    "usr/bin/spaziocitta-kiosk": 0o755,
    CONFIG: 0o640,
    "usr/share/doc/spaziocitta-kiosk/README.md": 0o644,
    f"opt/spaziocitta-kiosk/{version()}/bin/kiosk": 0o755,
}


def listing(deb: Path) -> dict[str, tuple[str, str, str]]:
    """``dpkg-deb -c``: path -> (permissions, owner/group, link target or '')."""
    out = subprocess.run(
        ["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    entries = {}
    for line in out.splitlines():
        perms, owner, _size, _date, _time, name = line.split(None, 5)
        name, _, target = name.partition(" -> ")
        entries[name.removeprefix("./").rstrip("/")] = (perms, owner, target)
    return entries


def field(deb: Path, name: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True, check=True
    ).stdout.strip()


def relations(text: str) -> list[set[str]]:
    """A Depends-like field as a list of alternatives, each a set of package names."""
    return [
        {re.split(r"[\s(]", alt.strip(), maxsplit=1)[0] for alt in group.split("|")}
        for group in " ".join(text.split()).split(",")
        if group.strip()
    ]


# --- the package as a whole ---------------------------------------------------------------


def test_file_name_says_package_version_and_architecture(built: Built) -> None:
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert built.deb.name == f"spaziocitta-kiosk_{version()}_{arch}.deb"
    assert field(built.deb, "Package") == "spaziocitta-kiosk"
    assert field(built.deb, "Version") == version()
    assert field(built.deb, "Architecture") == arch
    assert re.fullmatch(r".+ <[^@\s]+@[^>\s]+>", field(built.deb, "Maintainer"))
    assert field(built.deb, "Installed-Size").isdigit()
    assert "--no-venv" in field(built.deb, "Description"), "an inspection build says so"


def test_depends_on_what_the_totem_runs_on(built: Built) -> None:
    depends = relations(field(built.deb, "Depends"))
    flat = set().union(*depends)
    needed = {
        "python3",  # the environment's interpreter
        "cage",
        "xwayland",
        "seatd",  # the compositor and its seat (see the unit)
        "pcscd",
        "libpcsclite1",  # smart cards
        "espeak-ng",
        "alsa-utils",  # speech, played with aplay
        "fonts-noto-core",
        "fonts-noto-cjk",  # Arabic and Chinese
        "libegl1",
        "libgl1",
        "libxkbcommon0",
        "libwayland-client0",
        "libwayland-egl1",
        "libfontconfig1",  # what Qt loads
        "libusb-1.0-0",  # USB receipt printers
        "adduser",
        "init-system-helpers",
        "systemd",
        "udev",  # what the scripts use
    }
    assert needed <= flat, needed - flat
    assert {"libglib2.0-0t64", "libglib2.0-0"} in depends, "Ubuntu 24.04's name, or Debian 12's"
    # The environment links against the system's python3: that minor version exactly.
    python = [g for g in field(built.deb, "Depends").split(",") if g.strip().startswith("python3")]
    assert len(python) == 2 and ">=" in python[0] and "<<" in python[1], python


def test_files_permissions_and_owners(built: Built) -> None:
    entries = listing(built.deb)
    for path, mode in EXPECTED_MODES.items():
        assert path in entries, f"{path} is not in the package"
        assert stat.S_IMODE((built.files / path).lstat().st_mode) == mode, path
    for path, (perms, owner, _target) in entries.items():
        assert owner == "root/root", f"{path} is owned by {owner}"
        if perms.startswith("l"):
            continue
        assert perms[8] != "w", f"{path} is world-writable ({perms})"
        assert "s" not in perms and "S" not in perms, f"{path} is setuid/setgid ({perms})"
        assert path == "" or path.split("/")[0] in ("etc", "opt", "usr"), path
    assert "opt/spaziocitta-kiosk/current" not in entries, "postinst owns the current link"
    for path in entries:
        assert not path.startswith(("lib/", "var/", "home/", "root/", "tmp/")), path


def test_the_configuration_is_a_conffile_and_starts_as_the_documented_example(
    built: Built,
) -> None:
    conffiles = (built.control / "conffiles").read_text(encoding="utf-8").split()
    assert conffiles == ["/etc/spaziocitta/kiosk.toml"]
    shipped = built.files / CONFIG
    assert shipped.read_bytes() == (ROOT / "assets" / "kiosk.example.toml").read_bytes()
    assert load_config(shipped) == KioskConfig()


def test_md5sums_cover_every_file(built: Built) -> None:
    listed = {
        line.split(None, 1)[1]
        for line in (built.control / "md5sums").read_text(encoding="utf-8").splitlines()
    }
    files = {str(p.relative_to(built.files)) for p in built.files.rglob("*") if p.is_file()}
    assert listed == files


# --- maintainer scripts -------------------------------------------------------------------


@pytest.mark.parametrize("script", ["postinst", "prerm", "postrm"])
def test_maintainer_scripts_are_executable_posix_shell(built: Built, script: str) -> None:
    path = built.control / script
    assert stat.S_IMODE(path.stat().st_mode) == 0o755
    text = path.read_text(encoding="utf-8")
    assert text.startswith("#!/bin/sh\n") and "\nset -e\n" in text
    assert "@VERSION@" not in text, "placeholders are filled in"
    subprocess.run(["sh", "-n", str(path)], check=True)
    if shutil.which("shellcheck"):
        subprocess.run(["shellcheck", "-s", "sh", "-S", "warning", str(path)], check=True)


def test_postinst_sets_up_the_user_data_current_version_and_console(built: Built) -> None:
    text = (built.control / "postinst").read_text(encoding="utf-8")
    text = re.sub(r"\\\n\s*", " ", text)  # continued lines joined
    assert re.search(r"adduser --system .*--home \"\$DATA\" .*--shell /usr/sbin/nologin", text)
    assert f"DATA={DATA}" in text
    assert 'install -d -o kiosk -g kiosk -m 0750 "$DATA"' in text
    assert "dpkg-statoverride --update --add root kiosk 0640" in text
    assert f'VERSION="{version()}"' in text
    assert 'ln -sfn "$VERSION" "$APP_ROOT/current.dpkg-new"' in text
    assert 'mv -Tf "$APP_ROOT/current.dpkg-new" "$APP_ROOT/current"' in text, "atomic switch"
    assert "CAD_MASK=/etc/systemd/system/ctrl-alt-del.target" in text
    assert 'ln -s /dev/null "$CAD_MASK"' in text
    assert "deb-systemd-helper enable" in text


def test_the_wrapper_runs_everything_but_provisioning_as_kiosk(built: Built) -> None:
    wrapper = built.files / "usr/bin/spaziocitta-kiosk"
    subprocess.run(["sh", "-n", str(wrapper)], check=True)
    text = wrapper.read_text(encoding="utf-8")
    assert "KIOSK=/opt/spaziocitta-kiosk/current/bin/kiosk" in text
    assert "exec runuser -u kiosk --" in text


# --- the service --------------------------------------------------------------------------


def test_the_unit_runs_the_kiosk_under_cage_as_kiosk_with_watchdog_and_hardening(
    built: Built,
) -> None:
    unit = parse_unit(built.files / UNIT)
    service, install = unit["Service"], unit["Install"]
    single = {key: values[-1] for key, values in service.items()}
    assert single["Type"] == "notify"
    assert single["NotifyAccess"] == "all", "the kiosk is cage's child, not the main process"
    assert single["WatchdogSec"] == "30"
    assert single["Restart"] == "always" and single["RestartSec"] == "2"
    assert single["User"] == "kiosk" and single["Group"] == "kiosk"
    for key, value in {
        "ProtectSystem": "strict",
        "ReadWritePaths": DATA,
        "NoNewPrivileges": "yes",
        "PrivateTmp": "yes",
        "ProtectHome": "yes",
        "RuntimeDirectory": "spaziocitta-kiosk",
    }.items():
        assert single.get(key) == value, key
    environment = dict(e.split("=", 1) for e in service["Environment"])
    assert environment["KIOSK_DATA_DIR"] == DATA
    assert environment["XDG_RUNTIME_DIR"] == "/run/spaziocitta-kiosk"
    assert environment["LIBSEAT_BACKEND"] == "seatd"
    # No PAM session: pam_systemd would move the kiosk into a session scope, and its
    # READY=1/WATCHDOG=1 would no longer reach this unit (systemd.exec(5), PAMName=).
    assert "PAMName" not in service
    # None of these would leave the QML engine, the GPU or the devices working.
    for absent in ("MemoryDenyWriteExecute", "PrivateDevices", "DeviceAllow", "ProtectClock"):
        assert absent not in service, absent

    command = shlex.split(single["ExecStart"])
    assert command[0] == "/usr/bin/cage"
    cage_options = command[1 : command.index("--")]
    assert "-s" not in cage_options, "cage -s would allow switching to a text console"
    kiosk = command[command.index("--") + 1 :]
    assert kiosk[0] == "/opt/spaziocitta-kiosk/current/bin/kiosk"
    assert kiosk[-1] == "run" and "--demo" not in kiosk
    assert kiosk[kiosk.index("--config") + 1] == "/etc/spaziocitta/kiosk.toml"

    assert "getty@tty1.service" in " ".join(unit["Unit"]["Conflicts"])
    assert unit["Unit"]["StartLimitIntervalSec"] == ["0"], "a kiosk never stops retrying"
    assert install["WantedBy"] == ["graphical.target"]


def test_the_updater_runs_hourly_and_on_request_as_root_with_hardening(built: Built) -> None:
    from spaziocitta.kiosk.updates.commands import REQUEST_FILE

    service = parse_unit(built.files / f"{UPDATER}.service")
    single = {key: values[-1] for key, values in service["Service"].items()}
    assert single["Type"] == "oneshot" and "User" not in single, "root: it writes /opt"
    command = shlex.split(single["ExecStart"])
    assert command[0] == "/opt/spaziocitta-kiosk/current/bin/kiosk"
    assert command[-2:] == ["update", "run"] and "--force" not in command
    assert set(single["ReadWritePaths"].split()) == {"/opt/spaziocitta-kiosk", DATA}
    for key, value in {"ProtectSystem": "strict", "NoNewPrivileges": "yes",
                       "PrivateTmp": "yes", "ProtectHome": "yes"}.items():  # fmt: skip
        assert single.get(key) == value, key
    environment = dict(e.split("=", 1) for e in service["Service"]["Environment"])
    assert environment["KIOSK_DATA_DIR"] == DATA
    assert single["ExecStopPost"].endswith(f"rm -f {DATA}/{REQUEST_FILE}"), "consumed always"
    assert "SuccessExitStatus" not in single, "a rollback must show in systemctl --failed"

    timer = parse_unit(built.files / f"{UPDATER}.timer")
    assert timer["Unit"]["ConditionPathExists"] == [f"{DATA}/tuf/root.json"]
    assert timer["Timer"]["Persistent"] == ["true"]
    assert timer["Timer"]["RandomizedDelaySec"], "a whole fleet must not ask at once"
    assert timer["Install"]["WantedBy"] == ["timers.target"]
    path = parse_unit(built.files / f"{UPDATER}.path")
    assert path["Path"]["PathExists"] == [f"{DATA}/{REQUEST_FILE}"]
    assert path["Path"]["Unit"] == ["spaziocitta-kiosk-updater.service"]
    postinst = (built.control / "postinst").read_text(encoding="utf-8")
    assert "spaziocitta-kiosk-updater.timer spaziocitta-kiosk-updater.path" in postinst
    assert 'dpkg --compare-versions "$CURRENT" lt "$VERSION"' in postinst


def test_the_console_cannot_reboot_or_kill_the_kiosk(built: Built) -> None:
    manager = parse_unit(built.files / "usr/lib/systemd/system.conf.d/60-spaziocitta-kiosk.conf")
    assert manager["Manager"]["CtrlAltDelBurstAction"] == ["none"]
    sysctl = (built.files / "usr/lib/sysctl.d/60-spaziocitta-kiosk.conf").read_text()
    assert re.search(r"^kernel\.sysrq = 0$", sysctl, re.MULTILINE)


def test_systemd_analyze_verify_passes(built: Built, tmp_path: Path) -> None:
    analyze = require_tool("systemd-analyze", "systemd")
    # A root with the package's files, the host's own units (targets, getty, ...), and
    # stand-ins for the programs the unit runs that this machine may not have.
    root = tmp_path / "root"
    shutil.copytree(built.files, root, symlinks=True)
    units = root / "usr/lib/systemd/system"
    for host_units in (Path("/usr/lib/systemd/system"), Path("/lib/systemd/system")):
        if host_units.is_dir():
            for unit in host_units.iterdir():
                copy = units / unit.name
                if copy.exists() or copy.is_symlink():
                    continue
                if unit.is_dir() and not unit.is_symlink():
                    shutil.copytree(unit, copy, symlinks=True)
                else:
                    shutil.copy(unit, copy, follow_symlinks=False)
    (root / "opt/spaziocitta-kiosk/current").symlink_to(version())
    cage = root / "usr/bin/cage"
    cage.write_text("#!/bin/sh\n")
    cage.chmod(0o755)
    result = subprocess.run(
        [
            analyze,
            "verify",
            f"--root={root}",
            "--man=no",
            "spaziocitta-kiosk.service",
            "spaziocitta-kiosk-updater.service",
            "spaziocitta-kiosk-updater.timer",
            "spaziocitta-kiosk-updater.path",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    ours = [line for line in output.splitlines() if "spaziocitta" in line]
    assert not ours, "\n".join(ours)


# --- udev ---------------------------------------------------------------------------------

_TOKEN = re.compile(
    r'(?P<key>[A-Z_]+)(\{(?P<attr>[^}]+)\})?(?P<op>==|!=|\+=|-=|:=|=)"(?P<value>[^"]*)"'
)
_MATCH_KEYS = {"SUBSYSTEM", "KERNEL", "ENV", "ATTR", "ATTRS", "ACTION", "DRIVERS", "SUBSYSTEMS"}
_ASSIGN_KEYS = {"GROUP", "MODE", "TAG", "SYMLINK", "OWNER"}


def udev_rules(path: Path) -> list[list[re.Match[str]]]:
    rules = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        tokens = []
        for part in line.split(", "):
            token = _TOKEN.fullmatch(part.strip())
            assert token, f"{path.name}:{number}: cannot read {part!r}"
            key, op = token["key"], token["op"]
            assert key in (_MATCH_KEYS if op in ("==", "!=") else _ASSIGN_KEYS), (
                f"{path.name}:{number}: {key}{op}"
            )
            tokens.append(token)
        rules.append(tokens)
    return rules


def test_udev_rules_give_printers_and_scanners_to_group_kiosk(built: Built) -> None:
    rules = udev_rules(built.files / RULES)
    assert rules
    matched = []
    for tokens in rules:
        assigned = {t["key"]: t["value"] for t in tokens if t["op"] in ("=", ":=")}
        assert assigned == {"GROUP": "kiosk", "MODE": "0660"}, assigned
        matched.append({(t["key"], t["attr"]): t["value"] for t in tokens if t["op"] == "=="})
    subsystems = [m[("SUBSYSTEM", None)] for m in matched]
    assert {"usb", "usbmisc", "tty", "input", "hidraw"} <= set(subsystems)
    epson = [m for m in matched if "04b8" in m.get(("ATTR", "idVendor"), "").split("|")]
    assert epson and epson[0][("ENV", "DEVTYPE")] == "usb_device"
    assert any(m.get(("KERNEL", None)) == "ttyACM[0-9]*" for m in matched), "CDC-ACM scanners"
    for m in matched:
        if m[("SUBSYSTEM", None)] in ("input", "hidraw"):
            # Only scanners' makers: the kiosk must not read every keyboard.
            assert ("ATTRS", "idVendor") in m, m


# --- the build script ---------------------------------------------------------------------


def test_the_build_script_refuses_a_bad_version(tmp_path: Path) -> None:
    result = subprocess.run(
        ["bash", str(BUILD_DEB), "--no-venv", "--output", str(tmp_path), "--version", "1 0"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "not a Debian version" in result.stderr
    assert not list(tmp_path.iterdir())
