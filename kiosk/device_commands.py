"""``kiosk device ...``: the technicians' device tools, over SSH on a totem.

They use the configured adapters (``--config``/``KIOSK_CONFIG``) or the ones
named on the command line, through the same ports as the kiosk, and answer
in JSON with ``--json``. A device that is not ready exits non-zero with one
clear line.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import sys
import tempfile
import wave
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from .config import KioskConfig
from .paths import DataPaths


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``kiosk device`` and its sub-commands."""
    device = commands.add_parser("device", help="device tools for technicians")
    actions = device.add_subparsers(dest="device_action", required=True)

    listing = actions.add_parser("list", help="every configured device, its adapter and status")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(device_handler=list_devices)

    card = actions.add_parser("card", help="the card reader")
    card_actions = card.add_subparsers(dest="card_action", required=True)
    read = card_actions.add_parser("read", help="read the card in the reader")
    read.add_argument("--reader", help="PC/SC reader name (default: the configured one)")
    read.add_argument("--timeout", type=float, default=5.0, help="seconds to wait for a card")
    read.add_argument("--json", action="store_true")
    read.set_defaults(device_handler=read_card)

    printer = actions.add_parser("printer", help="the receipt printer")
    printer_actions = printer.add_subparsers(dest="printer_action", required=True)
    status = printer_actions.add_parser("status", help="online, paper, cover")
    status.add_argument("--uri", help="tcp://host:9100, usb://vid:pid, serial:///dev/...")
    status.add_argument("--json", action="store_true")
    status.set_defaults(device_handler=printer_status)
    test = printer_actions.add_parser("test", help="print a test receipt")
    test.add_argument("--uri")
    test.set_defaults(device_handler=printer_test)

    speak = actions.add_parser("speak", help="speak a text, or write it to a WAV file")
    speak.add_argument("text")
    speak.add_argument("--lang", default="it")
    speak.add_argument("--wav", type=Path, help="write the audio here instead of playing it")
    speak.set_defaults(device_handler=speak_text)

    device.set_defaults(handler=_dispatch)


def _dispatch(args: argparse.Namespace, paths: DataPaths, config: KioskConfig) -> int:
    handler: Callable[[argparse.Namespace, KioskConfig], Awaitable[int]] = args.device_handler
    return asyncio.run(handler(args, config))


def _make(kind: str, config: KioskConfig, adapter: str | None = None, **override: Any) -> Any:
    from spaziocitta.devices import registry

    from .core import device_options

    name = adapter or getattr(config.devices, kind)
    options = {} if name == "simulated" else {**device_options(config, kind), **override}
    return registry.create(kind, name, publish=lambda _event: None, options=options)


def _print(data: Any, as_json: bool) -> None:
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for key, value in data.items():
            print(f"{key}: {value}")


async def list_devices(args: argparse.Namespace, config: KioskConfig) -> int:
    from spaziocitta.devices import registry

    report = {}
    for kind in registry.KINDS:
        adapter = getattr(config.devices, kind)
        try:
            device = _make(kind, config)
            await device.start()
            health = await device.health()
            await device.close()
            report[kind] = {"adapter": adapter, "ok": health.ok, "detail": health.detail}
        except Exception as exc:  # one broken device must not hide the others
            report[kind] = {"adapter": adapter, "ok": False, "detail": str(exc)}
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        for kind, row in report.items():
            state = {True: "ok", False: "FAULT", None: "unknown"}[row["ok"]]
            print(f"{kind:17} {row['adapter']:10} {state:8} {row['detail']}")
    return 0 if all(row["ok"] is not False for row in report.values()) else 1


async def read_card(args: argparse.Namespace, config: KioskConfig) -> int:
    from spaziocitta.devices.types import DeviceError

    override = {"reader": args.reader} if args.reader else {}
    reader = _make("card_reader", config, **override)
    try:
        await reader.start()
        deadline = asyncio.get_running_loop().time() + args.timeout
        card = None
        while card is None and asyncio.get_running_loop().time() < deadline:
            try:
                card = await reader.read_card()
            except DeviceError as exc:
                print(f"kiosk device: {exc.user_message or exc}", file=sys.stderr)
                return 1
            if card is None:
                await asyncio.sleep(0.2)
    finally:
        await reader.close()
    if card is None:
        print(f"kiosk device: no card in the reader after {args.timeout:.0f} s", file=sys.stderr)
        return 1
    data: dict[str, Any] = {"card_type": str(card.card_type)}
    if card.holder is not None:
        holder = card.holder
        data.update(
            fiscal_code=holder.fiscal_code,
            surname=holder.surname,
            given_name=holder.given_name,
            birth_date=holder.birth_date.isoformat() if holder.birth_date else None,
            expiry_date=holder.expiry_date.isoformat() if holder.expiry_date else None,
            sex=holder.sex,
            card_number=holder.card_number,
        )
    elif card.card_id:
        data["card_id"] = card.card_id
    _print(data, args.json)
    return 0


def _printer(args: argparse.Namespace, config: KioskConfig) -> Any:
    if args.uri:
        return _make("printer", config, adapter="escpos", uri=args.uri)
    return _make("printer", config)


async def printer_status(args: argparse.Namespace, config: KioskConfig) -> int:
    printer = _printer(args, config)
    try:
        await printer.start()
        status = await printer.status()
    finally:
        await printer.close()
    _print(
        {"online": status.online, "paper": str(status.paper), "cover_open": status.cover_open},
        args.json,
    )
    return 0 if status.ready else 1


async def printer_test(args: argparse.Namespace, config: KioskConfig) -> int:
    from datetime import datetime

    from spaziocitta.devices.types import DeviceError, Receipt, ReceiptLine

    from . import __version__

    receipt = Receipt(
        title="Stampa di prova / Test print",
        lines=(
            ReceiptLine("Totem", config.kiosk.totem_id),
            ReceiptLine("Versione", __version__),
            ReceiptLine("Accenti", "à è é ì ò ù € «»"),
            ReceiptLine("Data", datetime.now().strftime("%d/%m/%Y %H:%M")),
        ),
        qr="https://spaziocitta.example/test",
        footer="Se leggi bene questa ricevuta, la stampante funziona.",
    )
    printer = _printer(args, config)
    try:
        await printer.start()
        await printer.print_receipt(receipt)
    except DeviceError as exc:
        print(f"kiosk device: not printed: {exc.user_message or exc}", file=sys.stderr)
        return 1
    finally:
        await printer.close()
    print("printed a test receipt")
    return 0


async def speak_text(args: argparse.Namespace, config: KioskConfig) -> int:
    if args.wav is None:
        speech = _make("speech", config)
        await speech.start()
        try:
            await speech.speak(args.text, args.lang)
            await speech.wait_idle()
        finally:
            await speech.close()
        return 0
    with tempfile.TemporaryDirectory() as folder:
        speech = _make("speech", config, adapter="espeak", output=f"file:{folder}")
        await speech.start()
        try:
            await speech.speak(args.text, args.lang)
            await speech.wait_idle()
        finally:
            await speech.close()
        parts = sorted(Path(folder).glob("*.wav"))
        if not parts:
            print("kiosk device: no audio was produced", file=sys.stderr)
            return 1
        _join_wavs(parts, args.wav)
    print(f"wrote {args.wav}")
    return 0


def _join_wavs(parts: list[Path], target: Path) -> None:
    """One WAV from the sentence-by-sentence parts (all of the same format)."""
    if len(parts) == 1:
        shutil.copyfile(parts[0], target)
        return
    with wave.open(str(parts[0]), "rb") as first:
        params = first.getparams()
    with wave.open(str(target), "wb") as out:
        out.setparams(params)
        for part in parts:
            with wave.open(str(part), "rb") as wav:
                out.writeframes(wav.readframes(wav.getnframes()))
