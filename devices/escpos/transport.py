"""Byte pipes to a printer, chosen by URI, where every read and write is bounded.

- ``tcp://host:9100``: our own socket. python-escpos's ``Network`` sets one
  timeout (60 s by default) for connect, write and read alike; here connect,
  write and each read get their own short bound, and EOF is told apart from
  silence (a dropped connection is not a printer that is thinking).
- ``usb://04b8:0202`` and ``serial:///dev/ttyUSB0?baudrate=19200``: python-escpos's
  ``Usb`` and ``Serial`` classes open the device (kernel driver detach, USB
  configuration, serial settings), then we read and write through the pyusb /
  pyserial handle they expose, passing our own timeouts (``Usb`` writes with no
  timeout and reads with pyusb's default). USB writes go in 4 KiB pieces (#624).

Transports are used from one thread only: the printer's I/O thread.
"""

from __future__ import annotations

import contextlib
import socket
from typing import Any, Protocol
from urllib.parse import parse_qs, urlsplit


class TransportError(OSError):
    """The pipe to the printer failed: not connected, write failed or timed out."""


class ConnectionLost(TransportError):
    """The printer closed the connection (EOF)."""


class Transport(Protocol):
    """A bounded byte pipe to one printer."""

    description: str

    def open(self) -> None:
        """Connect; raises TransportError."""

    def write(self, data: bytes) -> None:
        """Send all of ``data`` within the write timeout; raises TransportError."""

    def read(self, timeout: float) -> bytes:
        """Up to 64 bytes, waiting at most ``timeout`` s; b"" when nothing came."""
        ...

    def discard_input(self) -> None:
        """Drop bytes already received (a late reply must not answer the next query)."""

    def close(self) -> None:
        """Disconnect; never raises."""


class TcpTransport:
    """A raw TCP connection, port 9100 ("JetDirect") by default."""

    def __init__(
        self,
        host: str,
        port: int = 9100,
        *,
        connect_timeout: float = 1.0,
        write_timeout: float = 10.0,
    ) -> None:
        self.host, self.port = host, port
        self.connect_timeout, self.write_timeout = connect_timeout, write_timeout
        self.description = f"tcp://{host}:{port}"
        self._sock: socket.socket | None = None

    def open(self) -> None:
        self.close()
        try:
            self._sock = socket.create_connection((self.host, self.port), self.connect_timeout)
        except OSError as exc:
            raise TransportError(f"cannot connect to {self.description}: {exc}") from exc
        self._sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def write(self, data: bytes) -> None:
        sock = self._require()
        sock.settimeout(self.write_timeout)
        try:
            sock.sendall(data)
        except OSError as exc:  # includes socket.timeout, ECONNRESET, EPIPE
            raise TransportError(f"write to {self.description} failed: {exc}") from exc

    def read(self, timeout: float) -> bytes:
        sock = self._require()
        sock.settimeout(max(timeout, 0.001))
        try:
            data = sock.recv(64)
        except TimeoutError:
            return b""
        except OSError as exc:
            raise TransportError(f"read from {self.description} failed: {exc}") from exc
        if not data:
            raise ConnectionLost(f"{self.description} closed the connection")
        return data

    def discard_input(self) -> None:
        sock = self._require()
        sock.setblocking(False)
        try:
            while True:
                if not sock.recv(4096):
                    raise ConnectionLost(f"{self.description} closed the connection")
        except BlockingIOError:
            return
        except ConnectionLost:
            raise
        except OSError as exc:
            raise TransportError(f"read from {self.description} failed: {exc}") from exc

    def close(self) -> None:
        if self._sock is not None:
            sock, self._sock = self._sock, None
            with contextlib.suppress(OSError):
                sock.close()

    def _require(self) -> socket.socket:
        if self._sock is None:
            raise TransportError(f"{self.description} is not connected")
        return self._sock


class UsbTransport:
    """A USB printer opened by python-escpos's ``Usb``, read and written with timeouts."""

    CHUNK = 4096

    def __init__(
        self,
        vendor: int,
        product: int,
        *,
        in_ep: int = 0x82,
        out_ep: int = 0x01,
        write_timeout: float = 10.0,
    ) -> None:
        self.vendor, self.product, self.in_ep, self.out_ep = vendor, product, in_ep, out_ep
        self.write_timeout = write_timeout
        self.description = f"usb://{vendor:04x}:{product:04x}"
        self._printer: Any = None

    def open(self) -> None:
        from escpos.printer import Usb  # python-escpos[usb]; only a USB kiosk needs it

        self.close()
        printer = Usb(
            self.vendor,
            self.product,
            timeout=int(self.write_timeout * 1000),
            in_ep=self.in_ep,
            out_ep=self.out_ep,
        )
        try:
            printer.open()
        except Exception as exc:  # DeviceNotFoundError, USBError: "Resource busy" (#259)
            raise TransportError(f"cannot open {self.description}: {exc}") from exc
        self._printer = printer

    def write(self, data: bytes) -> None:
        device = self._device()
        try:
            for start in range(0, len(data), self.CHUNK):
                chunk = data[start : start + self.CHUNK]
                device.write(self.out_ep, chunk, int(self.write_timeout * 1000))
        except Exception as exc:  # usb.core.USBError and its timeout subclass
            raise TransportError(f"write to {self.description} failed: {exc}") from exc

    def read(self, timeout: float) -> bytes:
        import usb.core

        device = self._device()
        try:
            return bytes(device.read(self.in_ep, 64, max(1, int(timeout * 1000))))
        except usb.core.USBTimeoutError:
            return b""
        except usb.core.USBError as exc:
            raise TransportError(f"read from {self.description} failed: {exc}") from exc

    def discard_input(self) -> None:
        while self.read(0.005):
            pass

    def close(self) -> None:
        if self._printer is not None:
            printer, self._printer = self._printer, None
            # Closing must never raise: the device may be gone already.
            with contextlib.suppress(Exception):
                printer.close()

    def _device(self) -> Any:
        if self._printer is None or not self._printer.device:
            raise TransportError(f"{self.description} is not open")
        return self._printer.device


class SerialTransport:
    """A serial printer opened by python-escpos's ``Serial``, with pyserial timeouts."""

    def __init__(self, devfile: str, *, baudrate: int = 9600, write_timeout: float = 10.0) -> None:
        self.devfile, self.baudrate, self.write_timeout = devfile, baudrate, write_timeout
        self.description = f"serial://{devfile}?baudrate={baudrate}"
        self._printer: Any = None

    def open(self) -> None:
        from escpos.printer import Serial  # python-escpos[serial]

        self.close()
        try:
            printer = Serial(self.devfile, baudrate=self.baudrate, timeout=0.1)
            printer.open()
        except Exception as exc:  # DeviceNotFoundError, SerialException
            raise TransportError(f"cannot open {self.description}: {exc}") from exc
        printer.device.write_timeout = self.write_timeout  # pyserial: bounded writes
        self._printer = printer

    def write(self, data: bytes) -> None:
        try:
            self._device().write(data)
        except TransportError:
            raise
        except Exception as exc:  # SerialTimeoutException, SerialException
            raise TransportError(f"write to {self.description} failed: {exc}") from exc

    def read(self, timeout: float) -> bytes:
        device = self._device()
        device.timeout = max(timeout, 0.001)
        try:
            return bytes(device.read(64))  # pyserial returns b"" on timeout
        except Exception as exc:
            raise TransportError(f"read from {self.description} failed: {exc}") from exc

    def discard_input(self) -> None:
        try:
            self._device().reset_input_buffer()
        except TransportError:
            raise
        except Exception as exc:
            raise TransportError(f"{self.description}: {exc}") from exc

    def close(self) -> None:
        if self._printer is not None:
            printer, self._printer = self._printer, None
            with contextlib.suppress(Exception):  # closing must never raise
                printer.close()

    def _device(self) -> Any:
        if self._printer is None or not self._printer.device:
            raise TransportError(f"{self.description} is not open")
        return self._printer.device


def transport_for(
    uri: str, *, connect_timeout: float = 1.0, write_timeout: float = 10.0
) -> Transport:
    """The transport a URI names; parsing only, nothing is opened. Raises ValueError."""
    parts = urlsplit(uri)
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    if parts.scheme == "tcp":
        if not parts.hostname:
            raise ValueError(f"printer URI {uri!r} has no host")
        return TcpTransport(
            parts.hostname,
            parts.port or 9100,
            connect_timeout=connect_timeout,
            write_timeout=write_timeout,
        )
    if parts.scheme == "usb":
        try:
            vendor, product = (int(x, 16) for x in parts.netloc.split(":"))
        except ValueError:
            raise ValueError(f"printer URI {uri!r}: expected usb://VID:PID in hex") from None
        return UsbTransport(
            vendor,
            product,
            write_timeout=write_timeout,
            in_ep=int(query.get("in_ep", "0x82"), 0),
            out_ep=int(query.get("out_ep", "0x01"), 0),
        )
    if parts.scheme == "serial":
        if not parts.path:
            raise ValueError(f"printer URI {uri!r} has no device path")
        return SerialTransport(
            parts.path, baudrate=int(query.get("baudrate", "9600")), write_timeout=write_timeout
        )
    raise ValueError(f"printer URI {uri!r}: scheme must be tcp, usb or serial")
