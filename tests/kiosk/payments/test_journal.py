"""The payment journal: legal steps only, each one on disk before the next, no card data."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import inspect, select

from spaziocitta.kiosk.contract.models import PaymentRecord
from spaziocitta.kiosk.payments import journal as j
from spaziocitta.kiosk.payments.journal import (
    IllegalTransition,
    NoticeInProgress,
    PaymentJournal,
    State,
    VerifiedNotice,
)
from spaziocitta.kiosk.store.db import Store
from spaziocitta.kiosk.store.models import OutboxItem
from spaziocitta.kiosk.sync import outbox

NOW = datetime(2026, 11, 22, 10, 30, tzinfo=UTC)
TARI = VerifiedNotice(
    "301202600000000154", "00199900010", "Comune di Borgo Esempio", "TARI 2026", 12840, 100
)
MENSA = VerifiedNotice(
    "302202600000000953", "00199900010", "Comune di Borgo Esempio", "Mensa", 9500, 100
)


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    opened = Store.open(tmp_path / "k.sqlite3")
    yield opened
    opened.close()


def test_happy_path_and_its_history(store: Store) -> None:
    with store.session() as db, db.begin():
        entry = j.create(db, [TARI, MENSA], NOW)
        assert entry.state is State.VERIFIED
        assert (entry.amount_cents, entry.fee_cents, entry.total_cents) == (22340, 200, 22540)
        pid = entry.payment_id
        entry = j.begin_attempt(db, pid, NOW)
        assert entry.state is State.AUTHORISING and entry.ecr_ref and entry.attempts == 1
        entry = j.authorised(
            db, pid, terminal_ref="SIM000001", auth_code="A00001", totem_id="demo-totem-01", now=NOW
        )
    # One outbox row per notice, each a valid contract PaymentRecord, same terminal ref.
    with store.session() as db:
        items = list(db.scalars(select(OutboxItem).order_by(OutboxItem.id)))
    assert [i.kind for i in items] == ["payment", "payment"]
    records = [PaymentRecord.model_validate_json(i.payload or "") for i in items]
    assert [r.notice_code for r in records] == [TARI.notice_code, MENSA.notice_code]
    assert {r.terminal_ref for r in records} == {"SIM000001"}
    assert [r.amount_cents + r.fee_cents for r in records] == [12940, 9600]
    assert [n.local_receipt for n in entry.notices] == [i.local_receipt for i in items]
    assert entry.state is State.AUTHORISED and not entry.fully_recorded and entry.receipt_owed

    with store.session() as db, db.begin():
        outbox.mark_acked(db, items[0].id, "RC-2026-000001", NOW)
        assert j.settle(db, pid, NOW).state is State.AUTHORISED, "one notice still pending"
        outbox.mark_acked(db, items[1].id, "RC-2026-000002", NOW)
        entry = j.settle(db, pid, NOW)
        assert entry.state is State.RECORDED and entry.fully_recorded
        assert [n.receipt_number for n in entry.notices] == ["RC-2026-000001", "RC-2026-000002"]
        entry = j.printed(db, pid, NOW)
        assert entry.state is State.RECEIPT_PRINTED and entry.prints == 1
        assert not entry.receipt_owed
        entry = j.printed(db, pid, NOW)  # a reprint counts, changes nothing else
        assert entry.prints == 2 and entry.state is State.RECEIPT_PRINTED
        assert [to for _, to, _ in j.history(db, pid)] == [
            "verified",
            "authorising",
            "authorised",
            "recorded",
            "receipt_printed",
        ]


@pytest.mark.parametrize(
    ("path", "illegal"),
    [
        ([], State.AUTHORISED),  # no charge without the authorising step first
        ([], State.RECORDED),
        ([State.AUTHORISING], State.RECORDED),
        ([State.AUTHORISING, State.AUTHORISED], State.AUTHORISING),  # never charge twice
        ([State.AUTHORISING, State.AUTHORISED], State.CANCELLED),  # paid cannot be undone so
        ([State.AUTHORISING, State.AUTHORISED], State.DECLINED),
        ([State.CANCELLED], State.AUTHORISING),
        ([State.AUTHORISING, State.AUTHORISED, State.VOIDED], State.RECORDED),
        ([State.AUTHORISING, State.AUTHORISED, State.FAILED], State.AUTHORISING),
        ([State.AUTHORISING, State.AUTHORISED, State.RECORDED], State.VOIDED),
    ],
)
def test_illegal_transitions_are_refused_and_change_nothing(
    store: Store, path: list[State], illegal: State
) -> None:
    with store.session() as db, db.begin():
        pid = j.create(db, [TARI], NOW).payment_id
        for state in path:
            if state is State.AUTHORISING:
                j.begin_attempt(db, pid, NOW)
            elif state is State.AUTHORISED:
                j.authorised(db, pid, terminal_ref="T1", auth_code=None, totem_id="t-01", now=NOW)
            else:
                j.transition(db, pid, state, NOW)
    with store.session() as db, db.begin(), pytest.raises(IllegalTransition):
        j.transition(db, pid, illegal, NOW)
    with store.session() as db:
        assert j.get(db, pid).state is (path[-1] if path else State.VERIFIED)


def test_every_state_is_reachable_and_final_states_are_final() -> None:
    reachable = {State.VERIFIED}
    frontier = [State.VERIFIED]
    while frontier:
        for nxt in j.TRANSITIONS[frontier.pop()]:
            if nxt not in reachable:
                reachable.add(nxt)
                frontier.append(nxt)
    assert reachable == set(State)
    for final in (State.RECEIPT_PRINTED, State.CANCELLED, State.VOIDED, State.FAILED):
        assert j.TRANSITIONS[final] == frozenset()


def test_a_retry_after_a_decline_gets_a_new_terminal_reference(store: Store) -> None:
    with store.session() as db, db.begin():
        pid = j.create(db, [TARI], NOW).payment_id
        first = j.begin_attempt(db, pid, NOW).ecr_ref
        j.transition(db, pid, State.DECLINED, NOW, reason="payment.declined")
        second = j.begin_attempt(db, pid, NOW)
    assert second.ecr_ref != first and second.attempts == 2 and second.reason is None


def test_a_notice_in_doubt_or_paid_here_cannot_be_paid_again(store: Store) -> None:
    with store.session() as db, db.begin():
        pid = j.create(db, [TARI], NOW).payment_id
        j.create(db, [TARI], NOW)  # merely verified twice: fine
        j.begin_attempt(db, pid, NOW)
    with store.session() as db, db.begin(), pytest.raises(NoticeInProgress) as caught:
        j.create(db, [MENSA, TARI], NOW)
    assert caught.value.key == "notice.payment_in_progress"
    with store.session() as db, db.begin():
        j.authorised(db, pid, terminal_ref="T1", auth_code=None, totem_id="t-01", now=NOW)
        assert j.notices_in_doubt(db) == {(TARI.notice_code, TARI.payee_fiscal_code)}
        for item in db.scalars(select(OutboxItem)):
            outbox.mark_acked(db, item.id, "RC-1", NOW)
        j.settle(db, pid, NOW)
    with store.session() as db, db.begin(), pytest.raises(NoticeInProgress) as caught:
        j.create(db, [TARI], NOW)
    assert caught.value.key == "notice.already_paid"
    with store.session() as db, db.begin(), pytest.raises(ValueError, match="twice"):
        j.create(db, [MENSA, MENSA], NOW)


def test_voiding_withdraws_the_unsent_records(store: Store) -> None:
    with store.session() as db, db.begin():
        pid = j.create(db, [TARI, MENSA], NOW).payment_id
        j.begin_attempt(db, pid, NOW)
        j.authorised(db, pid, terminal_ref="T1", auth_code=None, totem_id="t-01", now=NOW)
        for item in db.scalars(select(OutboxItem)):
            outbox.mark_rejected(db, item.id, "backend answered 409: already paid")
        entry = j.settle(db, pid, NOW)
        assert len(entry.rejected) == 2 and entry.state is State.AUTHORISED
        entry = j.voided(db, pid, NOW, "payment.refused_by_backend")
        assert entry.state is State.VOIDED and not entry.receipt_owed
        # "kiosk outbox retry" cannot resurrect them: they are gone.
        assert outbox.retry_all(db, NOW) == 0
        assert db.scalars(select(OutboxItem)).all() == []


def test_a_receipt_printed_offline_completes_when_recorded(store: Store) -> None:
    with store.session() as db, db.begin():
        pid = j.create(db, [TARI], NOW).payment_id
        j.begin_attempt(db, pid, NOW)
        j.authorised(db, pid, terminal_ref="T1", auth_code=None, totem_id="t-01", now=NOW)
        entry = j.printed(db, pid, NOW)
        assert entry.state is State.AUTHORISED and not entry.receipt_owed
        [item] = db.scalars(select(OutboxItem))
        outbox.mark_acked(db, item.id, "RC-9", NOW)
        assert j.settle(db, pid, NOW).state is State.RECEIPT_PRINTED
    with store.session() as db, db.begin():
        pid = j.create(db, [MENSA], NOW).payment_id
        with pytest.raises(IllegalTransition):
            j.printed(db, pid, NOW)  # nothing paid, nothing to print


def test_each_step_is_on_disk_when_the_call_returns(tmp_path: Path) -> None:
    """The async journal commits durably: a second connection sees every step at once."""
    path = tmp_path / "k.sqlite3"
    store = Store.open(path)
    seen: list[str] = []

    def on_disk(entry: j.JournalEntry) -> None:
        with sqlite3.connect(path) as other:
            (state,) = other.execute(
                "SELECT state FROM payment_journal WHERE payment_id = ?", (entry.payment_id,)
            ).fetchone()
        seen.append(state)

    async def go() -> None:
        book = PaymentJournal(store, on_commit=on_disk, clock=lambda: NOW)
        pid = (await book.create([TARI])).payment_id
        await book.begin_attempt(pid)
        await book.authorised(pid, terminal_ref="T1", auth_code="A1", totem_id="t-01")
        assert [e.payment_id for e in await book.reprintable()] == [pid]
        await book.printed(pid)
        assert await book.reprintable() == []
        assert json.loads(j.to_json(await book.get(pid)))["total_cents"] == 12940

    asyncio.run(go())
    store.close()
    assert seen == ["verified", "authorising", "authorised", "authorised"]


def test_no_column_can_hold_card_data(store: Store) -> None:
    columns = set()
    for table in ("payment_journal", "payment_journal_notices", "payment_journal_transitions"):
        columns |= {c["name"] for c in inspect(store.engine).get_columns(table)}
    forbidden = ("pan", "card", "expiry", "cvv", "holder", "track")
    assert not [c for c in columns if any(word in c.split("_") for word in forbidden)]
