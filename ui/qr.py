"""QR codes for QML: ``image://qr/<url-encoded payload>`` (segno draws the matrix)."""

from __future__ import annotations

from urllib.parse import unquote

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtQuick import QQuickImageProvider

QUIET_ZONE = 4
"""Modules of white border a scanner needs around the code."""


def qr_image(payload: str, size: int) -> QImage:
    """Black modules on white whatever the theme: phone cameras need that contrast."""
    import segno  # on first use, not before the attract screen's first frame

    matrix = segno.make(payload, error="m", micro=False).matrix
    modules = len(matrix) + 2 * QUIET_ZONE
    scale = max(1, size // modules)
    side = modules * scale
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(
                    (x + QUIET_ZONE) * scale,
                    (y + QUIET_ZONE) * scale,
                    scale,
                    scale,
                    Qt.GlobalColor.black,
                )
    painter.end()
    return image


class QrImageProvider(QQuickImageProvider):
    """Serves QR codes to Image elements; the id is the URL-encoded payload."""

    def __init__(self) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)

    def requestImage(self, id: str, size: QSize, requested_size: QSize) -> QImage:
        side = max(requested_size.width(), requested_size.height(), 300)
        image = qr_image(unquote(id), side)
        size.setWidth(image.width())
        size.setHeight(image.height())
        return image
