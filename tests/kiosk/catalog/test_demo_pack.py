"""The demo pack is a realistic comune's catalogue, complete where the issue asks."""

from __future__ import annotations

import json
from collections import Counter

from spaziocitta.kiosk.catalog.validate import validate_pack
from spaziocitta.kiosk.core import DEMO_PACK

PACK = json.loads((DEMO_PACK / "pack.json").read_text(encoding="utf-8"))
ALL_LANGUAGES = ["it", "en", "fr", "es", "ar", "zh", "ro", "uk"]


def test_valid() -> None:
    assert validate_pack(PACK) == []


def test_size_and_breadth() -> None:
    assert len(PACK["services"]) >= 80
    per_category = Counter(s["category"] for s in PACK["services"])
    assert len(per_category) >= 12 and min(per_category.values()) >= 2
    assert len(PACK["places"]) >= 12
    assert all(p.get("hours") for p in PACK["places"]), "every place has weekly hours"


def test_italian_and_english_complete() -> None:
    for service in PACK["services"]:
        for key in ("title", "summary", "description", "who", "how", "cost", "keywords"):
            assert set(service[key]) >= {"it", "en"}, (service["id"], key)


def test_categories_and_welcome_path_in_every_language() -> None:
    assert PACK["languages"] == ALL_LANGUAGES
    for category in PACK["categories"]:
        assert sorted(category["title"]) == sorted(ALL_LANGUAGES), category["id"]
    welcome = PACK["welcome_path"]
    for text in (welcome["title"], welcome["intro"], *(s["title"] for s in welcome["steps"])):
        assert sorted(text) == sorted(ALL_LANGUAGES)
