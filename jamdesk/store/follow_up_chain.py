"""The chain of a follow-up record: where it came from and what followed from it.

A question asked at a meeting may lead to a commitment (``commitment.question_id``),
either of them to a reporting request (``request.question_id`` / ``commitment_id``),
and a request to the board's answer. Each may be taken up again on a later agenda
(``agenda_item_link``). The same links tell which records later ones depend on, so
the deletes at the end of this module refuse nothing themselves: the services ask
``followers`` first.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from jamdesk.domain.dates import optional_date_from_iso
from jamdesk.domain.meetings import MeetingKind


class ChainKind(StrEnum):
    MEETING = "meeting"
    AGENDA_ITEM = "agenda_item"
    PARAGRAPH = "paragraph"
    QUESTION = "question"
    COMMITMENT = "commitment"
    REQUEST = "request"
    ANSWER = "answer"


@dataclass(frozen=True)
class ChainEntry:
    """One record in a chain, with what a link to it shows."""

    kind: ChainKind
    # The record's id; an answer is shown with its request, so it carries the request's.
    id: int
    # Question text, commitment, request subject, agenda item or § heading, meeting title.
    text: str
    # The meeting's date, the day a commitment or request was made, an answer came, or
    # (for an agenda item) the date of its meeting.
    on: dt.date | None = None
    # The status value of a question, commitment or request (an answer: its request's).
    status: str = ""
    # 0 for what came straight from (or before) the record, 1 and 2 for what followed that.
    depth: int = 0
    meeting_kind: MeetingKind | None = None
    # An agenda item's position, a paragraph's § number.
    number: int | None = None
    diary_number: str = ""
    # The record it lives in: the meeting of an agenda item, the minutes of a paragraph.
    parent_id: int | None = None


@dataclass(frozen=True)
class FollowUpChain:
    """Where a record came from (outermost first) and what followed, in order."""

    origin: tuple[ChainEntry, ...]
    followed: tuple[ChainEntry, ...]


@dataclass(frozen=True)
class Followers:
    """How many later records depend on a record, and the first later agenda it is on."""

    commitments: int
    requests: int
    agenda_meeting_on: dt.date | None


# -- reading the links --------------------------------------------------------


def _meeting(conn: sqlite3.Connection, meeting_id: int | None) -> list[ChainEntry]:
    row = conn.execute(
        "SELECT id, title, meeting_date, kind FROM meeting WHERE id = ?", (meeting_id,)
    ).fetchone()
    if row is None:
        return []
    return [
        ChainEntry(
            ChainKind.MEETING,
            row[0],
            row[1],
            optional_date_from_iso(row[2]),
            meeting_kind=MeetingKind(row[3]),
        )
    ]


def _agenda_item(conn: sqlite3.Connection, item_id: int | None) -> list[ChainEntry]:
    row = conn.execute(
        "SELECT ai.id, ai.title, m.meeting_date, ai.position, ai.diary_number, ai.meeting_id "
        "FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id WHERE ai.id = ?",
        (item_id,),
    ).fetchone()
    if row is None:
        return []
    return [
        ChainEntry(
            ChainKind.AGENDA_ITEM,
            row[0],
            row[1],
            optional_date_from_iso(row[2]),
            number=row[3],
            diary_number=row[4],
            parent_id=row[5],
        )
    ]


def _paragraph(conn: sqlite3.Connection, paragraph_id: int | None) -> list[ChainEntry]:
    row = conn.execute(
        "SELECT id, heading, number, diary_number, minutes_id FROM minutes_paragraph WHERE id = ?",
        (paragraph_id,),
    ).fetchone()
    if row is None:
        return []
    return [
        ChainEntry(
            ChainKind.PARAGRAPH,
            row[0],
            row[1],
            number=row[2],
            diary_number=row[3],
            parent_id=row[4],
        )
    ]


def _question(conn: sqlite3.Connection, question_id: int | None) -> list[ChainEntry]:
    row = conn.execute(
        "SELECT q.id, q.text, m.meeting_date, q.status FROM question q "
        "JOIN meeting m ON m.id = q.meeting_id WHERE q.id = ?",
        (question_id,),
    ).fetchone()
    if row is None:
        return []
    return [ChainEntry(ChainKind.QUESTION, row[0], row[1], optional_date_from_iso(row[2]), row[3])]


_COMMITMENT_COLUMNS = "id, description, created_on, status"


def _commitment_entry(row: Any, depth: int = 0) -> ChainEntry:
    return ChainEntry(
        ChainKind.COMMITMENT, row[0], row[1], optional_date_from_iso(row[2]), row[3], depth
    )


_REQUEST_COLUMNS = (
    "id, subject, created_on, status, request_diary_number, answered_on, answer_diary_number, "
    "assessment_note"
)


def _answer_entries(row: Any, depth: int) -> list[ChainEntry]:
    """Return the board's answer to a request, if it came."""
    if row[5] is None:
        return []
    return [
        ChainEntry(
            ChainKind.ANSWER,
            row[0],
            row[7],
            optional_date_from_iso(row[5]),
            row[3],
            depth,
            diary_number=row[6],
        )
    ]


def _request_entries(row: Any, depth: int) -> list[ChainEntry]:
    """Return a request and, if it came, the board's answer one step below it."""
    request = ChainEntry(
        ChainKind.REQUEST,
        row[0],
        row[1],
        optional_date_from_iso(row[2]),
        row[3],
        depth,
        diary_number=row[4],
    )
    return [request, *_answer_entries(row, depth + 1)]


def _requests_where(
    conn: sqlite3.Connection, condition: str, params: tuple[object, ...], depth: int
) -> list[ChainEntry]:
    rows = conn.execute(
        f"SELECT {_REQUEST_COLUMNS} FROM reporting_request WHERE {condition} "
        "ORDER BY created_on, id",
        params,
    ).fetchall()
    return [entry for row in rows for entry in _request_entries(row, depth)]


def _later_agendas(conn: sqlite3.Connection, column: str, record_id: int) -> list[ChainEntry]:
    """Return the agenda items that took the record up again, earliest meeting first."""
    rows = conn.execute(
        "SELECT ai.id, ai.title, m.meeting_date, ai.position, ai.diary_number, m.id, m.kind "
        "FROM agenda_item_link l JOIN agenda_item ai ON ai.id = l.agenda_item_id "
        f"JOIN meeting m ON m.id = ai.meeting_id WHERE l.{column} = ? "
        "ORDER BY m.meeting_date, m.start_time, ai.position, ai.id",
        (record_id,),
    ).fetchall()
    return [
        ChainEntry(
            ChainKind.AGENDA_ITEM,
            row[0],
            row[1],
            optional_date_from_iso(row[2]),
            meeting_kind=MeetingKind(row[6]),
            number=row[3],
            diary_number=row[4],
            parent_id=row[5],
        )
        for row in rows
    ]


# -- the chains ---------------------------------------------------------------


def question_chain(conn: sqlite3.Connection, question_id: int) -> FollowUpChain | None:
    """Return the chain of a question: its meeting, and the commitments and requests after."""
    row = conn.execute(
        "SELECT meeting_id, agenda_item_id FROM question WHERE id = ?", (question_id,)
    ).fetchone()
    if row is None:
        return None
    origin = [*_meeting(conn, row[0]), *_agenda_item(conn, row[1])]
    followed: list[ChainEntry] = []
    commitments = conn.execute(
        f"SELECT {_COMMITMENT_COLUMNS} FROM commitment WHERE question_id = ? "
        "ORDER BY created_on, id",
        (question_id,),
    ).fetchall()
    for commitment in commitments:
        followed.append(_commitment_entry(commitment))
        followed.extend(_requests_where(conn, "commitment_id = ?", (commitment[0],), 1))
    # Requests that came from the question directly, not through one of its commitments.
    followed.extend(
        _requests_where(
            conn,
            "question_id = ? AND (commitment_id IS NULL OR commitment_id NOT IN "
            "(SELECT id FROM commitment WHERE question_id = ?))",
            (question_id, question_id),
            0,
        )
    )
    followed.extend(_later_agendas(conn, "question_id", question_id))
    return FollowUpChain(tuple(origin), tuple(followed))


def commitment_chain(conn: sqlite3.Connection, commitment_id: int) -> FollowUpChain | None:
    """Return the chain of a commitment: its meeting and question, and the requests after."""
    row = conn.execute(
        "SELECT meeting_id, agenda_item_id, question_id FROM commitment WHERE id = ?",
        (commitment_id,),
    ).fetchone()
    if row is None:
        return None
    origin = [*_meeting(conn, row[0]), *_agenda_item(conn, row[1]), *_question(conn, row[2])]
    followed = [
        *_requests_where(conn, "commitment_id = ?", (commitment_id,), 0),
        *_later_agendas(conn, "commitment_id", commitment_id),
    ]
    return FollowUpChain(tuple(origin), tuple(followed))


def request_chain(conn: sqlite3.Connection, request_id: int) -> FollowUpChain | None:
    """Return the chain of a request: meeting, §, question and commitment, and the answer."""
    row = conn.execute(
        f"SELECT meeting_id, agenda_item_id, paragraph_id, question_id, commitment_id, "
        f"{_REQUEST_COLUMNS} FROM reporting_request WHERE id = ?",
        (request_id,),
    ).fetchone()
    if row is None:
        return None
    meeting_id, item_id, paragraph_id, question_id, commitment_id = row[:5]
    commitment = conn.execute(
        f"SELECT {_COMMITMENT_COLUMNS}, question_id FROM commitment WHERE id = ?",
        (commitment_id,),
    ).fetchone()
    if question_id is None and commitment is not None:
        question_id = commitment[4]  # the question the commitment answered
    origin = [
        *_meeting(conn, meeting_id),
        *_agenda_item(conn, item_id),
        *_paragraph(conn, paragraph_id),
        *_question(conn, question_id),
        *([] if commitment is None else [_commitment_entry(commitment)]),
    ]
    followed = [*_answer_entries(row[5:], 0), *_later_agendas(conn, "request_id", request_id)]
    return FollowUpChain(tuple(origin), tuple(followed))


# -- what depends on a record, and deleting one nothing depends on ------------


def followers(conn: sqlite3.Connection, kind: ChainKind, record_id: int) -> Followers:
    """Return what later records depend on a question, commitment or request."""
    column = {
        ChainKind.QUESTION: "question_id",
        ChainKind.COMMITMENT: "commitment_id",
        ChainKind.REQUEST: "request_id",
    }[kind]
    commitments = requests = 0
    if kind is ChainKind.QUESTION:
        commitments = _count(
            conn, "SELECT count(*) FROM commitment WHERE question_id = ?", record_id
        )
    if kind is not ChainKind.REQUEST:
        requests = _count(
            conn, f"SELECT count(*) FROM reporting_request WHERE {column} = ?", record_id
        )
    row = conn.execute(
        "SELECT min(m.meeting_date) FROM agenda_item_link l "
        "JOIN agenda_item ai ON ai.id = l.agenda_item_id "
        f"JOIN meeting m ON m.id = ai.meeting_id WHERE l.{column} = ?",
        (record_id,),
    ).fetchone()
    return Followers(commitments, requests, optional_date_from_iso(row[0]))


def _count(conn: sqlite3.Connection, sql: str, record_id: int) -> int:
    return int(conn.execute(sql, (record_id,)).fetchone()[0])


def delete_question(conn: sqlite3.Connection, question_id: int) -> None:
    """Delete a question with its status history and goals."""
    # Children first and by hand, so the undo log records every row that goes.
    conn.execute("DELETE FROM question_event WHERE question_id = ?", (question_id,))
    conn.execute("DELETE FROM question_goal WHERE question_id = ?", (question_id,))
    conn.execute("DELETE FROM question WHERE id = ?", (question_id,))


def delete_commitment(conn: sqlite3.Connection, commitment_id: int) -> None:
    """Delete a commitment with its status history and goals."""
    conn.execute("DELETE FROM commitment_event WHERE commitment_id = ?", (commitment_id,))
    conn.execute("DELETE FROM commitment_goal WHERE commitment_id = ?", (commitment_id,))
    conn.execute("DELETE FROM commitment WHERE id = ?", (commitment_id,))


def delete_request(conn: sqlite3.Connection, request_id: int) -> None:
    """Delete a reporting request with its status history."""
    conn.execute("DELETE FROM reporting_request_event WHERE request_id = ?", (request_id,))
    conn.execute("DELETE FROM reporting_request WHERE id = ?", (request_id,))
