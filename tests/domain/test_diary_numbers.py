"""Diary numbers: every valid pattern writes numbers it can read back; bad patterns are refused."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamdesk.domain.errors import ValidationError
from jamdesk.domain.organisation import DiaryNumberPattern, Organisation

# Literal text around the placeholders: anything but braces, which only placeholders use.
literal_text = st.text(
    alphabet=st.characters(exclude_categories=["Cs"], exclude_characters="{}"),
    max_size=6,
)
other_placeholders = st.sampled_from(["{year}", "{yy}", "{series}"])
number_placeholders = st.sampled_from(["{number}"] + [f"{{number:0{n}}}" for n in range(1, 10)])
series_text = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=8)


@st.composite
def patterns(draw: st.DrawFn) -> str:
    """Return a valid pattern: literals and placeholders around exactly one number."""
    tokens = draw(st.lists(st.one_of(literal_text, other_placeholders), max_size=6))
    tokens.insert(draw(st.integers(0, len(tokens))), draw(number_placeholders))
    return "".join(tokens)


@given(pattern=patterns(), data=st.data(), number=st.integers(1, 10**7), series=series_text)
def test_format_then_parse_gives_back_year_and_number(
    pattern: str, data: st.DataObject, number: int, series: str
) -> None:
    diary = DiaryNumberPattern(pattern)
    if "{year}" in pattern:
        year = data.draw(st.integers(1, 9999), label="year")
        expected_year = year
    elif "{yy}" in pattern:
        # Two digits only say which year of this century.
        year = data.draw(st.integers(2000, 2099), label="year")
        expected_year = year
    else:
        year = data.draw(st.integers(1, 9999), label="year")
        expected_year = 0  # the pattern does not say, so parse cannot know

    text = diary.format(year, number, series)

    assert diary.parse(text, series) == (expected_year, number)
    assert text == text.strip()
    assert diary.parse(f"  {text}\n", series) == (expected_year, number)


@given(number=st.integers(1, 99_999), width=st.integers(1, 9))
def test_zero_padded_number_has_at_least_its_width(number: int, width: int) -> None:
    text = DiaryNumberPattern(f"KS {{year}}/{{number:0{width}}}").format(2026, number)

    digits = text.removeprefix("KS 2026/")
    assert len(digits) == max(width, len(str(number)))
    assert int(digits) == number


@pytest.mark.parametrize(
    ("pattern", "series", "year", "number", "expected"),
    [
        ("{series} {year}/{number}", "KS", 2026, 123, "KS 2026/123"),
        ("{series} {year}/{number}", "", 2026, 123, "2026/123"),
        ("{series}-{yy}-{number:04}", "BUN", 2026, 42, "BUN-26-0042"),
        ("Dnr {series} {year}.{number:03}", "SN", 2025, 7, "Dnr SN 2025.007"),
        ("{year}/{number}/{year}", "", 2026, 5, "2026/5/2026"),
        ("{number}{year}", "", 2026, 17, "172026"),
    ],
)
def test_format_writes_the_registrys_number(
    pattern: str, series: str, year: int, number: int, expected: str
) -> None:
    diary = DiaryNumberPattern(pattern)

    assert diary.format(year, number, series) == expected
    assert diary.parse(expected, series) == (year, number)


@pytest.mark.parametrize(
    ("pattern", "text", "series"),
    [
        ("{series} {year}/{number}", "BUN 2026/12", "KS"),  # another series
        ("{series} {year}/{number}", "KS 26/12", "KS"),  # year too short
        ("{series} {year}/{number}", "KS 2026/0", "KS"),  # no case 0
        ("{series} {year}/{number}", "KS 2026/", "KS"),
        ("{series} {year}/{number}", "KS 2026/12a", "KS"),
        ("{series} {yy}-{number:04}", "KS 26-42", "KS"),  # not padded
        ("{year}/{number}/{year}", "2026/5/2027", ""),  # the year disagrees with itself
        ("{series} {year}/{number}", "", "KS"),
    ],
)
def test_parse_refuses_text_not_written_in_the_pattern(
    pattern: str, text: str, series: str
) -> None:
    assert DiaryNumberPattern(pattern).parse(text, series) is None


@pytest.mark.parametrize(
    "pattern",
    [
        "",
        "KS {year}",  # no number
        "{number}/{number}",  # two numbers
        "{series} {year}/{nummer}",  # unknown name
        "{series} {month}/{number}",
        "{series} {year}/{number:4}",  # width without the zero
        "{series} {year}/{number:00}",  # width zero
        "{series} {year}/{number:010}",  # width of two digits
        "{series {year}/{number}",  # unclosed brace
        "KS {year}/{number}}",  # stray closing brace
        "{{number}}",
    ],
)
def test_invalid_pattern_is_refused_with_a_clear_message(pattern: str) -> None:
    with pytest.raises(ValidationError) as raised:
        DiaryNumberPattern(pattern)

    error = raised.value
    assert error.field == "diary_pattern"
    assert f"“{pattern}”" in error.message
    assert "{number}" in error.message  # tells the user what to write instead


@given(number=st.integers(max_value=0))
def test_case_number_below_one_is_refused(number: int) -> None:
    with pytest.raises(ValidationError) as raised:
        DiaryNumberPattern("{series} {year}/{number}").format(2026, number, "KS")

    assert raised.value.field == "diary_number"


def test_organisation_writes_diary_numbers_in_its_registrys_series() -> None:
    organisation = Organisation(
        name="Jämköpings kommun",
        delegation_name="Jämställdhetsdelegationen",
        diary_pattern="{series} {year}/{number}",
        registry_series="KS",
    )

    assert organisation.diary_number(2026, 123) == "KS 2026/123"


def test_organisation_with_a_bad_pattern_is_refused() -> None:
    organisation = Organisation(
        name="Jämköpings kommun",
        delegation_name="Jämställdhetsdelegationen",
        diary_pattern="{series} {år}/{number}",
    )

    with pytest.raises(ValidationError) as raised:
        organisation.validated()

    assert raised.value.field == "diary_pattern"
