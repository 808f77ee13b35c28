"""The path to the first frame stays light: heavy libraries load after the window shows.

The attract screen is drawn before the store opens (see README, Benchmarks);
one stray import of the database layer in the UI cost 450 ms of it once.
"""

from __future__ import annotations

import subprocess
import sys

LOADED_AFTER_FIRST_FRAME = (
    "sqlalchemy",
    "alembic",
    "jsonschema",
    "rapidfuzz",
    "snowballstemmer",
    "segno",
)


def test_ui_and_core_modules_import_no_heavy_library() -> None:
    code = (
        "import sys\n"
        "import spaziocitta.kiosk.cli, spaziocitta.ui.app\n"
        "import spaziocitta.ui.shell, spaziocitta.kiosk.core\n"
        "spaziocitta.kiosk.cli.build_parser()\n"
        f"print(','.join(sorted(m for m in {LOADED_AFTER_FIRST_FRAME!r} if m in sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"imported before the first frame: {result.stdout}"
