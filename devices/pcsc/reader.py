"""PcscCardReader: the CardReader port over PC/SC (pcscd + pyscard).

Threads: every pyscard call runs on one dedicated single-thread executor (as
Electrum's ``hwd_comms_thread``), owned by :class:`_Worker`. The watcher is
an asyncio task on the kiosk's loop that asks the worker, one bounded step at
a time, to wait for a change (``SCardGetStatusChange``, at most
``poll_interval`` seconds) and to read a new card. Results come back through
the executor's future, so events are published on the loop's thread; no
pyscard callback thread exists (pyscard's CardMonitor dies silently when
pcscd goes away and never reports a card present at start).

Supervision: when pcscd is gone the context is dropped and re-established
with exponential backoff. A card in the reader is reported removed at once;
the state turns UNAVAILABLE only if pcscd is still gone after
``service_grace`` seconds, so a pcscd restart (package upgrade, systemd
socket activation) does not flash "lettore non disponibile" on the screen.

Personal data never reaches a log line: CardInfo's repr masks it and error
messages from :mod:`~spaziocitta.devices.pcsc.cards` carry none.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import suppress
from dataclasses import dataclass
from typing import ClassVar, TypeVar

from spaziocitta.devices.pcsc.cards import CardDataError
from spaziocitta.devices.pcsc.identify import identify
from spaziocitta.devices.pcsc.session import (
    CardGone,
    CardNotAnswering,
    PcscError,
    PcscSession,
    ReaderLost,
    ReaderStatus,
    ServiceLost,
)
from spaziocitta.devices.ports import Publish
from spaziocitta.devices.types import (
    CardInfo,
    CardInserted,
    CardReaderStateChanged,
    CardReadFailed,
    CardRemoved,
    DeviceError,
    DeviceHealth,
    DeviceUnavailable,
    ReaderState,
)

log = logging.getLogger(__name__)

T = TypeVar("T")

FIRST_BACKOFF = 0.1  # seconds before the first reconnection attempt

REASON_REMOVED = "The card was removed while it was being read."
REASON_MUTE = "The card does not answer."
REASON_SERVICE = "The card reader service stopped while reading the card."


@dataclass(frozen=True)
class _Observation:
    """What one watcher step saw: the reader in use (None: none) and its status."""

    reader: str | None
    status: ReaderStatus | None


class _Worker:
    """Everything that touches pyscard; used only on the adapter's PC/SC thread."""

    def __init__(self, reader: str | None) -> None:
        self.session = PcscSession()  # imports pyscard: DeviceUnavailable without it
        self.wanted = reader
        self.watched: str | None = None

    def pick(self, readers: list[str]) -> str | None:
        """The reader to use: the configured one (exact name, else prefix) or the first."""
        if self.watched in readers and self._matches(self.watched):
            return self.watched  # stay on the same reader while it is there
        if self.wanted is None:
            return readers[0] if readers else None
        if self.wanted in readers:
            return self.wanted
        return next((name for name in readers if name.startswith(self.wanted)), None)

    def _matches(self, name: str | None) -> bool:
        return name is not None and (self.wanted is None or name.startswith(self.wanted))

    def observe(self, timeout: float) -> _Observation:
        """Wait up to ``timeout`` s for a change; return the reader and its status."""
        try:
            self.session.establish()
            self.watched = self.pick(self.session.readers())
            status = self.session.wait_change(self.watched, timeout)
        except (ServiceLost, ReaderLost):
            raise
        except PcscError:
            self.session.release()  # start afresh: an odd failure may be this context's
            raise
        return _Observation(self.watched, status)

    def read(self, reader: str) -> CardInfo:
        """Connect to the card in ``reader`` and read it; CardGone when there is none."""
        self.session.establish()
        with self.session.connect(reader) as channel:
            info = identify(channel.transmit)
            log.debug("read %s in %d APDUs", info.card_type.value, channel.count)
            return info

    def release(self) -> None:
        """Drop the PC/SC context."""
        self.session.release()


class PcscCardReader:
    """A PC/SC smart-card reader reading TS-CNS and CIE 3.0 without PIN.

    ``reader`` names the reader to use (exact name, or a prefix such as "ACS
    ACR39U"; None: the first one pcscd lists). ``poll_interval`` bounds how
    long one wait holds the PC/SC thread, hence how long ``read_card`` and
    ``close`` may wait for it; changes themselves are reported by pcscd at
    once. ``service_grace`` and ``max_backoff`` tune the supervision.
    """

    kind: ClassVar[str] = "card_reader"
    adapter: str = "pcsc"

    def __init__(
        self,
        publish: Publish,
        *,
        reader: str | None = None,
        poll_interval: float = 0.5,
        service_grace: float = 1.0,
        max_backoff: float = 2.0,
    ) -> None:
        if poll_interval <= 0 or service_grace < 0 or max_backoff < FIRST_BACKOFF:
            raise ValueError(
                "poll_interval must be positive, service_grace not negative, "
                f"max_backoff at least {FIRST_BACKOFF}"
            )
        self._publish = publish
        self._wanted = reader
        self._poll_interval = poll_interval
        self._grace = service_grace
        self._max_backoff = max_backoff
        self._started = False
        self._closed = False
        self._state = ReaderState.UNAVAILABLE
        self._detail = "not started"
        self._reader_name: str | None = None
        self._counter: int | None = None  # event counter of the card in the reader
        self._executor: ThreadPoolExecutor | None = None
        self._worker: _Worker | None = None
        self._task: asyncio.Task[None] | None = None
        self._lost_since: float | None = None
        self._backoff = FIRST_BACKOFF
        self._quiet = False  # during start(): set the state without announcing it

    # -- the port ----------------------------------------------------------

    @property
    def state(self) -> ReaderState:
        """The reader's current state."""
        return self._state

    @property
    def reader_name(self) -> str | None:
        """The PC/SC name of the reader in use, None when there is none."""
        return self._reader_name

    async def start(self) -> None:
        """Connect to pcscd, announce a card already present, start watching."""
        if self._started:
            return
        if self._closed:
            raise DeviceUnavailable("card reader is closed")
        self._started = True
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pcsc")
        try:
            self._worker = await self._call(_Worker, self._wanted)
        except DeviceUnavailable as exc:
            # A kiosk without pyscard still runs; maintenance shows why the reader does not.
            log.error("PC/SC card reader unavailable: %s", exc)
            self._detail = str(exc)
            return
        self._quiet = True
        try:
            await self._step(0.0)  # the state and the card as they are now
        finally:
            self._quiet = False
        self._task = asyncio.create_task(self._watch(), name="pcsc-card-reader")

    async def close(self) -> None:
        """Stop watching and release the context; the reader publishes nothing more."""
        if self._closed:
            return
        self._closed = True
        if self._task is not None:
            self._task.cancel()
            with suppress(asyncio.CancelledError):
                await self._task
        if self._executor is not None:
            if self._worker is not None:
                # Queued behind a wait in progress: at most poll_interval.
                with suppress(Exception):
                    await self._call(self._worker.release)
            self._executor.shutdown(wait=False)

    async def health(self) -> DeviceHealth:
        """The state as last observed; never touches pcscd, so never blocks."""
        if not self._started or self._closed:
            detail = "closed" if self._closed else "not started"
            return DeviceHealth(self.kind, self.adapter, ok=None, detail=detail)
        return DeviceHealth(
            self.kind, self.adapter, ok=self._state is ReaderState.READY, detail=self._detail
        )

    async def read_card(self) -> CardInfo | None:
        """Read the card now in the reader afresh; None when the reader is empty."""
        if not self._started or self._closed or self._worker is None:
            raise DeviceUnavailable(f"card reader is {'closed' if self._closed else 'not started'}")
        if self._state is not ReaderState.READY or self._reader_name is None:
            raise DeviceUnavailable(f"card reader {self._state.value}")
        try:
            return await self._call(self._worker.read, self._reader_name)
        except CardGone:
            return None
        except (ServiceLost, ReaderLost) as exc:
            raise DeviceUnavailable(
                str(exc), user_message="The card reader is not available."
            ) from None
        except (CardDataError, CardNotAnswering):
            raise
        except DeviceError as exc:
            raise DeviceError(str(exc), user_message="The card cannot be read.") from None

    # -- the watcher -------------------------------------------------------

    async def _watch(self) -> None:
        while True:
            try:
                delay = await self._step(self._poll_interval)
            except Exception:  # supervision: an unexpected failure must not end watching
                log.exception("PC/SC watcher step failed")
                delay = self._next_backoff()
            if delay:
                await asyncio.sleep(delay)

    async def _step(self, timeout: float) -> float:
        """One observation and what follows from it; returns how long to pause."""
        assert self._worker is not None
        try:
            seen = await self._call(self._worker.observe, timeout)
        except ReaderLost as exc:
            log.info("reader lost: %s", exc)  # unplugged mid-wait: the next step lists again
            self._card_left()
            return FIRST_BACKOFF
        except PcscError as exc:  # ServiceLost, or a failure no retry on this context fixes
            return self._service_lost(exc)
        if self._lost_since is not None:
            log.info("PC/SC service is back")
        self._lost_since, self._backoff = None, FIRST_BACKOFF
        if seen.reader is None:
            self._card_left()
            self._reader_name = None
            self._set_state(ReaderState.NO_READER, "no card reader attached")
            return 0.0
        if seen.reader != self._reader_name:
            self._card_left()
            self._reader_name = seen.reader
        self._set_state(ReaderState.READY, f"ready: {seen.reader}")
        status = seen.status
        if status is None or not status.present:
            self._card_left()
        elif status.counter != self._counter:
            self._card_left()  # swapped between two looks: the old card left first
            self._counter = status.counter
            await self._announce(seen.reader, status)
        return 0.0

    async def _announce(self, reader: str, status: ReaderStatus) -> None:
        assert self._worker is not None
        if status.mute:
            self._emit(CardReadFailed(reader, REASON_MUTE))
            return
        try:
            info = await self._call(self._worker.read, reader)
        except CardGone:
            log.info("card removed mid-read in %s", reader)
            self._emit(CardReadFailed(reader, REASON_REMOVED))
        except CardDataError as exc:
            log.warning("card in %s unreadable: %s", reader, exc)
            self._emit(CardReadFailed(reader, f"{exc.user_message} ({exc})"))
        except CardNotAnswering as exc:
            log.warning("card in %s not answering: %s", reader, exc)
            self._emit(CardReadFailed(reader, REASON_MUTE))
        except ServiceLost:
            self._emit(CardReadFailed(reader, REASON_SERVICE))
        except DeviceError as exc:
            log.warning("card in %s: %s", reader, exc)
            self._emit(CardReadFailed(reader, f"The card cannot be read. ({exc})"))
        else:
            log.info("card inserted in %s: %r", reader, info)
            self._emit(CardInserted(reader, info))

    def _card_left(self) -> None:
        if self._counter is None:
            return
        self._counter = None
        if self._reader_name is not None:
            self._emit(CardRemoved(self._reader_name))

    def _service_lost(self, exc: Exception) -> float:
        loop = asyncio.get_running_loop()
        now = loop.time()
        self._card_left()  # the card's handles died with the context
        if self._lost_since is None:
            log.warning("PC/SC service lost: %s", exc)
            # Nothing to debounce at start-up: say at once that there is no service.
            self._lost_since = now - self._grace if self._quiet else now
        deadline = self._lost_since + self._grace
        if now >= deadline:
            self._reader_name = None
            self._set_state(ReaderState.UNAVAILABLE, f"PC/SC service (pcscd) not running: {exc}")
            return self._next_backoff()
        return min(self._next_backoff(), deadline - now)  # look again when the grace ends

    def _next_backoff(self) -> float:
        delay = self._backoff
        self._backoff = min(self._backoff * 2, self._max_backoff)
        return delay

    # -- plumbing ----------------------------------------------------------

    def _set_state(self, state: ReaderState, detail: str) -> None:
        self._detail = detail
        if state is self._state:
            return
        log.info("card reader %s: %s", state.value, detail)
        self._state = state
        if not self._quiet:
            self._emit(CardReaderStateChanged(state))

    def _emit(self, event: object) -> None:
        # A closed reader is silent, even if a step was still finishing.
        if self._started and not self._closed:
            self._publish(event)

    async def _call(self, function: Callable[..., T], *args: object) -> T:
        assert self._executor is not None
        return await asyncio.get_running_loop().run_in_executor(self._executor, function, *args)
