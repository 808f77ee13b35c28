"""What the configuration hands each real device adapter."""

from __future__ import annotations

from spaziocitta.devices import registry
from spaziocitta.kiosk.config import parse_config
from spaziocitta.kiosk.core import device_options


def test_a_serial_scanner_gets_its_port_and_speed() -> None:
    config = parse_config(
        {
            "devices": {
                "barcode_scanner": "serial",
                "scanner_device": "/dev/ttyACM0",
                "scanner_baudrate": 115200,
            }
        }
    )
    options = device_options(config, "barcode_scanner")
    assert options == {"port": "/dev/ttyACM0", "baudrate": 115200}
    scanner = registry.create("barcode_scanner", "serial", publish=lambda _e: None, options=options)
    assert type(scanner).__name__ == "SerialBarcodeScanner"


def test_a_usb_hid_scanner_gets_its_input_device() -> None:
    config = parse_config(
        {"devices": {"barcode_scanner": "evdev", "scanner_device": "/dev/input/event7"}}
    )
    assert device_options(config, "barcode_scanner") == {"device": "/dev/input/event7"}


def test_the_simulated_scanner_needs_nothing() -> None:
    assert device_options(parse_config({}), "barcode_scanner") == {}
