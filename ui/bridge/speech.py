"""Reading aloud from QML: what the citizen asked for, in the UI language."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Slot

from spaziocitta.kiosk.session import SessionManager

from .tasks import spawn


class SpeechBridge(QObject):
    """``say()`` speaks when read-aloud is on; ``help()`` always speaks (the Help key)."""

    def __init__(
        self, sessions: SessionManager, speech: Callable[[], Any], default_language: str
    ) -> None:
        super().__init__()
        self._sessions = sessions
        self._speech = speech
        self._default_language = default_language

    def _language(self) -> str:
        current = self._sessions.current
        return current.language if current is not None else self._default_language

    def _read_aloud(self) -> bool:
        current = self._sessions.current
        return current is not None and current.accessibility.read_aloud

    @Slot(str)
    def say(self, text: str) -> None:
        """Speak ``text`` if the citizen turned read-aloud on; it replaces what was playing."""
        if text and self._read_aloud():
            spawn(self._speech().speak(text, self._language()))  # type: ignore[attr-defined]

    @Slot(str)
    def sayPrivate(self, text: str) -> None:
        """Like ``say()`` for personal data: spoken in a headset only, never on the loudspeaker."""
        if text and self._read_aloud():
            speech = self._speech()
            spawn(speech.speak(text, self._language(), private=True))  # type: ignore[attr-defined]

    @Slot(str)
    def help(self, text: str) -> None:
        """Speak ``text`` whatever the read-aloud setting: the citizen pressed Help."""
        if text:
            spawn(self._speech().speak(text, self._language()))  # type: ignore[attr-defined]

    @Slot()
    def stop(self) -> None:
        self._speech().stop()  # type: ignore[attr-defined]
