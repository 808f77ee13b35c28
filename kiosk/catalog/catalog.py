"""Reading the active catalogue: categories, services, places, the welcome path.

Texts come back in the asked language, or in the pack's default language
with ``fallback`` set so the UI can say so discreetly.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from spaziocitta.kiosk.store.db import Store
from spaziocitta.kiosk.store.models import (
    CatalogCategory,
    CatalogPack,
    CatalogPlace,
    CatalogService,
)


@dataclass(frozen=True)
class PackInfo:
    """The active pack's identity and size."""

    version: str
    municipality: dict[str, Any]
    languages: list[str]
    services: int
    categories: int
    places: int
    imported_at: str
    sha256: str


class Catalog:
    """Read access to the active content pack (blocking: call it on the store thread)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def info(self) -> PackInfo | None:
        """The active pack, or None when no pack was ever imported."""
        with self._store.session() as db:
            pack = db.get(CatalogPack, 1)
            if pack is None:
                return None
            count = lambda model: db.query(model).count()  # noqa: E731
            return PackInfo(
                version=pack.version,
                municipality=json.loads(pack.municipality),
                languages=json.loads(pack.languages),
                services=count(CatalogService),
                categories=count(CatalogCategory),
                places=count(CatalogPlace),
                imported_at=pack.imported_at.isoformat(),
                sha256=pack.sha256,
            )

    def extras(self) -> dict[str, Any]:
        """welcome_path, popular, synonyms and whatever else the pack added."""
        with self._store.session() as db:
            pack = db.get(CatalogPack, 1)
            return {} if pack is None else json.loads(pack.extras)

    def categories(self) -> list[dict[str, Any]]:
        with self._store.session() as db:
            rows = db.scalars(select(CatalogCategory.data).order_by(CatalogCategory.position))
            return [json.loads(row) for row in rows]

    def services_in(self, category: str) -> list[dict[str, Any]]:
        with self._store.session() as db:
            rows = db.scalars(
                select(CatalogService.data)
                .where(CatalogService.category == category)
                .order_by(CatalogService.position)
            )
            return [json.loads(row) for row in rows]

    def service(self, service_id: str) -> dict[str, Any] | None:
        with self._store.session() as db:
            row = db.get(CatalogService, service_id)
            return None if row is None else json.loads(row.data)

    def places(self, ids: list[str] | None = None) -> list[dict[str, Any]]:
        with self._store.session() as db:
            query = select(CatalogPlace.data)
            if ids is not None:
                query = query.where(CatalogPlace.id.in_(ids))
            found = [json.loads(row) for row in db.scalars(query)]
        if ids is not None:
            order = {place_id: i for i, place_id in enumerate(ids)}
            found.sort(key=lambda p: order[p["id"]])
        return found
