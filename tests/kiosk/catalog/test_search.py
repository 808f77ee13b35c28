"""Search over the core-only pack: what citizens type, and what attackers type."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spaziocitta.kiosk.catalog.search import CatalogSearch


def top(engine: CatalogSearch, query: str, lang: str = "it", n: int = 3) -> list[str]:
    return [hit.id for hit in engine.search(query, lang, n)]


@pytest.mark.parametrize(
    ("query", "lang", "expected"),
    [
        ("carta d'identità elettronica", "it", "carta-identita-elettronica"),  # exact
        (
            "CARTA D’IDENTITA",
            "it",
            "carta-identita-elettronica",
        ),  # case, curly apostrophe, no accent
        ("carta didentita", "it", "carta-identita-elettronica"),  # typo: apostrophe missing
        ("residneza", "it", "cambio-residenza"),  # transposed letters
        ("tassa rifuti", "it", "tari"),  # one typo
        ("resid", "it", "cambio-residenza"),  # still typing
        ("carta d'ide", "it", "carta-identita-elettronica"),
        ("cie", "it", "carta-identita-elettronica"),  # pack keyword / synonym
        ("refezione", "it", "mensa-scolastica"),  # the pack's synonym group
        ("pagare la spazzatura", "it", "tari"),  # colloquial
        ("rifare la carta d'identità", "it", "carta-identita-elettronica"),
        ("identity card", "en", "carta-identita-elettronica"),  # English text
        ("change of address", "en", "cambio-residenza"),
        ("school canteen", "en", "mensa-scolastica"),  # no English text: synonyms cross over
        ("tari payment", "en", "tari"),  # mixed languages
        ("certificato nascita", "it", "certificati-anagrafici"),
    ],
)
def test_finds_what_citizens_type(
    engine: CatalogSearch, query: str, lang: str, expected: str
) -> None:
    assert expected in top(engine, query, lang), top(engine, query, lang, 10)


def test_title_ranks_above_keywords(engine: CatalogSearch) -> None:
    # "residenza" is the title of one service and a word in another's summary.
    assert top(engine, "residenza")[0] == "cambio-residenza"


def test_exact_ranks_above_fuzzy(engine: CatalogSearch) -> None:
    hits = engine.search("tari")
    assert hits[0].id == "tari"
    assert hits[0].score > 2500, "an exact hit is in the top tier"
    fuzzy = engine.search("tarri")
    assert fuzzy and fuzzy[0].id == "tari" and fuzzy[0].score < hits[0].score


def test_missing_language_falls_back_to_the_default(engine: CatalogSearch) -> None:
    [hit] = engine.search("imu", "en", 1)
    assert hit.title == "IMU - Imposta municipale propria" and hit.fallback
    [hit] = engine.search("identity card", "en", 1)
    assert hit.title == "Electronic identity card" and not hit.fallback


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "'",
        '"',
        "AND",
        "OR NOT",
        "NEAR(a b)",
        "carta*",
        "^carta",
        "a" * 5000,
        "\u202ecarta\u202c",
        "carta\x00identità",
        "🙂🙂",
        "SELECT * FROM catalog_services; --",
        "(((",
        "carta:identita",
        "col:title carta",
    ],
)
def test_hostile_queries_never_fail(engine: CatalogSearch, query: str) -> None:
    assert isinstance(engine.search(query), list)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_any_text_is_a_valid_query(engine_for_hypothesis: CatalogSearch, query: str) -> None:
    for hit in engine_for_hypothesis.search(query, "it", 5):
        assert hit.id and hit.title


@pytest.fixture(scope="module")
def engine_for_hypothesis(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from spaziocitta.kiosk.catalog.importer import import_pack
    from spaziocitta.kiosk.catalog.pack import load_pack
    from spaziocitta.kiosk.store.db import Store

    from .conftest import CORE_ONLY

    store = Store.open(tmp_path_factory.mktemp("search") / "k.sqlite3")
    import_pack(store, load_pack(CORE_ONLY))
    search = CatalogSearch(store.path)
    yield search
    search.close()
    store.close()


def test_reload_sees_a_new_pack(imported, core_pack) -> None:  # type: ignore[no-untyped-def]
    from spaziocitta.kiosk.catalog.importer import import_pack

    from .conftest import loaded

    engine = CatalogSearch(imported.path)
    assert top(engine, "biblioteca") == []
    core_pack["version"] = "2"
    core_pack["services"].append(
        {"id": "biblioteca", "category": "scuola", "title": {"it": "Iscrizione alla biblioteca"}}
    )
    import_pack(imported, loaded(core_pack))
    engine.reload()
    assert top(engine, "bibliotca") == ["biblioteca"], "new words reach the typo vocabulary too"
    engine.close()
