"""The core (kiosk/ and devices/) never imports Qt: by its source, and at run time."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QT_MODULES = ("PySide6", "shiboken6", "qasync", "PyQt5", "PyQt6")


def core_files() -> list[Path]:
    return sorted([*(ROOT / "kiosk").rglob("*.py"), *(ROOT / "devices").rglob("*.py")])


def test_no_qt_import_statement_in_the_core() -> None:
    offenders = []
    for path in core_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name.split(".")[0] in QT_MODULES or name.startswith("spaziocitta.ui"):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}")
    # The one sanctioned exception: `kiosk run` hands over to the UI package.
    offenders = [o for o in offenders if not o.startswith("kiosk/cli.py") or "ui.app" not in o]
    assert not offenders, offenders


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = []
    for path in core_files():
        if "migrations" in path.parts:
            continue  # Alembic scripts run inside Alembic only
        relative = path.relative_to(ROOT).with_suffix("")
        parts = [p for p in relative.parts if p != "__init__"]
        if parts[-1] == "__main__":
            continue
        modules.append("spaziocitta." + ".".join(parts))
    assert len(modules) > 10
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        f"loaded = [m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}]\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "", f"Qt loaded by the core: {result.stdout}"
