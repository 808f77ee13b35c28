"""The catalogue for QML: search as you type, categories, service pages, the welcome path.

Every read runs on the store's thread; results that arrive after the citizen
typed further are dropped, so the list always matches the field.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from datetime import datetime
from typing import Any
from urllib.parse import quote

from PySide6.QtCore import Property, QObject, Signal, Slot

from spaziocitta.devices.types import (
    DeviceError,
    PrinterNotReady,
    PrinterStatus,
    Receipt,
    ReceiptLine,
)
from spaziocitta.kiosk.catalog.hours import open_status, weekly_lines
from spaziocitta.kiosk.catalog.localized import localized
from spaziocitta.kiosk.core import KioskCore

from .models import DictListModel
from .tasks import spawn

log = logging.getLogger(__name__)

SERVICE_ROLES = ("serviceId", "title", "summary", "fallback")


def printer_problem(status: PrinterStatus | None) -> str:
    """A key QML turns into a sentence: why the printer could not print."""
    if status is None:
        return "failed"
    if status.online is None and status.cover_open is None:
        return "not_answering"
    if status.cover_open:
        return "cover_open"
    if status.paper.value == "out":
        return "paper_out"
    return "offline"


class CatalogBridge(QObject):
    """Exposed to QML as ``Catalog``."""

    resultsChanged = Signal()
    serviceChanged = Signal()
    browseChanged = Signal()
    printFinished = Signal(bool, str)  # ok, problem key ("" when ok)
    municipalityChanged = Signal(str)
    helpDeskChanged = Signal()

    def __init__(
        self,
        core: KioskCore,
        language: Callable[[], str],
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__()
        self._core = core
        self._language = language
        self._now = now
        self._query = ""
        self._generation = 0
        self._results = DictListModel(SERVICE_ROLES)
        self._popular = DictListModel(SERVICE_ROLES)
        self._category_services = DictListModel(SERVICE_ROLES)
        self._categories = DictListModel(("categoryId", "title", "count"))
        self._welcome = DictListModel(
            ("stepId", "title", "stepText", "serviceId", "placeId", "fallback")
        )
        self._service: dict[str, Any] = {}
        self._welcome_title = ""
        self._welcome_intro = ""
        self._category_title = ""
        self._tasks: set[asyncio.Task[None]] = set()
        self._help_desk: dict[str, Any] = {}

    # -- helpers -----------------------------------------------------------------

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = spawn(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def forget(self) -> None:
        """The session ended: nothing of what the citizen typed or opened stays here."""
        self._generation += 1  # results of a search still running are dropped
        self._query = ""
        self._results.set_rows([])
        self._service = {}
        self._category_services.set_rows([])
        self._category_title = ""
        self.resultsChanged.emit()
        self.serviceChanged.emit()
        self.browseChanged.emit()

    def close(self) -> None:
        """Cancel reads still under way: the store is about to close."""
        for task in list(self._tasks):
            task.cancel()

    def _default(self) -> str:
        info_languages = getattr(self._core.search, "languages", None) or ["it"]
        return info_languages[0]

    def _text(self, mapping: dict[str, Any] | None) -> tuple[Any, bool]:
        return localized(mapping, self._language(), self._default())

    def _service_row(self, service: dict[str, Any]) -> dict[str, Any]:
        title, fallback = self._text(service["title"])
        summary, _ = self._text(service.get("summary"))
        return {
            "serviceId": service["id"],
            "title": title,
            "summary": summary or "",
            "fallback": fallback,
        }

    # -- search ------------------------------------------------------------------

    @Property(QObject, constant=True)
    def results(self) -> DictListModel:
        return self._results

    @Property(str, notify=resultsChanged)
    def query(self) -> str:
        return self._query

    @Slot(str)
    def search(self, text: str) -> None:
        """Search as you type; an empty text clears the results."""
        self._query = text
        self._generation += 1
        generation = self._generation
        if not text.strip():
            self._results.set_rows([])
            self.resultsChanged.emit()
            return
        self._spawn(self._search(text, generation))

    async def _search(self, text: str, generation: int) -> None:
        core = self._core
        if core.sessions.current is None:
            return  # the session ended meanwhile: its words are not searched any more
        lang = self._language()
        hits = await core.store.call(core.search.search, text, lang, 20)
        services = await core.store.call(self._load_services, [h.id for h in hits])
        if generation != self._generation:
            return  # the citizen typed on: a newer search is coming
        self._results.set_rows([self._service_row(s) for s in services])
        self.resultsChanged.emit()

    def _load_services(self, ids: list[str]) -> list[dict[str, Any]]:
        catalog = self._core.catalog
        return [s for s in (catalog.service(i) for i in ids) if s is not None]

    # -- browsing ----------------------------------------------------------------

    @Property(QObject, constant=True)
    def categories(self) -> DictListModel:
        return self._categories

    @Property(QObject, constant=True)
    def popular(self) -> DictListModel:
        return self._popular

    @Property(QObject, constant=True)
    def categoryServices(self) -> DictListModel:
        return self._category_services

    @Property(str, notify=browseChanged)
    def categoryTitle(self) -> str:
        return self._category_title

    @Property(QObject, constant=True)
    def welcomeSteps(self) -> DictListModel:
        return self._welcome

    @Property(str, notify=browseChanged)
    def welcomeTitle(self) -> str:
        return self._welcome_title

    @Property(str, notify=browseChanged)
    def welcomeIntro(self) -> str:
        return self._welcome_intro

    @Slot()
    def refresh(self) -> None:
        """Reload what is shown in the UI language (after start-up and language changes)."""
        self._spawn(self._refresh())

    async def _refresh(self) -> None:
        core = self._core
        await self._load_help_desk()
        categories, extras = await core.store.call(
            lambda: (core.catalog.categories(), core.catalog.extras())
        )
        counts = await core.store.call(
            lambda: {c["id"]: len(core.catalog.services_in(c["id"])) for c in categories}
        )
        popular = await core.store.call(self._load_services, list(extras.get("popular", [])))
        rows = []
        for category in categories:
            title, _ = self._text(category["title"])
            rows.append(
                {"categoryId": category["id"], "title": title, "count": counts[category["id"]]}
            )
        self._categories.set_rows(rows)
        self._popular.set_rows([self._service_row(s) for s in popular])
        welcome = extras.get("welcome_path") or {"steps": []}
        self._welcome_title = self._text(welcome.get("title"))[0] or ""
        self._welcome_intro = self._text(welcome.get("intro"))[0] or ""
        steps = []
        for step in welcome["steps"]:
            title, fallback = self._text(step["title"])
            text, _ = self._text(step.get("text"))
            steps.append(
                {
                    "stepId": step["id"],
                    "title": title,
                    "stepText": text or "",
                    "serviceId": step.get("service", ""),
                    "placeId": step.get("place", ""),
                    "fallback": fallback,
                }
            )
        self._welcome.set_rows(steps)
        self.browseChanged.emit()
        if self._service:
            await self._open_service(self._service["id"])
        # Not once the session is over: a search queued behind the wipe would put
        # the citizen's words back into the search caches.
        if self._query and self._core.sessions.current is not None:
            self.search(self._query)

    @Property("QVariantMap", notify=helpDeskChanged)
    def helpDesk(self) -> dict[str, Any]:
        """Where to go instead (the 'fuori servizio' screen): the pack's help desk, and how to
        reach the municipality."""
        return self._help_desk

    async def _load_help_desk(self) -> None:
        core = self._core
        info = await core.store.call(core.catalog.info)
        if info is None:
            return
        municipality = info.municipality
        place_id = municipality.get("help_desk")
        places = await core.store.call(core.catalog.places, [place_id]) if place_id else []
        self._help_desk = {
            "municipality": municipality.get("name", ""),
            "phone": municipality.get("phone", ""),
            "website": municipality.get("website", ""),
            "place": self._place(places[0]) if places else {},
        }
        self.helpDeskChanged.emit()

    @Slot(str)
    def openCategory(self, category_id: str) -> None:
        self._spawn(self._open_category(category_id))

    async def _open_category(self, category_id: str) -> None:
        core = self._core
        categories = await core.store.call(core.catalog.categories)
        services = await core.store.call(core.catalog.services_in, category_id)
        match = [c for c in categories if c["id"] == category_id]
        self._category_title = self._text(match[0]["title"])[0] if match else ""
        self._category_services.set_rows([self._service_row(s) for s in services])
        self.browseChanged.emit()

    # -- a service page ------------------------------------------------------------

    @Property("QVariantMap", notify=serviceChanged)
    def service(self) -> dict[str, Any]:
        return self._service

    @Slot(str)
    def openService(self, service_id: str) -> None:
        self._spawn(self._open_service(service_id))

    async def _open_service(self, service_id: str) -> None:
        core = self._core
        service = await core.store.call(core.catalog.service, service_id)
        if service is None:
            log.warning("service %s is not in the catalogue", service_id)
            return
        places = await core.store.call(core.catalog.places, list(service.get("places", [])))
        self._service = self._page(service, places)
        self.serviceChanged.emit()

    def _page(self, service: dict[str, Any], places: list[dict[str, Any]]) -> dict[str, Any]:
        page: dict[str, Any] = {
            "id": service["id"],
            "form": service.get("form", ""),
            "payment": bool(service.get("payment")),
            "online": service.get("online", ""),
        }
        fallback = False
        for key in ("title", "summary", "description", "who", "cost"):
            value, fell_back = self._text(service.get(key))
            page[key] = value or ""
            fallback |= fell_back and bool(value)
        for key in ("how", "documents"):
            value, fell_back = self._text(service.get(key))
            page[key] = list(value or [])
            fallback |= fell_back and bool(value)
        page["fallback"] = fallback
        page["places"] = [self._place(p) for p in places]
        page["qr"] = (
            "image://qr/" + quote(service["online"], safe="") if service.get("online") else ""
        )
        return page

    def _place(self, place: dict[str, Any]) -> dict[str, Any]:
        name, _ = self._text(place["name"])
        notes, _ = self._text(place.get("notes"))
        status = open_status(place, self._now())
        row: dict[str, Any] = {
            "name": name,
            "address": place["address"],
            "phone": place.get("phone", ""),
            "email": place.get("email", ""),
            "notes": notes or "",
            "accessible": place.get("accessible"),
            "hasHours": status is not None,
            "open": bool(status and status.open),
            "closesAt": status.closes_at.strftime("%H:%M") if status and status.closes_at else "",
            "opensDay": status.opens_on.strftime("%a").lower()[:3]
            if status and status.opens_on
            else "",
            "opensToday": bool(status and status.opens_on == self._now().date()),
            "opensAt": status.opens_at.strftime("%H:%M") if status and status.opens_at else "",
            "hours": [{"day": day, "text": text} for day, text in weekly_lines(place)],
        }
        if status and status.opens_on:
            row["opensDay"] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[
                status.opens_on.weekday()
            ]
        return row

    # -- printing ------------------------------------------------------------------

    @Slot()
    def printService(self) -> None:
        """Print the page's essentials and its QR code on the receipt printer."""
        if self._service:
            self._spawn(self._print(self._receipt()))

    def _receipt(self) -> Receipt:
        page = self._service
        lines = []
        if page["summary"]:
            lines.append(ReceiptLine(page["summary"]))
        for place in page["places"]:
            lines.append(ReceiptLine(self.tr("Where"), f"{place['name']}, {place['address']}"))
            if place["phone"]:
                lines.append(ReceiptLine(self.tr("Phone"), place["phone"]))
        if page["cost"]:
            lines.append(ReceiptLine(self.tr("Cost"), page["cost"]))
        for document in page["documents"]:
            lines.append(ReceiptLine(self.tr("Bring"), document))
        footer = self.tr("Scan the code to continue on your phone.") if page["online"] else ""
        return Receipt(
            title=page["title"], lines=tuple(lines), qr=page["online"] or None, footer=footer
        )

    async def _print(self, receipt: Receipt) -> None:
        printer = self._core.devices["printer"]
        try:
            await printer.print_receipt(receipt)  # type: ignore[attr-defined]
        except PrinterNotReady as exc:
            self.printFinished.emit(False, printer_problem(exc.status))
        except DeviceError:
            log.warning("printing the service page failed", exc_info=True)
            self.printFinished.emit(False, "failed")
        else:
            self.printFinished.emit(True, "")
