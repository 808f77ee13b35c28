"""Forms for QML: the pack's forms, one being filled page by page, review, submission.

The Qt-free :class:`~spaziocitta.kiosk.forms.engine.FormSession` decides what a page
shows and whether answers are valid; this bridge turns that into list models for QML,
picks texts in the display language, translates the validators' messages, and on
submission puts the form in the outbox (one durable transaction), wakes the relay and
prints the receipt. The personal answers live in this object and in the session's
drafts only: both are wiped when the session ends.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from PySide6.QtCore import Property, QCoreApplication, QLocale, QObject, Signal, Slot

from spaziocitta.devices.types import DeviceError, PrinterNotReady, Receipt, ReceiptLine
from spaziocitta.kiosk.core import KioskCore
from spaziocitta.kiosk.events import (
    ContentUpdated,
    OutboxDelivered,
    OutboxFault,
    SessionEnded,
)
from spaziocitta.ui.message_sources import CONTEXT

from .catalog import printer_problem
from .models import DictListModel
from .tasks import spawn

if TYPE_CHECKING:
    from spaziocitta.kiosk.forms.definition import FieldDef, FormDef, Text
    from spaziocitta.kiosk.forms.engine import FieldError, FormSession

log = logging.getLogger(__name__)

PROTOCOL_WAIT = 4.0
"""Seconds the receipt waits for the backend's protocol number before printing without it."""
SLOT_DAYS = 31
FIELD_ROLES = (
    "fieldId",
    "kind",
    "label",
    "help",
    "required",
    "personal",
    "value",
    "error",
    "options",
    "prefilled",
    "maxLength",
    "minDate",
    "maxDate",
)


def translate_message(error: str, params: dict[str, str]) -> str:
    """A validator's error key as a sentence in the UI language."""
    from spaziocitta.kiosk.forms import validators as v

    return (
        v.format_message(
            v.Validation(ok=False, normalized=None, error=error, params=dict(params)),
            lambda source: QCoreApplication.translate(CONTEXT, source),
        )
        or error
    )


class FormsBridge(QObject):
    """Exposed to QML as ``Forms``."""

    catalogueChanged = Signal()
    formChanged = Signal()
    pageChanged = Signal()
    errorsChanged = Signal()
    phaseChanged = Signal()
    receiptChanged = Signal()
    slotsChanged = Signal()
    cardChanged = Signal()
    errorsFound = Signal(str, str)  # the first invalid field, the summary to speak
    pageRebuilt = Signal(str)  # a condition changed the page: refocus this field

    def __init__(
        self,
        core: KioskCore,
        language: Callable[[], str],
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__()
        self._core = core
        self._language = language
        self._now = now
        self._forms: dict[str, FormDef] = {}
        self._default = "it"
        self._session: FormSession | None = None
        self._shown_errors: dict[str, FieldError] = {}
        self._phase = "idle"
        self._receipt: dict[str, Any] = {}
        self._slots_state = "none"
        self._slot_labels: dict[str, str] = {}
        self._report_category = ""
        self._municipality_phone = ""
        self._send_failed = False
        self._catalogue = DictListModel(("formId", "title", "intro", "target"))
        self._fields = DictListModel(FIELD_ROLES)
        self._errors = DictListModel(("fieldId", "label", "message"))
        self._review = DictListModel(("fieldId", "label", "text", "pageNumber", "personal"))
        self._slots = DictListModel(("slotId", "day", "time", "place", "available"))
        self._tasks: set[asyncio.Task[Any]] = set()
        core.bus.subscribe(SessionEnded, lambda _e: self.forget())
        core.bus.subscribe(ContentUpdated, lambda _e: self.refresh())
        core.bus.subscribe(OutboxDelivered, self._delivered)
        core.bus.subscribe(OutboxFault, self._fault)
        from spaziocitta.devices.types import CardInserted, CardRemoved

        for event in (CardInserted, CardRemoved):
            core.bus.subscribe(event, lambda _e: self.cardChanged.emit())

    # -- helpers -------------------------------------------------------------------

    def _spawn(self, coro: Any) -> None:
        task = spawn(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _t(self, text: Text | None) -> str:
        return "" if text is None else text.get(self._language(), self._default)

    def _yes_no(self) -> tuple[str, str]:
        return self.tr("Yes"), self.tr("No")

    def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    def forget(self) -> None:
        """The session ended: every answer, error and receipt shown goes."""
        self._session = None
        self._shown_errors = {}
        self._receipt = {}
        self._slot_labels = {}
        self._phase = "idle"
        for model in (self._fields, self._errors, self._review, self._slots):
            model.set_rows([])
        for signal in (
            self.formChanged,
            self.pageChanged,
            self.errorsChanged,
            self.phaseChanged,
            self.receiptChanged,
            self.slotsChanged,
        ):
            signal.emit()

    # -- the pack's forms ------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Reload the pack's forms (after start-up, a new pack, a language change)."""
        if self._core.started:
            self._spawn(self._refresh())

    async def _refresh(self) -> None:
        core = self._core
        # One trip to the store thread: the catalogue and the report category together.
        forms, report_category = await core.store.call(_load_forms, core)
        self._default = (getattr(core.search, "languages", None) or ["it"])[0]
        self._forms = forms
        self._report_category = report_category
        self._catalogue.set_rows(
            [
                {
                    "formId": form.id,
                    "title": self._t(form.title),
                    "intro": self._t(form.intro),
                    "target": form.target,
                }
                for form in self._forms.values()
                if form.target != "report"  # reached through 'Report a problem'
            ]
        )
        self.catalogueChanged.emit()
        if self._session is not None:
            self._show_page()
            if self._phase == "review":
                self._build_review()
            self.formChanged.emit()

    @Property(QObject, constant=True)
    def catalogue(self) -> DictListModel:
        return self._catalogue

    @Property("QStringList", notify=catalogueChanged)
    def formIds(self) -> list[str]:
        """Every form of the pack (a service page offers its form only if it is here)."""
        return list(self._forms)

    @Slot(result=str)
    def reportForm(self) -> str:
        """The form behind 'Report a problem' (the first report form of the pack)."""
        return next((f.id for f in self._forms.values() if f.target == "report"), "")

    @Property(str, notify=catalogueChanged)
    def reportCategory(self) -> str:
        """The category of the services reported with that form (pothole, street light...).

        'Report a problem' opens it, so the report reaches the right office; a pack
        without one opens the form directly.
        """
        return self._report_category

    # -- starting and leaving a form ---------------------------------------------------

    @Slot(str, str, bool, result=bool)
    def begin(self, form_id: str, service_id: str, easy: bool) -> bool:
        """Start filling ``form_id`` (from ``service_id``'s page, or '')."""
        form = self._forms.get(form_id)
        if form is None:
            log.warning("form %s is not in the content pack", form_id)
            return False
        from spaziocitta.kiosk.forms.engine import FormSession

        self._session = FormSession(
            form,
            service_id=service_id or None,
            easy_mode=easy,
            today=self._now().astimezone().date(),
        )
        self._shown_errors = {}
        self._receipt = {}
        self._slot_labels = {}
        self._slots_state = "none"
        self._slots.set_rows([])
        self._set_phase("filling")
        self._show_page()
        self.formChanged.emit()
        self.receiptChanged.emit()
        return True

    def _set_phase(self, phase: str) -> None:
        self._phase = phase
        self.phaseChanged.emit()

    @Property(str, notify=phaseChanged)
    def phase(self) -> str:
        """idle, filling, review, sending or done."""
        return self._phase

    @Property(str, notify=formChanged)
    def title(self) -> str:
        return self._t(self._session.form.title) if self._session else ""

    @Property(str, notify=formChanged)
    def intro(self) -> str:
        return self._t(self._session.form.intro) if self._session else ""

    @Property(str, notify=formChanged)
    def target(self) -> str:
        return self._session.form.target if self._session else ""

    @Property(str, notify=formChanged)
    def privacyNotice(self) -> str:
        return self._t(self._session.form.privacy_notice) if self._session else ""

    @Property(bool, notify=formChanged)
    def privacyPending(self) -> bool:
        return bool(self._session and self._session.privacy_pending)

    @Slot(bool)
    def setPrivacyAccepted(self, accepted: bool) -> None:
        if self._session is not None:
            self._session.privacy_accepted = accepted
            self.formChanged.emit()

    @Property(bool, notify=formChanged)
    def easyMode(self) -> bool:
        return bool(self._session and self._session.easy_mode)

    @Slot(bool)
    def setEasyMode(self, easy: bool) -> None:
        """One question per screen, or grouped steps; the place is kept."""
        if self._session is not None and self._session.easy_mode != easy:
            self._session.set_easy_mode(easy)
            self._show_page()
            self.formChanged.emit()

    # -- the page on screen ---------------------------------------------------------------

    @Property(QObject, constant=True)
    def fields(self) -> DictListModel:
        return self._fields

    @Property(int, notify=pageChanged)
    def pageNumber(self) -> int:
        return self._session.progress()[0] if self._session else 0

    @Property(int, notify=pageChanged)
    def pageCount(self) -> int:
        return self._session.progress()[1] if self._session else 0

    @Property(str, notify=pageChanged)
    def stepTitle(self) -> str:
        return self._t(self._session.current_page.step.title) if self._session else ""

    @Property(str, notify=pageChanged)
    def stepHelp(self) -> str:
        return self._t(self._session.current_page.step.help) if self._session else ""

    @Property(bool, notify=pageChanged)
    def offersCard(self) -> bool:
        """The page has fields the health card can fill, still empty."""
        session = self._session
        if session is None:
            return False
        return any(
            item.prefill and not session.raw(item.id) for item in session.current_page.fields
        )

    @Property(bool, notify=cardChanged)
    def cardPresent(self) -> bool:
        current = self._core.sessions.current
        card = getattr(current, "card", None)
        return getattr(card, "holder", None) is not None

    def _row(self, item: FieldDef) -> dict[str, Any]:
        session = self._session
        assert session is not None
        raw = session.raw(item.id)
        error = self._shown_errors.get(item.id)
        lo, hi = _date_bounds(item, session.today)
        options = [{"value": o.value, "label": self._t(o.label)} for o in item.options]
        if item.type == "address":
            options = [{"value": s, "label": s} for s in session.form.streets]
        if item.type == "booking_slot" and raw and raw in self._slot_labels:
            options = [{"value": raw, "label": self._slot_labels[raw]}]
        return {
            "fieldId": item.id,
            "kind": item.type,
            "label": self._t(item.label),
            "help": self._t(item.help),
            "required": item.required,
            "personal": item.personal,
            "value": _for_qml(raw),
            "error": translate_message(error.error, dict(error.params)) if error else "",
            "options": options,
            "prefilled": item.id in session.prefilled,
            "maxLength": item.max_length or (4000 if item.type == "long_text" else 200),
            "minDate": lo,
            "maxDate": hi,
        }

    def _show_page(self) -> bool:
        session = self._session
        if session is None:
            return False
        page = session.current_page
        rebuilt = self._fields.update_rows([self._row(i) for i in page.fields], "fieldId")
        self._errors.set_rows(
            [
                {
                    "fieldId": e.field_id,
                    "label": self._t(session.form.field(e.field_id).label),
                    "message": translate_message(e.error, dict(e.params)),
                }
                for item in page.fields
                if (e := self._shown_errors.get(item.id)) is not None
            ]
        )
        self.pageChanged.emit()
        self.errorsChanged.emit()
        if any(item.type == "booking_slot" for item in page.fields):
            self._spawn(self._load_slots())
        return rebuilt

    @Property(QObject, constant=True)
    def errors(self) -> DictListModel:
        """The summary of the page's errors, in screen order."""
        return self._errors

    @Slot(str, "QVariant")
    def setAnswer(self, field_id: str, value: Any) -> None:
        """What the citizen entered; an error shown for the field is re-checked at once."""
        session = self._session
        if session is None or self._phase != "filling":
            return
        before = [item.id for item in session.current_page.fields]
        result = session.set_answer(field_id, _from_qml(value))
        item = session.form.field(field_id)
        if item.type == "consent" and result.ok:
            session.privacy_accepted = bool(session.value(field_id))
            self.formChanged.emit()
        if field_id in self._shown_errors:
            if result.ok:
                del self._shown_errors[field_id]
            else:
                error = result.error or "required"
                from spaziocitta.kiosk.forms.engine import FieldError

                self._shown_errors[field_id] = FieldError(field_id, error, dict(result.params))
        after = [item.id for item in session.current_page.fields]
        if self._show_page() and before != after:
            self.pageRebuilt.emit(field_id)

    @Slot(result=bool)
    def next(self) -> bool:
        """Forward, or to the review after the last page; False (errors shown) if invalid."""
        session = self._session
        if session is None:
            return False
        last = session.is_last_page
        errors = session.next()
        if errors:
            self._shown_errors = {e.field_id: e for e in errors}
            self._show_page()
            self.errorsFound.emit(errors[0].field_id, self._spoken_summary(errors))
            return False
        self._shown_errors = {}
        if last:
            self._build_review()
            self._set_phase("review")
        else:
            self._show_page()
        self._save_draft()
        return True

    def _spoken_summary(self, errors: list[FieldError]) -> str:
        session = self._session
        assert session is not None
        head = (
            self.tr("There is a problem on this page.")
            if len(errors) == 1
            else self.tr("There are %1 problems on this page.").replace("%1", str(len(errors)))
        )
        parts = [
            f"{self._t(session.form.field(e.field_id).label)}: "
            f"{translate_message(e.error, dict(e.params))}"
            for e in errors
        ]
        return " ".join([head, *(p if p.endswith(".") else p + "." for p in parts)])

    @Slot(result=bool)
    def back(self) -> bool:
        """One page back, keeping every answer; False on the first page (leave the form)."""
        session = self._session
        if session is None:
            return False
        if self._phase == "review":
            self._set_phase("filling")
            session.go_to(session.current_page.total)
            self._show_page()
            return True
        if session.current_page.number == 1:
            return False
        self._shown_errors = {}
        session.back()
        self._show_page()
        return True

    @Slot(int)
    def editPage(self, number: int) -> None:
        """From the review: back to the page that holds an answer."""
        if self._session is None:
            return
        self._session.go_to(number)
        self._set_phase("filling")
        self._show_page()

    # -- card prefill -----------------------------------------------------------------------

    @Slot(result=int)
    def useCard(self) -> int:
        """The citizen said yes: fill empty fields from the card now in the reader."""
        session = self._session
        current = self._core.sessions.current
        holder = getattr(getattr(current, "card", None), "holder", None)
        if session is None or holder is None:
            return 0
        filled = session.consent_to_prefill(holder)
        for field_id in filled:
            self._shown_errors.pop(field_id, None)
        self._show_page()
        self._save_draft()
        return len(filled)

    # -- booking slots ------------------------------------------------------------------------

    @Property(QObject, constant=True)
    def slots(self) -> DictListModel:
        return self._slots

    @Property(str, notify=slotsChanged)
    def slotsState(self) -> str:
        """none, loading, ready, empty or offline."""
        return self._slots_state

    @Property(str, notify=formChanged)
    def officePhone(self) -> str:
        """Where to book when the totem cannot reach the office."""
        return self._municipality_phone

    @Slot()
    def reloadSlots(self) -> None:
        """'Try again' after the office's calendar could not be reached."""
        if self._session is not None and self._slots_state in ("offline", "empty"):
            self._slots_state = "none"
            self._spawn(self._load_slots())

    async def _load_slots(self) -> None:
        session = self._session
        sync = self._core.sync
        if session is None or not session.form.booking_service_id:
            return
        if self._slots_state in ("loading", "ready"):
            return
        self._slots_state = "loading"
        self.slotsChanged.emit()
        extras = await self._core.store.call(self._core.catalog.info)
        self._municipality_phone = (extras.municipality.get("phone", "") if extras else "") or ""
        if sync is None:
            self._slots_state = "offline"
            self.slotsChanged.emit()
            self.formChanged.emit()
            return
        from spaziocitta.kiosk.sync.client import BackendError

        try:
            found = await sync.client.slots(session.form.booking_service_id, SLOT_DAYS)
        except BackendError as exc:
            log.warning("booking slots unavailable: %s", exc)
            self._slots_state = "offline"
            self.slotsChanged.emit()
            self.formChanged.emit()
            return
        if self._session is not session:
            return  # the citizen left the form meanwhile
        place_ids = sorted({s.place_id for s in found if s.place_id})
        places = await self._core.store.call(self._core.catalog.places, place_ids)
        from spaziocitta.kiosk.forms.definition import Text

        names = {p["id"]: self._t(Text.parse(p["name"], "place")) for p in places}
        locale = QLocale(self._language())
        rows = []
        for slot in found:
            if slot.available <= 0:
                continue
            start, end = slot.starts_at.astimezone(), slot.ends_at.astimezone()
            day = locale.toString(start.date(), "dddd d MMMM")
            when = f"{start:%H:%M}–{end:%H:%M}"
            place = names.get(slot.place_id or "", "")
            self._slot_labels[slot.id] = f"{day}, {when}" + (f", {place}" if place else "")
            rows.append(
                {"slotId": slot.id, "day": day, "time": when, "place": place, "available": 1}
            )
        self._slots.set_rows(rows)
        self._slots_state = "ready" if rows else "empty"
        self.slotsChanged.emit()

    # -- review and submission -------------------------------------------------------------------

    @Property(QObject, constant=True)
    def review(self) -> DictListModel:
        return self._review

    def _build_review(self) -> None:
        session = self._session
        assert session is not None
        yes, no = self._yes_no()
        lang = self._language()
        rows = []
        for item in session.review():
            text = item.render(lang, self._default, yes, no)
            if session.form.field(item.field_id).type == "booking_slot":
                text = self._slot_labels.get(str(item.value), text)
            rows.append(
                {
                    "fieldId": item.field_id,
                    "label": self._t(item.label),
                    "text": text,
                    "pageNumber": item.page_number,
                    "personal": item.personal,
                }
            )
        self._review.set_rows(rows)

    @Slot()
    def submit(self) -> None:
        """The citizen confirmed on the review page."""
        if self._session is None or self._phase != "review":
            return
        self._spawn(self._submit(self._session))

    async def _submit(self, session: FormSession) -> None:
        from spaziocitta.kiosk.forms.engine import FormIncompleteError

        core = self._core
        try:
            payload = session.submission(now=self._now(), language=self._language())
        except FormIncompleteError as exc:
            if exc.errors:
                self._shown_errors = {e.field_id: e for e in exc.errors}
                self.editPage(_page_of(session, exc.errors[0].field_id))
                self.errorsFound.emit(exc.errors[0].field_id, self._spoken_summary(exc.errors))
            else:
                self.formChanged.emit()  # the privacy notice still waits
            return
        self._set_phase("sending")
        now = self._now()
        totem = core.config.kiosk.totem_id
        from spaziocitta.kiosk.sync import outbox  # SQLAlchemy: not before the first frame

        try:
            queued = await core.store.run(
                lambda db: outbox.enqueue(db, payload["kind"], payload, totem, now)
            )
        except Exception:
            # The disk is full or the store broken: nothing was saved, the answers are
            # still here; the review says so instead of a frozen "sending".
            log.exception("the form could not be saved in the outbox")
            self._send_failed = True
            self._set_phase("review")
            return
        self._send_failed = False
        if core.sync is not None:
            core.sync.relay.wake()
        local = now.astimezone()
        tracking = core.tracking_url(queued.local_receipt)
        # Without a tracking page, the QR still hands the receipt number to the phone.
        qr_text = tracking or f"{self._t(session.form.title)}: {queued.local_receipt}"
        self._receipt = {
            "number": queued.local_receipt,
            "when": QLocale(self._language()).toString(local, "d MMMM yyyy, HH:mm"),
            "protocol": "",
            "delivery": "queued",
            "print": "printing",
            "problem": "",
            "tracking": qr_text,
            "qr": "image://qr/" + quote(qr_text, safe=""),
        }
        self._set_phase("done")
        self.receiptChanged.emit()
        await self._core.drafts.purge()
        await self._wait_for_protocol(queued.local_receipt)
        await self._print_receipt(session)

    async def _wait_for_protocol(self, receipt: str) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + (PROTOCOL_WAIT if self._core.sync is not None else 0)
        while loop.time() < deadline and self._receipt.get("number") == receipt:
            if self._receipt.get("delivery") != "queued":
                return
            await asyncio.sleep(0.05)

    def _delivered(self, event: OutboxDelivered) -> None:
        if self._receipt.get("number") == event.local_receipt:
            self._receipt = {**self._receipt, "protocol": event.remote_ref, "delivery": "sent"}
            self.receiptChanged.emit()

    def _fault(self, event: OutboxFault) -> None:
        if self._receipt.get("number") == event.local_receipt and event.permanent:
            self._receipt = {**self._receipt, "delivery": "refused"}
            self.receiptChanged.emit()

    async def _print_receipt(self, session: FormSession) -> None:
        receipt = self._receipt
        if not receipt:
            return
        lines = [
            ReceiptLine(self.tr("Receipt number"), receipt["number"]),
            ReceiptLine(self.tr("Date"), receipt["when"]),
        ]
        if receipt["protocol"]:
            lines.append(ReceiptLine(self.tr("Protocol number"), receipt["protocol"]))
        else:
            lines.append(ReceiptLine(self.tr("Protocol number: it will follow.")))
        slot = next(
            (
                self._slot_labels.get(str(session.value(item.id)), "")
                for item in session.form.fields
                if item.type == "booking_slot" and session.is_visible(item.id)
            ),
            "",
        )
        if slot:
            lines.append(ReceiptLine(self.tr("Appointment"), slot))
        printed = Receipt(
            title=self._t(session.form.title),
            lines=tuple(lines),
            qr=receipt["tracking"],
            footer=self.tr("Scan the code to follow your request."),
        )
        printer = self._core.devices.get("printer")
        problem = ""
        try:
            if printer is None:
                raise DeviceError("no printer")
            await printer.print_receipt(printed)  # type: ignore[attr-defined]
        except PrinterNotReady as exc:
            problem = printer_problem(exc.status)
        except DeviceError:
            log.warning("printing the form receipt failed", exc_info=True)
            problem = "failed"
        if self._receipt.get("number") == receipt["number"]:
            self._receipt = {
                **self._receipt,
                "print": "failed" if problem else "printed",
                "problem": problem,
            }
            self.receiptChanged.emit()

    @Property(bool, notify=phaseChanged)
    def sendFailed(self) -> bool:
        """The last 'Invia' could not save the form (the review tells the citizen)."""
        return self._send_failed

    @Property("QVariantMap", notify=receiptChanged)
    def receipt(self) -> dict[str, Any]:
        return self._receipt

    # -- drafts ---------------------------------------------------------------------------

    def _save_draft(self) -> None:
        current = self._core.sessions.current
        if self._session is None or current is None:
            return
        self._spawn(self._core.drafts.save(current.id, "form", self._session.to_draft()))


def _load_forms(core: KioskCore) -> tuple[dict[str, FormDef], str]:
    """The pack's forms and the category of the services its report form serves."""
    try:
        from spaziocitta.kiosk.forms.definition import parse_forms

        forms = parse_forms(core.catalog.extras())
    except ValueError:
        log.exception("the content pack's forms cannot be used")
        return {}, ""
    report = next((f.id for f in forms.values() if f.target == "report"), "")
    return forms, _category_of_form(core.store, report) if report else ""


def _category_of_form(store: Any, form_id: str) -> str:
    from sqlalchemy import text

    with store.engine.connect() as conn:
        found = conn.execute(
            text(
                "SELECT category FROM catalog_services "
                "WHERE json_extract(data, '$.form') = :form ORDER BY position LIMIT 1"
            ),
            {"form": form_id},
        ).scalar()
    return str(found or "")


def _page_of(session: FormSession, field_id: str) -> int:
    for page in session.pages():
        if any(item.id == field_id for item in page.fields):
            return page.number
    return 1


def _date_bounds(item: FieldDef, today: date) -> tuple[str, str]:
    if item.type != "date":
        return "", ""
    from spaziocitta.kiosk.forms import validators as v

    lo = v.resolve_date_bound(item.min_date, today) or today - timedelta(days=365 * 120)
    hi = v.resolve_date_bound(item.max_date, today) or today + timedelta(days=365 * 5)
    return lo.isoformat(), hi.isoformat()


def _for_qml(raw: Any) -> Any:
    if raw is None:
        return ""
    if isinstance(raw, list | tuple):
        return list(raw)
    return raw


def _from_qml(value: Any) -> Any:
    # QML hands over JS arrays as lists already; a cleared control sends "" or None.
    if value is None:
        return None
    return value
