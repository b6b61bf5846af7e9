"""What the three follow-up lists share: their filters and the paged, SQL-sorted query.

Questions, commitments and reporting requests are filtered the same way (board, status,
overdue, due within N days, goal, meeting kind, year) and paged the same way; each list
says which table, columns and orders it has, and this module builds the SQL with bound
parameters for every value the user chose.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, ClassVar, Generic, TypeVar

from jamdesk.domain.dates import date_to_iso
from jamdesk.domain.meetings import MeetingKind
from jamdesk.store.people import swedish_sort_key
from jamdesk.store.sql import placeholders

R = TypeVar("R")

# The status filter's value for "everything still to be dealt with".
OUTSTANDING = "outstanding"


@dataclass(frozen=True)
class FollowUpFilters:
    """What a follow-up list is narrowed to; the default lets every row through."""

    board_id: int | None = None
    # A status value, OUTSTANDING, or None for every status.
    status: str | None = None
    overdue_only: bool = False
    # 0 is off; otherwise rows still awaited and due from today to today + N days.
    due_within_days: int = 0
    goal_id: int | None = None
    meeting_kind: MeetingKind | None = None
    year: int | None = None


def swedish_order(expression: str) -> str:
    """Return an ORDER BY term that sorts text as a Swedish reader expects, ignoring case."""
    # NOCASE folds only A–Z and would put ä before å; mapping å, ä, ö to the three
    # characters after z (in that order) gets Swedish order at the speed of C.
    for letters, after_z in (("åÅ", "{"), ("äÄ", "|"), ("öÖ", "}")):
        for letter in letters:
            expression = f"replace({expression}, '{letter}', '{after_z}')"
    return f"{expression} COLLATE NOCASE"


# Stands in an ORDER BY for the board's place in Swedish alphabetical order.
BOARD_ORDER = "{board}"


def board_rank(connection: sqlite3.Connection, column: str) -> str:
    """Return an ORDER BY term putting ``column`` (a board id) in its board's name order."""
    # A dozen boards sorted here, then compared as integers, sorts a decade of rows about
    # twice as fast as folding every row's board name in SQL.
    boards = connection.execute("SELECT id, name FROM board").fetchall()
    boards.sort(key=lambda board: (swedish_sort_key(board[1]), board[0]))
    cases = " ".join(
        f"WHEN {int(board_id)} THEN {rank}" for rank, (board_id, _) in enumerate(boards)
    )
    return f"CASE {column} {cases} ELSE {len(boards)} END" if boards else "0"


def rank_order(expression: str, values: Sequence[StrEnum]) -> str:
    """Return an ORDER BY term putting ``values`` in the order given (a workflow's order)."""
    # The values are the code's own enum values, never user input.
    cases = " ".join(f"WHEN '{value.value}' THEN {rank}" for rank, value in enumerate(values))
    return f"CASE {expression} {cases} ELSE {len(values)} END"


def status_values(statuses: Iterable[StrEnum]) -> tuple[str, ...]:
    """Return the stored values of ``statuses`` in a stable order, for SQL parameters."""
    return tuple(sorted(str(status.value) for status in statuses))


class FollowUpRows(Generic[R]):
    """A follow-up list over the store: counted, sorted, filtered and paged in SQL.

    Subclasses name their table alias, columns, joins and orders; ``filters`` and
    ``as_of`` (the day "overdue" is judged on) are set by the page before it reads.
    """

    # The table's alias in FROM, which every column below uses.
    alias = ""
    # The columns of a row and the FROM clause with its joins.
    columns = ""
    from_clause = ""
    # The table alone, for asking whether the store holds any row at all.
    table = ""
    # The date column a row's year is taken from.
    year_column = ""
    # ORDER BY text per sort key; "{d}" is replaced by ASC or DESC. Each ends in the id,
    # so that pages never overlap or skip rows.
    orders: ClassVar[dict[str, str]] = {}
    # The statuses "Outstanding" stands for.
    outstanding: ClassVar[tuple[str, ...]] = ()
    # The statuses in which a row's due date is awaited (empty: rows are never due).
    awaited: ClassVar[tuple[str, ...]] = ()

    def __init__(self, connection: sqlite3.Connection, as_of: dt.date) -> None:
        self.connection = connection
        self.as_of = as_of
        self.filters = FollowUpFilters()
        # The next fetch returns rows up to at least this many in all, so that opening a
        # record far down the list loads up to it in one query rather than page by page.
        self.minimum_rows = 0

    # -- the RowSource interface ---------------------------------------------

    def count(self) -> int:
        """Return how many rows the current filters let through."""
        where, params = self._where()
        row = self.connection.execute(
            f"SELECT count(*) {self.from_clause} WHERE {where}", params
        ).fetchone()
        return int(row[0])

    def fetch(self, sort: str, descending: bool, offset: int, limit: int) -> list[R]:
        """Return one page of rows in the order asked for (longer if ``minimum_rows`` says)."""
        limit = max(limit, self.minimum_rows - offset)
        where, params = self._where()
        rows = self.connection.execute(
            f"SELECT {self.columns} {self.from_clause} WHERE {where} "
            f"ORDER BY {self._order(sort, descending)} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        return [self.row_from(row) for row in rows]

    # -- finding one record ----------------------------------------------------

    def position(self, record_id: int, sort: str, descending: bool) -> int | None:
        """Return the row number ``record_id`` has in the filtered, sorted list, or None."""
        where, params = self._where()
        row = self.connection.execute(
            f"SELECT position FROM (SELECT {self.alias}.id AS id, "
            f"row_number() OVER (ORDER BY {self._order(sort, descending)}) - 1 AS position "
            f"{self.from_clause} WHERE {where}) WHERE id = ?",
            [*params, record_id],
        ).fetchone()
        return None if row is None else int(row[0])

    def row(self, record_id: int) -> R | None:
        """Return the row of ``record_id`` whatever the filters, or None if there is none."""
        found = self.connection.execute(
            f"SELECT {self.columns} {self.from_clause} WHERE {self.alias}.id = ?", (record_id,)
        ).fetchone()
        return None if found is None else self.row_from(found)

    def store_is_empty(self) -> bool:
        """Return whether the store holds no row of this kind at all, filters aside."""
        row = self.connection.execute(f"SELECT EXISTS (SELECT 1 FROM {self.table})").fetchone()
        return not row[0]

    def years(self) -> list[int]:
        """Return the years the rows belong to, the latest first."""
        rows = self.connection.execute(
            f"SELECT DISTINCT substr({self.year_column}, 1, 4) {self.from_clause} "
            f"WHERE {self.year_column} IS NOT NULL ORDER BY 1 DESC"
        ).fetchall()
        return [int(year) for (year,) in rows]

    # -- for subclasses ------------------------------------------------------

    def row_from(self, row: Any) -> R:
        """Return the row object of one result row."""
        raise NotImplementedError

    def goal_condition(self) -> str:
        """Return the SQL that is true for rows tagged with the goal bound as ``?``."""
        raise NotImplementedError

    def goal_parameters(self, goal_id: int) -> list[object]:
        """Return the parameters of ``goal_condition``."""
        return [goal_id]

    # -- the SQL -------------------------------------------------------------

    def _order(self, sort: str, descending: bool) -> str:
        try:
            template = self.orders[sort]
        except KeyError:
            raise ValueError(f"unknown sort key {sort!r}") from None
        if BOARD_ORDER in template:
            template = template.replace(
                BOARD_ORDER, board_rank(self.connection, f"{self.alias}.board_id")
            )
        # Not str.format: the Swedish order maps letters to braces.
        return template.replace("{d}", "DESC" if descending else "ASC")

    def _where(self) -> tuple[str, list[object]]:
        filters = self.filters
        a = self.alias
        conditions: list[str] = ["1"]
        params: list[object] = []
        if filters.board_id is not None:
            conditions.append(f"{a}.board_id = ?")
            params.append(filters.board_id)
        if filters.status == OUTSTANDING:
            conditions.append(f"{a}.status IN ({placeholders(len(self.outstanding))})")
            params.extend(self.outstanding)
        elif filters.status is not None:
            conditions.append(f"{a}.status = ?")
            params.append(filters.status)
        if filters.overdue_only or filters.due_within_days > 0:
            due, due_params = self._due_condition(filters)
            conditions.append(due)
            params.extend(due_params)
        if filters.goal_id is not None:
            conditions.append(self.goal_condition())
            params.extend(self.goal_parameters(filters.goal_id))
        if filters.meeting_kind is not None:
            conditions.append("m.kind = ?")
            params.append(filters.meeting_kind.value)
        if filters.year is not None:
            # A range rather than strftime() keeps the comparison on the stored text.
            conditions.append(f"{self.year_column} >= ? AND {self.year_column} < ?")
            params.extend([f"{filters.year:04d}-01-01", f"{filters.year + 1:04d}-01-01"])
        return " AND ".join(conditions), params

    def _due_condition(self, filters: FollowUpFilters) -> tuple[str, list[object]]:
        """Return the condition for "overdue" and "due within N days" as of ``as_of``."""
        if not self.awaited:
            return "0", []  # nothing of this kind has a due date, so nothing is due
        a = self.alias
        awaited = f"{a}.status IN ({placeholders(len(self.awaited))}) AND {a}.due_on IS NOT NULL"
        params: list[object] = list(self.awaited)
        today = date_to_iso(self.as_of)
        last = date_to_iso(self.as_of + dt.timedelta(days=filters.due_within_days))
        # Overdue means due before today (due today is not yet late); "due within" runs
        # from today. Both ticked show either, the secretary's "what needs chasing" view.
        if filters.overdue_only and filters.due_within_days > 0:
            return f"{awaited} AND {a}.due_on <= ?", [*params, last]
        if filters.overdue_only:
            return f"{awaited} AND {a}.due_on < ?", [*params, today]
        return f"{awaited} AND {a}.due_on BETWEEN ? AND ?", [*params, today, last]
