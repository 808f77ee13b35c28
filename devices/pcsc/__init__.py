"""The real smart-card reader adapter, over PC/SC (pcscd + pyscard).

- ``cards``: what the Tessera Sanitaria (TS-CNS) and the CIE 3.0 hold and the
  APDUs that read it; pure functions, no I/O, tested with property tests;
- ``session``: the thin pyscard layer (context, readers, transmit), used on
  one dedicated thread only; pyscard is imported lazily, so this package
  imports (and the kiosk starts on simulators) without it;
- ``identify``: which card is in the reader and what it says, over a transmit
  function;
- ``reader``: :class:`PcscCardReader`, the CardReader port on the asyncio loop.
"""

from spaziocitta.devices.pcsc.reader import PcscCardReader

__all__ = ["PcscCardReader"]
