"""Read the follow-up report of one board or one goal from the store, in Swedish.

Records fall in the period by their own date: a question by its meeting's day, a commitment
and a reporting request by the day they were made. What is overdue is judged on ``today`` by
the domain's rules and listed whenever it was made: a follow-up report shows what is still
outstanding. The public version leaves every person's name out, and the requests the
delegation has only drafted, since they have not been made yet.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from jamdesk.domain.commitments import CommitmentStatus, commitment_is_overdue
from jamdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from jamdesk.domain.questions import QuestionStatus
from jamdesk.domain.requests import RequestStatus, request_is_overdue
from jamdesk.export.report_export import (
    CommitmentEntry,
    DialogueEntry,
    FollowUpReport,
    OverdueEntry,
    QuestionEntry,
    ReportSummary,
    RequestEntry,
)
from jamdesk.export.swedish_labels import (
    COMMITMENT_STATUSES,
    MEETING_KINDS,
    QUESTION_STATUSES,
    REQUEST_FORMS,
    REQUEST_STATUSES,
)
from jamdesk.store.boards import load_board
from jamdesk.store.goals import load_goal
from jamdesk.store.organisation import load_organisation
from jamdesk.store.people import person_names
from jamdesk.store.references import missing_record
from jamdesk.store.report_queries import (
    ReportCommitment,
    ReportMeeting,
    ReportQuestion,
    ReportRequest,
    fetch_awaited_requests_due_before,
    fetch_pending_commitments_due_before,
    fetch_report_commitments,
    fetch_report_meetings,
    fetch_report_questions,
    fetch_report_requests,
)

# What a store not yet set up calls its delegation: the usual Swedish name.
DEFAULT_DELEGATION = "Jämställdhetsdelegationen"
COMMITMENT_KIND = "Åtagande"
REQUEST_KIND = "Återrapportering"

# What the public version prints where free text named someone in the store.
NAME_WITHHELD = "[namn]"

_PERIOD_REVERSED = QT_TRANSLATE_NOOP(
    "DomainError",
    "The period starts on {start}, after it ends on {end}. Choose a start on or before the end.",
)


@dataclass(frozen=True)
class ReportScope:
    """What the report follows up: exactly one board or one goal."""

    board_id: int | None = None
    goal_id: int | None = None

    def __post_init__(self) -> None:
        if (self.board_id is None) == (self.goal_id is None):
            raise ValueError("a follow-up report covers exactly one board or one goal")


@dataclass(frozen=True)
class _Reading:
    """The request's parameters, passed to every part of the reading."""

    today: dt.date
    by_goal: bool
    public: bool
    # In the public version: the store's people, whose names free text must not carry.
    names: re.Pattern[str] | None = None

    def board(self, name: str) -> str:
        return name if self.by_goal else ""

    def person(self, name: str | None) -> str:
        return "" if self.public or name is None else name

    def text(self, typed: str) -> str:
        """Return free text as the report prints it: without known names if public."""
        return typed if self.names is None else self.names.sub(NAME_WITHHELD, typed)


def read_follow_up_report(
    conn: sqlite3.Connection,
    scope: ReportScope,
    start: dt.date,
    end: dt.date,
    today: dt.date,
    public: bool = False,
) -> FollowUpReport:
    """Return the follow-up report of the board or goal for ``start`` to ``end``."""
    if start > end:
        raise ValidationError(
            _PERIOD_REVERSED, field="start", start=start.isoformat(), end=end.isoformat()
        )
    subject, name = _subject(conn, scope)
    keys = {"board_id": scope.board_id, "goal_id": scope.goal_id}
    reading = _Reading(
        today=today,
        by_goal=scope.goal_id is not None,
        public=public,
        names=_name_pattern(conn) if public else None,
    )
    meetings = fetch_report_meetings(conn, start, end, **keys)
    questions = fetch_report_questions(conn, start, end, **keys)
    commitments = fetch_report_commitments(conn, start, end, **keys)
    requests = [
        request
        for request in fetch_report_requests(conn, start, end, **keys)
        if not (public and request.status is RequestStatus.DRAFT)
    ]
    overdue_commitments = [
        commitment
        for commitment in fetch_pending_commitments_due_before(conn, today, **keys)
        if commitment_is_overdue(commitment.status, commitment.due_on, today)
    ]
    overdue_requests = [
        request
        for request in fetch_awaited_requests_due_before(conn, today, **keys)
        if request_is_overdue(request.status, request.due_on, today)
    ]
    organisation = load_organisation(conn)
    return FollowUpReport(
        organisation=organisation.name if organisation else "",
        delegation=organisation.delegation_name if organisation else DEFAULT_DELEGATION,
        subject=subject,
        name=name,
        start=start,
        end=end,
        compiled=today,
        summary=_summary(meetings, questions, commitments, requests, today),
        dialogues=tuple(_dialogue(meeting, reading) for meeting in meetings),
        questions=tuple(_question(question, reading) for question in questions),
        commitments=tuple(_commitment(commitment, reading) for commitment in commitments),
        requests=tuple(_request(request, reading) for request in requests),
        overdue=_overdue(overdue_commitments, overdue_requests, reading),
        by_goal=reading.by_goal,
        public=public,
    )


def _name_pattern(conn: sqlite3.Connection) -> re.Pattern[str] | None:
    """Return a pattern matching the full name of everyone in the store, longest first."""
    # A question or an answer may name the official who gave it ("Socialchefen Örjan Ek
    # svarade …"): the public version is for residents, so such names are withheld too.
    names = sorted({name.strip() for name in person_names(conn) if name.strip()}, key=len)
    if not names:
        return None
    alternatives = "|".join(re.escape(name) for name in reversed(names))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?=s?(?!\w))")  # "Ek" and "Eks"


def _subject(conn: sqlite3.Connection, scope: ReportScope) -> tuple[str, str]:
    """Return the report's subtitle and the name its file is given, or raise NotFoundError."""
    if scope.board_id is not None:
        board = load_board(conn, scope.board_id)
        if board is None:
            raise missing_record("board", scope.board_id, "board_id")
        return board.name, board.name
    assert scope.goal_id is not None
    goal = load_goal(conn, scope.goal_id)
    if goal is None:
        raise missing_record("goal", scope.goal_id, "goal_id")
    named = " ".join(part for part in (goal.code, goal.title) if part)
    return f"Mål: {named}", f"Mål {named}"


def _summary(
    meetings: Sequence[ReportMeeting],
    questions: Sequence[ReportQuestion],
    commitments: Sequence[ReportCommitment],
    requests: Sequence[ReportRequest],
    today: dt.date,
) -> ReportSummary:
    """Return the counts of the period, as the tables below them list the records."""
    return ReportSummary(
        dialogues=len(meetings),
        questions_asked=len(questions),
        questions_answered=sum(q.status is QuestionStatus.ANSWERED for q in questions),
        commitments_made=len(commitments),
        commitments_fulfilled=sum(c.status is CommitmentStatus.FULFILLED for c in commitments),
        commitments_overdue=sum(
            commitment_is_overdue(c.status, c.due_on, today) for c in commitments
        ),
        requests_made=len(requests),
        requests_answered=sum(r.answered_on is not None for r in requests),
        requests_sufficient=sum(r.status is RequestStatus.ASSESSED_SUFFICIENT for r in requests),
        requests_overdue=sum(request_is_overdue(r.status, r.due_on, today) for r in requests),
    )


def _dialogue(meeting: ReportMeeting, reading: _Reading) -> DialogueEntry:
    return DialogueEntry(
        date=meeting.date,
        kind=MEETING_KINDS[meeting.kind],
        title=reading.text(meeting.title),
        boards=reading.board(", ".join(meeting.boards)),
    )


def _question(question: ReportQuestion, reading: _Reading) -> QuestionEntry:
    return QuestionEntry(
        asked_on=question.asked_on,
        question=reading.text(question.text),
        answer=reading.text(question.answer),
        status=QUESTION_STATUSES[question.status],
        asked_by=reading.person(question.asked_by),
        # A question put to no one in particular was put to the board itself.
        addressed_to=reading.person(question.addressed_to or question.board),
        board=reading.board(question.board),
    )


def _commitment(commitment: ReportCommitment, reading: _Reading) -> CommitmentEntry:
    return CommitmentEntry(
        made_on=commitment.created_on,
        description=reading.text(commitment.description),
        due_on=commitment.due_on,
        status=COMMITMENT_STATUSES[commitment.status],
        overdue=commitment_is_overdue(commitment.status, commitment.due_on, reading.today),
        # The free text names a person as often as a unit: the public version drops it too.
        responsible=reading.person(commitment.responsible),
        board=reading.board(commitment.board),
    )


def _request(request: ReportRequest, reading: _Reading) -> RequestEntry:
    return RequestEntry(
        made_on=request.created_on,
        subject=reading.text(request.subject),
        form=REQUEST_FORMS[request.form],
        due_on=request.due_on,
        status=REQUEST_STATUSES[request.status],
        answered_on=request.answered_on,
        assessment=reading.text(request.assessment_note),
        overdue=request_is_overdue(request.status, request.due_on, reading.today),
        board=reading.board(request.board),
    )


def _overdue(
    commitments: Sequence[ReportCommitment],
    requests: Sequence[ReportRequest],
    reading: _Reading,
) -> tuple[OverdueEntry, ...]:
    """Return the overdue commitments and requests together, the longest overdue first."""
    entries: list[tuple[tuple[dt.date, int, dt.date, int], OverdueEntry]] = []
    for commitment in commitments:
        assert commitment.due_on is not None  # overdue means it had a due date
        entry = OverdueEntry(
            due_on=commitment.due_on,
            kind=COMMITMENT_KIND,
            what=reading.text(commitment.description),
            status=COMMITMENT_STATUSES[commitment.status],
            responsible=reading.person(commitment.responsible),
            board=reading.board(commitment.board),
        )
        entries.append(((commitment.due_on, 0, commitment.created_on, commitment.id), entry))
    for request in requests:
        entry = OverdueEntry(
            due_on=request.due_on,
            kind=REQUEST_KIND,
            what=reading.text(request.subject),
            status=REQUEST_STATUSES[request.status],
            board=reading.board(request.board),
        )
        entries.append(((request.due_on, 1, request.created_on, request.id), entry))
    entries.sort(key=lambda pair: pair[0])
    return tuple(entry for _, entry in entries)
