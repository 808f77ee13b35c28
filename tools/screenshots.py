"""Take screenshots of the main screens, headless, for the README and for review.

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py docs/screenshots
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from spaziocitta.ui.app import prepare_qt_environment

prepare_qt_environment()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

from spaziocitta.kiosk.config import KioskConfig  # noqa: E402
from spaziocitta.ui.harness import KioskHarness  # noqa: E402


def main(out: Path) -> int:
    app = QGuiApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    with tempfile.TemporaryDirectory() as data:
        kiosk = KioskHarness(app, loop, KioskConfig(), Path(data)).start()
        try:
            take(kiosk, out)
        finally:
            kiosk.close()
    print(f"screenshots in {out}")
    return 0


def take(kiosk: KioskHarness, out: Path) -> None:
    """Walk through the screens a citizen would see, saving each."""
    kiosk.grab(out / "attract.png")
    kiosk.key(Qt.Key.Key_Space)
    kiosk.grab(out / "home.png")
    kiosk.tap(kiosk.find("tile_accessibility"))
    kiosk.grab(out / "accessibility.png")
    kiosk.tap(kiosk.find("toggleLargeText"))
    kiosk.grab(out / "accessibility-large-text.png")
    kiosk.tap(kiosk.find("toggleLargeText"))
    kiosk.tap(kiosk.find("toggleHighContrast"))
    kiosk.grab(out / "accessibility-high-contrast.png")
    kiosk.key(Qt.Key.Key_Escape)
    kiosk.grab(out / "home-high-contrast.png")
    kiosk.tap(kiosk.find("tile_language"))
    kiosk.grab(out / "language.png")
    kiosk.tap(kiosk.find("language_ar"))
    kiosk.grab(out / "home-arabic.png")
    kiosk.tap(kiosk.find("tile_search"))
    kiosk.grab(out / "search-arabic.png")
    kiosk.act(lambda: kiosk.shell.kiosk.setLanguage("it"))  # type: ignore[union-attr]
    kiosk.grab(out / "search.png")


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")))
