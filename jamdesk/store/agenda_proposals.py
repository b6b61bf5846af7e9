"""What is outstanding with the boards of a meeting: reads for the agenda's proposals.

Each query leaves out the records already linked to an item of the meeting's own agenda
and the records made at the meeting itself.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from jamdesk.domain.commitments import PENDING_COMMITMENT_STATUSES, CommitmentStatus
from jamdesk.domain.dates import date_from_iso, date_to_iso, optional_date_from_iso, time_to_text
from jamdesk.domain.questions import QuestionStatus
from jamdesk.domain.requests import AWAITING_ANSWER_STATUSES, RequestStatus


@dataclass(frozen=True)
class PendingCommitment:
    """A commitment still to be kept."""

    id: int
    board_id: int
    board: str
    description: str
    due_on: dt.date | None
    status: CommitmentStatus


@dataclass(frozen=True)
class PendingRequest:
    """A reporting request the board owes an answer to, or the delegation an assessment."""

    id: int
    board_id: int
    board: str
    subject: str
    due_on: dt.date
    status: RequestStatus
    answered_on: dt.date | None
    request_diary_number: str


@dataclass(frozen=True)
class PendingQuestion:
    """A question from an earlier meeting still without a sufficient answer."""

    id: int
    board_id: int
    board: str
    text: str
    status: QuestionStatus
    asked_on: dt.date


def _not_on_agenda(column: str) -> str:
    """Return SQL refusing records linked from the agenda of the meeting bound first."""
    return (
        "NOT EXISTS (SELECT 1 FROM agenda_item_link l JOIN agenda_item i"
        f" ON i.id = l.agenda_item_id WHERE i.meeting_id = ? AND l.{column} = x.id)"
    )


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" * len(values))


def pending_commitments(
    connection: sqlite3.Connection, meeting_id: int, board_ids: Sequence[int], made_by: dt.date
) -> list[PendingCommitment]:
    """Return the boards' open and in-progress commitments made by ``made_by``."""
    if not board_ids:
        return []
    statuses = sorted(status.value for status in PENDING_COMMITMENT_STATUSES)
    rows = connection.execute(
        "SELECT x.id, x.board_id, b.name, x.description, x.due_on, x.status"
        " FROM commitment x JOIN board b ON b.id = x.board_id"
        f" WHERE x.board_id IN ({_marks(board_ids)}) AND x.status IN ({_marks(statuses)})"
        " AND x.meeting_id IS NOT ? AND x.created_on <= ?"
        f" AND {_not_on_agenda('commitment_id')}"
        " ORDER BY x.due_on, x.id",
        (*board_ids, *statuses, meeting_id, date_to_iso(made_by), meeting_id),
    )
    return [
        PendingCommitment(
            id=row[0],
            board_id=row[1],
            board=row[2],
            description=row[3],
            due_on=optional_date_from_iso(row[4]),
            status=CommitmentStatus(row[5]),
        )
        for row in rows
    ]


def pending_requests(
    connection: sqlite3.Connection,
    meeting_id: int,
    board_ids: Sequence[int],
    made_by: dt.date,
    due_by: dt.date,
) -> list[PendingRequest]:
    """Return the boards' requests awaiting an answer due by ``due_by``, or awaiting assessment.

    ``due_by`` is to be no earlier than the day overdue is judged on, so every overdue
    request is among those returned.
    """
    if not board_ids:
        return []
    awaiting = sorted(status.value for status in AWAITING_ANSWER_STATUSES)
    rows = connection.execute(
        "SELECT x.id, x.board_id, b.name, x.subject, x.due_on, x.status, x.answered_on,"
        " x.request_diary_number"
        " FROM reporting_request x JOIN board b ON b.id = x.board_id"
        f" WHERE x.board_id IN ({_marks(board_ids)})"
        f" AND ((x.status IN ({_marks(awaiting)}) AND x.due_on <= ?) OR x.status = ?)"
        " AND x.meeting_id IS NOT ? AND x.created_on <= ?"
        f" AND {_not_on_agenda('request_id')}"
        " ORDER BY x.due_on, x.id",
        (
            *board_ids,
            *awaiting,
            date_to_iso(due_by),
            RequestStatus.ANSWERED.value,
            meeting_id,
            date_to_iso(made_by),
            meeting_id,
        ),
    )
    return [
        PendingRequest(
            id=row[0],
            board_id=row[1],
            board=row[2],
            subject=row[3],
            due_on=date_from_iso(row[4]),
            status=RequestStatus(row[5]),
            answered_on=optional_date_from_iso(row[6]),
            request_diary_number=row[7],
        )
        for row in rows
    ]


def pending_questions(
    connection: sqlite3.Connection,
    meeting_id: int,
    board_ids: Sequence[int],
    before: tuple[dt.date, dt.time],
) -> list[PendingQuestion]:
    """Return the boards' open or needing-follow-up questions of meetings held before ``before``."""
    if not board_ids:
        return []
    statuses = [QuestionStatus.OPEN.value, QuestionStatus.NEEDS_FOLLOW_UP.value]
    day, start = before
    rows = connection.execute(
        "SELECT x.id, x.board_id, b.name, x.text, x.status, m.meeting_date"
        " FROM question x JOIN board b ON b.id = x.board_id JOIN meeting m ON m.id = x.meeting_id"
        f" WHERE x.board_id IN ({_marks(board_ids)}) AND x.status IN ({_marks(statuses)})"
        " AND x.meeting_id <> ? AND (m.meeting_date, m.start_time) < (?, ?)"
        f" AND {_not_on_agenda('question_id')}"
        " ORDER BY m.meeting_date, x.id",
        (
            *board_ids,
            *statuses,
            meeting_id,
            date_to_iso(day),
            time_to_text(start),
            meeting_id,
        ),
    )
    return [
        PendingQuestion(
            id=row[0],
            board_id=row[1],
            board=row[2],
            text=row[3],
            status=QuestionStatus(row[4]),
            asked_on=date_from_iso(row[5]),
        )
        for row in rows
    ]


def linked_records(connection: sqlite3.Connection, meeting_id: int) -> set[tuple[str, int]]:
    """Return the records the meeting's agenda links to, as ("question" | ..., id) pairs."""
    rows = connection.execute(
        "SELECT l.question_id, l.commitment_id, l.request_id FROM agenda_item_link l"
        " JOIN agenda_item i ON i.id = l.agenda_item_id WHERE i.meeting_id = ?",
        (meeting_id,),
    )
    found: set[tuple[str, int]] = set()
    for question_id, commitment_id, request_id in rows:
        if question_id is not None:
            found.add(("question", question_id))
        elif commitment_id is not None:
            found.add(("commitment", commitment_id))
        else:
            found.add(("request", request_id))
    return found
