"""UI translations: Qt .ts files kept in the repo, compiled to .qm when stale.

The .ts sources are maintained with ``pyside6-lupdate`` (see the README); the
kiosk compiles them with ``lrelease`` into its cache at start-up when a .ts is
newer than its .qm, so a fresh checkout needs no build step.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QTranslator

log = logging.getLogger(__name__)

TS_DIR = Path(__file__).with_name("i18n")
SOURCE_LANGUAGE = "en"
"""qsTr() source texts are English; every other language has a .ts file."""


def _lrelease() -> str:
    bundled = Path(PySide6.__file__).with_name("lrelease")
    if bundled.exists():
        return str(bundled)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        raise FileNotFoundError("lrelease not found: install PySide6")
    return found


def compile_translations(cache_dir: Path) -> dict[str, Path]:
    """Compile every stale ui/i18n/kiosk_<lang>.ts into cache_dir; returns lang → .qm."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    compiled: dict[str, Path] = {}
    for ts in sorted(TS_DIR.glob("kiosk_*.ts")):
        lang = ts.stem.removeprefix("kiosk_")
        qm = cache_dir / f"{ts.stem}.qm"
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            result = subprocess.run(
                [_lrelease(), "-silent", str(ts), "-qm", str(qm)],
                capture_output=True,
                text=True,
                check=False,
            )
            if result.returncode != 0:
                log.error("cannot compile %s: %s", ts.name, result.stderr.strip())
                continue
        compiled[lang] = qm
    return compiled


class Translations:
    """Installs the translator of the current UI language on the application."""

    def __init__(self, app: QCoreApplication, cache_dir: Path) -> None:
        self._app = app
        self._files = compile_translations(cache_dir)
        self._translator: QTranslator | None = None
        self.language = SOURCE_LANGUAGE

    @property
    def available(self) -> set[str]:
        return {SOURCE_LANGUAGE, *self._files}

    def uninstall(self) -> None:
        """Remove our translator from the application (the shell is closing)."""
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None

    def switch(self, language: str) -> bool:
        """Install ``language``'s translator (the caller retranslates the QML engine)."""
        self.uninstall()
        self.language = language
        qm = self._files.get(language)
        if qm is None:
            if language != SOURCE_LANGUAGE:
                log.warning("no translation for %s: showing the English source texts", language)
            return language == SOURCE_LANGUAGE
        translator = QTranslator(self._app)
        if not translator.load(str(qm)):
            log.error("cannot load %s", qm)
            return False
        self._app.installTranslator(translator)
        self._translator = translator
        return True
