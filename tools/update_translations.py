"""Refresh ui/i18n/kiosk_<lang>.ts from the sources (run after changing any translatable text).

    .venv/bin/python tools/update_translations.py

Existing translations are kept; new texts appear as unfinished for translators.
tests/ui/test_translations.py fails until the files are current and Italian is complete.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import PySide6

from spaziocitta.ui.message_sources import write_validator_messages

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("it", "fr", "es", "ar", "zh", "ro", "uk")
SOURCES = [str(ROOT / "ui" / "qml"), str(ROOT / "ui" / "bridge")]
"""QML texts (qsTr) and the bridges' texts (self.tr, e.g. receipt labels); the core's
validator messages are added from a scratch file (spaziocitta.ui.message_sources)."""


def lupdate(*options: str, targets: list[str]) -> int:
    tool = Path(PySide6.__file__).with_name("lupdate")
    with tempfile.TemporaryDirectory() as scratch:
        extra = write_validator_messages(Path(scratch))
        return _run(tool, options, [*SOURCES, str(extra)], targets)


def _run(tool: Path, options: tuple[str, ...], sources: list[str], targets: list[str]) -> int:
    cmd = [
        str(tool),
        "-locations",
        "none",
        "-no-obsolete",
        "-extensions",
        "qml,py",
        *options,
        *sources,
        "-ts",
        *targets,
    ]
    return subprocess.run(cmd, check=False).returncode


def main() -> int:
    ts_files = [str(ROOT / "ui" / "i18n" / f"kiosk_{lang}.ts") for lang in LANGUAGES]
    if lupdate(targets=ts_files):
        return 1
    # English is the source language: it needs a file only for plural forms.
    return lupdate("-pluralonly", targets=[str(ROOT / "ui" / "i18n" / "kiosk_en.ts")])


if __name__ == "__main__":
    sys.exit(main())
