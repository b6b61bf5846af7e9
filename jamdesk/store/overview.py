"""What needs the secretary's attention today, read with one SQL query per section.

Each section returns its total and its first few rows (the oldest, or the soonest), so the
Overview stays as fast on ten years of records as on ten records: SQL counts, filters,
sorts and limits; Python only maps the handful of rows shown.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from jamdesk.domain.commitments import PENDING_COMMITMENT_STATUSES
from jamdesk.domain.dates import date_from_iso, date_to_iso, optional_date_from_iso, time_from_text
from jamdesk.domain.meetings import DIALOGUE_KINDS, MeetingKind, MeetingStatus
from jamdesk.domain.questions import QuestionStatus
from jamdesk.domain.requests import AWAITING_ANSWER_STATUSES, RequestStatus
from jamdesk.store.organisation import load_organisation
from jamdesk.store.people import swedish_sort_key
from jamdesk.store.sql import placeholders

R = TypeVar("R")

# How many rows each section shows; the total says how many there are in all.
SECTION_LIMIT = 5
UPCOMING_DAYS = 30
# A board is quiet when no dialogue with it was held in this many months.
QUIET_MONTHS = 12

# Board names of one meeting, joined with a unit separator no typed name holds.
_SEPARATOR = "\x1f"


@dataclass(frozen=True)
class Section(Generic[R]):
    """The first rows of one list and how many rows the list holds in all."""

    total: int
    rows: tuple[R, ...]


@dataclass(frozen=True)
class UpcomingMeeting:
    """A planned meeting in the coming days."""

    id: int
    date: dt.date
    start: dt.time
    end: dt.time | None
    kind: MeetingKind
    title: str
    boards: tuple[str, ...]


@dataclass(frozen=True)
class OverdueCommitment:
    """A commitment still pending after its due date."""

    id: int
    board: str
    description: str
    due_on: dt.date


@dataclass(frozen=True)
class RequestLine:
    """A reporting request: overdue (``date`` is the due date) or answered (the answer's date)."""

    id: int
    board: str
    subject: str
    date: dt.date | None


@dataclass(frozen=True)
class UnansweredQuestion:
    """A question still open after the meeting it was asked at was held."""

    id: int
    board: str
    text: str
    meeting_id: int
    asked_on: dt.date


@dataclass(frozen=True)
class QuietBoard:
    """An active board with no dialogue held in the last twelve months."""

    id: int
    name: str
    last_dialogue: dt.date | None


@dataclass(frozen=True)
class ActionPlanDeadline:
    """The charter's action-plan deadline, and whether the store holds a plan."""

    signed_on: dt.date
    due_on: dt.date
    has_plan: bool


@dataclass(frozen=True)
class Overview:
    """Everything the Overview page shows, as of one day."""

    as_of: dt.date
    has_boards: bool
    upcoming: Section[UpcomingMeeting]
    overdue_commitments: Section[OverdueCommitment]
    overdue_requests: Section[RequestLine]
    awaiting_assessment: Section[RequestLine]
    unanswered_questions: Section[UnansweredQuestion]
    quiet_boards: Section[QuietBoard]
    action_plan: ActionPlanDeadline | None

    def is_empty(self) -> bool:
        """Return whether there is nothing at all to show."""
        sections: tuple[Section[Any], ...] = (
            self.upcoming,
            self.overdue_commitments,
            self.overdue_requests,
            self.awaiting_assessment,
            self.unanswered_questions,
            self.quiet_boards,
        )
        return self.action_plan is None and all(section.total == 0 for section in sections)


def read_overview(
    connection: sqlite3.Connection, as_of: dt.date, limit: int = SECTION_LIMIT
) -> Overview:
    """Return what needs attention on ``as_of``, each list cut to ``limit`` rows."""
    has_boards = connection.execute("SELECT EXISTS (SELECT 1 FROM board)").fetchone()[0] == 1
    return Overview(
        as_of=as_of,
        has_boards=has_boards,
        upcoming=upcoming_meetings(connection, as_of, limit),
        overdue_commitments=overdue_commitments(connection, as_of, limit),
        overdue_requests=overdue_requests(connection, as_of, limit),
        awaiting_assessment=requests_awaiting_assessment(connection, limit),
        unanswered_questions=unanswered_questions(connection, limit),
        quiet_boards=quiet_boards(connection, as_of, limit),
        action_plan=action_plan_deadline(connection, as_of),
    )


def _section(
    connection: sqlite3.Connection,
    columns: str,
    source: str,
    order: str,
    params: Sequence[object],
    limit: int,
    make: Callable[[Any], R],
) -> Section[R]:
    """Count the rows of ``source`` (FROM … WHERE …) and map the first ``limit`` in ``order``."""
    # Two statements rather than count(*) OVER (): a window sorts every matching row,
    # while ORDER BY … LIMIT keeps only the few it returns.
    total = connection.execute(f"SELECT count(*) {source}", params).fetchone()[0]
    if total == 0:
        return Section(0, ())
    rows = connection.execute(
        f"SELECT {columns} {source} ORDER BY {order} LIMIT ?", (*params, limit)
    ).fetchall()
    return Section(int(total), tuple(make(row) for row in rows))


def upcoming_meetings(
    connection: sqlite3.Connection, as_of: dt.date, limit: int = SECTION_LIMIT
) -> Section[UpcomingMeeting]:
    """Return the meetings planned from ``as_of`` to 30 days on, soonest first."""
    last = as_of + dt.timedelta(days=UPCOMING_DAYS)
    columns = f"""m.id, m.meeting_date, m.start_time, m.end_time, m.kind, m.title,
               (SELECT group_concat(b.name, '{_SEPARATOR}')
                  FROM meeting_board AS mb JOIN board AS b ON b.id = mb.board_id
                 WHERE mb.meeting_id = m.id)"""
    source = "FROM meeting AS m WHERE m.status = ? AND m.meeting_date BETWEEN ? AND ?"
    params = (MeetingStatus.PLANNED.value, date_to_iso(as_of), date_to_iso(last))

    def make(row: Any) -> UpcomingMeeting:
        names = row[6].split(_SEPARATOR) if row[6] else []
        return UpcomingMeeting(
            id=row[0],
            date=date_from_iso(row[1]),
            start=time_from_text(row[2]),
            end=None if row[3] is None else time_from_text(row[3]),
            kind=MeetingKind(row[4]),
            title=row[5],
            # A meeting has a board or three: sorting them here gets å, ä, ö right.
            boards=tuple(sorted(names, key=swedish_sort_key)),
        )

    order = "m.meeting_date, m.start_time, m.id"
    return _section(connection, columns, source, order, params, limit, make)


def overdue_commitments(
    connection: sqlite3.Connection, as_of: dt.date, limit: int = SECTION_LIMIT
) -> Section[OverdueCommitment]:
    """Return the pending commitments due before ``as_of``, the longest overdue first."""
    # Same rule as domain.commitments.commitment_is_overdue.
    pending = sorted(status.value for status in PENDING_COMMITMENT_STATUSES)
    source = f"""FROM commitment AS c JOIN board AS b ON b.id = c.board_id
         WHERE c.status IN ({placeholders(len(pending))})
           AND c.due_on IS NOT NULL AND c.due_on < ?"""
    return _section(
        connection,
        "c.id, b.name, c.description, c.due_on",
        source,
        "c.due_on, c.id",
        (*pending, date_to_iso(as_of)),
        limit,
        lambda row: OverdueCommitment(row[0], row[1], row[2], date_from_iso(row[3])),
    )


def overdue_requests(
    connection: sqlite3.Connection, as_of: dt.date, limit: int = SECTION_LIMIT
) -> Section[RequestLine]:
    """Return the requests whose answer was due before ``as_of``, the longest overdue first."""
    # Same rule as domain.requests.request_is_overdue.
    awaiting = sorted(status.value for status in AWAITING_ANSWER_STATUSES)
    source = f"""FROM reporting_request AS r JOIN board AS b ON b.id = r.board_id
         WHERE r.status IN ({placeholders(len(awaiting))}) AND r.due_on < ?"""
    return _section(
        connection,
        "r.id, b.name, r.subject, r.due_on",
        source,
        "r.due_on, r.id",
        (*awaiting, date_to_iso(as_of)),
        limit,
        lambda row: RequestLine(row[0], row[1], row[2], date_from_iso(row[3])),
    )


def requests_awaiting_assessment(
    connection: sqlite3.Connection, limit: int = SECTION_LIMIT
) -> Section[RequestLine]:
    """Return the answered requests the delegation has still to assess, oldest answer first."""
    return _section(
        connection,
        "r.id, b.name, r.subject, r.answered_on",
        "FROM reporting_request AS r JOIN board AS b ON b.id = r.board_id WHERE r.status = ?",
        "r.answered_on IS NULL, r.answered_on, r.id",
        (RequestStatus.ANSWERED.value,),
        limit,
        lambda row: RequestLine(row[0], row[1], row[2], optional_date_from_iso(row[3])),
    )


def unanswered_questions(
    connection: sqlite3.Connection, limit: int = SECTION_LIMIT
) -> Section[UnansweredQuestion]:
    """Return the questions still open from meetings already held, the oldest first."""
    source = """FROM question AS q
          JOIN meeting AS m ON m.id = q.meeting_id
          JOIN board AS b ON b.id = q.board_id
         WHERE q.status = ? AND m.status = ?"""
    return _section(
        connection,
        "q.id, b.name, q.text, m.id, m.meeting_date",
        source,
        "m.meeting_date, m.start_time, q.id",
        (QuestionStatus.OPEN.value, MeetingStatus.HELD.value),
        limit,
        lambda row: UnansweredQuestion(row[0], row[1], row[2], row[3], date_from_iso(row[4])),
    )


def months_before(day: dt.date, months: int) -> dt.date:
    """Return the same day ``months`` earlier (the month's last day where it is shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return dt.date(year, month, min(day.day, (following - dt.timedelta(days=1)).day))


def quiet_boards(
    connection: sqlite3.Connection, as_of: dt.date, limit: int = SECTION_LIMIT
) -> Section[QuietBoard]:
    """Return the boards active on ``as_of`` with no dialogue held in the last 12 months.

    A dialogue held on the same day twelve months ago still counts. Boards never met
    come first, then the longest quiet.
    """
    dialogues = sorted(kind.value for kind in DIALOGUE_KINDS)
    today = date_to_iso(as_of)
    source = f"""FROM board AS b
          LEFT JOIN (SELECT mb.board_id, max(m.meeting_date) AS held_on
                       FROM meeting_board AS mb JOIN meeting AS m ON m.id = mb.meeting_id
                      WHERE m.status = ? AND m.kind IN ({placeholders(len(dialogues))})
                        AND m.meeting_date <= ?
                      GROUP BY mb.board_id) AS last ON last.board_id = b.id
         WHERE b.active_from <= ? AND (b.active_to IS NULL OR b.active_to >= ?)
           AND (last.held_on IS NULL OR last.held_on < ?)"""
    params = (
        MeetingStatus.HELD.value,
        *dialogues,
        today,
        today,
        today,
        date_to_iso(months_before(as_of, QUIET_MONTHS)),
    )
    return _section(
        connection,
        "b.id, b.name, last.held_on",
        source,
        "last.held_on IS NOT NULL, last.held_on, b.name, b.id",
        params,
        limit,
        lambda row: QuietBoard(row[0], row[1], optional_date_from_iso(row[2])),
    )


def action_plan_deadline(
    connection: sqlite3.Connection, as_of: dt.date
) -> ActionPlanDeadline | None:
    """Return the charter's action-plan deadline if it is ahead or passed without a plan."""
    organisation = load_organisation(connection)
    if organisation is None:
        return None
    signed, due = organisation.charter_signed_on, organisation.action_plan_due()
    if signed is None or due is None:
        return None  # the charter is not signed: no plan is due
    # A plan whose every action was cancelled is no plan.
    has_plan = (
        connection.execute(
            "SELECT EXISTS (SELECT 1 FROM action_plan_item WHERE status <> 'cancelled')"
        ).fetchone()[0]
        == 1
    )
    if due < as_of and has_plan:
        return None
    return ActionPlanDeadline(signed, due, has_plan)
