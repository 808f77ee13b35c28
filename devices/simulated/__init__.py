"""Simulated devices: the demo and the UI tests use them behind the real ports."""

from spaziocitta.devices.simulated.barcode_scanner import SimulatedBarcodeScanner
from spaziocitta.devices.simulated.card_reader import (
    DEMO_CIE,
    DEMO_HOLDER,
    DEMO_TS_CNS,
    SimulatedCardReader,
)
from spaziocitta.devices.simulated.payment_terminal import SimulatedCharge, SimulatedPaymentTerminal
from spaziocitta.devices.simulated.printer import SimulatedPrinterState, SimulatedReceiptPrinter
from spaziocitta.devices.simulated.speech import SimulatedSpeech

__all__ = [
    "DEMO_CIE",
    "DEMO_HOLDER",
    "DEMO_TS_CNS",
    "SimulatedBarcodeScanner",
    "SimulatedCardReader",
    "SimulatedCharge",
    "SimulatedPaymentTerminal",
    "SimulatedPrinterState",
    "SimulatedReceiptPrinter",
    "SimulatedSpeech",
]
