"""PySide6 must not leak or drop references to Python's singletons on the kiosk's hot paths.

PySide6 6.12.0's ``Signal.emit()`` returned ``True`` without taking a reference:
every emit drained ``True``'s count, and a long-running kiosk (or the test suite)
died with "bool_dealloc: deallocating True or False". pyproject.toml pins a
version without the bug; this test fails if one comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Property, QObject, Signal


class _Bridge(QObject):
    changed = Signal()
    valueChanged = Signal(bool)

    @Property(bool, notify=changed)
    def flag(self) -> bool:
        return True


def test_emitting_signals_keeps_true_and_false_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    bridge = _Bridge()
    bridge.changed.connect(lambda: None)
    before = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
    for _ in range(2000):
        bridge.changed.emit()
        bridge.valueChanged.emit(False)
        bridge.property("flag")
    after = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
    assert [b - a for a, b in zip(before, after, strict=True)] == [0, 0, 0]
