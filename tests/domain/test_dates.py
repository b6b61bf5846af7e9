"""Dates and times as the secretary types them: every real one accepted, the rest explained."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from jamdesk.domain.dates import (
    date_from_iso,
    date_to_iso,
    parse_date,
    parse_time,
    swedish_time,
    time_from_text,
    time_to_text,
)
from jamdesk.domain.errors import ValidationError

padding = st.sampled_from(["", " ", "  ", "\t"])


def compact(day: dt.date) -> str:
    """Return the date as YYYYMMDD (strftime does not pad years before 1000)."""
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


@given(day=st.dates(), before=padding, after=padding)
def test_every_real_date_written_iso_is_accepted(day: dt.date, before: str, after: str) -> None:
    assert parse_date(f"{before}{day.isoformat()}{after}") == day


@given(day=st.dates())
def test_every_real_date_written_compactly_is_accepted(day: dt.date) -> None:
    assert parse_date(compact(day)) == day


@given(year=st.integers(1, 9999), month=st.integers(0, 99), day=st.integers(0, 99))
def test_a_date_that_does_not_exist_is_refused_by_name(year: int, month: int, day: int) -> None:
    try:
        dt.date(year, month, day)
    except ValueError:
        pass
    else:
        assume(False)  # a real date: covered above
    text = f"{year:04d}-{month:02d}-{day:02d}"

    with pytest.raises(ValidationError) as raised:
        parse_date(text, field="due_on")

    assert raised.value.field == "due_on"
    assert raised.value.message == f"The date {text} does not exist."


@pytest.mark.parametrize("text", ["2026-02-30", "2025-02-29", "2026-04-31", "2026-13-01"])
def test_examples_of_dates_that_do_not_exist(text: str) -> None:
    with pytest.raises(ValidationError) as raised:
        parse_date(text)

    assert text in raised.value.message
    assert raised.value.field == "date"


def test_leap_day_exists_in_a_leap_year() -> None:
    assert parse_date("2024-02-29") == dt.date(2024, 2, 29)


@pytest.mark.parametrize("text", ["", "idag", "14/10/2025", "2025.10.14", "25-10-14", "2025-10"])
def test_text_that_is_not_a_date_asks_for_yyyy_mm_dd(text: str) -> None:
    with pytest.raises(ValidationError) as raised:
        parse_date(text, field="meeting_date")

    assert raised.value.field == "meeting_date"
    assert "YYYY-MM-DD" in raised.value.message


@given(hour=st.integers(0, 23), minute=st.integers(0, 59), separator=st.sampled_from(".:"))
def test_every_real_time_is_accepted_with_a_dot_or_a_colon(
    hour: int, minute: int, separator: str
) -> None:
    assert parse_time(f"{hour:02d}{separator}{minute:02d}") == dt.time(hour, minute)
    assert parse_time(f" {hour}{separator}{minute:02d} ") == dt.time(hour, minute)


def test_swedish_and_iso_afternoon_are_the_same_time() -> None:
    assert parse_time("13.00") == parse_time("13:00") == dt.time(13, 0)


@given(
    hour=st.integers(0, 99),
    minute=st.integers(0, 99),
    separator=st.sampled_from(".:"),
)
def test_a_time_that_does_not_exist_is_refused_by_name(
    hour: int, minute: int, separator: str
) -> None:
    assume(hour > 23 or minute > 59)
    text = f"{hour:02d}{separator}{minute:02d}"

    with pytest.raises(ValidationError) as raised:
        parse_time(text, field="start")

    assert raised.value.field == "start"
    assert raised.value.message == f"The time {text} does not exist."


@pytest.mark.parametrize("text", ["24.00", "23.60", "99:99"])
def test_examples_of_times_that_do_not_exist(text: str) -> None:
    with pytest.raises(ValidationError) as raised:
        parse_time(text)

    assert text in raised.value.message


@pytest.mark.parametrize("text", ["", "kl 13", "1300", "13", "13.0", "13-00", "13.00.00"])
def test_text_that_is_not_a_time_asks_for_hh_mm(text: str) -> None:
    with pytest.raises(ValidationError) as raised:
        parse_time(text)

    assert raised.value.field == "time"
    assert "HH.MM" in raised.value.message


@given(day=st.dates())
def test_stored_dates_read_back_unchanged(day: dt.date) -> None:
    assert date_from_iso(date_to_iso(day)) == day


@given(hour=st.integers(0, 23), minute=st.integers(0, 59))
def test_stored_and_swedish_times_read_back_unchanged(hour: int, minute: int) -> None:
    time = dt.time(hour, minute)

    assert time_to_text(time) == f"{hour:02d}:{minute:02d}"
    assert time_from_text(time_to_text(time)) == time
    assert parse_time(swedish_time(time)) == time
