"""Translations: every UI text goes through qsTr, the .ts files are current, it/en complete."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
import pytest

from spaziocitta.ui.message_sources import write_validator_messages

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "ui" / "i18n"
QML = ROOT / "ui" / "qml"
COMPLETE = ("it", "en")
ALL = ("it", "fr", "es", "ar", "zh", "ro", "uk")


def messages(lang: str) -> list[ET.Element]:
    return list(ET.parse(I18N / f"kiosk_{lang}.ts").getroot().iter("message"))


def sources(lang: str) -> set[tuple[str, str]]:
    root = ET.parse(I18N / f"kiosk_{lang}.ts").getroot()
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or "")
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def test_ts_files_are_up_to_date_with_the_qml(tmp_path: Path) -> None:
    """Run lupdate into a scratch file: it must find exactly the texts we ship."""
    scratch = tmp_path / "kiosk_it.ts"
    lupdate = Path(PySide6.__file__).with_name("lupdate")
    subprocess.run(
        [
            str(lupdate),
            "-silent",
            "-extensions",
            "qml,py",
            str(QML),
            str(ROOT / "ui" / "bridge"),
            str(write_validator_messages(tmp_path / "extra")),
            "-ts",
            str(scratch),
        ],
        check=True,
        capture_output=True,
    )
    fresh = {
        (ctx.findtext("name") or "", msg.findtext("source") or "")
        for ctx in ET.parse(scratch).getroot().iter("context")
        for msg in ctx.iter("message")
    }
    assert fresh == sources("it"), "run tools/update_translations.py and translate the new texts"


@pytest.mark.parametrize("lang", COMPLETE)
def test_complete_languages_have_no_unfinished_text(lang: str) -> None:
    unfinished = [
        m.findtext("source")
        for m in messages(lang)
        if m.find("translation").get("type") == "unfinished"
        or not "".join(m.find("translation").itertext()).strip()
    ]
    assert not unfinished, unfinished


@pytest.mark.parametrize("lang", ALL)
def test_placeholders_survive_translation(lang: str) -> None:
    for m in messages(lang):
        source = m.findtext("source") or ""
        translation = m.find("translation")
        texts = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in texts:
            if not text:
                continue
            for placeholder in re.findall(r"%(?:\d|n)|\{[a-z_]+\}", source):
                assert placeholder in text, f"{lang}: {placeholder} lost in {text!r}"


def test_no_literal_user_text_outside_qstr() -> None:
    """A user-visible `text:` is always translated (or a name that is never translated)."""
    allowed = {"Kiosk.municipality", "nativeName"}
    offenders = []
    for qml in QML.rglob("*.qml"):
        for number, line in enumerate(qml.read_text(encoding="utf-8").splitlines(), 1):
            match = re.match(r'\s*(text|title|placeholderText|subtitle):\s*"(.+)"', line)
            if match and match.group(2) not in allowed and not match.group(2).startswith("#"):
                previous = qml.read_text(encoding="utf-8").splitlines()[number - 2]
                if "never translated" not in previous:
                    offenders.append(f"{qml.name}:{number}: {line.strip()}")
    assert not offenders, offenders
