"""The receipt the demo's virtual printer just printed, as an image for the screen.

``image://receipt/<n>``: the latest receipt the virtual ESC/POS printer
decoded from the bytes it received (n only defeats QML's image cache).
"""

from __future__ import annotations

import io

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickImageProvider

from spaziocitta.kiosk.core import KioskCore


class ReceiptImageProvider(QQuickImageProvider):
    """Renders the virtual printer's last receipt; an empty image when there is none."""

    def __init__(self, core: KioskCore) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)
        self._core = core

    def requestImage(self, id: str, size: QSize, requested_size: QSize) -> QImage:
        printer = self._core.virtual_printer
        receipts = getattr(printer, "receipts", None)
        if not receipts:
            return QImage()
        buffer = io.BytesIO()
        receipts[-1].image().convert("L").save(buffer, format="PNG")
        image = QImage.fromData(buffer.getvalue(), "PNG")
        size.setWidth(image.width())
        size.setHeight(image.height())
        return image
