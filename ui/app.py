"""The kiosk process: QGuiApplication, one asyncio loop inside Qt's (qasync), the shell.

Start-up order matters: environment for Qt → QGuiApplication → qasync loop →
core → shell → window; tasks are created only from the loop's main coroutine.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import time
from dataclasses import dataclass
from types import TracebackType

from spaziocitta.kiosk import systemd
from spaziocitta.kiosk.config import KioskConfig
from spaziocitta.kiosk.paths import DataPaths

log = logging.getLogger(__name__)

QUIET_QT_CATEGORIES = (
    # Harmless messages the virtual keyboard triggers on a totem without
    # PipeWire or with Qt's own internal QML; silenced so real warnings stand
    # out (and fail the tests, which treat every Qt warning as an error).
    "qt.multimedia.symbolsresolver.warning=false",
    "qt.qml.propertyCache.append.warning=false",
)


@dataclass(frozen=True)
class RunOptions:
    """How this run of the kiosk should behave (from the command line)."""

    demo: bool = False
    windowed: bool = False
    exit_when_ready: bool = False
    size: tuple[int, int] | None = None


def prepare_qt_environment() -> None:
    """Qt settings that must be in place before QGuiApplication exists."""
    os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
    # Our controls style themselves from the Theme; the Basic style is the cheapest base.
    os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")
    os.environ.setdefault("QT_API", "pyside6")  # qasync picks the binding by this
    rules = [r for r in os.environ.get("QT_LOGGING_RULES", "").split(";") if r]
    rules += [r for r in QUIET_QT_CATEGORIES if r not in rules]
    os.environ["QT_LOGGING_RULES"] = ";".join(rules)


def process_age() -> float:
    """Seconds since the OS started this process (for 'ready in N ms').

    On Linux from /proc (clock ticks since boot, against CLOCK_BOOTTIME): good
    to 10 ms. psutil's create_time adds up to a second of error there, because
    the kernel gives the boot time in whole seconds.
    """
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        started_ticks = int(fields[19])  # field 22 of proc(5), counted after "comm"
        return time.clock_gettime(time.CLOCK_BOOTTIME) - started_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        import psutil  # only where /proc is missing: it costs start-up time

        try:
            return time.time() - psutil.Process().create_time()
        except psutil.Error:
            return 0.0


def window_size(config: KioskConfig, options: RunOptions) -> tuple[int, int]:
    """The windowed size: --size, else the configured display in its orientation."""
    if options.size is not None:
        return options.size
    long_side = max(config.display.width, config.display.height)
    short_side = min(config.display.width, config.display.height)
    if config.display.orientation == "landscape":
        return long_side, short_side
    return short_side, long_side


class KioskProcess:
    """One run of the kiosk: wires the process-wide hooks around the core and the shell."""

    def __init__(self, config: KioskConfig, paths: DataPaths, options: RunOptions) -> None:
        import qasync
        from PySide6.QtGui import QGuiApplication

        from spaziocitta.kiosk.core import build_core

        from .qt_logging import install_qt_message_handler
        from .shell import KioskShell

        # The process's start, on the monotonic clock.
        self.started = time.monotonic() - process_age()
        self.config = config
        self.options = options
        self.app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
        self.app.setApplicationName("Spazio Città")
        install_qt_message_handler()
        self.loop = qasync.QEventLoop(self.app)
        asyncio.set_event_loop(self.loop)
        self.core = build_core(config, paths, demo=options.demo, demo_live=options.demo)
        self.shell = KioskShell(self.app, self.core)
        self.stop = asyncio.Event()
        self.exit_code = 0
        self.first_frame: asyncio.Future[int] = self.loop.create_future()
        self.shell.maintenance.exitKioskRequested.connect(lambda: self.leave(0))
        self.shell.maintenance.restartRequested.connect(lambda: self.leave(RESTART))

    def leave(self, code: int) -> None:
        """Maintenance asked to leave (0) or to restart (RESTART): the window may close."""
        log.info("leaving the kiosk (%s)", "restart" if code == RESTART else "exit")
        self.shell.leaving = True
        self.exit_code = code
        self.stop.set()

    def on_signal(self, signum: int) -> None:
        log.info("signal %d: shutting down", signum)
        self.stop.set()

    def excepthook(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        # An error in a slot must not kill a kiosk in a town hall: log it, go home.
        log.critical("unexpected error; returning to the home screen", exc_info=(kind, value, tb))
        self.shell.kiosk.request_recover()

    def loop_exception(self, _loop: asyncio.AbstractEventLoop, context: dict[str, object]) -> None:
        error = context.get("exception")
        log.error("asyncio: %s", context.get("message"), exc_info=error)  # type: ignore[arg-type]
        self.shell.kiosk.request_recover()

    def _first_frame(self) -> None:
        if not self.first_frame.done():
            self.first_frame.set_result(round((time.monotonic() - self.started) * 1000))

    async def main(self) -> int:
        window = self.shell.load()
        window.frameSwapped.connect(self._first_frame)
        if self.options.windowed or not self.config.display.fullscreen:
            window.resize(*window_size(self.config, self.options))
            window.show()
        else:
            window.showFullScreen()
        window.requestActivate()
        # The attract screen first; only then the store, the catalogue and the
        # search engine, whose Python work would hold the GIL the UI needs.
        frame_ms = await self.first_frame
        window.frameSwapped.disconnect(self._first_frame)
        await self.core.start()
        self.shell.core_started()
        await self.shell.session_screens_loaded()
        interactive_ms = round((time.monotonic() - self.started) * 1000)
        # One line, the first frame's time; printed only once the core is up
        # too, so that --exit-when-ready also proves the store and devices work.
        print(f"ready in {frame_ms} ms", flush=True)
        log.info("first frame in %d ms, interactive in %d ms", frame_ms, interactive_ms)
        # systemd (Type=notify): serving citizens now; then pings from this loop,
        # which stop if the UI freezes, so the service manager restarts it.
        systemd.notify("READY=1", f"STATUS=ready in {frame_ms} ms")
        watchdog = systemd.start_watchdog()
        if self.options.exit_when_ready:
            self.stop.set()
        await self.stop.wait()
        systemd.notify("STOPPING=1")
        await systemd.stop_watchdog(watchdog)
        await self.core.sessions.end("shutdown")
        self.shell.close()
        await self.core.close()
        return self.exit_code

    def run(self) -> int:
        from .signals import SignalWakeup

        wakeup = SignalWakeup(self.on_signal)
        sys.excepthook = self.excepthook
        self.loop.set_exception_handler(self.loop_exception)
        try:
            with self.loop:
                return self.loop.run_until_complete(self.main())
        finally:
            wakeup.restore()
            sys.excepthook = sys.__excepthook__


RESTART = 75
"""main()'s answer when maintenance asked for a restart."""


def run_kiosk(config: KioskConfig, paths: DataPaths, options: RunOptions) -> int:
    """Run the kiosk until SIGTERM, SIGINT or (with exit_when_ready) the first frame.

    Maintenance's "restart" starts the same command again in this process (the
    same under systemd, in the demo, or from a terminal), once everything closed.
    """
    prepare_qt_environment()
    code = KioskProcess(config, paths, options).run()
    if code == RESTART:
        os.execv(sys.executable, [sys.executable, *sys.orig_argv[1:]])
    return code
