"""``kiosk content validate|import|info`` and ``kiosk search``: the catalogue from a shell."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import TYPE_CHECKING

from spaziocitta.kiosk.paths import DataPaths

if TYPE_CHECKING:
    from .pack import LoadedPack

# The handlers import what they need: the parser is built on every `kiosk`
# start, `kiosk run` included, and must not load SQLAlchemy or jsonschema
# before the attract screen's first frame.


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register the catalogue's sub-commands on the ``kiosk`` parser."""
    content = commands.add_parser("content", help="content packs: validate, import, info")
    actions = content.add_subparsers(dest="action", required=True)
    validate = actions.add_parser("validate", help="check a pack; every problem with its JSON path")
    validate.add_argument("path", help="a folder with pack.json, a pack.json, or a .zip")
    validate.set_defaults(handler=validate_command)
    importer = actions.add_parser("import", help="validate a pack and make it the active catalogue")
    importer.add_argument("path")
    importer.set_defaults(handler=import_command)
    info = actions.add_parser("info", help="the active pack's version and counts")
    info.add_argument("--json", action="store_true")
    info.set_defaults(handler=info_command)

    search = commands.add_parser("search", help="search the active catalogue as the kiosk does")
    search.add_argument("query")
    search.add_argument("--lang", default="it")
    search.add_argument("--limit", type=int, default=10)
    search.add_argument("--json", action="store_true")
    search.set_defaults(handler=search_command)


def _load(path: str) -> LoadedPack | None:
    """The pack at ``path``, or None after one clear line on stderr."""
    from .pack import PackError, load_pack

    try:
        return load_pack(path)
    except PackError as exc:
        print(f"kiosk content: {exc}", file=sys.stderr)
        return None


def validate_command(args: argparse.Namespace, paths: DataPaths) -> int:
    loaded = _load(args.path)
    if loaded is None:
        return 1
    from .validate import validate_pack

    problems = validate_pack(loaded.data)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in {loaded.source}", file=sys.stderr)
        return 1
    data = loaded.data
    print(f"ok: {loaded.source}: version {data['version']}, {len(data['services'])} services")
    return 0


def _open_store(paths: DataPaths):  # type: ignore[no-untyped-def]
    from spaziocitta.kiosk.store.db import Store

    return Store.open(paths.ensure().database)


def import_command(args: argparse.Namespace, paths: DataPaths) -> int:
    loaded = _load(args.path)
    if loaded is None:
        return 1
    from .importer import PackInvalid, import_pack

    store = _open_store(paths)
    try:
        result = import_pack(store, loaded)
    except PackInvalid as exc:
        for problem in exc.problems:
            print(problem)
        print(f"not imported: {exc}; the active catalogue is unchanged", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(
        f"imported version {result.version}: {result.services} services, "
        f"{result.categories} categories, {result.places} places, "
        f"languages {', '.join(result.languages)}"
    )
    return 0


def info_command(args: argparse.Namespace, paths: DataPaths) -> int:
    from .catalog import Catalog

    store = _open_store(paths)
    try:
        info = Catalog(store).info()
    finally:
        store.close()
    if info is None:
        print("no content pack imported yet", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(asdict(info), ensure_ascii=False, indent=2))
    else:
        print(
            f"{info.municipality['name']}: version {info.version}, {info.services} services, "
            f"{info.categories} categories, {info.places} places, "
            f"languages {', '.join(info.languages)} (imported {info.imported_at})"
        )
    return 0


def search_command(args: argparse.Namespace, paths: DataPaths) -> int:
    from .search import CatalogSearch

    store = _open_store(paths)
    store.close()  # migrated and checked; the search opens its own read connection
    engine = CatalogSearch(paths.database)
    try:
        hits = engine.search(args.query, args.lang, max(1, min(args.limit, 100)))
    finally:
        engine.close()
    if args.json:
        print(json.dumps([h.as_json() for h in hits], ensure_ascii=False, indent=2))
    else:
        for hit in hits:
            print(f"{hit.score:8.2f}  {hit.id:40}  {hit.title}")
    return 0
