"""The meetings list: counted, sorted and paged in SQL so a decade of meetings stays fast."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from enum import StrEnum

from jamdesk.domain.dates import date_from_iso, time_from_text
from jamdesk.domain.meetings import MeetingKind, MeetingStatus


class MeetingSort(StrEnum):
    DATE = "date"
    KIND = "kind"
    BOARDS = "boards"
    STATUS = "status"
    PLACE = "place"


# Every order ends in the id, so that pages never overlap or skip rows.
_ORDER_BY: dict[MeetingSort, str] = {
    MeetingSort.DATE: "m.meeting_date {d}, m.start_time {d}, m.id {d}",
    MeetingSort.KIND: "m.kind {d}, m.meeting_date DESC, m.id DESC",
    MeetingSort.BOARDS: "boards COLLATE NOCASE {d}, m.meeting_date DESC, m.id DESC",
    MeetingSort.STATUS: "m.status {d}, m.meeting_date DESC, m.id DESC",
    MeetingSort.PLACE: "m.place COLLATE NOCASE {d}, m.meeting_date DESC, m.id DESC",
}

# Board names joined with a unit separator, which no typed name holds.
_BOARD_SEPARATOR = "\x1f"


@dataclass(frozen=True)
class MeetingRow:
    """One line of the meetings list."""

    id: int
    date: dt.date
    start: dt.time
    end: dt.time | None
    kind: MeetingKind
    title: str
    place: str
    status: MeetingStatus
    boards: tuple[str, ...]


def count_meetings(connection: sqlite3.Connection) -> int:
    """Return how many meetings the store holds."""
    row = connection.execute("SELECT count(*) FROM meeting").fetchone()
    return int(row[0])


def fetch_meetings(
    connection: sqlite3.Connection,
    *,
    offset: int = 0,
    limit: int = 200,
    sort: MeetingSort = MeetingSort.DATE,
    descending: bool = True,
) -> list[MeetingRow]:
    """Return one page of the meetings list in the order asked for."""
    order = _ORDER_BY[sort].format(d="DESC" if descending else "ASC")
    sql = f"""
        SELECT m.id, m.meeting_date, m.start_time, m.end_time, m.kind, m.title, m.place,
               m.status,
               (SELECT group_concat(name, '{_BOARD_SEPARATOR}')
                  FROM (SELECT b.name FROM meeting_board mb JOIN board b ON b.id = mb.board_id
                         WHERE mb.meeting_id = m.id ORDER BY b.name)) AS boards
          FROM meeting m
         ORDER BY {order}
         LIMIT ? OFFSET ?
    """
    rows = connection.execute(sql, (limit, offset)).fetchall()
    return [
        MeetingRow(
            id=row[0],
            date=date_from_iso(row[1]),
            start=time_from_text(row[2]),
            end=None if row[3] is None else time_from_text(row[3]),
            kind=MeetingKind(row[4]),
            title=row[5],
            place=row[6],
            status=MeetingStatus(row[7]),
            boards=tuple(row[8].split(_BOARD_SEPARATOR)) if row[8] else (),
        )
        for row in rows
    ]
