"""A backend that misbehaves on a real socket: slow, reset mid-body, garbage, wrong contract."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator

import pytest

from spaziocitta.kiosk.config import BackendSection
from spaziocitta.kiosk.sync.client import BackendClient
from spaziocitta.kiosk.sync.outbox import Outgoing
from spaziocitta.kiosk.sync.relay import Retry

ITEM = Outgoing(1, "application", "key-1", "TOTEM01-20261122-0001", {"form_id": "x"}, 0)

HEAD = b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
ANSWERS = {
    "slow": None,  # reads the request, never answers
    "reset": HEAD + b'Content-Length: 200\r\n\r\n{"protocol',  # closed mid-body
    "garbage": HEAD + b"Content-Length: 9\r\n\r\n{garbage}",
    "contract": HEAD + b'Content-Length: 27\r\n\r\n{"protocol_number": [1, 2]}',
    "not_http": b"SSH-2.0-OpenSSH_9.2\r\n",
}


@pytest.fixture
def faulty(request: pytest.FixtureRequest) -> Iterator[str]:
    """A TCP server on 127.0.0.1 that answers every request the same wrong way."""
    answer = ANSWERS[request.param]
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(2)
                try:
                    conn.recv(65536)
                    if answer is None:
                        stop.wait(5)
                    else:
                        conn.sendall(answer)
                        conn.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}"
    stop.set()
    thread.join(timeout=5)
    server.close()


@pytest.mark.parametrize(
    ("faulty", "words"),
    [
        ("slow", "did not answer in time"),
        ("reset", "unreachable"),
        ("garbage", "contract"),
        ("contract", "protocol_number"),
        ("not_http", "unreachable"),
    ],
    indirect=["faulty"],
)
def test_each_fault_is_a_bounded_retry(faulty: str, words: str) -> None:
    async def go():  # type: ignore[no-untyped-def]
        client = BackendClient(BackendSection(url=faulty, timeout_seconds=1.0), "demo-totem-01")
        await client.start()
        try:
            return await client.deliver(ITEM)
        finally:
            await client.close()

    started = time.monotonic()
    outcome = asyncio.run(go())
    assert isinstance(outcome, Retry)
    assert words in outcome.error
    assert time.monotonic() - started < 5, "never stuck on a bad backend"
