"""§ numbers run on through the calendar year for a body and restart each January."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamdesk.domain.minutes import next_paragraph_numbers, paragraph_range, paragraph_year

EN_DASH = "\u2013"

# A meeting: its date and how many paragraphs its protocol gets. Minutes are not always
# written in date order (a late protocol of March after April's), so the list is unsorted.
meetings = st.lists(
    st.tuples(st.dates(dt.date(2022, 1, 1), dt.date(2026, 12, 31)), st.integers(0, 9)),
    max_size=40,
)


@given(meetings=meetings)
def test_numbers_run_on_within_a_year_without_gaps_or_repeats(
    meetings: list[tuple[dt.date, int]],
) -> None:
    used: dict[int, list[int]] = {}
    for date, count in meetings:
        year = paragraph_year(date)
        numbers = next_paragraph_numbers(used.get(year, []), count)

        assert len(numbers) == count
        assert numbers == sorted(numbers)
        used.setdefault(year, []).extend(numbers)

    for numbers in used.values():
        # Each year starts at § 1 and runs on: 1, 2, 3, … in the order they were given.
        assert numbers == list(range(1, len(numbers) + 1))


@given(meetings=meetings)
def test_each_year_restarts_at_paragraph_one(meetings: list[tuple[dt.date, int]]) -> None:
    used: dict[int, list[int]] = {}
    for date, count in meetings:
        year = paragraph_year(date)
        first_this_year = not used.get(year)
        numbers = next_paragraph_numbers(used.get(year, []), count)
        if first_this_year and numbers:
            assert numbers[0] == 1
        used.setdefault(year, []).extend(numbers)


def test_new_year_restarts_the_series() -> None:
    december = next_paragraph_numbers([], 30)
    assert paragraph_year(dt.date(2025, 12, 31)) == 2025
    assert paragraph_year(dt.date(2026, 1, 1)) == 2026

    assert december == list(range(1, 31))
    assert next_paragraph_numbers([], 3) == [1, 2, 3]  # 2026 has used nothing yet
    assert next_paragraph_numbers(december, 3) == [31, 32, 33]  # still 2025


@given(used=st.sets(st.integers(1, 500)), count=st.integers(0, 20))
def test_gaps_left_by_removed_drafts_are_never_reused(used: set[int], count: int) -> None:
    numbers = next_paragraph_numbers(used, count)

    assert numbers == list(range(max(used, default=0) + 1, max(used, default=0) + 1 + count))
    assert not used.intersection(numbers)


@given(number=st.integers(1, 10_000))
def test_a_single_paragraph_is_cited_with_one_section_sign(number: int) -> None:
    assert paragraph_range([number]) == f"§ {number}"


@given(first=st.integers(1, 10_000), length=st.integers(2, 60), data=st.data())
def test_several_paragraphs_are_cited_first_to_last_with_an_en_dash(
    first: int, length: int, data: st.DataObject
) -> None:
    numbers = data.draw(st.permutations(list(range(first, first + length))), label="order")

    text = paragraph_range(numbers)

    assert text == f"§§ {first}{EN_DASH}{first + length - 1}"
    assert "-" not in text  # never a hyphen-minus


@pytest.mark.parametrize(
    ("numbers", "expected"),
    [
        ([12], "§ 12"),
        ([12, 13, 14, 15, 16, 17, 18, 19], "§§ 12–19"),
        ([19, 12, 15, 13, 14, 16, 18, 17], "§§ 12–19"),
        ([7, 7], "§ 7"),
        ([], ""),
    ],
)
def test_paragraph_range_as_the_signature_block_cites_it(numbers: list[int], expected: str) -> None:
    assert paragraph_range(numbers) == expected
