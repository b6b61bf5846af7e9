"""Development needs and document reviews as rows, with the goals they are tagged with."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from typing import Any

from jamdesk.domain.dates import date_from_iso, date_to_iso, optional_date_from_iso
from jamdesk.domain.reviews import DevelopmentNeed, DocumentKind, DocumentReview, NeedStatus

_NEED_COLUMNS = "n.id, n.description, n.identified_on, n.board_id, n.meeting_id, n.status, n.note"
_REVIEW_COLUMNS = (
    "r.id, r.board_id, r.document_title, r.document_kind, r.version, r.document_date, "
    "r.reviewed_on, r.findings, r.reviewer_id, r.meeting_id"
)


def _optional_iso(value: dt.date | None) -> str | None:
    return None if value is None else date_to_iso(value)


def _stored_id(record_id: int | None) -> int:
    if record_id is None:
        raise ValueError("a record must have an id to be updated")
    return record_id


# --- development needs -------------------------------------------------------------------


def _need_goal_ids(connection: sqlite3.Connection, need_id: int) -> tuple[int, ...]:
    rows = connection.execute(
        "SELECT goal_id FROM development_need_goal WHERE need_id = ? ORDER BY goal_id",
        (need_id,),
    ).fetchall()
    return tuple(row[0] for row in rows)


def _need_from_row(connection: sqlite3.Connection, row: Any) -> DevelopmentNeed:
    return DevelopmentNeed(
        id=row[0],
        description=row[1],
        identified_on=date_from_iso(row[2]),
        board_id=row[3],
        meeting_id=row[4],
        status=NeedStatus(row[5]),
        note=row[6],
        goal_ids=_need_goal_ids(connection, row[0]),
    )


def _need_values(need: DevelopmentNeed) -> tuple[object, ...]:
    return (
        need.description,
        date_to_iso(need.identified_on),
        need.board_id,
        need.meeting_id,
        need.status.value,
        need.note,
    )


def load_need(connection: sqlite3.Connection, need_id: int) -> DevelopmentNeed | None:
    """Return the development need ``need_id`` with its goals, or None."""
    row = connection.execute(
        f"SELECT {_NEED_COLUMNS} FROM development_need n WHERE n.id = ?", (need_id,)
    ).fetchone()
    return None if row is None else _need_from_row(connection, row)


def list_needs(
    connection: sqlite3.Connection, board_id: int | None = None
) -> list[DevelopmentNeed]:
    """Return the development needs (of one board if given), latest identified first."""
    where = "" if board_id is None else "WHERE n.board_id = ?"
    params: tuple[int, ...] = () if board_id is None else (board_id,)
    rows = connection.execute(
        f"""
        SELECT {_NEED_COLUMNS} FROM development_need n {where}
         ORDER BY n.identified_on DESC, n.id DESC
        """,
        params,
    ).fetchall()
    return [_need_from_row(connection, row) for row in rows]


def insert_need(connection: sqlite3.Connection, need: DevelopmentNeed) -> int:
    """Insert the need with its goal tags and return its new id."""
    cursor = connection.execute(
        """
        INSERT INTO development_need (description, identified_on, board_id, meeting_id, status,
                                      note)
        VALUES (?, ?, ?, ?, ?, ?)
        """,
        _need_values(need),
    )
    need_id = int(cursor.lastrowid or 0)
    replace_need_goals(connection, need_id, need.goal_ids)
    return need_id


def update_need(connection: sqlite3.Connection, need: DevelopmentNeed) -> None:
    """Write every field of the stored need ``need.id``, goal tags included."""
    need_id = _stored_id(need.id)
    connection.execute(
        """
        UPDATE development_need SET description = ?, identified_on = ?, board_id = ?,
                                    meeting_id = ?, status = ?, note = ?
         WHERE id = ?
        """,
        (*_need_values(need), need_id),
    )
    replace_need_goals(connection, need_id, need.goal_ids)


def delete_need(connection: sqlite3.Connection, need_id: int) -> bool:
    """Delete the development need and its goal tags; return whether there was one."""
    # Tags first, then the need: an undo then restores the need before its tags.
    connection.execute("DELETE FROM development_need_goal WHERE need_id = ?", (need_id,))
    cursor = connection.execute("DELETE FROM development_need WHERE id = ?", (need_id,))
    return cursor.rowcount > 0


def set_need_status(connection: sqlite3.Connection, need_id: int, status: NeedStatus) -> None:
    """Set the status of the need ``need_id``."""
    connection.execute(
        "UPDATE development_need SET status = ? WHERE id = ?", (status.value, need_id)
    )


def replace_need_goals(
    connection: sqlite3.Connection, need_id: int, goal_ids: Iterable[int]
) -> None:
    """Tag the need with exactly ``goal_ids``."""
    connection.execute("DELETE FROM development_need_goal WHERE need_id = ?", (need_id,))
    connection.executemany(
        "INSERT INTO development_need_goal (need_id, goal_id) VALUES (?, ?)",
        [(need_id, goal_id) for goal_id in dict.fromkeys(goal_ids)],
    )


# --- document reviews --------------------------------------------------------------------


def _review_goal_ids(connection: sqlite3.Connection, review_id: int) -> tuple[int, ...]:
    rows = connection.execute(
        "SELECT goal_id FROM document_review_goal WHERE review_id = ? ORDER BY goal_id",
        (review_id,),
    ).fetchall()
    return tuple(row[0] for row in rows)


def _review_from_row(connection: sqlite3.Connection, row: Any) -> DocumentReview:
    return DocumentReview(
        id=row[0],
        board_id=row[1],
        document_title=row[2],
        document_kind=DocumentKind(row[3]),
        version=row[4],
        document_date=optional_date_from_iso(row[5]),
        reviewed_on=date_from_iso(row[6]),
        findings=row[7],
        reviewer_id=row[8],
        meeting_id=row[9],
        goal_ids=_review_goal_ids(connection, row[0]),
    )


def _review_values(review: DocumentReview) -> tuple[object, ...]:
    return (
        review.board_id,
        review.document_title,
        review.document_kind.value,
        review.version,
        _optional_iso(review.document_date),
        date_to_iso(review.reviewed_on),
        review.findings,
        review.reviewer_id,
        review.meeting_id,
    )


def load_review(connection: sqlite3.Connection, review_id: int) -> DocumentReview | None:
    """Return the document review ``review_id`` with its goals, or None."""
    row = connection.execute(
        f"SELECT {_REVIEW_COLUMNS} FROM document_review r WHERE r.id = ?", (review_id,)
    ).fetchone()
    return None if row is None else _review_from_row(connection, row)


def list_reviews(
    connection: sqlite3.Connection, board_id: int | None = None
) -> list[DocumentReview]:
    """Return the document reviews (of one board if given), latest review first."""
    where = "" if board_id is None else "WHERE r.board_id = ?"
    params: tuple[int, ...] = () if board_id is None else (board_id,)
    rows = connection.execute(
        f"""
        SELECT {_REVIEW_COLUMNS} FROM document_review r {where}
         ORDER BY r.reviewed_on DESC, r.id DESC
        """,
        params,
    ).fetchall()
    return [_review_from_row(connection, row) for row in rows]


def insert_review(connection: sqlite3.Connection, review: DocumentReview) -> int:
    """Insert the review with its goal tags and return its new id."""
    cursor = connection.execute(
        """
        INSERT INTO document_review (board_id, document_title, document_kind, version,
                                     document_date, reviewed_on, findings, reviewer_id,
                                     meeting_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        _review_values(review),
    )
    review_id = int(cursor.lastrowid or 0)
    replace_review_goals(connection, review_id, review.goal_ids)
    return review_id


def update_review(connection: sqlite3.Connection, review: DocumentReview) -> None:
    """Write every field of the stored review ``review.id``, goal tags included."""
    review_id = _stored_id(review.id)
    connection.execute(
        """
        UPDATE document_review SET board_id = ?, document_title = ?, document_kind = ?,
                                   version = ?, document_date = ?, reviewed_on = ?,
                                   findings = ?, reviewer_id = ?, meeting_id = ?
         WHERE id = ?
        """,
        (*_review_values(review), review_id),
    )
    replace_review_goals(connection, review_id, review.goal_ids)


def delete_review(connection: sqlite3.Connection, review_id: int) -> bool:
    """Delete the review and its goal tags; return whether there was one."""
    # Tags first, then the review: an undo then restores the review before its tags.
    connection.execute("DELETE FROM document_review_goal WHERE review_id = ?", (review_id,))
    cursor = connection.execute("DELETE FROM document_review WHERE id = ?", (review_id,))
    return cursor.rowcount > 0


def replace_review_goals(
    connection: sqlite3.Connection, review_id: int, goal_ids: Iterable[int]
) -> None:
    """Tag the review with exactly ``goal_ids``."""
    connection.execute("DELETE FROM document_review_goal WHERE review_id = ?", (review_id,))
    connection.executemany(
        "INSERT INTO document_review_goal (review_id, goal_id) VALUES (?, ?)",
        [(review_id, goal_id) for goal_id in dict.fromkeys(goal_ids)],
    )
