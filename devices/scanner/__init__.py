"""Real barcode/QR scanners: a serial (USB CDC-ACM) scanner and a USB HID scanner via evdev.

Both deliver :class:`~spaziocitta.devices.types.BarcodeScanned` only while
enabled, like the simulator. The HID scanner's input device is grabbed, so a
scan never types into whatever text field has the focus. Imported only when
configured (pyserial, python-evdev).
"""
