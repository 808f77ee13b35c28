"""A kiosk without a screen: for UI tests, screenshots and benchmarks.

It builds the real core and shell (demo devices, a real SQLite file) on the
running QGuiApplication and a qasync loop, and drives the window the way a
citizen would: keys, taps, and looking at what is shown.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QImage, QKeyEvent
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from spaziocitta.kiosk.config import KioskConfig
from spaziocitta.kiosk.core import KioskCore, build_core
from spaziocitta.kiosk.paths import DataPaths

from .shell import KioskShell

T = TypeVar("T")


class KioskHarness:
    """One headless kiosk: ``start()``, drive it, ``close()``."""

    def __init__(
        self,
        app: QGuiApplication,
        loop: asyncio.AbstractEventLoop,
        config: KioskConfig,
        data_dir: Path,
        size: tuple[int, int] = (1080, 1920),
    ) -> None:
        self.app = app
        self.loop = loop
        self.config = config
        self.paths = DataPaths(data_dir)
        self.size = size
        self.core: KioskCore | None = None
        self.shell: KioskShell | None = None

    def start(self) -> KioskHarness:
        asyncio.set_event_loop(self.loop)
        self.core = build_core(self.config, self.paths, demo=True)
        self.shell = KioskShell(self.app, self.core)
        window = self.shell.load()
        window.resize(*self.size)
        window.show()
        window.requestActivate()
        self.run(self.core.start())
        self.act(self.shell.core_started)
        self.run(self.shell.session_screens_loaded())
        self.pump(0.05)
        return self

    def close(self) -> None:
        if self.core is not None:
            self.run(self.core.sessions.end("shutdown"))
            self.pump(0.1)  # reloads the end of a session started finish on a running loop
        if self.shell is not None:
            # In the loop: destroying the QML engine flushes Qt's posted events,
            # and qasync's handles among them need a running asyncio loop.
            self.act(self.shell.close)
        if self.core is not None:
            self.run(self.core.close())

    # -- running the loop ------------------------------------------------------

    def run(self, awaitable: Awaitable[T]) -> T:
        """Run a coroutine to the end on the kiosk's loop (Qt events flow meanwhile)."""
        # Not qasync's run_until_complete: after stopping it processes Qt events once
        # more with no running asyncio loop, and a task stepped there (the sync
        # service's, say) fails with "no running event loop".
        future = asyncio.ensure_future(awaitable, loop=self.loop)
        future.add_done_callback(lambda _f: self.loop.stop())
        self.loop.run_forever()
        if not future.done():
            raise RuntimeError("the loop stopped before the awaitable finished")
        return future.result()

    def pump(self, seconds: float = 0.05) -> None:
        """Let Qt and asyncio work for a while."""
        self.run(asyncio.sleep(seconds))

    # -- looking ---------------------------------------------------------------

    @property
    def window(self):  # type: ignore[no-untyped-def]
        assert self.shell is not None and self.shell.window is not None
        return self.shell.window

    @property
    def screen(self) -> str:
        """The name of the screen on top ("attract", "home", ...)."""
        return str(self.window.property("currentScreen"))

    def items(self) -> list[QQuickItem]:
        """Every visible item of the scene, popups included, in tree order."""
        found: list[QQuickItem] = []

        def walk(item: QQuickItem) -> None:
            if not item.isVisible():
                return
            found.append(item)
            for child in item.childItems():
                walk(child)

        walk(self.window.contentItem())
        return found

    def find(self, name: str) -> QQuickItem:
        """The visible QML item called ``name`` (objectName); fails if missing."""
        for item in self.items():
            if item.objectName() == name:
                return item
        raise LookupError(f"no visible item named {name!r} on screen {self.screen!r}")

    def find_object(self, name: str) -> QObject:
        """Any QML object called ``name``, items or not (a Popup is not an item)."""
        found = self.window.findChild(QObject, name)
        if found is None:
            raise LookupError(f"no object named {name!r}")
        return found

    def focused(self) -> QObject | None:
        return self.window.activeFocusItem()

    def focused_name(self) -> str:
        item = self.focused()
        return item.objectName() if item is not None else ""

    def grab(self, path: Path | None = None) -> QImage:
        """The window as rendered now (and saved as PNG if a path is given)."""
        self.pump(0.05)
        image = self.window.grabWindow()
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            image.save(str(path))
        return image

    # -- acting ----------------------------------------------------------------

    def act(self, action: Callable[[], None], settle: float = 0.03) -> None:
        """Run ``action`` from the loop, outside any task, as Qt delivers real input; then settle.

        Not inside a coroutine: QTest delivers events synchronously and may let
        qasync step other tasks meanwhile, which asyncio forbids from inside a task.
        """
        errors: list[BaseException] = []

        def deliver() -> None:
            try:
                action()
            except BaseException as exc:  # re-raised in the test's frame below
                errors.append(exc)

        self.loop.call_soon(deliver)
        self.run(asyncio.sleep(settle))
        if errors:
            raise errors[0]

    def key(self, key: Qt.Key, times: int = 1) -> None:
        """Press and release a key, as a keypad or keyboard would."""
        for _ in range(times):
            self.act(lambda: QTest.keyClick(self.window, key))

    def type_text(self, text: str) -> None:
        """Type ``text`` into the focused field, one key event per character."""

        def send() -> None:
            for char in text:
                key = Qt.Key(ord(char.upper())) if char.isascii() else Qt.Key.Key_unknown
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
                    QCoreApplication.sendEvent(self.window, event)

        self.act(send)

    def tap(self, item: QQuickItem) -> None:
        """Touch the centre of ``item`` (scrolled into view first, as a citizen would)."""
        centre = item.mapToScene(item.boundingRect().center()).toPoint()
        if not self._on_screen(item, centre):
            self.act(item.forceActiveFocus)
            self.pump(0.1)  # a page may still be moving (scrolling, filling in above)
            centre = item.mapToScene(item.boundingRect().center()).toPoint()
        if not self._on_screen(item, centre):
            raise AssertionError(f"{item.objectName() or item} cannot be brought on screen")
        self.tap_at(centre.x(), centre.y())

    def _on_screen(self, item: QQuickItem, point: QPoint) -> bool:
        """Whether ``point`` of ``item`` shows: inside the window and every clipping parent."""
        if not (0 <= point.y() < self.window.height() and 0 <= point.x() < self.window.width()):
            return False
        parent = item.parentItem()
        while parent is not None:
            if parent.clip():
                area = parent.mapRectToScene(parent.boundingRect())
                if not area.contains(point.toPointF()):
                    return False
            parent = parent.parentItem()
        return True

    def tap_at(self, x: int, y: int) -> None:
        self.act(
            lambda: QTest.mouseClick(
                self.window,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
                QPoint(x, y),
            ),
            settle=0.05,
        )
