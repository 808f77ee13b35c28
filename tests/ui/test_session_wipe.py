"""The end of a session leaves nothing of the citizen behind: not in memory, not on disk.

A marker string is planted in every session-scoped place (typed text, a form
draft, card data, the speech queue) and the session's choices are changed
(language, accessibility, volume). After "End", the marker must be gone from
the Python heap, from every QML item, from the log file and from the SQLite
database file with its WAL; and the choices must be back to the defaults.
"""

from __future__ import annotations

import gc
import uuid
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from spaziocitta.devices.simulated.card_reader import SimulatedCardReader
from spaziocitta.devices.simulated.speech import SimulatedSpeech
from spaziocitta.devices.types import CardHolder, CardInfo, CardType
from spaziocitta.ui.harness import KioskHarness


def _db_bytes(data_dir: Path) -> bytes:
    base = data_dir / "kiosk.sqlite3"
    return b"".join(
        p.read_bytes() for p in (base, base.with_name(base.name + "-wal")) if p.exists()
    )


def _heap_strings_containing(markers: tuple[str, ...], skip: list[object]) -> list[str]:
    """Strings held by any container the garbage collector tracks (minus ``skip``)."""
    skip_ids = {id(o) for o in skip}
    found = []
    gc.collect()
    for obj in gc.get_objects():
        if id(obj) in skip_ids:
            continue
        if isinstance(obj, dict):
            values = [*obj.keys(), *obj.values()]
        elif isinstance(obj, list | tuple | set | frozenset):
            values = list(obj)
        else:
            continue
        for value in values:
            if isinstance(value, str) and any(marker in value for marker in markers):
                found.append(f"{type(obj).__name__}: {value[:80]!r}")
    return found


def _simulator_records(kiosk: KioskHarness) -> list[object]:
    # What a simulator records stands for what already left the kiosk (sound in
    # the room); a real adapter keeps none of it. Listed, so nothing else hides.
    speech = kiosk.core.devices["speech"]
    reader = kiosk.core.devices["card_reader"]
    assert isinstance(speech, SimulatedSpeech) and isinstance(reader, SimulatedCardReader)
    records: list[object] = [speech.spoken, vars(speech), vars(reader)]
    records += [vars(item) for item in speech.spoken if hasattr(item, "__dict__")]
    records += list(speech.spoken)
    return records


@pytest.mark.slow
def test_ending_a_session_wipes_every_trace(home: KioskHarness, _isolated_data_dir: Path) -> None:
    marker = "ZQX" + uuid.uuid4().hex[:12].upper()
    core = home.core
    session = core.sessions.current
    assert session is not None

    # Typed text: through the on-screen keyboard's target field, saved as a draft.
    home.tap(home.find("tile_search"))
    home.type_text(marker.lower())
    home.pump(0.6)
    assert session.typed_text["search"] == marker.lower()
    # A form draft, as the form engine will keep one.
    home.run(core.drafts.save(session.id, "form:canteen", {"surname": marker}))
    # Card data from the reader.
    reader = core.devices["card_reader"]
    holder = CardHolder(fiscal_code="RSSMRA80A01H501U", surname=marker, given_name="MARIO")
    home.act(partial(reader.insert, CardInfo(CardType.TS_CNS, holder=holder)))
    del holder  # the test keeps no reference of its own to the planted data
    home.pump(0.1)
    assert session.card is not None and session.card.holder.surname == marker
    # The speech queue: a long text still being read.
    speech = core.devices["speech"]
    speech.chars_per_second = 5
    home.run(speech.speak(f"Buongiorno {marker}. Frase due. Frase tre.", "it"))
    assert speech.speaking
    # Session choices.
    home.act(lambda: home.shell.kiosk.setLanguage("ar"))
    home.shell.access.highContrast = True
    home.shell.access.largeText = True
    home.shell.access.lowReach = True
    home.shell.access.readAloud = True
    home.act(lambda: home.shell.access.changeVolume(0.3))
    assert speech.volume == pytest.approx(0.9)

    assert marker.lower().encode() in _db_bytes(_isolated_data_dir).lower(), (
        "the test must see the marker on disk before the wipe, or it proves nothing"
    )

    home.tap(home.find("navEnd"))
    home.pump(0.3)

    assert home.screen == "attract"
    assert core.sessions.current is None
    assert not speech.speaking and speech.queue == ()
    assert speech.volume == pytest.approx(core.config.speech.default_volume)
    on_disk = _db_bytes(_isolated_data_dir).lower()
    assert marker.lower().encode() not in on_disk
    for item in home.items():
        text = item.property("text")
        assert not (isinstance(text, str) and marker.lower() in text.lower()), item
    log_file = _isolated_data_dir / "logs" / "kiosk.log"
    if log_file.exists():
        assert marker.lower() not in log_file.read_text(encoding="utf-8").lower()
    leftovers = _heap_strings_containing((marker, marker.lower()), _simulator_records(home))
    assert not leftovers, leftovers

    # The next citizen starts from the defaults.
    home.key(Qt.Key.Key_Space)
    fresh = core.sessions.current
    assert fresh is not None and fresh.id != session.id
    assert fresh.language == "it" and home.shell.kiosk.language == "it"
    assert not home.shell.kiosk.rtl
    assert not (home.shell.access.highContrast or home.shell.access.largeText)
    assert not (home.shell.access.lowReach or home.shell.access.readAloud)
    assert fresh.typed_text == {} and fresh.card is None
    home.tap(home.find("tile_search"))
    assert home.find("searchField").property("text") == ""


def test_drafts_left_by_a_crash_are_purged_at_start(
    qapp, qloop, kiosk_config, _isolated_data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """A power cut mid-session skips the wipe; the next start does it."""
    from spaziocitta.kiosk.core import build_core
    from spaziocitta.kiosk.paths import DataPaths

    marker = "CRASH" + uuid.uuid4().hex[:10]
    paths = DataPaths(_isolated_data_dir)
    core = build_core(kiosk_config, paths, demo=True)
    qloop.run_until_complete(core.start())
    qloop.run_until_complete(core.drafts.save("s1", "form", {"name": marker}))
    core.store.close()  # no session end: as if the power went
    assert marker.encode() in _db_bytes(_isolated_data_dir)
    again = build_core(kiosk_config, paths, demo=True)
    qloop.run_until_complete(again.start())
    again.store.close()
    assert marker.encode() not in _db_bytes(_isolated_data_dir)
