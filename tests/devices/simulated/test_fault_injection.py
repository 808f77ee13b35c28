"""Simulator-only behaviour the contract suites cannot ask of real hardware."""

from __future__ import annotations

import asyncio

import pytest

from spaziocitta.devices.simulated import (
    DEMO_CIE,
    DEMO_TS_CNS,
    SimulatedCardReader,
    SimulatedPaymentTerminal,
    SimulatedPrinterState,
    SimulatedReceiptPrinter,
    SimulatedSpeech,
)
from spaziocitta.devices.types import (
    CardInserted,
    PaymentOutcome,
    PaymentRequest,
    PrinterStatusChanged,
    Receipt,
    ReceiptLine,
)

REQUEST = PaymentRequest(500, "300715700000000032", "Diritti di segreteria")


def test_reader_refuses_a_second_card(bus) -> None:
    reader = SimulatedCardReader(bus.publish, card=DEMO_TS_CNS)
    with pytest.raises(ValueError, match="remove"):
        reader.insert(DEMO_CIE)


def test_reader_counts_reads_and_starts_with_a_configured_card(bus, run) -> None:
    reader = SimulatedCardReader(bus.publish, card=DEMO_CIE, reader_name="Slot A")

    async def scenario() -> None:
        await reader.read_card()
        await reader.read_card()

    run(scenario, reader)
    assert reader.reads == 2
    assert bus.events == [CardInserted("Slot A", DEMO_CIE)]


def test_printer_throttle_paces_each_line(bus, run) -> None:
    printer = SimulatedReceiptPrinter(bus.publish, throttle_seconds=0.01)
    job = Receipt("R", tuple(ReceiptLine(str(i)) for i in range(8)))

    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        started = loop.time()
        await printer.print_receipt(job)
        assert loop.time() - started >= 0.1  # 8 lines + header + footer

    run(scenario, printer)


def test_printer_records_failed_jobs_and_publishes_only_changes(bus, run) -> None:
    printer = SimulatedReceiptPrinter(bus.publish)
    job = Receipt("R", (ReceiptLine("a"),))

    async def scenario() -> None:
        printer.fail_mid_job_next()
        with pytest.raises(Exception, match="jam"):
            await printer.print_receipt(job)
        printer.set_state("ok")  # no change: no event
        await printer.status()

    run(scenario, printer)
    assert printer.failed == [job]
    assert printer.printed == []
    assert len(bus.of(PrinterStatusChanged)) == 1  # the one found at start


def test_printer_not_answering_health_is_unknown_and_delay_is_configurable(bus, run) -> None:
    printer = SimulatedReceiptPrinter(
        bus.publish, state=SimulatedPrinterState.NOT_ANSWERING, not_answering_delay=0.05
    )

    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        started = loop.time()
        await printer.status()
        assert loop.time() - started >= 0.05
        assert (await printer.health()).ok is None

    run(scenario, printer)


def test_speech_counts_withheld_texts_and_splits_sentences(bus, run) -> None:
    speech = SimulatedSpeech(bus.publish, chars_per_second=10.0)

    async def scenario() -> None:
        await speech.speak("Uno. Due! Tre?", "it")
        await asyncio.sleep(0)  # let the talking task take the first sentence
        assert speech.queue == ("Due!", "Tre?")  # "Uno." is being said
        await speech.speak("PIN 1234", "it", private=True)
        speech.stop()

    run(scenario, speech)
    assert speech.withheld == 1
    assert all("1234" not in text for text, _ in speech.spoken)


def test_speech_empty_text_just_stops(bus, run) -> None:
    speech = SimulatedSpeech(bus.publish, chars_per_second=10.0)

    async def scenario() -> None:
        await speech.speak("Qualcosa da dire.", "it")
        await speech.speak("   ", "it")
        assert not speech.speaking

    run(scenario, speech)
    assert speech.spoken == [("Qualcosa da dire.", "it")]


def test_terminal_outcome_queue_then_default(bus, run) -> None:
    terminal = SimulatedPaymentTerminal(bus.publish, default_outcome="declined")

    async def scenario() -> None:
        terminal.queue_outcomes("approved", PaymentOutcome.TIMEOUT)
        outcomes = [(await terminal.pay(REQUEST)).outcome for _ in range(3)]
        assert outcomes == [
            PaymentOutcome.APPROVED,
            PaymentOutcome.TIMEOUT,
            PaymentOutcome.DECLINED,
        ]

    run(scenario, terminal)
    assert len(terminal.requests) == 3
    assert len(terminal.charges) == 1


def test_terminal_connection_lost_after_charging(bus, run) -> None:
    terminal = SimulatedPaymentTerminal(bus.publish)

    async def scenario() -> None:
        terminal.lose_connection_after_charge_next()
        result = await terminal.pay(REQUEST)
        assert result.outcome is PaymentOutcome.CONNECTION_LOST
        assert result.terminal_ref is None
        # The money was taken: the kiosk's journal must reconcile and void it.
        assert len(terminal.charges) == 1
        assert await terminal.void(terminal.charges[0].terminal_ref)

    run(scenario, terminal)


def test_terminal_cancel_keeps_the_scripted_outcome_for_the_next_payment(bus, run) -> None:
    terminal = SimulatedPaymentTerminal(bus.publish, delay_seconds=5.0)

    async def scenario() -> None:
        terminal.queue_outcomes(PaymentOutcome.DECLINED)
        payment = asyncio.ensure_future(terminal.pay(REQUEST))
        await asyncio.sleep(0)
        await terminal.cancel()
        assert (await payment).outcome is PaymentOutcome.CANCELLED
        terminal.delay_seconds = 0.0
        assert (await terminal.pay(REQUEST)).outcome is PaymentOutcome.DECLINED

    run(scenario, terminal)
