"""Importing a content pack: validate, index, then swap the catalogue in one transaction.

The whole swap (old rows out, new rows and index in) is a single SQLite
transaction: a bad pack changes nothing, and a crash or power cut half-way
leaves the old catalogue exactly as it was.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, insert, text

from spaziocitta.kiosk.store.db import Store
from spaziocitta.kiosk.store.models import (
    CatalogCategory,
    CatalogPack,
    CatalogPlace,
    CatalogService,
    CatalogTerm,
)

from . import text as textmod
from .pack import LoadedPack
from .validate import Problem, validate_pack


class PackInvalid(Exception):
    """The pack breaks the format; ``problems`` says where."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the content pack")
        self.problems = problems


@dataclass(frozen=True)
class ImportResult:
    """What was imported."""

    version: str
    services: int
    categories: int
    places: int
    languages: tuple[str, ...]


def _localized(mapping: dict[str, Any] | None, lang: str) -> str:
    if not mapping or lang not in mapping:
        return ""
    value = mapping[lang]
    return " ".join(value) if isinstance(value, list) else str(value)


def index_rows(data: dict[str, Any]) -> tuple[list[dict[str, str]], dict[tuple[str, str], str]]:
    """FTS rows (one per service and language it is written in) and the vocabulary."""
    categories = {c["id"]: c for c in data["categories"]}
    rows: list[dict[str, str]] = []
    vocabulary: dict[tuple[str, str], str] = {}
    for service in data["services"]:
        category = categories[service["category"]]
        for lang in data["languages"]:
            title = _localized(service.get("title"), lang)
            if not title:
                continue  # searched through the other languages' rows
            fields = {
                "title": title,
                "keywords": " ".join(
                    [_localized(service.get("keywords"), lang), _localized(category["title"], lang)]
                ),
                "summary": _localized(service.get("summary"), lang),
                "body": " ".join(
                    _localized(service.get(key), lang)
                    for key in ("description", "who", "how", "cost", "documents")
                ),
            }
            row = {"service_id": service["id"], "lang": lang}
            for column, value in fields.items():
                words = textmod.tokens(value)
                row[column] = " ".join(textmod.stem(w, lang) for w in words)
                for word in words:
                    vocabulary.setdefault((word, lang), textmod.stem(word, lang))
            rows.append(row)
    return rows, vocabulary


def _insert_many(conn: Connection, table: Any, rows: Iterable[dict[str, Any]]) -> None:
    batch = list(rows)
    if batch:
        conn.execute(insert(table), batch)


def import_pack(store: Store, loaded: LoadedPack) -> ImportResult:
    """Validate ``loaded`` and make it the active catalogue, atomically."""
    data = loaded.data
    problems = validate_pack(data)
    if problems:
        raise PackInvalid(problems)
    rows, vocabulary = index_rows(data)
    digest = hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()
    extras = {
        k: v
        for k, v in data.items()
        if k not in {"services", "categories", "places", "municipality", "languages", "version"}
    }
    as_json = lambda value: json.dumps(value, ensure_ascii=False)  # noqa: E731
    with store.engine.begin() as conn:
        for table in (
            "catalog_fts",
            "catalog_terms",
            "catalog_places",
            "catalog_services",
            "catalog_categories",
            "catalog_pack",
        ):
            conn.execute(text(f"DELETE FROM {table}"))
        conn.execute(
            insert(CatalogPack.__table__),
            {
                "id": 1,
                "version": data["version"],
                "municipality": as_json(data["municipality"]),
                "languages": as_json(data["languages"]),
                "extras": as_json(extras),
                "sha256": digest,
                "imported_at": datetime.now(UTC),
            },
        )
        _insert_many(
            conn,
            CatalogCategory.__table__,
            (
                {"id": c["id"], "position": i, "data": as_json(c)}
                for i, c in enumerate(data["categories"])
            ),
        )
        _insert_many(
            conn,
            CatalogService.__table__,
            (
                {"id": s["id"], "category": s["category"], "position": i, "data": as_json(s)}
                for i, s in enumerate(data["services"])
            ),
        )
        _insert_many(
            conn,
            CatalogPlace.__table__,
            ({"id": p["id"], "data": as_json(p)} for p in data.get("places", [])),
        )
        _insert_many(
            conn,
            CatalogTerm.__table__,
            ({"word": w, "lang": lang, "stem": s} for (w, lang), s in vocabulary.items()),
        )
        conn.exec_driver_sql(
            "INSERT INTO catalog_fts (service_id, lang, title, keywords, summary, body) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (r["service_id"], r["lang"], r["title"], r["keywords"], r["summary"], r["body"])
                for r in rows
            ],
        )
        conn.exec_driver_sql("INSERT INTO catalog_fts (catalog_fts) VALUES ('optimize')")
    return ImportResult(
        version=data["version"],
        services=len(data["services"]),
        categories=len(data["categories"]),
        places=len(data.get("places", [])),
        languages=tuple(data["languages"]),
    )
