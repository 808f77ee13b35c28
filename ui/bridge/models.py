"""Generic list models for QML: rows are dicts, roles are their keys."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

Index = QModelIndex | QPersistentModelIndex


class DictListModel(QAbstractListModel):
    """A list of dicts with fixed keys, each key a role QML reads by name."""

    countChanged = Signal()

    def __init__(self, roles: tuple[str, ...]) -> None:
        super().__init__()
        self._keys = roles
        self._roles = {Qt.ItemDataRole.UserRole + i: name for i, name in enumerate(roles)}
        self._rows: list[dict[str, Any]] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def roleNames(self) -> dict[int, QByteArray]:
        return {role: QByteArray(name.encode()) for role, name in self._roles.items()}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name = self._roles.get(role)
        return None if name is None else self._rows[index.row()].get(name)

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        """Replace every row (a reset: the lists are short and change together)."""
        self.beginResetModel()
        self._rows = [{key: row.get(key) for key in self._keys} for row in rows]
        self.endResetModel()
        self.countChanged.emit()

    def update_rows(self, rows: list[dict[str, Any]], key: str) -> bool:
        """Change rows in place when ``key`` lists the same rows; otherwise reset.

        In place keeps the delegates, so a text field being typed into keeps its
        focus and cursor. Returns whether the rows were replaced by a reset.
        """
        fresh = [{k: row.get(k) for k in self._keys} for row in rows]
        if [r[key] for r in fresh] != [r[key] for r in self._rows]:
            self.set_rows(rows)
            return True
        for i, (old, new) in enumerate(zip(self._rows, fresh, strict=True)):
            changed = [role for role, name in self._roles.items() if old[name] != new[name]]
            if changed:
                self._rows[i] = new
                index = self.index(i)
                self.dataChanged.emit(index, index, changed)
        return False

    def rows(self) -> list[dict[str, Any]]:
        return list(self._rows)

    @Property(int, notify=countChanged)
    def count(self) -> int:
        return len(self._rows)
