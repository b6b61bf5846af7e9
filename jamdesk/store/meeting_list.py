"""The meetings list: counted, filtered, sorted and paged in SQL so a decade stays fast."""

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
    CALLED = "called"


# Every order ends in the id, so that pages never overlap or skip rows.
_ORDER_BY: dict[MeetingSort, str] = {
    MeetingSort.DATE: "m.meeting_date {d}, m.start_time {d}, m.id {d}",
    MeetingSort.KIND: "m.kind {d}, m.meeting_date DESC, m.id DESC",
    MeetingSort.BOARDS: "boards COLLATE NOCASE {d}, m.meeting_date DESC, m.id DESC",
    MeetingSort.STATUS: "m.status {d}, m.meeting_date DESC, m.id DESC",
    MeetingSort.PLACE: "m.place COLLATE NOCASE {d}, m.meeting_date DESC, m.id DESC",
    MeetingSort.CALLED: "called {d}, m.meeting_date DESC, m.id DESC",
}

# Names joined with a unit separator, which no typed name holds.
_SEPARATOR = "\x1f"

# The order a notice lists those called in: the delegation by seat, then the others.
_ROLE_ORDER = (
    "CASE mp.role WHEN 'chair' THEN 0 WHEN 'vice_chair' THEN 1 WHEN 'member' THEN 2"
    " WHEN 'substitute' THEN 3 WHEN 'secretary' THEN 4 WHEN 'board_representative' THEN 5"
    " WHEN 'official' THEN 6 ELSE 7 END"
)


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
    # The names of those called, the delegation by seat first.
    called: tuple[str, ...] = ()


@dataclass(frozen=True)
class MeetingFilter:
    """Which meetings the list shows; None lets every value through."""

    year: int | None = None
    kind: MeetingKind | None = None
    board_id: int | None = None
    status: MeetingStatus | None = None


def _where(filters: MeetingFilter) -> tuple[str, list[object]]:
    """Return the WHERE clause (or nothing) and its bound parameters for ``filters``."""
    clauses: list[str] = []
    params: list[object] = []
    if filters.year is not None:
        # A range on the date, not strftime(), so that the date index answers it.
        clauses.append("m.meeting_date >= ? AND m.meeting_date < ?")
        params += [f"{filters.year:04d}-01-01", f"{filters.year + 1:04d}-01-01"]
    if filters.kind is not None:
        clauses.append("m.kind = ?")
        params.append(filters.kind.value)
    if filters.board_id is not None:
        clauses.append("m.id IN (SELECT meeting_id FROM meeting_board WHERE board_id = ?)")
        params.append(filters.board_id)
    if filters.status is not None:
        clauses.append("m.status = ?")
        params.append(filters.status.value)
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params


def count_meetings(connection: sqlite3.Connection, filters: MeetingFilter | None = None) -> int:
    """Return how many meetings the store holds (that pass ``filters``, if given)."""
    where, params = _where(filters or MeetingFilter())
    row = connection.execute(f"SELECT count(*) FROM meeting m {where}", params).fetchone()
    return int(row[0])


def meeting_years(connection: sqlite3.Connection) -> list[int]:
    """Return the years that hold meetings, latest first."""
    rows = connection.execute(
        "SELECT DISTINCT substr(meeting_date, 1, 4) FROM meeting ORDER BY 1 DESC"
    ).fetchall()
    return [int(year) for (year,) in rows]


def fetch_meetings(
    connection: sqlite3.Connection,
    *,
    offset: int = 0,
    limit: int = 200,
    sort: MeetingSort = MeetingSort.DATE,
    descending: bool = True,
    filters: MeetingFilter | None = None,
) -> list[MeetingRow]:
    """Return one page of the meetings list (passing ``filters``) in the order asked for."""
    order = _ORDER_BY[sort].format(d="DESC" if descending else "ASC")
    where, params = _where(filters or MeetingFilter())
    sql = f"""
        SELECT m.id, m.meeting_date, m.start_time, m.end_time, m.kind, m.title, m.place,
               m.status,
               (SELECT group_concat(name, '{_SEPARATOR}')
                  FROM (SELECT b.name FROM meeting_board mb JOIN board b ON b.id = mb.board_id
                         WHERE mb.meeting_id = m.id ORDER BY b.name)) AS boards,
               (SELECT count(*) FROM meeting_participant mp
                 WHERE mp.meeting_id = m.id AND mp.called = 1) AS called,
               (SELECT group_concat(name, '{_SEPARATOR}')
                  FROM (SELECT p.name FROM meeting_participant mp
                          JOIN person p ON p.id = mp.person_id
                         WHERE mp.meeting_id = m.id AND mp.called = 1
                         ORDER BY {_ROLE_ORDER}, p.name)) AS called_names
          FROM meeting m
         {where}
         ORDER BY {order}
         LIMIT ? OFFSET ?
    """
    rows = connection.execute(sql, (*params, limit, offset)).fetchall()
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
            boards=tuple(row[8].split(_SEPARATOR)) if row[8] else (),
            called=tuple(row[10].split(_SEPARATOR)) if row[10] else (),
        )
        for row in rows
    ]
