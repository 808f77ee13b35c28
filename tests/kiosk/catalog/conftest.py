"""Catalogue fixtures: a store with the core-only pack imported, and its search engine."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from spaziocitta.kiosk.catalog.importer import import_pack
from spaziocitta.kiosk.catalog.pack import LoadedPack, load_pack
from spaziocitta.kiosk.catalog.search import CatalogSearch
from spaziocitta.kiosk.store.db import Store

HERE = Path(__file__).parent
CORE_ONLY = HERE / "core-only-pack.json"


@pytest.fixture
def core_pack() -> dict[str, Any]:
    """A fresh copy of the pack that holds only the format's core fields."""
    return copy.deepcopy(json.loads(CORE_ONLY.read_text(encoding="utf-8")))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "kiosk.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def imported(store: Store) -> Store:
    import_pack(store, load_pack(CORE_ONLY))
    return store


@pytest.fixture
def engine(imported: Store) -> Iterator[CatalogSearch]:
    search = CatalogSearch(imported.path)
    yield search
    search.close()


def loaded(data: Any, where: Path | None = None) -> LoadedPack:
    return LoadedPack(data, where or Path("test-pack.json"))
