"""Agendas in the store: numbered items and the records each item concerns."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any, Literal, get_args

from jamdesk.domain.meetings import AgendaItem, AgendaItemKind, AgendaLink

_ITEM_COLUMNS = "id, meeting_id, position, kind, title, diary_number, notes"

# The tables of records made at an agenda item (questions, commitments, reporting requests).
RecordTable = Literal["question", "commitment", "reporting_request"]

# Their names are fixed here, never user input, so they may go into the SQL.
_RECORD_IDS_AT_ITEM: dict[str, str] = {
    table: f"SELECT id FROM {table} WHERE meeting_id = ? AND agenda_item_id IS ? ORDER BY id"
    for table in get_args(RecordTable)
}


def _links_of(
    connection: sqlite3.Connection, item_ids: Sequence[int]
) -> dict[int, list[AgendaLink]]:
    """Return the links of the items, in the order they were added."""
    found: dict[int, list[AgendaLink]] = {item_id: [] for item_id in item_ids}
    if not item_ids:
        return found
    marks = ", ".join("?" * len(item_ids))
    rows = connection.execute(
        "SELECT agenda_item_id, question_id, commitment_id, request_id FROM agenda_item_link"
        f" WHERE agenda_item_id IN ({marks}) ORDER BY id",
        tuple(item_ids),
    )
    for item_id, question_id, commitment_id, request_id in rows:
        found[item_id].append(AgendaLink(question_id, commitment_id, request_id))
    return found


def _item(row: tuple[Any, ...], links: Sequence[AgendaLink]) -> AgendaItem:
    return AgendaItem(
        id=row[0],
        meeting_id=row[1],
        position=row[2],
        kind=AgendaItemKind(row[3]),
        title=row[4],
        diary_number=row[5],
        notes=row[6],
        links=tuple(links),
    )


def fetch_items(connection: sqlite3.Connection, meeting_id: int) -> list[AgendaItem]:
    """Return the meeting's agenda in order, each item with its links."""
    rows = connection.execute(
        f"SELECT {_ITEM_COLUMNS} FROM agenda_item WHERE meeting_id = ? ORDER BY position, id",
        (meeting_id,),
    ).fetchall()
    links = _links_of(connection, [row[0] for row in rows])
    return [_item(row, links[row[0]]) for row in rows]


def ordered_item_ids(connection: sqlite3.Connection, meeting_id: int) -> list[int]:
    """Return the ids of the meeting's agenda items in agenda order."""
    rows = connection.execute(
        "SELECT id FROM agenda_item WHERE meeting_id = ? ORDER BY position, id", (meeting_id,)
    )
    return [int(item_id) for (item_id,) in rows]


def get_item(connection: sqlite3.Connection, item_id: int) -> AgendaItem | None:
    """Return the agenda item with its links, or None if there is none with that id."""
    row = connection.execute(
        f"SELECT {_ITEM_COLUMNS} FROM agenda_item WHERE id = ?", (item_id,)
    ).fetchone()
    if row is None:
        return None
    return _item(row, _links_of(connection, [item_id])[item_id])


def insert_item(connection: sqlite3.Connection, item: AgendaItem) -> int:
    """Insert the item at its position (as given) with its links; return the new id."""
    cursor = connection.execute(
        "INSERT INTO agenda_item (meeting_id, position, kind, title, diary_number, notes)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            item.meeting_id,
            item.position,
            item.kind.value,
            item.title,
            item.diary_number,
            item.notes,
        ),
    )
    item_id = cursor.lastrowid
    assert item_id is not None
    for link in item.links:
        insert_link(connection, item_id, link)
    return item_id


def update_item_text(connection: sqlite3.Connection, item: AgendaItem) -> None:
    """Write the item's kind, title, diary number and notes (not its position or links)."""
    connection.execute(
        "UPDATE agenda_item SET kind = ?, title = ?, diary_number = ?, notes = ? WHERE id = ?",
        (item.kind.value, item.title, item.diary_number, item.notes, item.id),
    )


def delete_item(connection: sqlite3.Connection, item_id: int) -> None:
    """Delete the item and its links (positions of the rest are left as they are)."""
    connection.execute("DELETE FROM agenda_item WHERE id = ?", (item_id,))


def renumber(connection: sqlite3.Connection, ordered_ids: Sequence[int]) -> None:
    """Give the items positions 1..n in the order of ``ordered_ids``."""
    connection.executemany(
        "UPDATE agenda_item SET position = ? WHERE id = ?",
        [(position, item_id) for position, item_id in enumerate(ordered_ids, start=1)],
    )


def insert_link(connection: sqlite3.Connection, item_id: int, link: AgendaLink) -> None:
    """Let the item refer to the link's record."""
    connection.execute(
        "INSERT INTO agenda_item_link (agenda_item_id, question_id, commitment_id, request_id)"
        " VALUES (?, ?, ?, ?)",
        (item_id, link.question_id, link.commitment_id, link.request_id),
    )


def delete_link(connection: sqlite3.Connection, item_id: int, link: AgendaLink) -> int:
    """Stop the item referring to the link's record; return how many links went."""
    cursor = connection.execute(
        "DELETE FROM agenda_item_link WHERE agenda_item_id = ? AND question_id IS ?"
        " AND commitment_id IS ? AND request_id IS ?",
        (item_id, link.question_id, link.commitment_id, link.request_id),
    )
    return cursor.rowcount


def item_in_adjusted_minutes(connection: sqlite3.Connection, item_id: int) -> bool:
    """Return whether a paragraph of adjusted minutes was written from the item."""
    row = connection.execute(
        "SELECT EXISTS (SELECT 1 FROM minutes_paragraph p JOIN minutes m ON m.id = p.minutes_id"
        " WHERE p.agenda_item_id = ? AND m.adjusted = 1)",
        (item_id,),
    ).fetchone()
    return bool(row[0])


def record_ids_at_item(
    connection: sqlite3.Connection, table: RecordTable, meeting_id: int, item_id: int | None
) -> list[int]:
    """Return the ids of ``table``'s records made at the item (None: at no item), oldest first."""
    rows = connection.execute(_RECORD_IDS_AT_ITEM[table], (meeting_id, item_id))
    return [int(record_id) for (record_id,) in rows]
