"""Every touch and key of the citizen: session activity, speech interruption, keypad moves.

Installed as an event filter on the kiosk window, so it sees input before any
QML item does, popups included:

- any press restarts the inactivity timer and silences speech at once
  (EN 301 549: speech stops on user action);
- EZ Access keypad: Up/Down (and Left/Right outside text fields, mirrored in
  right-to-left languages) move the focus through the focus chain; Escape or
  Back goes back; F1, Help or '?' speaks where the citizen is.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtQuick import QQuickItem, QQuickWindow

_PRESSES = {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress}
_HELP_KEYS = {Qt.Key.Key_F1, Qt.Key.Key_Help}
_BACK_KEYS = {Qt.Key.Key_Escape, Qt.Key.Key_Back}


def _is_text_input(item: QQuickItem | None) -> bool:
    return item is not None and item.property("cursorPosition") is not None


class UserInputFilter(QObject):
    """Window event filter for activity, speech interruption and keypad navigation."""

    def __init__(
        self,
        window: QQuickWindow,
        *,
        on_activity: Callable[[], None],
        on_back: Callable[[], None],
        on_help: Callable[[], None],
        is_rtl: Callable[[], bool],
        in_session: Callable[[], bool],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._on_activity = on_activity
        self._on_back = on_back
        self._on_help = on_help
        self._is_rtl = is_rtl
        self._in_session = in_session
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _PRESSES:
            return False
        self._on_activity()
        # On the attract screen every key starts a session: let QML have it.
        if event.type() == QEvent.Type.KeyPress and self._in_session():
            return self._keypad(event)  # type: ignore[arg-type]
        return False

    def _keypad(self, event: QKeyEvent) -> bool:
        key = event.key()
        focused = self._window.activeFocusItem()
        in_text = _is_text_input(focused)
        if key in _BACK_KEYS:
            self._on_back()
            return True
        if key in _HELP_KEYS or (key == Qt.Key.Key_Question and not in_text):
            self._on_help()
            return True
        forward: bool | None = None
        if key == Qt.Key.Key_Down:
            forward = True
        elif key == Qt.Key.Key_Up:
            forward = False
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and not in_text:
            forward = (key == Qt.Key.Key_Right) != self._is_rtl()
        if forward is None:
            return False
        self.move_focus(forward)
        return True

    def move_focus(self, forward: bool) -> None:
        """Give focus to the next (or previous) item of the focus chain."""
        start = self._window.activeFocusItem() or self._window.contentItem()
        target = start.nextItemInFocusChain(forward)
        if target is not None and target is not start:
            target.forceActiveFocus(
                Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
            )


class CloseGuard(QObject):
    """Refuses to close the kiosk window (Alt+F4, a window manager's close button).

    The kiosk is left only through maintenance ("exit kiosk", "restart"), or by the
    service manager's SIGTERM, which stops the process without closing the window.
    """

    def __init__(self, window: QQuickWindow, *, allowed: Callable[[], bool]) -> None:
        super().__init__(window)
        self._allowed = allowed
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and not self._allowed():
            event.ignore()
            return True
        return False
