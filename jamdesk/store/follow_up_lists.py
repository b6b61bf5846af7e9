"""The follow-up lists: questions, commitments and reporting requests, filtered and sorted in SQL.

Each ``*Rows`` class is a RowSource for the paged table model; the page sets its
``filters`` and ``as_of`` and the model asks for counts and pages.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, ClassVar

from jamdesk.domain.commitments import PENDING_COMMITMENT_STATUSES, CommitmentStatus
from jamdesk.domain.dates import date_from_iso, optional_date_from_iso
from jamdesk.domain.meetings import MeetingKind
from jamdesk.domain.questions import QuestionStatus
from jamdesk.domain.requests import AWAITING_ANSWER_STATUSES, ReportForm, RequestStatus
from jamdesk.store.follow_up_query import (
    BOARD_ORDER,
    OUTSTANDING,
    FollowUpFilters,
    FollowUpRows,
    rank_order,
    status_values,
    swedish_order,
)

__all__ = [
    "OUTSTANDING",
    "OUTSTANDING_REQUEST_STATUSES",
    "CommitmentRow",
    "CommitmentRows",
    "CommitmentSort",
    "FollowUpFilters",
    "QuestionRow",
    "QuestionRows",
    "QuestionSort",
    "RequestRow",
    "RequestRows",
    "RequestSort",
]

_MEETING_KINDS = list(MeetingKind)

# A request is settled once its answer is found sufficient; until then there is work left.
OUTSTANDING_REQUEST_STATUSES = frozenset(RequestStatus) - {RequestStatus.ASSESSED_SUFFICIENT}


def _kind(value: str | None) -> MeetingKind | None:
    return None if value is None else MeetingKind(value)


# -- questions ----------------------------------------------------------------


class QuestionSort(StrEnum):
    MEETING_DATE = "meeting_date"
    MEETING_KIND = "meeting_kind"
    BOARD = "board"
    TEXT = "text"
    STATUS = "status"
    ANSWERED_ON = "answered_on"


@dataclass(frozen=True)
class QuestionRow:
    """One line of the questions list, with what the detail panel shows."""

    id: int
    board_id: int
    board: str
    text: str
    answer: str
    answered_on: dt.date | None
    status: QuestionStatus
    meeting_id: int
    meeting_date: dt.date
    meeting_kind: MeetingKind
    agenda_item_id: int | None
    asked_by: str | None
    addressed_to: str | None


class QuestionRows(FollowUpRows[QuestionRow]):
    """The questions put at meetings; the year is the meeting's, questions are never due."""

    alias = "q"
    table = "question"
    year_column = "m.meeting_date"
    columns = """
        q.id, q.board_id, b.name, q.text, q.answer, q.answered_on, q.status, q.meeting_id,
        m.meeting_date, m.kind, q.agenda_item_id, asked.name, addressed.name
    """
    from_clause = """
        FROM question q
        JOIN board b ON b.id = q.board_id
        JOIN meeting m ON m.id = q.meeting_id
        LEFT JOIN person asked ON asked.id = q.asked_by_id
        LEFT JOIN person addressed ON addressed.id = q.addressed_to_id
    """
    orders: ClassVar[dict[str, str]] = {
        QuestionSort.MEETING_DATE: "m.meeting_date {d}, m.start_time {d}, q.id {d}",
        QuestionSort.MEETING_KIND: (
            f"{rank_order('m.kind', _MEETING_KINDS)} {{d}}, m.meeting_date DESC, q.id DESC"
        ),
        QuestionSort.BOARD: f"{BOARD_ORDER} {{d}}, m.meeting_date DESC, q.id DESC",
        QuestionSort.TEXT: f"{swedish_order('q.text')} {{d}}, q.id {{d}}",
        QuestionSort.STATUS: (
            f"{rank_order('q.status', list(QuestionStatus))} {{d}}, m.meeting_date DESC, q.id DESC"
        ),
        QuestionSort.ANSWERED_ON: "q.answered_on IS NULL, q.answered_on {d}, q.id {d}",
    }
    outstanding = status_values([QuestionStatus.OPEN, QuestionStatus.NEEDS_FOLLOW_UP])
    awaited = ()

    def row_from(self, row: Any) -> QuestionRow:
        """Return the question of one result row."""
        return QuestionRow(
            id=row[0],
            board_id=row[1],
            board=row[2],
            text=row[3],
            answer=row[4],
            answered_on=optional_date_from_iso(row[5]),
            status=QuestionStatus(row[6]),
            meeting_id=row[7],
            meeting_date=date_from_iso(row[8]),
            meeting_kind=MeetingKind(row[9]),
            agenda_item_id=row[10],
            asked_by=row[11],
            addressed_to=row[12],
        )

    def goal_condition(self) -> str:
        """Return the SQL true for questions tagged with the goal bound as ``?``."""
        return "EXISTS (SELECT 1 FROM question_goal g WHERE g.question_id = q.id AND g.goal_id = ?)"


# -- commitments --------------------------------------------------------------


class CommitmentSort(StrEnum):
    DUE = "due"
    BOARD = "board"
    DESCRIPTION = "description"
    RESPONSIBLE = "responsible"
    STATUS = "status"
    CREATED = "created"
    MEETING_DATE = "meeting_date"
    MEETING_KIND = "meeting_kind"


@dataclass(frozen=True)
class CommitmentRow:
    """One line of the commitments list, with what the detail panel shows."""

    id: int
    board_id: int
    board: str
    description: str
    # The responsible person's name wins over the free text typed when there was none.
    responsible: str
    made_by: str | None
    status: CommitmentStatus
    created_on: dt.date
    due_on: dt.date | None
    meeting_id: int | None
    meeting_date: dt.date | None
    meeting_kind: MeetingKind | None
    question_id: int | None


_RESPONSIBLE = "coalesce(resp.name, c.responsible)"


class CommitmentRows(FollowUpRows[CommitmentRow]):
    """The commitments boards and managers made; the year is the year they were made."""

    alias = "c"
    table = "commitment"
    year_column = "c.created_on"
    columns = f"""
        c.id, c.board_id, b.name, c.description, {_RESPONSIBLE}, made.name, c.status,
        c.created_on, c.due_on, c.meeting_id, m.meeting_date, m.kind, c.question_id
    """
    from_clause = """
        FROM commitment c
        JOIN board b ON b.id = c.board_id
        LEFT JOIN meeting m ON m.id = c.meeting_id
        LEFT JOIN person resp ON resp.id = c.responsible_id
        LEFT JOIN person made ON made.id = c.made_by_id
    """
    # Rows without a date come last whichever way a date column runs.
    orders: ClassVar[dict[str, str]] = {
        CommitmentSort.DUE: "c.due_on IS NULL, c.due_on {d}, c.id {d}",
        CommitmentSort.BOARD: f"{BOARD_ORDER} {{d}}, c.due_on DESC, c.id DESC",
        CommitmentSort.DESCRIPTION: f"{swedish_order('c.description')} {{d}}, c.id {{d}}",
        CommitmentSort.RESPONSIBLE: (
            f"{swedish_order(_RESPONSIBLE)} {{d}}, c.due_on DESC, c.id DESC"
        ),
        CommitmentSort.STATUS: (
            f"{rank_order('c.status', list(CommitmentStatus))} {{d}}, c.due_on DESC, c.id DESC"
        ),
        CommitmentSort.CREATED: "c.created_on {d}, c.id {d}",
        CommitmentSort.MEETING_DATE: (
            "m.meeting_date IS NULL, m.meeting_date {d}, m.start_time {d}, c.id {d}"
        ),
        CommitmentSort.MEETING_KIND: (
            f"m.kind IS NULL, {rank_order('m.kind', _MEETING_KINDS)} {{d}}, "
            "m.meeting_date DESC, c.id DESC"
        ),
    }
    outstanding = status_values(PENDING_COMMITMENT_STATUSES)
    awaited = status_values(PENDING_COMMITMENT_STATUSES)

    def row_from(self, row: Any) -> CommitmentRow:
        """Return the commitment of one result row."""
        return CommitmentRow(
            id=row[0],
            board_id=row[1],
            board=row[2],
            description=row[3],
            responsible=row[4] or "",
            made_by=row[5],
            status=CommitmentStatus(row[6]),
            created_on=date_from_iso(row[7]),
            due_on=optional_date_from_iso(row[8]),
            meeting_id=row[9],
            meeting_date=optional_date_from_iso(row[10]),
            meeting_kind=_kind(row[11]),
            question_id=row[12],
        )

    def goal_condition(self) -> str:
        """Return the SQL true for commitments tagged with the goal bound as ``?``."""
        return (
            "EXISTS (SELECT 1 FROM commitment_goal g "
            "WHERE g.commitment_id = c.id AND g.goal_id = ?)"
        )


# -- reporting requests -------------------------------------------------------


class RequestSort(StrEnum):
    CREATED = "created"
    DUE = "due"
    BOARD = "board"
    SUBJECT = "subject"
    FORM = "form"
    STATUS = "status"
    SENT = "sent"
    ANSWERED = "answered"
    MEETING_DATE = "meeting_date"
    MEETING_KIND = "meeting_kind"


@dataclass(frozen=True)
class RequestRow:
    """One line of the reporting-requests list, with what the detail panel shows."""

    id: int
    board_id: int
    board: str
    subject: str
    form: ReportForm
    form_details: str
    status: RequestStatus
    due_on: dt.date
    created_on: dt.date
    sent_on: dt.date | None
    answered_on: dt.date | None
    assessed_on: dt.date | None
    request_diary_number: str
    answer_diary_number: str
    assessment_note: str
    meeting_id: int | None
    meeting_date: dt.date | None
    meeting_kind: MeetingKind | None
    question_id: int | None
    commitment_id: int | None


class RequestRows(FollowUpRows[RequestRow]):
    """The reporting requests; the year is the year a request was made.

    A request has no goals of its own: it counts under the goals of the question or
    commitment it came from.
    """

    alias = "r"
    table = "reporting_request"
    year_column = "r.created_on"
    columns = """
        r.id, r.board_id, b.name, r.subject, r.form, r.form_details, r.status, r.due_on,
        r.created_on, r.sent_on, r.answered_on, r.assessed_on, r.request_diary_number,
        r.answer_diary_number, r.assessment_note, r.meeting_id, m.meeting_date, m.kind,
        r.question_id, r.commitment_id
    """
    from_clause = """
        FROM reporting_request r
        JOIN board b ON b.id = r.board_id
        LEFT JOIN meeting m ON m.id = r.meeting_id
    """
    orders: ClassVar[dict[str, str]] = {
        RequestSort.CREATED: "r.created_on {d}, r.id {d}",
        RequestSort.DUE: "r.due_on {d}, r.id {d}",
        RequestSort.BOARD: f"{BOARD_ORDER} {{d}}, r.due_on DESC, r.id DESC",
        RequestSort.SUBJECT: f"{swedish_order('r.subject')} {{d}}, r.id {{d}}",
        RequestSort.FORM: (
            f"{rank_order('r.form', list(ReportForm))} {{d}}, r.due_on DESC, r.id DESC"
        ),
        RequestSort.STATUS: (
            f"{rank_order('r.status', list(RequestStatus))} {{d}}, r.due_on DESC, r.id DESC"
        ),
        RequestSort.SENT: "r.sent_on IS NULL, r.sent_on {d}, r.id {d}",
        RequestSort.ANSWERED: "r.answered_on IS NULL, r.answered_on {d}, r.id {d}",
        RequestSort.MEETING_DATE: (
            "m.meeting_date IS NULL, m.meeting_date {d}, m.start_time {d}, r.id {d}"
        ),
        RequestSort.MEETING_KIND: (
            f"m.kind IS NULL, {rank_order('m.kind', _MEETING_KINDS)} {{d}}, "
            "m.meeting_date DESC, r.id DESC"
        ),
    }
    outstanding = status_values(OUTSTANDING_REQUEST_STATUSES)
    awaited = status_values(AWAITING_ANSWER_STATUSES)

    def row_from(self, row: Any) -> RequestRow:
        """Return the reporting request of one result row."""
        return RequestRow(
            id=row[0],
            board_id=row[1],
            board=row[2],
            subject=row[3],
            form=ReportForm(row[4]),
            form_details=row[5],
            status=RequestStatus(row[6]),
            due_on=date_from_iso(row[7]),
            created_on=date_from_iso(row[8]),
            sent_on=optional_date_from_iso(row[9]),
            answered_on=optional_date_from_iso(row[10]),
            assessed_on=optional_date_from_iso(row[11]),
            request_diary_number=row[12],
            answer_diary_number=row[13],
            assessment_note=row[14],
            meeting_id=row[15],
            meeting_date=optional_date_from_iso(row[16]),
            meeting_kind=_kind(row[17]),
            question_id=row[18],
            commitment_id=row[19],
        )

    def goal_condition(self) -> str:
        """Return the SQL true for requests whose question or commitment has the goal."""
        return (
            "(EXISTS (SELECT 1 FROM question_goal g "
            "WHERE g.question_id = r.question_id AND g.goal_id = ?) "
            "OR EXISTS (SELECT 1 FROM commitment_goal g "
            "WHERE g.commitment_id = r.commitment_id AND g.goal_id = ?))"
        )

    def goal_parameters(self, goal_id: int) -> list[object]:
        """Return the goal once for the question's tags and once for the commitment's."""
        return [goal_id, goal_id]
