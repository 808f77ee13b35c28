"""Which card is in the reader, and what it says, over a transmit function.

Tried in order: TS-CNS (MF / DF1 / EF.Dati_personali), then CIE 3.0 (IAS and
CIE AIDs, NIS); a card that has neither is ``CardType.UNKNOWN``, which is not
an error. Once a card is recognised, a failure to read it is: the caller
gets :class:`~spaziocitta.devices.pcsc.cards.CardDataError` (bad data) or
whatever the transmit function raises (the card left, pcscd went away).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import replace

from spaziocitta.devices.pcsc import cards
from spaziocitta.devices.pcsc.cards import CardDataError
from spaziocitta.devices.types import CardInfo, CardType

log = logging.getLogger(__name__)

Transmit = Callable[[bytes], tuple[bytes, int]]
"""Send one command APDU, return (response data, status word)."""

# A TS-CNS EF.Dati_personali is a few hundred bytes; anything near the 32 KB
# offset limit of READ BINARY is a corrupt header, not a bigger card.
MAX_EF_SIZE = 4096


def identify(transmit: Transmit) -> CardInfo:
    """Read the card behind ``transmit`` as the kiosk knows it."""
    if _select(transmit, cards.TS_CNS_SELECT_PATH):
        holder = cards.parse_dati_personali(read_transparent(transmit, "EF.Dati_personali"))
        number = _card_number(transmit)
        return CardInfo(CardType.TS_CNS, holder=replace(holder, card_number=number), card_id=number)
    if _select(transmit, cards.CIE_NIS_PATH):
        data, sw = transmit(cards.READ_CIE_NIS)
        if sw != cards.SW_OK:
            raise CardDataError(f"reading the NIS: status {sw:04X}")
        return CardInfo(CardType.CIE, holder=None, card_id=cards.parse_nis(data))
    return CardInfo(CardType.UNKNOWN)


def _select(transmit: Transmit, path: Iterable[bytes]) -> bool:
    for apdu in path:
        _data, sw = transmit(apdu)
        # 61xx: selected, with an FCI waiting (T=0); a channel fetches it already.
        if sw != cards.SW_OK and sw >> 8 != 0x61:
            return False
    return True


def read_transparent(transmit: Transmit, name: str) -> bytes:
    """The selected EF.Dati_personali, read in chunks of at most 255 bytes.

    The first chunk gives the declared size; the rest is read at increasing
    offsets. A file shorter than declared comes back short, and the parser
    then says it is truncated.
    """
    data = _read_chunk(transmit, 0, cards.MAX_CHUNK, name)
    size = cards.dati_personali_size(data)
    if size > MAX_EF_SIZE:
        raise CardDataError(f"{name} declares {size} bytes: corrupt header")
    while len(data) < size:
        chunk = _read_chunk(transmit, len(data), min(cards.MAX_CHUNK, size - len(data)), name)
        if not chunk:
            break  # the file ended before its declared size
        data += chunk
    return data


def _read_chunk(transmit: Transmit, offset: int, length: int, name: str) -> bytes:
    data, sw = transmit(cards.read_binary(offset, length))
    if sw in (cards.SW_OK, cards.SW_END_OF_FILE):
        return data
    if sw == cards.SW_WRONG_OFFSET:
        return b""
    raise CardDataError(f"reading {name} at offset {offset}: status {sw:04X}")


def _card_number(transmit: Transmit) -> str | None:
    """The TS-CNS card number; None when EF.ID_Carta is missing or unreadable.

    The holder's data is what the kiosk needs; a card whose number cannot be
    read is still the citizen's card, so this never fails the whole read.
    """
    if not _select(transmit, cards.TS_CNS_ID_CARTA_PATH):
        log.info("TS-CNS without a readable EF.ID_Carta")
        return None
    data, sw = transmit(cards.read_binary(0, cards.ID_CARTA_LENGTH))
    if sw not in (cards.SW_OK, cards.SW_END_OF_FILE):
        log.warning("EF.ID_Carta: status %04X", sw)
        return None
    try:
        return cards.card_number_from_id_carta(data)
    except CardDataError as exc:
        log.warning("EF.ID_Carta unusable: %s", exc)
        return None
