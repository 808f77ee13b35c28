"""Adapters by kind and name, as chosen in the kiosk's configuration.

A plain dict: ``ADAPTERS[kind][name]`` is a factory called as
``factory(publish=..., **options)``. A real adapter whose library may be
missing (pyscard, python-escpos) registers a small function that imports the
library inside, so a kiosk without it still starts on simulators.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from typing import Literal, overload

from spaziocitta.devices.ports import (
    PORTS,
    BarcodeScanner,
    CardReader,
    PaymentTerminal,
    Publish,
    ReceiptPrinter,
    SpeechOutput,
)
from spaziocitta.devices.simulated import (
    SimulatedBarcodeScanner,
    SimulatedCardReader,
    SimulatedPaymentTerminal,
    SimulatedReceiptPrinter,
    SimulatedSpeech,
)


def _escpos_printer(
    *,
    publish: Publish,
    uri: str,
    paper_mm: int = 80,
    municipality: str = "",
    logo_path: str | None = None,
    code_page: str = "cp858",
    poll_interval: float = 5.0,
    confirm_jobs: bool = True,
) -> ReceiptPrinter:
    """An ESC/POS printer over TCP, USB or serial (imported only when configured)."""
    from spaziocitta.devices.escpos.printer import EscposPrinter

    return EscposPrinter(
        publish,
        uri=uri,
        paper_mm=paper_mm,
        municipality=municipality,
        logo_path=logo_path,
        code_page=code_page,
        poll_interval=poll_interval,
        confirm_jobs=confirm_jobs,
    )


def _espeak_speech(
    *,
    publish: Publish,
    headset: bool = False,
    volume: float = 0.6,
    rate_wpm: int = 160,
    output: str = "auto",
    engine: str = "auto",
    espeak_binary: str = "espeak-ng",
    lookahead: int = 2,
    max_sentence_chars: int = 160,
    synth_timeout: float = 10.0,
) -> SpeechOutput:
    """Speech through espeak-ng (pyttsx3 in a worker process), imported only when configured."""
    from spaziocitta.devices.speech import EspeakSpeech

    return EspeakSpeech(
        publish,
        headset=headset,
        volume=volume,
        rate_wpm=rate_wpm,
        output=output,
        engine=engine,
        espeak_binary=espeak_binary,
        lookahead=lookahead,
        max_sentence_chars=max_sentence_chars,
        synth_timeout=synth_timeout,
    )


def _pcsc_card_reader(
    *,
    publish: Publish,
    reader: str | None = None,
    poll_interval: float = 0.5,
    service_grace: float = 1.0,
    max_backoff: float = 2.0,
) -> CardReader:
    """A PC/SC smart-card reader through pcscd and pyscard (imported only when configured)."""
    from spaziocitta.devices.pcsc import PcscCardReader

    return PcscCardReader(
        publish,
        reader=reader,
        poll_interval=poll_interval,
        service_grace=service_grace,
        max_backoff=max_backoff,
    )


def _serial_scanner(
    *,
    publish: Publish,
    port: str,
    baudrate: int = 9600,
    encoding: str = "utf-8",
    aim_ids: bool = False,
    symbology: str = "unknown",
    max_length: int = 1024,
    idle_seconds: float = 0.3,
    reopen_seconds: float = 2.0,
) -> BarcodeScanner:
    """A serial (USB CDC-ACM or RS-232) scanner through pyserial (imported only when configured)."""
    from spaziocitta.devices.scanner.serial_scanner import SerialBarcodeScanner

    return SerialBarcodeScanner(
        publish,
        port=port,
        baudrate=baudrate,
        encoding=encoding,
        aim_ids=aim_ids,
        symbology=symbology,
        max_length=max_length,
        idle_seconds=idle_seconds,
        reopen_seconds=reopen_seconds,
    )


def _evdev_scanner(
    *,
    publish: Publish,
    device: str,
    layout: str = "us",
    grab: bool = True,
    aim_ids: bool = False,
    symbology: str = "unknown",
    max_length: int = 1024,
    reopen_seconds: float = 2.0,
) -> BarcodeScanner:
    """A USB HID scanner read through evdev, grabbed (python-evdev imported when started)."""
    from spaziocitta.devices.scanner.hid import EvdevBarcodeScanner

    return EvdevBarcodeScanner(
        publish,
        device=device,
        layout=layout,
        grab=grab,
        aim_ids=aim_ids,
        symbology=symbology,
        max_length=max_length,
        reopen_seconds=reopen_seconds,
    )


ADAPTERS: dict[str, dict[str, Callable[..., object]]] = {
    "card_reader": {"simulated": SimulatedCardReader, "pcsc": _pcsc_card_reader},
    "printer": {"simulated": SimulatedReceiptPrinter, "escpos": _escpos_printer},
    "speech": {"simulated": SimulatedSpeech, "espeak": _espeak_speech},
    "payment_terminal": {"simulated": SimulatedPaymentTerminal},
    "barcode_scanner": {
        "simulated": SimulatedBarcodeScanner,
        "serial": _serial_scanner,
        "evdev": _evdev_scanner,
    },
}

KINDS: tuple[str, ...] = tuple(ADAPTERS)


class UnknownAdapter(ValueError):
    """The configuration names a device kind or adapter that does not exist."""


class InvalidAdapterOptions(ValueError):
    """The configuration gives an adapter options it does not take."""


@overload
def create(
    kind: Literal["card_reader"],
    name: str,
    *,
    publish: Publish,
    options: Mapping[str, object] | None = None,
) -> CardReader: ...
@overload
def create(
    kind: Literal["printer"],
    name: str,
    *,
    publish: Publish,
    options: Mapping[str, object] | None = None,
) -> ReceiptPrinter: ...
@overload
def create(
    kind: Literal["speech"],
    name: str,
    *,
    publish: Publish,
    options: Mapping[str, object] | None = None,
) -> SpeechOutput: ...
@overload
def create(
    kind: Literal["payment_terminal"],
    name: str,
    *,
    publish: Publish,
    options: Mapping[str, object] | None = None,
) -> PaymentTerminal: ...
@overload
def create(
    kind: Literal["barcode_scanner"],
    name: str,
    *,
    publish: Publish,
    options: Mapping[str, object] | None = None,
) -> BarcodeScanner: ...
@overload
def create(
    kind: str, name: str, *, publish: Publish, options: Mapping[str, object] | None = None
) -> object: ...
def create(
    kind: str, name: str, *, publish: Publish, options: Mapping[str, object] | None = None
) -> object:
    """Build the ``name`` adapter for ``kind``; it is not started.

    Raises UnknownAdapter for an unknown kind or name, InvalidAdapterOptions
    when ``options`` do not fit the adapter, TypeError when the adapter does
    not implement its port.
    """
    if kind not in ADAPTERS:
        raise UnknownAdapter(f"unknown device kind {kind!r}; known kinds: {', '.join(KINDS)}")
    known = ADAPTERS[kind]
    if name not in known:
        raise UnknownAdapter(
            f"unknown {kind} adapter {name!r}; known: {', '.join(sorted(known)) or 'none'}"
        )
    factory = known[name]
    options = dict(options or {})
    try:
        inspect.signature(factory).bind(publish=publish, **options)
    except TypeError as exc:
        raise InvalidAdapterOptions(f"{kind} adapter {name!r}: {exc}") from None
    device = factory(publish=publish, **options)
    if not isinstance(device, PORTS[kind]):
        raise TypeError(f"{kind} adapter {name!r} does not implement {PORTS[kind].__name__}")
    return device
