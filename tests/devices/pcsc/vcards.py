"""Virtual smart cards for vpcd, written in Python (Debian's vicc is broken on 3.11).

vpcd (the virtual PC/SC reader driver loaded by pcscd) listens on TCP; a card
is a client of that socket. Every message is a 2-byte big-endian length and a
payload: a 1-byte payload is a control code (0 power off, 1 power on, 2 reset,
4 send the ATR); anything else is an APDU, answered with data + SW1 SW2.

Connecting inserts the card, disconnecting removes it. Faults: ``pull_after``
removes the card when the given APDU arrives (a citizen pulling it mid-read);
``fail_next_read`` answers the next READ BINARY with 6F 00 once.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import struct
import threading
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

CTRL_POWER_OFF, CTRL_POWER_ON, CTRL_RESET, CTRL_ATR = 0, 1, 2, 4

SW_OK = b"\x90\x00"
SW_END_OF_FILE = b"\x62\x82"
SW_WRONG_LENGTH = b"\x67\x00"
SW_NO_EF_SELECTED = b"\x69\x86"
SW_FILE_NOT_FOUND = b"\x6a\x82"
SW_WRONG_P1P2 = b"\x6a\x86"
SW_WRONG_OFFSET = b"\x6b\x00"
SW_INS_NOT_SUPPORTED = b"\x6d\x00"
SW_CLA_NOT_SUPPORTED = b"\x6e\x00"
SW_NO_DIAGNOSIS = b"\x6f\x00"

IAS_AID = bytes.fromhex("A0000000308000000009816001")
CIE_AID = bytes.fromhex("A00000000039")


def make_atr(historical: bytes) -> bytes:
    """A T=1 ATR carrying ``historical`` bytes, with its TCK."""
    assert len(historical) <= 15
    body = bytes([0x80 | len(historical), 0x01]) + historical  # T0, TD1 (T=1)
    tck = 0
    for byte in body:
        tck ^= byte
    return b"\x3b" + body + bytes([tck])


class VirtualCard:
    """A vpcd client: ``insert(port)`` connects, ``remove()`` disconnects.

    Subclasses answer APDUs in :meth:`answer`. ``apdus`` records every APDU
    received (tests check what the adapter sent).
    """

    atr: bytes = make_atr(b"virtual")

    def __init__(self) -> None:
        self.apdus: list[bytes] = []
        self.pull_after: int | None = None  # pull the card when APDU number N+1 arrives
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._fail_reads = 0
        self.pulled = threading.Event()

    # -- the citizen's hand ------------------------------------------------

    @property
    def inserted(self) -> bool:
        """True while connected to the reader."""
        return self._thread is not None and self._thread.is_alive()

    def insert(self, port: int, host: str = "127.0.0.1", timeout: float = 3.0) -> None:
        """Connect to vpcd's slot on ``port``: the card is in the reader."""
        assert not self.inserted, "card already inserted"
        self.pulled.clear()
        sock = socket.create_connection((host, port), timeout=timeout)
        sock.settimeout(None)
        self._sock = sock
        self._thread = threading.Thread(target=self._serve, args=(sock,), daemon=True)
        self._thread.start()

    def remove(self) -> None:
        """Disconnect: the card leaves the reader."""
        with self._lock:
            sock, self._sock = self._sock, None
        if sock is not None:
            _close(sock)
        if self._thread is not None:
            self._thread.join(timeout=3)
            self._thread = None

    def fail_next_read(self, times: int = 1) -> None:
        """Answer the next ``times`` READ BINARY commands with 6F 00."""
        self._fail_reads += times

    # -- the card's side ---------------------------------------------------

    def _serve(self, sock: socket.socket) -> None:
        try:
            while True:
                message = _recv_message(sock)
                if message is None:
                    return  # vpcd or pcscd went away, or remove() closed the socket
                if len(message) == 1:
                    if message[0] == CTRL_ATR:
                        _send_message(sock, self.atr)
                    elif message[0] in (CTRL_POWER_ON, CTRL_RESET):
                        self.reset()
                    continue
                if self.pull_after is not None and len(self.apdus) >= self.pull_after:
                    self.pulled.set()
                    return  # mid-read: no answer, the card is gone
                self.apdus.append(message)
                _send_message(sock, self._answer_checked(message))
        except OSError:
            return
        finally:
            with self._lock:
                if self._sock is sock:
                    self._sock = None
            _close(sock)

    def _answer_checked(self, apdu: bytes) -> bytes:
        if len(apdu) < 4:
            return SW_WRONG_LENGTH
        if apdu[1] == 0xB0 and self._fail_reads:
            self._fail_reads -= 1
            return SW_NO_DIAGNOSIS
        return self.answer(apdu)

    def reset(self) -> None:
        """Power on or reset: forget the selection."""

    def answer(self, apdu: bytes) -> bytes:
        """The response APDU (data + SW) to ``apdu``."""
        return SW_CLA_NOT_SUPPORTED if apdu[0] != 0x00 else SW_INS_NOT_SUPPORTED


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()


def _recv_exact(sock: socket.socket, size: int) -> bytes | None:
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            return None
        data += chunk
    return data


def _recv_message(sock: socket.socket) -> bytes | None:
    header = _recv_exact(sock, 2)
    if header is None:
        return None
    (size,) = struct.unpack(">H", header)
    return _recv_exact(sock, size) if size else b""


def _send_message(sock: socket.socket, payload: bytes) -> None:
    sock.sendall(struct.pack(">H", len(payload)) + payload)


# ---------------------------------------------------------------------------
# An ISO 7816-4 file system, as much as the TS-CNS reads need


@dataclass
class _Dir:
    files: dict[bytes, _Dir | bytes] = field(default_factory=dict)


class FileSystemCard(VirtualCard):
    """A card with a tree of DFs and transparent EFs under the MF (3F00).

    SELECT by file id (P1=00) looks in the current DF, then its parent (and the
    MF id always works); READ BINARY reads the selected EF at P1P2, Le bytes,
    with 6282 when the file ends first and 6B00 past its end.
    """

    def __init__(self, tree: dict[bytes, object]) -> None:
        super().__init__()
        self.mf = self._build(tree)
        self._path: list[_Dir] = [self.mf]
        self._ef: bytes | None = None

    def _build(self, tree: dict[bytes, object]) -> _Dir:
        node = _Dir()
        for fid, child in tree.items():
            node.files[fid] = self._build(child) if isinstance(child, dict) else bytes(child)  # type: ignore[arg-type]
        return node

    def reset(self) -> None:
        self._path, self._ef = [self.mf], None

    def answer(self, apdu: bytes) -> bytes:
        cla, ins, p1, p2 = apdu[:4]
        if cla != 0x00:
            return SW_CLA_NOT_SUPPORTED
        if ins == 0xA4:
            return self._select(p1, apdu[4:])
        if ins == 0xB0:
            return self._read_binary(p1, p2, apdu[4:])
        return SW_INS_NOT_SUPPORTED

    def _select(self, p1: int, body: bytes) -> bytes:
        if p1 != 0x00:
            return self.select_other(p1, body)
        if len(body) != 3 or body[0] != 2:
            return SW_WRONG_LENGTH
        fid = body[1:3]
        if fid == b"\x3f\x00":
            self._path, self._ef = [self.mf], None
            return SW_OK
        for depth in (len(self._path) - 1, len(self._path) - 2):
            if depth < 0:
                continue
            found = self._path[depth].files.get(fid)
            if isinstance(found, _Dir):
                self._path, self._ef = [*self._path[: depth + 1], found], None
                return SW_OK
            if isinstance(found, bytes):
                self._path, self._ef = self._path[: depth + 1], found
                return SW_OK
        return SW_FILE_NOT_FOUND

    def select_other(self, p1: int, body: bytes) -> bytes:
        """SELECT with another P1 (by AID...): not supported here."""
        return SW_WRONG_P1P2

    def _read_binary(self, p1: int, p2: int, body: bytes) -> bytes:
        if p1 & 0x80:
            return SW_WRONG_P1P2  # short EF ids are not modelled on the TS
        if self._ef is None:
            return SW_NO_EF_SELECTED
        if len(body) != 1:
            return SW_WRONG_LENGTH
        offset, length = (p1 << 8) | p2, body[0] or 256
        if offset >= len(self._ef) and not (offset == 0 and not self._ef):
            return SW_WRONG_OFFSET
        data = self._ef[offset : offset + length]
        return data + (SW_OK if len(data) == length else SW_END_OF_FILE)


class VirtualTesseraSanitaria(FileSystemCard):
    """A TS-CNS: MF / DF1 1100 / EF.Dati_personali 1102, DF 1000 / EF.ID_Carta 1003.

    ``dati_personali`` and ``id_carta`` are the raw EF contents (None: the file
    does not exist); corrupt or truncate them to inject faults.
    """

    atr = make_atr(b"TS-CNS virt")

    def __init__(self, dati_personali: bytes | None, id_carta: bytes | None = None) -> None:
        df1: dict[bytes, object] = {}
        if dati_personali is not None:
            df1[b"\x11\x02"] = dati_personali
        df_id: dict[bytes, object] = {}
        if id_carta is not None:
            df_id[b"\x10\x03"] = id_carta
        super().__init__({b"\x11\x00": df1, b"\x10\x00": df_id})


class VirtualCie(VirtualCard):
    """A CIE 3.0 as seen without PIN or CAN: the IAS and CIE AIDs and the NIS."""

    atr = make_atr(b"CIE virtual")

    def __init__(self, nis: str) -> None:
        super().__init__()
        self.nis = nis.encode("ascii")
        self._selected: bytes | None = None

    def reset(self) -> None:
        self._selected = None

    def answer(self, apdu: bytes) -> bytes:  # noqa: PLR0911 (one return per status word)
        cla, ins, p1, p2 = apdu[:4]
        if cla != 0x00:
            return SW_CLA_NOT_SUPPORTED
        if ins == 0xA4:
            if p1 != 0x04 or len(apdu) < 5:
                return SW_FILE_NOT_FOUND  # no ISO file system is reachable without PACE
            aid = apdu[5 : 5 + apdu[4]]
            if aid not in (IAS_AID, CIE_AID):
                return SW_FILE_NOT_FOUND
            self._selected = aid
            return SW_OK
        if ins == 0xB0:
            if self._selected != CIE_AID:
                return SW_NO_EF_SELECTED
            if p1 != 0x81 or p2 != 0x00:
                return b"\x69\x82"  # security status not satisfied: everything else needs PACE
            length = apdu[4] if len(apdu) > 4 else 0
            data = self.nis[: length or 256]
            return data + (SW_OK if len(data) == length else SW_END_OF_FILE)
        return SW_INS_NOT_SUPPORTED


class VirtualUnknownCard(VirtualCard):
    """Some other card (a bank card, a loyalty card): refuses every file we ask for."""

    atr = make_atr(b"unknown")

    def answer(self, apdu: bytes) -> bytes:
        if apdu[1] == 0xA4:
            return SW_FILE_NOT_FOUND
        return SW_INS_NOT_SUPPORTED
