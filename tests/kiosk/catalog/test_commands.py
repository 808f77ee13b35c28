"""``kiosk content`` and ``kiosk search`` as a technician runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .conftest import CORE_ONLY

KIOSK = [sys.executable, "-m", "spaziocitta.kiosk"]


def kiosk(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KIOSK_DATA_DIR": str(data)}
    return subprocess.run(
        [*KIOSK, *args], capture_output=True, text=True, env=env, timeout=60, check=False
    )


def test_validate_reports_every_problem_and_exits_non_zero(tmp_path: Path) -> None:
    pack = json.loads(CORE_ONLY.read_text(encoding="utf-8"))
    pack["services"][0]["category"] = "nope"
    pack["categories"][1]["title"] = {"en": "Taxes"}
    bad = tmp_path / "pack.json"
    bad.write_text(json.dumps(pack))
    result = kiosk("content", "validate", str(tmp_path), data=tmp_path / "d")
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "$.categories[1].title: missing the default language 'it'",
        "$.services[0].category: unknown category 'nope'",
    ]
    assert "2 problem(s)" in result.stderr
    ok = kiosk("content", "validate", str(CORE_ONLY), data=tmp_path / "d")
    assert ok.returncode == 0 and "ok:" in ok.stdout


def test_import_info_and_search(tmp_path: Path) -> None:
    data = tmp_path / "d"
    assert kiosk("content", "info", data=data).returncode == 1, "no pack yet"
    imported = kiosk("content", "import", str(CORE_ONLY), data=data)
    assert imported.returncode == 0, imported.stderr
    info = json.loads(kiosk("content", "info", "--json", data=data).stdout)
    assert (info["version"], info["services"], info["languages"]) == (
        "2026.1-core",
        7,
        ["it", "en"],
    )
    found = json.loads(
        kiosk("search", "carta d'identita", "--json", "--limit", "2", data=data).stdout
    )
    assert found[0]["id"] == "carta-identita-elettronica"
    assert set(found[0]) >= {"id", "title", "score"}
    english = json.loads(kiosk("search", "waste tax", "--lang", "en", "--json", data=data).stdout)
    assert english[0]["id"] == "tari" and english[0]["title"] == "TARI - Waste tax"


def test_unreadable_pack_is_one_clear_line(tmp_path: Path) -> None:
    broken = tmp_path / "pack.json"
    broken.write_text("{ not json")
    result = kiosk("content", "import", str(broken), data=tmp_path / "d")
    assert result.returncode == 1
    assert result.stderr.strip().startswith("kiosk content: ") and "not valid JSON" in result.stderr
