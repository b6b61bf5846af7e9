"""What the follow-up report reads: one board's or one goal's records, in a period or overdue.

Every query narrows by the board (through its indexes on ``board_id``) or by the goal
(through the goal link tables), so a decade of records costs only the rows it returns. A
reporting request has no goal of its own: it belongs to a goal through the question or the
commitment it follows up.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from jamdesk.domain.commitments import PENDING_COMMITMENT_STATUSES, CommitmentStatus
from jamdesk.domain.dates import date_from_iso, date_to_iso, optional_date_from_iso
from jamdesk.domain.meetings import MeetingKind, MeetingStatus
from jamdesk.domain.questions import QuestionStatus
from jamdesk.domain.requests import AWAITING_ANSWER_STATUSES, ReportForm, RequestStatus
from jamdesk.store.people import swedish_sort_key

R = TypeVar("R")

# Joins the names of a meeting's boards; a unit separator never occurs in a typed name.
_SEPARATOR = "\x1f"


@dataclass(frozen=True)
class ReportMeeting:
    """A meeting held with the board, or where records on the goal were made."""

    id: int
    date: dt.date
    kind: MeetingKind
    title: str
    # The boards the meeting was held with, in Swedish alphabetical order.
    boards: tuple[str, ...]


@dataclass(frozen=True)
class ReportQuestion:
    """A question as the report lists it, dated by its meeting."""

    id: int
    board: str
    asked_on: dt.date
    text: str
    asked_by: str | None
    addressed_to: str | None
    answer: str
    answered_on: dt.date | None
    status: QuestionStatus


@dataclass(frozen=True)
class ReportCommitment:
    """A commitment as the report lists it."""

    id: int
    board: str
    created_on: dt.date
    description: str
    # The responsible person's name, or the free text typed when no person was chosen.
    responsible: str
    due_on: dt.date | None
    status: CommitmentStatus


@dataclass(frozen=True)
class ReportRequest:
    """A reporting request as the report lists it."""

    id: int
    board: str
    subject: str
    form: ReportForm
    created_on: dt.date
    due_on: dt.date
    status: RequestStatus
    answered_on: dt.date | None
    assessed_on: dt.date | None
    assessment_note: str


# The records of the scope; ``:scope`` is the board's or the goal's id.
_QUESTIONS_OF_GOAL = "SELECT question_id FROM question_goal WHERE goal_id = :scope"
_COMMITMENTS_OF_GOAL = "SELECT commitment_id FROM commitment_goal WHERE goal_id = :scope"
_SCOPES: dict[str, tuple[str, str]] = {
    "question": ("q.board_id = :scope", f"q.id IN ({_QUESTIONS_OF_GOAL})"),
    "commitment": ("c.board_id = :scope", f"c.id IN ({_COMMITMENTS_OF_GOAL})"),
    "request": (
        "r.board_id = :scope",
        f"(r.question_id IN ({_QUESTIONS_OF_GOAL}) OR r.commitment_id IN ({_COMMITMENTS_OF_GOAL}))",
    ),
    "meeting": (
        "m.id IN (SELECT meeting_id FROM meeting_board WHERE board_id = :scope)",
        f"""m.id IN (
            SELECT q.meeting_id FROM question q WHERE q.id IN ({_QUESTIONS_OF_GOAL})
            UNION SELECT c.meeting_id FROM commitment c WHERE c.id IN ({_COMMITMENTS_OF_GOAL})
            UNION SELECT r.meeting_id FROM reporting_request r
             WHERE r.question_id IN ({_QUESTIONS_OF_GOAL})
                OR r.commitment_id IN ({_COMMITMENTS_OF_GOAL}))""",
    ),
}


def _scope(table: str, board_id: int | None, goal_id: int | None) -> tuple[str, int]:
    """Return the condition selecting ``table``'s records of the board or goal, and its id."""
    if (board_id is None) == (goal_id is None):
        raise ValueError("a report covers exactly one board or one goal")
    by_board, by_goal = _SCOPES[table]
    if board_id is not None:
        return by_board, board_id
    assert goal_id is not None
    return by_goal, goal_id


def _statuses(statuses: Iterable[Any]) -> tuple[str, dict[str, str]]:
    """Return ``:s0, :s1, …`` and their values, for an IN over the code's own statuses."""
    values = sorted(str(status.value) for status in statuses)
    names = {f"s{number}": value for number, value in enumerate(values)}
    return ", ".join(f":{name}" for name in names), names


def _fetch(
    connection: sqlite3.Connection,
    sql: str,
    params: dict[str, object],
    make: Callable[[Any], R],
) -> list[R]:
    return [make(row) for row in connection.execute(sql, params)]


def _period(first: dt.date, last: dt.date) -> dict[str, object]:
    return {"first": date_to_iso(first), "last": date_to_iso(last)}


def fetch_report_meetings(
    connection: sqlite3.Connection,
    first: dt.date,
    last: dt.date,
    *,
    board_id: int | None = None,
    goal_id: int | None = None,
) -> list[ReportMeeting]:
    """Return the meetings held from ``first`` to ``last`` with the board or on the goal."""
    condition, scope = _scope("meeting", board_id, goal_id)
    sql = f"""
        SELECT m.id, m.meeting_date, m.kind, m.title,
               (SELECT group_concat(b.name, :separator)
                  FROM meeting_board mb JOIN board b ON b.id = mb.board_id
                 WHERE mb.meeting_id = m.id)
          FROM meeting m
         WHERE {condition} AND m.status = :held AND m.meeting_date BETWEEN :first AND :last
         ORDER BY m.meeting_date, m.start_time, m.id
    """
    params = {
        "scope": scope,
        "separator": _SEPARATOR,
        "held": MeetingStatus.HELD.value,
        **_period(first, last),
    }

    def make(row: Any) -> ReportMeeting:
        names = row[4].split(_SEPARATOR) if row[4] else []
        return ReportMeeting(
            id=row[0],
            date=date_from_iso(row[1]),
            kind=MeetingKind(row[2]),
            title=row[3],
            boards=tuple(sorted(names, key=swedish_sort_key)),
        )

    return _fetch(connection, sql, params, make)


def fetch_report_questions(
    connection: sqlite3.Connection,
    first: dt.date,
    last: dt.date,
    *,
    board_id: int | None = None,
    goal_id: int | None = None,
) -> list[ReportQuestion]:
    """Return the questions asked at meetings from ``first`` to ``last``, in meeting order."""
    condition, scope = _scope("question", board_id, goal_id)
    sql = f"""
        SELECT q.id, b.name, m.meeting_date, q.text, asked.name, addressed.name,
               q.answer, q.answered_on, q.status
          FROM question q
          JOIN meeting m ON m.id = q.meeting_id
          JOIN board b ON b.id = q.board_id
          LEFT JOIN person asked ON asked.id = q.asked_by_id
          LEFT JOIN person addressed ON addressed.id = q.addressed_to_id
         WHERE {condition} AND m.meeting_date BETWEEN :first AND :last
         ORDER BY m.meeting_date, m.start_time, m.id, q.id
    """

    def make(row: Any) -> ReportQuestion:
        return ReportQuestion(
            id=row[0],
            board=row[1],
            asked_on=date_from_iso(row[2]),
            text=row[3],
            asked_by=row[4],
            addressed_to=row[5],
            answer=row[6],
            answered_on=optional_date_from_iso(row[7]),
            status=QuestionStatus(row[8]),
        )

    return _fetch(connection, sql, {"scope": scope, **_period(first, last)}, make)


_COMMITMENT_SELECT = """
    SELECT c.id, b.name, c.created_on, c.description, coalesce(resp.name, c.responsible),
           c.due_on, c.status
      FROM commitment c
      JOIN board b ON b.id = c.board_id
      LEFT JOIN person resp ON resp.id = c.responsible_id
"""


def _commitment(row: Any) -> ReportCommitment:
    return ReportCommitment(
        id=row[0],
        board=row[1],
        created_on=date_from_iso(row[2]),
        description=row[3],
        responsible=row[4] or "",
        due_on=optional_date_from_iso(row[5]),
        status=CommitmentStatus(row[6]),
    )


def fetch_report_commitments(
    connection: sqlite3.Connection,
    first: dt.date,
    last: dt.date,
    *,
    board_id: int | None = None,
    goal_id: int | None = None,
) -> list[ReportCommitment]:
    """Return the commitments made from ``first`` to ``last``, the earliest first."""
    condition, scope = _scope("commitment", board_id, goal_id)
    sql = f"""{_COMMITMENT_SELECT}
         WHERE {condition} AND c.created_on BETWEEN :first AND :last
         ORDER BY c.created_on, c.id
    """
    return _fetch(connection, sql, {"scope": scope, **_period(first, last)}, _commitment)


def fetch_pending_commitments_due_before(
    connection: sqlite3.Connection,
    before: dt.date,
    *,
    board_id: int | None = None,
    goal_id: int | None = None,
) -> list[ReportCommitment]:
    """Return the commitments still to be kept that were due before ``before``, oldest first."""
    # The candidates of domain.commitments.commitment_is_overdue, whenever they were made.
    condition, scope = _scope("commitment", board_id, goal_id)
    marks, statuses = _statuses(PENDING_COMMITMENT_STATUSES)
    sql = f"""{_COMMITMENT_SELECT}
         WHERE {condition} AND c.status IN ({marks}) AND c.due_on < :before
         ORDER BY c.due_on, c.created_on, c.id
    """
    params = {"scope": scope, "before": date_to_iso(before), **statuses}
    return _fetch(connection, sql, params, _commitment)


_REQUEST_SELECT = """
    SELECT r.id, b.name, r.subject, r.form, r.created_on, r.due_on, r.status,
           r.answered_on, r.assessed_on, r.assessment_note
      FROM reporting_request r
      JOIN board b ON b.id = r.board_id
"""


def _request(row: Any) -> ReportRequest:
    return ReportRequest(
        id=row[0],
        board=row[1],
        subject=row[2],
        form=ReportForm(row[3]),
        created_on=date_from_iso(row[4]),
        due_on=date_from_iso(row[5]),
        status=RequestStatus(row[6]),
        answered_on=optional_date_from_iso(row[7]),
        assessed_on=optional_date_from_iso(row[8]),
        assessment_note=row[9],
    )


def fetch_report_requests(
    connection: sqlite3.Connection,
    first: dt.date,
    last: dt.date,
    *,
    board_id: int | None = None,
    goal_id: int | None = None,
) -> list[ReportRequest]:
    """Return the reporting requests made from ``first`` to ``last``, the earliest first."""
    condition, scope = _scope("request", board_id, goal_id)
    sql = f"""{_REQUEST_SELECT}
         WHERE {condition} AND r.created_on BETWEEN :first AND :last
         ORDER BY r.created_on, r.id
    """
    return _fetch(connection, sql, {"scope": scope, **_period(first, last)}, _request)


def fetch_awaited_requests_due_before(
    connection: sqlite3.Connection,
    before: dt.date,
    *,
    board_id: int | None = None,
    goal_id: int | None = None,
) -> list[ReportRequest]:
    """Return the requests still awaiting an answer that was due before ``before``."""
    # The candidates of domain.requests.request_is_overdue, whenever they were made.
    condition, scope = _scope("request", board_id, goal_id)
    marks, statuses = _statuses(AWAITING_ANSWER_STATUSES)
    sql = f"""{_REQUEST_SELECT}
         WHERE {condition} AND r.status IN ({marks}) AND r.due_on < :before
         ORDER BY r.due_on, r.created_on, r.id
    """
    params = {"scope": scope, "before": date_to_iso(before), **statuses}
    return _fetch(connection, sql, params, _request)
