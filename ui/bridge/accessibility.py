"""The accessibility choices of the current session, as QML properties.

The values live in the core's CitizenSession; this bridge only mirrors them
for the Theme and the accessibility panel, and falls back to the defaults on
the attract screen (no session).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from spaziocitta.kiosk.session import AccessibilityChoices, SessionManager


class AccessibilityBridge(QObject):
    """High contrast, large text, low reach, read-aloud and volume, per session."""

    changed = Signal()

    def __init__(
        self, sessions: SessionManager, speech: Callable[[], Any], default_volume: float
    ) -> None:
        super().__init__()
        self._sessions = sessions
        self._speech = speech
        self._idle = AccessibilityChoices(volume=default_volume)

    def _choices(self) -> AccessibilityChoices:
        current = self._sessions.current
        return current.accessibility if current is not None else self._idle

    def _set(self, name: str, value: object) -> None:
        choices = self._choices()
        if getattr(choices, name) != value:
            setattr(choices, name, value)
            self.changed.emit()

    def refresh(self) -> None:
        """Tell QML to re-read everything (a session started or ended)."""
        self._speech().set_volume(self._choices().volume)  # type: ignore[attr-defined]
        self.changed.emit()

    @Property(bool, notify=changed)
    def highContrast(self) -> bool:
        return self._choices().high_contrast

    @highContrast.setter  # type: ignore[no-redef]
    def highContrast(self, value: bool) -> None:
        self._set("high_contrast", value)

    @Property(bool, notify=changed)
    def largeText(self) -> bool:
        return self._choices().large_text

    @largeText.setter  # type: ignore[no-redef]
    def largeText(self, value: bool) -> None:
        self._set("large_text", value)

    @Property(bool, notify=changed)
    def lowReach(self) -> bool:
        return self._choices().low_reach

    @lowReach.setter  # type: ignore[no-redef]
    def lowReach(self, value: bool) -> None:
        self._set("low_reach", value)

    @Property(bool, notify=changed)
    def readAloud(self) -> bool:
        return self._choices().read_aloud

    @readAloud.setter  # type: ignore[no-redef]
    def readAloud(self, value: bool) -> None:
        self._set("read_aloud", value)
        if not value:
            self._speech().stop()  # type: ignore[attr-defined]

    @Property(float, notify=changed)
    def volume(self) -> float:
        return self._choices().volume

    @Slot(float)
    def changeVolume(self, delta: float) -> None:
        """Raise or lower the volume by ``delta`` (0..1 scale), clamped."""
        value = round(min(1.0, max(0.0, self._choices().volume + delta)), 2)
        self._speech().set_volume(value)  # type: ignore[attr-defined]
        self._set("volume", value)
