"""Relevance on the demo pack: realistic queries per kind, recall@3 measured and bounded.

The queries (relevance_queries.json) were written by the pack's editor from
a citizen's point of view before the engine existed; the README reports the
figures this test prints.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest

from spaziocitta.kiosk.catalog.importer import import_pack
from spaziocitta.kiosk.catalog.pack import load_pack
from spaziocitta.kiosk.catalog.search import CatalogSearch
from spaziocitta.kiosk.core import DEMO_PACK
from spaziocitta.kiosk.store.db import Store

QUERIES = json.loads((Path(__file__).parent / "relevance_queries.json").read_text(encoding="utf-8"))
KINDS = ("exact", "colloquial", "typo", "prefix", "synonym", "english", "cross-language")
MINIMUM = {kind: 0.9 for kind in KINDS} | {"colloquial": 0.8}


@pytest.fixture(scope="module")
def demo_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CatalogSearch]:
    store = Store.open(tmp_path_factory.mktemp("relevance") / "kiosk.sqlite3")
    import_pack(store, load_pack(DEMO_PACK))
    engine = CatalogSearch(store.path)
    yield engine
    engine.close()
    store.close()


def recall_at_3(engine: CatalogSearch) -> tuple[dict[str, float], list[str]]:
    found: dict[str, list[bool]] = defaultdict(list)
    misses = []
    for query in QUERIES["queries"]:
        top = [hit.id for hit in engine.search(query["query"], query["lang"], 3)]
        hit = any(expected in top for expected in query["expected"])
        found[query["kind"]].append(hit)
        if not hit:
            misses.append(f"{query['kind']}: {query['query']!r} -> {top}")
    return {kind: sum(v) / len(v) for kind, v in found.items()}, misses


def test_every_kind_is_covered_by_enough_queries() -> None:
    counts = defaultdict(int)
    for query in QUERIES["queries"]:
        counts[query["kind"]] += 1
    assert set(counts) == set(KINDS)
    assert min(counts.values()) >= 12


def test_recall_at_3_per_kind(demo_engine: CatalogSearch) -> None:
    recall, misses = recall_at_3(demo_engine)
    print("\nrecall@3 on the demo pack:")
    for kind in KINDS:
        print(f"  {kind:15} {recall[kind]:.2f}")
    print("misses:", *misses, sep="\n  ")
    failing = {kind: r for kind, r in recall.items() if r < MINIMUM[kind]}
    assert not failing, f"below the bar: {failing}; misses: {misses}"
