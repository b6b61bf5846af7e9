"""Reads for the letters and briefings sent about one board: people, meetings, references."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from jamdesk.domain.dates import date_from_iso, date_to_iso, time_from_text
from jamdesk.domain.meetings import MeetingKind, MeetingStatus, ParticipantRole
from jamdesk.domain.minutes import MinutesKind
from jamdesk.domain.people import Person
from jamdesk.store.people import PERSON_COLUMNS, person_from_row, swedish_sort_key
from jamdesk.store.sql import placeholders

# SQLite allows 32 766 bound parameters; a briefing names far fewer people or meetings.
_CHUNK = 500


@dataclass(frozen=True)
class MeetingSummary:
    """When and what a meeting was, without its boards or agenda."""

    id: int
    kind: MeetingKind
    date: dt.date
    start: dt.time
    end: dt.time | None
    place: str
    title: str
    status: MeetingStatus


@dataclass(frozen=True)
class ParagraphReference:
    """Where a paragraph stands: its number, diary number, minutes and meeting."""

    number: int
    body: str
    diary_number: str
    minutes_kind: MinutesKind
    minutes_diary_number: str
    secretary_id: int | None
    meeting_id: int


_MEETING_COLUMNS = (
    "m.id, m.kind, m.meeting_date, m.start_time, m.end_time, m.place, m.title, m.status"
)


def _meeting(row: Any) -> MeetingSummary:
    return MeetingSummary(
        id=row[0],
        kind=MeetingKind(row[1]),
        date=date_from_iso(row[2]),
        start=time_from_text(row[3]),
        end=None if row[4] is None else time_from_text(row[4]),
        place=row[5],
        title=row[6],
        status=MeetingStatus(row[7]),
    )


def _chunks(ids: Iterable[int | None]) -> Iterable[list[int]]:
    unique = sorted({value for value in ids if value is not None})
    for start in range(0, len(unique), _CHUNK):
        yield unique[start : start + _CHUNK]


def people_by_id(connection: sqlite3.Connection, ids: Iterable[int | None]) -> dict[int, Person]:
    """Return the people among ``ids`` (None skipped) by id."""
    found: dict[int, Person] = {}
    for chunk in _chunks(ids):
        rows = connection.execute(
            f"SELECT {PERSON_COLUMNS} FROM person p WHERE p.id IN ({placeholders(len(chunk))})",
            chunk,
        )
        for row in rows:
            found[row[0]] = person_from_row(row)
    return found


def meetings_by_id(
    connection: sqlite3.Connection, ids: Iterable[int | None]
) -> dict[int, MeetingSummary]:
    """Return the meetings among ``ids`` (None skipped) by id."""
    found: dict[int, MeetingSummary] = {}
    for chunk in _chunks(ids):
        rows = connection.execute(
            f"SELECT {_MEETING_COLUMNS} FROM meeting m WHERE m.id IN ({placeholders(len(chunk))})",
            chunk,
        )
        for row in rows:
            found[row[0]] = _meeting(row)
    return found


def meeting_board_names(connection: sqlite3.Connection, meeting_id: int) -> list[str]:
    """Return the names of the boards taking part in the meeting, in Swedish order."""
    rows = connection.execute(
        "SELECT b.name FROM meeting_board mb JOIN board b ON b.id = mb.board_id"
        " WHERE mb.meeting_id = ?",
        (meeting_id,),
    )
    return sorted((str(name) for (name,) in rows), key=swedish_sort_key)


def next_planned_meeting(
    connection: sqlite3.Connection, board_id: int, on_or_after: dt.date
) -> MeetingSummary | None:
    """Return the board's first meeting still planned on ``on_or_after`` or later."""
    row = connection.execute(
        f"SELECT {_MEETING_COLUMNS} FROM meeting_board mb JOIN meeting m ON m.id = mb.meeting_id"
        " WHERE mb.board_id = ? AND m.status = ? AND m.meeting_date >= ?"
        " ORDER BY m.meeting_date, m.start_time, m.id LIMIT 1",
        (board_id, MeetingStatus.PLANNED.value, date_to_iso(on_or_after)),
    ).fetchone()
    return None if row is None else _meeting(row)


def last_held_dialogue(
    connection: sqlite3.Connection, board_id: int, on_or_before: dt.date
) -> MeetingSummary | None:
    """Return the board's latest held meeting on or before the day, the delegation's own aside."""
    row = connection.execute(
        f"SELECT {_MEETING_COLUMNS} FROM meeting_board mb JOIN meeting m ON m.id = mb.meeting_id"
        " WHERE mb.board_id = ? AND m.status = ? AND m.kind <> ? AND m.meeting_date <= ?"
        " ORDER BY m.meeting_date DESC, m.start_time DESC, m.id DESC LIMIT 1",
        (
            board_id,
            MeetingStatus.HELD.value,
            MeetingKind.DELEGATION_MEETING.value,
            date_to_iso(on_or_before),
        ),
    ).fetchone()
    return None if row is None else _meeting(row)


def paragraph_reference(
    connection: sqlite3.Connection, paragraph_id: int
) -> ParagraphReference | None:
    """Return where the paragraph stands, or None if there is none with that id."""
    row = connection.execute(
        "SELECT p.number, p.body, p.diary_number, mi.kind, mi.diary_number, mi.secretary_id,"
        " mi.meeting_id FROM minutes_paragraph p JOIN minutes mi ON mi.id = p.minutes_id"
        " WHERE p.id = ?",
        (paragraph_id,),
    ).fetchone()
    if row is None:
        return None
    return ParagraphReference(
        number=row[0],
        body=row[1],
        diary_number=row[2],
        minutes_kind=MinutesKind(row[3]),
        minutes_diary_number=row[4],
        secretary_id=row[5],
        meeting_id=row[6],
    )


def latest_secretary(connection: sqlite3.Connection, on_or_before: dt.date) -> Person | None:
    """Return who last kept minutes or sat as secretary at a meeting on or before the day."""
    day = date_to_iso(on_or_before)
    row = connection.execute(
        f"""
        SELECT {PERSON_COLUMNS} FROM (
            SELECT mi.secretary_id AS person_id, m.meeting_date AS day, m.start_time AS time
              FROM minutes mi JOIN meeting m ON m.id = mi.meeting_id
             WHERE mi.secretary_id IS NOT NULL AND m.meeting_date <= ?
            UNION ALL
            SELECT mp.person_id, m.meeting_date, m.start_time
              FROM meeting_participant mp JOIN meeting m ON m.id = mp.meeting_id
             WHERE mp.role = ? AND m.meeting_date <= ?
        ) s JOIN person p ON p.id = s.person_id
        ORDER BY s.day DESC, s.time DESC, p.id LIMIT 1
        """,
        (day, ParticipantRole.SECRETARY.value, day),
    ).fetchone()
    return None if row is None else person_from_row(row)
