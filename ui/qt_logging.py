"""Route Qt's own messages (QML errors, warnings) into Python logging.

Without it a QML load error goes to stderr and never reaches the log file a
technician reads (Meshroom's MessageHandler does the same).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = context.category or "default"
    where = f" ({context.file}:{context.line})" if context.file else ""
    logging.getLogger(f"qt.{category}").log(
        _LEVELS.get(mode, logging.WARNING),
        "%s%s",
        message,
        where,
        extra={"qt_category": category},
    )


def install_qt_message_handler() -> None:
    """Install the handler for the whole process, keeping a Python handler already there.

    Chaining matters under pytest-qt, whose own handler fails a test on a Qt warning.
    """
    previous = qInstallMessageHandler(_handler)
    if callable(previous) and previous is not _handler:

        def chained(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
            _handler(mode, context, message)
            previous(mode, context, message)

        qInstallMessageHandler(chained)
