"""``kiosk pay verify`` and ``kiosk payments list|reconcile``: pagoPA from a technician's shell.

``pay verify`` checks a code and payee as the totem would (check digits
first, then the backend) without creating a payment. ``payments list`` shows
the journal — nothing personal is in it — and ``payments reconcile`` does
what start-up does: settle every payment a crash left half-way, with the
configured terminal. Run it only while the kiosk is stopped: the terminal
serves one process at a time.

Heavy modules are imported inside the handlers: building the parser must
stay light (tests/test_start_up_imports.py).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from typing import Any

from spaziocitta.kiosk.config import KioskConfig
from spaziocitta.kiosk.paths import DataPaths


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``kiosk pay`` and ``kiosk payments``."""
    pay = commands.add_parser("pay", help="pagoPA notices: check one as the totem would")
    pay_actions = pay.add_subparsers(dest="pay_action", required=True)
    verify = pay_actions.add_parser("verify", help="check digits, then ask the backend")
    verify.add_argument("code", help="codice avviso, 18 digits (spaces allowed)")
    verify.add_argument("payee", help="the payee's codice fiscale, 11 digits")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(handler=pay_verify)

    journal = commands.add_parser("payments", help="the pagoPA payment journal")
    journal_actions = journal.add_subparsers(dest="payments_action", required=True)
    listing = journal_actions.add_parser("list", help="payments, newest last (no personal data)")
    listing.add_argument(
        "--attention", action="store_true", help="only those in doubt, failed or owed a receipt"
    )
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=payments_list)
    reconcile = journal_actions.add_parser(
        "reconcile", help="settle payments a crash left half-way (kiosk stopped)"
    )
    reconcile.add_argument("--json", action="store_true")
    reconcile.set_defaults(handler=payments_reconcile)


def _euros(cents: int) -> str:
    from .flow import euros

    return euros(cents)


def pay_verify(args: argparse.Namespace, paths: DataPaths, config: KioskConfig) -> int:
    from .notice_scan import NoticeInputError, parse_typed

    try:
        ref = parse_typed(args.code, args.payee)
    except NoticeInputError as exc:
        print(f"kiosk pay: {exc.key} ({exc.detail or exc.field})", file=sys.stderr)
        return 2
    if not config.backend.url:
        print(f"{ref.display_code}: check digits ok; no backend configured to ask")
        return 1
    return asyncio.run(_verify(args, config, ref.notice_code, ref.payee_fiscal_code))


async def _verify(args: argparse.Namespace, config: KioskConfig, code: str, payee: str) -> int:
    from spaziocitta.kiosk.contract.models import Notice
    from spaziocitta.kiosk.sync.client import BackendClient, BackendError

    client = BackendClient(config.backend, config.kiosk.totem_id)
    await client.start()
    try:
        answer = await client.verify_notice(code, payee)
    except BackendError as exc:
        print(f"kiosk pay: payment.backend_unreachable ({exc})", file=sys.stderr)
        return 1
    finally:
        await client.close()
    if not isinstance(answer, Notice):
        print(f"kiosk pay: {answer.type} ({answer.detail or answer.title})", file=sys.stderr)
        return 1
    if args.json:
        print(answer.model_dump_json(indent=2))
    else:
        due = answer.due_date.isoformat() if answer.due_date else "-"
        print(
            f"{answer.payee_name} — {answer.description}\n"
            f"{_euros(answer.amount_cents)}, due {due}, status {answer.status}"
        )
    return 0 if answer.status == "payable" else 1


def payments_list(args: argparse.Namespace, paths: DataPaths, config: KioskConfig) -> int:
    from spaziocitta.kiosk.store.db import Store

    from . import journal as jn

    store = Store.open(paths.ensure().database)
    try:
        with store.session() as db:
            rows = jn.entries(db)
    finally:
        store.close()
    if args.attention:
        rows = [r for r in rows if _needs_attention(r)]
    if args.json:
        print("[" + ",\n".join(jn.to_json(r) for r in rows) + "]")
        return 0
    for r in rows:
        owed = "  RECEIPT OWED" if r.receipt_owed else ""
        reason = f" ({r.reason})" if r.reason else ""
        codes = ",".join(n.notice_code for n in r.notices)
        print(
            f"{r.created_at:%Y-%m-%d %H:%M} {r.payment_id} {r.state.value:15} "
            f"{_euros(r.total_cents):>12} {r.terminal_ref or '-':12} {codes}{reason}{owed}"
        )
    return 0


def _needs_attention(entry: Any) -> bool:
    from . import journal as jn

    return entry.state in jn.MONEY_IN_DOUBT or entry.state is jn.State.FAILED or entry.receipt_owed


def payments_reconcile(args: argparse.Namespace, paths: DataPaths, config: KioskConfig) -> int:
    return asyncio.run(_reconcile(args, paths, config))


async def _reconcile(args: argparse.Namespace, paths: DataPaths, config: KioskConfig) -> int:
    from spaziocitta.devices import registry
    from spaziocitta.kiosk.core import device_options
    from spaziocitta.kiosk.store.db import Store
    from spaziocitta.kiosk.sync.client import BackendClient

    from .flow import PaymentFlow

    def make(kind: str) -> Any:
        name = getattr(config.devices, kind)
        options = {} if name == "simulated" else device_options(config, kind)
        return registry.create(kind, name, publish=lambda _event: None, options=options)

    store = Store.open(paths.ensure().database)
    client = BackendClient(config.backend, config.kiosk.totem_id)
    terminal, printer = make("payment_terminal"), make("printer")
    flow = PaymentFlow(store, client, terminal, printer, totem_id=config.kiosk.totem_id)
    await client.start()
    await terminal.start()
    await printer.start()
    try:
        report = await flow.reconcile()
    finally:
        await printer.close()
        await terminal.close()
        await client.close()
        store.close()
    if args.json:
        print(json.dumps(report.__dict__, indent=2))
    else:
        for name, ids in report.__dict__.items():
            if ids:
                print(f"{name}: {', '.join(ids)}")
        if not any(report.__dict__.values()):
            print("nothing to reconcile")
    return 1 if report.in_doubt else 0
