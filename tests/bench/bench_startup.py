"""Start-up, idle CPU and memory of the kiosk next to a bare QML window.

A script, not a pytest test (pytest collects ``test_*.py`` only). Run it from the
repository with the project's virtualenv:

    .venv/bin/python tests/bench/bench_startup.py [--runs 5] [--idle-seconds 30]
        [--size 1080x1920] [--json FILE] [--strict]

It measures ``kiosk run --demo --windowed`` (the attract screen) and, as a
baseline measured in the same run, a bare "hello" window: a tiny
QGuiApplication + QQmlApplicationEngine program that this script writes to a
temporary folder and that reports ``ready in N ms`` the same way the kiosk does
(the process's age from /proc at the window's first ``frameSwapped``). Both
get the same window size; children run with ``QT_QPA_PLATFORM=offscreen``
unless the variable is already set.

1. Time to first frame. One unmeasured run of each first warms the OS page
   cache; then ``--runs`` rounds, interleaved (baseline, kiosk cold, kiosk
   warm), each with ``--exit-when-ready``:

   * kiosk *cold*: a new, empty ``KIOSK_DATA_DIR`` each run, so the run also
     creates the database and compiles the translations;
   * kiosk *warm*: one data directory reused (primed by an unmeasured run).

   Reported: median and min of the in-process ``ready in N ms`` (process
   start to first frame, from /proc: start in clock ticks against
   CLOCK_BOOTTIME, good to 10 ms; psutil's create_time would add up to a
   second of error), the kiosk's "interactive" time from its log (the store
   open and the devices started, which happens after the first frame), and
   two figures measured here with a monotonic clock for information: spawn
   to the ``ready`` line on stdout, and spawn to process exit.

2. Idle CPU. Each program is started without ``--exit-when-ready``; once its
   ``ready`` line arrives, 2 s to settle, then the CPU time (user + system of
   the process, its live descendants and its reaped children) over
   ``--idle-seconds``, as % of one core. Then SIGTERM: it must exit 0 within
   10 s.

3. Memory: RSS (and USS when psutil can read it) of the main process at the
   end of the idle window, in MB (1 MB = 2**20 bytes).

Goals (from the issue): kiosk warm ready <= 2x the bare window's; kiosk idle
CPU < 1 % of a core; kiosk RSS < 250 MB. Each is printed PASS/FAIL. The exit
code is 0 even when a goal fails unless ``--strict`` is given (then 1); 2 when
the benchmark itself could not run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import queue
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import psutil

READY_RE = re.compile(r"ready in (\d+) ms")
READY_TIMEOUT_S = 90.0  # spawn to the 'ready' line
EXIT_TIMEOUT_S = 10.0  # SIGTERM (or the ready line with --exit-when-ready) to exit
SETTLE_S = 2.0
MB = 1024 * 1024

GOAL_READY_RATIO = 2.0
GOAL_IDLE_CPU_PCT = 1.0
GOAL_RSS_MB = 250.0

BASELINE_PROGRAM = '''\
"""A bare QML "hello" window: the baseline of tests/bench/bench_startup.py."""

import signal
import socket
import sys
import time

import os


def process_age() -> float:
    with open("/proc/self/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return time.clock_gettime(time.CLOCK_BOOTTIME) - int(fields[19]) / os.sysconf("SC_CLK_TCK")


STARTED = time.monotonic() - process_age()

from PySide6.QtCore import QSocketNotifier, QTimer, QUrl  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtQml import QQmlApplicationEngine  # noqa: E402
from PySide6.QtQuick import QQuickWindow  # noqa: E402

QML = """
import QtQuick
import QtQuick.Window

Window {
    visible: false
    color: "white"
    Text { anchors.centerIn: parent; text: "hello"; font.pixelSize: 48 }
}
"""


def main() -> int:
    exit_when_ready = "--exit-when-ready" in sys.argv
    width, height = (int(v) for v in sys.argv[sys.argv.index("--size") + 1].split("x"))
    app = QGuiApplication(sys.argv[:1])

    # SIGTERM/SIGINT: wake Qt's loop through a socket so the Python handler runs.
    read_sock, write_sock = socket.socketpair()
    for sock in (read_sock, write_sock):
        sock.setblocking(False)
    signal.set_wakeup_fd(write_sock.fileno())

    def drain() -> None:
        try:
            while read_sock.recv(64):
                pass
        except BlockingIOError:
            pass

    notifier = QSocketNotifier(read_sock.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(drain)
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: app.quit())

    engine = QQmlApplicationEngine()
    engine.loadData(QML.encode(), QUrl("hello.qml"))
    if not engine.rootObjects():
        return 1
    window = engine.rootObjects()[0]
    assert isinstance(window, QQuickWindow)
    ready = False

    def first_frame() -> None:
        nonlocal ready
        if ready:
            return
        ready = True
        print(f"ready in {round((time.monotonic() - STARTED) * 1000)} ms", flush=True)
        if exit_when_ready:
            QTimer.singleShot(0, app.quit)

    window.frameSwapped.connect(first_frame)
    window.resize(width, height)
    window.show()
    window.requestActivate()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
'''


class BenchError(RuntimeError):
    """The benchmark itself could not run (a program failed to start or stop)."""


# --------------------------------------------------------------------------- children

_live: set[subprocess.Popen[str]] = set()


def kill_all_children() -> None:
    """Kill every child this script started that is still running."""
    for proc in list(_live):
        kill_tree(proc)


def kill_tree(proc: subprocess.Popen[str]) -> None:
    try:
        descendants = psutil.Process(proc.pid).children(recursive=True)
    except psutil.Error:
        descendants = []
    for child in descendants:
        with suppress(psutil.Error):
            child.kill()
    if proc.poll() is None:
        proc.kill()
    with suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=5)
    _live.discard(proc)


@dataclass
class Child:
    """A started program: its process, its stdout lines (read by a thread), its stderr file."""

    name: str
    proc: subprocess.Popen[str]
    spawned: float  # time.monotonic() just before Popen
    stderr_path: Path
    lines: queue.Queue[str | None] = field(default_factory=queue.Queue)

    def stderr_tail(self, limit: int = 2000) -> str:
        try:
            return self.stderr_path.read_text(errors="replace")[-limit:]
        except OSError:
            return ""

    def wait_ready(self, timeout: float) -> tuple[int, float]:
        """The printed 'ready in N ms' and the monotonic time the line arrived."""
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise BenchError(f"{self.name}: no 'ready' line within {timeout:.0f} s")
            try:
                line = self.lines.get(timeout=remaining)
            except queue.Empty:
                continue
            if line is None:
                rc = self.proc.wait(timeout=EXIT_TIMEOUT_S)
                raise BenchError(
                    f"{self.name}: exited with {rc} before 'ready'\n{self.stderr_tail()}"
                )
            match = READY_RE.search(line)
            if match:
                return int(match[1]), time.monotonic()

    def wait_exit(self, timeout: float) -> tuple[int, float]:
        """Exit code and the monotonic time the process was seen to exit."""
        try:
            rc = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            raise BenchError(f"{self.name}: still running {timeout:.0f} s later") from None
        exited = time.monotonic()
        _live.discard(self.proc)
        return rc, exited


def _pump(stream: Any, lines: queue.Queue[str | None]) -> None:
    try:
        for line in stream:
            lines.put(line)
    finally:
        lines.put(None)


@contextmanager
def spawn(name: str, argv: Sequence[str], env: dict[str, str], workdir: Path) -> Iterator[Child]:
    """Start ``argv``; whatever happens inside the block, the process is gone after it."""
    stderr_path = workdir / f"stderr-{name.replace(' ', '_')}-{time.monotonic_ns()}.txt"
    with stderr_path.open("w") as stderr:
        spawned = time.monotonic()
        proc = subprocess.Popen(
            list(argv),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=stderr,
            env=env,
            text=True,
            bufsize=1,
        )
    _live.add(proc)
    child = Child(name, proc, spawned, stderr_path)
    threading.Thread(target=_pump, args=(proc.stdout, child.lines), daemon=True).start()
    try:
        yield child
    finally:
        if proc.poll() is None:
            kill_tree(proc)
        _live.discard(proc)
        if proc.stdout is not None:
            proc.stdout.close()


# --------------------------------------------------------------------------- programs


@dataclass(frozen=True)
class Program:
    name: str
    argv: list[str]  # without --exit-when-ready
    env: dict[str, str]

    def run_argv(self, exit_when_ready: bool) -> list[str]:
        return [*self.argv, "--exit-when-ready"] if exit_when_ready else list(self.argv)


def kiosk_command() -> list[str]:
    script = Path(sys.executable).parent / "kiosk"
    if script.exists():
        return [str(script)]
    found = shutil.which("kiosk")
    return [found] if found else [sys.executable, "-m", "spaziocitta.kiosk"]


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra)
    return env


def kiosk_program(size: str, data_dir: Path) -> Program:
    argv = [*kiosk_command(), "run", "--demo", "--windowed", "--size", size]
    return Program("kiosk", argv, child_env(KIOSK_DATA_DIR=str(data_dir)))


def baseline_program(size: str, script: Path) -> Program:
    return Program("baseline", [sys.executable, str(script), "--size", size], child_env())


# --------------------------------------------------------------------------- measurements


@dataclass
class StartRun:
    ready_ms: float  # 'ready in N ms' as printed: process start to first frame
    interactive_ms: float  # kiosk: store open and devices up (from its log); baseline: ready
    spawn_to_line_ms: float
    spawn_to_exit_ms: float


INTERACTIVE_RE = re.compile(r"first frame in \d+ ms, interactive in (\d+) ms")


def interactive_ms(program: Program, fallback: float) -> float:
    """The kiosk logs when it became usable (after the first frame); the baseline does not."""
    data_dir = program.env.get("KIOSK_DATA_DIR")
    log = Path(data_dir) / "logs" / "kiosk.log" if data_dir else None
    if log is None or not log.exists():
        return fallback
    found = INTERACTIVE_RE.findall(log.read_text(encoding="utf-8"))
    return float(found[-1]) if found else fallback


def run_to_ready(program: Program, workdir: Path) -> StartRun:
    with spawn(program.name, program.run_argv(exit_when_ready=True), program.env, workdir) as c:
        printed, line_at = c.wait_ready(READY_TIMEOUT_S)
        rc, exited = c.wait_exit(EXIT_TIMEOUT_S)
        if rc != 0:
            raise BenchError(f"{program.name}: --exit-when-ready exited {rc}\n{c.stderr_tail()}")
        return StartRun(
            ready_ms=printed,
            interactive_ms=interactive_ms(program, printed),
            spawn_to_line_ms=(line_at - c.spawned) * 1000,
            spawn_to_exit_ms=(exited - c.spawned) * 1000,
        )


def tree_cpu_seconds(pid: int) -> float:
    """User + system CPU of a process, its reaped children and its live descendants."""
    proc = psutil.Process(pid)
    with proc.oneshot():
        times = proc.cpu_times()
        total = times.user + times.system + times.children_user + times.children_system
    for child in proc.children(recursive=True):
        try:
            t = child.cpu_times()
            total += t.user + t.system
        except psutil.Error:
            pass
    return total


@dataclass
class IdleRun:
    ready_ms: float
    cpu_pct: float  # % of one core over the idle window
    cpu_seconds: float
    window_s: float
    rss_mb: float
    uss_mb: float | None
    threads: int
    descendants: int
    sigterm_exit_code: int | None  # None: still running EXIT_TIMEOUT_S after SIGTERM (killed)
    sigterm_exit_ms: float | None


def run_idle(program: Program, idle_s: float, workdir: Path) -> IdleRun:
    with spawn(program.name, program.run_argv(exit_when_ready=False), program.env, workdir) as c:
        printed, _ = c.wait_ready(READY_TIMEOUT_S)
        time.sleep(SETTLE_S)
        if c.proc.poll() is not None:
            raise BenchError(f"{program.name}: exited during settle\n{c.stderr_tail()}")
        proc = psutil.Process(c.proc.pid)
        cpu0, t0 = tree_cpu_seconds(c.proc.pid), time.monotonic()
        time.sleep(idle_s)
        cpu1, t1 = tree_cpu_seconds(c.proc.pid), time.monotonic()
        rss = proc.memory_info().rss
        try:
            uss: float | None = proc.memory_full_info().uss / MB
        except (psutil.AccessDenied, AttributeError):
            uss = None
        threads = proc.num_threads()
        descendants = len(proc.children(recursive=True))
        stop = time.monotonic()
        c.proc.send_signal(signal.SIGTERM)
        rc: int | None
        exit_ms: float | None
        try:
            rc, exited = c.wait_exit(EXIT_TIMEOUT_S)
            exit_ms = (exited - stop) * 1000
        except BenchError:
            rc, exit_ms = None, None  # the spawn() block kills it
        window = t1 - t0
        return IdleRun(
            ready_ms=printed,
            cpu_pct=(cpu1 - cpu0) / window * 100,
            cpu_seconds=cpu1 - cpu0,
            window_s=window,
            rss_mb=rss / MB,
            uss_mb=uss,
            threads=threads,
            descendants=descendants,
            sigterm_exit_code=rc,
            sigterm_exit_ms=exit_ms,
        )


# --------------------------------------------------------------------------- report


def summary(values: Sequence[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def stats(runs: Sequence[StartRun]) -> dict[str, Any]:
    pick: dict[str, Callable[[StartRun], float]] = {
        "ready_ms": lambda r: r.ready_ms,
        "interactive_ms": lambda r: r.interactive_ms,
        "spawn_to_line_ms": lambda r: r.spawn_to_line_ms,
        "spawn_to_exit_ms": lambda r: r.spawn_to_exit_ms,
    }
    result: dict[str, Any] = {key: summary([f(r) for r in runs]) for key, f in pick.items()}
    result["runs"] = [asdict(r) for r in runs]
    return result


def ratio(a: float | None, b: float | None) -> str:
    if a is None or b is None or b == 0:
        return "-"
    return f"{a / b:.2f}x"


def fmt(value: float | None, unit: str = "", digits: int = 0) -> str:
    if value is None:
        return "-"
    return f"{value:.{digits}f}{unit}"


def print_table(results: dict[str, Any]) -> None:
    base = results["baseline"]
    cold = results["kiosk_cold"]
    warm = results["kiosk_warm"]
    ki, bi = results["kiosk_idle"], results["baseline_idle"]
    ms, pct, mb = " ms", " %", " MB"
    # The baseline has no data dir: its runs stand against both the cold and the warm ones.
    Row = tuple[str, float | None, float | None, str, int]

    def start(label: str, kiosk: dict[str, Any], key: str, stat: str) -> Row:
        return label, kiosk[key][stat], base[key][stat], ms, 0

    rows: list[Row] = [
        start("ready, cold (new data dir), median", cold, "ready_ms", "median"),
        start("ready, cold (new data dir), min", cold, "ready_ms", "min"),
        start("ready, warm, median", warm, "ready_ms", "median"),
        start("ready, warm, min", warm, "ready_ms", "min"),
        start("interactive, warm, median", warm, "interactive_ms", "median"),
        start("  spawn to line, warm median", warm, "spawn_to_line_ms", "median"),
        start("  spawn to exit, cold median", cold, "spawn_to_exit_ms", "median"),
        start("  spawn to exit, warm median", warm, "spawn_to_exit_ms", "median"),
        ("idle CPU (% of one core)", ki["cpu_pct"], bi["cpu_pct"], pct, 2),
        ("RSS at end of idle", ki["rss_mb"], bi["rss_mb"], mb, 1),
        ("USS at end of idle", ki["uss_mb"], bi["uss_mb"], mb, 1),
        ("threads", ki["threads"], bi["threads"], "", 0),
        ("SIGTERM to exit", ki["sigterm_exit_ms"], bi["sigterm_exit_ms"], ms, 0),
    ]
    width = max(len(r[0]) for r in rows) + 2
    print(f"{'':{width}}{'kiosk':>12}{'baseline':>12}{'ratio':>9}")
    print("-" * (width + 33))
    for label, kiosk_value, base_value, unit, digits in rows:
        print(
            f"{label:{width}}{fmt(kiosk_value, unit, digits):>12}"
            f"{fmt(base_value, unit, digits):>12}{ratio(kiosk_value, base_value):>9}"
        )
    print()
    print(
        "ready = 'ready in N ms' as printed (process start to first frame, from /proc);\n"
        "interactive = the kiosk's store open, devices started, session screens built (log);\n"
        "spawn to line/exit: measured by this script (monotonic clock), for information."
    )
    print(
        f"SIGTERM exit codes: kiosk {ki['sigterm_exit_code']}, "
        f"baseline {bi['sigterm_exit_code']}; "
        f"live descendants during idle: kiosk {ki['descendants']}, "
        f"baseline {bi['descendants']}."
    )


def check_goals(results: dict[str, Any]) -> list[dict[str, Any]]:
    warm = results["kiosk_warm"]["ready_ms"]["median"]
    base = results["baseline"]["ready_ms"]["median"]
    ki, bi = results["kiosk_idle"], results["baseline_idle"]
    goals = [
        {
            "goal": f"kiosk warm ready <= {GOAL_READY_RATIO:g}x bare window",
            "value": f"{warm:.0f} ms vs {base:.0f} ms ({warm / base:.2f}x)",
            "passed": warm <= GOAL_READY_RATIO * base,
        },
        {
            "goal": f"kiosk idle CPU < {GOAL_IDLE_CPU_PCT:g}% of a core",
            "value": f"{ki['cpu_pct']:.2f} %",
            "passed": ki["cpu_pct"] < GOAL_IDLE_CPU_PCT,
        },
        {
            "goal": f"kiosk RSS < {GOAL_RSS_MB:g} MB",
            "value": f"{ki['rss_mb']:.1f} MB",
            "passed": ki["rss_mb"] < GOAL_RSS_MB,
        },
        {
            "goal": "SIGTERM: both exit 0 within 10 s",
            "value": f"kiosk {ki['sigterm_exit_code']}, baseline {bi['sigterm_exit_code']}",
            "passed": ki["sigterm_exit_code"] == 0 and bi["sigterm_exit_code"] == 0,
        },
    ]
    print()
    for goal in goals:
        print(f"{'PASS' if goal['passed'] else 'FAIL'}  {goal['goal']}: {goal['value']}")
    return goals


# --------------------------------------------------------------------------- main


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="start-up runs of each (default 5)")
    parser.add_argument(
        "--idle-seconds", type=float, default=30.0, help="idle CPU window (default 30)"
    )
    parser.add_argument(
        "--size", default="1080x1920", help="window size of both (default 1080x1920)"
    )
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a goal fails")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if args.idle_seconds <= 0:
        parser.error("--idle-seconds must be positive")
    if not re.fullmatch(r"\d{3,4}x\d{3,4}", args.size):
        parser.error("--size: expected WIDTHxHEIGHT, e.g. 1080x1920")
    return args


def progress(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def bench(args: argparse.Namespace, workdir: Path) -> dict[str, Any]:
    script = workdir / "hello_window.py"
    script.write_text(BASELINE_PROGRAM)
    baseline = baseline_program(args.size, script)

    def kiosk_in(name: str) -> Program:
        data_dir = workdir / name
        data_dir.mkdir()
        return kiosk_program(args.size, data_dir)

    progress("warming up (unmeasured: OS page cache, warm data dir)...")
    run_to_ready(baseline, workdir)
    warm_kiosk = kiosk_in("data-warm")
    run_to_ready(warm_kiosk, workdir)  # creates the database, compiles translations

    base_runs: list[StartRun] = []
    cold_runs: list[StartRun] = []
    warm_runs: list[StartRun] = []
    for i in range(args.runs):
        base_runs.append(run_to_ready(baseline, workdir))
        cold_runs.append(run_to_ready(kiosk_in(f"data-cold-{i}"), workdir))
        warm_runs.append(run_to_ready(warm_kiosk, workdir))
        progress(
            f"round {i + 1}/{args.runs}: baseline {base_runs[-1].ready_ms:.0f} ms, "
            f"kiosk cold {cold_runs[-1].ready_ms:.0f} ms, warm {warm_runs[-1].ready_ms:.0f} ms"
        )

    progress(f"idle: kiosk ({SETTLE_S:g} s settle + {args.idle_seconds:g} s)...")
    kiosk_idle = run_idle(warm_kiosk, args.idle_seconds, workdir)
    progress(f"idle: baseline ({SETTLE_S:g} s settle + {args.idle_seconds:g} s)...")
    baseline_idle = run_idle(baseline, args.idle_seconds, workdir)

    return {
        "config": {
            "runs": args.runs,
            "idle_seconds": args.idle_seconds,
            "settle_seconds": SETTLE_S,
            "size": args.size,
            "qt_qpa_platform": baseline.env["QT_QPA_PLATFORM"],
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "kiosk_argv": warm_kiosk.argv,
        },
        "baseline": stats(base_runs),
        "kiosk_cold": stats(cold_runs),
        "kiosk_warm": stats(warm_runs),
        "kiosk_idle": asdict(kiosk_idle),
        "baseline_idle": asdict(baseline_idle),
    }


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    previous_term = signal.signal(signal.SIGTERM, lambda *_: sys.exit(2))
    try:
        with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
            results = bench(args, Path(tmp))
    except BenchError as exc:
        print(f"bench_startup: {exc}", file=sys.stderr)
        return 2
    finally:
        kill_all_children()
        signal.signal(signal.SIGTERM, previous_term)

    cfg = results["config"]
    print(
        f"Spazio Città start-up benchmark: {cfg['runs']} runs, {cfg['idle_seconds']:g} s idle, "
        f"{cfg['size']} window, QT_QPA_PLATFORM={cfg['qt_qpa_platform']}, "
        f"Python {cfg['python']}, {cfg['cpus']} CPUs"
    )
    print()
    print_table(results)
    goals = check_goals(results)
    results["goals"] = goals
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
        print(f"\nresults written to {args.json}")
    failed = [g for g in goals if not g["passed"]]
    return 1 if failed and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
