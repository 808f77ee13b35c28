"""Logging: structured JSON lines to a rotating file, readable lines on stderr.

One JSON object per line keeps the file greppable for a technician and
parseable for telemetry and the maintenance log viewer.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import sys
from datetime import UTC, datetime
from pathlib import Path

LOG_FILE_NAME = "kiosk.log"


class JsonLineFormatter(logging.Formatter):
    """Format a record as one JSON object: time, level, component, message, error."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "component": record.name,
            "msg": record.getMessage(),
        }
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        for key in ("event", "qt_category"):
            if hasattr(record, key):
                entry[key] = getattr(record, key)
        return json.dumps(entry, ensure_ascii=False)


def setup_logging(
    log_dir: Path, level: str = "INFO", max_bytes: int = 5_000_000, backups: int = 5
) -> Path:
    """Route the root logger to a rotating JSON file and to stderr; returns the file path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_kiosk", False):
            root.removeHandler(handler)
            handler.close()
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8"
    )
    file_handler.setFormatter(JsonLineFormatter())
    console = logging.StreamHandler(sys.stderr)
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    console.setLevel(logging.WARNING)
    for handler in (file_handler, console):
        handler._kiosk = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(level)
    # One line per HTTP request is noise in a totem's log; failures are logged by us.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    return path
