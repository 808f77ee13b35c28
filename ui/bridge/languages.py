"""The language picker's list model: code, native name, direction, selection."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QPersistentModelIndex, Qt

from spaziocitta.kiosk.config import RTL_LANGUAGES

NATIVE_NAMES = {
    "it": "Italiano",
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ar": "العربية",
    "zh": "中文",
    "ro": "Română",
    "uk": "Українська",
}
"""Each language names itself, so a citizen finds theirs whatever is showing."""

KEYBOARD_LOCALES = {
    "it": "it_IT",
    "en": "en_GB",
    "fr": "fr_FR",
    "es": "es_ES",
    "ar": "ar_AR",
    "zh": "zh_CN",
    "ro": "ro_RO",
    "uk": "uk_UA",
}
"""Qt Virtual Keyboard locale for each UI language."""

Index = QModelIndex | QPersistentModelIndex


class LanguageListModel(QAbstractListModel):
    """The languages offered by this totem, in the configured order."""

    CodeRole = Qt.ItemDataRole.UserRole + 1
    NativeNameRole = CodeRole + 1
    RtlRole = CodeRole + 2
    SelectedRole = CodeRole + 3

    def __init__(self, codes: tuple[str, ...], selected: str) -> None:
        super().__init__()
        self._codes = list(codes)
        self._selected = selected

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._codes)

    def roleNames(self) -> dict[int, QByteArray]:
        return {
            self.CodeRole: QByteArray(b"code"),
            self.NativeNameRole: QByteArray(b"nativeName"),
            self.RtlRole: QByteArray(b"rtl"),
            self.SelectedRole: QByteArray(b"selected"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._codes):
            return None
        code = self._codes[index.row()]
        if role == self.CodeRole:
            return code
        if role in (self.NativeNameRole, Qt.ItemDataRole.DisplayRole):
            return NATIVE_NAMES[code]
        if role == self.RtlRole:
            return code in RTL_LANGUAGES
        if role == self.SelectedRole:
            return code == self._selected
        return None

    def select(self, code: str) -> None:
        """Mark ``code`` as the current language."""
        if code == self._selected:
            return
        self._selected = code
        if self._codes:
            self.dataChanged.emit(
                self.index(0), self.index(len(self._codes) - 1), [self.SelectedRole]
            )
