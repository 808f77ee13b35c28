"""ESC/POS receipt printers: layout, status, the adapter and a virtual printer.

- ``layout``: a :class:`~spaziocitta.devices.types.Receipt` becomes a list of
  printer-neutral layout commands (wrapped Italian text, key/value rows, total,
  QR, cut), for 58 or 80 mm paper;
- ``render``: the same layout as raw ESC/POS bytes, or as a monochrome image
  the screen can show;
- ``status``: ``DLE EOT n`` real-time status queries, decoded fail-closed;
- ``transport``: bounded-time byte pipes chosen by URI (tcp, usb, serial);
- ``printer``: :class:`EscposPrinter`, the ReceiptPrinter adapter;
- ``interpreter`` and ``virtual_printer``: a TCP printer for tests and demos
  that answers status queries, injects faults and renders receipts to PNG.

Nothing here imports python-escpos at module level (only the USB and serial
transports need it), so the kiosk starts without it.
"""
