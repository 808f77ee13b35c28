"""A kiosk process for the crash test: pays notices, SIGKILLs itself at a chosen point.

Run as ``python crash_child.py pay|recover`` with the settings in environment
variables (see ``main``). The terminal and the printer keep what they did in
files, fsynced before the process can die, because the real ones would
remember a charge or a printed receipt across a crash of the kiosk:

- ``CRASH_LEDGER``: one JSON line per charge and per void;
- ``CRASH_RECEIPTS``: one JSON line per printed receipt.

Crash points (``CRASH_AT``): a journal state (killed right after it is
committed), ``terminal_approved`` (the terminal took the money, the kiosk has
not written it), ``backend_acked`` (the backend recorded it, the kiosk has not
noted it), ``printed`` (paper out, journal not updated).
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
import uuid
from pathlib import Path
from typing import Any

from spaziocitta.devices.types import (
    DeviceHealth,
    PaymentOutcome,
    PaymentRequest,
    PaymentResult,
    PrinterStatus,
    Receipt,
)
from spaziocitta.kiosk.config import BackendSection
from spaziocitta.kiosk.contract.models import Notice, Problem
from spaziocitta.kiosk.payments.flow import PaymentError, PaymentFlow
from spaziocitta.kiosk.payments.journal import JournalEntry, PaymentJournal, State
from spaziocitta.kiosk.payments.notice_scan import NoticeRef
from spaziocitta.kiosk.store.db import Store
from spaziocitta.kiosk.sync.client import BackendClient
from spaziocitta.kiosk.sync.outbox import Outgoing
from spaziocitta.kiosk.sync.relay import Acked, Outcome

CRASH_AT = os.environ.get("CRASH_AT", "")
SCENARIO = os.environ.get("CRASH_SCENARIO", "")


def die(point: str) -> None:
    if point == CRASH_AT:
        os.kill(os.getpid(), signal.SIGKILL)


def append(path: Path, record: dict[str, Any]) -> None:
    """One line, on disk before the call returns (as a device's own memory would be)."""
    with path.open("a", encoding="utf-8") as file:
        file.write(json.dumps(record) + "\n")
        file.flush()
        os.fsync(file.fileno())


def read(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


class LedgerTerminal:
    """A payment terminal whose charges and voids survive the kiosk's death."""

    kind = "payment_terminal"
    adapter = "ledger"

    def __init__(self, ledger: Path) -> None:
        self.ledger = ledger

    async def start(self) -> None: ...

    async def close(self) -> None: ...

    async def health(self) -> DeviceHealth:
        return DeviceHealth(self.kind, self.adapter, True, "ok")

    async def pay(self, request: PaymentRequest) -> PaymentResult:
        await asyncio.sleep(0.01)
        terminal_ref = f"LT{uuid.uuid4().hex[:10].upper()}"
        append(
            self.ledger,
            {
                "op": "charge",
                "scenario": SCENARIO,
                "ecr_ref": request.reference,
                "terminal_ref": terminal_ref,
                "amount_cents": request.amount_cents,
            },
        )
        die("terminal_approved")
        return PaymentResult(PaymentOutcome.APPROVED, terminal_ref, "A12345", "Approved")

    async def cancel(self) -> None: ...

    async def void(self, terminal_ref: str) -> bool:
        lines = read(self.ledger)
        charged = any(r["op"] == "charge" and r["terminal_ref"] == terminal_ref for r in lines)
        voided = any(r["op"] == "void" and r["terminal_ref"] == terminal_ref for r in lines)
        if not charged or voided:
            return False
        append(self.ledger, {"op": "void", "scenario": SCENARIO, "terminal_ref": terminal_ref})
        return True

    async def lookup(self, reference: str) -> PaymentResult | None:
        for record in read(self.ledger):
            if record["op"] == "charge" and record["ecr_ref"] == reference:
                return PaymentResult(
                    PaymentOutcome.APPROVED, record["terminal_ref"], "A12345", "Approved"
                )
        return None


class FilePrinter:
    """A receipt printer whose paper is a file."""

    kind = "printer"
    adapter = "file"

    def __init__(self, path: Path) -> None:
        self.path = path

    async def start(self) -> None: ...

    async def close(self) -> None: ...

    async def health(self) -> DeviceHealth:
        return DeviceHealth(self.kind, self.adapter, True, "ok")

    async def status(self) -> PrinterStatus:
        return PrinterStatus(online=True, paper="ok", cover_open=False)  # type: ignore[arg-type]

    async def print_receipt(self, receipt: Receipt) -> None:
        lines = [[line.label, line.value] for line in receipt.lines]
        append(self.path, {"scenario": SCENARIO, "lines": lines, "total": receipt.total})
        die("printed")


class Backend:
    """The real client, with a crash point between the backend's answer and the kiosk's note."""

    def __init__(self, client: BackendClient) -> None:
        self.client = client

    async def verify_notice(self, code: str, payee: str) -> Notice | Problem:
        return await self.client.verify_notice(code, payee)

    async def deliver(self, item: Outgoing) -> Outcome:
        outcome = await self.client.deliver(item)
        if isinstance(outcome, Acked):
            die("backend_acked")
        return outcome


def on_commit(entry: JournalEntry) -> None:
    die(entry.state.value)


async def run(mode: str) -> dict[str, Any]:
    store = Store.open(Path(os.environ["CRASH_DB"]))
    client = BackendClient(
        BackendSection(url=os.environ["CRASH_BACKEND"], totem_secret=os.environ["CRASH_SECRET"]),
        "demo-totem-01",
    )
    flow = PaymentFlow(
        store,
        Backend(client),
        LedgerTerminal(Path(os.environ["CRASH_LEDGER"])),
        FilePrinter(Path(os.environ["CRASH_RECEIPTS"])),
        totem_id="demo-totem-01",
        journal=PaymentJournal(store, on_commit=on_commit),
        fee_cents_per_notice=100,
    )
    payee = os.environ["CRASH_PAYEE"]
    refs = [NoticeRef(code, payee) for code in os.environ["CRASH_NOTICES"].split(",")]
    report: dict[str, Any] = {}
    await client.start()
    try:
        if mode == "recover":
            reconciled = await flow.reconcile()
            report["reconciled"] = reconciled.__dict__
            for payment_id in reconciled.reprint:
                await flow.reprint(payment_id)
            # Notices left unpaid (the crash came before any charge) can be paid now.
            try:
                quote = await flow.verify(refs)
            except PaymentError as exc:
                report["verify_again"] = exc.key
            else:
                report["paid_again"] = (await flow.pay(quote.payment_id)).entry.state.value
        else:
            quote = await flow.verify(refs)
            report["done"] = (await flow.pay(quote.payment_id)).entry.state.value
        report["states"] = [
            e.state.value
            for e in await flow.journal.entries()
            if {n.notice_code for n in e.notices} & {r.notice_code for r in refs}
        ]
        report["owed"] = [e.payment_id for e in await flow.journal.reprintable()]
    finally:
        await client.close()
        store.close()
    return report


def main() -> int:
    print(json.dumps(asyncio.run(run(sys.argv[1]))))
    return 0


if __name__ == "__main__":
    assert State.VERIFIED.value == "verified"  # the crash points are the state names
    sys.exit(main())
