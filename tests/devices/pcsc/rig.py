"""The PC/SC test rig: a real pcscd with the vpcd driver, and virtual cards.

:class:`Pcscd` runs ``pcscd --foreground`` as a child process with its own
reader.conf.d (the vpcd driver on a free TCP port pair, so nothing on 35963
is disturbed) and its log captured to a file. pcscd keeps its socket and pid
file in /run/pcscd, compiled in: only one pcscd can run on a machine, it
must run as root, and it is shared by every test (one per process, see
:meth:`Pcscd.shared`). Tests that stop it leave it running again. Test
sessions running at once on one machine take turns through a file lock
(``LOCK_PATH``, waiting up to ``SPAZIOCITTA_PCSC_LOCK_TIMEOUT`` seconds).

The rig is skipped where pcscd, the vpcd driver or pyscard are missing, or
when not root; set ``SPAZIOCITTA_REQUIRE_PCSC=1`` (CI) to fail instead.
"""

from __future__ import annotations

import asyncio
import fcntl
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from spaziocitta.devices.types import CardInfo, CardType, ReaderState

from .cardfs import encode_holder, id_carta_for
from .vcards import VirtualCard, VirtualCie, VirtualTesseraSanitaria, VirtualUnknownCard

VPCD_DRIVER = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")
PCSCD_RUN_DIR = Path("/run/pcscd")
READERS = ("Virtual PCD 00 00", "Virtual PCD 00 01")  # vpcd's two slots: port, port + 1
START_TIMEOUT = 5.0
LOCK_PATH = Path(tempfile.gettempdir()) / "spaziocitta-pcscd-rig.lock"
LOCK_TIMEOUT = float(os.environ.get("SPAZIOCITTA_PCSC_LOCK_TIMEOUT", "180"))


def rig_problem() -> str | None:
    """Why the rig cannot run here, None when it can."""
    if shutil.which("pcscd") is None:
        return "pcscd is not installed (apt-get install pcscd)"
    if not VPCD_DRIVER.exists():
        return "the vpcd driver is not installed (apt-get install vsmartcard-vpcd)"
    try:
        import smartcard.scard  # noqa: F401
    except ImportError:
        return "pyscard is not installed (pip install pyscard)"
    if os.geteuid() != 0:
        return "pcscd needs root to create /run/pcscd"
    return None


def require_rig() -> None:
    """Skip the test (or fail, with SPAZIOCITTA_REQUIRE_PCSC=1) when the rig cannot run."""
    problem = rig_problem()
    if problem is not None:
        _unavailable(problem)


def _free_port_pair() -> int:
    for _ in range(50):
        with socket.socket() as probe:
            probe.bind(("0.0.0.0", 0))
            port = probe.getsockname()[1]
        if port >= 65535:
            continue
        try:
            with socket.socket() as first, socket.socket() as second:
                first.bind(("0.0.0.0", port))
                second.bind(("0.0.0.0", port + 1))
        except OSError:
            continue
        return port
    raise RuntimeError("no free TCP port pair for vpcd")


def _take_machine_lock() -> int:
    """Wait for other test sessions on this machine to release the one pcscd slot."""
    fd = os.open(LOCK_PATH, os.O_RDWR | os.O_CREAT, 0o666)
    deadline = time.monotonic() + LOCK_TIMEOUT
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return fd  # released when the process ends, however it ends
        except BlockingIOError:
            if time.monotonic() > deadline:
                os.close(fd)
                _unavailable(f"another test session kept {LOCK_PATH} for {LOCK_TIMEOUT:.0f} s")
            time.sleep(0.2)


def _unavailable(reason: str) -> None:
    if os.environ.get("SPAZIOCITTA_REQUIRE_PCSC") == "1":
        pytest.fail(f"PC/SC rig required but unavailable: {reason}")
    pytest.skip(f"PC/SC rig unavailable: {reason}")


def _foreign_pcscd() -> int | None:
    """The pid of a pcscd we did not start, if one is running."""
    try:
        pid = int((PCSCD_RUN_DIR / "pcscd.pid").read_text().strip())
    except (OSError, ValueError):
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None  # stale files of a killed pcscd: a new one cleans them up
    except PermissionError:
        return pid
    return pid


class Pcscd:
    """One pcscd child process, restartable, with or without its vpcd readers."""

    _shared: ClassVar[Pcscd | None] = None

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.confdir = workdir / "reader.conf.d"
        self.confdir.mkdir(parents=True, exist_ok=True)
        self.port = _free_port_pair()
        self.process: subprocess.Popen[bytes] | None = None
        self.with_readers = False
        self.starts = 0
        self._lock: int | None = None

    @classmethod
    def shared(cls) -> Pcscd:
        """The process-wide rig daemon (only one pcscd may run on a machine)."""
        if cls._shared is None:
            cls._shared = cls(Path(tempfile.mkdtemp(prefix="pcscd-rig-")))
        return cls._shared

    @property
    def log_path(self) -> Path:
        """Where pcscd's own log goes."""
        return self.workdir / "pcscd.log"

    @property
    def running(self) -> bool:
        """True while the child process lives."""
        return self.process is not None and self.process.poll() is None

    def slot_port(self, slot: int) -> int:
        """The TCP port a virtual card connects to for reader ``slot`` (0 or 1)."""
        return self.port + slot

    def start(self, *, readers: bool = True) -> None:
        """Start pcscd (with the vpcd readers, or with none) and wait until it serves."""
        assert not self.running, "pcscd already running"
        if self._lock is None:
            # Only one pcscd per machine: concurrent test sessions take turns.
            self._lock = _take_machine_lock()
        foreign = _foreign_pcscd()
        if foreign is not None:
            pytest.fail(f"a pcscd the rig did not start (pid {foreign}) is running: stop it")
        config = self.confdir / "vpcd"
        if readers:
            config.write_text(
                'FRIENDLYNAME "Virtual PCD"\n'
                f"DEVICENAME /dev/null:0x{self.port:X}\n"
                f"LIBPATH {VPCD_DRIVER}\n"
                f"CHANNELID 0x{self.port:X}\n"
            )
        else:
            config.unlink(missing_ok=True)
        self.with_readers = readers
        with self.log_path.open("ab") as log:
            log.write(f"--- start {self.starts} (readers={readers})\n".encode())
            log.flush()
            self.process = subprocess.Popen(
                ["pcscd", "--foreground", "--config", str(self.confdir)],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        self.starts += 1
        self._wait_ready(READERS if readers else ())

    def stop(self, *, kill: bool = False) -> None:
        """Stop pcscd: SIGTERM (clean) or SIGKILL (a crash); waits for it to exit."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
        try:
            process.wait(timeout=3)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=3)

    def shutdown(self) -> None:
        """Stop pcscd, let other test sessions have it, remove the work directory."""
        self.stop()
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None
        shutil.rmtree(self.workdir, ignore_errors=True)
        Pcscd._shared = None

    def restart(self, *, readers: bool = True) -> None:
        """Stop and start again; vpcd drops every virtual card on the way."""
        self.stop()
        self.start(readers=readers)

    def ensure(self, *, readers: bool = True) -> None:
        """Running, with (or without) the vpcd readers, whatever a test did before."""
        if not self.running or self.with_readers != readers:
            self.restart(readers=readers)

    def log_tail(self, lines: int = 30) -> str:
        """The end of pcscd's log, for failure messages."""
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def _wait_ready(self, expected: tuple[str, ...]) -> None:
        from smartcard import scard

        deadline = time.monotonic() + START_TIMEOUT
        listed: list[str] = []
        while time.monotonic() < deadline:
            if not self.running:
                raise RuntimeError(f"pcscd exited at start:\n{self.log_tail()}")
            hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
            if hresult == scard.SCARD_S_SUCCESS:
                try:
                    hresult, found = scard.SCardListReaders(context, [])
                    listed = list(found) if hresult == scard.SCARD_S_SUCCESS else []
                finally:
                    scard.SCardReleaseContext(context)
                if tuple(listed) == expected:
                    return
            time.sleep(0.01)
        self.stop()
        raise RuntimeError(
            f"pcscd not ready: readers {listed}, wanted {expected}\n{self.log_tail()}"
        )


# ---------------------------------------------------------------------------
# Virtual cards for kiosk types


def virtual_card_for(info: CardInfo) -> VirtualCard:
    """A virtual card that reads back as ``info`` (TS-CNS, CIE or unknown)."""
    if info.card_type is CardType.TS_CNS:
        assert info.holder is not None
        number = info.holder.card_number
        return VirtualTesseraSanitaria(
            encode_holder(info.holder), id_carta_for(number) if number else None
        )
    if info.card_type is CardType.CIE:
        assert info.card_id is not None
        return VirtualCie(info.card_id)
    return VirtualUnknownCard()


class Slot:
    """One vpcd reader slot: a hand that inserts and removes virtual cards."""

    def __init__(self, daemon: Pcscd, index: int = 0) -> None:
        self.daemon = daemon
        self.index = index
        self.card: VirtualCard | None = None

    @property
    def reader(self) -> str:
        """The PC/SC name of this slot's reader."""
        return READERS[self.index]

    def insert(self, card: VirtualCard) -> VirtualCard:
        """Put ``card`` in the reader (a card already there is taken out first)."""
        self.remove()
        card.insert(self.daemon.slot_port(self.index))
        self.card = card
        return card

    def remove(self) -> None:
        """Take the card out, if any, and wait until pcscd has seen it go.

        vpcd only notices a card left when it next polls (about every 0.4 s);
        a card inserted before that would be taken for the old one, a swap no
        hand can do with a physical reader.
        """
        card, self.card = self.card, None
        if card is not None:
            card.remove()
            if self.daemon.running:
                wait_reader(self.reader, present=False)


def wait_reader(reader: str, *, present: bool, timeout: float = 3.0) -> None:
    """Block until pcscd reports a card in ``reader`` (present) or none."""
    from smartcard import scard

    hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if hresult != scard.SCARD_S_SUCCESS:
        return  # pcscd is gone: so is the card
    try:
        want = scard.SCARD_STATE_PRESENT if present else scard.SCARD_STATE_EMPTY
        known = scard.SCARD_STATE_UNAWARE
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            wait_ms = int(max(0.0, deadline - time.monotonic()) * 1000)
            hresult, states = scard.SCardGetStatusChange(context, wait_ms, [(reader, known)])
            if hresult != scard.SCARD_S_SUCCESS:
                break
            known = states[0][1] & ~scard.SCARD_STATE_CHANGED
            if known & want:
                return
        raise AssertionError(f"pcscd did not see {reader} {'full' if present else 'empty'}")
    finally:
        scard.SCardReleaseContext(context)


class PcscDriver:
    """Plays the citizen and the hardware for the contract suite, on the PC/SC rig.

    Readers cannot be unplugged from vpcd, and pcscd (1.9) does not drop a
    serial reader on a rescan, so "unplugged" means pcscd restarted with no
    reader configured; "unavailable" means pcscd stopped. A card in the slot
    stays there and is seen again when the reader comes back.
    """

    def __init__(self, device: object, daemon: Pcscd | None = None) -> None:
        self.device = device
        self.daemon = daemon or Pcscd.shared()
        self.slot = Slot(self.daemon)
        self._failures = 0  # for the next card inserted
        self._state = ReaderState.READY
        self._in_slot: VirtualCard | None = None  # physically in the slot, reader up or not

    async def insert(self, card: CardInfo) -> None:
        virtual = virtual_card_for(card)
        if self._failures:
            virtual.fail_next_read(self._failures)
            self._failures = 0
        self._in_slot = virtual
        if self._state is ReaderState.READY:
            await asyncio.to_thread(self.slot.insert, virtual)

    async def remove(self) -> None:
        self._in_slot = None
        await asyncio.to_thread(self.slot.remove)

    async def fail_next_read(self, reason: str) -> None:
        # Any reason becomes "6F 00 on the next READ BINARY": the adapter cannot
        # tell a mute card from a broken one beyond what the card answers.
        if self._in_slot is not None:
            self._in_slot.fail_next_read()
        else:
            self._failures += 1

    async def set_state(self, state: ReaderState) -> None:
        if state is self._state:
            return
        await asyncio.to_thread(self.slot.remove)  # vpcd drops the card with pcscd anyway
        if state is ReaderState.UNAVAILABLE:
            await asyncio.to_thread(self.daemon.stop)
        else:
            await asyncio.to_thread(self.daemon.restart, readers=state is ReaderState.READY)
        self._state = state
        if state is ReaderState.READY and self._in_slot is not None:
            await asyncio.to_thread(self.slot.insert, self._in_slot)

    def restore(self) -> None:
        """Back to a running pcscd with its readers and an empty slot."""
        self.slot.remove()
        self.daemon.ensure(readers=True)


# ---------------------------------------------------------------------------
# Fixtures


@pytest.fixture(scope="session")
def pcscd() -> Iterator[Pcscd]:
    """The shared pcscd, started once; stopped at the end of the session."""
    require_rig()
    daemon = Pcscd.shared()
    daemon.ensure(readers=True)
    yield daemon
    daemon.shutdown()


@pytest.fixture
def slot(pcscd: Pcscd) -> Iterator[Slot]:
    """Reader slot 0 with pcscd running; emptied (and pcscd revived) after the test."""
    pcscd.ensure(readers=True)
    hand = Slot(pcscd)
    yield hand
    hand.remove()
    pcscd.ensure(readers=True)
