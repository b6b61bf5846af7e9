"""Commitments and their goals as rows, and the follow-up lists over them."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from typing import Any

from jamdesk.domain.commitments import PENDING_COMMITMENT_STATUSES, Commitment, CommitmentStatus
from jamdesk.domain.dates import date_from_iso, date_to_iso, optional_date_from_iso

# Goal ids come back as one comma-separated column, so a list needs no query per row.
_COLUMNS = """
    c.id, c.board_id, c.made_by_id, c.responsible_id, c.responsible, c.description,
    c.created_on, c.due_on, c.status, c.meeting_id, c.agenda_item_id, c.question_id,
    (SELECT group_concat(goal_id) FROM
        (SELECT goal_id FROM commitment_goal WHERE commitment_id = c.id ORDER BY goal_id))
"""

# The statuses of PENDING_COMMITMENT_STATUSES as SQL parameters, so the lists below
# follow the domain's rule rather than a copy of it.
_PENDING = tuple(sorted(status.value for status in PENDING_COMMITMENT_STATUSES))
_PENDING_PLACEHOLDERS = ", ".join("?" for _ in _PENDING)


def _goal_ids(text: str | None) -> tuple[int, ...]:
    return () if not text else tuple(int(part) for part in text.split(","))


def _commitment_from_row(row: Any) -> Commitment:
    return Commitment(
        id=row[0],
        board_id=row[1],
        made_by_id=row[2],
        responsible_id=row[3],
        responsible=row[4],
        description=row[5],
        created_on=date_from_iso(row[6]),
        due_on=optional_date_from_iso(row[7]),
        status=CommitmentStatus(row[8]),
        meeting_id=row[9],
        agenda_item_id=row[10],
        question_id=row[11],
        goal_ids=_goal_ids(row[12]),
    )


def _commitment_values(commitment: Commitment) -> tuple[object, ...]:
    return (
        commitment.board_id,
        commitment.made_by_id,
        commitment.responsible_id,
        commitment.responsible,
        commitment.description,
        date_to_iso(commitment.created_on),
        None if commitment.due_on is None else date_to_iso(commitment.due_on),
        commitment.status.value,
        commitment.meeting_id,
        commitment.agenda_item_id,
        commitment.question_id,
    )


def insert_commitment(connection: sqlite3.Connection, commitment: Commitment) -> int:
    """Insert a commitment (without its goals) and return its id."""
    cursor = connection.execute(
        "INSERT INTO commitment (board_id, made_by_id, responsible_id, responsible, "
        "description, created_on, due_on, status, meeting_id, agenda_item_id, question_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        _commitment_values(commitment),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def update_commitment(connection: sqlite3.Connection, commitment: Commitment) -> None:
    """Write every column of a stored commitment (not its goals)."""
    connection.execute(
        "UPDATE commitment SET board_id = ?, made_by_id = ?, responsible_id = ?, "
        "responsible = ?, description = ?, created_on = ?, due_on = ?, status = ?, "
        "meeting_id = ?, agenda_item_id = ?, question_id = ? WHERE id = ?",
        (*_commitment_values(commitment), commitment.id),
    )


def replace_commitment_goals(
    connection: sqlite3.Connection, commitment_id: int, goal_ids: Iterable[int]
) -> None:
    """Make ``goal_ids`` the goals a commitment is tagged with."""
    connection.execute("DELETE FROM commitment_goal WHERE commitment_id = ?", (commitment_id,))
    connection.executemany(
        "INSERT INTO commitment_goal (commitment_id, goal_id) VALUES (?, ?)",
        [(commitment_id, goal_id) for goal_id in goal_ids],
    )


def fetch_commitment(connection: sqlite3.Connection, commitment_id: int) -> Commitment | None:
    """Return the commitment ``commitment_id`` with its goals, or None."""
    row = connection.execute(
        f"SELECT {_COLUMNS} FROM commitment c WHERE c.id = ?", (commitment_id,)
    ).fetchone()
    return None if row is None else _commitment_from_row(row)


def fetch_overdue_commitments(
    connection: sqlite3.Connection, as_of: dt.date, board_id: int | None = None
) -> list[Commitment]:
    """Return the pending commitments due before ``as_of``, earliest due date first."""
    # Same rule as domain.commitments.commitment_is_overdue: pending and due_on < as_of.
    sql = (
        f"SELECT {_COLUMNS} FROM commitment c "
        f"WHERE c.status IN ({_PENDING_PLACEHOLDERS}) "
        "AND c.due_on IS NOT NULL AND c.due_on < ?"
    )
    params: list[object] = [*_PENDING, date_to_iso(as_of)]
    if board_id is not None:
        sql += " AND c.board_id = ?"
        params.append(board_id)
    rows = connection.execute(sql + " ORDER BY c.due_on, c.id", params).fetchall()
    return [_commitment_from_row(row) for row in rows]


def fetch_pending_commitments(connection: sqlite3.Connection, board_id: int) -> list[Commitment]:
    """Return a board's commitments still to be kept, earliest due date first."""
    rows = connection.execute(
        f"SELECT {_COLUMNS} FROM commitment c "
        f"WHERE c.board_id = ? AND c.status IN ({_PENDING_PLACEHOLDERS}) "
        "ORDER BY c.due_on IS NULL, c.due_on, c.id",
        (board_id, *_PENDING),
    ).fetchall()
    return [_commitment_from_row(row) for row in rows]
