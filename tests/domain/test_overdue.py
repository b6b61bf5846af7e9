"""What is overdue: promised or requested by a date that has passed, and still outstanding."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamdesk.domain.commitments import CommitmentStatus, commitment_is_overdue
from jamdesk.domain.requests import RequestStatus, request_is_overdue

# Written out here rather than imported, so a change to the rule has to change this test too.
STILL_TO_BE_KEPT = {CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS}
ANSWER_OWED = {RequestStatus.SENT, RequestStatus.SUPPLEMENT_REQUESTED}

dates = st.dates(dt.date(2000, 1, 1), dt.date(2100, 12, 31))
commitment_statuses = st.sampled_from(CommitmentStatus)
request_statuses = st.sampled_from(RequestStatus)
ONE_DAY = dt.timedelta(days=1)


@given(status=commitment_statuses, due_on=dates)
def test_commitment_due_today_is_not_overdue(status: CommitmentStatus, due_on: dt.date) -> None:
    assert not commitment_is_overdue(status, due_on, as_of=due_on)


@given(status=commitment_statuses, due_on=dates, late_by=st.integers(1, 4000))
def test_commitment_past_its_date_is_overdue_only_while_still_to_be_kept(
    status: CommitmentStatus, due_on: dt.date, late_by: int
) -> None:
    as_of = due_on + dt.timedelta(days=late_by)

    assert commitment_is_overdue(status, due_on, as_of) == (status in STILL_TO_BE_KEPT)


@given(status=commitment_statuses, due_on=dates, early_by=st.integers(0, 4000))
def test_commitment_not_yet_due_is_never_overdue(
    status: CommitmentStatus, due_on: dt.date, early_by: int
) -> None:
    assert not commitment_is_overdue(status, due_on, due_on - dt.timedelta(days=early_by))


@given(status=commitment_statuses, as_of=dates)
def test_commitment_without_a_due_date_is_never_overdue(
    status: CommitmentStatus, as_of: dt.date
) -> None:
    assert not commitment_is_overdue(status, None, as_of)


@given(status=commitment_statuses, due_on=dates, first=dates, second=dates)
def test_a_commitment_once_overdue_stays_overdue(
    status: CommitmentStatus, due_on: dt.date, first: dt.date, second: dt.date
) -> None:
    earlier, later = sorted((first, second))
    if commitment_is_overdue(status, due_on, earlier):
        assert commitment_is_overdue(status, due_on, later)


@given(status=request_statuses, due_on=dates)
def test_request_due_today_is_not_overdue(status: RequestStatus, due_on: dt.date) -> None:
    assert not request_is_overdue(status, due_on, as_of=due_on)


@given(status=request_statuses, due_on=dates, late_by=st.integers(1, 4000))
def test_request_past_its_date_is_overdue_only_while_the_board_owes_an_answer(
    status: RequestStatus, due_on: dt.date, late_by: int
) -> None:
    as_of = due_on + dt.timedelta(days=late_by)

    assert request_is_overdue(status, due_on, as_of) == (status in ANSWER_OWED)


@given(status=request_statuses, due_on=dates, early_by=st.integers(0, 4000))
def test_request_not_yet_due_is_never_overdue(
    status: RequestStatus, due_on: dt.date, early_by: int
) -> None:
    assert not request_is_overdue(status, due_on, due_on - dt.timedelta(days=early_by))


@given(status=request_statuses, due_on=dates, first=dates, second=dates)
def test_a_request_once_overdue_stays_overdue(
    status: RequestStatus, due_on: dt.date, first: dt.date, second: dt.date
) -> None:
    earlier, later = sorted((first, second))
    if request_is_overdue(status, due_on, earlier):
        assert request_is_overdue(status, due_on, later)


@pytest.mark.parametrize(
    ("status", "overdue"),
    [
        (RequestStatus.DRAFT, False),  # never sent, so nothing is owed yet
        (RequestStatus.SENT, True),
        (RequestStatus.ANSWERED, False),  # the answer came, late or not
        (RequestStatus.SUPPLEMENT_REQUESTED, True),
        (RequestStatus.ASSESSED_SUFFICIENT, False),
    ],
)
def test_request_a_day_late(status: RequestStatus, overdue: bool) -> None:
    due_on = dt.date(2026, 2, 27)

    assert request_is_overdue(status, due_on, due_on + ONE_DAY) is overdue


@pytest.mark.parametrize(
    ("status", "overdue"),
    [
        (CommitmentStatus.OPEN, True),
        (CommitmentStatus.IN_PROGRESS, True),
        (CommitmentStatus.FULFILLED, False),
        (CommitmentStatus.NOT_FULFILLED, False),  # already judged; not a follow-up to chase
        (CommitmentStatus.WITHDRAWN, False),
    ],
)
def test_commitment_a_day_late(status: CommitmentStatus, overdue: bool) -> None:
    due_on = dt.date(2026, 3, 31)

    assert commitment_is_overdue(status, due_on, due_on + ONE_DAY) is overdue
