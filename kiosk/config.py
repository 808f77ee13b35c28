"""Typed configuration, read from one TOML file.

Every option has a type, a default and a description here, so the file a
technician writes can only say what the code understands; an unknown key or
a bad value stops start-up with one message naming the option and the
problem. ``--config`` or ``KIOSK_CONFIG`` gives the file's path.

msgspec validates: it is strict (no silent coercion of "60" to 60) and it
imports in a few milliseconds, which matters for the kiosk's time to first
frame (pydantic took ~200 ms here).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Annotated, Literal

import msgspec

from .paths import ENV_CONFIG

LANGUAGES = ("it", "en", "fr", "es", "ar", "zh", "ro", "uk")
"""UI languages the kiosk knows how to show (the order of the language picker)."""

RTL_LANGUAGES = frozenset({"ar"})

Language = Literal["it", "en", "fr", "es", "ar", "zh", "ro", "uk"]
Adapter = Annotated[str, msgspec.Meta(pattern=r"^[a-z][a-z0-9_]*$")]


class ConfigError(Exception):
    """The configuration file cannot be used; the message says where and why."""


class _Section(msgspec.Struct, forbid_unknown_fields=True, frozen=True, kw_only=True):
    pass


class KioskSection(_Section):
    """Who this totem is and what it speaks."""

    municipality: Annotated[str, msgspec.Meta(min_length=1, max_length=80)] = (
        "Comune di Borgo Esempio"
    )
    """Shown on the attract screen until a content pack names the municipality."""
    totem_id: Annotated[str, msgspec.Meta(pattern=r"^[a-z0-9][a-z0-9-]{1,62}$")] = "demo-totem-01"
    default_language: Language = "it"
    languages: tuple[Language, ...] = LANGUAGES  # type: ignore[assignment]
    """Languages offered by the picker, in this order."""

    def __post_init__(self) -> None:
        if self.default_language not in self.languages:
            raise ValueError(f"default_language {self.default_language!r} is not in languages")


class DisplaySection(_Section):
    """The screen the totem drives."""

    orientation: Literal["portrait", "landscape"] = "portrait"
    width: Annotated[int, msgspec.Meta(ge=320, le=7680)] = 1080
    height: Annotated[int, msgspec.Meta(ge=320, le=7680)] = 1920
    dpi: Annotated[float, msgspec.Meta(ge=0, le=1000)] = 0.0
    """Physical dots per inch; 0 asks the screen (sizes in mm need it right)."""
    fullscreen: bool = True


class SessionSection(_Section):
    """How long a citizen's session may sit idle."""

    inactivity_seconds: Annotated[int, msgspec.Meta(ge=10, le=3600)] = 60
    """Seconds without input before the kiosk asks 'Ti serve altro tempo?'."""
    warning_seconds: Annotated[int, msgspec.Meta(ge=20, le=600)] = 30
    """Seconds the question stays up (WCAG 2.2.1 asks at least 20)."""


class SpeechSection(_Section):
    """Reading aloud."""

    default_volume: Annotated[float, msgspec.Meta(ge=0.0, le=1.0)] = 0.6
    """Volume every session starts at (and returns to when it ends)."""
    rate_wpm: Annotated[int, msgspec.Meta(ge=80, le=400)] = 160
    headset: bool = False
    """A personal headset is the only output: personal data may then be spoken."""


class DevicesSection(_Section):
    """Which adapter drives each device (see spaziocitta.devices.registry), and how."""

    card_reader: Adapter = "simulated"
    printer: Adapter = "simulated"
    speech: Adapter = "simulated"
    payment_terminal: Adapter = "simulated"
    barcode_scanner: Adapter = "simulated"
    card_reader_name: str = ""
    """PC/SC reader to use; empty: the first reader found."""
    printer_uri: Annotated[str, msgspec.Meta(pattern=r"^(tcp|usb|serial)://")] = (
        "tcp://127.0.0.1:9100"
    )
    """tcp://host:9100, usb://04b8:0202 (vendor:product) or serial:///dev/ttyUSB0?baudrate=19200."""
    paper_mm: Literal[58, 80] = 80
    speech_output: Annotated[str, msgspec.Meta(pattern=r"^(auto|aplay|null|file:.+)$")] = "auto"
    """Where speech is played: auto, aplay, null (silent) or file:DIR (WAV files)."""
    scanner_device: str = ""
    """The barcode scanner: a serial port (/dev/ttyACM0) for "serial", an input device
    (/dev/input/by-id/...-event-kbd) for "evdev"."""
    scanner_baudrate: Annotated[int, msgspec.Meta(ge=1200, le=921_600)] = 9600


class BackendSection(_Section):
    """The municipality's backend (API v1)."""

    url: Annotated[str, msgspec.Meta(pattern=r"^(https?://.+)?$")] = ""
    """Empty: no backend (the demo starts the reference backend on loopback itself)."""
    totem_secret: str = ""
    """The secret `kiosk-backend add-totem` printed for this totem (or provisioning wrote)."""
    ca_bundle: str = ""
    """A PEM file of the CA that signs the backend's certificate; empty: the system's CAs."""
    timeout_seconds: Annotated[float, msgspec.Meta(gt=0, le=120)] = 10.0
    heartbeat_seconds: Annotated[int, msgspec.Meta(ge=10, le=86_400)] = 300
    content_check_seconds: Annotated[int, msgspec.Meta(ge=60, le=604_800)] = 3600
    tracking_url: Annotated[str, msgspec.Meta(pattern=r"^(https?://.+)?$")] = ""
    """The public page where a citizen follows a request (the receipt's QR code);
    "{receipt}" is replaced by the receipt number. Empty: the backend's /track page."""


class LoggingSection(_Section):
    """Log files."""

    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    max_bytes: Annotated[int, msgspec.Meta(ge=10_000)] = 5_000_000
    backups: Annotated[int, msgspec.Meta(ge=1, le=100)] = 5


Corner = Literal["top-left", "top-right", "bottom-left", "bottom-right"]


class MaintenanceSection(_Section):
    """The technicians' maintenance mode: how it is entered, guarded and left."""

    pin_hash: str = ""
    """The PIN's salted scrypt hash, written by `kiosk maintenance set-pin` (never the PIN).
    Empty: no PIN set, and maintenance cannot be entered from the touchscreen."""
    max_attempts: Annotated[int, msgspec.Meta(ge=1, le=20)] = 5
    """Wrong PINs in a row before entry locks."""
    lockout_base_seconds: Annotated[int, msgspec.Meta(ge=1, le=3600)] = 30
    """The first lockout; each further one doubles, up to lockout_max_seconds."""
    lockout_max_seconds: Annotated[int, msgspec.Meta(ge=1, le=86_400)] = 3600
    idle_exit_seconds: Annotated[int, msgspec.Meta(ge=15, le=3600)] = 120
    """Seconds without input before maintenance closes and the kiosk returns to attract."""
    pin_pad_seconds: Annotated[int, msgspec.Meta(ge=5, le=300)] = 30
    """Seconds an untouched PIN pad stays up (it must not linger before citizens)."""
    allow_exit_kiosk: bool = False
    """Offer "exit kiosk" in maintenance (otherwise nothing leaves the kiosk)."""
    entry_taps: Annotated[int, msgspec.Meta(ge=3, le=12)] = 5
    """Taps in the entry corner that open the PIN pad..."""
    entry_window_seconds: Annotated[float, msgspec.Meta(ge=1.0, le=10.0)] = 3.0
    """...all within this many seconds."""
    entry_corner: Corner = "top-left"
    entry_corner_fraction: Annotated[float, msgspec.Meta(gt=0.0, le=0.25)] = 0.08
    """Side of the entry corner's square, as a fraction of the screen's shorter side."""
    entry_key_combo: Annotated[
        str, msgspec.Meta(pattern=r"^((Ctrl|Alt|Shift|Meta)\+)*[A-Za-z0-9]+$|^$")
    ] = ""
    """A key combination (Qt's text form, e.g. "Ctrl+Alt+Shift+M") that opens the PIN pad
    from a keyboard; empty: none."""

    def __post_init__(self) -> None:
        if self.pin_hash:
            from .maintenance.pin import PinFormatError, PinHash  # only when there is one

            try:
                PinHash.parse(self.pin_hash)
            except PinFormatError as exc:
                raise ValueError(f"pin_hash: {exc}") from None
        if self.lockout_max_seconds < self.lockout_base_seconds:
            raise ValueError("lockout_max_seconds is below lockout_base_seconds")


_WINDOW = r"^(([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-3]):[0-5][0-9])?$"
"""An update window, "HH:MM-HH:MM", or empty (as RemoteConfig.update_window)."""


class UpdatesSection(_Section):
    """Fleet updates: the TUF repository releases come from, and the root of trust for it."""

    repository_url: Annotated[str, msgspec.Meta(pattern=r"^(https?://.+)?$")] = ""
    """Base URL of the update repository (TUF metadata and targets); empty: no updates."""
    trusted_root: str = ""
    """The repository's root.json that provisioning installed (`kiosk provision --tuf-root`):
    the only keys trusted before the first update. Empty: no updates."""
    app_root: str = "/opt/spaziocitta-kiosk"
    """Where versions are installed side by side, with the `current` and `previous` links."""
    service: Annotated[str, msgspec.Meta(pattern=r"^[A-Za-z0-9@._-]+\.service$")] = (
        "spaziocitta-kiosk.service"
    )
    """The systemd unit restarted and watched after switching to a new version."""
    max_download_mb: Annotated[int, msgspec.Meta(ge=1, le=20_000)] = 2048
    """A release larger than this is refused before downloading."""
    idle_seconds: Annotated[int, msgspec.Meta(ge=0, le=86_400)] = 120
    """Install only after the kiosk has been without a citizen for this long."""
    maintenance_window: Annotated[str, msgspec.Meta(pattern=_WINDOW)] = ""
    """"HH:MM-HH:MM" (local time): install only then. The remote configuration's window wins."""
    ready_timeout_seconds: Annotated[int, msgspec.Meta(ge=5, le=3600)] = 120
    """A new version must show its first frame (systemd READY) within this."""
    healthy_seconds: Annotated[int, msgspec.Meta(ge=0, le=86_400)] = 120
    """…and stay up, without a crash or a watchdog restart, for this long; else rollback."""


class KioskConfig(_Section):
    """The whole configuration; every section may be left out."""

    kiosk: KioskSection = KioskSection()
    display: DisplaySection = DisplaySection()
    session: SessionSection = SessionSection()
    speech: SpeechSection = SpeechSection()
    devices: DevicesSection = DevicesSection()
    backend: BackendSection = BackendSection()
    logging: LoggingSection = LoggingSection()
    maintenance: MaintenanceSection = MaintenanceSection()
    updates: UpdatesSection = UpdatesSection()


_AT = re.compile(r"^(?P<problem>.*?)(?: - at `\$(?P<path>[^`]*)`)?$", re.DOTALL)
_UNKNOWN = re.compile(r"Object contains unknown field `(?P<field>[^`]+)`")


def _given(data: object, path: str) -> str:
    """' (got VALUE)' for the value at a dotted path, when it is a plain value."""
    for part in filter(None, re.split(r"\.|\[(\d+)\]", path)):
        if isinstance(data, dict):
            data = data.get(part)
        elif isinstance(data, list) and part.isdigit() and int(part) < len(data):
            data = data[int(part)]
        else:
            return ""
    return "" if data is None or isinstance(data, dict | list) else f" (got {data!r})"


def _describe(error: msgspec.ValidationError, data: object, source: str) -> str:
    match = _AT.match(str(error))
    assert match is not None
    problem, path = match["problem"], (match["path"] or "").lstrip(".")
    unknown = _UNKNOWN.match(problem)
    if unknown:
        path = f"{path}.{unknown['field']}" if path else unknown["field"]
        problem = "unknown option (check the spelling against the documented options)"
    return f"{source}: option '{path or '(top level)'}': {problem}{_given(data, path)}"


def load_config(path: str | os.PathLike[str] | None = None) -> KioskConfig:
    """Read and validate the configuration; no file anywhere means all defaults.

    Raises ConfigError with a one-line message for the technician.
    """
    chosen = path or os.environ.get(ENV_CONFIG)
    if not chosen:
        return KioskConfig()
    import tomllib  # only when there is a file to read (start-up time)

    file = Path(chosen)
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{file}: configuration file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{file}: cannot read the configuration file: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{file}: not valid TOML: {exc}") from None
    return parse_config(data, source=str(file))


def parse_config(data: dict[str, object], source: str = "config") -> KioskConfig:
    """Validate an already parsed TOML document."""
    try:
        return msgspec.convert(data, KioskConfig)
    except msgspec.ValidationError as exc:
        raise ConfigError(_describe(exc, data, source)) from None
