"""The packaged unit's session, run for real: cage shows the kiosk, systemd's watchdog restarts it.

test_deb.py reads the unit; these tests run what it describes, with the settings a
headless machine cannot have replaced and each replacement explained where it is made:

- cage, headless, with the unit's cage options and environment: the kiosk must come up
  as an unprivileged user's Wayland client, say READY, and fill the screen (a grim
  screenshot), which the offscreen platform of the other tests cannot show.
- systemd's watchdog: a frozen kiosk is killed and restarted only if the unit's
  notify/watchdog settings, the kiosk's pings and its hardening work together. PID 1
  may not be systemd here (a container, a CI machine's own init), so the test boots
  systemd in a container of its own (systemd-nspawn) on a read-only view of this
  machine, runs the unit's [Service] there and asks that systemd what happened.

Both need root (another user for cage, namespaces for the container).
"""

from __future__ import annotations

import os
import pwd
import re
import shlex
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from PIL import Image

from .conftest import (
    PATH,
    ROOT,
    Built,
    Started,
    boot_container,
    home_bind_settings,
    kill,
    log_tail,
    namespace_init,
    parse_unit,
    require_root,
    require_tool,
)

UNIT = "usr/lib/systemd/system/spaziocitta-kiosk.service"
SERVICE = "spaziocitta-kiosk.service"
KIOSK = Path(sys.prefix) / "bin" / "kiosk"
THEME = ROOT / "ui/qml/Kiosk/Theme/Theme.qml"

# wlroots' headless backend makes one 1280×720 output; cage -r turns it to portrait.
SCREEN = (720, 1280)
# Short, so that a freeze is noticed within seconds (the unit says 30).
WATCHDOG_SEC = 3
# The auto-restart pause during which `systemctl show` still says Result=watchdog.
RESTART_SEC = 2


def service_settings(built: Built) -> dict[str, list[str]]:
    return parse_unit(built.files / UNIT)["Service"]


def unit_environment(service: dict[str, list[str]]) -> dict[str, str]:
    return dict(entry.split("=", 1) for entry in service["Environment"])


def end_namespace(process: subprocess.Popen[bytes]) -> None:
    """End ``process`` (unshare) and everything in the PID namespace it made.

    Killing a namespace's PID 1 kills every process in it; unshare's --kill-child
    would not do: that signal is forgotten when its child becomes another user.
    """
    if process.poll() is None and (init := namespace_init(process.pid)) is not None:
        kill(os.pidfd_open(init))
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=30)


# --- cage -----------------------------------------------------------------------------------


def theme_colour(name: str) -> tuple[int, int, int]:
    """A colour of the standard palette in Theme.qml, as the screenshot's RGB."""
    palette = re.search(r"standardPalette: \(\{(.*?)\}\)", THEME.read_text(encoding="utf-8"), re.S)
    assert palette, f"no standardPalette in {THEME}"
    match = re.search(rf"\b{name}: \"#([0-9A-Fa-f]{{6}})\"", palette.group(1))
    assert match, f"no {name} colour in {THEME}'s standardPalette"
    value = int(match.group(1), 16)
    return value >> 16, (value >> 8) & 0xFF, value & 0xFF


def wait_for_ready(
    notifications: socket.socket, process: subprocess.Popen[bytes], log: Path, timeout: float
) -> str:
    """The kiosk's READY=1 message, or a failure showing what cage and the kiosk said."""
    deadline = time.monotonic() + timeout
    notifications.settimeout(0.5)
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"cage exited with {process.returncode} before READY:\n{log_tail(log)}")
        try:
            message = notifications.recv(4096).decode()
        except TimeoutError:
            continue
        if "READY=1" in message.splitlines():
            return message
    pytest.fail(f"no READY=1 within {timeout} s:\n{log_tail(log)}")


@pytest.mark.slow
def test_cage_shows_the_kiosk_full_screen(built: Built, started: Started, tmp_path: Path) -> None:
    """The unit's cage and environment, headless: the kiosk says READY and fills the screen.

    What only a compositor shows: the kiosk as a Wayland client of cage (the unit's
    QT_QPA_PLATFORM), as an unprivileged user (cage refuses root), READY=1 through
    NOTIFY_SOCKET from cage's child, and a fullscreen window: the attract screen's
    colour edge to edge, none of cage's black around it.
    """
    require_root()
    cage = require_tool("cage", "cage")
    grim = require_tool("grim", "grim")
    require_tool("Xwayland", "xwayland")  # cage 0.1.4 will not start without it
    service = service_settings(built)
    command = shlex.split(service["ExecStart"][-1])
    assert Path(command[0]).name == "cage", command
    cage_options = command[1 : command.index("--")]

    nobody = pwd.getpwnam("nobody")
    runtime, data = tmp_path / "run", tmp_path / "data"
    for directory in (runtime, data):
        directory.mkdir()
        os.chown(directory, nobody.pw_uid, nobody.pw_gid)
    runtime.chmod(0o700)  # what RuntimeDirectory= makes, and what Wayland asks for
    notify_path = tmp_path / "notify"
    notifications = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    notifications.bind(str(notify_path))
    os.chown(notify_path, nobody.pw_uid, nobody.pw_gid)  # sending needs write access

    env = {
        **unit_environment(service),
        "PATH": PATH,
        # The unit's paths are the installed package's; these are the test's own.
        "KIOSK_DATA_DIR": str(data),
        "HOME": str(data),
        "XDG_CACHE_HOME": str(data / "cache"),
        "XDG_RUNTIME_DIR": str(runtime),
        "NOTIFY_SOCKET": str(notify_path),
        # No DRM device, no GPU: wlroots' virtual output, drawn by the CPU.
        "WLR_BACKENDS": "headless",
        "WLR_RENDERER": "pixman",
    }
    log = tmp_path / "cage.log"
    with log.open("wb") as output:
        process = started.popen(
            [
                # A PID namespace of its own, cage its PID 1: ending cage ends the kiosk's
                # helpers too (the demo backend, the speech worker), which a dying kiosk
                # would leave behind.
                *("unshare", "--pid", "--fork", "--mount-proc", "--"),
                # nobody, as the unit's "kiosk" user does not exist here. The checkout and
                # its Python may sit in root's home (0700), which nobody cannot enter: it
                # gets to read files (CAP_DAC_READ_SEARCH), and nothing else of root's.
                *("setpriv", f"--reuid={nobody.pw_uid}", f"--regid={nobody.pw_gid}"),
                *("--clear-groups", "--inh-caps=+dac_read_search"),
                *("--ambient-caps=+dac_read_search", "--"),
                # -r: turns the landscape headless output into a totem's portrait screen,
                # and keeps cage 0.1.4 from scanning the kiosk's buffer out directly,
                # which the headless output accepts and grim then cannot copy (it gets
                # the first frame ever drawn, forever).
                *(cage, *cage_options, "-r", "--", str(KIOSK), "run", "--demo"),
            ],
            stop=end_namespace,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    began = time.monotonic()
    ready = wait_for_ready(notifications, process, log, timeout=90)
    notifications.close()
    assert "STATUS=ready in " in ready, ready
    ready_after = time.monotonic() - began

    sockets = [p for p in runtime.glob("wayland-*") if not p.name.endswith(".lock")]
    assert len(sockets) == 1, sockets
    screenshot = tmp_path / "screen.png"
    shot = subprocess.run(
        [grim, str(screenshot)],
        env={"PATH": PATH, "XDG_RUNTIME_DIR": str(runtime), "WAYLAND_DISPLAY": sockets[0].name},
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert shot.returncode == 0, shot.stderr

    with Image.open(screenshot) as image:
        rgb = image.convert("RGB")
    assert rgb.size == SCREEN, f"{rgb.size}: not cage's headless output, turned to portrait"
    pixels = rgb.width * rgb.height
    colours = Counter({colour: count for count, colour in rgb.getcolors(maxcolors=pixels)})
    background, text = theme_colour("header"), theme_colour("headerText")
    summary = f"{colours.most_common(4)} (READY after {ready_after:.1f} s)"
    assert colours[(0, 0, 0)] == 0, f"cage's black shows: the window is not fullscreen. {summary}"
    corners = [(0, 0), (rgb.width - 1, 0), (0, rgb.height - 1), (rgb.width - 1, rgb.height - 1)]
    assert {rgb.getpixel(corner) for corner in corners} == {background}, summary
    assert colours[background] > 0.8 * pixels, f"not the attract screen: {summary}"
    assert colours[text] > 1000, f"no greeting drawn on the attract screen: {summary}"


# --- the watchdog, under a real systemd ----------------------------------------------------


def watchdog_unit(service: dict[str, list[str]]) -> str:
    """The packaged unit's [Service], for the kiosk alone (offscreen) in the container.

    Everything else is kept as packaged: Type=notify, NotifyAccess=, Restart=, the
    environment and the whole hardening, so the kiosk starts (its QML engine, its
    store, its demo backend) and pings under exactly those; a setting added to the
    unit that breaks either fails this test.
    """
    data = unit_environment(service)["KIOSK_DATA_DIR"]
    assert data.startswith("/var/lib/"), data
    replaced = {
        "User", "Group", "ExecStart", "WatchdogSec", "RestartSec", "ProtectHome",
        "StandardInput", "StandardOutput", "StandardError",
    }  # fmt: skip
    lines = ["[Unit]", "Description=Spazio Città kiosk, watchdog test", "DefaultDependencies=no"]
    lines.append("[Service]")
    for key, values in service.items():
        # No virtual terminals in a container: the unit's tty1 is not there.
        if key in replaced or key.startswith("TTY"):
            continue
        lines += [f"{key}={value}" for value in values]
    lines += [
        # No "kiosk" user in the container: a dynamic one is as unprivileged, and
        # StateDirectory= makes the data directory postinst would have made.
        "DynamicUser=yes",
        f"StateDirectory={data.removeprefix('/var/lib/')}",
        f"ExecStart={KIOSK} run --demo",
        # No compositor: the kiosk draws offscreen, its event loop and pings the same.
        "Environment=QT_QPA_PLATFORM=offscreen",
        f"WatchdogSec={WATCHDOG_SEC}",
        f"RestartSec={RESTART_SEC}",
        *home_bind_settings(),
        # No journal in the container: the kiosk's output goes to the test's folder.
        "StandardOutput=append:/run/kiosk-test/kiosk.log",
        "StandardError=inherit",
        # SIGABRT, the watchdog's signal, would dump a 300 MB core through the host's handler.
        "LimitCORE=0",
    ]
    return "\n".join(lines) + "\n"


@pytest.mark.slow
def test_the_watchdog_restarts_a_frozen_kiosk(
    built: Built, started: Started, tmp_path: Path
) -> None:
    """A real systemd kills a kiosk whose event loop stopped, and starts it again.

    The kiosk is frozen with SIGSTOP: a genuine freeze that needs no hook in the
    application. Nothing else can tell systemd it froze but the missing WATCHDOG=1,
    so Result=watchdog, a new main process and a second READY=1 (Type=notify is
    active only after it) prove the whole chain, under the packaged hardening.
    """
    require_root()
    require_tool("systemd-nspawn", "systemd-container")
    require_tool("systemctl", "systemd")
    machine = boot_container(
        started,
        tmp_path,
        {SERVICE: watchdog_unit(service_settings(built))},
        name="spaziocitta-watchdog",
        start=[SERVICE],
    )
    machine.boot(timeout=60)
    properties = "MainPID,NRestarts,Result,ActiveState,SubState,StatusText"

    # Active, for Type=notify, once READY=1 came; a restart first means it never did.
    up = machine.wait_for(
        SERVICE, properties, lambda s: s["ActiveState"] == "active" or s["NRestarts"] != "0", 90
    )
    first = up[-1][1]
    assert first["SubState"] == "running" and first["NRestarts"] == "0", f"{up}\n{machine.logs()}"
    assert first["StatusText"].startswith("ready in "), first

    frozen = machine.systemctl("kill", "--signal=SIGSTOP", "--kill-whom=main", SERVICE)
    assert frozen.returncode == 0, frozen.stderr
    seen = machine.wait_for(
        SERVICE,
        properties,
        lambda s: s["NRestarts"] == "1" and s["SubState"] == "running",
        timeout=60,
    )
    killed = [(t, s) for t, s in seen if s["Result"] == "watchdog"]
    assert killed, f"never Result=watchdog: {seen}\n{machine.logs()}"
    assert killed[0][1]["SubState"] in ("stop-watchdog", "auto-restart"), seen
    again = seen[-1][1]
    assert again["ActiveState"] == "active", seen
    assert again["MainPID"] not in ("0", first["MainPID"]), seen
    assert again["StatusText"].startswith("ready in "), f"no second READY: {seen}"
    assert "Watchdog timeout" in log_tail(machine.console, 20000), machine.logs()
    # The watchdog cannot fire before a ping is due, nor much after WatchdogSec.
    assert WATCHDOG_SEC / 2 - 0.5 < killed[0][0] < WATCHDOG_SEC + 10, seen
