"""What the follow-up records share in the store: dated status events and reference lookups.

Questions, commitments and reporting requests each keep their status history in an
``*_event`` table of the same shape; the functions here read and append those events
as domain ``StatusChange`` values. The lookups turn what a foreign key would refuse
(a missing board, person, meeting ...) into a message that names the missing record.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from jamdesk.domain.dates import date_from_iso, date_to_iso
from jamdesk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from jamdesk.domain.history import StatusChange


@dataclass(frozen=True)
class EventTable:
    """Where one kind of record keeps its status events."""

    table: str
    owner_column: str


QUESTION_EVENTS = EventTable("question_event", "question_id")
COMMITMENT_EVENTS = EventTable("commitment_event", "commitment_id")
REQUEST_EVENTS = EventTable("reporting_request_event", "request_id")


def _change_from_row(row: Any) -> StatusChange:
    return StatusChange(
        id=row[0],
        changed_on=date_from_iso(row[1]),
        from_status=row[2],
        to_status=row[3],
        note=row[4],
    )


def fetch_history(
    connection: sqlite3.Connection, events: EventTable, record_id: int
) -> list[StatusChange]:
    """Return the status changes of one record, oldest first."""
    rows = connection.execute(
        f"SELECT id, changed_on, from_status, to_status, note FROM {events.table} "
        f"WHERE {events.owner_column} = ? ORDER BY id",
        (record_id,),
    ).fetchall()
    return [_change_from_row(row) for row in rows]


def fetch_last_change(
    connection: sqlite3.Connection, events: EventTable, record_id: int
) -> StatusChange | None:
    """Return the latest status change of one record, or None if it has none."""
    row = connection.execute(
        f"SELECT id, changed_on, from_status, to_status, note FROM {events.table} "
        f"WHERE {events.owner_column} = ? ORDER BY id DESC LIMIT 1",
        (record_id,),
    ).fetchone()
    return None if row is None else _change_from_row(row)


def _insert(
    connection: sqlite3.Connection, events: EventTable, record_id: int, change: StatusChange
) -> StatusChange:
    # str() turns a status enum into its stored value, so the change read back is equal.
    from_status = None if change.from_status is None else str(change.from_status)
    to_status = str(change.to_status)
    cursor = connection.execute(
        f"INSERT INTO {events.table} "
        f"({events.owner_column}, changed_on, from_status, to_status, note) "
        "VALUES (?, ?, ?, ?, ?)",
        (record_id, date_to_iso(change.changed_on), from_status, to_status, change.note),
    )
    return StatusChange(
        id=cursor.lastrowid,
        changed_on=change.changed_on,
        from_status=from_status,
        to_status=to_status,
        note=change.note,
    )


def insert_first_change(
    connection: sqlite3.Connection,
    events: EventTable,
    record_id: int,
    status: str,
    on: dt.date,
    note: str = "",
) -> StatusChange:
    """Write the event that opens a new record's history: from nothing to ``status``."""
    return _insert(connection, events, record_id, StatusChange(on, None, status, note))


def append_change(
    connection: sqlite3.Connection,
    events: EventTable,
    record_id: int,
    from_status: str,
    to_status: str,
    on: dt.date,
    note: str = "",
) -> StatusChange:
    """Write a status change after the record's last one, refusing one dated before it."""
    # The chain's dates never go backwards (the store's invariant 6); keeping that here
    # holds for every caller, the way the schema's triggers guard adjusted minutes.
    last = fetch_last_change(connection, events, record_id)
    if last is not None and on < last.changed_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The change cannot be dated {on}: the previous change was made on {previous}.",
            ),
            field="changed_on",
            on=on.isoformat(),
            previous=last.changed_on.isoformat(),
        )
    return _insert(connection, events, record_id, StatusChange(on, from_status, to_status, note))


ReferencedTable = Literal[
    "board",
    "person",
    "meeting",
    "agenda_item",
    "goal",
    "question",
    "commitment",
    "reporting_request",
    "minutes_paragraph",
]

_MISSING: dict[ReferencedTable, str] = {
    "board": QT_TRANSLATE_NOOP("DomainError", "There is no board with id {id}."),
    "person": QT_TRANSLATE_NOOP("DomainError", "There is no person with id {id}."),
    "meeting": QT_TRANSLATE_NOOP("DomainError", "There is no meeting with id {id}."),
    "agenda_item": QT_TRANSLATE_NOOP("DomainError", "There is no agenda item with id {id}."),
    "goal": QT_TRANSLATE_NOOP("DomainError", "There is no goal with id {id}."),
    "question": QT_TRANSLATE_NOOP("DomainError", "There is no question with id {id}."),
    "commitment": QT_TRANSLATE_NOOP("DomainError", "There is no commitment with id {id}."),
    "reporting_request": QT_TRANSLATE_NOOP(
        "DomainError", "There is no reporting request with id {id}."
    ),
    "minutes_paragraph": QT_TRANSLATE_NOOP("DomainError", "There is no paragraph with id {id}."),
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
