"""The year view: each board active in a year, its meetings month by month, in one query."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Any

from jamdesk.domain.dates import (
    date_from_iso,
    date_to_iso,
    optional_date_from_iso,
    time_from_text,
)
from jamdesk.domain.meetings import DIALOGUE_KINDS, MeetingKind, MeetingStatus
from jamdesk.store.people import swedish_sort_key

MONTHS = 12


@dataclass(frozen=True)
class YearMeeting:
    """A meeting as a cell of the year view shows it."""

    id: int
    kind: MeetingKind
    date: dt.date
    start: dt.time
    end: dt.time | None
    status: MeetingStatus
    title: str


@dataclass(frozen=True)
class BoardYear:
    """One row of the year view: a board, its meetings per month and its last dialogue."""

    board_id: int
    name: str
    active_from: dt.date
    active_to: dt.date | None
    # The last dialogue held with the board on or before today, in any year.
    last_held: dt.date | None
    # Active today, yet no dialogue held with it in the twelve months up to today.
    needs_dialogue: bool
    # Twelve tuples, January first, each in date order.
    months: tuple[tuple[YearMeeting, ...], ...]


def twelve_months_before(today: dt.date) -> dt.date:
    """Return the same day a year earlier (28 February for a 29 February)."""
    try:
        return today.replace(year=today.year - 1)
    except ValueError:
        return today.replace(year=today.year - 1, day=28)


_DIALOGUE_KINDS = ", ".join(f"'{kind.value}'" for kind in sorted(DIALOGUE_KINDS))

# The boards active in the year, each with its last held dialogue, left-joined to the
# year's meetings: one statement for the whole view rather than one per board or cell.
_YEAR_SQL = f"""
WITH boards AS (
    SELECT b.id, b.name, b.active_from, b.active_to,
           (SELECT max(m.meeting_date)
              FROM meeting_board mb JOIN meeting m ON m.id = mb.meeting_id
             WHERE mb.board_id = b.id AND m.status = 'held'
               AND m.kind IN ({_DIALOGUE_KINDS}) AND m.meeting_date <= :today) AS last_held
      FROM board b
     WHERE b.active_from <= :year_end AND (b.active_to IS NULL OR b.active_to >= :year_start)
),
year_meetings AS (
    SELECT mb.board_id, m.id, m.kind, m.meeting_date, m.start_time, m.end_time, m.status,
           m.title
      FROM meeting m JOIN meeting_board mb ON mb.meeting_id = m.id
     WHERE m.meeting_date BETWEEN :year_start AND :year_end
)
SELECT bd.id, bd.name, bd.active_from, bd.active_to, bd.last_held,
       (bd.active_from <= :today AND (bd.active_to IS NULL OR bd.active_to >= :today)
        AND (bd.last_held IS NULL OR bd.last_held <= :since)) AS needs_dialogue,
       ym.id, ym.kind, ym.meeting_date, ym.start_time, ym.end_time, ym.status, ym.title
  FROM boards bd LEFT JOIN year_meetings ym ON ym.board_id = bd.id
 ORDER BY bd.id, ym.meeting_date, ym.start_time, ym.id
"""


def board_years(connection: sqlite3.Connection, year: int, today: dt.date) -> list[BoardYear]:
    """Return every board active in ``year`` with its meetings that year, by Swedish name."""
    params = {
        "year_start": date_to_iso(dt.date(year, 1, 1)),
        "year_end": date_to_iso(dt.date(year, 12, 31)),
        "today": date_to_iso(today),
        "since": date_to_iso(twelve_months_before(today)),
    }
    heads: dict[int, Any] = {}
    months: dict[int, list[list[YearMeeting]]] = {}
    for row in connection.execute(_YEAR_SQL, params):
        board_id = int(row[0])
        if board_id not in heads:
            heads[board_id] = row
            months[board_id] = [[] for _ in range(MONTHS)]
        if row[6] is None:
            continue  # a board without meetings that year
        meeting = YearMeeting(
            id=int(row[6]),
            kind=MeetingKind(row[7]),
            date=date_from_iso(row[8]),
            start=time_from_text(row[9]),
            end=None if row[10] is None else time_from_text(row[10]),
            status=MeetingStatus(row[11]),
            title=str(row[12]),
        )
        months[board_id][meeting.date.month - 1].append(meeting)
    result = [
        BoardYear(
            board_id=board_id,
            name=str(head[1]),
            active_from=date_from_iso(head[2]),
            active_to=optional_date_from_iso(head[3]),
            last_held=optional_date_from_iso(head[4]),
            needs_dialogue=bool(head[5]),
            months=tuple(tuple(month) for month in months[board_id]),
        )
        for board_id, head in heads.items()
    ]
    # A few dozen boards: Python sorts å, ä, ö where a Swedish reader expects them.
    result.sort(key=lambda board: (swedish_sort_key(board.name), board.board_id))
    return result
