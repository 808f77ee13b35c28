"""Opening hours: open now and until when, or when it opens next."""

from __future__ import annotations

from datetime import date, datetime, time

from spaziocitta.kiosk.catalog.hours import open_status, weekly_lines

URP = {
    "hours": {
        "mon": [["08:30", "12:30"], ["14:00", "16:00"]],
        "wed": [["08:30", "12:30"]],
        "sat": [["09:00", "12:00"]],
    },
    "closed_on": ["2026-12-08"],
}


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def test_open_now_until() -> None:
    status = open_status(URP, at("2026-11-23T10:00"))  # a Monday
    assert status is not None and status.open and status.closes_at == time(12, 30)


def test_lunch_break_opens_again_today() -> None:
    status = open_status(URP, at("2026-11-23T13:00"))
    assert status is not None and not status.open
    assert (status.opens_on, status.opens_at) == (date(2026, 11, 23), time(14, 0))


def test_closed_until_a_later_day() -> None:
    status = open_status(URP, at("2026-11-23T17:00"))
    assert (status.opens_on, status.opens_at) == (date(2026, 11, 25), time(8, 30))


def test_closing_time_itself_is_closed() -> None:
    assert not open_status(URP, at("2026-11-25T12:30")).open


def test_holiday_is_skipped() -> None:
    # Tuesday 8 December 2026 is a holiday: the next opening is a week later.
    status = open_status(
        {"hours": {"tue": [["09:00", "10:00"]]}, "closed_on": ["2026-12-08"]},
        at("2026-12-07T18:00"),
    )
    assert status.opens_on == date(2026, 12, 15)


def test_no_hours_means_unknown_and_never_open() -> None:
    assert open_status({}, at("2026-11-23T10:00")) is None
    assert open_status({"hours": {}}, at("2026-11-23T10:00")) is None


def test_weekly_lines_in_order() -> None:
    assert weekly_lines(URP) == [
        ("mon", "08:30–12:30, 14:00–16:00"),
        ("wed", "08:30–12:30"),
        ("sat", "09:00–12:00"),
    ]
