"""validated(): what cannot be saved is refused, naming the field the secretary must fix."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamdesk.domain.action_plan import ActionPlanItem
from jamdesk.domain.boards import Board, BoardKind
from jamdesk.domain.commitments import Commitment, CommitmentStatus
from jamdesk.domain.errors import ValidationError
from jamdesk.domain.goals import Goal, GoalKind
from jamdesk.domain.meetings import (
    AgendaItem,
    AgendaItemKind,
    AgendaLink,
    Attendance,
    Meeting,
    MeetingKind,
    Participant,
    ParticipantRole,
)
from jamdesk.domain.minutes import Minutes, MinutesKind, Paragraph
from jamdesk.domain.organisation import Organisation
from jamdesk.domain.people import DelegationMembership, DelegationRole, Person, PersonKind
from jamdesk.domain.questions import Question, QuestionStatus
from jamdesk.domain.requests import ReportForm, ReportingRequest
from jamdesk.domain.reviews import DevelopmentNeed, DocumentKind, DocumentReview

DAY = dt.date(2026, 3, 12)
blank = st.text(alphabet=" \t\n\r\u00a0\u2003", max_size=6)


def board(text: str) -> Board:
    return Board(name=text, kind=BoardKind.BOARD, active_from=DAY)


def person(text: str) -> Person:
    return Person(name=text, kind=PersonKind.OFFICIAL)


def goal(text: str) -> Goal:
    return Goal(kind=GoalKind.OWN, title=text)


def agenda_item(text: str) -> AgendaItem:
    return AgendaItem(meeting_id=1, position=1, kind=AgendaItemKind.QUESTION, title=text)


def question(text: str) -> Question:
    return Question(meeting_id=1, board_id=1, text=text)


def commitment(text: str) -> Commitment:
    return Commitment(board_id=1, description=text, created_on=DAY, due_on=DAY)


def request(text: str) -> ReportingRequest:
    return ReportingRequest(
        board_id=1, subject=text, form=ReportForm.STATISTICS_BY_SEX, due_on=DAY, created_on=DAY
    )


def minutes(text: str) -> Minutes:
    return Minutes(meeting_id=1, kind=MinutesKind.PROTOCOL, body=text)


def paragraph(text: str) -> Paragraph:
    return Paragraph(
        minutes_id=1, body="Jämställdhetsdelegationen", year=2026, number=1, heading=text
    )


def need(text: str) -> DevelopmentNeed:
    return DevelopmentNeed(description=text, identified_on=DAY)


def review(text: str) -> DocumentReview:
    return DocumentReview(
        board_id=1, document_title=text, document_kind=DocumentKind.BUDGET, reviewed_on=DAY
    )


def action(text: str) -> ActionPlanItem:
    return ActionPlanItem(action=text)


def organisation_name(text: str) -> Organisation:
    return Organisation(name=text, delegation_name="Jämställdhetsdelegationen")


def delegation_name(text: str) -> Organisation:
    return Organisation(name="Jämköpings kommun", delegation_name=text)


# (build a record around one required text, the field that holds it)
REQUIRED_TEXT: list[tuple[Callable[[str], Any], str]] = [
    (board, "name"),
    (person, "name"),
    (goal, "title"),
    (agenda_item, "title"),
    (question, "text"),
    (commitment, "description"),
    (request, "subject"),
    (minutes, "body"),
    (paragraph, "heading"),
    (need, "description"),
    (review, "document_title"),
    (action, "action"),
    (organisation_name, "name"),
    (delegation_name, "delegation_name"),
]
each_required_text = pytest.mark.parametrize(
    ("build", "field"), REQUIRED_TEXT, ids=[f"{b.__name__}.{f}" for b, f in REQUIRED_TEXT]
)


@each_required_text
@given(text=blank)
def test_empty_required_text_is_refused(build: Callable[[str], Any], field: str, text: str) -> None:
    with pytest.raises(ValidationError) as raised:
        build(text).validated()

    assert raised.value.field == field
    assert raised.value.message.endswith(" cannot be empty.")
    assert raised.value.message[0].isupper()  # names the field: "The board's name cannot…"


@each_required_text
@given(word=st.sampled_from(["Socialnämnden", "Åtgärd för äldre", "Öppna frågor"]), pad=blank)
def test_required_text_is_kept_without_surrounding_space(
    build: Callable[[str], Any], field: str, word: str, pad: str
) -> None:
    record = build(f"{pad}{word}{pad}").validated()

    assert getattr(record, field) == word
    assert record.validated() == record  # validating twice changes nothing more


def refused(record: Any) -> ValidationError:
    """Return the ValidationError that validating ``record`` raises."""
    with pytest.raises(ValidationError) as raised:
        record.validated()
    return raised.value


@given(days=st.integers(1, 3650))
def test_board_cannot_end_before_it_starts(days: int) -> None:
    ended = dataclasses.replace(board("Socialnämnden"), active_to=DAY - dt.timedelta(days=days))

    error = refused(ended)

    assert error.field == "active_to"
    assert DAY.isoformat() in error.message


def test_board_may_end_the_day_it_starts() -> None:
    assert dataclasses.replace(board("Socialnämnden"), active_to=DAY).validated().active_to == DAY


@given(days=st.integers(1, 3650))
def test_membership_term_cannot_end_before_it_starts(days: int) -> None:
    membership = DelegationMembership(
        person_id=1,
        role=DelegationRole.MEMBER,
        term_from=DAY,
        term_to=DAY - dt.timedelta(days=days),
    )

    assert refused(membership).field == "term_to"


@pytest.mark.parametrize("email", ["asa.oberg", "@jamkoping.se", "asa.oberg@"])
def test_person_with_a_broken_email_is_refused(email: str) -> None:
    error = refused(dataclasses.replace(person("Åsa Öberg"), email=email))

    assert error.field == "email"
    assert email in error.message


@pytest.mark.parametrize("email", ["", "  ", "asa.oberg@jamkoping.se"])
def test_person_without_or_with_a_real_email_is_accepted(email: str) -> None:
    assert dataclasses.replace(person("Åsa Öberg"), email=email).validated().email == email.strip()


@given(
    start=st.times(), end=st.times(), kind=st.sampled_from(MeetingKind), has_boards=st.booleans()
)
def test_meeting_must_end_after_it_starts(
    start: dt.time, end: dt.time, kind: MeetingKind, has_boards: bool
) -> None:
    start, end = start.replace(second=0, microsecond=0), end.replace(second=0, microsecond=0)
    meeting = Meeting(kind=kind, date=DAY, start=start, end=end, board_ids=(1,))
    if end > start:
        assert meeting.validated().end == end
    else:
        assert refused(meeting).field == "end"


@pytest.mark.parametrize(
    "kind", [MeetingKind.BUDGET_DIALOGUE, MeetingKind.RESULTS_SEMINAR, MeetingKind.CHECK_IN]
)
def test_dialogue_needs_a_board(kind: MeetingKind) -> None:
    meeting = Meeting(kind=kind, date=DAY, start=dt.time(13, 0))

    assert refused(meeting).field == "board_ids"


def test_delegation_meeting_needs_no_board() -> None:
    meeting = Meeting(kind=MeetingKind.DELEGATION_MEETING, date=DAY, start=dt.time(9, 0))

    assert meeting.validated().board_ids == ()


def test_meeting_cannot_list_a_board_twice() -> None:
    meeting = Meeting(
        kind=MeetingKind.CHECK_IN, date=DAY, start=dt.time(13, 0), board_ids=(1, 2, 1)
    )

    assert refused(meeting).field == "board_ids"


@pytest.mark.parametrize("attendance", [Attendance.UNKNOWN, Attendance.PRESENT, Attendance.ABSENT])
def test_only_a_serving_substitute_serves_for_someone(attendance: Attendance) -> None:
    participant = Participant(
        meeting_id=1,
        person_id=2,
        role=ParticipantRole.SUBSTITUTE,
        attendance=attendance,
        serving_for_id=3,
    )

    assert refused(participant).field == "serving_for_id"


def test_substitute_cannot_serve_for_themselves() -> None:
    participant = Participant(
        meeting_id=1,
        person_id=2,
        role=ParticipantRole.SUBSTITUTE,
        attendance=Attendance.SUBSTITUTE_SERVING,
        serving_for_id=2,
    )

    assert refused(participant).field == "serving_for_id"


@given(position=st.integers(max_value=0))
def test_agenda_items_are_numbered_from_one(position: int) -> None:
    item = dataclasses.replace(agenda_item("Mötets öppnande"), position=position)

    assert refused(item).field == "position"


@pytest.mark.parametrize(
    "targets", [{}, {"question_id": 1, "commitment_id": 2}, {"question_id": 1, "request_id": 3}]
)
def test_agenda_link_points_at_exactly_one_record(targets: dict[str, int]) -> None:
    with pytest.raises(ValueError, match="exactly one"):
        AgendaLink(**targets)


@given(answer=blank)
def test_answered_question_needs_its_answer(answer: str) -> None:
    answered = dataclasses.replace(
        question("Hur fördelas resurserna?"),
        status=QuestionStatus.ANSWERED,
        answer=answer,
        answered_on=DAY,
    )

    assert refused(answered).field == "answer"


@pytest.mark.parametrize("status", [CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS])
def test_pending_commitment_needs_a_due_date(status: CommitmentStatus) -> None:
    pending = dataclasses.replace(commitment("Ta fram statistik"), status=status, due_on=None)

    assert refused(pending).field == "due_on"


@pytest.mark.parametrize(
    "status",
    [CommitmentStatus.FULFILLED, CommitmentStatus.NOT_FULFILLED, CommitmentStatus.WITHDRAWN],
)
def test_closed_commitment_may_lack_a_due_date(status: CommitmentStatus) -> None:
    closed = dataclasses.replace(commitment("Ta fram statistik"), status=status, due_on=None)

    assert closed.validated().due_on is None


@given(days=st.integers(1, 3650))
def test_commitment_cannot_be_due_before_it_was_made(days: int) -> None:
    early = dataclasses.replace(
        commitment("Ta fram statistik"), due_on=DAY - dt.timedelta(days=days)
    )

    error = refused(early)
    assert error.field == "due_on"
    assert (DAY - dt.timedelta(days=days)).isoformat() in error.message


@given(days=st.integers(1, 3650))
def test_request_cannot_be_due_before_it_was_made(days: int) -> None:
    early = dataclasses.replace(request("Statistik"), due_on=DAY - dt.timedelta(days=days))

    error = refused(early)

    assert error.field == "due_on"
    assert DAY.isoformat() in error.message


def test_adjusted_minutes_need_the_date_of_adjustment() -> None:
    adjusted = dataclasses.replace(minutes("Jämställdhetsdelegationen"), adjusted=True)

    assert refused(adjusted).field == "adjusted_on"


@given(number=st.integers(max_value=0))
def test_paragraphs_are_numbered_from_one(number: int) -> None:
    numbered = dataclasses.replace(paragraph("Val av justerare"), number=number)

    assert refused(numbered).field == "number"


def test_organisation_with_an_unknown_placeholder_is_refused() -> None:
    organisation = Organisation(
        name="Jämköpings kommun",
        delegation_name="Jämställdhetsdelegationen",
        diary_pattern="{series} {year}-{löpnummer}",
    )

    assert refused(organisation).field == "diary_pattern"
