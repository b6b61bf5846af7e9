"""What every document's reader needs: the organisation's names, people and boards by id."""

from __future__ import annotations

import sqlite3

from jamdesk.domain.meetings import Meeting
from jamdesk.export.swedish_labels import MEETING_KINDS, in_running_text
from jamdesk.export.text import swedish_list
from jamdesk.store.briefing_queries import meeting_board_names
from jamdesk.store.organisation import load_organisation

# The names a store not yet set up gives its documents (stored text, so Swedish).
DEFAULT_ORGANISATION = "Kommunen"
DEFAULT_DELEGATION = "Jämställdhetsdelegationen"


def organisation_names(conn: sqlite3.Connection) -> tuple[str, str]:
    """Return the organisation's name and its delegation's name."""
    organisation = load_organisation(conn)
    if organisation is None:
        return DEFAULT_ORGANISATION, DEFAULT_DELEGATION
    return organisation.name, organisation.delegation_name


def meeting_heading(conn: sqlite3.Connection, meeting: Meeting) -> str:
    """Return what the meeting is, in Swedish: "Budgetdialog med socialnämnden"."""
    kind = MEETING_KINDS[meeting.kind]
    title = meeting.title.strip()
    names = meeting_board_names(conn, meeting.id) if meeting.id is not None else []
    boards = swedish_list(in_running_text(name) for name in names)
    if not boards:  # the delegation's own meeting: its title says it best
        return title or kind
    heading = f"{kind} med {boards}"
    # A title that only repeats the kind ("Budgetdialog 2027") adds nothing to the heading.
    if title and not title.lower().startswith(kind.lower()):
        return f"{heading}: {title}"
    return heading
