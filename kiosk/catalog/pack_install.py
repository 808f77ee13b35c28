"""Install a content pack file as the active catalogue, or say in one line why not.

Two roads bring packs to a totem: the backend's content endpoint (the sync
service downloads it) and the fleet's TUF repository (the updater, a root
service, verifies it and drops it into ``<data>/packs/incoming/``). Both end
here, on the store's thread: the same validation, the same all-or-nothing
import, and a pack with the version already active changes nothing.
"""

from __future__ import annotations

import logging
from pathlib import Path

from spaziocitta.kiosk.store.db import Store

log = logging.getLogger(__name__)

INCOMING = Path("packs") / "incoming"
"""Below the data folder: verified packs waiting for the kiosk to import them."""


class PackRefused(Exception):
    """The pack was not installed; the old catalogue stays. The message says why."""


def install_pack_file(store: Store, path: Path) -> tuple[str, bool]:
    """Import ``path`` unless its version is already active: (active version, imported)."""
    from .catalog import Catalog
    from .importer import PackInvalid, import_pack
    from .pack import PackError, load_pack

    try:
        loaded = load_pack(path)
        current = Catalog(store).info()
        if current is not None and loaded.data.get("version") == current.version:
            return current.version, False
        return import_pack(store, loaded).version, True
    except (PackError, PackInvalid) as exc:
        problems = getattr(exc, "problems", [])
        detail = f"{exc} {[str(p) for p in problems[:3]]}" if problems else str(exc)
        raise PackRefused(detail[:500]) from None


def install_incoming(store: Store, data_dir: Path) -> list[tuple[str, str | None, str]]:
    """Import every waiting pack, oldest first, and remove it: [(file, new version, error)].

    The version is None when the pack was refused or was already the active one.

    A refused pack is removed too (it would be refused again at every look);
    the refusal is logged and returned for telemetry.
    """
    folder = data_dir / INCOMING
    if not folder.is_dir():
        return []
    outcomes: list[tuple[str, str | None, str]] = []
    waiting = sorted(
        (p for p in folder.glob("*.json") if not p.name.startswith(".")),
        key=lambda p: p.stat().st_mtime,
    )
    for path in waiting:
        try:
            version, imported = install_pack_file(store, path)
            if imported:
                log.info("content pack %s installed from the update repository", version)
            outcomes.append((path.name, version if imported else None, ""))
        except PackRefused as exc:
            log.error("content pack %s refused; the old one stays: %s", path.name, exc)
            outcomes.append((path.name, None, str(exc)))
        path.unlink(missing_ok=True)
    return outcomes
