"""What the protocol and notes of a meeting print, read with names in one query each.

The documents name people and boards, not ids; joining here keeps an export to a handful
of queries however many questions, commitments and participants a meeting has.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from jamdesk.domain.boards import BoardKind
from jamdesk.domain.dates import optional_date_from_iso
from jamdesk.domain.meetings import Attendance, ParticipantRole
from jamdesk.domain.questions import QuestionStatus
from jamdesk.domain.requests import ReportForm
from jamdesk.store.people import swedish_sort_key

_ROLE_ORDER = {role: index for index, role in enumerate(ParticipantRole)}


@dataclass(frozen=True)
class AttendeeRow:
    """A participant of the meeting with the person's name and title."""

    name: str
    title: str
    board_id: int | None
    role: ParticipantRole
    called: bool
    attendance: Attendance
    serving_for: str


@dataclass(frozen=True)
class BoardRow:
    """A board taking part in the meeting."""

    id: int
    name: str
    kind: BoardKind


@dataclass(frozen=True)
class QuestionRow:
    """A question asked at the meeting, with who asked whom."""

    board_id: int
    text: str
    answer: str
    status: QuestionStatus
    asked_by: str
    addressed_to: str


@dataclass(frozen=True)
class CommitmentRow:
    """A commitment made at the meeting, with who made it and who answers for it."""

    board_id: int
    description: str
    made_by: str
    responsible: str
    due_on: dt.date | None


@dataclass(frozen=True)
class RequestRow:
    """A reporting request decided at the meeting."""

    board_id: int
    subject: str
    form: ReportForm
    due_on: dt.date | None


def person_name(connection: sqlite3.Connection, person_id: int | None) -> str:
    """Return the person's name, or "" for no one."""
    if person_id is None:
        return ""
    row = connection.execute("SELECT name FROM person WHERE id = ?", (person_id,)).fetchone()
    return "" if row is None else str(row[0])


def fetch_attendees(connection: sqlite3.Connection, meeting_id: int) -> list[AttendeeRow]:
    """Return the meeting's participants by role, then in Swedish name order."""
    rows = connection.execute(
        """
        SELECT p.name, p.title, p.board_id, mp.role, mp.called, mp.attendance,
               coalesce(s.name, '')
          FROM meeting_participant mp
          JOIN person p ON p.id = mp.person_id
          LEFT JOIN person s ON s.id = mp.serving_for_id
         WHERE mp.meeting_id = ?
        """,
        (meeting_id,),
    ).fetchall()
    attendees = [
        AttendeeRow(
            name=row[0],
            title=row[1],
            board_id=row[2],
            role=ParticipantRole(row[3]),
            called=bool(row[4]),
            attendance=Attendance(row[5]),
            serving_for=row[6],
        )
        for row in rows
    ]
    # SQLite's collation would put å, ä and ö among the a's and o's.
    attendees.sort(key=lambda a: (_ROLE_ORDER[a.role], swedish_sort_key(a.name)))
    return attendees


def fetch_meeting_boards(connection: sqlite3.Connection, meeting_id: int) -> list[BoardRow]:
    """Return the boards taking part in the meeting, in the order of the register."""
    rows = connection.execute(
        """
        SELECT b.id, b.name, b.kind FROM meeting_board mb JOIN board b ON b.id = mb.board_id
         WHERE mb.meeting_id = ? ORDER BY b.id
        """,
        (meeting_id,),
    )
    return [BoardRow(id=row[0], name=row[1], kind=BoardKind(row[2])) for row in rows]


def board_names(connection: sqlite3.Connection, board_ids: set[int]) -> dict[int, BoardRow]:
    """Return the boards with the given ids, by id."""
    if not board_ids:
        return {}
    marks = ", ".join("?" * len(board_ids))
    rows = connection.execute(
        f"SELECT id, name, kind FROM board WHERE id IN ({marks})", tuple(sorted(board_ids))
    )
    return {row[0]: BoardRow(id=row[0], name=row[1], kind=BoardKind(row[2])) for row in rows}


def fetch_meeting_questions(connection: sqlite3.Connection, meeting_id: int) -> list[QuestionRow]:
    """Return the questions asked at the meeting in the order they were recorded."""
    rows = connection.execute(
        """
        SELECT q.board_id, q.text, q.answer, q.status,
               coalesce(a.name, ''), coalesce(t.name, '')
          FROM question q
          LEFT JOIN person a ON a.id = q.asked_by_id
          LEFT JOIN person t ON t.id = q.addressed_to_id
         WHERE q.meeting_id = ?
         ORDER BY q.id
        """,
        (meeting_id,),
    )
    return [
        QuestionRow(
            board_id=row[0],
            text=row[1],
            answer=row[2],
            status=QuestionStatus(row[3]),
            asked_by=row[4],
            addressed_to=row[5],
        )
        for row in rows
    ]


def fetch_meeting_commitments(
    connection: sqlite3.Connection, meeting_id: int
) -> list[CommitmentRow]:
    """Return the commitments made at the meeting in the order they were recorded."""
    rows = connection.execute(
        """
        SELECT c.board_id, c.description, coalesce(m.name, ''),
               coalesce(r.name, c.responsible), c.due_on
          FROM commitment c
          LEFT JOIN person m ON m.id = c.made_by_id
          LEFT JOIN person r ON r.id = c.responsible_id
         WHERE c.meeting_id = ?
         ORDER BY c.id
        """,
        (meeting_id,),
    )
    return [
        CommitmentRow(
            board_id=row[0],
            description=row[1],
            made_by=row[2],
            responsible=row[3],
            due_on=optional_date_from_iso(row[4]),
        )
        for row in rows
    ]


def fetch_meeting_requests(connection: sqlite3.Connection, meeting_id: int) -> list[RequestRow]:
    """Return the reporting requests decided at the meeting, the earliest due first."""
    rows = connection.execute(
        """
        SELECT board_id, subject, form, due_on FROM reporting_request
         WHERE meeting_id = ? ORDER BY due_on, id
        """,
        (meeting_id,),
    )
    return [
        RequestRow(
            board_id=row[0],
            subject=row[1],
            form=ReportForm(row[2]),
            due_on=optional_date_from_iso(row[3]),
        )
        for row in rows
    ]
