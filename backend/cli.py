"""The ``kiosk-backend`` command: serve, seed, add-totem, openapi.

``kiosk-backend serve`` is the whole demo backend in one command: it creates
the tables, seeds the demo municipality into an empty database, prints the
URL and the credentials a totem needs, and serves until stopped.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .settings import ENV_ADMIN_TOKEN, ENV_DEMO_SECRET, Settings

DEFAULT_PORT = 8080


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", help="SQLAlchemy URL (default: $KIOSK_BACKEND_DB or SQLite file)")
    parser.add_argument("--content", help="content pack: folder, pack.json or .zip (default: demo)")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used by tests)."""
    parser = argparse.ArgumentParser(
        prog="kiosk-backend", description="Spazio Città reference municipal backend"
    )
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="run the backend (seeds the demo if empty)")
    _common(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on")
    serve.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help="port; 0 picks a free one (printed)"
    )
    serve.add_argument("--admin-token", help=f"admin token (default: ${ENV_ADMIN_TOKEN} or random)")
    serve.add_argument(
        "--demo-secret", help=f"the demo totem's secret (default: ${ENV_DEMO_SECRET})"
    )
    serve.add_argument("--no-demo", action="store_true", help="do not seed the demo municipality")
    serve.add_argument(
        "--ready-file", help="write {url, totem_id, ...} as JSON here once accepting connections"
    )
    serve.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"])
    serve.add_argument(
        "--exit-with-parent",
        action="store_true",
        help="stop when the process that started this one is gone (the kiosk's demo)",
    )

    seed = commands.add_parser("seed", help="seed the demo; sets a new demo totem secret")
    _common(seed)
    seed.add_argument("--demo-secret", help=f"use this secret (default: ${ENV_DEMO_SECRET} or new)")

    add = commands.add_parser("add-totem", help="register a totem and print its secret")
    add.add_argument("totem_id", help="lower-case letters, digits, dashes (as in kiosk.toml)")
    add.add_argument("--db", help="SQLAlchemy URL")
    add.add_argument("--name", default="", help="where the totem stands")
    add.add_argument("--rotate", action="store_true", help="give an existing totem a new secret")

    doc = commands.add_parser("openapi", help="write the OpenAPI document")
    doc.add_argument("--output", help="file, or - for stdout (default: backend/openapi.json)")
    doc.add_argument("--check", action="store_true", help="exit 1 if the file is not current")
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.from_env(
        db_url=getattr(args, "db", None),
        content_path=getattr(args, "content", None),
        admin_token=getattr(args, "admin_token", None),
    )


def _demo_secret(args: argparse.Namespace) -> str | None:
    return args.demo_secret or os.environ.get(ENV_DEMO_SECRET) or None


def _seed(settings: Settings, secret: str | None, rotate: bool) -> str | None:
    from .content import publish
    from .db import create_schema, make_engine, session_factory
    from .seed import seed_demo

    engine = make_engine(settings.db_url)
    create_schema(engine)
    pack = publish(Path(settings.content_path))
    with session_factory(engine)() as session:
        result = seed_demo(session, pack.data, secret, rotate=rotate)
    engine.dispose()
    print(
        f"seeded: {result.notices} notices, {result.slots} slots, "
        f"{result.services} Open311 services (tables already filled are left alone)"
    )
    return result.demo_secret


def _print_credentials(totem_id: str, secret: str) -> None:
    print(f"totem id:     {totem_id}")
    print(f"totem secret: {secret}")
    print(f"token:        Authorization: Bearer {totem_id}.{secret}")


def cmd_seed(args: argparse.Namespace) -> int:
    """Seed the demo and print the demo totem's (new or given) secret."""
    from .seed import DEMO_TOTEM_ID

    secret = _seed(_settings(args), _demo_secret(args), rotate=True)
    assert secret is not None
    _print_credentials(DEMO_TOTEM_ID, secret)
    return 0


def cmd_add_totem(args: argparse.Namespace) -> int:
    """Register a totem; print its id and secret (shown once, stored only hashed)."""
    import re

    from .auth import new_secret
    from .db import create_schema, make_engine, session_factory
    from .models import Totem
    from .seed import set_totem_secret

    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{1,62}", args.totem_id):
        print(
            "kiosk-backend: a totem id is 2-63 lower-case letters, digits, dashes", file=sys.stderr
        )
        return 2
    engine = make_engine(_settings(args).db_url)
    create_schema(engine)
    with session_factory(engine)() as session:
        if session.get(Totem, args.totem_id) is not None and not args.rotate:
            print(f"kiosk-backend: {args.totem_id} exists (use --rotate)", file=sys.stderr)
            return 1
        secret = new_secret()
        set_totem_secret(session, args.totem_id, secret, args.name)
        session.commit()
    engine.dispose()
    _print_credentials(args.totem_id, secret)
    return 0


def cmd_openapi(args: argparse.Namespace) -> int:
    """Write (or check) the OpenAPI document of API v1."""
    import tempfile

    from .app import create_app
    from .openapi_doc import DOCUMENT_PATH, render

    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(f"sqlite:///{tmp}/doc.sqlite3", admin_token="unused")
        text = render(app)
        app.state.engine.dispose()
    if args.output == "-":
        sys.stdout.write(text)
        return 0
    target = Path(args.output) if args.output else DOCUMENT_PATH
    if args.check:
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current != text:
            print(f"{target} is not current: run kiosk-backend openapi", file=sys.stderr)
            return 1
        return 0
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """Create tables, seed the demo if wanted, print URL and credentials, serve."""
    import uvicorn

    from .app import create_app
    from .seed import DEMO_TOTEM_ID

    settings = _settings(args)
    secret = None
    if not args.no_demo:
        secret = _seed(settings, _demo_secret(args), rotate=False)
    app = create_app(settings=settings)

    # proto=IPPROTO_TCP matters: asyncio sets TCP_NODELAY only on accepted sockets
    # whose proto says TCP; with proto 0, every answer on a keep-alive connection
    # waited ~40 ms for the client's delayed ACK (Nagle), as bench_sync showed.
    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((args.host, args.port))  # bound here so that --port 0 can tell its port
    port = sock.getsockname()[1]
    host = f"[{args.host}]" if ":" in args.host else args.host
    url = f"http://{host}:{port}"

    def announce() -> None:
        print(f"kiosk-backend: serving {url} (OpenAPI: {url}/openapi.json, admin: {url}/admin)")
        if not args.admin_token and not os.environ.get(ENV_ADMIN_TOKEN):
            print(f"admin token:  {settings.admin_token}")
        if secret is not None:
            _print_credentials(DEMO_TOTEM_ID, secret)
        elif not args.no_demo:
            print(f"demo totem {DEMO_TOTEM_ID}: secret unchanged (`kiosk-backend seed` rotates it)")
        sys.stdout.flush()
        if args.ready_file:
            ready = {"url": url, "port": port, "pid": os.getpid(), "totem_id": DEMO_TOTEM_ID}
            Path(args.ready_file).write_text(json.dumps(ready), encoding="utf-8")

    class _Server(uvicorn.Server):
        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets)
            if not self.should_exit:
                announce()

    config = uvicorn.Config(app, log_level=args.log_level, proxy_headers=False)
    server = _Server(config)
    if args.exit_with_parent:
        _exit_with_parent(server)
    server.run(sockets=[sock])
    return 0


def _exit_with_parent(server: Any) -> None:
    """A kiosk killed with SIGKILL (or crashing) cannot stop its demo backend: notice
    being orphaned (the parent changes) and shut down as on SIGTERM."""
    import threading
    import time

    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        server.should_exit = True

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``kiosk-backend`` console script."""
    args = build_parser().parse_args(argv)
    handlers = {
        "serve": cmd_serve,
        "seed": cmd_seed,
        "add-totem": cmd_add_totem,
        "openapi": cmd_openapi,
    }
    from spaziocitta.kiosk.catalog.pack import PackError

    from .db import DatabaseDriverMissing

    try:
        return handlers[args.command](args)
    except PackError as exc:
        print(f"kiosk-backend: content pack: {exc}", file=sys.stderr)
        return 2
    except DatabaseDriverMissing as exc:
        print(f"kiosk-backend: database: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
