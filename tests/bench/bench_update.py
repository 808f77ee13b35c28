"""Fleet update: what TUF verification and a safe side-by-side install cost, next to a baseline.

A script, not a pytest test. Run it from the repository with the project's
virtualenv:

    .venv/bin/python tests/bench/bench_update.py [--megabytes 300] [--runs 3] [--json FILE]

A release archive of ``--megabytes`` unpacked (a third random bytes, two
thirds repetitive text, in files of 64 KiB to 4 MiB: roughly how a Python
virtual environment compresses) is published with ``kiosk release`` into a
fresh TUF repository and served by ``http.server`` on 127.0.0.1.

* Ours, as a totem runs it (``install`` includes an ``os.sync()`` before the
  rename, so that a power cut never leaves a half-written version under its
  own name; the baseline does not pay for that): ``FleetUpdater.check`` (refresh root → timestamp
  → snapshot → targets from a trusted root v1, read the releases index),
  ``download`` (ngclient: streamed into a temporary file, length capped at the
  signed length, SHA-256 checked, copied to the downloads folder) and
  ``AppVersions.install`` (every member checked, unpacked into a hidden
  folder, renamed into place) then ``switch`` (two link renames).
* Baseline, the same bytes with no verification and no safety: one urllib3
  GET streamed to a file, then ``tarfile.extractall`` straight into the
  destination.

Both read the same archive from the same server; the page cache is warm for
both after the first run. Reported: the median of ``--runs`` for every step,
and the process's peak RSS (the download must not hold the archive in
memory).
"""

from __future__ import annotations

import argparse
import functools
import http.server
import io
import json
import os
import random
import resource
import shutil
import statistics
import sys
import tarfile
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from spaziocitta.kiosk.updates.app_versions import AppVersions  # noqa: E402
from spaziocitta.kiosk.updates.fleet_updater import FleetUpdater  # noqa: E402
from spaziocitta.kiosk.updates.release_repository import KeyRing, ReleaseRepository  # noqa: E402
from spaziocitta.kiosk.updates.rollout import Rollout  # noqa: E402


def make_archive(path: Path, megabytes: int, seed: int = 1) -> int:
    """A release-like archive; returns its unpacked size in bytes."""
    rng = random.Random(seed)
    line = b"def handler(request):\n    return render(request, 'page.html')\n"
    text = (line * ((4 << 20) // len(line) + 1))[: 4 << 20]
    total, n = 0, 0
    with tarfile.open(path, "w:gz", compresslevel=6) as tar:
        entry = tarfile.TarInfo("bin/kiosk")
        script = b"#!/bin/sh\necho ready in 1 ms\n"
        entry.size, entry.mode = len(script), 0o755
        tar.addfile(entry, io.BytesIO(script))
        while total < megabytes << 20:
            size = rng.choice((64 << 10, 256 << 10, 1 << 20, 4 << 20))
            data = rng.randbytes(size) if n % 3 == 0 else text[:size]
            info = tarfile.TarInfo(f"lib/python3.11/site-packages/pkg{n // 50}/mod{n}.bin")
            info.size = size
            tar.addfile(info, io.BytesIO(data))
            total, n = total + size, n + 1
    return total


def serve(folder: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def timed(fn):
    begun = time.perf_counter()
    result = fn()
    return time.perf_counter() - begun, result


def ours(url: str, root: Path, work: Path) -> dict[str, float]:
    app_root = work / "opt"
    app_root.mkdir()
    updater = FleetUpdater(
        url, root, work / "metadata", work / "downloads",
        totem_id="municipio-01", max_download_bytes=4 << 30,
    )  # fmt: skip
    versions = AppVersions(app_root)
    check_s, offers = timed(lambda: updater.offers("1.0.0", set()))
    download_s, archive = timed(lambda: updater.download(offers[0]))
    install_s, _ = timed(lambda: versions.install(archive, offers[0].version))
    switch_s, _ = timed(lambda: versions.switch(offers[0].version))
    return {"check": check_s, "download": download_s, "install": install_s, "switch": switch_s}


def baseline(url: str, work: Path) -> dict[str, float]:
    import urllib3

    http = urllib3.PoolManager()
    target = work / "plain.tar.gz"

    def download() -> None:
        response = http.request("GET", url, preload_content=False)
        with open(target, "wb") as out:
            for chunk in response.stream(1 << 16):
                out.write(chunk)
        response.release_conn()

    def install() -> None:
        with tarfile.open(target) as tar:
            tar.extractall(work / "plain", filter="fully_trusted")

    download_s, _ = timed(download)
    install_s, _ = timed(install)
    return {"check": 0.0, "download": download_s, "install": install_s, "switch": 0.0}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-update-") as scratch:
        scratch_path = Path(scratch)
        archive = scratch_path / "spaziocitta-kiosk-1.5.0.tar.gz"
        make_s, unpacked = timed(lambda: make_archive(archive, args.megabytes))
        packed = archive.stat().st_size
        repo = ReleaseRepository(scratch_path / "repo")
        repo.init(scratch_path / "root-keys", scratch_path / "keys")
        ring = KeyRing.load([scratch_path / "keys"])
        publish_s, name = timed(
            lambda: repo.add_release(ring, archive, kind="app", version="1.5.0", rollout=Rollout())
        )
        [stored] = (repo.targets_dir / "app").iterdir()
        server, url = serve(repo.path)
        print(f"archive: {packed / 1e6:.0f} MB packed, {unpacked / 1e6:.0f} MB unpacked "
              f"(made in {make_s:.1f} s); published as {name} in {publish_s:.2f} s")  # fmt: skip
        rows: dict[str, list[dict[str, float]]] = {"ours": [], "baseline": []}
        peak_before_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        try:
            for run in range(args.runs):
                for kind in ("ours", "baseline"):
                    work = scratch_path / f"{kind}-{run}"
                    work.mkdir()
                    if kind == "ours":
                        rows[kind].append(ours(url, repo.metadata_dir / "1.root.json", work))
                    else:
                        rows[kind].append(baseline(f"{url}/targets/app/{stored.name}", work))
                    shutil.rmtree(work)
        finally:
            server.shutdown()
            server.server_close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    medians = {
        kind: {step: statistics.median(r[step] for r in runs) for step in runs[0]}
        for kind, runs in rows.items()
    }
    print(f"\nmedian of {args.runs} runs (seconds)")
    print(f"{'step':<10}{'ours':>10}{'baseline':>10}")
    for step in ("check", "download", "install", "switch"):
        print(f"{step:<10}{medians['ours'][step]:>10.3f}{medians['baseline'][step]:>10.3f}")
    total = {kind: sum(values.values()) for kind, values in medians.items()}
    print(f"{'total':<10}{total['ours']:>10.3f}{total['baseline']:>10.3f}"
          f"   ({total['ours'] / total['baseline']:.2f}x the baseline)")  # fmt: skip
    print(
        f"peak RSS: {peak_before_mb:.0f} MB before the runs (making and publishing the "
        f"archive), {peak_mb:.0f} MB after them (the archive is {packed / 1e6:.0f} MB)"
    )
    if args.json:
        args.json.write_text(json.dumps({"medians": medians, "peak_rss_mb": peak_mb}, indent=1))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
