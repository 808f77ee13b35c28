"""One citizen filling one form: pages, conditions, validation, review and submission.

A :class:`FormSession` holds what the citizen entered and where they are; the screens ask it
what to show and tell it what was typed. Nothing here draws, speaks or stores: the QML layer
renders pages (picking each :class:`~.definition.Text` in the display language), the session
layer saves :meth:`FormSession.to_draft` in :mod:`spaziocitta.kiosk.drafts`, and the outbox
takes :meth:`FormSession.submission`.

Answers are never lost by moving between pages or by a condition hiding a field: hidden
answers stay in memory (the citizen may change their mind back) but are not submitted,
since the office must not receive answers to questions the citizen was not shown as asked.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from . import validators as v
from .definition import FieldDef, FormDef, StepDef, Text

DRAFT_VERSION = 1
_KIND = {"submission": "application", "booking": "booking", "report": "report"}
_DEFAULT_MAX = {"short_text": 200, "long_text": 4000, "address": 200}
_SLOT_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,119}", re.ASCII)
_HOUSE_NUMBER = re.compile(r"[0-9]{1,4}(?:\s?[A-Za-z]|/[0-9A-Za-z]{1,3})?", re.ASCII)
_YES = frozenset({"yes", "si", "sì", "true", "1"})
_NO = frozenset({"no", "false", "0"})

# ------------------------------------------------------------------------- field checks


@dataclass(frozen=True)
class Checked:
    """A field check: the validators' :class:`~.validators.Validation` and the typed value.

    ``value`` is what is submitted (str, int/float, bool, list of str); None when empty or
    invalid.
    """

    validation: v.Validation
    value: Any


def _ok(value: Any, normalized: str | None = None) -> Checked:
    shown = normalized if normalized is not None else str(value)
    return Checked(v.Validation(ok=True, normalized=shown, error=None), value)


def _fail(key: str, **params: str) -> Checked:
    return Checked(v.Validation(ok=False, normalized=None, error=key, params=params), None)


def _blank(raw: Any) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip()) or raw in ([], ())


def _from_validation(result: v.Validation) -> Checked:
    value = result.normalized if result.ok and result.normalized else None
    return Checked(result, value)


def _fmt(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


def _check_number(item: FieldDef, raw: Any) -> Checked:  # noqa: PLR0911 (one per key)
    if isinstance(raw, bool):
        return _fail("number.format")
    if isinstance(raw, str):
        # Italian keyboards write a decimal comma; a dot is accepted too.
        cleaned = v.text(raw, max_length=32)
        if not cleaned.ok:
            return Checked(cleaned, None)
        try:
            raw = float((cleaned.normalized or "").replace(",", ".").replace(" ", ""))
        except ValueError:
            return _fail("number.format")
    if not isinstance(raw, int | float) or not math.isfinite(raw):
        return _fail("number.format")
    if item.integer and not float(raw).is_integer():
        return _fail("number.integer")
    if item.min_value is not None and raw < item.min_value:
        return _fail("number.too_small", min=_fmt(item.min_value))
    if item.max_value is not None and raw > item.max_value:
        return _fail("number.too_large", max=_fmt(item.max_value))
    value: int | float = int(raw) if float(raw).is_integer() else float(raw)
    return _ok(value, _fmt(value))


def _check_choice(item: FieldDef, raw: Any) -> Checked:
    if not isinstance(raw, str) or item.option(raw) is None:
        return _fail("choice.unknown")
    return _ok(raw)


def _check_multi(item: FieldDef, raw: Any) -> Checked:
    chosen = [raw] if isinstance(raw, str) else raw
    if not isinstance(chosen, list | tuple) or not all(isinstance(c, str) for c in chosen):
        return _fail("choice.unknown")
    if any(item.option(c) is None for c in chosen):
        return _fail("choice.unknown")
    # Keep the pack's order, not the tapping order, and drop repeated taps.
    ordered = [o.value for o in item.options if o.value in chosen]
    low = item.min_choices if item.min_choices is not None else (1 if item.required else 0)
    if len(ordered) < low:
        return _fail("choice.too_few", min=str(low))
    if item.max_choices is not None and len(ordered) > item.max_choices:
        return _fail("choice.too_many", max=str(item.max_choices))
    return _ok(ordered, ",".join(ordered))


def _check_yes_no(raw: Any) -> Checked:
    if isinstance(raw, bool):
        return _ok(raw, "yes" if raw else "no")
    if isinstance(raw, str) and raw.strip().lower() in _YES | _NO:
        answer = raw.strip().lower() in _YES
        return _ok(answer, "yes" if answer else "no")
    return _fail("yes_no.invalid")


def _check_consent(item: FieldDef, raw: Any) -> Checked:
    given = raw is True or (isinstance(raw, str) and raw.strip().lower() in _YES)
    if not given and item.required:
        return _fail("consent.required")
    return _ok(given, "yes" if given else "no")


def _check_slot(raw: Any) -> Checked:
    if not isinstance(raw, str) or not _SLOT_ID.fullmatch(raw.strip()):
        return _fail("slot.invalid")
    return _ok(raw.strip())


def _check_address(item: FieldDef, raw: Any, streets: tuple[str, ...]) -> Checked:
    base = v.text(raw, max_length=item.max_length or _DEFAULT_MAX["address"])
    if not base.ok or not streets:
        return _from_validation(base)
    typed = base.normalized or ""
    folded = typed.casefold()
    # Longest street first: "Via Roma" must not swallow "Via Roma Vecchia".
    for street in sorted(streets, key=len, reverse=True):
        if folded.startswith(street.casefold()):
            rest = typed[len(street) :].strip().lstrip(",").strip()
            if rest and not _HOUSE_NUMBER.fullmatch(rest):
                return _fail("address.number")
            return _ok(f"{street}, {rest.upper()}" if rest else street)
    return _fail("address.street")


def check_field(  # noqa: PLR0911, PLR0912 (one branch per field type)
    item: FieldDef, raw: Any, *, today: date, streets: tuple[str, ...] = ()
) -> Checked:
    """Validate one answer of ``item``, dispatching by type to :mod:`.validators`."""
    if item.type != "consent" and _blank(raw):
        if item.required:
            return _fail("required")
        return Checked(v.Validation(ok=True, normalized="", error=None), None)
    match item.type:
        case "short_text" | "long_text":
            return _from_validation(
                v.text(
                    raw if isinstance(raw, str) else str(raw),
                    min_length=item.min_length,
                    max_length=item.max_length or _DEFAULT_MAX[item.type],
                    multiline=item.type == "long_text",
                )
            )
        case "number":
            return _check_number(item, raw)
        case "date":
            if isinstance(raw, date):
                raw = raw.isoformat()
            return _from_validation(
                v.iso_date(str(raw), min_date=item.min_date, max_date=item.max_date, today=today)
            )
        case "choice":
            return _check_choice(item, raw)
        case "multi_choice":
            return _check_multi(item, raw)
        case "yes_no":
            return _check_yes_no(raw)
        case "consent":
            return _check_consent(item, raw)
        case "booking_slot":
            return _check_slot(raw)
        case "address":
            return _check_address(item, str(raw), streets)
        case "codice_fiscale":
            return _from_validation(v.codice_fiscale(str(raw), allow_company=item.allow_company))
        case "email":
            return _from_validation(v.email(str(raw)))
        case "phone":
            return _from_validation(v.phone(str(raw), kind=item.phone_kind))
        case "cap":
            return _from_validation(
                v.cap(str(raw), allowed=item.cap_allowed, prefix=item.cap_prefix)
            )
        case "iban":
            return _from_validation(v.iban(str(raw)))
    raise AssertionError(f"unhandled field type {item.type}")  # pragma: no cover


# ------------------------------------------------------------------------------ session


@dataclass(frozen=True)
class FieldError:
    """An invalid answer: which field, the message key and its params (for the summary)."""

    field_id: str
    error: str
    params: Mapping[str, str]


@dataclass(frozen=True)
class Page:
    """What one screen shows: a step's visible fields (grouped) or one field (easy mode)."""

    step: StepDef
    fields: tuple[FieldDef, ...]
    number: int
    """1-based, for 'page 2 of 5'."""
    total: int


@dataclass(frozen=True)
class ReviewItem:
    """One line of the review screen. Option labels are localised at render time.

    ``personal`` lines are shown but never read aloud.
    """

    field_id: str
    label: Text
    value: Any
    text: str
    """The value as shown, for types without labels (dates, codes, numbers, free text)."""
    option_labels: tuple[Text, ...]
    """choice/multi_choice: the labels of the chosen options."""
    flag: bool | None
    """yes_no/consent: the answer (the UI says 'Sì'/'No' in its language)."""
    step_id: str
    page_number: int
    """The page to go back to for editing (in the session's current mode)."""
    personal: bool

    def render(self, lang: str, default: str, yes: str = "Sì", no: str = "No") -> str:
        """The value as one line of text in ``lang``."""
        if self.flag is not None:
            return yes if self.flag else no
        if self.option_labels:
            return ", ".join(label.get(lang, default) for label in self.option_labels)
        return self.text


class FormIncompleteError(ValueError):
    """:meth:`FormSession.submission` called before the form may be submitted."""

    def __init__(self, errors: list[FieldError], privacy_pending: bool) -> None:
        self.errors = errors
        self.privacy_pending = privacy_pending
        super().__init__(
            f"{len(errors)} invalid field(s)" + (", privacy notice not accepted" * privacy_pending)
        )


CardSource = Mapping[str, Any] | object


def _card_value(card: CardSource, source: str) -> str | None:
    name = source.removeprefix("card.")
    value = card.get(name) if isinstance(card, Mapping) else getattr(card, name, None)
    if isinstance(value, date):
        return value.isoformat()
    return value if isinstance(value, str) and value.strip() else None


class FormSession:
    """One citizen filling one form. Not thread-safe: the UI thread owns it."""

    def __init__(
        self,
        form: FormDef,
        *,
        service_id: str | None = None,
        easy_mode: bool = False,
        today: date | None = None,
    ) -> None:
        self.form = form
        self.service_id = service_id
        self.easy_mode = easy_mode
        self.today = today or date.today()
        self._raw: dict[str, Any] = {}
        self._checked: dict[str, Checked] = {}
        self._anchor: tuple[str, str | None] | None = None
        self.privacy_accepted = False
        self.prefilled: set[str] = set()

    # -- answers and conditions

    def set_answer(self, field_id: str, raw: Any) -> v.Validation:
        """Record what the citizen entered (kept even if invalid, so it stays on screen)."""
        item = self.form.field(field_id)
        checked = check_field(item, raw, today=self.today, streets=self.form.streets)
        self._raw[field_id] = raw
        self._checked[field_id] = checked
        self.prefilled.discard(field_id)
        return checked.validation

    def raw(self, field_id: str) -> Any:
        """What the citizen entered, to put back in the input."""
        return self._raw.get(field_id)

    def value(self, field_id: str) -> Any:
        """The validated value of a field (None if empty or invalid), hidden or not."""
        checked = self._checked.get(field_id)
        return checked.value if checked else None

    def visible_ids(self) -> list[str]:
        """Fields whose condition holds, in order. A condition on a hidden field is false."""
        shown: list[str] = []
        for item in self.form.fields:
            cond = item.show_if
            if cond is None or (cond.field in shown and cond.holds(self.value(cond.field))):
                shown.append(item.id)
        return shown

    def is_visible(self, field_id: str) -> bool:
        return field_id in self.visible_ids()

    # -- pages and navigation

    def pages(self) -> list[Page]:
        """The screens in order: a step's visible fields, or one field per screen."""
        visible = set(self.visible_ids())
        groups: list[tuple[StepDef, tuple[FieldDef, ...]]] = []
        for step in self.form.steps:
            shown = tuple(item for item in step.fields if item.id in visible)
            if not shown:
                continue  # a step whose every question is hidden is skipped
            if self.easy_mode:
                groups.extend((step, (item,)) for item in shown)
            else:
                groups.append((step, shown))
        total = len(groups)
        return [Page(step, fields, n, total) for n, (step, fields) in enumerate(groups, 1)]

    def _order(self, anchor: tuple[str, str | None]) -> int:
        step_id, field_id = anchor
        if field_id is not None:
            return [item.id for item in self.form.fields].index(field_id)
        step = next(s for s in self.form.steps if s.id == step_id)
        return [item.id for item in self.form.fields].index(step.fields[0].id)

    def _key(self, page: Page) -> tuple[str, str | None]:
        return (page.step.id, page.fields[0].id if self.easy_mode else None)

    @property
    def current_page(self) -> Page:
        """The page on screen; if a condition hid it, the next one still shown."""
        pages = self.pages()
        if self._anchor is None:
            return pages[0]
        wanted = self._order(self._anchor)
        for page in pages:
            if self._key(page) == self._anchor or self._order(self._key(page)) >= wanted:
                return page
        return pages[-1]

    def _go(self, page: Page) -> Page:
        self._anchor = self._key(page)
        return page

    def validate_page(self, page: Page | None = None) -> list[FieldError]:
        """Errors of the page's fields in screen order: the summary lists them, focus the first."""
        page = page or self.current_page
        return [e for item in page.fields if (e := self._error(item)) is not None]

    def _error(self, item: FieldDef) -> FieldError | None:
        # Re-check rather than trust the stored result: 'today' bounds move at midnight.
        checked = check_field(
            item, self._raw.get(item.id), today=self.today, streets=self.form.streets
        )
        self._checked[item.id] = checked
        result = checked.validation
        if result.ok:
            return None
        return FieldError(item.id, result.error or "required", dict(result.params))

    def next(self) -> list[FieldError]:
        """Go forward if the page is valid; otherwise stay and return its errors."""
        page = self.current_page
        errors = self.validate_page(page)
        if errors:
            return errors
        pages = self.pages()
        if page.number < len(pages):
            self._go(pages[page.number])
        return []

    def back(self) -> Page:
        """Go back one page without validating: nothing entered is lost."""
        page = self.current_page
        pages = self.pages()
        return self._go(pages[max(page.number - 2, 0)])

    def go_to(self, number: int) -> Page:
        """Jump to a page (from the review's 'edit' button)."""
        pages = self.pages()
        return self._go(pages[min(max(number, 1), len(pages)) - 1])

    @property
    def is_last_page(self) -> bool:
        return self.current_page.number == self.current_page.total

    def progress(self) -> tuple[int, int]:
        """(page number, pages): 'page 2 of 5'."""
        page = self.current_page
        return page.number, page.total

    def set_easy_mode(self, easy: bool) -> None:
        """Switch modes keeping the place: the first field of the current page stays shown."""
        first = self.current_page.fields[0]
        self.easy_mode = easy
        self._anchor = (self.form.step_of(first.id).id, first.id if easy else None)

    # -- card prefill and privacy

    def consent_to_prefill(self, card: CardSource) -> list[str]:
        """The citizen agreed to use their card: fill empty prefill fields; return their ids.

        The card is only ever read here, after the explicit 'yes', and never kept.
        """
        filled = []
        for item in self.form.fields:
            if item.prefill is None or not _blank(self._raw.get(item.id)):
                continue  # never overwrite what the citizen typed
            found = _card_value(card, item.prefill)
            if found is not None and self.set_answer(item.id, found).ok:
                self.prefilled.add(item.id)
                filled.append(item.id)
        return filled

    def accept_privacy(self) -> None:
        """The citizen confirmed they read the privacy notice."""
        self.privacy_accepted = True

    @property
    def privacy_pending(self) -> bool:
        return self.form.privacy_notice is not None and not self.privacy_accepted

    # -- review and submission

    def errors(self) -> list[FieldError]:
        """Every error of every visible field, in form order."""
        visible = set(self.visible_ids())
        return [e for item in self.form.fields if item.id in visible and (e := self._error(item))]

    def review(self) -> list[ReviewItem]:
        """Answered visible fields, with what to show and which page edits them."""
        page_of = {item.id: page.number for page in self.pages() for item in page.fields}
        items = []
        for item in self.form.fields:
            value = self.value(item.id)
            if item.id not in page_of or value is None:
                continue
            labels: tuple[Text, ...] = ()
            if item.type in ("choice", "multi_choice"):
                chosen = value if isinstance(value, list) else [value]
                labels = tuple(o.label for o in item.options if o.value in chosen)
            flag = value if isinstance(value, bool) else None
            items.append(
                ReviewItem(
                    field_id=item.id,
                    label=item.label,
                    value=value,
                    text="" if labels or flag is not None else str(value),
                    option_labels=labels,
                    flag=flag,
                    step_id=self.form.step_of(item.id).id,
                    page_number=page_of[item.id],
                    personal=item.personal,
                )
            )
        return items

    def submission(self, *, now: datetime, language: str = "it") -> dict[str, Any]:
        """The contract's Submission payload, without ``local_receipt`` (the outbox adds it).

        Raises :class:`FormIncompleteError` until every visible field is valid and the
        privacy notice (if any) is accepted.
        """
        errors = self.errors()
        if errors or self.privacy_pending:
            raise FormIncompleteError(errors, self.privacy_pending)
        answers: dict[str, Any] = {}
        slot_id = None
        for field_id in self.visible_ids():
            item = self.form.field(field_id)
            value = self.value(field_id)
            if item.type == "booking_slot":
                slot_id = value  # the contract carries it beside the answers
            elif value is not None:
                answers[field_id] = value
        return {
            "kind": _KIND[self.form.target],
            "form_id": self.form.id,
            "service_id": self._submission_service(),
            "submitted_at": now.isoformat(),
            "language": language,
            "answers": answers,
            "slot_id": slot_id,
        }

    def _submission_service(self) -> str | None:
        # Slots belong to the booking service; a report goes to the service it was opened
        # from (its Open311 code) or to the form's catch-all code.
        if self.form.target == "booking":
            return self.form.booking_service_id
        if self.form.target == "report":
            return self.service_id or self.form.open311_service_code
        return self.service_id

    # -- drafts

    def to_draft(self) -> dict[str, Any]:
        """A JSON-able snapshot for :class:`spaziocitta.kiosk.drafts.DraftStore`."""
        return {
            "version": DRAFT_VERSION,
            "form_id": self.form.id,
            "service_id": self.service_id,
            "easy_mode": self.easy_mode,
            "today": self.today.isoformat(),
            "answers": {k: _jsonable(raw) for k, raw in self._raw.items()},
            "prefilled": sorted(self.prefilled),
            "privacy_accepted": self.privacy_accepted,
            "page": list(self._anchor) if self._anchor else None,
        }

    @classmethod
    def from_draft(
        cls, form: FormDef, draft: Mapping[str, Any], *, today: date | None = None
    ) -> FormSession:
        """Rebuild a session; answers to fields the form no longer has are dropped."""
        if draft.get("version") != DRAFT_VERSION or draft.get("form_id") != form.id:
            raise ValueError("the draft is of another form or format")
        session = cls(
            form,
            service_id=draft.get("service_id"),
            easy_mode=bool(draft.get("easy_mode")),
            today=today or date.fromisoformat(draft["today"]),
        )
        known = {item.id for item in form.fields}
        for field_id, raw in draft.get("answers", {}).items():
            if field_id in known:
                session.set_answer(field_id, raw)
        session.prefilled = {f for f in draft.get("prefilled", []) if f in known}
        session.privacy_accepted = bool(draft.get("privacy_accepted"))
        page = draft.get("page")
        if page and _anchor_exists(form, page):
            session._anchor = (page[0], page[1])
        return session


def _anchor_exists(form: FormDef, page: list[Any]) -> bool:
    step_id, field_id = page[0], page[1]
    steps = {s.id: s for s in form.steps}
    return step_id in steps and (
        field_id is None or any(f.id == field_id for f in steps[step_id].fields)
    )


def _jsonable(raw: Any) -> Any:
    if isinstance(raw, date):
        return raw.isoformat()
    if isinstance(raw, tuple):
        return list(raw)
    return raw
