"""A USB HID ("keyboard wedge") scanner read through evdev, with the device grabbed.

A HID scanner types its codes as key presses. Read as a keyboard, a scan
would land in whatever text field has the focus; so the adapter opens the
scanner's own ``/dev/input/event*`` node and *grabs* it (EVIOCGRAB): its key
events reach only us. :class:`KeyDecoder` turns the key events back into
text, pure Python, so it is tested without a device; python-evdev is imported
only by :class:`EvdevBarcodeScanner`.

Scanners emulate a US keyboard by default (configure them so): the layout
table below is the US one. A key the table does not know is kept as U+FFFD,
so the notice parser refuses the code rather than reading a wrong one.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import Any

from spaziocitta.devices.ports import Publish

from ._common import ScannerBase

log = logging.getLogger(__name__)

# Linux input event codes (include/uapi/linux/input-event-codes.h).
EV_KEY = 1
KEY_ENTER, KEY_KPENTER, KEY_TAB = 28, 96, 15
KEY_LEFTSHIFT, KEY_RIGHTSHIFT, KEY_CAPSLOCK = 42, 54, 58
_MODIFIERS = {29, 56, 97, 100, 125, 126}  # ctrl, alt, meta: ignored
_KEY_UP, _KEY_DOWN, _KEY_REPEAT = 0, 1, 2

# code -> (plain, shifted), US layout.
US_LAYOUT: dict[int, tuple[str, str]] = {
    2: ("1", "!"), 3: ("2", "@"), 4: ("3", "#"), 5: ("4", "$"), 6: ("5", "%"),
    7: ("6", "^"), 8: ("7", "&"), 9: ("8", "*"), 10: ("9", "("), 11: ("0", ")"),
    12: ("-", "_"), 13: ("=", "+"),
    16: ("q", "Q"), 17: ("w", "W"), 18: ("e", "E"), 19: ("r", "R"), 20: ("t", "T"),
    21: ("y", "Y"), 22: ("u", "U"), 23: ("i", "I"), 24: ("o", "O"), 25: ("p", "P"),
    26: ("[", "{"), 27: ("]", "}"),
    30: ("a", "A"), 31: ("s", "S"), 32: ("d", "D"), 33: ("f", "F"), 34: ("g", "G"),
    35: ("h", "H"), 36: ("j", "J"), 37: ("k", "K"), 38: ("l", "L"), 39: (";", ":"),
    40: ("'", '"'), 41: ("`", "~"), 43: ("\\", "|"),
    44: ("z", "Z"), 45: ("x", "X"), 46: ("c", "C"), 47: ("v", "V"), 48: ("b", "B"),
    49: ("n", "N"), 50: ("m", "M"), 51: (",", "<"), 52: (".", ">"), 53: ("/", "?"),
    57: (" ", " "),
    55: ("*", "*"), 71: ("7", "7"), 72: ("8", "8"), 73: ("9", "9"), 74: ("-", "-"),
    75: ("4", "4"), 76: ("5", "5"), 77: ("6", "6"), 78: ("+", "+"), 79: ("1", "1"),
    80: ("2", "2"), 81: ("3", "3"), 82: ("0", "0"), 83: (".", "."), 98: ("/", "/"),
}  # fmt: skip
LAYOUTS = {"us": US_LAYOUT}


class KeyDecoder:
    """Key events in, scanned codes out: ``feed`` returns a code when Enter ends it."""

    def __init__(self, layout: str = "us", max_length: int = 1024) -> None:
        if layout not in LAYOUTS:
            raise ValueError(f"unknown keyboard layout {layout!r}; known: {', '.join(LAYOUTS)}")
        self.table = LAYOUTS[layout]
        self.max_length = max_length
        self._shift: set[int] = set()
        self._caps = False
        self._chars: list[str] = []
        self._overlong = False
        self.overlong = 0

    def feed(self, code: int, value: int) -> str | None:
        """One EV_KEY event (value 1 down, 0 up, 2 autorepeat)."""
        if code in (KEY_LEFTSHIFT, KEY_RIGHTSHIFT):
            if value == _KEY_UP:
                self._shift.discard(code)
            else:
                self._shift.add(code)
            return None
        if value == _KEY_UP or code in _MODIFIERS:
            return None
        if code == KEY_CAPSLOCK:
            if value == _KEY_DOWN:
                self._caps = not self._caps
            return None
        if code in (KEY_ENTER, KEY_KPENTER):
            return self._end()
        if len(self._chars) >= self.max_length:
            self._overlong = True
            return None
        plain, shifted = self.table.get(code, ("\ufffd", "\ufffd"))
        upper = bool(self._shift) != (self._caps and plain.isalpha())
        self._chars.append(shifted if upper else plain)
        return None

    def _end(self) -> str | None:
        text, overlong = "".join(self._chars), self._overlong
        self._chars, self._overlong = [], False
        if overlong:
            self.overlong += 1
            return None
        return text or None


Opener = Callable[[str], Any]


def _evdev_open(path: str) -> Any:
    import evdev  # python-evdev, Linux only

    return evdev.InputDevice(path)


class EvdevBarcodeScanner(ScannerBase):
    """A HID scanner through evdev (``adapter = "evdev"``), its input device grabbed."""

    adapter = "evdev"

    def __init__(
        self,
        publish: Publish,
        *,
        device: str,
        layout: str = "us",
        grab: bool = True,
        aim_ids: bool = False,
        symbology: str = "unknown",
        max_length: int = 1024,
        reopen_seconds: float = 2.0,
        opener: Opener | None = None,
    ) -> None:
        super().__init__(publish, aim_ids=aim_ids, symbology=symbology)
        self.device = device
        self.grab = grab
        self.reopen_seconds = reopen_seconds
        self.decoder = KeyDecoder(layout, max_length)
        self._open = opener or _evdev_open
        self._task: asyncio.Task[None] | None = None
        self._input: Any = None

    async def start(self) -> None:
        """Start reading (in a task on the loop: evdev reads its fd without a thread)."""
        if not self._check_startable():
            return
        self.started = True
        self._task = asyncio.get_running_loop().create_task(self._run(), name="scanner-evdev")

    async def close(self) -> None:
        """Stop reading, release the grab."""
        if self.closed:
            return
        self.closed = True
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self._release()

    async def _run(self) -> None:
        while not self.closed:
            try:
                self._input = self._open(self.device)
                if self.grab:
                    self._input.grab()  # scans no longer reach the focused text field
                self.connected, self.detail = True, f"{self.device} grabbed"
                async for event in self._input.async_read_loop():
                    if event.type == EV_KEY:
                        text = self.decoder.feed(event.code, event.value)
                        if text is not None:
                            self._deliver(text)
            except OSError as exc:  # unplugged, or no permission on the node
                self.connected, self.detail = False, f"{self.device}: {exc}"
            self._release()
            await asyncio.sleep(self.reopen_seconds)

    def _release(self) -> None:
        device, self._input = self._input, None
        if device is None:
            return
        with contextlib.suppress(OSError):
            if self.grab:
                device.ungrab()
        with contextlib.suppress(OSError):
            device.close()
