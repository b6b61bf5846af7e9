"""What the follow-up records share in the store: their dated status events.

Questions, commitments and reporting requests each keep their status history in an
``*_event`` table of the same shape; the functions here read and append those events
as domain ``StatusChange`` values.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Any

from jamdesk.domain.dates import date_from_iso, date_to_iso
from jamdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
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
