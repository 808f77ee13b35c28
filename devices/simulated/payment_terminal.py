"""A simulated card payment terminal with scripted outcomes."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
from collections import deque
from dataclasses import dataclass
from typing import ClassVar

from spaziocitta.devices.ports import Publish
from spaziocitta.devices.simulated._base import SimulatedDevice
from spaziocitta.devices.types import DeviceError, PaymentOutcome, PaymentRequest, PaymentResult

_MESSAGES = {
    PaymentOutcome.APPROVED: "Approved",
    PaymentOutcome.DECLINED: "Declined by the card issuer",
    PaymentOutcome.TIMEOUT: "No card presented",
    PaymentOutcome.CANCELLED: "Cancelled",
    PaymentOutcome.CONNECTION_LOST: "Terminal not answering",
}


@dataclass(frozen=True)
class SimulatedCharge:
    """Money the simulated terminal actually took."""

    terminal_ref: str
    request: PaymentRequest


class SimulatedPaymentTerminal(SimulatedDevice):
    """A payment terminal that answers after ``delay_seconds``.

    The outcome is the next one queued with ``queue_outcomes``, else
    ``default_outcome``. ``charges`` records approvals (and the charge behind
    a lost connection, see ``lose_connection_after_charge_next``), ``voids``
    the references voided, ``requests`` every request received.
    """

    kind: ClassVar[str] = "payment_terminal"

    def __init__(
        self,
        publish: Publish,
        *,
        default_outcome: PaymentOutcome | str = PaymentOutcome.APPROVED,
        delay_seconds: float = 0.01,
    ) -> None:
        super().__init__(publish)
        self.default_outcome = PaymentOutcome(default_outcome)
        self.delay_seconds = delay_seconds
        self.requests: list[PaymentRequest] = []
        self.charges: list[SimulatedCharge] = []
        self.voids: list[str] = []
        self.outcomes: dict[str, PaymentResult] = {}
        self._outcomes: deque[PaymentOutcome] = deque()
        self._lose_after_charge = False
        self._cancelled: asyncio.Event | None = None  # set while a payment runs
        self._refs = itertools.count(1)

    @property
    def busy(self) -> bool:
        """True while a payment is in progress."""
        return self._cancelled is not None

    def queue_outcomes(self, *outcomes: PaymentOutcome | str) -> None:
        """Script the next payments' outcomes, one each, in order."""
        self._outcomes.extend(PaymentOutcome(o) for o in outcomes)

    def lose_connection_after_charge_next(self) -> None:
        """Next payment: take the money, then answer CONNECTION_LOST.

        The worst case the kiosk's payment journal must reconcile.
        """
        self._lose_after_charge = True

    async def pay(self, request: PaymentRequest) -> PaymentResult:
        """Wait ``delay_seconds`` (the citizen at the terminal), then answer."""
        self._require_open()
        if self._cancelled is not None:
            raise DeviceError("payment already in progress", user_message="The terminal is busy.")
        self.requests.append(request)
        cancelled = self._cancelled = asyncio.Event()
        try:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(cancelled.wait(), self.delay_seconds)
            if cancelled.is_set():
                outcome = PaymentOutcome.CANCELLED  # a scripted outcome stays for the next one
            elif self._outcomes:
                outcome = self._outcomes.popleft()
            else:
                outcome = self.default_outcome
            result, truth = self._answer(request, outcome)
            self.outcomes[request.reference] = truth
            return result
        finally:
            self._cancelled = None

    async def cancel(self) -> None:
        """Abandon the payment in progress; nothing happens if there is none."""
        if self._cancelled is not None:
            self._cancelled.set()

    async def lookup(self, reference: str) -> PaymentResult | None:
        """The true final result of the request with this reference; None if never received."""
        self._require_open()
        await asyncio.sleep(0)
        return self.outcomes.get(reference)

    async def void(self, terminal_ref: str) -> bool:
        """Void a charge once; False for unknown or already voided references."""
        self._require_open()
        await asyncio.sleep(0)
        known = any(c.terminal_ref == terminal_ref for c in self.charges)
        if not known or terminal_ref in self.voids:
            return False
        self.voids.append(terminal_ref)
        return True

    def _answer(
        self, request: PaymentRequest, outcome: PaymentOutcome
    ) -> tuple[PaymentResult, PaymentResult]:
        """The answer the kiosk gets, and the truth the terminal keeps for ``lookup``."""
        ref = f"SIM{next(self._refs):06d}"
        if outcome is PaymentOutcome.APPROVED and self._lose_after_charge:
            self._lose_after_charge = False
            self.charges.append(SimulatedCharge(ref, request))
            approved = PaymentOutcome.APPROVED
            truth = PaymentResult(approved, ref, f"A{ref[-5:]}", _MESSAGES[approved])
            outcome = PaymentOutcome.CONNECTION_LOST
            return PaymentResult(outcome, None, None, _MESSAGES[outcome]), truth
        if outcome is PaymentOutcome.APPROVED:
            self.charges.append(SimulatedCharge(ref, request))
            result = PaymentResult(outcome, ref, f"A{ref[-5:]}", _MESSAGES[outcome])
        elif outcome is PaymentOutcome.DECLINED:
            result = PaymentResult(outcome, ref, None, _MESSAGES[outcome])
        else:
            result = PaymentResult(outcome, None, None, _MESSAGES[outcome])
        if outcome is PaymentOutcome.CONNECTION_LOST:
            # Lost before any card was read: the terminal knows nothing was taken.
            return result, PaymentResult(PaymentOutcome.CANCELLED, None, None, "Not completed")
        return result, result
