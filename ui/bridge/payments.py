"""pagoPA payments for QML: notices typed or scanned, verified, confirmed, paid, receipted.

The Qt-free :class:`~spaziocitta.kiosk.payments.flow.PaymentFlow` does the work and
keeps the journal; this bridge holds what the screens show, turns the flow's keys
into sentences in the citizen's language, and follows the flow's prompts while the
terminal waits for the card. The flow is imported lazily: it pulls SQLAlchemy in,
which the attract screen's first frame must not wait for.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any
from urllib.parse import quote

from PySide6.QtCore import Property, QObject, Signal, Slot

from spaziocitta.devices.types import BarcodeScanned
from spaziocitta.kiosk.contract.pagopa import euros, format_notice_code
from spaziocitta.kiosk.core import KioskCore
from spaziocitta.kiosk.events import PaymentPrompt, SessionEnded

from .models import DictListModel
from .tasks import spawn

log = logging.getLogger(__name__)

DEMO_NOTICES = Path(__file__).resolve().parents[2] / "assets" / "demo-notices.json"
NOTICE_ROLES = ("code", "shownCode", "payee", "description", "amount", "due", "changed")


class PaymentsBridge(QObject):
    """Exposed to QML as ``Payments``."""

    changed = Signal()
    noticesChanged = Signal()
    promptChanged = Signal()
    scanned = Signal(str)  # a message for the screen (added, or why not)

    def __init__(self, core: KioskCore) -> None:
        super().__init__()
        self._core = core
        self._refs: list[Any] = []
        self._notices = DictListModel(NOTICE_ROLES)
        self._phase = "entry"
        self._error = ""
        self._error_field = ""
        self._charged: bool | None = False
        self._quote: Any = None
        self._payment_id = ""
        self._prompt = ""
        self._done: dict[str, Any] = {}
        core.bus.subscribe(SessionEnded, lambda _e: self._session_ended())
        core.bus.subscribe(BarcodeScanned, self._on_scan)
        core.bus.subscribe(PaymentPrompt, self._on_prompt)
        self._tasks: set[Any] = set()

    # -- helpers ---------------------------------------------------------------------------

    def _spawn(self, coro: Any) -> None:
        task = spawn(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def close(self) -> None:
        """Cancel what is under way: the store and the devices are about to close."""
        for task in list(self._tasks):
            task.cancel()

    def _flow(self) -> Any:
        return self._core.payments

    def _set(self, **values: Any) -> None:
        for name, value in values.items():
            setattr(self, f"_{name}", value)
        self.changed.emit()

    def message(self, key: str) -> str:
        """The flow's and the parser's keys as sentences in the UI language."""
        texts = {
            "notice.code.empty": self.tr("Please type the 18-digit notice code."),
            "notice.code.not_digits": self.tr("The notice code has digits only."),
            "notice.code.length": self.tr("The notice code has 18 digits: please check it."),
            "notice.code.aux_digit": self.tr(
                "A notice code starts with 0, 1, 2 or 3: please check the first digit."
            ),
            "notice.code.check_digits": self.tr(
                "The last two digits do not match: please check the code."
            ),
            "notice.payee.empty": self.tr(
                "Please type the payee's tax code (11 digits, under 'Codice fiscale ente')."
            ),
            "notice.payee.not_digits": self.tr("The payee's tax code has digits only."),
            "notice.payee.length": self.tr("The payee's tax code has 11 digits."),
            "notice.payee.check_digit": self.tr(
                "The payee's tax code does not add up: please check it."
            ),
            "notice.amount.invalid": self.tr("The amount on this notice cannot be read."),
            "notice.input.too_long": self.tr("This is far too long for a notice code."),
            "scan.empty": self.tr("Nothing was read: hold the notice still under the scanner."),
            "scan.unknown_format": self.tr(
                "This is not a pagoPA notice code. Scan the QR code or the square code on "
                "the notice."
            ),
            "scan.qr.malformed": self.tr("The QR code could not be read: please type the code."),
            "scan.qr.version": self.tr("This QR code is of an unknown kind: please type the code."),
            "scan.datamatrix.malformed": self.tr(
                "The square code could not be read: please type the code."
            ),
            "payment.no_notices": self.tr("Add at least one notice."),
            "payment.too_many_notices": self.tr("At most five notices can be paid together."),
            "notice.duplicate": self.tr("This notice is already in the list."),
            "notice.not_found": self.tr(
                "The municipality does not know this notice: please check the code and the payee."
            ),
            "notice.already_paid": self.tr("This notice has already been paid."),
            "notice.expired": self.tr(
                "This notice has expired and cannot be paid here: please ask the office."
            ),
            "notice.not_payable": self.tr(
                "This notice cannot be paid here: please ask the office."
            ),
            "notice.nothing_to_pay": self.tr("There is nothing to pay on this notice."),
            "notice.payment_in_progress": self.tr(
                "A payment of this notice is still being checked: please ask the office "
                "before paying again."
            ),
            "payment.backend_unreachable": self.tr(
                "The notice cannot be checked right now (no connection to the municipality). "
                "Nothing has been charged. Please try again later."
            ),
            "payment.not_payable_now": self.tr("This payment is no longer waiting to be paid."),
            "payment.unknown": self.tr("This payment is not known."),
            "payment.declined": self.tr("The card was declined. Nothing has been charged."),
            "payment.card_timeout": self.tr(
                "No card was presented in time. Nothing has been charged."
            ),
            "payment.cancelled_at_terminal": self.tr(
                "The payment was cancelled. Nothing has been charged."
            ),
            "payment.terminal_unavailable": self.tr(
                "The card terminal is not available. Nothing has been charged."
            ),
            "payment.terminal_connection_lost": self.tr(
                "The card terminal stopped answering. Nothing has been charged."
            ),
            "payment.outcome_unknown": self.tr(
                "We cannot tell yet whether the card was charged. Do not pay again: please "
                "ask the office, with this screen's reference."
            ),
            "payment.refused_and_voided": self.tr(
                "The municipality refused the notice after the payment, and the charge was "
                "reversed on your card."
            ),
            "payment.refund_needed": self.tr(
                "The payment could not be completed and will be refunded: please ask the "
                "office, with this screen's reference."
            ),
            "payment.recording_deferred": self.tr(
                "Paid. The municipality will be told as soon as the connection allows: "
                "your receipt is valid."
            ),
            "receipt.printer_out_of_paper": self.tr(
                "The printer is out of paper: scan the QR code to keep your receipt."
            ),
            "receipt.printer_not_ready": self.tr(
                "The printer is not ready: scan the QR code to keep your receipt."
            ),
            "receipt.print_failed": self.tr(
                "The receipt could not be printed: scan the QR code to keep it."
            ),
            "receipt.no_printer": self.tr(
                "This totem has no printer: scan the QR code to keep your receipt."
            ),
            "payment.present_card": self.tr("Hold your card near the terminal, or insert it."),
            "payment.checking_terminal": self.tr("Checking with the card terminal…"),
            "payment.recording": self.tr("Paid. Telling the municipality…"),
            "payment.printing": self.tr("Printing your receipt…"),
        }
        # An unknown key may come after a charge: never claim nothing was taken.
        return texts.get(key, self.tr("Something went wrong: please ask the office."))

    # -- notices ------------------------------------------------------------------------------

    @Property(QObject, constant=True)
    def notices(self) -> DictListModel:
        return self._notices

    def _show_refs(self) -> None:
        self._notices.set_rows(
            [
                {
                    "code": ref.notice_code,
                    "shownCode": format_notice_code(ref.notice_code),
                    "payee": ref.payee_fiscal_code,
                    "description": "",
                    "amount": euros(ref.amount_cents) if ref.amount_cents else "",
                    "due": "",
                    "changed": False,
                }
                for ref in self._refs
            ]
        )
        self.noticesChanged.emit()

    @Slot(str, str, result=str)
    def addTyped(self, code: str, payee: str) -> str:
        """Add a typed notice; '' when added, else what to correct (field: see errorField)."""
        from spaziocitta.kiosk.payments.notice_scan import NoticeInputError, parse_typed

        try:
            ref = parse_typed(code, payee)
        except NoticeInputError as exc:
            self._set(error=self.message(exc.key), error_field=exc.field)
            return self._error
        return self._add(ref)

    def _add(self, ref: Any) -> str:
        if any(r.notice_code == ref.notice_code for r in self._refs):
            self._set(error=self.message("notice.duplicate"), error_field="code")
            return self._error
        if len(self._refs) >= 5:
            self._set(error=self.message("payment.too_many_notices"), error_field="code")
            return self._error
        self._refs.append(ref)
        self._show_refs()
        self._set(error="", error_field="")
        return ""

    @Slot(int)
    def remove(self, index: int) -> None:
        if self._phase == "entry" and 0 <= index < len(self._refs):
            del self._refs[index]
            self._show_refs()

    def _on_scan(self, event: BarcodeScanned) -> None:
        if self._core.sessions.current is None or self._phase != "entry":
            return
        from spaziocitta.kiosk.payments.notice_scan import NoticeInputError, parse_scan

        try:
            ref = parse_scan(event.scan.payload)
        except NoticeInputError as exc:
            self._set(error=self.message(exc.key), error_field="scan")
            self.scanned.emit(self._error)
            return
        problem = self._add(ref)
        added = self.tr("Notice added: %1").replace("%1", format_notice_code(ref.notice_code))
        self.scanned.emit(problem or added)

    @Slot(bool)
    def setScanning(self, on: bool) -> None:
        """The scanner reads only while the notice screen is shown: no stray scans elsewhere."""
        scanner = self._core.devices.get("barcode_scanner")
        if hasattr(scanner, "set_enabled"):
            scanner.set_enabled(on)  # type: ignore[union-attr]

    @Slot(int)
    def scanDemoNotice(self, index: int) -> None:
        """Demo only: 'hold' one of the sample paper notices under the simulated scanner."""
        scanner = self._core.devices.get("barcode_scanner")
        if not self._core.demo or not hasattr(scanner, "scan"):
            return
        samples = json.loads(DEMO_NOTICES.read_text(encoding="utf-8"))["notices"]
        if 0 <= index < len(samples):
            scanner.scan(samples[index]["qr"])  # type: ignore[union-attr]

    @Property("QVariantList", constant=True)
    def demoNotices(self) -> list[dict[str, str]]:
        """The sample notices' descriptions (demo only)."""
        if not self._core.demo or not DEMO_NOTICES.exists():
            return []
        samples = json.loads(DEMO_NOTICES.read_text(encoding="utf-8"))["notices"]
        return [{"description": s["description"], "status": s["status"]} for s in samples]

    # -- state --------------------------------------------------------------------------------

    @Property(str, notify=changed)
    def phase(self) -> str:
        """entry, verifying, confirm, paying, done or failed."""
        return self._phase

    @Property(str, notify=changed)
    def error(self) -> str:
        return self._error

    @Property(str, notify=changed)
    def errorField(self) -> str:
        """code, payee, scan or '' (where the error belongs on the entry screen)."""
        return self._error_field

    @Property(bool, notify=changed)
    def available(self) -> bool:
        """Payments need the municipality's backend to verify notices."""
        return self._core.payments is not None

    @Property(str, notify=changed)
    def amount(self) -> str:
        return euros(self._quote.amount_cents) if self._quote else ""

    @Property(str, notify=changed)
    def fee(self) -> str:
        return euros(self._quote.fee_cents) if self._quote else ""

    @Property(str, notify=changed)
    def total(self) -> str:
        return euros(self._quote.total_cents) if self._quote else ""

    @Property(bool, notify=changed)
    def mayRetry(self) -> bool:
        """After a failure: nothing was charged, so paying again (another card) is safe."""
        return self._phase == "failed" and self._charged is False and bool(self._payment_id)

    @Property(str, notify=changed)
    def reference(self) -> str:
        """The payment's id, for the office when the outcome is in doubt."""
        return self._payment_id

    @Property(str, notify=promptChanged)
    def prompt(self) -> str:
        return self._prompt

    @Property("QVariantMap", notify=changed)
    def done(self) -> dict[str, Any]:
        return self._done

    # -- verify, pay, cancel -----------------------------------------------------------------

    @Slot()
    def verify(self) -> None:
        """Check the notices with the municipality, then show the total to confirm."""
        flow = self._flow()
        if flow is None:
            self._set(error=self.message("payment.backend_unreachable"), error_field="")
            return
        if self._phase != "entry":
            return
        self._set(phase="verifying", error="", error_field="")
        self._spawn(self._verify(flow))

    async def _verify(self, flow: Any) -> None:
        from spaziocitta.kiosk.payments.flow import PaymentError

        try:
            quote = await flow.verify(list(self._refs))
        except PaymentError as exc:
            message = self.message(exc.key)
            if exc.notice_code:
                message = f"{format_notice_code(exc.notice_code)}: {message}"
            self._set(phase="entry", error=message, error_field="list")
            return
        except Exception:
            # Never a frozen "checking…": nothing was charged at this step.
            log.exception("verifying the notices failed")
            self._set(
                phase="entry",
                error=self.message("payment.backend_unreachable"),
                error_field="list",
            )
            return
        self._quote = quote
        self._payment_id = quote.payment_id
        self._notices.set_rows(
            [
                {
                    "code": q.notice.notice_code,
                    "shownCode": format_notice_code(q.notice.notice_code),
                    "payee": q.notice.payee_name,
                    "description": q.notice.description,
                    "amount": euros(q.notice.amount_cents),
                    "due": q.notice.due_date.strftime("%d/%m/%Y") if q.notice.due_date else "",
                    "changed": q.amount_changed,
                }
                for q in quote.notices
            ]
        )
        self.noticesChanged.emit()
        self._set(phase="confirm")

    @Slot()
    def pay(self) -> None:
        """The citizen confirmed the total (or tries again after a refusal)."""
        flow = self._flow()
        if flow is None or self._phase not in ("confirm", "failed") or not self._payment_id:
            return
        if self._phase == "failed" and not self.mayRetry:
            return
        self._prompt = self.message("payment.present_card")
        self.promptChanged.emit()
        self._set(phase="paying", error="")
        self._spawn(self._pay(flow))

    async def _pay(self, flow: Any) -> None:
        from spaziocitta.kiosk.payments.flow import PaymentError

        try:
            done = await flow.pay(self._payment_id)
        except PaymentError as exc:
            self._set(phase="failed", error=self.message(exc.key), charged=exc.charged)
            return
        except Exception:
            # Whether money was taken is the journal's to settle (reconcile, maintenance):
            # the citizen is told to ask, never invited to pay again.
            log.exception("the payment %s failed unexpectedly", self._payment_id)
            self._set(phase="failed", error=self.message("payment.outcome_unknown"), charged=None)
            return
        receipt = done.receipt
        qr = receipt.qr or receipt.title
        self._done = {
            "total": receipt.total or "",
            "printed": done.printed,
            "warnings": [self.message(w) for w in done.warnings],
            "numbers": [n.receipt_number or n.local_receipt or "" for n in done.entry.notices],
            "qr": "image://qr/" + quote(qr, safe=""),
        }
        self._set(phase="done")

    def _on_prompt(self, event: Any) -> None:
        if event.payment_id == self._payment_id:
            self._prompt = self.message(event.key)
            self.promptChanged.emit()

    @Slot()
    def cancel(self) -> None:
        """'Annulla' while the terminal waits for the card."""
        flow = self._flow()
        if flow is not None and self._phase == "paying":
            self._spawn(flow.cancel())

    @Slot()
    def restart(self) -> None:
        """Back to an empty list (a new payment, or after leaving the confirmation)."""
        flow = self._flow()
        if flow is not None and self._payment_id and self._phase in ("confirm", "failed"):
            self._spawn(flow.abandon(self._payment_id))
        self._refs = []
        self._quote = None
        self._done = {}
        self._show_refs()
        self._set(phase="entry", error="", error_field="", payment_id="", charged=False)

    @Slot()
    def backToEntry(self) -> None:
        """From the confirmation back to the list, to add or remove a notice."""
        flow = self._flow()
        if flow is not None and self._payment_id and self._phase == "confirm":
            self._spawn(flow.abandon(self._payment_id))
        self._quote = None
        self._show_refs()
        self._set(phase="entry", payment_id="", error="")

    def _session_ended(self) -> None:
        # A payment waiting for confirmation is cancelled; one that took money is the
        # journal's (reconciled, reprintable), never forgotten by the flow.
        self.restart()
        scanner = self._core.devices.get("barcode_scanner")
        if hasattr(scanner, "set_enabled"):
            scanner.set_enabled(False)  # type: ignore[union-attr]
