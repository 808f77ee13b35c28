"""Where the kiosk keeps its files: one data directory for database, logs and caches.

``KIOSK_DATA_DIR`` overrides the platform's user data directory; tests and the
technicians' tools rely on it to point several processes at the same place.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_DATA_DIR = "KIOSK_DATA_DIR"
ENV_CONFIG = "KIOSK_CONFIG"


@dataclass(frozen=True)
class DataPaths:
    """The files and folders below one data directory."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "kiosk.sqlite3"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def cache(self) -> Path:
        return self.root / "cache"

    def ensure(self) -> DataPaths:
        """Create the folders (not the files) and return self."""
        for folder in (self.root, self.logs, self.cache):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def data_paths(explicit: str | os.PathLike[str] | None = None) -> DataPaths:
    """Resolve the data directory: an explicit path, then KIOSK_DATA_DIR, then the user's."""
    chosen = explicit or os.environ.get(ENV_DATA_DIR)
    if chosen:
        root = Path(chosen)
    else:
        # Imported only here: a totem's service sets KIOSK_DATA_DIR, and every
        # import before the first frame shows on the attract screen's start time.
        import platformdirs

        root = Path(platformdirs.user_data_dir("spaziocitta-kiosk"))
    return DataPaths(root.expanduser().resolve())
