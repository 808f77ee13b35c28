"""A simulated text-to-speech output that takes time to talk but makes no sound."""

from __future__ import annotations

import asyncio
import math
import re
from typing import ClassVar

from spaziocitta.devices.ports import Publish, withheld_phrase
from spaziocitta.devices.simulated._base import SimulatedDevice
from spaziocitta.devices.types import SpeechStateChanged

_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+")


class SimulatedSpeech(SimulatedDevice):
    """Speech output that records what it was asked to say.

    ``spoken`` holds every ``(text, lang)`` accepted for output, after the
    private-data rule (private text on the loudspeaker is replaced by the
    withheld phrase, so it never appears here). Text is said sentence by
    sentence, as the real adapter synthesises it; ``queue`` holds the
    sentences still to say, each taking ``len / chars_per_second`` seconds.
    """

    kind: ClassVar[str] = "speech"

    def __init__(
        self,
        publish: Publish,
        *,
        headset: bool = False,
        volume: float = 0.5,
        chars_per_second: float = 2000.0,
    ) -> None:
        super().__init__(publish)
        self._headset = headset
        self._volume = 0.0
        self.set_volume(volume)
        self.chars_per_second = chars_per_second
        self.spoken: list[tuple[str, str]] = []
        self.withheld = 0  # private texts refused on the loudspeaker
        self._queue: list[str] = []
        self._current: str | None = None
        self._task: asyncio.Task[None] | None = None
        self._idle = asyncio.Event()
        self._idle.set()

    @property
    def headset(self) -> bool:
        """True when output goes to a personal headset."""
        return self._headset

    @property
    def speaking(self) -> bool:
        """True while a sentence is being said or queued."""
        return not self._idle.is_set()

    @property
    def queue(self) -> tuple[str, ...]:
        """Sentences still to be said, the current one excluded."""
        return tuple(self._queue)

    @property
    def volume(self) -> float:
        """Output volume, 0.0 to 1.0."""
        return self._volume

    def set_volume(self, volume: float) -> None:
        """Set the volume, clamped to 0.0..1.0; NaN is refused."""
        if math.isnan(volume):
            raise ValueError("volume must be a number")
        self._volume = min(1.0, max(0.0, float(volume)))

    async def speak(self, text: str, lang: str, *, private: bool = False) -> None:
        """Replace what is being said with ``text``; return at once."""
        self._require_open()
        if private and not self._headset:
            self.withheld += 1
            text = withheld_phrase(lang)
        sentences = [s for s in _SENTENCE_END.split(text.strip()) if s]
        self._cancel_task()
        self._queue = sentences
        if not sentences:
            self._set_idle()
            return
        self.spoken.append((text, lang))
        if self._idle.is_set():
            self._idle.clear()
            self._emit(SpeechStateChanged(speaking=True))
        self._task = asyncio.get_running_loop().create_task(self._talk())

    def stop(self) -> None:
        """Stop at once and drop the queue."""
        self._cancel_task()
        self._queue.clear()
        self._set_idle()

    async def wait_idle(self) -> None:
        """Return when nothing is being said or queued."""
        await self._idle.wait()

    async def _talk(self) -> None:
        while self._queue:
            self._current = self._queue.pop(0)
            await asyncio.sleep(len(self._current) / self.chars_per_second)
        self._current = None
        self._task = None
        self._set_idle()

    def _cancel_task(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._current = None

    def _set_idle(self) -> None:
        if not self._idle.is_set():
            self._idle.set()
            self._emit(SpeechStateChanged(speaking=False))

    async def _on_close(self) -> None:
        self.stop()
