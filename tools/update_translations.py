"""Refresh ui/i18n/kiosk_<lang>.ts from the QML sources (run after changing any qsTr text).

    .venv/bin/python tools/update_translations.py

Existing translations are kept; new texts appear as unfinished for translators.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("it", "fr", "es", "ar", "zh", "ro", "uk")


def main() -> int:
    lupdate = Path(PySide6.__file__).with_name("lupdate")
    ts_files = [str(ROOT / "ui" / "i18n" / f"kiosk_{lang}.ts") for lang in LANGUAGES]
    cmd = [
        str(lupdate),
        "-locations",
        "none",
        "-no-obsolete",
        "-extensions",
        "qml",
        str(ROOT / "ui" / "qml"),
        "-ts",
        *ts_files,
    ]
    if subprocess.run(cmd, check=False).returncode:
        return 1
    # English is the source language: it needs a file only for plural forms.
    english = str(ROOT / "ui" / "i18n" / "kiosk_en.ts")
    cmd = [
        str(lupdate),
        "-locations",
        "none",
        "-no-obsolete",
        "-pluralonly",
        "-extensions",
        "qml",
        str(ROOT / "ui" / "qml"),
        "-ts",
        english,
    ]
    return subprocess.run(cmd, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
