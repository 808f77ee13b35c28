"""Maintenance for QML: the hidden way in, the PIN pad, and what a technician sees and does.

The Qt-free :class:`~spaziocitta.kiosk.maintenance.gate.MaintenanceGate` decides who
gets in (PIN, lockout, idle exit) and audits everything; this bridge follows its
state for the screens, gathers the status page, runs the device tests and the
actions — each one audited by the gate *before* it runs, and refused when
maintenance is not open, so no QML path can reach an action without the PIN.
"""

from __future__ import annotations

import json
import logging
from collections import deque
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from spaziocitta.devices.types import BarcodeScanned, DeviceError, Receipt, ReceiptLine
from spaziocitta.kiosk.contract.pagopa import euros
from spaziocitta.kiosk.core import KioskCore
from spaziocitta.kiosk.events import MaintenanceChanged

from .models import DictListModel
from .tasks import spawn

log = logging.getLogger(__name__)

LOG_LINES = 200
TEST_SENTENCES = {
    "it": "Prova della voce del totem.",
    "en": "Testing the totem's voice.",
    "fr": "Essai de la voix de la borne.",
    "es": "Prueba de la voz del tótem.",
    "ar": "اختبار صوت الجهاز.",
    "zh": "测试本机的声音。",
    "ro": "Test al vocii terminalului.",
    "uk": "Перевірка голосу терміналу.",
}


class MaintenanceBridge(QObject):
    """Exposed to QML as ``Maintenance``."""

    stateChanged = Signal()
    messageChanged = Signal()
    statusChanged = Signal()
    logsChanged = Signal()
    exitKioskRequested = Signal()
    restartRequested = Signal()

    def __init__(self, core: KioskCore) -> None:
        super().__init__()
        self._core = core
        self._state = "closed"
        self._message = ""
        self._status: dict[str, Any] = {}
        self._devices = DictListModel(("kind", "adapter", "ok", "detail"))
        self._logs = DictListModel(("time", "level", "component", "line"))
        self._audit = DictListModel(("time", "event", "detail"))
        self._reprints = DictListModel(("paymentId", "label"))
        self._level = "INFO"
        self._component = ""
        self._tasks: set[Any] = set()
        self._scan_test = False
        core.bus.subscribe(BarcodeScanned, self._on_scan)
        core.bus.subscribe(MaintenanceChanged, self._on_changed)

    # -- helpers ------------------------------------------------------------------------

    def _gate(self) -> Any:
        return self._core.maintenance

    def attach(self) -> None:
        """Follow the gate from now on (the core has started: the gate exists)."""
        self._gate()

    def _spawn(self, coro: Any) -> None:
        task = spawn(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    def _say(self, message: str) -> None:
        self._message = message
        self.messageChanged.emit()

    def _on_changed(self, event: Any) -> None:
        self._state = event.state.value
        self._scan_test = False
        # An answer belongs to its moment: the next pad or visit starts blank.
        self._message = ""
        self.messageChanged.emit()
        if self._state != "open":
            self._status = {}
            for model in (self._devices, self._logs, self._audit, self._reprints):
                model.set_rows([])
        self.stateChanged.emit()
        if self._state == "open":
            self.refresh()

    # -- the way in ------------------------------------------------------------------------

    @Property(str, notify=stateChanged)
    def state(self) -> str:
        """closed, pin or open."""
        return self._state

    @Property(str, notify=messageChanged)
    def message(self) -> str:
        """The last answer: wrong PIN, locked, an action's outcome."""
        return self._message

    @Property(float, constant=True)
    def cornerFraction(self) -> float:
        return self._core.config.maintenance.entry_corner_fraction

    @Property(str, constant=True)
    def corner(self) -> str:
        return self._core.config.maintenance.entry_corner

    @Property(str, constant=True)
    def keyCombo(self) -> str:
        return self._core.config.maintenance.entry_key_combo

    @Slot(float, float, float, float)
    def tap(self, x: float, y: float, width: float, height: float) -> None:
        """A tap in the entry corner; the gesture's last one opens the PIN pad."""
        gate = self._gate()
        if gate is not None and gate.tap(x, y, width, height):
            self._spawn(self._request("gesture"))

    @Slot()
    def keys(self) -> None:
        """The configured key combination."""
        if self._gate() is not None:
            self._spawn(self._request("keys"))

    async def _request(self, source: str) -> None:
        result = await self._gate().request_pin(source)
        self._answer(result)

    def _pin_message(self, result: Any) -> str:
        outcome = result.outcome.value
        if outcome == "wrong":
            return self.tr("Wrong PIN. Attempts left before entry locks: %1").replace(
                "%1", str(result.attempts_left)
            )
        if outcome == "locked":
            return self.tr("Entry is locked. Try again in %1 seconds.").replace(
                "%1", str(result.seconds_left)
            )
        if outcome == "no_pin":
            return self.tr("No maintenance PIN is set: use 'kiosk maintenance set-pin'.")
        return ""

    @Slot(str)
    def submitPin(self, pin: str) -> None:
        if self._gate() is not None:
            self._spawn(self._submit(pin))

    async def _submit(self, pin: str) -> None:
        result = await self._gate().submit_pin(pin)
        self._answer(result)

    def _answer(self, result: Any) -> None:
        # "ready" and "ok" say nothing: the state change already cleared the message,
        # and an empty answer arriving late must not wipe what an action just said.
        message = self._pin_message(result)
        if message:
            self._say(message)

    @Slot()
    def cancelPin(self) -> None:
        gate = self._gate()
        if gate is not None:
            self._spawn(gate.cancel_pin())

    @Slot()
    def touch(self) -> None:
        gate = self._gate()
        if gate is not None:
            gate.touch()

    @Slot()
    def exit(self) -> None:
        gate = self._gate()
        if gate is not None:
            self._spawn(gate.exit())

    @Property(bool, notify=stateChanged)
    def canExitKiosk(self) -> bool:
        gate = self._gate()
        return bool(gate and gate.allow_exit_kiosk and self._state == "open")

    @Slot()
    def exitKiosk(self) -> None:
        gate = self._gate()
        if gate is not None:
            self._spawn(self._exit_kiosk(gate))

    async def _exit_kiosk(self, gate: Any) -> None:
        if await gate.exit_kiosk():
            self.exitKioskRequested.emit()

    @Slot()
    def restartApp(self) -> None:
        """Restart the application (the process starts again, session-free)."""

        async def work() -> str:
            gate = self._gate()
            await gate.exit("restart")
            self.restartRequested.emit()
            return self.tr("Restarting…")

        self._action("restart", work)

    # -- what a technician sees -------------------------------------------------------------

    @Property("QVariantMap", notify=statusChanged)
    def status(self) -> dict[str, Any]:
        return self._status

    @Property(QObject, constant=True)
    def devices(self) -> DictListModel:
        return self._devices

    @Property(QObject, constant=True)
    def logs(self) -> DictListModel:
        return self._logs

    @Property(QObject, constant=True)
    def audit(self) -> DictListModel:
        return self._audit

    @Property(QObject, constant=True)
    def reprints(self) -> DictListModel:
        return self._reprints

    @Property(str, notify=logsChanged)
    def logLevel(self) -> str:
        return self._level

    @Slot()
    def refresh(self) -> None:
        """Reload status, devices, logs, audit and receipts to reprint."""
        if self._state == "open":
            self._spawn(self._refresh())

    async def _refresh(self) -> None:
        from spaziocitta.kiosk.maintenance.audit import AuditLog
        from spaziocitta.kiosk.maintenance.status import gather_status

        core = self._core
        self._status = (await gather_status(core)).to_dict()
        self._status["outOfService"] = core.out_of_service
        self.statusChanged.emit()
        health = await core.device_health()
        self._devices.set_rows(
            [
                {
                    "kind": kind,
                    "adapter": h.adapter,
                    "ok": "ok" if h.ok else "unknown" if h.ok is None else "fault",
                    "detail": h.detail,
                }
                for kind, h in health.items()
            ]
        )
        lines = await AuditLog(core.store).latest(15)
        self._audit.set_rows(
            [{"time": _local(e.at), "event": e.event, "detail": e.detail} for e in lines]
        )
        if core.payments is not None:
            owed = await core.payments.journal.reprintable()
            self._reprints.set_rows(
                [
                    {
                        "paymentId": e.payment_id,
                        "label": f"{_local(e.updated_at)} · {len(e.notices)} · "
                        f"{euros(e.total_cents)}",
                    }
                    for e in owed[-10:]
                ]
            )
        self._load_logs()

    @Property(str, notify=logsChanged)
    def logComponent(self) -> str:
        return self._component

    @Slot(str)
    def setLogComponent(self, prefix: str) -> None:
        """Show lines of one component only ('kiosk', 'devices', 'ui'...; '' for all)."""
        self._component = prefix
        self.logsChanged.emit()
        self._load_logs()

    @Slot(str)
    def setLogLevel(self, level: str) -> None:
        """Show lines of this level and above (DEBUG, INFO, WARNING, ERROR)."""
        self._level = level
        self.logsChanged.emit()
        self._load_logs()

    def _load_logs(self) -> None:
        order = {"DEBUG": 0, "INFO": 1, "WARNING": 2, "ERROR": 3, "CRITICAL": 4}
        wanted = order.get(self._level, 1)
        path = self._core.paths.logs / "kiosk.log"
        rows: deque[dict[str, str]] = deque(maxlen=LOG_LINES)
        try:
            with path.open(encoding="utf-8", errors="replace") as handle:
                for line in handle:
                    try:
                        entry = json.loads(line)
                    except ValueError:
                        continue
                    if order.get(entry.get("level", "INFO"), 1) < wanted:
                        continue
                    component = str(entry.get("component", "")).removeprefix("spaziocitta.")
                    if self._component and not component.startswith(self._component):
                        continue
                    rows.append(
                        {
                            "time": str(entry.get("ts", ""))[11:19],
                            "level": str(entry.get("level", "")),
                            "component": component,
                            "line": str(entry.get("msg", ""))[:300],
                        }
                    )
        except OSError:
            pass  # no log file yet: an empty list
        self._logs.set_rows(list(reversed(rows)))

    # -- actions (each audited first; refused unless open) -------------------------------

    def _action(self, name: str, work: Any, detail: str = "") -> None:
        gate = self._gate()
        if gate is None or self._state != "open":
            return
        self._spawn(self._run(gate, name, work, detail))

    async def _run(self, gate: Any, name: str, work: Any, detail: str) -> None:
        from spaziocitta.kiosk.maintenance.gate import MaintenanceClosed

        gate.touch()
        try:
            await gate.record_action(name, detail)
        except MaintenanceClosed:
            return
        try:
            self._say(await work())
        except Exception as exc:  # an action failing must not take maintenance down
            log.warning("maintenance action %s failed", name, exc_info=True)
            self._say(self.tr("Failed: %1").replace("%1", str(exc) or type(exc).__name__))
        if self._state == "open":
            await self._refresh()

    @Slot()
    def syncNow(self) -> None:
        async def work() -> str:
            sync = self._core.sync
            if sync is None:
                return self.tr("No backend is configured.")
            left = await sync.sync_now(timeout=20)
            return self.tr("Sync done; items still in the outbox: %1").replace("%1", str(left))

        self._action("sync_now", work)

    @Slot()
    def retryOutbox(self) -> None:
        async def work() -> str:
            from spaziocitta.kiosk.sync import outbox

            count = await self._core.store.run(lambda db: outbox.retry_all(db, datetime.now(UTC)))
            if self._core.sync is not None:
                self._core.sync.relay.wake()
            return self.tr("Items sent again: %1").replace("%1", str(count))

        self._action("retry_outbox", work)

    @Slot()
    def applyUpdate(self) -> None:
        """Ask the updater service (root) to check and install now; the kiosk cannot itself."""

        async def work() -> str:
            from spaziocitta.kiosk.updates.commands import REQUEST_FILE

            if not self._core.config.updates.repository_url:
                return self.tr("No update repository is configured.")
            request = self._core.paths.root / REQUEST_FILE
            request.write_text(datetime.now(UTC).isoformat() + "\n", encoding="utf-8")
            return self.tr(
                "Update requested: the updater checks now. If it installs a new version, "
                "the kiosk restarts by itself in a few minutes."
            )

        self._action("apply_update", work)

    @Slot(str)
    def reprint(self, payment_id: str) -> None:
        async def work() -> str:
            payments = self._core.payments
            if payments is None:
                return self.tr("Payments are not available.")
            await payments.reprint(payment_id)
            return self.tr("Receipt printed again.")

        self._action("reprint", work, payment_id)

    @Slot()
    def toggleOutOfService(self) -> None:
        on = not self._core.local_out_of_service

        async def work() -> str:
            self._core.set_out_of_service(on)
            return self.tr("Out of service: on") if on else self.tr("Out of service: off")

        self._action("out_of_service_on" if on else "out_of_service_off", work)

    @Slot()
    def testPrinter(self) -> None:
        async def work() -> str:
            printer = self._core.devices.get("printer")
            if printer is None:
                return self.tr("No printer.")
            receipt = Receipt(
                title=self.tr("Test receipt"),
                lines=(
                    ReceiptLine(self.tr("Totem"), self._core.config.kiosk.totem_id),
                    ReceiptLine("àèéìòù €", "ÀÈÉÌÒÙ"),
                ),
                qr="https://example.org/spaziocitta/test",
            )
            try:
                await printer.print_receipt(receipt)  # type: ignore[attr-defined]
            except DeviceError as exc:
                return self.tr("The printer did not print: %1").replace("%1", str(exc))
            return self.tr("Test receipt printed.")

        self._action("test_printer", work)

    @Slot(str)
    def testSpeech(self, lang: str) -> None:
        async def work() -> str:
            speech = self._core.devices.get("speech")
            if speech is None:
                return self.tr("No speech output.")
            await speech.speak(TEST_SENTENCES.get(lang, TEST_SENTENCES["en"]), lang)  # type: ignore[attr-defined]
            return self.tr("Speaking a test sentence: %1").replace("%1", lang)

        self._action("test_speech", work, lang)

    @Slot()
    def testCard(self) -> None:
        async def work() -> str:
            reader = self._core.devices.get("card_reader")
            if reader is None:
                return self.tr("No card reader.")
            try:
                card = await reader.read_card()  # type: ignore[attr-defined]
            except DeviceError as exc:
                return self.tr("The card could not be read: %1").replace("%1", str(exc))
            if card is None:
                return self.tr("No card in the reader.")
            # Only the type and masked data: a technician has no business with the holder.
            masked = ""
            if card.holder is not None:
                code = card.holder.fiscal_code
                masked = code[:2] + "*" * max(0, len(code) - 4) + code[-2:]
            return self.tr("Card: %1 %2").replace("%1", card.card_type.value).replace("%2", masked)

        self._action("test_card", work)

    @Slot()
    def testScanner(self) -> None:
        async def work() -> str:
            scanner = self._core.devices.get("barcode_scanner")
            if scanner is None:
                return self.tr("No scanner.")
            scanner.set_enabled(True)  # type: ignore[attr-defined]
            self._scan_test = True
            return self.tr("Scan a code now.")

        self._action("test_scanner", work)

    def _on_scan(self, event: BarcodeScanned) -> None:
        if self._scan_test and self._state == "open":
            self._scan_test = False
            scanner = self._core.devices.get("barcode_scanner")
            if hasattr(scanner, "set_enabled"):
                scanner.set_enabled(False)  # type: ignore[union-attr]
            scan = event.scan
            self._say(
                self.tr("Scanned (%1): %2 characters")
                .replace("%1", scan.symbology)
                .replace("%2", str(len(scan.payload)))
            )


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%d/%m %H:%M")
