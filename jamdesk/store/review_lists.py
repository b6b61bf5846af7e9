"""Document reviews, development needs and the action plan as lists for a table.

Reviews and needs grow with the years (a couple of hundred in a decade), so they are
filtered, sorted and paged in SQL; text columns sort in Swedish order through the
rankings of ``register_lists`` (ids ranked by ``swedish_sort_key``, bound as one JSON
array). The action plan holds dozens of actions listed by
charter article in the natural order of its codes, which only Python can express, so
that list is sorted in Python like the goals register.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Collection
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from jamdesk.domain.action_plan import ActionStatus
from jamdesk.domain.dates import date_from_iso, optional_date_from_iso
from jamdesk.domain.goals import GoalKind
from jamdesk.domain.reviews import DocumentKind, NeedStatus
from jamdesk.store.goals import code_sort_key
from jamdesk.store.register_lists import (
    direction,
    enum_order,
    ranked,
    swedish_key,
    swedish_rank,
)

# Goal labels joined with a unit separator, which no typed code or title holds.
GOAL_SEPARATOR = "\x1f"
_KIND_ORDER = {kind: index for index, kind in enumerate(GoalKind)}
_KIND_CASE = (
    "CASE g.kind "
    + " ".join(f"WHEN '{kind.value}' THEN {index}" for kind, index in _KIND_ORDER.items())
    + " END"
)


def _goal_labels(link_table: str, link_column: str, record: str) -> str:
    """Return SQL listing a record's goals (code, or title without one) in goal order."""
    return f"""
        (SELECT group_concat(label, '{GOAL_SEPARATOR}')
           FROM (SELECT CASE WHEN g.code <> '' THEN g.code ELSE g.title END AS label
                   FROM {link_table} t JOIN goal g ON g.id = t.goal_id
                  WHERE t.{link_column} = {record}
                  ORDER BY {_KIND_CASE}, g.sort_order, length(g.code), g.code, g.id))
    """


def _split(labels: str | None) -> tuple[str, ...]:
    return tuple(labels.split(GOAL_SEPARATOR)) if labels else ()


_BOARD_RANK = ranked("board_rank", "b.id")
_BOARD_NAMES = "SELECT id, name FROM board"


# --- document reviews ----------------------------------------------------------------------


class ReviewSort(StrEnum):
    REVIEWED_ON = "reviewed_on"
    BOARD = "board"
    TITLE = "title"
    KIND = "kind"
    DOCUMENT_DATE = "document_date"


@dataclass(frozen=True)
class ReviewListRow:
    """One line of the document reviews list."""

    id: int
    board: str
    document_title: str
    document_kind: DocumentKind
    version: str
    document_date: dt.date | None
    reviewed_on: dt.date
    findings: str
    goals: tuple[str, ...]


# Each order, and the Swedish rankings (parameter: SELECT id, text) it needs.
_REVIEW_ORDER: dict[ReviewSort, tuple[str, dict[str, str]]] = {
    ReviewSort.REVIEWED_ON: ("r.reviewed_on {d}, r.id {d}", {}),
    ReviewSort.BOARD: (
        f"{_BOARD_RANK} {{d}}, r.reviewed_on DESC, r.id DESC",
        {"board_rank": _BOARD_NAMES},
    ),
    ReviewSort.TITLE: (
        f"{ranked('title_rank', 'r.id')} {{d}}, r.reviewed_on DESC, r.id DESC",
        {"title_rank": "SELECT id, document_title FROM document_review"},
    ),
    ReviewSort.KIND: (
        enum_order("r.document_kind", list(DocumentKind)) + " {d}, r.reviewed_on DESC, r.id DESC",
        {},
    ),
    ReviewSort.DOCUMENT_DATE: (
        "r.document_date IS NULL, r.document_date {d}, r.reviewed_on DESC, r.id DESC",
        {},
    ),
}


def _rankings(connection: sqlite3.Connection, needed: dict[str, str]) -> dict[str, str]:
    return {parameter: swedish_rank(connection, sql) for parameter, sql in needed.items()}


class ReviewList:
    """The document reviews, of every board or of one."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self.board_id: int | None = None

    def _where(self) -> tuple[str, dict[str, object]]:
        if self.board_id is None:
            return "", {}
        return "WHERE r.board_id = :board", {"board": self.board_id}

    def count(self) -> int:
        """Return how many reviews the filter lets through."""
        where, params = self._where()
        row = self._connection.execute(
            f"SELECT count(*) FROM document_review r {where}", params
        ).fetchone()
        return int(row[0])

    def count_all(self) -> int:
        """Return how many reviews the store holds."""
        return int(self._connection.execute("SELECT count(*) FROM document_review").fetchone()[0])

    def fetch(self, sort: str, descending: bool, offset: int, limit: int) -> list[ReviewListRow]:
        """Return one page of reviews in the order asked for."""
        where, params = self._where()
        template, needed = _REVIEW_ORDER[ReviewSort(sort)]
        ranks = _rankings(self._connection, needed)
        rows = self._connection.execute(
            f"""
            SELECT r.id, b.name, r.document_title, r.document_kind, r.version, r.document_date,
                   r.reviewed_on, r.findings,
                   {_goal_labels("document_review_goal", "review_id", "r.id")}
              FROM document_review r JOIN board b ON b.id = r.board_id
             {where}
             ORDER BY {template.format(d=direction(descending))}
             LIMIT :limit OFFSET :offset
            """,
            {**params, **ranks, "limit": limit, "offset": offset},
        ).fetchall()
        return [
            ReviewListRow(
                id=row[0],
                board=row[1],
                document_title=row[2],
                document_kind=DocumentKind(row[3]),
                version=row[4],
                document_date=optional_date_from_iso(row[5]),
                reviewed_on=date_from_iso(row[6]),
                findings=row[7],
                goals=_split(row[8]),
            )
            for row in rows
        ]


# --- development needs ---------------------------------------------------------------------


class NeedSort(StrEnum):
    IDENTIFIED_ON = "identified_on"
    BOARD = "board"
    STATUS = "status"
    DESCRIPTION = "description"


@dataclass(frozen=True)
class NeedListRow:
    """One line of the development needs list."""

    id: int
    description: str
    board: str
    identified_on: dt.date
    status: NeedStatus
    note: str
    goals: tuple[str, ...]


_NEED_ORDER: dict[NeedSort, tuple[str, dict[str, str]]] = {
    NeedSort.IDENTIFIED_ON: ("n.identified_on {d}, n.id {d}", {}),
    NeedSort.BOARD: (
        f"b.id IS NULL, {_BOARD_RANK} {{d}}, n.identified_on DESC, n.id DESC",
        {"board_rank": _BOARD_NAMES},
    ),
    NeedSort.STATUS: (
        enum_order("n.status", list(NeedStatus)) + " {d}, n.identified_on DESC, n.id DESC",
        {},
    ),
    NeedSort.DESCRIPTION: (
        f"{ranked('text_rank', 'n.id')} {{d}}, n.identified_on DESC, n.id DESC",
        {"text_rank": "SELECT id, description FROM development_need"},
    ),
}


class NeedList:
    """The development needs, filtered by board and status."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self.board_id: int | None = None
        # None lets every status through.
        self.statuses: Collection[NeedStatus] | None = None

    def _where(self) -> tuple[str, dict[str, object]]:
        clauses: list[str] = []
        params: dict[str, object] = {}
        if self.board_id is not None:
            clauses.append("n.board_id = :board")
            params["board"] = self.board_id
        if self.statuses is not None:
            clauses.append("n.status IN (SELECT value FROM json_each(:statuses))")
            params["statuses"] = json.dumps([status.value for status in self.statuses])
        return (f"WHERE {' AND '.join(clauses)}" if clauses else ""), params

    def count(self) -> int:
        """Return how many needs the filter lets through."""
        where, params = self._where()
        row = self._connection.execute(
            f"SELECT count(*) FROM development_need n {where}", params
        ).fetchone()
        return int(row[0])

    def count_all(self) -> int:
        """Return how many development needs the store holds."""
        return int(self._connection.execute("SELECT count(*) FROM development_need").fetchone()[0])

    def fetch(self, sort: str, descending: bool, offset: int, limit: int) -> list[NeedListRow]:
        """Return one page of needs in the order asked for."""
        where, params = self._where()
        template, needed = _NEED_ORDER[NeedSort(sort)]
        ranks = _rankings(self._connection, needed)
        rows = self._connection.execute(
            f"""
            SELECT n.id, n.description, b.name, n.identified_on, n.status, n.note,
                   {_goal_labels("development_need_goal", "need_id", "n.id")}
              FROM development_need n LEFT JOIN board b ON b.id = n.board_id
             {where}
             ORDER BY {template.format(d=direction(descending))}
             LIMIT :limit OFFSET :offset
            """,
            {**params, **ranks, "limit": limit, "offset": offset},
        ).fetchall()
        return [
            NeedListRow(
                id=row[0],
                description=row[1],
                board=row[2] or "",
                identified_on=date_from_iso(row[3]),
                status=NeedStatus(row[4]),
                note=row[5],
                goals=_split(row[6]),
            )
            for row in rows
        ]


# --- the action plan -----------------------------------------------------------------------


class ActionSort(StrEnum):
    ARTICLE = "article"
    ACTION = "action"
    PRIORITY = "priority"
    BOARD = "board"
    DUE = "due"
    STATUS = "status"


@dataclass(frozen=True)
class ActionListRow:
    """One line of the action plan, with its charter article (goal) and board."""

    id: int
    action: str
    goal_kind: GoalKind | None
    goal_code: str
    goal_title: str
    goal_sort_order: int
    priority: str
    resources: str
    indicator: str
    board: str
    due_on: dt.date | None
    status: ActionStatus

    def overdue_on(self, day: dt.date) -> bool:
        """Return whether the action is planned or ongoing with its due date passed."""
        return (
            self.due_on is not None
            and self.due_on < day
            and self.status in (ActionStatus.PLANNED, ActionStatus.ONGOING)
        )


def _article_key(row: ActionListRow) -> tuple[object, ...]:
    if row.goal_kind is None:
        return (1, 0, 0, (), "")
    return (
        0,
        _KIND_ORDER[row.goal_kind],
        row.goal_sort_order,
        code_sort_key(row.goal_code),
        row.goal_title.casefold(),
    )


def _due_key(row: ActionListRow) -> tuple[object, ...]:
    return (row.due_on is None, row.due_on or dt.date.min)


def _blank_last(text: str) -> tuple[bool, tuple[str, str]]:
    return (text == "", swedish_key(text))


_ACTION_KEYS: dict[ActionSort, Callable[[ActionListRow], Any]] = {
    ActionSort.ARTICLE: lambda row: (_article_key(row), _due_key(row), row.id),
    ActionSort.ACTION: lambda row: (swedish_key(row.action), row.id),
    ActionSort.PRIORITY: lambda row: (_blank_last(row.priority), _article_key(row), row.id),
    ActionSort.BOARD: lambda row: (_blank_last(row.board), _article_key(row), row.id),
    ActionSort.DUE: lambda row: (_due_key(row), _article_key(row), row.id),
    ActionSort.STATUS: lambda row: (list(ActionStatus).index(row.status), _due_key(row), row.id),
}


class ActionList:
    """The charter's action plan, every action or those of one board."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self.board_id: int | None = None

    def _rows(self) -> list[ActionListRow]:
        where = "" if self.board_id is None else "WHERE a.board_id = ?"
        params: list[object] = [] if self.board_id is None else [self.board_id]
        rows = self._connection.execute(
            f"""
            SELECT a.id, a.action, g.kind, g.code, g.title, g.sort_order, a.priority,
                   a.resources, a.indicator, b.name, a.due_on, a.status
              FROM action_plan_item a
              LEFT JOIN goal g ON g.id = a.goal_id
              LEFT JOIN board b ON b.id = a.board_id
             {where}
            """,
            params,
        ).fetchall()
        return [
            ActionListRow(
                id=row[0],
                action=row[1],
                goal_kind=None if row[2] is None else GoalKind(row[2]),
                goal_code=row[3] or "",
                goal_title=row[4] or "",
                goal_sort_order=row[5] or 0,
                priority=row[6],
                resources=row[7],
                indicator=row[8],
                board=row[9] or "",
                due_on=optional_date_from_iso(row[10]),
                status=ActionStatus(row[11]),
            )
            for row in rows
        ]

    def count(self) -> int:
        """Return how many actions the filter lets through."""
        where = "" if self.board_id is None else "WHERE board_id = ?"
        params: list[object] = [] if self.board_id is None else [self.board_id]
        sql = f"SELECT count(*) FROM action_plan_item {where}"
        return int(self._connection.execute(sql, params).fetchone()[0])

    def count_all(self) -> int:
        """Return how many actions the plan holds."""
        return int(self._connection.execute("SELECT count(*) FROM action_plan_item").fetchone()[0])

    def fetch(self, sort: str, descending: bool, offset: int, limit: int) -> list[ActionListRow]:
        """Return one page of actions in the order asked for."""
        rows = sorted(self._rows(), key=_ACTION_KEYS[ActionSort(sort)], reverse=descending)
        return rows[offset : offset + limit]
