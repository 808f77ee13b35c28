"""The event bus: typed delivery, and one failing listener never stops the others."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import pytest

from spaziocitta.kiosk.events import EventBus


@dataclass(frozen=True)
class Base:
    n: int


@dataclass(frozen=True)
class Child(Base):
    pass


def test_delivers_by_type_in_subscription_order() -> None:
    bus = EventBus()
    got: list[str] = []
    bus.subscribe(Base, lambda e: got.append(f"a{e.n}"))
    bus.subscribe(Base, lambda e: got.append(f"b{e.n}"))
    bus.subscribe(Child, lambda e: got.append(f"c{e.n}"))
    bus.publish(Base(1))
    bus.publish(Child(2))
    assert got == ["a1", "b1", "c2", "a2", "b2"], "subclass listeners first, then the base's"


def test_failing_listener_is_logged_and_others_still_run(caplog: pytest.LogCaptureFixture) -> None:
    bus = EventBus()
    got: list[int] = []

    def broken(_event: Base) -> None:
        raise RuntimeError("boom")

    bus.subscribe(Base, broken)
    bus.subscribe(Base, lambda e: got.append(e.n))
    with caplog.at_level(logging.ERROR):
        bus.publish(Base(7))
    assert got == [7]
    assert "boom" in caplog.text and "Base" in caplog.text


def test_unsubscribe_stops_delivery_even_during_publish() -> None:
    bus = EventBus()
    got: list[int] = []
    unsubscribe = bus.subscribe(Base, lambda e: got.append(e.n))
    bus.subscribe(Base, lambda _e: unsubscribe())
    bus.publish(Base(1))
    bus.publish(Base(2))
    assert got == [1]
