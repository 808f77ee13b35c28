"""The composition root of the Qt-free core: config → store → event bus → devices → services.

``build_core()`` wires the light parts (event bus, sessions, devices) at once;
``await core.start()`` opens the store (SQLAlchemy, migrations) off the event
loop's thread and starts the devices. The UI shows its first frame between the
two, so a citizen sees the totem come up while the database opens.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spaziocitta.devices import registry
from spaziocitta.devices.types import CardInserted, CardRemoved

from .config import KioskConfig
from .events import ContentUpdated, EventBus, SessionEnded, SessionStarted
from .paths import DataPaths
from .session import SessionManager

if TYPE_CHECKING:
    from .catalog.catalog import Catalog
    from .catalog.search import CatalogSearch
    from .drafts import DraftStore
    from .maintenance.gate import MaintenanceGate
    from .payments.flow import PaymentFlow
    from .store.db import Store
    from .sync.demo_backend import DemoBackend
    from .sync.service import SyncService

log = logging.getLogger(__name__)

INCOMING_PACKS_CHECK_SECONDS = 60.0
"""How often the kiosk looks for content packs the updater left (a directory listing)."""

DEMO_PACK = Path(__file__).resolve().parent.parent / "assets" / "demo-pack"
"""The demo municipality's catalogue (in the repository and in the installed package)."""


DEMO_PIN = "2468"
"""The demo's maintenance PIN when its configuration sets none (never on a real totem)."""


class CoreNotStarted(RuntimeError):
    """A service that needs the store was used before ``KioskCore.start()``."""


@dataclass
class KioskCore:
    """Every long-lived service of one kiosk process, wired together."""

    config: KioskConfig
    paths: DataPaths
    demo: bool
    bus: EventBus
    sessions: SessionManager
    devices: dict[str, object] = field(default_factory=dict)
    _store: Store | None = None
    _drafts: DraftStore | None = None
    _catalog: Catalog | None = None
    _search: CatalogSearch | None = None
    virtual_printer: object | None = None
    sync: SyncService | None = None
    pending_config: Any = None
    remote_out_of_service: bool = False
    """The municipality took the totem out of service (remote configuration)."""
    local_out_of_service: bool = False
    """A technician took the totem out of service (maintenance)."""
    demo_backend: DemoBackend | None = None
    backend_url: str = ""
    payments: PaymentFlow | None = None
    maintenance: MaintenanceGate | None = None
    """The technicians' way in (PIN, lockout, audit); created once the store is open."""
    """pagoPA payments: they need the backend to verify notices (None without one)."""
    """The backend actually in use (the configured one, or the demo's on loopback)."""
    _background: set[asyncio.Future[object]] = field(default_factory=set)
    demo_live: bool = False
    """The demo as a person runs it: real speech, the reference backend on loopback.
    UI tests keep the recording simulators and no backend."""

    @property
    def started(self) -> bool:
        return self._store is not None

    @property
    def store(self) -> Store:
        if self._store is None:
            raise CoreNotStarted("the store is not open yet")
        return self._store

    @property
    def drafts(self) -> DraftStore:
        if self._drafts is None:
            raise CoreNotStarted("the store is not open yet")
        return self._drafts

    @property
    def catalog(self) -> Catalog:
        if self._catalog is None:
            raise CoreNotStarted("the store is not open yet")
        return self._catalog

    @property
    def search(self) -> CatalogSearch:
        if self._search is None:
            raise CoreNotStarted("the store is not open yet")
        return self._search

    @property
    def speech(self):  # type: ignore[no-untyped-def]
        """The speech output device."""
        return self.devices["speech"]

    async def start(self) -> None:
        """Open the store, wipe what a crash left, start the devices.

        A device that fails to start is logged and the kiosk goes on without
        it; a store that cannot be opened is fatal (SchemaError, OSError).
        """
        self._store = await asyncio.to_thread(_open_store, self.paths)
        from .catalog.catalog import Catalog
        from .catalog.search import CatalogSearch
        from .drafts import DraftStore

        self._drafts = DraftStore(self._store)
        self._catalog = Catalog(self._store)
        self.devices.update(await asyncio.to_thread(self._create_devices))
        if self.demo:
            await self._store.call(install_demo_pack, self._store, self._catalog)
        self._search = await self._store.call(CatalogSearch, self.paths.database)
        # On the store thread, after any search still queued there: one finishing
        # after the wipe would put the citizen's words back in the caches.
        search = self._search
        self.sessions.add_wipe_hook(lambda: self.store.call(search.forget))
        self.maintenance = await asyncio.to_thread(self._maintenance_gate)
        # Remote settings wait for the end of the citizen's session.
        self.bus.subscribe(SessionEnded, lambda _event: self._apply_remote_config())
        # The updater (another service) installs only when nobody is using the kiosk.
        self._record_activity(in_session=False)
        self.bus.subscribe(SessionStarted, lambda _event: self._record_activity(in_session=True))
        self.bus.subscribe(SessionEnded, lambda _event: self._record_activity(in_session=False))
        self.sessions.add_wipe_hook(self._drafts.purge)
        for kind, device in self.devices.items():
            if kind == "speech":
                # The speech worker (a process with espeak-ng) takes 1-2 s to come up;
                # citizens can start meanwhile, only read-aloud waits for it.
                self._later(self._start_device(kind, device))
            else:
                await self._start_device(kind, device)
        # New content, from the backend or from the update repository: search follows it.
        self.bus.subscribe(ContentUpdated, lambda _event: self._later(self._reload_search()))
        self._later(self._watch_incoming_packs())
        if self.config.backend.url or (self.demo and self.demo_live):
            # In the background: the kiosk serves citizens offline too, and the
            # demo's backend takes a second or two to come up.
            self._later(self._start_sync())

    def _record_activity(self, *, in_session: bool) -> None:
        from .updates.activity import write_activity

        try:
            write_activity(self.paths.root, in_session=in_session, now=datetime.now(UTC))
        except OSError as exc:
            # The updater then sees the previous state; it re-checks before installing.
            log.warning("cannot record the session state for the updater: %s", exc)

    async def _start_device(self, kind: str, device: object) -> None:
        """A device that fails to start is logged; the kiosk goes on without it."""
        try:
            await device.start()  # type: ignore[attr-defined]
        except Exception:
            log.exception("device %s failed to start", kind)

    async def _start_sync(self) -> None:
        """The outbox relay, heartbeat and content sync (the kiosk works without them)."""
        import msgspec

        from .sync.client import BackendClient
        from .sync.service import RemoteConfigReceived, SyncService

        backend = self.config.backend
        if not backend.url:
            from .sync.demo_backend import start_demo_backend

            try:
                self.demo_backend = await start_demo_backend(self.paths.root)
            except (OSError, RuntimeError):
                log.exception("the demo backend did not start: the kiosk works offline")
                return
            backend = msgspec.structs.replace(
                backend, url=self.demo_backend.url, totem_secret=self.demo_backend.secret
            )
        self.backend_url = backend.url
        client = BackendClient(backend, self.config.kiosk.totem_id)
        self.sync = SyncService(
            self.store,
            self.bus,
            client,
            cache_dir=self.paths.cache,
            heartbeat_seconds=backend.heartbeat_seconds,
            content_check_seconds=backend.content_check_seconds,
            health=self.device_health,
        )
        self.bus.subscribe(RemoteConfigReceived, self._remote_config)
        await self.sync.start()
        await self._start_payments(client)

    async def _start_payments(self, client: Any) -> None:
        """The payment flow, after settling what a crash left half-way (before any citizen)."""
        from .payments.flow import PaymentFlow

        self.payments = PaymentFlow(
            self.store,
            client,
            self.devices["payment_terminal"],  # type: ignore[arg-type]
            self.devices.get("printer"),  # type: ignore[arg-type]
            totem_id=self.config.kiosk.totem_id,
            # The printer heads every receipt with the municipality already.
            publish=self.bus.publish,
        )
        try:
            report = await self.payments.reconcile()
        except Exception:  # the kiosk still serves citizens; maintenance sees the log
            log.exception("payment reconciliation failed at start-up")
        else:
            if report.reprint or report.failed or report.in_doubt:
                log.warning(
                    "payments need attention: reprint %s, failed %s, in doubt %s",
                    report.reprint,
                    report.failed,
                    report.in_doubt,
                )

    def _remote_config(self, event: Any) -> None:
        self.pending_config = event.config
        self._apply_remote_config()

    def _apply_remote_config(self) -> None:
        """Remote settings take effect between sessions, never under a citizen's hands."""
        config = self.pending_config
        if config is None or self.sessions.current is not None:
            return
        self.pending_config = None
        if config.inactivity_seconds:
            self.sessions.inactivity = config.inactivity_seconds
        self.remote_out_of_service = config.out_of_service
        self._service_mode_changed()
        log.info(
            "remote configuration %d applied (inactivity %ss, out of service: %s)",
            config.version,
            self.sessions.inactivity,
            self.out_of_service,
        )

    def _maintenance_gate(self) -> MaintenanceGate:
        """The gate; the demo, without a configured PIN, takes DEMO_PIN (README)."""
        import msgspec

        from .maintenance.gate import gate_for_core
        from .maintenance.pin import hash_pin

        gate = gate_for_core(self)
        if self.demo and not gate.settings.pin_hash:
            gate.settings = msgspec.structs.replace(gate.settings, pin_hash=hash_pin(DEMO_PIN))
        return gate

    @property
    def out_of_service(self) -> bool:
        """Citizens see the 'fuori servizio' screen (either the municipality or a technician)."""
        return self.remote_out_of_service or self.local_out_of_service

    def set_out_of_service(self, on: bool) -> None:
        """Maintenance's toggle; the remote flag is the municipality's and stays as it is."""
        self.local_out_of_service = on
        self._service_mode_changed()

    def _service_mode_changed(self) -> None:
        from .events import ServiceModeChanged

        self.bus.publish(ServiceModeChanged(self.out_of_service))

    async def _watch_incoming_packs(self) -> None:
        """Import the content packs the updater verified and left in packs/incoming."""
        from .catalog.pack_install import install_incoming

        while True:
            try:
                outcomes = await self.store.call(install_incoming, self.store, self.paths.root)
            except Exception:  # a broken folder must not stop the kiosk; try again later
                log.exception("content packs from the update repository could not be read")
                outcomes = []
            for name, version, error in outcomes:
                if version:
                    self.bus.publish(ContentUpdated(version))
                if error:
                    from .sync.service import SyncFault

                    self.bus.publish(SyncFault("content", f"pack {name} refused: {error}"[:500]))
            await asyncio.sleep(INCOMING_PACKS_CHECK_SECONDS)

    async def _reload_search(self) -> None:
        await self.store.call(self.search.reload)

    def _later(self, coro: Any) -> None:
        task = asyncio.ensure_future(coro)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    def tracking_url(self, receipt: str) -> str | None:
        """Where a citizen follows a request from the receipt's QR code (None: nowhere known)."""
        from urllib.parse import quote

        template = self.config.backend.tracking_url
        if template:
            return template.replace("{receipt}", quote(receipt, safe=""))
        if self.backend_url:
            return f"{self.backend_url.rstrip('/')}/track/{quote(receipt, safe='')}"
        return None

    async def device_health(self) -> dict[str, Any]:
        """Every device's health (for heartbeat, maintenance and `kiosk device list`)."""
        report = {}
        for kind, device in self.devices.items():
            try:
                report[kind] = await device.health()  # type: ignore[attr-defined]
            except Exception as exc:
                from spaziocitta.devices.types import DeviceHealth

                report[kind] = DeviceHealth(kind, "?", False, f"health check failed: {exc}")
        return report

    async def close(self) -> None:
        """End any session (wiping it) and release devices and the store."""
        await self.sessions.end("shutdown")
        for task in list(self._background):
            task.cancel()
        if self._background:
            await asyncio.gather(*self._background, return_exceptions=True)
        if self.sync is not None:
            await self.sync.close()
        if self.demo_backend is not None:
            await self.demo_backend.stop()
        for kind, device in self.devices.items():
            try:
                await device.close()  # type: ignore[attr-defined]
            except Exception:
                log.exception("device %s failed to close", kind)
        if self.virtual_printer is not None:
            self.virtual_printer.stop()  # type: ignore[attr-defined]
        if self._search is not None:
            self._search.close()
        if self._store is not None:
            self._store.close()

    def _create_devices(self) -> dict[str, object]:
        """The configured adapters; in demo mode simulators, and a virtual ESC/POS printer.

        Done at start, after the first frame: a real adapter imports its library
        (pyscard, python-escpos, pyttsx3), which the attract screen need not wait for.
        """
        devices: dict[str, object] = {}
        for kind in registry.KINDS:
            if self.demo and kind == "printer":
                devices[kind] = self._demo_printer()
                continue
            if self.demo and kind == "speech" and self.demo_live:
                devices[kind] = self._demo_speech()
                continue
            adapter = "simulated" if self.demo else getattr(self.config.devices, kind)
            options = {} if adapter == "simulated" else device_options(self.config, kind)
            devices[kind] = registry.create(
                kind, adapter, publish=self.bus.publish, options=options
            )
        if self.demo and self.demo_live:
            # A person trying the demo sees "hold your card near the terminal" for a
            # moment, as at a real terminal, instead of an instant approval.
            devices["payment_terminal"].delay_seconds = 3.0  # type: ignore[attr-defined]
        return devices

    def _demo_printer(self) -> object:
        """The demo prints ESC/POS bytes over a real socket to a virtual printer."""
        from spaziocitta.devices.escpos.virtual_printer import VirtualEscposPrinter

        # No PNG files: a receipt may carry what a citizen submitted, and paper
        # leaves with the citizen; here the printed receipts live in memory only
        # and are dropped when the session ends.
        self.virtual_printer = VirtualEscposPrinter(
            "127.0.0.1", 0, paper_mm=self.config.devices.paper_mm
        ).start()
        self.sessions.add_wipe_hook(self._forget_paper)
        options = {**device_options(self.config, "printer"), "uri": self.virtual_printer.uri}
        return registry.create("printer", "escpos", publish=self.bus.publish, options=options)

    def _demo_speech(self) -> object:
        """The demo reads aloud for real when espeak-ng is there (./run installs it)."""
        import shutil

        if shutil.which("espeak-ng") is None:
            log.warning("espeak-ng is not installed: the demo's speech is silent")
            return registry.create("speech", "simulated", publish=self.bus.publish)
        options = device_options(self.config, "speech")
        return registry.create("speech", "espeak", publish=self.bus.publish, options=options)

    def _forget_paper(self) -> None:
        if self.virtual_printer is not None:
            self.virtual_printer.receipts.clear()  # type: ignore[attr-defined]
            self.virtual_printer.incomplete.clear()  # type: ignore[attr-defined]


def device_options(config: KioskConfig, kind: str) -> dict[str, object]:
    """What the configuration says to a real adapter of ``kind``."""
    devices = config.devices
    if kind == "printer":
        return {
            "uri": devices.printer_uri,
            "paper_mm": devices.paper_mm,
            "municipality": config.kiosk.municipality,
        }
    if kind == "card_reader" and devices.card_reader_name:
        return {"reader": devices.card_reader_name}
    if kind == "barcode_scanner" and devices.barcode_scanner == "serial":
        return {"port": devices.scanner_device, "baudrate": devices.scanner_baudrate}
    if kind == "barcode_scanner" and devices.barcode_scanner == "evdev":
        # A USB HID scanner must be set to type as a US keyboard (the decoder's layout).
        return {"device": devices.scanner_device}
    if kind == "speech":
        return {
            "output": devices.speech_output,
            "headset": config.speech.headset,
            "rate_wpm": config.speech.rate_wpm,
            "volume": config.speech.default_volume,
        }
    return {}


def install_demo_pack(store: Store, catalog: Catalog) -> None:
    """Demo mode: make the shipped demo pack the catalogue, unless it already is."""
    from .catalog.importer import PackInvalid, import_pack
    from .catalog.pack import PackError, load_pack

    try:
        loaded = load_pack(DEMO_PACK)
        info = catalog.info()
        if info is None or info.version != loaded.data.get("version"):
            result = import_pack(store, loaded)
            log.info("demo content pack %s imported (%d services)", result.version, result.services)
    except (PackError, PackInvalid) as exc:
        # The kiosk still runs (search finds nothing); the log says why.
        problems = getattr(exc, "problems", [])[:5]
        log.error("demo content pack not installed: %s %s", exc, [str(p) for p in problems])


def _open_store(paths: DataPaths) -> Store:
    from .drafts import DraftStore
    from .store.db import Store

    store = Store.open(paths.database)
    # A crash may have ended the last session without its wipe: do it now.
    DraftStore(store).purge_now()
    return store


def build_core(
    config: KioskConfig, paths: DataPaths, *, demo: bool = False, demo_live: bool = False
) -> KioskCore:
    """Build (but do not start) the core. In demo mode every device is simulated."""
    paths.ensure()
    bus = EventBus()
    sessions = SessionManager(
        bus,
        default_language=config.kiosk.default_language,
        default_volume=config.speech.default_volume,
        inactivity=config.session.inactivity_seconds,
        warning=config.session.warning_seconds,
    )
    core = KioskCore(config, paths, demo, bus, sessions, demo_live=demo_live)

    def stop_speech() -> None:
        core.speech.stop()  # type: ignore[attr-defined]
        core.speech.set_volume(config.speech.default_volume)  # type: ignore[attr-defined]

    sessions.add_wipe_hook(stop_speech)
    bus.subscribe(CardInserted, lambda event: sessions.attach_card(event.card))
    bus.subscribe(CardRemoved, lambda _event: sessions.attach_card(None))
    return core
