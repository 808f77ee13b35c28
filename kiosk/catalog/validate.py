"""Validation of a content pack: the JSON Schema, then the rules a schema cannot say.

Every problem is reported with its JSON path, so an editor can find it:
``$.services[12].title: missing the default language 'it'``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from spaziocitta.kiosk.forms.validators import resolve_date_bound

SCHEMA_PATH = Path(__file__).with_name("pack.schema.json")
FORMAT = "spaziocitta.content/1"
MAX_PROBLEMS = 200
"""A pack this broken needs its editor, not a longer list."""


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a pack, at a JSON path."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    return Draft202012Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def _json_path(parts: Any) -> str:
    path = "$"
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def schema_problems(data: Any) -> list[Problem]:
    """What the JSON Schema finds, one problem per failing leaf."""
    found = []
    for error in _validator().iter_errors(data):
        leaves = error.context or [error]
        for leaf in leaves:
            found.append(Problem(_json_path(leaf.absolute_path), leaf.message))
    return sorted(set(found))


def _texts(obj: dict[str, Any], path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every language map in a service/category/place/step (text and text lists)."""
    for key, value in obj.items():
        if key in {
            "title",
            "summary",
            "description",
            "who",
            "cost",
            "name",
            "notes",
            "intro",
            "text",
            "keywords",
            "how",
            "documents",
            "label",
            "help",
            "privacy_notice",
        } and isinstance(value, dict):
            yield f"{path}.{key}", value


def _minutes(value: str) -> int:
    hours, minutes = value.split(":")
    return int(hours) * 60 + int(minutes)


class _SemanticCheck:
    """The rules beyond the schema, one method per part of the pack."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.default = data["languages"][0]
        self.found: list[Problem] = []
        self.categories = self.unique("categories", data["categories"])
        self.services = self.unique("services", data["services"])
        self.places = self.unique("places", data.get("places", []))
        self.forms = self.unique("forms", data.get("forms", []))

    def problem(self, path: str, message: str) -> None:
        self.found.append(Problem(path, message))

    def unique(self, kind: str, items: list[dict[str, Any]]) -> set[str]:
        seen: dict[str, int] = {}
        for index, item in enumerate(items):
            if item["id"] in seen:
                first = seen[item["id"]]
                self.problem(
                    f"$.{kind}[{index}].id",
                    f"duplicate id '{item['id']}' (also at $.{kind}[{first}])",
                )
            else:
                seen[item["id"]] = index
        return set(seen)

    def texts(self, obj: dict[str, Any], path: str) -> None:
        """Every language map must hold the default language and only the pack's languages."""
        for where, mapping in _texts(obj, path):
            if self.default not in mapping:
                self.problem(where, f"missing the default language '{self.default}'")
            for lang in mapping:
                if lang not in self.data["languages"]:
                    self.problem(
                        f"{where}.{lang}", f"language '{lang}' is not in the pack's languages"
                    )

    def reference(self, path: str, value: str, known: set[str], kind: str) -> None:
        if value not in known:
            self.problem(path, f"unknown {kind} '{value}'")

    def hours(self, hours: dict[str, list[list[str]]], base: str) -> None:
        for day, intervals in hours.items():
            previous_end = -1
            by_start = sorted(enumerate(intervals), key=lambda item: item[1][0])
            for position, (start, end) in by_start:
                where = f"{base}.hours.{day}[{position}]"
                if _minutes(end) <= _minutes(start):
                    self.problem(where, f"closes at {end}, before it opens at {start}")
                if _minutes(start) < previous_end:
                    self.problem(where, f"{start}-{end} overlaps the interval before it")
                previous_end = max(previous_end, _minutes(end))

    def run(self) -> list[Problem]:
        data = self.data
        for index, category in enumerate(data["categories"]):
            self.texts(category, f"$.categories[{index}]")
        for index, service in enumerate(data["services"]):
            base = f"$.services[{index}]"
            self.texts(service, base)
            self.reference(f"{base}.category", service["category"], self.categories, "category")
            for position, place in enumerate(service.get("places", [])):
                self.reference(f"{base}.places[{position}]", place, self.places, "place")
            # Older packs have no forms: their services may name forms kept elsewhere.
            if "forms" in data and "form" in service:
                self.reference(f"{base}.form", service["form"], self.forms, "form")
        for index, place in enumerate(data.get("places", [])):
            self.texts(place, f"$.places[{index}]")
            self.hours(place.get("hours", {}), f"$.places[{index}]")
        if "help_desk" in data["municipality"]:
            desk = data["municipality"]["help_desk"]
            self.reference("$.municipality.help_desk", desk, self.places, "place")
        if "welcome_path" in data:
            self.welcome(data["welcome_path"])
        for index, service_id in enumerate(data.get("popular", [])):
            self.reference(f"$.popular[{index}]", service_id, self.services, "service")
        for lang in data.get("synonyms", {}):
            if lang not in data["languages"]:
                self.problem(
                    f"$.synonyms.{lang}", f"language '{lang}' is not in the pack's languages"
                )
        for index, form in enumerate(data.get("forms", [])):
            _FormCheck(self, form, f"$.forms[{index}]").run()
        return sorted(set(self.found))

    def welcome(self, welcome: dict[str, Any]) -> None:
        self.texts(welcome, "$.welcome_path")
        self.unique("welcome_path.steps", welcome["steps"])
        for index, step in enumerate(welcome["steps"]):
            base = f"$.welcome_path.steps[{index}]"
            self.texts(step, base)
            if "service" in step:
                self.reference(f"{base}.service", step["service"], self.services, "service")
            if "place" in step:
                self.reference(f"{base}.place", step["place"], self.places, "place")


_PREFILL_TYPES = {
    "card.fiscal_code": {"codice_fiscale"},
    "card.surname": {"short_text"},
    "card.given_name": {"short_text"},
    "card.birth_date": {"date"},
}
_ALWAYS_PERSONAL = {"codice_fiscale", "email", "phone", "iban"}


class _FormCheck:
    """The rules of one form: ids, conditions, options, bounds, target, privacy."""

    def __init__(self, pack: _SemanticCheck, form: dict[str, Any], base: str) -> None:
        self.pack = pack
        self.form = form
        self.base = base
        self.seen: dict[str, dict[str, Any]] = {}
        """Fields met so far, by id: a condition may only look back."""

    def run(self) -> None:
        form, base, pack = self.form, self.base, self.pack
        pack.texts(form, base)
        pack.unique(f"{base[2:]}.steps", form["steps"])
        slots = 0
        for s, step in enumerate(form["steps"]):
            pack.texts(step, f"{base}.steps[{s}]")
            for f, item in enumerate(step["fields"]):
                self.field(item, f"{base}.steps[{s}].fields[{f}]")
                slots += item["type"] == "booking_slot"
        if form["target"] == "booking":
            if slots != 1:
                pack.problem(
                    f"{base}.steps", f"a booking form has one booking_slot field, not {slots}"
                )
            pack.reference(
                f"{base}.booking_service_id", form["booking_service_id"], pack.services, "service"
            )
        elif slots:
            pack.problem(f"{base}.steps", "only a booking form has a booking_slot field")
        personal = any(item.get("personal") for item in self.seen.values())
        if personal and "privacy_notice" not in form:
            pack.problem(base, "asks personal data but has no privacy_notice")

    def field(self, item: dict[str, Any], where: str) -> None:
        pack = self.pack
        pack.texts(item, where)
        if item["id"] in self.seen:
            pack.problem(f"{where}.id", f"duplicate field id '{item['id']}' in this form")
        values = [o["value"] for o in item.get("options", [])]
        for index, value in enumerate(values):
            if value in values[:index]:
                pack.problem(f"{where}.options[{index}].value", f"duplicate option '{value}'")
        for index, option in enumerate(item.get("options", [])):
            pack.texts(option, f"{where}.options[{index}]")
        self.bounds(item, where)
        kind = item["type"]
        if kind in _ALWAYS_PERSONAL and item.get("personal") is False:
            pack.problem(f"{where}.personal", f"a {kind} field is always personal data")
        if "prefill" in item:
            if kind not in _PREFILL_TYPES[item["prefill"]]:
                pack.problem(f"{where}.prefill", f"{item['prefill']} cannot fill a {kind} field")
            if item.get("personal") is not True:
                pack.problem(f"{where}.personal", "a field filled from the card is personal")
        if "show_if" in item:
            self.condition(item["show_if"], f"{where}.show_if")
        self.seen[item["id"]] = item

    def bounds(self, item: dict[str, Any], where: str) -> None:
        for low, high in (
            ("min_length", "max_length"),
            ("min", "max"),
            ("min_choices", "max_choices"),
        ):
            if low in item and high in item and item[low] > item[high]:
                pack_path = f"{where}.{low}"
                self.pack.problem(pack_path, f"{low} {item[low]} is above {high} {item[high]}")
        today = date(2000, 1, 1)  # any day: bounds relative to today only need to parse
        for key in ("min_date", "max_date"):
            if key in item:
                try:
                    resolve_date_bound(item[key], today)
                except (ValueError, TypeError, OverflowError):
                    self.pack.problem(f"{where}.{key}", f"'{item[key]}' is not a date bound")

    def condition(self, cond: dict[str, Any], where: str) -> None:
        target = self.seen.get(cond["field"])
        if target is None:
            self.pack.problem(f"{where}.field", f"'{cond['field']}' is not a field before this one")
            return
        options = {o["value"] for o in target.get("options", [])}
        wanted = [cond["equals"]] if "equals" in cond else cond.get("in", [])
        for value in wanted:
            if options and value not in options:
                self.pack.problem(f"{where}", f"'{value}' is not an option of '{cond['field']}'")


def semantic_problems(data: dict[str, Any]) -> list[Problem]:
    """Rules beyond the schema: default language, unique ids, references, hours."""
    return _SemanticCheck(data).run()


def validate_pack(data: Any) -> list[Problem]:
    """Every problem of a parsed pack, schema first; empty when the pack is good."""
    problems = schema_problems(data)
    if problems:
        # Semantic rules assume the structure is right; report the structure first.
        return problems[:MAX_PROBLEMS]
    return semantic_problems(data)[:MAX_PROBLEMS]
