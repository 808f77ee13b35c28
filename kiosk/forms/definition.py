"""Form definitions from the content pack: typed and immutable, parsed once per pack.

A pack's ``forms`` entry (see docs/content-pack.md) becomes a :class:`FormDef`. Texts stay
maps from language to text (:class:`Text`): the language is picked when a screen is drawn,
since the citizen may switch language in the middle of a form. Parsing assumes a pack that
passed :func:`spaziocitta.kiosk.catalog.validate.validate_pack`, but still refuses malformed
input with :class:`FormDefinitionError` rather than failing later in front of a citizen.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

FieldType = Literal[
    "short_text",
    "long_text",
    "number",
    "date",
    "choice",
    "multi_choice",
    "yes_no",
    "codice_fiscale",
    "email",
    "phone",
    "cap",
    "address",
    "iban",
    "booking_slot",
    "consent",
]
FIELD_TYPES: tuple[str, ...] = get_args(FieldType)
Target = Literal["submission", "booking", "report"]
TARGETS: tuple[str, ...] = get_args(Target)
PrefillSource = Literal["card.fiscal_code", "card.surname", "card.given_name", "card.birth_date"]
PREFILL_SOURCES: tuple[str, ...] = get_args(PrefillSource)

ALWAYS_PERSONAL: frozenset[str] = frozenset({"codice_fiscale", "email", "phone", "iban"})
"""Types that identify a person or their money whatever the form says (checked in the pack)."""

Scalar = str | int | float | bool


class FormDefinitionError(ValueError):
    """A form in the pack cannot be used (a pack that skipped validation)."""


@dataclass(frozen=True)
class Text:
    """A localised text: ``(language, text)`` pairs, the pack's default language among them."""

    items: tuple[tuple[str, str], ...]

    @classmethod
    def parse(cls, value: Any, where: str) -> Text:
        if not isinstance(value, Mapping) or not value:
            raise FormDefinitionError(f"{where}: a text is a non-empty map language -> text")
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
            raise FormDefinitionError(f"{where}: a text maps language codes to strings")
        return cls(tuple(value.items()))

    def get(self, lang: str, default: str) -> str:
        """The text in ``lang``, else in the pack's default language, else any."""
        found = dict(self.items)
        return found.get(lang) or found.get(default) or self.items[0][1]

    def as_dict(self) -> dict[str, str]:
        return dict(self.items)


@dataclass(frozen=True)
class Option:
    """One answer of a choice: the value submitted and its label."""

    value: str
    label: Text


@dataclass(frozen=True)
class Condition:
    """``show_if``: the field shows when an earlier field's answer matches.

    ``kind`` is ``equals`` (``values`` holds one value), ``in`` or ``not_empty``.
    """

    field: str
    kind: Literal["equals", "in", "not_empty"]
    values: tuple[Scalar, ...] = ()

    def holds(self, answer: Any) -> bool:
        """Whether the condition holds for the referenced field's (visible) answer."""
        if answer is None or answer in ("", [], ()):
            return False
        if self.kind == "not_empty":
            return True
        # A multi_choice answer is a list: it matches when any chosen option matches.
        chosen = list(answer) if isinstance(answer, list | tuple) else [answer]
        return any(_same(a, v) for a in chosen for v in self.values)


def _same(answer: Any, value: Scalar) -> bool:
    # True == 1 in Python; a yes_no answer must not match a number in the pack.
    if isinstance(answer, bool) or isinstance(value, bool):
        return isinstance(answer, bool) and isinstance(value, bool) and answer is value
    return bool(answer == value)


@dataclass(frozen=True)
class FieldDef:
    """One question. Constraints not meaningful for ``type`` stay at their defaults."""

    id: str
    type: FieldType
    label: Text
    help: Text | None = None
    required: bool = False
    personal: bool = False
    prefill: PrefillSource | None = None
    show_if: Condition | None = None
    min_length: int = 0
    max_length: int | None = None
    min_value: float | None = None
    max_value: float | None = None
    integer: bool = False
    min_date: str | None = None
    max_date: str | None = None
    options: tuple[Option, ...] = ()
    min_choices: int | None = None
    max_choices: int | None = None
    phone_kind: Literal["any", "mobile", "landline"] = "any"
    allow_company: bool = False
    cap_prefix: str | None = None
    cap_allowed: tuple[str, ...] | None = None

    def option(self, value: str) -> Option | None:
        return next((o for o in self.options if o.value == value), None)


@dataclass(frozen=True)
class StepDef:
    """A group of questions shown together on one page (grouped mode)."""

    id: str
    title: Text
    fields: tuple[FieldDef, ...]
    help: Text | None = None


@dataclass(frozen=True)
class FormDef:
    """A whole form: what it is for, its steps, and the pack's street list for addresses."""

    id: str
    title: Text
    target: Target
    steps: tuple[StepDef, ...]
    intro: Text | None = None
    open311_service_code: str | None = None
    booking_service_id: str | None = None
    privacy_notice: Text | None = None
    streets: tuple[str, ...] = ()
    _index: Mapping[str, tuple[int, FieldDef]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        index: dict[str, tuple[int, FieldDef]] = {}
        for step_no, item in self._walk():
            if item.id in index:
                raise FormDefinitionError(f"form {self.id}: duplicate field id '{item.id}'")
            index[item.id] = (step_no, item)
        object.__setattr__(self, "_index", index)

    def _walk(self) -> Iterator[tuple[int, FieldDef]]:
        for step_no, step in enumerate(self.steps):
            for item in step.fields:
                yield step_no, item

    @property
    def fields(self) -> tuple[FieldDef, ...]:
        """Every field, in the order the citizen meets them."""
        return tuple(item for _, item in self._walk())

    def field(self, field_id: str) -> FieldDef:
        try:
            return self._index[field_id][1]
        except KeyError:
            raise KeyError(f"form {self.id} has no field '{field_id}'") from None

    def step_of(self, field_id: str) -> StepDef:
        return self.steps[self._index[field_id][0]]

    @property
    def has_prefill(self) -> bool:
        """Whether to offer 'fill in from your card' at all."""
        return any(item.prefill for item in self.fields)

    @property
    def asks_personal_data(self) -> bool:
        return any(item.personal for item in self.fields)


# ---------------------------------------------------------------------------- parsing


def _opt_text(data: Mapping[str, Any], key: str, where: str) -> Text | None:
    return Text.parse(data[key], f"{where}.{key}") if key in data else None


def _condition(data: Any, where: str) -> Condition:
    if not isinstance(data, Mapping) or not isinstance(data.get("field"), str):
        raise FormDefinitionError(f"{where}: show_if needs a 'field'")
    if "equals" in data:
        return Condition(data["field"], "equals", (data["equals"],))
    if "in" in data and isinstance(data["in"], list) and data["in"]:
        return Condition(data["field"], "in", tuple(data["in"]))
    if data.get("not_empty") is True:
        return Condition(data["field"], "not_empty")
    raise FormDefinitionError(f"{where}: show_if needs 'equals', 'in' or 'not_empty'")


def _number(value: Any, where: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise FormDefinitionError(f"{where}: not a number")
    return value


def parse_field(data: Mapping[str, Any], where: str = "field") -> FieldDef:
    """One field of a step."""
    if data.get("type") not in FIELD_TYPES:
        raise FormDefinitionError(f"{where}.type: unknown field type {data.get('type')!r}")
    options = tuple(
        Option(str(o["value"]), Text.parse(o["label"], f"{where}.options[{i}].label"))
        for i, o in enumerate(data.get("options", ()))
    )
    allowed = data.get("cap_allowed")
    return FieldDef(
        id=str(data["id"]),
        type=data["type"],
        label=Text.parse(data.get("label"), f"{where}.label"),
        help=_opt_text(data, "help", where),
        required=bool(data.get("required", False)),
        personal=bool(data.get("personal", False)),
        prefill=data.get("prefill"),
        show_if=_condition(data["show_if"], f"{where}.show_if") if "show_if" in data else None,
        min_length=int(data.get("min_length", 0)),
        max_length=data.get("max_length"),
        min_value=_number(data.get("min"), f"{where}.min"),
        max_value=_number(data.get("max"), f"{where}.max"),
        integer=bool(data.get("integer", False)),
        min_date=data.get("min_date"),
        max_date=data.get("max_date"),
        options=options,
        min_choices=data.get("min_choices"),
        max_choices=data.get("max_choices"),
        phone_kind=data.get("phone_kind", "any"),
        allow_company=bool(data.get("allow_company", False)),
        cap_prefix=data.get("cap_prefix"),
        cap_allowed=tuple(allowed) if allowed is not None else None,
    )


def parse_form(data: Mapping[str, Any], streets: Iterable[str] = ()) -> FormDef:
    """One entry of the pack's ``forms``; ``streets`` is the pack's top-level list."""
    where = f"form {data.get('id')!r}"
    try:
        if data.get("target") not in TARGETS:
            raise FormDefinitionError(f"{where}: unknown target {data.get('target')!r}")
        steps = tuple(
            StepDef(
                id=str(step["id"]),
                title=Text.parse(step["title"], f"{where}.steps[{s}].title"),
                help=_opt_text(step, "help", f"{where}.steps[{s}]"),
                fields=tuple(
                    parse_field(item, f"{where}.steps[{s}].fields[{f}]")
                    for f, item in enumerate(step["fields"])
                ),
            )
            for s, step in enumerate(data["steps"])
        )
        return FormDef(
            id=str(data["id"]),
            title=Text.parse(data["title"], f"{where}.title"),
            intro=_opt_text(data, "intro", where),
            target=data["target"],
            open311_service_code=data.get("open311_service_code"),
            booking_service_id=data.get("booking_service_id"),
            privacy_notice=_opt_text(data, "privacy_notice", where),
            steps=steps,
            streets=tuple(streets),
        )
    except (KeyError, TypeError) as exc:
        raise FormDefinitionError(f"{where}: malformed ({exc!r})") from exc


def parse_forms(pack: Mapping[str, Any]) -> dict[str, FormDef]:
    """Every form of a pack by id (empty for a pack without ``forms``)."""
    streets = tuple(pack.get("streets", ()))
    return {form["id"]: parse_form(form, streets) for form in pack.get("forms", ())}
