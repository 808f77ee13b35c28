"""The kiosk shell's bridge: session lifecycle, language and what the screens share."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from PySide6.QtCore import Property, QObject, Signal, Slot

from spaziocitta.kiosk import __version__
from spaziocitta.kiosk.config import RTL_LANGUAGES
from spaziocitta.kiosk.core import KioskCore
from spaziocitta.kiosk.events import (
    ServiceModeChanged,
    SessionEnded,
    SessionExtended,
    SessionStarted,
    SessionWarning,
)
from spaziocitta.kiosk.session import SessionState

from .languages import KEYBOARD_LOCALES, LanguageListModel
from .tasks import spawn

DRAFT_SAVE_DELAY = 0.4
"""Seconds of typing pause before a field's text is saved as a draft."""


class KioskBridge(QObject):
    """Exposes the session, the language and the display to QML as ``Kiosk``."""

    readyChanged = Signal()
    municipalityChanged = Signal()
    sessionChanged = Signal()
    warningChanged = Signal()
    languageChanged = Signal()
    sessionEnded = Signal(str)  # reason
    recoverRequested = Signal()
    backRequested = Signal()
    helpRequested = Signal()
    serviceModeChanged = Signal()

    def __init__(
        self,
        core: KioskCore,
        *,
        apply_language: Callable[[str], None],
        px_per_mm: float,
    ) -> None:
        super().__init__()
        self._core = core
        self._config = config = core.config
        self._sessions = core.sessions
        self._apply_language = apply_language
        self._px_per_mm = px_per_mm
        self._ready = False
        self._municipality = core.config.kiosk.municipality
        bus = core.bus
        self._seconds_left = 0
        self._draft_timers: dict[str, asyncio.TimerHandle] = {}
        self._languages = LanguageListModel(config.kiosk.languages, config.kiosk.default_language)
        bus.subscribe(SessionStarted, lambda _e: self.sessionChanged.emit())
        bus.subscribe(SessionWarning, self._on_warning)
        bus.subscribe(SessionExtended, lambda _e: self.warningChanged.emit())
        bus.subscribe(SessionEnded, self._on_ended)
        bus.subscribe(ServiceModeChanged, lambda _e: self.serviceModeChanged.emit())

    # -- session -------------------------------------------------------------

    @Property(bool, notify=readyChanged)
    def ready(self) -> bool:
        """The core is up (store open, devices started): citizens may begin."""
        return self._ready

    def set_ready(self) -> None:
        self._ready = True
        self.readyChanged.emit()

    @Property(bool, notify=sessionChanged)
    def sessionActive(self) -> bool:
        return self._sessions.current is not None

    @Property(bool, notify=warningChanged)
    def warningShown(self) -> bool:
        return self._sessions.state is SessionState.WARNING

    @Property(int, notify=warningChanged)
    def secondsLeft(self) -> int:
        return self._seconds_left

    @Property(bool, notify=serviceModeChanged)
    def outOfService(self) -> bool:
        """Citizens see the 'fuori servizio' screen; a touch starts nothing."""
        return self._core.out_of_service

    @Slot()
    def startSession(self) -> None:
        if self._ready and not self._core.out_of_service:
            self._sessions.start()

    @Slot()
    def extendSession(self) -> None:
        self._sessions.extend()

    @Slot()
    def endSession(self) -> None:
        spawn(self._sessions.end("finished"))

    def _on_warning(self, event: SessionWarning) -> None:
        self._seconds_left = event.seconds_left
        self.warningChanged.emit()

    def _on_ended(self, event: SessionEnded) -> None:
        for timer in self._draft_timers.values():
            timer.cancel()
        self._draft_timers.clear()
        self._set_language(self._config.kiosk.default_language)
        self.sessionChanged.emit()
        self.warningChanged.emit()
        self.sessionEnded.emit(event.reason)

    # -- typed text (drafts) ---------------------------------------------------

    @Slot(str, str)
    def setTypedText(self, field: str, text: str) -> None:
        """Remember what the citizen typed in ``field`` for this session only."""
        session = self._sessions.current
        if session is None:
            return
        session.typed_text[field] = text
        old = self._draft_timers.pop(field, None)
        if old is not None:
            old.cancel()
        loop = asyncio.get_running_loop()
        session_id = session.id

        def save() -> None:
            self._draft_timers.pop(field, None)
            if self._sessions.current is not None and self._sessions.current.id == session_id:
                spawn(self._core.drafts.save(session_id, f"typed:{field}", text))

        self._draft_timers[field] = loop.call_later(DRAFT_SAVE_DELAY, save)

    @Slot(str, result=str)
    def typedText(self, field: str) -> str:
        session = self._sessions.current
        return "" if session is None else session.typed_text.get(field, "")

    # -- language --------------------------------------------------------------

    @Property(QObject, constant=True)
    def languages(self) -> LanguageListModel:
        return self._languages

    @Property(str, notify=languageChanged)
    def language(self) -> str:
        current = self._sessions.current
        return current.language if current is not None else self._config.kiosk.default_language

    @Property(bool, notify=languageChanged)
    def rtl(self) -> bool:
        return self.language in RTL_LANGUAGES

    @Property(str, notify=languageChanged)
    def keyboardLocale(self) -> str:
        return KEYBOARD_LOCALES.get(self.language, "en_GB")

    @Slot(str)
    def setLanguage(self, code: str) -> None:
        """Switch the UI language for this session; the visible screen re-translates at once."""
        if code not in self._config.kiosk.languages:
            return
        session = self._sessions.current
        if session is not None:
            session.language = code
        self._set_language(code)

    def _set_language(self, code: str) -> None:
        self._apply_language(code)
        self._languages.select(code)
        self.languageChanged.emit()

    # -- display and identity ----------------------------------------------------

    @Property(str, notify=municipalityChanged)
    def municipality(self) -> str:
        """The content pack's municipality, or the configured name before a pack exists."""
        return self._municipality

    def set_municipality(self, name: str) -> None:
        if name and name != self._municipality:
            self._municipality = name
            self.municipalityChanged.emit()

    @Property(str, constant=True)
    def version(self) -> str:
        return __version__

    @Property(bool, constant=True)
    def demo(self) -> bool:
        return self._core.demo

    @Slot()
    def insertDemoCard(self) -> None:
        """Demo only: the simulated reader 'receives' the demo health card."""
        reader = self._core.devices.get("card_reader")
        if self._core.demo and hasattr(reader, "insert") and getattr(reader, "card", None) is None:
            reader.insert()  # type: ignore[union-attr]

    @Property(float, constant=True)
    def pxPerMm(self) -> float:
        return self._px_per_mm

    def request_recover(self) -> None:
        """After an unexpected error: back to the home screen (the session goes on)."""
        self.recoverRequested.emit()

    def request_back(self) -> None:
        self.backRequested.emit()

    def request_help(self) -> None:
        self.helpRequested.emit()
