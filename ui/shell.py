"""The kiosk shell: the QML engine, the window and the bridges over one KioskCore.

``KioskShell`` is what tests drive; ``spaziocitta.ui.app.run_kiosk`` wraps it
with the process-level parts (QGuiApplication, qasync loop, signals, logging).
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from spaziocitta.kiosk.config import RTL_LANGUAGES
from spaziocitta.kiosk.core import KioskCore
from spaziocitta.kiosk.events import ContentUpdated, SessionEnded, SessionStarted

from .bridge.accessibility import AccessibilityBridge
from .bridge.catalog import CatalogBridge
from .bridge.forms import FormsBridge
from .bridge.kiosk import KioskBridge
from .bridge.maintenance import MaintenanceBridge
from .bridge.payments import PaymentsBridge
from .bridge.speech import SpeechBridge
from .i18n import Translations
from .qr import QrImageProvider
from .receipts import ReceiptImageProvider
from .user_input import CloseGuard, UserInputFilter

log = logging.getLogger(__name__)

QML_DIR = Path(__file__).with_name("qml")
MAIN_QML = QML_DIR / "Main.qml"
SESSION_READY, SESSION_ERROR = 1, 3  # QQuickLoader's Ready and Error statuses


class QmlLoadError(RuntimeError):
    """Main.qml did not produce a window; the message lists QML's own errors."""


def px_per_mm(app: QGuiApplication, configured_dpi: float) -> float:
    """Screen pixels per millimetre: the configured DPI, else what the screen reports."""
    dpi = configured_dpi
    if dpi <= 0:
        screen = app.primaryScreen()
        dpi = screen.physicalDotsPerInch() if screen is not None else 96.0
    return max(dpi, 1.0) / 25.4


class KioskShell:
    """Owns the engine, the window and every QObject handed to QML (so none is collected)."""

    def __init__(self, app: QGuiApplication, core: KioskCore) -> None:
        self.app = app
        self.core = core
        config = core.config
        self._closed = False
        self.translations = Translations(app, core.paths.cache / "i18n")
        self.engine = QQmlApplicationEngine()
        self.engine.addImportPath(str(QML_DIR))
        self.kiosk = KioskBridge(
            core,
            apply_language=self._apply_language,
            px_per_mm=px_per_mm(app, config.display.dpi),
        )
        # Devices are created when the core starts, after the first frame: reach them late.
        self.access = AccessibilityBridge(
            core.sessions, lambda: core.speech, config.speech.default_volume
        )
        self.speech = SpeechBridge(
            core.sessions, lambda: core.speech, config.kiosk.default_language
        )
        self.catalog = CatalogBridge(core, language=lambda: self.kiosk.language)
        self.forms = FormsBridge(core, language=lambda: self.kiosk.language)
        self.payments = PaymentsBridge(core)
        self.maintenance = MaintenanceBridge(core)
        self.kiosk.languageChanged.connect(self._language_changed)
        self.catalog.municipalityChanged.connect(self.kiosk.set_municipality)
        self.qr_provider = QrImageProvider()
        self.engine.addImageProvider("qr", self.qr_provider)
        self.receipt_provider = ReceiptImageProvider(core)
        self.engine.addImageProvider("receipt", self.receipt_provider)
        self._apply_language(config.kiosk.default_language, retranslate=False)
        self.window: QQuickWindow | None = None
        self.input_filter: UserInputFilter | None = None
        self.close_guard: CloseGuard | None = None
        self.leaving = False
        """Set by maintenance's exit or restart: only then may the window close."""

    def _apply_language(self, code: str, *, retranslate: bool = True) -> None:
        if self._closed:
            return
        self.translations.switch(code)
        direction = (
            Qt.LayoutDirection.RightToLeft
            if code in RTL_LANGUAGES
            else Qt.LayoutDirection.LeftToRight
        )
        self.app.setLayoutDirection(direction)
        if retranslate:
            self.engine.retranslate()

    def _language_changed(self) -> None:
        if self.core.started and not self._closed:
            self.catalog.refresh()
            self.forms.refresh()

    def core_started(self) -> None:
        """The store is open: the municipality's catalogue can be shown, citizens may begin."""
        self.kiosk.set_ready()
        self.catalog.refresh()
        self.forms.refresh()
        self.maintenance.attach()

    def load(self) -> QQuickWindow:
        """Load Main.qml; raise QmlLoadError naming what failed."""
        context = self.engine.rootContext()
        context.setContextProperty("Kiosk", self.kiosk)
        context.setContextProperty("Access", self.access)
        context.setContextProperty("Speech", self.speech)
        context.setContextProperty("Catalog", self.catalog)
        context.setContextProperty("Forms", self.forms)
        context.setContextProperty("Payments", self.payments)
        context.setContextProperty("Maintenance", self.maintenance)
        errors: list[str] = []
        self.engine.warnings.connect(lambda ws: errors.extend(w.toString() for w in ws))
        self.engine.load(QUrl.fromLocalFile(str(MAIN_QML)))
        roots = self.engine.rootObjects()
        if not roots or not isinstance(roots[0], QQuickWindow):
            raise QmlLoadError(
                f"cannot load {MAIN_QML.name}: " + ("; ".join(errors) or "no window")
            )
        self.window = roots[0]
        self.close_guard = CloseGuard(self.window, allowed=lambda: self.leaving)
        self.input_filter = UserInputFilter(
            self.window,
            on_activity=self._on_activity,
            on_back=self.kiosk.request_back,
            on_help=self.kiosk.request_help,
            is_rtl=lambda: self.kiosk.rtl,
            # The keypad moves the focus in a session, and on the PIN pad and maintenance.
            in_session=lambda: (
                self.core.sessions.current is not None or self.maintenance.state != "closed"
            ),
        )
        # The Theme and the panel follow the session's choices, and fall back to the defaults.
        for event_type in (SessionStarted, SessionEnded):
            self.core.bus.subscribe(event_type, lambda _e: self.access.refresh())
        self.core.bus.subscribe(SessionEnded, lambda _e: self.catalog.forget())
        self.core.bus.subscribe(ContentUpdated, lambda _e: self._language_changed())
        return self.window

    async def session_screens_loaded(self, timeout: float = 30.0) -> None:
        """Wait until Session.qml (loaded in the background) is built; raise if it failed."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            status = self.root().property("sessionStatus")
            if status == SESSION_READY:
                return
            if status == SESSION_ERROR:
                raise QmlLoadError("cannot load Session.qml: see the QML errors in the log")
            if loop.time() > deadline:
                raise QmlLoadError(f"Session.qml not loaded after {timeout:.0f} s")
            await asyncio.sleep(0.01)

    def _on_activity(self) -> None:
        if "speech" in self.core.devices:  # created once the core has started
            self.core.speech.stop()  # type: ignore[attr-defined]
        self.core.sessions.touch()
        if self.core.maintenance is not None and self.maintenance.state != "closed":
            self.core.maintenance.touch()  # two minutes without input close maintenance

    def close(self) -> None:
        """Destroy the QML side before the bridges it binds to (no 'null' errors on exit)."""
        if self.window is not None:
            self.window.hide()
            self.window.removeEventFilter(self.input_filter)
            self.window.removeEventFilter(self.close_guard)
        self.window = None
        self.input_filter = None
        self.close_guard = None
        self._closed = True
        self.catalog.close()
        self.forms.close()
        self.payments.close()
        self.maintenance.close()
        shiboken6.delete(self.engine)
        self.translations.uninstall()

    def root(self) -> QObject:
        """The QML root object (the window)."""
        assert self.window is not None
        return self.window
