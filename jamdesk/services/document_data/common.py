"""What every document's reader needs: the organisation's names, people and boards by id."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from jamdesk.domain.meetings import Meeting
from jamdesk.export.swedish_labels import MEETING_KINDS, in_running_text
from jamdesk.export.text import swedish_list
from jamdesk.store.boards import load_board
from jamdesk.store.organisation import load_organisation
from jamdesk.store.people import load_person

# The names a store not yet set up gives its documents (stored text, so Swedish).
DEFAULT_ORGANISATION = "Kommunen"
DEFAULT_DELEGATION = "Jämställdhetsdelegationen"


def organisation_names(conn: sqlite3.Connection) -> tuple[str, str]:
    """Return the organisation's name and its delegation's name."""
    organisation = load_organisation(conn)
    if organisation is None:
        return DEFAULT_ORGANISATION, DEFAULT_DELEGATION
    return organisation.name, organisation.delegation_name


def person_name(conn: sqlite3.Connection, person_id: int | None) -> str:
    """Return the person's name, or "" for no one."""
    if person_id is None:
        return ""
    person = load_person(conn, person_id)
    return "" if person is None else person.name


def board_names(conn: sqlite3.Connection, board_ids: Iterable[int]) -> list[str]:
    """Return the boards' names in the order given."""
    names = []
    for board_id in board_ids:
        board = load_board(conn, board_id)
        if board is not None:
            names.append(board.name)
    return names


def meeting_heading(conn: sqlite3.Connection, meeting: Meeting) -> str:
    """Return what the meeting is, in Swedish: "Budgetdialog med socialnämnden"."""
    kind = MEETING_KINDS[meeting.kind]
    title = meeting.title.strip()
    boards = swedish_list(in_running_text(name) for name in board_names(conn, meeting.board_ids))
    if not boards:  # the delegation's own meeting: its title says it best
        return title or kind
    heading = f"{kind} med {boards}"
    # A title that only repeats the kind ("Budgetdialog 2027") adds nothing to the heading.
    if title and not title.lower().startswith(kind.lower()):
        return f"{heading}: {title}"
    return heading
