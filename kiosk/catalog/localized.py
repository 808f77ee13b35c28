"""Picking a text in the citizen's language, or in the pack's default language.

Kept apart from catalog.py (SQLAlchemy) so the UI can import it before the
first frame without loading the database layer.
"""

from __future__ import annotations

from typing import Any


def localized(mapping: dict[str, Any] | None, lang: str, default: str) -> tuple[Any, bool]:
    """(text in ``lang`` or in ``default``, True when it fell back); (None, False) if absent."""
    if not mapping:
        return None, False
    if lang in mapping:
        return mapping[lang], False
    if default in mapping:
        return mapping[default], True
    return next(iter(mapping.values())), True
