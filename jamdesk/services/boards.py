"""Keep the register of boards, their active periods and their contacts."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import replace

from jamdesk.domain.boards import Board, BoardContact
from jamdesk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from jamdesk.services.changes import Outcome, RecordKind, outcome
from jamdesk.store import boards as store
from jamdesk.store.boards import ContactRow
from jamdesk.store.database import Database
from jamdesk.store.references import missing_record, require_row


def _stored_board(connection: sqlite3.Connection, board_id: int) -> Board:
    board = store.load_board(connection, board_id)
    if board is None:
        raise missing_record("board", board_id, "id")
    return board


def _require_officers(connection: sqlite3.Connection, board: Board) -> None:
    require_row(connection, "person", board.chair_id, "chair_id")
    require_row(connection, "person", board.manager_id, "manager_id")


class BoardService:
    """The use cases of boards and their contacts."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, board_id: int) -> Board | None:
        """Return the board ``board_id``, or None."""
        return store.load_board(self._db.connection, board_id)

    def list_boards(self, active_on: dt.date | None = None) -> list[Board]:
        """Return the boards (those active on ``active_on`` if given) by Swedish name order."""
        return store.list_boards(self._db.connection, active_on)

    def create(self, board: Board) -> Outcome[Board]:
        """Add a board to the register."""
        checked = board.validated()
        with self._db.transaction() as conn:
            _require_officers(conn, checked)
            created = replace(checked, id=store.insert_board(conn, checked))
        return outcome(created, RecordKind.BOARD)

    def update(self, board: Board) -> Outcome[Board]:
        """Change a board's name, kind, administration, chair, manager or period."""
        checked = board.validated()
        if checked.id is None:
            raise ValueError("a board must have an id to be updated")
        with self._db.transaction() as conn:
            require_row(conn, "board", checked.id, "id")
            _require_officers(conn, checked)
            store.update_board(conn, checked)
        return outcome(checked, RecordKind.BOARD)

    def save(self, board: Board, contacts: Sequence[tuple[int, str]]) -> Outcome[Board]:
        """Add or change a board together with its contacts (person id, capacity), at once."""
        checked = board.validated()
        wanted = {person_id: capacity.strip() for person_id, capacity in contacts}
        with self._db.transaction() as conn:
            _require_officers(conn, checked)
            if checked.id is None:
                board_id = store.insert_board(conn, checked)
                checked = replace(checked, id=board_id)
            else:
                board_id = checked.id
                require_row(conn, "board", board_id, "id")
                store.update_board(conn, checked)
            for row in store.list_contacts(conn, board_id):
                if row.contact.person_id not in wanted:
                    store.delete_contact(conn, board_id, row.contact.person_id)
            for person_id, capacity in wanted.items():
                require_row(conn, "person", person_id, "contacts")
                store.save_contact(conn, BoardContact(board_id, person_id, capacity))
        return outcome(checked, RecordKind.BOARD)

    def deactivate(self, board_id: int, on: dt.date) -> Outcome[Board]:
        """Record that the board ceased after ``on``; its history stays as it was."""
        with self._db.transaction() as conn:
            board = _stored_board(conn, board_id)
            if on < board.active_from:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        "{name} cannot cease on {on}: it has existed only since {start}. "
                        "Choose a date on or after {start}.",
                    ),
                    field="active_to",
                    name=board.name,
                    on=on.isoformat(),
                    start=board.active_from.isoformat(),
                )
            ceased = replace(board, active_to=on)
            store.set_board_active_to(conn, board_id, on)
        return outcome(ceased, RecordKind.BOARD)

    def reactivate(self, board_id: int) -> Outcome[Board]:
        """Make a ceased board active again, with no end date."""
        with self._db.transaction() as conn:
            board = _stored_board(conn, board_id)
            store.set_board_active_to(conn, board_id, None)
        return outcome(replace(board, active_to=None), RecordKind.BOARD)

    def contacts(self, board_id: int) -> list[ContactRow]:
        """Return the board's contacts with their people, by name."""
        return store.list_contacts(self._db.connection, board_id)

    def add_contact(self, contact: BoardContact) -> Outcome[BoardContact]:
        """Make a person a contact of a board, or change the capacity they are one in."""
        checked = replace(contact, capacity=contact.capacity.strip())
        with self._db.transaction() as conn:
            require_row(conn, "board", checked.board_id, "board_id")
            require_row(conn, "person", checked.person_id, "person_id")
            store.save_contact(conn, checked)
        return outcome(checked, RecordKind.BOARD)

    def remove_contact(self, board_id: int, person_id: int) -> Outcome[None]:
        """Stop listing a person as a contact of a board."""
        with self._db.transaction() as conn:
            if not store.delete_contact(conn, board_id, person_id):
                raise NotFoundError(
                    QT_TRANSLATE_NOOP(
                        "DomainError", "That person is not a contact of the board any more."
                    ),
                    field="person_id",
                )
        return outcome(None, RecordKind.BOARD)
