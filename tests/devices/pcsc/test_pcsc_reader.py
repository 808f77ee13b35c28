"""PcscCardReader on a real pcscd with virtual cards: reads, faults, supervision."""

from __future__ import annotations

import asyncio
import logging
import sys
from dataclasses import replace
from datetime import date

import pytest

from spaziocitta.devices.pcsc import PcscCardReader
from spaziocitta.devices.pcsc.cards import CardDataError, luhn_check_digit
from spaziocitta.devices.pcsc.reader import REASON_REMOVED
from spaziocitta.devices.types import (
    CardHolder,
    CardInfo,
    CardInserted,
    CardReaderStateChanged,
    CardReadFailed,
    CardRemoved,
    CardType,
    DeviceUnavailable,
    ReaderState,
)

from .cardfs import encode_fields, encode_holder, holder_fields, id_carta_for
from .rig import READERS, Pcscd, Slot, wait_reader
from .vcards import VirtualCie, VirtualTesseraSanitaria, VirtualUnknownCard

# Fictitious: the fiscal code has a valid check character (Q), the card number a valid Luhn digit.
HOLDER = CardHolder(
    fiscal_code="BNCNNA85M41F205Q",
    surname="BIANCHI D'ARCO",
    given_name="ANNA MARIA",
    birth_date=date(1985, 8, 1),
    sex="F",
    expiry_date=date(2030, 6, 30),
    card_number="80380000001234567896",
)
TS_CARD = CardInfo(CardType.TS_CNS, holder=HOLDER, card_id=HOLDER.card_number)


def new_ts(**overrides: str) -> VirtualTesseraSanitaria:
    fields = {**holder_fields(HOLDER), **overrides}
    assert HOLDER.card_number is not None
    return VirtualTesseraSanitaria(
        encode_fields(fields, padding=80), id_carta_for(HOLDER.card_number)
    )


def new_reader(bus, **options: object) -> PcscCardReader:
    settings: dict[str, object] = {"reader": READERS[0], "poll_interval": 0.1}
    settings.update(options)
    return PcscCardReader(bus.publish, **settings)  # type: ignore[arg-type]


def test_the_card_number_of_the_fixture_is_valid() -> None:
    number = HOLDER.card_number or ""
    assert number[-1] == luhn_check_digit(number[:-1])


def test_good_tessera_sanitaria_is_read_whole(slot: Slot, bus, run) -> None:
    reader = new_reader(bus)
    # A long address pushes the EF past one 255-byte chunk: read at offsets.
    card = new_ts(address="VIA " + "LUNGHISSIMA " * 15 + "1", notes="NESSUNA")

    async def scenario() -> None:
        slot.insert(card)
        inserted = (await bus.wait_for(CardInserted))[0]
        assert inserted.reader == READERS[0]
        assert inserted.card == TS_CARD
        assert inserted.card.holder.birth_date == date(1985, 8, 1)
        assert inserted.card.holder.expiry_date.isoformat() == "2030-06-30"
        assert await reader.read_card() == TS_CARD
        assert (await reader.health()).detail == f"ready: {READERS[0]}"

    run(scenario, reader)
    reads = [apdu for apdu in card.apdus if apdu[1] == 0xB0]
    assert all(apdu[4] <= 255 for apdu in reads)
    assert any(apdu[2:4] == b"\x00\xff" for apdu in reads), "second chunk at offset 255"


def test_cie_gives_its_nis_only(slot: Slot, bus, run) -> None:
    reader = new_reader(bus)

    async def scenario() -> None:
        slot.insert(VirtualCie("012345678901"))
        card = (await bus.wait_for(CardInserted))[0].card
        assert card == CardInfo(CardType.CIE, holder=None, card_id="012345678901")

    run(scenario, reader)


def test_unknown_card_is_announced_as_unknown(slot: Slot, bus, run) -> None:
    reader = new_reader(bus)

    async def scenario() -> None:
        slot.insert(VirtualUnknownCard())
        assert (await bus.wait_for(CardInserted))[0].card == CardInfo(CardType.UNKNOWN)
        assert (await reader.read_card()) == CardInfo(CardType.UNKNOWN)
        slot.remove()
        await bus.wait_for(CardRemoved)

    run(scenario, reader)
    assert not bus.of(CardReadFailed)


@pytest.mark.parametrize("after", [2, 4, 6])
def test_card_pulled_mid_read_fails_cleanly(slot: Slot, bus, run, after: int) -> None:
    reader = new_reader(bus)
    card = new_ts()
    card.pull_after = after  # selects, then reads: pulled at different points

    async def scenario() -> None:
        slot.insert(card)
        failed = (await bus.wait_for(CardReadFailed))[0]
        assert failed.reason == REASON_REMOVED
        await bus.wait_for(CardRemoved)
        assert await reader.read_card() is None

    run(scenario, reader)
    assert card.pulled.is_set()
    assert not bus.of(CardInserted), "no partial card is ever announced"


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("bad check character", {"fiscal_code": "BNCNNA85M41F205A"}, "fiscal code"),
        ("bad date", {"birth_date": "31021985"}, "birth date"),
        ("no surname", {"surname": ""}, "surname"),
    ],
)
def test_corrupt_personal_data_is_a_clear_failure(  # noqa: PLR0917 (fixtures + params)
    slot, bus, run, name, content, says
) -> None:
    reader = new_reader(bus)

    async def scenario() -> None:
        slot.insert(new_ts(**content))
        failed = (await bus.wait_for(CardReadFailed))[0]
        assert "The card data cannot be read." in failed.reason
        assert says in failed.reason
        with pytest.raises(CardDataError):
            await reader.read_card()

    run(scenario, reader)
    assert not bus.of(CardInserted)


@pytest.mark.parametrize("keep", [3, 40, 150, 300])
def test_truncated_ef_is_a_clear_failure(slot: Slot, bus, run, keep: int) -> None:
    reader = new_reader(bus)
    whole = encode_holder(replace(HOLDER, given_name="A" * 200), padding=0)
    card = VirtualTesseraSanitaria(whole[:keep], id_carta_for(HOLDER.card_number or ""))

    async def scenario() -> None:
        slot.insert(card)
        failed = (await bus.wait_for(CardReadFailed))[0]
        assert "truncated" in failed.reason

    run(scenario, reader)


def test_missing_id_carta_still_reads_the_holder(slot: Slot, bus, run) -> None:
    reader = new_reader(bus)

    async def scenario() -> None:
        slot.insert(VirtualTesseraSanitaria(encode_holder(HOLDER), None))
        card = (await bus.wait_for(CardInserted))[0].card
        assert card.holder == replace(HOLDER, card_number=None)
        assert card.card_id is None

    run(scenario, reader)


def test_card_present_before_start_is_announced_once(slot: Slot, pcscd: Pcscd, bus, run) -> None:
    slot.insert(new_ts())
    wait_reader(slot.reader, present=True)
    reader = new_reader(bus)

    async def scenario() -> None:
        assert bus.of(CardInserted)[0].card == TS_CARD  # announced by start() itself
        await asyncio.sleep(0.3)

    run(scenario, reader)
    assert len(bus.of(CardInserted)) == 1
    assert not bus.of(CardReaderStateChanged), "start() sets the first state silently"


def test_swapped_card_is_removed_then_inserted(slot: Slot, bus, run) -> None:
    reader = new_reader(bus)

    async def scenario() -> None:
        slot.insert(new_ts())
        await bus.wait_for(CardInserted)
        slot.insert(VirtualCie("000000000042"))  # takes the first one out
        await bus.wait_for(CardInserted, 2)

    run(scenario, reader)
    kinds = [type(e) for e in bus.of(CardInserted, CardRemoved)]
    assert kinds == [CardInserted, CardRemoved, CardInserted]


def test_reader_chosen_by_name_prefix_and_slot(pcscd: Pcscd, bus, run) -> None:
    second = Slot(pcscd, 1)
    reader = new_reader(bus, reader="Virtual PCD 00 01")
    first_found = new_reader(bus, reader="Virtual PCD")

    async def scenario() -> None:
        assert first_found.reader_name == READERS[0]
        second.insert(VirtualCie("000000000001"))
        inserted = (await bus.wait_for(CardInserted))[0]
        assert inserted.reader == READERS[1]

    try:
        run(scenario, reader, first_found)
    finally:
        second.remove()
    assert len(bus.of(CardInserted)) == 1  # the other reader watches slot 0 only


def test_named_reader_absent_is_no_reader(pcscd: Pcscd, bus, run) -> None:
    reader = new_reader(bus, reader="ACS ACR39U")

    async def scenario() -> None:
        assert reader.state is ReaderState.NO_READER
        with pytest.raises(DeviceUnavailable):
            await reader.read_card()
        health = await reader.health()
        assert (health.ok, health.detail) == (False, "no card reader attached")

    run(scenario, reader)


def test_personal_data_never_reaches_the_log(slot: Slot, bus, run, caplog) -> None:
    reader = new_reader(bus)
    caplog.set_level(logging.DEBUG, logger="spaziocitta.devices.pcsc")

    async def scenario() -> None:
        slot.insert(new_ts())
        await bus.wait_for(CardInserted)
        slot.remove()
        await bus.wait_for(CardRemoved)
        slot.insert(new_ts(fiscal_code="BNCNNA85M41F205A"))
        await bus.wait_for(CardReadFailed)

    run(scenario, reader)
    text = caplog.text
    assert "card inserted" in text
    for secret in ("BNCNNA85M41F205", "BIANCHI", "ANNA", "1985", "23456789"):
        assert secret not in text


def test_pcscd_absent_at_start_then_started(pcscd: Pcscd, bus, run) -> None:
    pcscd.stop()
    reader = new_reader(bus)

    async def scenario() -> None:
        assert reader.state is ReaderState.UNAVAILABLE
        health = await reader.health()
        assert health.ok is False
        assert "pcscd" in health.detail
        await asyncio.to_thread(pcscd.start)
        changed = (await bus.wait_for(CardReaderStateChanged, timeout=4))[0]
        assert changed.state is ReaderState.READY

    run(scenario, reader)


@pytest.mark.slow
def test_pcscd_killed_and_restarted(own_pcscd: Pcscd, bus, run) -> None:
    slot = Slot(own_pcscd)
    reader = new_reader(bus, service_grace=0.5)

    async def scenario() -> None:
        card = slot.insert(new_ts())
        await bus.wait_for(CardInserted)
        own_pcscd.stop(kill=True)  # a crash: no clean shutdown
        await bus.wait_for(CardRemoved)
        changed = (await bus.wait_for(CardReaderStateChanged, timeout=3))[0]
        assert changed.state is ReaderState.UNAVAILABLE
        assert reader.state is ReaderState.UNAVAILABLE
        assert (await reader.health()).ok is False
        with pytest.raises(DeviceUnavailable):
            await reader.read_card()
        await asyncio.sleep(1.0)  # let the backoff grow: recovery must not depend on luck
        await asyncio.to_thread(own_pcscd.start)
        states = await bus.wait_for(CardReaderStateChanged, 2, timeout=4)
        assert states[1].state is ReaderState.READY
        slot.insert(card)  # vpcd dropped the card with pcscd: the citizen's card is read again
        assert (await bus.wait_for(CardInserted, 2))[1].card == TS_CARD
        assert (await reader.health()).ok is True

    try:
        run(scenario, reader, timeout=15)
    finally:
        slot.remove()
    kinds = [type(e) for e in bus.events]
    assert kinds == [
        CardInserted,
        CardRemoved,
        CardReaderStateChanged,
        CardReaderStateChanged,
        CardInserted,
    ]


def test_short_pcscd_restart_does_not_flash_unavailable(own_pcscd: Pcscd, bus, run) -> None:
    reader = new_reader(bus, service_grace=1.0)

    async def scenario() -> None:
        await asyncio.to_thread(own_pcscd.restart)
        await asyncio.sleep(0.5)
        assert reader.state is ReaderState.READY
        assert await reader.read_card() is None

    run(scenario, reader)
    assert not bus.of(CardReaderStateChanged)


def test_close_is_prompt_and_silent(slot: Slot, bus) -> None:
    reader = new_reader(bus, poll_interval=0.5)

    async def scenario() -> None:
        await reader.start()
        loop = asyncio.get_running_loop()
        began = loop.time()
        await reader.close()
        assert loop.time() - began < 1.0
        slot.insert(new_ts())
        await asyncio.sleep(0.7)

    asyncio.run(scenario())
    assert bus.events == []


def test_without_pyscard_the_reader_is_unavailable_not_a_crash(bus, run, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "smartcard.scard", None)  # import now raises ImportError
    reader = new_reader(bus)

    async def scenario() -> None:
        assert reader.state is ReaderState.UNAVAILABLE
        health = await reader.health()
        assert health.ok is False
        assert "pyscard is not installed" in health.detail
        with pytest.raises(DeviceUnavailable):
            await reader.read_card()

    run(scenario, reader)
    assert bus.events == []
