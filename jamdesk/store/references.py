"""Reference lookups: tell the user which referenced record does not exist.

A foreign key would refuse a missing board, person, meeting ... with a bare integrity
error; the functions here check first and raise a NotFoundError whose message names
the missing record, so every service says it the same way.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Literal

from jamdesk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError

ReferencedTable = Literal[
    "board",
    "person",
    "delegation_membership",
    "goal",
    "meeting",
    "agenda_item",
    "question",
    "commitment",
    "reporting_request",
    "minutes",
    "minutes_paragraph",
    "development_need",
    "document_review",
    "action_plan_item",
]

_MISSING: dict[ReferencedTable, str] = {
    "board": QT_TRANSLATE_NOOP("DomainError", "There is no board with id {id}."),
    "person": QT_TRANSLATE_NOOP("DomainError", "There is no person with id {id}."),
    "delegation_membership": QT_TRANSLATE_NOOP(
        "DomainError", "There is no delegation seat with id {id}."
    ),
    "goal": QT_TRANSLATE_NOOP("DomainError", "There is no goal with id {id}."),
    "meeting": QT_TRANSLATE_NOOP("DomainError", "There is no meeting with id {id}."),
    "agenda_item": QT_TRANSLATE_NOOP("DomainError", "There is no agenda item with id {id}."),
    "question": QT_TRANSLATE_NOOP("DomainError", "There is no question with id {id}."),
    "commitment": QT_TRANSLATE_NOOP("DomainError", "There is no commitment with id {id}."),
    "reporting_request": QT_TRANSLATE_NOOP(
        "DomainError", "There is no reporting request with id {id}."
    ),
    "minutes": QT_TRANSLATE_NOOP("DomainError", "There are no minutes with id {id}."),
    "minutes_paragraph": QT_TRANSLATE_NOOP("DomainError", "There is no paragraph with id {id}."),
    "development_need": QT_TRANSLATE_NOOP(
        "DomainError", "There is no development need with id {id}."
    ),
    "document_review": QT_TRANSLATE_NOOP(
        "DomainError", "There is no document review with id {id}."
    ),
    "action_plan_item": QT_TRANSLATE_NOOP(
        "DomainError", "There is no action with id {id} in the plan."
    ),
}


def missing_record(table: ReferencedTable, row_id: int, field: str) -> NotFoundError:
    """Return the error saying that record ``row_id`` of ``table`` does not exist."""
    return NotFoundError(_MISSING[table], field=field, id=row_id)


def require_row(
    connection: sqlite3.Connection, table: ReferencedTable, row_id: int | None, field: str
) -> None:
    """Raise a NotFoundError unless ``row_id`` is None or names a row of ``table``."""
    if row_id is None:
        return
    row = connection.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).fetchone()
    if row is None:
        raise missing_record(table, row_id, field)


def require_goals(connection: sqlite3.Connection, goal_ids: Iterable[int]) -> None:
    """Raise a NotFoundError naming the first of ``goal_ids`` the store does not hold."""
    for goal_id in goal_ids:
        require_row(connection, "goal", goal_id, "goal_ids")


def meeting_of_agenda_item(
    connection: sqlite3.Connection, agenda_item_id: int | None, meeting_id: int | None
) -> int | None:
    """Return the meeting of a record tied to an agenda item, refusing another meeting's item.

    Without an agenda item the record's meeting stays as given; with one and no meeting,
    the record belongs to the item's meeting.
    """
    if agenda_item_id is None:
        return meeting_id
    row = connection.execute(
        "SELECT meeting_id FROM agenda_item WHERE id = ?", (agenda_item_id,)
    ).fetchone()
    if row is None:
        raise missing_record("agenda_item", agenda_item_id, "agenda_item_id")
    if meeting_id is not None and row[0] != meeting_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError", "The agenda item chosen belongs to another meeting than this one."
            ),
            field="agenda_item_id",
        )
    return int(row[0])


def meeting_of_paragraph(
    connection: sqlite3.Connection, paragraph_id: int | None, meeting_id: int | None
) -> int | None:
    """Return the meeting of a record tied to a paragraph, refusing another meeting's paragraph.

    Without a paragraph the record's meeting stays as given; with one and no meeting, the
    record belongs to the meeting whose minutes hold the paragraph.
    """
    if paragraph_id is None:
        return meeting_id
    row = connection.execute(
        "SELECT m.meeting_id FROM minutes_paragraph p JOIN minutes m ON m.id = p.minutes_id "
        "WHERE p.id = ?",
        (paragraph_id,),
    ).fetchone()
    if row is None:
        raise missing_record("minutes_paragraph", paragraph_id, "paragraph_id")
    if meeting_id is not None and row[0] != meeting_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The paragraph chosen is in the minutes of another meeting than this one.",
            ),
            field="paragraph_id",
        )
    return int(row[0])
