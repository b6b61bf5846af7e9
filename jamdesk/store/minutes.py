"""Minutes in the store: protocols and notes, their adjusters and their paragraphs.

The SQL triggers refuse any change to adjusted minutes, their paragraphs or their
adjusters; callers see that as a sqlite3.IntegrityError saying so.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from jamdesk.domain.dates import (
    date_to_iso,
    optional_date_from_iso,
    time_from_text,
    time_to_text,
)
from jamdesk.domain.minutes import Minutes, MinutesKind, Paragraph

# What the triggers of 0001_initial.sql say when adjusted minutes would change.
ADJUSTED_TRIGGER_MESSAGE = "adjusted minutes cannot change"

_MINUTES_COLUMNS = (
    "id, meeting_id, kind, body, diary_number, secretary_id, adjustment_place,"
    " adjustment_date, adjustment_time, adjusted, adjusted_on, corrects_id, correction_reason"
)
_PARAGRAPH_COLUMNS = (
    "id, minutes_id, body, year, number, heading, diary_number, summary, decision, sent_to,"
    " agenda_item_id"
)


def _minutes(row: tuple[Any, ...], adjuster_ids: Sequence[int]) -> Minutes:
    return Minutes(
        id=row[0],
        meeting_id=row[1],
        kind=MinutesKind(row[2]),
        body=row[3],
        diary_number=row[4],
        secretary_id=row[5],
        adjustment_place=row[6],
        adjustment_date=optional_date_from_iso(row[7]),
        adjustment_time=None if row[8] is None else time_from_text(row[8]),
        adjusted=bool(row[9]),
        adjusted_on=optional_date_from_iso(row[10]),
        corrects_id=row[11],
        correction_reason=row[12],
        adjuster_ids=tuple(adjuster_ids),
    )


def _adjusters(connection: sqlite3.Connection, minutes_id: int) -> list[int]:
    rows = connection.execute(
        "SELECT a.person_id FROM minutes_adjuster a JOIN person p ON p.id = a.person_id"
        " WHERE a.minutes_id = ? ORDER BY p.name, p.id",
        (minutes_id,),
    )
    return [int(person_id) for (person_id,) in rows]


def get_minutes(connection: sqlite3.Connection, minutes_id: int) -> Minutes | None:
    """Return the minutes with their adjusters, or None if there are none with that id."""
    row = connection.execute(
        f"SELECT {_MINUTES_COLUMNS} FROM minutes WHERE id = ?", (minutes_id,)
    ).fetchone()
    return None if row is None else _minutes(row, _adjusters(connection, minutes_id))


def fetch_minutes_for_meeting(connection: sqlite3.Connection, meeting_id: int) -> list[Minutes]:
    """Return the meeting's minutes, the original first and then its corrections."""
    rows = connection.execute(
        f"SELECT {_MINUTES_COLUMNS} FROM minutes WHERE meeting_id = ? ORDER BY id",
        (meeting_id,),
    ).fetchall()
    return [_minutes(row, _adjusters(connection, row[0])) for row in rows]


def insert_minutes(connection: sqlite3.Connection, minutes: Minutes) -> int:
    """Insert the minutes (not adjusted) with their adjusters; return the new id."""
    cursor = connection.execute(
        "INSERT INTO minutes (meeting_id, kind, body, diary_number, secretary_id,"
        " adjustment_place, adjustment_date, adjustment_time, corrects_id, correction_reason)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            minutes.meeting_id,
            minutes.kind.value,
            minutes.body,
            minutes.diary_number,
            minutes.secretary_id,
            minutes.adjustment_place,
            None if minutes.adjustment_date is None else date_to_iso(minutes.adjustment_date),
            None if minutes.adjustment_time is None else time_to_text(minutes.adjustment_time),
            minutes.corrects_id,
            minutes.correction_reason,
        ),
    )
    minutes_id = cursor.lastrowid
    assert minutes_id is not None
    set_adjusters(connection, minutes_id, minutes.adjuster_ids)
    return minutes_id


def update_minutes_header(connection: sqlite3.Connection, minutes: Minutes) -> None:
    """Write the diary number, secretary, place and time of adjustment and correction reason."""
    connection.execute(
        "UPDATE minutes SET diary_number = ?, secretary_id = ?, adjustment_place = ?,"
        " adjustment_date = ?, adjustment_time = ?, correction_reason = ? WHERE id = ?",
        (
            minutes.diary_number,
            minutes.secretary_id,
            minutes.adjustment_place,
            None if minutes.adjustment_date is None else date_to_iso(minutes.adjustment_date),
            None if minutes.adjustment_time is None else time_to_text(minutes.adjustment_time),
            minutes.correction_reason,
            minutes.id,
        ),
    )


def mark_adjusted(connection: sqlite3.Connection, minutes_id: int, on: dt.date) -> None:
    """Record the minutes as adjusted on the day; from then on the triggers keep them."""
    connection.execute(
        "UPDATE minutes SET adjusted = 1, adjusted_on = ? WHERE id = ?",
        (date_to_iso(on), minutes_id),
    )


def delete_minutes(connection: sqlite3.Connection, minutes_id: int) -> None:
    """Delete the minutes with their paragraphs and adjusters."""
    connection.execute("DELETE FROM minutes WHERE id = ?", (minutes_id,))


def set_adjusters(
    connection: sqlite3.Connection, minutes_id: int, person_ids: Iterable[int]
) -> None:
    """Replace who adjusts the minutes."""
    connection.execute("DELETE FROM minutes_adjuster WHERE minutes_id = ?", (minutes_id,))
    connection.executemany(
        "INSERT INTO minutes_adjuster (minutes_id, person_id) VALUES (?, ?)",
        [(minutes_id, person_id) for person_id in person_ids],
    )


def _paragraph(row: tuple[Any, ...]) -> Paragraph:
    return Paragraph(
        id=row[0],
        minutes_id=row[1],
        body=row[2],
        year=row[3],
        number=row[4],
        heading=row[5],
        diary_number=row[6],
        summary=row[7],
        decision=row[8],
        sent_to=row[9],
        agenda_item_id=row[10],
    )


def fetch_paragraphs(connection: sqlite3.Connection, minutes_id: int) -> list[Paragraph]:
    """Return the paragraphs of the minutes by number."""
    rows = connection.execute(
        f"SELECT {_PARAGRAPH_COLUMNS} FROM minutes_paragraph WHERE minutes_id = ?"
        " ORDER BY number, id",
        (minutes_id,),
    ).fetchall()
    return [_paragraph(row) for row in rows]


def get_paragraph(connection: sqlite3.Connection, paragraph_id: int) -> Paragraph | None:
    """Return the paragraph, or None if there is none with that id."""
    row = connection.execute(
        f"SELECT {_PARAGRAPH_COLUMNS} FROM minutes_paragraph WHERE id = ?", (paragraph_id,)
    ).fetchone()
    return None if row is None else _paragraph(row)


def insert_paragraph(connection: sqlite3.Connection, paragraph: Paragraph) -> int:
    """Insert the paragraph with the number it was given; return the new id."""
    cursor = connection.execute(
        "INSERT INTO minutes_paragraph (minutes_id, body, year, number, heading, diary_number,"
        " summary, decision, sent_to, agenda_item_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            paragraph.minutes_id,
            paragraph.body,
            paragraph.year,
            paragraph.number,
            paragraph.heading,
            paragraph.diary_number,
            paragraph.summary,
            paragraph.decision,
            paragraph.sent_to,
            paragraph.agenda_item_id,
        ),
    )
    paragraph_id = cursor.lastrowid
    assert paragraph_id is not None
    return paragraph_id


def update_paragraph_text(connection: sqlite3.Connection, paragraph: Paragraph) -> None:
    """Write the paragraph's heading, diary number, summary, decision and recipients."""
    connection.execute(
        "UPDATE minutes_paragraph SET heading = ?, diary_number = ?, summary = ?, decision = ?,"
        " sent_to = ? WHERE id = ?",
        (
            paragraph.heading,
            paragraph.diary_number,
            paragraph.summary,
            paragraph.decision,
            paragraph.sent_to,
            paragraph.id,
        ),
    )


def delete_paragraph(connection: sqlite3.Connection, paragraph_id: int) -> None:
    """Delete the paragraph."""
    connection.execute("DELETE FROM minutes_paragraph WHERE id = ?", (paragraph_id,))


def move_paragraphs_up(connection: sqlite3.Connection, paragraph_ids: Sequence[int]) -> None:
    """Lower the number of each of the paragraphs by one, closing a gap before them."""
    connection.executemany(
        "UPDATE minutes_paragraph SET number = number - 1 WHERE id = ?",
        [(paragraph_id,) for paragraph_id in paragraph_ids],
    )


def paragraphs_cited_by_sent_requests(
    connection: sqlite3.Connection, paragraph_ids: Sequence[int]
) -> set[int]:
    """Return those of the paragraphs that a reporting request past its draft refers to."""
    if not paragraph_ids:
        return set()
    marks = ", ".join("?" * len(paragraph_ids))
    rows = connection.execute(
        f"SELECT DISTINCT paragraph_id FROM reporting_request WHERE paragraph_id IN ({marks})"
        " AND status <> 'draft'",
        tuple(paragraph_ids),
    )
    return {int(paragraph_id) for (paragraph_id,) in rows}


def used_paragraph_numbers(connection: sqlite3.Connection, body: str, year: int) -> list[int]:
    """Return the § numbers the body's protocols (not corrections) used in the year."""
    rows = connection.execute(
        "SELECT p.number FROM minutes_paragraph p JOIN minutes m ON m.id = p.minutes_id"
        " WHERE p.body = ? AND p.year = ? AND m.kind = 'protocol' AND m.corrects_id IS NULL"
        " ORDER BY p.number",
        (body, year),
    )
    return [int(number) for (number,) in rows]


def corrections_of(connection: sqlite3.Connection, minutes_id: int) -> list[int]:
    """Return the ids of the minutes that correct the given minutes."""
    rows = connection.execute(
        "SELECT id FROM minutes WHERE corrects_id = ? ORDER BY id", (minutes_id,)
    )
    return [int(value) for (value,) in rows]
