"""Texts that live in the Qt-free core but reach the screen translated.

The validators' messages (:data:`spaziocitta.kiosk.forms.validators.MESSAGES`) are English
source texts in a module that must not import Qt. For lupdate to find them, this module
writes them out as ``QT_TRANSLATE_NOOP`` calls in a scratch Python file that
``tools/update_translations.py`` (and the test that checks the .ts files are current)
add to lupdate's sources. At run time :func:`spaziocitta.ui.bridge.forms.translate_message`
looks them up in the same context.
"""

from __future__ import annotations

import json
from pathlib import Path

CONTEXT = "FormMessages"


def write_validator_messages(folder: Path) -> Path:
    """Write the lupdate source for the validators' messages into ``folder``; return it."""
    from spaziocitta.kiosk.forms.validators import MESSAGES

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "form_messages.py"
    lines = ["# Generated for lupdate by spaziocitta.ui.message_sources: do not edit."]
    for source in MESSAGES.values():
        # json.dumps gives a valid Python string literal for any text.
        lines.append(f"QT_TRANSLATE_NOOP({json.dumps(CONTEXT)}, {json.dumps(source)})")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
