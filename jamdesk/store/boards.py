"""Boards and their contacts as rows."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Any

from jamdesk.domain.boards import Board, BoardContact, BoardKind
from jamdesk.domain.dates import date_from_iso, date_to_iso, optional_date_from_iso
from jamdesk.domain.people import Person
from jamdesk.store.people import PERSON_COLUMNS, person_from_row, swedish_sort_key

_BOARD_COLUMNS = (
    "b.id, b.name, b.kind, b.administration, b.chair_id, b.manager_id, b.active_from, b.active_to"
)


@dataclass(frozen=True)
class ContactRow:
    """A board's contact together with the person."""

    contact: BoardContact
    person: Person


def _board_from_row(row: Any) -> Board:
    return Board(
        id=row[0],
        name=row[1],
        kind=BoardKind(row[2]),
        administration=row[3],
        chair_id=row[4],
        manager_id=row[5],
        active_from=date_from_iso(row[6]),
        active_to=optional_date_from_iso(row[7]),
    )


def _board_values(board: Board) -> tuple[object, ...]:
    return (
        board.name,
        board.kind.value,
        board.administration,
        board.chair_id,
        board.manager_id,
        date_to_iso(board.active_from),
        None if board.active_to is None else date_to_iso(board.active_to),
    )


def load_board(connection: sqlite3.Connection, board_id: int) -> Board | None:
    """Return the board ``board_id``, or None."""
    row = connection.execute(
        f"SELECT {_BOARD_COLUMNS} FROM board b WHERE b.id = ?", (board_id,)
    ).fetchone()
    return None if row is None else _board_from_row(row)


def list_boards(connection: sqlite3.Connection, active_on: dt.date | None = None) -> list[Board]:
    """Return the boards (those active on ``active_on`` if given) in Swedish name order."""
    if active_on is None:
        rows = connection.execute(f"SELECT {_BOARD_COLUMNS} FROM board b").fetchall()
    else:
        day = date_to_iso(active_on)
        rows = connection.execute(
            f"""
            SELECT {_BOARD_COLUMNS} FROM board b
             WHERE b.active_from <= ? AND (b.active_to IS NULL OR b.active_to >= ?)
            """,
            (day, day),
        ).fetchall()
    # A municipality has a few dozen boards at most: sorting here keeps SQLite's
    # collation (which puts å, ä, ö wrong) out of it.
    boards = [_board_from_row(row) for row in rows]
    boards.sort(key=lambda board: (swedish_sort_key(board.name), board.id or 0))
    return boards


def insert_board(connection: sqlite3.Connection, board: Board) -> int:
    """Insert ``board`` and return its new id."""
    cursor = connection.execute(
        """
        INSERT INTO board (name, kind, administration, chair_id, manager_id, active_from,
                           active_to)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """,
        _board_values(board),
    )
    return int(cursor.lastrowid or 0)


def update_board(connection: sqlite3.Connection, board: Board) -> None:
    """Write every field of the stored board ``board.id``."""
    connection.execute(
        """
        UPDATE board SET name = ?, kind = ?, administration = ?, chair_id = ?, manager_id = ?,
                         active_from = ?, active_to = ?
         WHERE id = ?
        """,
        (*_board_values(board), board.id),
    )


def set_board_active_to(
    connection: sqlite3.Connection, board_id: int, active_to: dt.date | None
) -> None:
    """Set (or clear, with None) the last day the board exists."""
    connection.execute(
        "UPDATE board SET active_to = ? WHERE id = ?",
        (None if active_to is None else date_to_iso(active_to), board_id),
    )


def save_contact(connection: sqlite3.Connection, contact: BoardContact) -> None:
    """Add the contact, or change the capacity of one already there."""
    connection.execute(
        """
        INSERT INTO board_contact (board_id, person_id, capacity) VALUES (?, ?, ?)
        ON CONFLICT (board_id, person_id) DO UPDATE SET capacity = excluded.capacity
        """,
        (contact.board_id, contact.person_id, contact.capacity),
    )


def delete_contact(connection: sqlite3.Connection, board_id: int, person_id: int) -> bool:
    """Remove the person from the board's contacts; return whether they were one."""
    cursor = connection.execute(
        "DELETE FROM board_contact WHERE board_id = ? AND person_id = ?", (board_id, person_id)
    )
    return cursor.rowcount > 0


def list_contacts(connection: sqlite3.Connection, board_id: int) -> list[ContactRow]:
    """Return the board's contacts with their people, in Swedish name order."""
    rows = connection.execute(
        f"""
        SELECT c.board_id, c.person_id, c.capacity, {PERSON_COLUMNS}
          FROM board_contact c JOIN person p ON p.id = c.person_id
         WHERE c.board_id = ?
        """,
        (board_id,),
    ).fetchall()
    contacts = [
        ContactRow(
            contact=BoardContact(board_id=row[0], person_id=row[1], capacity=row[2]),
            person=person_from_row(row[3:]),
        )
        for row in rows
    ]
    contacts.sort(key=lambda c: (swedish_sort_key(c.person.name), c.person.id or 0))
    return contacts
