"""Contract of the PaymentTerminal port, run against every implementation.

The driver scripts the terminal's answers (what the citizen does at the
terminal) and reports the money actually taken and voided.
"""

from __future__ import annotations

import asyncio
from typing import Any, NamedTuple

import pytest

from spaziocitta.devices.ports import PaymentTerminal
from spaziocitta.devices.registry import create
from spaziocitta.devices.simulated import SimulatedPaymentTerminal
from spaziocitta.devices.types import (
    DeviceError,
    DeviceUnavailable,
    PaymentOutcome,
    PaymentRequest,
)

REQUEST = PaymentRequest(1650, "300715700000000032", "TARI 2025, rata 1")


class SimulatedDriver:
    """Drives SimulatedPaymentTerminal."""

    def __init__(self, device: SimulatedPaymentTerminal) -> None:
        self.device = device

    async def next_outcome(self, outcome: PaymentOutcome) -> None:
        self.device.queue_outcomes(outcome)

    async def slow_down(self, seconds: float) -> None:
        self.device.delay_seconds = seconds

    async def charged_refs(self) -> list[str]:
        return [c.terminal_ref for c in self.device.charges]

    async def charged_amounts(self) -> list[int]:
        return [c.request.amount_cents for c in self.device.charges]

    async def voided_refs(self) -> list[str]:
        return list(self.device.voids)

    async def charge_then_lose_connection(self) -> None:
        self.device.lose_connection_after_charge_next()


DRIVERS: dict[str, Any] = {"simulated": SimulatedDriver}


class Rig(NamedTuple):
    device: PaymentTerminal
    driver: Any


@pytest.fixture(params=sorted(DRIVERS))
def rig(request, bus) -> Rig:
    device = create("payment_terminal", request.param, publish=bus.publish)
    return Rig(device, DRIVERS[request.param](device))


def test_implements_the_port(rig) -> None:
    assert isinstance(rig.device, PaymentTerminal)
    assert rig.device.kind == "payment_terminal"


def test_approved_payment_is_charged_once(rig, run) -> None:
    terminal, driver = rig

    async def scenario() -> None:
        result = await terminal.pay(REQUEST)
        assert result.outcome is PaymentOutcome.APPROVED
        assert result.approved
        assert result.terminal_ref
        assert result.auth_code
        assert await driver.charged_refs() == [result.terminal_ref]
        assert await driver.charged_amounts() == [1650]

    run(scenario, terminal)


@pytest.mark.parametrize(
    "outcome",
    [
        PaymentOutcome.DECLINED,
        PaymentOutcome.TIMEOUT,
        PaymentOutcome.CANCELLED,
        PaymentOutcome.CONNECTION_LOST,
    ],
)
def test_unsuccessful_outcomes_take_no_money(rig, run, outcome) -> None:
    terminal, driver = rig

    async def scenario() -> None:
        await driver.next_outcome(outcome)
        result = await terminal.pay(REQUEST)
        assert result.outcome is outcome
        assert not result.approved
        assert result.auth_code is None
        assert await driver.charged_refs() == []
        assert (await terminal.pay(REQUEST)).approved  # the terminal is usable again

    run(scenario, terminal)


def test_cancel_during_pay_ends_it_promptly_as_cancelled(rig, run) -> None:
    terminal, driver = rig

    async def scenario() -> None:
        await driver.slow_down(30.0)
        loop = asyncio.get_running_loop()
        started = loop.time()
        payment = asyncio.ensure_future(terminal.pay(REQUEST))
        await asyncio.sleep(0.01)
        await terminal.cancel()
        result = await payment
        assert result.outcome is PaymentOutcome.CANCELLED
        assert loop.time() - started < 1.0
        assert await driver.charged_refs() == []

    run(scenario, terminal)


def test_cancel_when_idle_is_harmless(rig, run) -> None:
    terminal, _ = rig

    async def scenario() -> None:
        await terminal.cancel()
        assert (await terminal.pay(REQUEST)).approved  # a stale cancel does not leak

    run(scenario, terminal)


def test_second_payment_while_busy_is_refused(rig, run) -> None:
    terminal, driver = rig

    async def scenario() -> None:
        await driver.slow_down(0.1)
        first = asyncio.ensure_future(terminal.pay(REQUEST))
        await asyncio.sleep(0.01)
        with pytest.raises(DeviceError):
            await terminal.pay(REQUEST)
        assert (await first).approved
        assert len(await driver.charged_refs()) == 1

    run(scenario, terminal)


def test_task_cancellation_leaves_the_terminal_usable(rig, run) -> None:
    terminal, driver = rig

    async def scenario() -> None:
        await driver.slow_down(30.0)
        payment = asyncio.ensure_future(terminal.pay(REQUEST))
        await asyncio.sleep(0.01)
        payment.cancel()
        with pytest.raises(asyncio.CancelledError):
            await payment
        await driver.slow_down(0.01)
        assert (await terminal.pay(REQUEST)).approved

    run(scenario, terminal)


def test_void_reverses_an_approved_payment_once(rig, run) -> None:
    terminal, driver = rig

    async def scenario() -> None:
        result = await terminal.pay(REQUEST)
        assert result.terminal_ref
        assert await terminal.void(result.terminal_ref) is True
        assert await terminal.void(result.terminal_ref) is False
        assert await terminal.void("NO-SUCH-REF") is False
        assert await driver.voided_refs() == [result.terminal_ref]

    run(scenario, terminal)


def test_void_of_a_declined_payment_is_refused(rig, run) -> None:
    terminal, driver = rig

    async def scenario() -> None:
        await driver.next_outcome(PaymentOutcome.DECLINED)
        result = await terminal.pay(REQUEST)
        if result.terminal_ref is not None:
            assert await terminal.void(result.terminal_ref) is False
        assert await driver.voided_refs() == []

    run(scenario, terminal)


def test_closed_terminal_refuses_to_pay(rig) -> None:
    terminal, driver = rig

    async def scenario() -> None:
        with pytest.raises(DeviceUnavailable):
            await terminal.pay(REQUEST)
        await terminal.start()
        await terminal.close()
        with pytest.raises(DeviceUnavailable):
            await terminal.pay(REQUEST)
        assert await driver.charged_refs() == []

    asyncio.run(scenario())


def test_lookup_tells_what_became_of_each_request(rig, run) -> None:
    """After a crash the kiosk asks by its own reference instead of charging again."""
    terminal, driver = rig

    async def scenario() -> None:
        assert await terminal.lookup("NEVER-SENT") is None
        approved = await terminal.pay(PaymentRequest(100, "ECR-1", "one"))
        found = await terminal.lookup("ECR-1")
        assert found is not None and found.approved
        assert found.terminal_ref == approved.terminal_ref
        await driver.next_outcome(PaymentOutcome.DECLINED)
        await terminal.pay(PaymentRequest(100, "ECR-2", "two"))
        declined = await terminal.lookup("ECR-2")
        assert declined is not None and not declined.approved
        assert await driver.charged_refs() == [approved.terminal_ref]

    run(scenario, terminal)


def test_lookup_reveals_a_charge_behind_a_lost_connection(rig, run) -> None:
    terminal, driver = rig

    async def scenario() -> None:
        await driver.charge_then_lose_connection()
        told = await terminal.pay(PaymentRequest(250, "ECR-3", "three"))
        assert told.outcome is PaymentOutcome.CONNECTION_LOST and told.terminal_ref is None
        truth = await terminal.lookup("ECR-3")
        assert truth is not None and truth.approved and truth.terminal_ref
        assert await driver.charged_refs() == [truth.terminal_ref]
        assert await terminal.void(truth.terminal_ref) is True

    run(scenario, terminal)


def test_lookup_after_a_connection_lost_before_the_card_says_not_charged(rig, run) -> None:
    terminal, driver = rig

    async def scenario() -> None:
        await driver.next_outcome(PaymentOutcome.CONNECTION_LOST)
        await terminal.pay(PaymentRequest(250, "ECR-4", "four"))
        truth = await terminal.lookup("ECR-4")
        assert truth is not None and not truth.approved
        assert await driver.charged_refs() == []

    run(scenario, terminal)
