"""Take screenshots of the main screens, headless, for the README and for review.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [OUT_DIR]

Writes full-size PNGs (1080x1920) to OUT_DIR (default: screenshots/) and
half-size copies for the README to OUT_DIR/small/.
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

from spaziocitta.kiosk.config import parse_config  # noqa: E402
from spaziocitta.kiosk.sync.demo_backend import start_demo_backend  # noqa: E402
from spaziocitta.ui.harness import KioskHarness  # noqa: E402


def save(kiosk: KioskHarness, out: Path, name: str) -> None:
    image = kiosk.grab(out / f"{name}.png")
    small = image.scaled(
        image.width() // 2,
        image.height() // 2,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    (out / "small").mkdir(parents=True, exist_ok=True)
    small.save(str(out / "small" / f"{name}.png"))


def take(kiosk: KioskHarness, out: Path) -> None:
    """Walk through the screens a citizen would see, saving each."""
    save(kiosk, out, "attract")
    kiosk.key(Qt.Key.Key_Space)
    save(kiosk, out, "home")
    kiosk.tap(kiosk.find("tile_accessibility"))
    save(kiosk, out, "accessibility")
    kiosk.tap(kiosk.find("toggleLargeText"))
    save(kiosk, out, "accessibility-large-text")
    kiosk.tap(kiosk.find("toggleLargeText"))
    kiosk.tap(kiosk.find("toggleLowReach"))
    kiosk.key(Qt.Key.Key_Escape)
    save(kiosk, out, "home-low-reach")
    kiosk.tap(kiosk.find("tile_accessibility"))
    kiosk.tap(kiosk.find("toggleLowReach"))
    kiosk.tap(kiosk.find("toggleHighContrast"))
    kiosk.key(Qt.Key.Key_Escape)
    save(kiosk, out, "home-high-contrast")
    kiosk.shell.access.highContrast = False  # type: ignore[union-attr]
    kiosk.tap(kiosk.find("tile_language"))
    save(kiosk, out, "language")
    kiosk.tap(kiosk.find("language_ar"))
    save(kiosk, out, "home-arabic")
    kiosk.tap(kiosk.find("tile_welcome"))
    save(kiosk, out, "welcome-arabic")
    kiosk.act(lambda: kiosk.shell.kiosk.setLanguage("it"))  # type: ignore[union-attr]
    kiosk.tap(kiosk.find("navHome"))
    kiosk.tap(kiosk.find("tile_search"))
    save(kiosk, out, "search-browse")
    kiosk.type_text("pagare la spazzatura")
    kiosk.pump(0.3)
    save(kiosk, out, "search")
    kiosk.tap(kiosk.find("result_tari-dichiarazione"))
    kiosk.pump(0.3)
    save(kiosk, out, "service")
    take_forms(kiosk, out)
    take_payments(kiosk, out)
    kiosk.core.sessions.inactivity = 0.05  # type: ignore[union-attr]
    kiosk.act(kiosk.core.sessions.touch)  # type: ignore[union-attr]
    kiosk.pump(0.3)
    save(kiosk, out, "timeout-question")


def take_forms(kiosk: KioskHarness, out: Path) -> None:
    """A form with its problems named, the card's prefill, the date picker, review, receipt."""
    forms = kiosk.shell.forms  # type: ignore[union-attr]
    kiosk.tap(kiosk.find("navHome"))
    kiosk.tap(kiosk.find("tile_forms"))
    save(kiosk, out, "forms")
    kiosk.tap(kiosk.find("form_iscrizione-mensa"))
    kiosk.tap(kiosk.find("formNext"))
    kiosk.pump(0.2)
    save(kiosk, out, "form-errors")
    kiosk.tap(kiosk.find("insertDemoCard"))
    kiosk.tap(kiosk.find("useCard"))
    kiosk.act(lambda: forms.setAnswer("telefono", "333 123 4567"))
    kiosk.pump(0.2)
    save(kiosk, out, "form-card-prefill")
    kiosk.tap(kiosk.find("formNext"))
    kiosk.tap(kiosk.find("earlier10_year"))
    kiosk.pump(0.2)
    save(kiosk, out, "form-date-picker")
    kiosk.tap(kiosk.find("navHome"))
    kiosk.tap(kiosk.find("tile_report"))
    kiosk.tap(kiosk.find("service_segnalazione-buche-strade"))
    kiosk.pump(0.2)
    kiosk.tap(kiosk.find("openForm"))
    kiosk.tap(kiosk.find("streetFilter"))
    kiosk.type_text("roma")
    kiosk.tap(kiosk.find("street_0"))
    kiosk.type_text("12")
    kiosk.pump(0.1)
    save(kiosk, out, "report-street")
    kiosk.act(lambda: forms.setAnswer("description", "Una buca profonda davanti alla scuola"))
    kiosk.act(lambda: forms.setAnswer("pericolo", True))
    kiosk.tap(kiosk.find("formNext"))
    kiosk.tap(kiosk.find("option_aggiornami_1"))
    kiosk.tap(kiosk.find("formNext"))
    kiosk.pump(0.2)
    save(kiosk, out, "form-review")
    kiosk.tap(kiosk.find("acceptPrivacy"))
    kiosk.tap(kiosk.find("formSend"))
    kiosk.pump(1.0)
    save(kiosk, out, "form-receipt")
    kiosk.tap(kiosk.find("formDoneHome"))


def take_payments(kiosk: KioskHarness, out: Path) -> None:
    """A wrong code named before sending; two scanned notices confirmed; the terminal; done."""
    payments = kiosk.shell.payments  # type: ignore[union-attr]
    terminal = kiosk.core.devices["payment_terminal"]  # type: ignore[union-attr]
    if kiosk.screen != "home":
        kiosk.tap(kiosk.find("navHome"))
    kiosk.tap(kiosk.find("tile_pay"))
    kiosk.type_text("301202600000000104")
    kiosk.key(Qt.Key.Key_Down)
    kiosk.type_text("00199900010")
    kiosk.tap(kiosk.find("addNotice"))
    save(kiosk, out, "pay-wrong-code")
    kiosk.tap(kiosk.find("demoNotice_0"))
    kiosk.tap(kiosk.find("demoNotice_1"))
    kiosk.tap(kiosk.find("verifyNotices"))
    for _ in range(100):
        if payments.property("phase") == "confirm":
            break
        kiosk.pump(0.05)
    save(kiosk, out, "pay-confirm")
    terminal.delay_seconds = 60.0  # type: ignore[attr-defined]
    kiosk.tap(kiosk.find("payNow"))
    kiosk.pump(2.2)
    save(kiosk, out, "pay-terminal")
    kiosk.tap(kiosk.find("payCancel"))
    kiosk.pump(0.3)
    save(kiosk, out, "pay-cancelled")
    terminal.delay_seconds = 0.01  # type: ignore[attr-defined]
    kiosk.tap(kiosk.find("payRetry"))
    for _ in range(100):
        if payments.property("phase") == "done":
            break
        kiosk.pump(0.05)
    kiosk.pump(0.5)
    save(kiosk, out, "pay-done")
    kiosk.tap(kiosk.find("payDoneHome"))


def main(out: Path) -> int:
    app = QGuiApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    with tempfile.TemporaryDirectory() as data:
        # The reference backend on loopback, as in the demo: payments are checked with it.
        backend = loop.run_until_complete(start_demo_backend(Path(data)))
        config = parse_config({"backend": {"url": backend.url, "totem_secret": backend.secret}})
        kiosk = KioskHarness(app, loop, config, Path(data) / "kiosk").start()
        try:
            for _ in range(200):
                if kiosk.core.payments is not None:  # type: ignore[union-attr]
                    break
                kiosk.pump(0.05)
            take(kiosk, out)
        finally:
            kiosk.close()
            kiosk.run(backend.stop())
            loop.close()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")))
