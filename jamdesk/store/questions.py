"""Questions and their goals as rows."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from jamdesk.domain.dates import date_to_iso, optional_date_from_iso
from jamdesk.domain.questions import Question, QuestionStatus
from jamdesk.store.sql import placeholders

# Goal ids come back as one comma-separated column, so a list needs no query per row.
_COLUMNS = """
    q.id, q.meeting_id, q.board_id, q.text, q.asked_by_id, q.addressed_to_id,
    q.agenda_item_id, q.answer, q.answered_on, q.status,
    (SELECT group_concat(goal_id) FROM
        (SELECT goal_id FROM question_goal WHERE question_id = q.id ORDER BY goal_id))
"""

# A question the board still owes an answer to, or one the delegation must return to.
PENDING_QUESTION_STATUSES = (QuestionStatus.OPEN, QuestionStatus.NEEDS_FOLLOW_UP)


def _goal_ids(text: str | None) -> tuple[int, ...]:
    return () if not text else tuple(int(part) for part in text.split(","))


def _question_from_row(row: Any) -> Question:
    return Question(
        id=row[0],
        meeting_id=row[1],
        board_id=row[2],
        text=row[3],
        asked_by_id=row[4],
        addressed_to_id=row[5],
        agenda_item_id=row[6],
        answer=row[7],
        answered_on=optional_date_from_iso(row[8]),
        status=QuestionStatus(row[9]),
        goal_ids=_goal_ids(row[10]),
    )


def _question_values(question: Question) -> tuple[object, ...]:
    return (
        question.meeting_id,
        question.agenda_item_id,
        question.board_id,
        question.asked_by_id,
        question.addressed_to_id,
        question.text,
        question.answer,
        None if question.answered_on is None else date_to_iso(question.answered_on),
        question.status.value,
    )


def insert_question(connection: sqlite3.Connection, question: Question) -> int:
    """Insert a question (without its goals) and return its id."""
    cursor = connection.execute(
        "INSERT INTO question (meeting_id, agenda_item_id, board_id, asked_by_id, "
        "addressed_to_id, text, answer, answered_on, status) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        _question_values(question),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def update_question(connection: sqlite3.Connection, question: Question) -> None:
    """Write every column of a stored question (not its goals)."""
    connection.execute(
        "UPDATE question SET meeting_id = ?, agenda_item_id = ?, board_id = ?, "
        "asked_by_id = ?, addressed_to_id = ?, text = ?, answer = ?, answered_on = ?, "
        "status = ? WHERE id = ?",
        (*_question_values(question), question.id),
    )


def replace_question_goals(
    connection: sqlite3.Connection, question_id: int, goal_ids: Iterable[int]
) -> None:
    """Make ``goal_ids`` the goals a question is tagged with."""
    connection.execute("DELETE FROM question_goal WHERE question_id = ?", (question_id,))
    connection.executemany(
        "INSERT INTO question_goal (question_id, goal_id) VALUES (?, ?)",
        [(question_id, goal_id) for goal_id in goal_ids],
    )


def fetch_question(connection: sqlite3.Connection, question_id: int) -> Question | None:
    """Return the question ``question_id`` with its goals, or None."""
    row = connection.execute(
        f"SELECT {_COLUMNS} FROM question q WHERE q.id = ?", (question_id,)
    ).fetchone()
    return None if row is None else _question_from_row(row)


def fetch_pending_questions(connection: sqlite3.Connection, board_id: int) -> list[Question]:
    """Return a board's open questions and those needing follow-up, oldest meeting first."""
    marks = placeholders(len(PENDING_QUESTION_STATUSES))
    rows = connection.execute(
        f"SELECT {_COLUMNS} FROM question q JOIN meeting m ON m.id = q.meeting_id "
        f"WHERE q.board_id = ? AND q.status IN ({marks}) "
        "ORDER BY m.meeting_date, m.start_time, q.id",
        (board_id, *(status.value for status in PENDING_QUESTION_STATUSES)),
    ).fetchall()
    return [_question_from_row(row) for row in rows]
