"""Kiosk-backend sync: outbox flush throughput and a big content-pack sync, next to a baseline.

A script, not a pytest test (pytest collects ``test_*.py`` only). Run it from the
repository with the project's virtualenv:

    .venv/bin/python tests/bench/bench_sync.py [--items 10000] [--services 50000]
        [--max-seconds 600] [--seed 1] [--json FILE]

Everything talks over real HTTP on 127.0.0.1 to the reference backend
(``python -m spaziocitta.backend.cli serve --port 0``), started by the script as
a subprocess with its own temporary SQLite database and ``--log-level warning``;
every phase gets a fresh backend.

* Outbox flush. ``--items`` valid submissions (an ``iscrizione-mensa``
  application, as in tests/kiosk/sync/test_against_backend.py) are enqueued with
  ``outbox.enqueue`` into a fresh kiosk store (one transaction, timed for
  information). Ours: ``Relay(store, BackendClient(...).deliver).flush(...)``
  with the client's one long-lived ``httpx.AsyncClient`` (keep-alive), the
  sender wrapped only to take timestamps (and the retry backoff base lowered to
  0.2 s, so that a retry, if any, does not stall the run; the report's
  "answers" line counts every outcome). Reported: items/s, total seconds and
  per-item percentiles of (a) the whole relay cycle (read the head, POST, commit
  the ack: the time between the starts of two consecutive sends) and (b) the
  HTTP round trip alone (``deliver``); their difference is the kiosk store's
  share (two store-thread hops and one ``synchronous=FULL`` commit per item).
  Baseline, against another fresh backend: the same bodies, Idempotency-Keys
  and Authorization sent one by one with a new ``httpx.Client()`` per request
  (a new TCP connection each time, no keep-alive, no kiosk store).
  Afterwards the first backend's ``submissions`` table must hold every
  local_receipt exactly once (none missing, none doubled, none unknown), with
  the protocol number the kiosk recorded, and the kiosk outbox must be empty
  (every row acked, no payload left): printed PASS/FAIL; a FAIL makes the exit
  code 1. The other backends are checked the same way, for information.

* Diagnostic row of the flush table: our relay again, on at most 2,000 new
  items, against a backend started through NODELAY_LAUNCHER: the same code with
  its listening socket made with proto=IPPROTO_TCP, so that asyncio sets
  TCP_NODELAY on its connections. As shipped, cli.py makes it with proto 0 and
  on a keep-alive connection each response's body segment waits for the
  client's delayed ACK of its header segment (Nagle): about 40 ms a request on
  Linux. The row shows what the relay does once that is out of the way.

* Content sync. A pack of ``--services`` services is generated with
  ``generate_pack`` of tests/bench/bench_search.py (deterministic, ``--seed``)
  and served by its own backend (``--content``). On an empty kiosk store,
  ``SyncService.check_content()`` is timed end to end (download, parse,
  validate, import), then called again: that one must be a 304 (checked, and
  the catalogue must not be imported again) and is timed too. The pieces are
  then timed one by one on a second empty store, called directly:
  ``BackendClient.fetch_pack`` (download), ``load_pack`` (write + parse),
  ``validate_pack``, and ``import_pack`` with its own call to validate_pack
  replaced by the answer just measured (so the import is timed alone). The
  pack's JSON size and the backend's start-up time (it validates the pack too)
  are shown.

* Other diagnostics, for reading the numbers: the latency of one small
  committed UPDATE on a scratch SQLite file in WAL mode with
  ``synchronous=FULL`` (the kiosk's setting) and ``NORMAL`` (the backend's),
  200 each; and the cost of creating and closing an ``httpx.Client()`` (what
  the baseline pays per request besides the connection).

Time budget. Our relay's flush is never cut short by ``--max-seconds`` (the
exactly-once check needs it complete; a safety limit of an hour applies), nor is
the content phase. The diagnostic flush then gets up to 30% of what is left
(at least 10 s), and the baseline runs last with the rest: when that is not
enough for all items it stops early (after at least 100 requests) and the
report says how many it sent. If our flush alone overruns the budget, the
report says by how much.

``--json FILE`` writes every number. Exit code: 0, or 1 when the exactly-once
check of our relay fails, or 2 when the benchmark could not run (a backend did
not start).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib
import json
import math
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any
from unittest import mock

import httpx
import uvicorn

from spaziocitta.kiosk.catalog import importer
from spaziocitta.kiosk.catalog.catalog import Catalog
from spaziocitta.kiosk.catalog.pack import MAX_PACK_BYTES, load_pack
from spaziocitta.kiosk.catalog.validate import validate_pack
from spaziocitta.kiosk.config import BackendSection
from spaziocitta.kiosk.contract.models import IDEMPOTENCY_KEY_HEADER
from spaziocitta.kiosk.events import EventBus
from spaziocitta.kiosk.store.db import Store
from spaziocitta.kiosk.sync import outbox
from spaziocitta.kiosk.sync.client import PATHS, BackendClient
from spaziocitta.kiosk.sync.outbox import Outgoing
from spaziocitta.kiosk.sync.relay import Acked, Outcome, Relay
from spaziocitta.kiosk.sync.service import SyncService

HERE = Path(__file__).resolve().parent
TOTEM = "demo-totem-01"
SECRET = "bench-secret-0123456789"
ADMIN = "bench-admin-0123456789"
HTTP_TIMEOUT_S = 30.0
BACKEND_START_S = 120.0
BASELINE_MIN = 100  # the baseline sends at least this many, whatever the budget
OURS_SAFETY_S = 3600.0  # our flush is never cut by the budget, only by this
NODELAY_ITEMS = 2000  # the TCP_NODELAY diagnostic sends at most this many
NODELAY_MIN_S = 10.0
REPORT_RESERVE_S = 5.0
COMMITS = 200
CLIENTS = 30

NODELAY_LAUNCHER = """
import socket, sys, types
import spaziocitta.backend.cli as cli
tcp = types.ModuleType("socket")
tcp.__dict__.update(vars(socket))
tcp.socket = lambda family=socket.AF_INET, *_rest: socket.socket(
    family, socket.SOCK_STREAM, socket.IPPROTO_TCP
)
cli.socket = tcp
sys.exit(cli.main(sys.argv[1:]))
"""
"""``kiosk-backend`` with its listening socket made with proto=IPPROTO_TCP, nothing else.

cli.py makes it with ``socket.socket(AF_INET)`` (proto 0); asyncio only sets
TCP_NODELAY on accepted sockets whose proto is IPPROTO_TCP, so as shipped every
response after the first on a keep-alive connection waits for the client's
delayed ACK (~40 ms on Linux) between its header and body segments (Nagle).
"""


def note(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def bench_search() -> ModuleType:
    """tests/bench/bench_search.py as a module (for ``generate_pack`` and ``DEMO_PACK``)."""
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    return importlib.import_module("bench_search")


def submission(marker: str) -> dict[str, Any]:
    return {
        "kind": "application",
        "form_id": "iscrizione-mensa",
        "service_id": "mensa-scolastica",
        "submitted_at": datetime.now(UTC).isoformat(),
        "language": "it",
        "answers": {"child_surname": marker, "school": "Primaria Rodari"},
    }


# -- the reference backend ------------------------------------------------------------


class BackendFailed(Exception):
    """A backend did not start."""


@dataclass
class Backend:
    url: str
    totem_id: str
    database: Path
    start_s: float

    def section(self) -> BackendSection:
        return BackendSection(url=self.url, totem_secret=SECRET, timeout_seconds=HTTP_TIMEOUT_S)

    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.totem_id}.{SECRET}"}


@contextlib.contextmanager
def backend(
    folder: Path, name: str, content: Path | None = None, *, nodelay: bool = False
) -> Iterator[Backend]:
    """A reference backend on 127.0.0.1 with a fresh SQLite file; stopped on exit.

    ``nodelay``: started through NODELAY_LAUNCHER (a diagnostic), else as shipped.
    """
    ready = folder / f"{name}-ready.json"
    database = folder / f"{name}.sqlite3"
    log = folder / f"{name}.log"
    launch = ["-c", NODELAY_LAUNCHER] if nodelay else ["-m", "spaziocitta.backend.cli"]
    command = [
        sys.executable, *launch, "serve", "--host", "127.0.0.1",
        "--port", "0", "--db", f"sqlite:///{database}", "--demo-secret", SECRET,
        "--admin-token", ADMIN, "--ready-file", str(ready), "--log-level", "warning",
    ]  # fmt: skip
    if content is not None:
        command += ["--content", str(content)]
    t0 = time.perf_counter()
    with log.open("wb") as output:
        process = subprocess.Popen(
            command, stdout=output, stderr=subprocess.STDOUT, env=os.environ.copy()
        )
    try:
        info = None
        while info is None:
            if process.poll() is not None or time.perf_counter() - t0 > BACKEND_START_S:
                tail = log.read_text(encoding="utf-8", errors="replace")[-2000:]
                raise BackendFailed(f"backend {name} did not start:\n{tail}")
            with contextlib.suppress(OSError, ValueError):
                info = json.loads(ready.read_text(encoding="utf-8"))
            if info is None:
                time.sleep(0.02)
        yield Backend(info["url"], info["totem_id"], database, time.perf_counter() - t0)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# -- statistics and printing ----------------------------------------------------------


def percentile(sorted_values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile of an ascending list."""
    if not sorted_values:
        return float("nan")
    rank = max(1, -(-len(sorted_values) * pct // 100))
    return sorted_values[int(rank) - 1]


def stats_ms(seconds: Sequence[float]) -> dict[str, float]:
    ordered = sorted(s * 1000 for s in seconds)
    return {
        "n": len(ordered),
        "p50_ms": percentile(ordered, 50),
        "p95_ms": percentile(ordered, 95),
        "p99_ms": percentile(ordered, 99),
        "max_ms": ordered[-1] if ordered else float("nan"),
        "mean_ms": statistics.fmean(ordered) if ordered else float("nan"),
    }


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    cells = [[str(h) for h in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for n, row in enumerate(cells):
        lines.append(
            "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w)
                for i, (c, w) in enumerate(zip(row, widths, strict=True))
            ).rstrip()
        )
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def ms(value: float) -> str:
    return "-" if math.isnan(value) else f"{value:.2f}" if value < 100 else f"{value:.0f}"


def secs(value: float) -> str:
    return f"{value:.3f}" if value < 10 else f"{value:.1f}"


# -- part 1: the outbox ---------------------------------------------------------------


@dataclass
class Item:
    key: str
    kind: str
    receipt: str
    payload: dict[str, Any]


def enqueue(database: Path, count: int) -> tuple[list[Item], float]:
    """``count`` submissions in a fresh kiosk store, in one transaction; and the seconds."""
    store = Store.open(database)
    try:
        t0 = time.perf_counter()
        with store.session() as db, db.begin():
            for i in range(count):
                outbox.enqueue(
                    db, "application", submission(f"BENCH{i:06d}"), TOTEM, datetime.now(UTC)
                )
        seconds = time.perf_counter() - t0
    finally:
        store.close()
    with sqlite3.connect(database) as db:
        rows = db.execute(
            "SELECT idempotency_key, kind, local_receipt, payload FROM outbox ORDER BY id"
        ).fetchall()
    return [Item(k, kind, r, json.loads(p)) for k, kind, r, p in rows], seconds


@dataclass
class FlushRun:
    variant: str
    planned: int
    sent: int = 0
    seconds: float = 0.0
    statuses: dict[str, int] = field(default_factory=dict)
    cycle: list[float] = field(default_factory=list)
    http: list[float] = field(default_factory=list)
    stopped_early: bool = False

    @property
    def rate(self) -> float:
        return self.sent / self.seconds if self.seconds else float("nan")


async def flush_ours(database: Path, server: Backend, budget: float, variant: str) -> FlushRun:
    """Our relay, as the kiosk runs it, until the outbox is empty or ``budget`` runs out."""
    store = Store.open(database)
    client = BackendClient(server.section(), server.totem_id)
    await client.start()
    starts: list[float] = []
    outcomes: Counter[str] = Counter()
    run = FlushRun(variant, planned=0)

    async def timed(item: Outgoing) -> Outcome:
        t0 = time.perf_counter()
        starts.append(t0)
        outcome = await client.deliver(item)
        run.http.append(time.perf_counter() - t0)
        outcomes[type(outcome).__name__] += 1
        if len(starts) % 1000 == 0:
            note(f"  {variant}: {len(starts)} sent, {len(starts) / (t0 - begin):.0f}/s")
        return outcome

    relay = Relay(store, timed, base_delay=0.2, max_delay=2.0)
    try:
        run.planned = await store.run(outbox.depth)
        begin = time.perf_counter()
        deadline = begin + budget
        while True:
            depth = await relay.flush(timeout=max(0.0, deadline - time.perf_counter()))
            due = await store.run(outbox.next_attempt_at)
            if depth == 0 or due is None or time.perf_counter() >= deadline:
                break
            # A Retry holds the queue: wait for it, as the relay's own loop would.
            wait = (due - datetime.now(UTC)).total_seconds()
            await asyncio.sleep(min(max(0.0, wait), max(0.0, deadline - time.perf_counter())))
        end = time.perf_counter()
        run.stopped_early = depth > 0 and due is not None
    finally:
        await client.close()
        store.close()
    run.seconds = end - begin
    run.sent = outcomes[Acked.__name__]
    run.statuses = dict(outcomes)
    run.cycle = [b - a for a, b in zip(starts, [*starts[1:], end], strict=True)]
    return run


def flush_baseline(items: Sequence[Item], server: Backend, deadline: float) -> FlushRun:
    """The same requests one by one, a new httpx.Client (and connection) for each."""
    run = FlushRun("baseline", planned=len(items))
    statuses: Counter[str] = Counter()
    begin = time.perf_counter()
    for n, item in enumerate(items):
        if n >= BASELINE_MIN and time.perf_counter() >= deadline:
            run.stopped_early = True
            break
        headers = {**server.auth(), IDEMPOTENCY_KEY_HEADER: item.key}
        t0 = time.perf_counter()
        try:
            with httpx.Client(timeout=HTTP_TIMEOUT_S) as http:
                response = http.post(
                    server.url + PATHS[item.kind], json=item.payload, headers=headers
                )
            statuses[str(response.status_code)] += 1
        except httpx.HTTPError as exc:
            statuses[type(exc).__name__] += 1
        run.http.append(time.perf_counter() - t0)
        if (n + 1) % 1000 == 0:
            note(f"  baseline: {n + 1} sent, {(n + 1) / (time.perf_counter() - begin):.0f}/s")
    run.seconds = time.perf_counter() - begin
    run.cycle = list(run.http)
    run.sent = statuses.get("201", 0)
    run.statuses = dict(statuses)
    return run


@dataclass
class OnceCheck:
    expected: int
    arrived: int = 0
    missing: int = 0
    doubled: int = 0
    unknown: int = 0
    ref_mismatches: int = 0
    outbox_left: int = 0
    payloads_left: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.problems


def check_once(server: Backend, items: Sequence[Item], kiosk: Path | None) -> OnceCheck:
    """Every item's receipt exactly once at the backend; with ``kiosk``, its outbox empty."""
    check = OnceCheck(len(items))
    with contextlib.closing(sqlite3.connect(server.database)) as db:
        rows = db.execute("SELECT local_receipt, protocol_number FROM submissions").fetchall()
    counts = Counter(receipt for receipt, _ in rows)
    refs = dict(rows)
    wanted = {item.receipt for item in items}
    check.arrived = len(rows)
    check.missing = len(wanted - counts.keys())
    check.doubled = sum(1 for c in counts.values() if c > 1)
    check.unknown = len(counts.keys() - wanted)
    if kiosk is not None:
        with contextlib.closing(sqlite3.connect(kiosk)) as db:
            outbox_rows = db.execute(
                "SELECT local_receipt, state, payload IS NOT NULL, remote_ref FROM outbox"
            ).fetchall()
        check.outbox_left = sum(1 for _, state, _, _ in outbox_rows if state != outbox.ACKED)
        check.payloads_left = sum(1 for _, _, has_payload, _ in outbox_rows if has_payload)
        check.ref_mismatches = sum(
            1 for receipt, _, _, ref in outbox_rows if refs.get(receipt, ref) != ref
        )
    for label, value in (
        ("missing at the backend", check.missing),
        ("stored more than once", check.doubled),
        ("unknown receipts at the backend", check.unknown),
        ("outbox rows not acked", check.outbox_left),
        ("outbox payloads not wiped", check.payloads_left),
        ("kiosk protocol number differs from the backend's", check.ref_mismatches),
    ):
        if value:
            check.problems.append(f"{value} {label}")
    return check


# -- part 2: content ----------------------------------------------------------------------


@dataclass
class ContentRun:
    services: int = 0
    json_bytes: int = 0
    generate_s: float = 0.0
    backend_start_s: float = 0.0
    check_content_s: float = 0.0
    first_status: str = ""
    installed_version: str | None = None
    installed_services: int = 0
    second_s: float = 0.0
    second_status: str = ""
    second_reimported: bool = False
    download_s: float = 0.0
    parse_s: float = 0.0
    validate_s: float = 0.0
    import_s: float = 0.0
    problems: list[str] = field(default_factory=list)


async def content_sync(
    folder: Path, pack_path: Path, version: str, services: int, server: Backend
) -> ContentRun:
    run = ContentRun(services=services)
    client = BackendClient(server.section(), server.totem_id)
    await client.start()
    fetched: list[str] = []
    original = client.fetch_pack

    async def spy(etag: str | None) -> tuple[bytes, str] | None:
        result = await original(etag)
        fetched.append("304" if result is None else "200")
        return result

    client.fetch_pack = spy  # type: ignore[method-assign]
    store = Store.open(folder / "kiosk-content.sqlite3")
    try:
        service = SyncService(
            store,
            EventBus(),
            client,
            cache_dir=folder / "kiosk-cache",
            heartbeat_seconds=300,
            content_check_seconds=3600,
            health=lambda: None,
        )
        note("  check_content() on an empty store ...")
        t0 = time.perf_counter()
        await service.check_content()
        run.check_content_s = time.perf_counter() - t0
        run.first_status = fetched[-1] if fetched else "no request"
        info = await store.call(Catalog(store).info)
        run.installed_version = info.version if info else None
        run.installed_services = info.services if info else 0
        note("  check_content() again (304 expected) ...")
        t0 = time.perf_counter()
        await service.check_content()
        run.second_s = time.perf_counter() - t0
        run.second_status = fetched[-1] if len(fetched) > 1 else "no request"
        again = await store.call(Catalog(store).info)
        run.second_reimported = (
            again is None or info is None or again.imported_at != info.imported_at
        )
    finally:
        store.close()
    client.fetch_pack = original  # type: ignore[method-assign]

    note("  the pieces one by one on a second empty store ...")
    store = Store.open(folder / "kiosk-pieces.sqlite3")
    try:
        t0 = time.perf_counter()
        got = await client.fetch_pack(None)
        run.download_s = time.perf_counter() - t0
        if got is None:
            run.problems.append("fetch_pack(None) answered 304")
        else:
            body, _etag = got
            run.json_bytes = len(body)
            if body != pack_path.read_bytes():
                run.problems.append("the downloaded pack differs from the generated file")
            t0 = time.perf_counter()
            download = folder / "downloaded-pack.json"
            download.write_bytes(body)
            loaded = load_pack(download)
            run.parse_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            problems = validate_pack(loaded.data)
            run.validate_s = time.perf_counter() - t0
            if problems:
                run.problems.append(f"{len(problems)} validation problems: {problems[0]}")
            # import_pack validates again: it is given the answer just measured instead.
            t0 = time.perf_counter()
            with mock.patch.object(importer, "validate_pack", lambda _data: problems):
                importer.import_pack(store, loaded)
            run.import_s = time.perf_counter() - t0
    finally:
        store.close()
        await client.close()

    if run.first_status != "200":
        run.problems.append(f"first check_content: {run.first_status}, not 200")
    if run.installed_version != version:
        run.problems.append(f"installed version {run.installed_version!r}, not {version!r}")
    if run.installed_services != run.services:
        run.problems.append(f"{run.installed_services} services installed, not {run.services}")
    if run.second_status != "304":
        run.problems.append(f"second check_content: {run.second_status}, not 304")
    if run.second_reimported:
        run.problems.append("the second check_content imported again")
    return run


# -- diagnostics ----------------------------------------------------------------------------


def commit_latency(folder: Path, synchronous: str) -> dict[str, float]:
    """One small UPDATE committed ``COMMITS`` times, WAL, the given synchronous level."""
    path = folder / f"commit-{synchronous.lower()}.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute(f"PRAGMA synchronous={synchronous}")
        db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
        db.execute("INSERT INTO t VALUES (1, '')")
        times = []
        for n in range(COMMITS):
            t0 = time.perf_counter()
            db.execute("BEGIN")
            db.execute("UPDATE t SET v = ? WHERE id = 1", (f"value {n}",))
            db.execute("COMMIT")
            times.append(time.perf_counter() - t0)
    finally:
        db.close()
    return stats_ms(times)


def client_creation() -> dict[str, float]:
    """What the baseline pays per request before connecting: ``httpx.Client()`` and close."""
    times = []
    for _ in range(CLIENTS):
        t0 = time.perf_counter()
        httpx.Client(timeout=HTTP_TIMEOUT_S).close()
        times.append(time.perf_counter() - t0)
    return stats_ms(times)


# -- the run --------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--items", type=int, default=10_000, help="outbox submissions")
    parser.add_argument("--services", type=int, default=50_000, help="generated pack size")
    parser.add_argument("--max-seconds", type=float, default=600.0, help="time budget")
    parser.add_argument("--seed", type=int, default=1, help="seed of the generated pack")
    parser.add_argument("--json", type=Path, help="write the results here")
    args = parser.parse_args(argv)
    if args.items < 1:
        parser.error("--items must be at least 1")

    started = time.perf_counter()
    deadline = started + args.max_seconds
    print(
        f"Sync benchmark: Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"httpx {httpx.__version__}, uvicorn {uvicorn.__version__}, "
        f"{platform.machine()} {platform.system()}, {os.cpu_count()} CPUs"
    )
    print(f"{args.items} outbox items, a pack of {args.services} services, loopback HTTP\n")

    with tempfile.TemporaryDirectory(prefix="bench-sync-") as tmp:
        folder = Path(tmp)
        try:
            results = run_all(args, folder, deadline)
        except BackendFailed as exc:
            note(f"cannot run: {exc}")
            return 2
    results["elapsed_s"] = time.perf_counter() - started
    return report(args, results)


def run_all(args: argparse.Namespace, folder: Path, deadline: float) -> dict[str, Any]:
    """The phases in order of importance; the last ones share what is left of the budget."""
    kiosk_db = folder / "kiosk.sqlite3"
    note(f"enqueueing {args.items} submissions ...")
    items, enqueue_s = enqueue(kiosk_db, args.items)

    with backend(folder, "backend-ours") as server:
        budget = max(OURS_SAFETY_S, deadline - time.perf_counter() - REPORT_RESERVE_S)
        note("flushing with our relay (never cut by --max-seconds) ...")
        ours = asyncio.run(flush_ours(kiosk_db, server, budget, "ours"))
        ours_check = check_once(server, items, kiosk_db)

    diagnostics = {s: commit_latency(folder, s) for s in ("FULL", "NORMAL")}
    clients = client_creation()
    content = run_content(args, folder)

    count = min(args.items, NODELAY_ITEMS)
    note(f"diagnostic: our relay, {count} items, backend socket with TCP_NODELAY ...")
    nodelay_db = folder / "kiosk-nodelay.sqlite3"
    nodelay_items, _ = enqueue(nodelay_db, count)
    with backend(folder, "backend-nodelay", nodelay=True) as server:
        left = deadline - time.perf_counter() - REPORT_RESERVE_S
        share = max(NODELAY_MIN_S, 0.3 * left)
        nodelay = asyncio.run(flush_ours(nodelay_db, server, share, "ours, TCP_NODELAY"))
        nodelay_check = check_once(server, nodelay_items, nodelay_db)

    with backend(folder, "backend-baseline") as server:
        left = deadline - time.perf_counter() - REPORT_RESERVE_S
        note(f"baseline: a new httpx.Client per request ({max(left, 0):.0f} s left) ...")
        baseline = flush_baseline(items, server, deadline - REPORT_RESERVE_S)
        baseline_check = check_once(server, items[: len(baseline.http)], None)

    return {
        "enqueue_s": enqueue_s,
        "ours": ours,
        "ours_check": ours_check,
        "baseline": baseline,
        "baseline_check": baseline_check,
        "nodelay": nodelay,
        "nodelay_check": nodelay_check,
        "content": content,
        "commit_latency": diagnostics,
        "client_creation": clients,
    }


def run_content(args: argparse.Namespace, folder: Path) -> ContentRun:
    note(f"generating a pack of {args.services} services ...")
    search = bench_search()
    t0 = time.perf_counter()
    demo = json.loads(search.DEMO_PACK.read_text(encoding="utf-8"))
    pack = search.generate_pack(demo, args.services, args.seed)
    pack_path = folder / "pack.json"
    pack_path.write_text(json.dumps(pack, ensure_ascii=False), encoding="utf-8")
    generate_s = time.perf_counter() - t0
    version, services = pack["version"], len(pack["services"])
    del pack, demo
    if pack_path.stat().st_size > MAX_PACK_BYTES:
        note(f"warning: the pack is over the kiosk's {MAX_PACK_BYTES} byte limit")
    note("starting a backend serving it (it validates the pack) ...")
    with backend(folder, "backend-content", content=pack_path) as server:
        content = asyncio.run(content_sync(folder, pack_path, version, services, server))
        content.generate_s, content.backend_start_s = generate_s, server.start_s
    return content


STAT_KEYS = ("p50_ms", "p95_ms", "p99_ms", "mean_ms")


def flush_row(run: FlushRun, label: str, series: Sequence[float]) -> list[Any]:
    s = stats_ms(series)
    return [
        label,
        f"{run.sent}/{run.planned}",
        secs(run.seconds),
        f"{run.rate:.0f}",
        *(ms(s[k]) for k in ("p50_ms", "p95_ms", "p99_ms", "max_ms")),
    ]


def check_line(label: str, check: OnceCheck, kiosk: bool, verdicts: tuple[str, str]) -> str:
    line = f"  {verdicts[0] if check.passed else verdicts[1]}  {label}: {check.arrived} at the "
    line += f"backend for {check.expected} " + ("enqueued" if kiosk else "sent")
    if kiosk:
        line += f"; outbox not acked {check.outbox_left}, payloads left {check.payloads_left}"
    return line + (f" -- {'; '.join(check.problems)}" if check.problems else "")


def report_outbox(args: argparse.Namespace, r: dict[str, Any]) -> None:
    ours: FlushRun = r["ours"]
    baseline: FlushRun = r["baseline"]
    nodelay: FlushRun = r["nodelay"]
    print(f"Outbox flush: {args.items} submissions (enqueued in {secs(r['enqueue_s'])} s)")
    headers = ["variant", "delivered", "seconds", "items/s", "p50 ms", "p95 ms", "p99 ms", "max ms"]
    rows = [
        flush_row(ours, "ours: Relay.flush, one AsyncClient", ours.cycle),
        flush_row(baseline, "baseline: new httpx.Client per request", baseline.http),
        flush_row(nodelay, "diagnostic: ours, backend with TCP_NODELAY", nodelay.cycle),
    ]
    print(table(headers, rows))
    ratio = ours.rate / baseline.rate if baseline.rate else float("nan")
    print(
        f"ours / baseline throughput: {ratio:.2f}x (per-item times: ours = whole relay cycle, "
        f"baseline = one request)"
    )
    if baseline.stopped_early:
        print(
            f"The baseline was cut to {len(baseline.http)} of {baseline.planned} requests to fit "
            f"--max-seconds {args.max_seconds:.0f}; its rate is over those."
        )
    if nodelay.stopped_early:
        print(f"The diagnostic was cut to {len(nodelay.http)} of {nodelay.planned} items.")
    if ours.stopped_early:
        print(f"Our relay did NOT empty the outbox within {OURS_SAFETY_S:.0f} s.")
    print(
        "The diagnostic row: a third fresh backend, the same code started with its listening "
        "socket made\nwith proto=IPPROTO_TCP, so that asyncio sets TCP_NODELAY on connections "
        f"(NODELAY_LAUNCHER);\nits own {nodelay.planned} new items, not the ones above."
    )
    answers = {run.variant: dict(sorted(run.statuses.items())) for run in (ours, baseline, nodelay)}
    print(f"answers: {answers}\n")

    print("Our relay per item (ms)")
    rows = []
    for run in (ours, nodelay):
        cycle, http = stats_ms(run.cycle), stats_ms(run.http)
        share = stats_ms([c - h for c, h in zip(run.cycle, run.http, strict=True)])
        rows += [
            [f"{run.variant}: whole cycle (head, POST, ack)", *(ms(cycle[k]) for k in STAT_KEYS)],
            ["  HTTP round trip (client.deliver)", *(ms(http[k]) for k in STAT_KEYS)],
            ["  kiosk store (cycle - HTTP)", *(ms(share[k]) for k in STAT_KEYS)],
        ]
    print(table(["part", "p50", "p95", "p99", "mean"], rows))
    base = stats_ms(baseline.http)
    print(
        f"baseline per request: p50 {ms(base['p50_ms'])}, p95 {ms(base['p95_ms'])}, mean "
        f"{ms(base['mean_ms'])} ms (client + connect + request + close, no kiosk store)\n"
    )

    print("Exactly once")
    print(check_line("ours", r["ours_check"], True, ("PASS", "FAIL")))
    cut: OnceCheck = r["nodelay_check"]
    if nodelay.stopped_early and not (cut.doubled or cut.unknown or cut.ref_mismatches):
        print(
            f"  cut   diagnostic (information): {cut.arrived} at the backend for {cut.expected} "
            "enqueued, none twice, none unknown; the rest still pending (its time was up)"
        )
    else:
        print(check_line("diagnostic (information)", cut, True, ("ok  ", "BAD ")))
    print(check_line("baseline (information)", r["baseline_check"], False, ("ok  ", "BAD ")))
    print()


def report_content(content: ContentRun) -> None:
    print(
        f"Content sync: {content.services} services, "
        f"{content.json_bytes / 2**20:.1f} MB of JSON ({content.json_bytes} bytes)"
    )
    pieces = content.download_s + content.parse_s + content.validate_s + content.import_s
    print(
        table(
            ["step", "seconds"],
            [
                ["generate the pack (bench_search.generate_pack)", secs(content.generate_s)],
                ["backend start-up with it (it validates it)", secs(content.backend_start_s)],
                [
                    f"SyncService.check_content(), empty store ({content.first_status})",
                    secs(content.check_content_s),
                ],
                ["pieces, called one by one on another empty store:", ""],
                ["  download (BackendClient.fetch_pack)", secs(content.download_s)],
                ["  write + parse (load_pack)", secs(content.parse_s)],
                ["  validate (validate_pack)", secs(content.validate_s)],
                ["  import (import_pack, validation skipped)", secs(content.import_s)],
                ["  sum of the pieces", secs(pieces)],
                [
                    f"SyncService.check_content() again ({content.second_status})",
                    f"{content.second_s * 1000:.1f} ms",
                ],
            ],
        )
    )
    print(
        f"  {'PASS' if not content.problems else 'FAIL'}  installed {content.installed_version} "
        f"with {content.installed_services} services; the second call a 304 without re-import"
        + (f" -- {'; '.join(content.problems)}" if content.problems else "")
    )
    print()


def report(args: argparse.Namespace, r: dict[str, Any]) -> int:
    report_outbox(args, r)
    report_content(r["content"])

    print("Diagnostics")
    print(f"One small committed UPDATE on a scratch SQLite file, WAL, {COMMITS} times (ms)")
    rows = [[s, *(ms(v[k]) for k in STAT_KEYS)] for s, v in r["commit_latency"].items()]
    print(table(["synchronous", "p50", "p95", "p99", "mean"], rows))
    print("(the kiosk store uses FULL, the reference backend NORMAL)")
    c = r["client_creation"]
    print(
        f"httpx.Client() created and closed, no request ({CLIENTS} times): "
        f"p50 {ms(c['p50_ms'])} ms, p95 {ms(c['p95_ms'])} ms"
    )
    elapsed = r["elapsed_s"]
    over = f", {elapsed - args.max_seconds:.0f} s over --max-seconds" * (elapsed > args.max_seconds)
    print(f"\n(benchmark ran {elapsed:.0f} s{over})")
    if over:
        print(
            f"(our relay's flush is never cut short and alone took {r['ours'].seconds:.0f} s;"
            " the phases after it got their minimums)"
        )

    if args.json:
        args.json.write_text(json.dumps(results_json(args, r), indent=2), encoding="utf-8")
    return 0 if r["ours_check"].passed else 1


def results_json(args: argparse.Namespace, r: dict[str, Any]) -> dict[str, Any]:
    def flush(run: FlushRun) -> dict[str, Any]:
        return {
            "planned": run.planned,
            "requests": len(run.http),
            "delivered": run.sent,
            "seconds": run.seconds,
            "items_per_s": run.rate,
            "stopped_early": run.stopped_early,
            "answers": run.statuses,
            "per_item": stats_ms(run.cycle),
            "http": stats_ms(run.http),
        }

    def once(check: OnceCheck) -> dict[str, Any]:
        return {**asdict(check), "passed": check.passed}

    return {
        "environment": {
            "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version,
            "httpx": httpx.__version__,
            "uvicorn": uvicorn.__version__,
            "machine": platform.machine(),
            "system": platform.system(),
            "cpus": os.cpu_count(),
        },
        "arguments": {
            "items": args.items,
            "services": args.services,
            "max_seconds": args.max_seconds,
            "seed": args.seed,
        },
        "outbox": {
            "enqueue_s": r["enqueue_s"],
            "ours": flush(r["ours"]),
            "baseline": flush(r["baseline"]),
            "baseline_method": "a new httpx.Client() per request (new TCP connection, closed "
            "after), same bodies, Idempotency-Key and Authorization, to a second fresh backend",
            "diagnostic_nodelay": flush(r["nodelay"]),
            "exactly_once": once(r["ours_check"]),
            "baseline_exactly_once": once(r["baseline_check"]),
            "diagnostic_nodelay_exactly_once": once(r["nodelay_check"]),
        },
        "content": asdict(r["content"]),
        "commit_latency_ms": r["commit_latency"],
        "httpx_client_creation_ms": r["client_creation"],
        "elapsed_s": r["elapsed_s"],
    }


if __name__ == "__main__":
    sys.exit(main())
