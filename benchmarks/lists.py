"""Opening the follow-up lists and the overview, and changing a list's sort and filter."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, Protocol

from PySide6.QtCore import Qt

from benchmarks.timing import Figure, time_ms
from jamdesk.store.database import Database
from jamdesk.store.follow_up_lists import (
    OUTSTANDING,
    CommitmentRows,
    CommitmentSort,
    FollowUpFilters,
    QuestionRows,
    QuestionSort,
    RequestRows,
    RequestSort,
)
from jamdesk.store.follow_up_query import FollowUpRows
from jamdesk.store.overview import read_overview
from jamdesk.ui import commitments_page, questions_page, requests_page
from jamdesk.ui.paged_model import Column, PagedTableModel


class _Row(Protocol):
    @property
    def id(self) -> int: ...


@dataclass(frozen=True)
class _ListCase:
    """One follow-up list as its page opens it: the query, columns and sorts."""

    name: str
    source: Callable[[sqlite3.Connection, dt.date], FollowUpRows[Any]]
    columns: Sequence[Column[Any]]
    default_sort: str
    # The sort the benchmark changes to: a text column, sorted in Swedish order in SQL.
    other_sort: str


CASES = (
    _ListCase(
        "commitments",
        CommitmentRows,
        commitments_page.COLUMNS,
        CommitmentSort.MEETING_DATE,
        CommitmentSort.DESCRIPTION,
    ),
    _ListCase(
        "questions",
        QuestionRows,
        questions_page.COLUMNS,
        QuestionSort.MEETING_DATE,
        QuestionSort.TEXT,
    ),
    _ListCase("requests", RequestRows, requests_page.COLUMNS, RequestSort.DUE, RequestSort.SUBJECT),
)


def _record_id(row: _Row) -> int:
    return row.id


@dataclass
class _OpenList:
    """A list as its page holds it: the query (whose filters the page sets) and the model."""

    case: _ListCase
    source: FollowUpRows[Any]
    model: PagedTableModel[Any]

    def reset(self) -> None:
        """Go back to the page's default sort and no filter (untimed, between runs)."""
        self.model.sort(_column(self.case, self.case.default_sort), Qt.SortOrder.DescendingOrder)
        self.source.filters = FollowUpFilters()
        self.model.refresh()

    def sort_by_text(self) -> None:
        """Click the header of the list's text column."""
        self.model.sort(_column(self.case, self.case.other_sort), Qt.SortOrder.AscendingOrder)

    def filter_outstanding(self) -> None:
        """Choose "Outstanding" in the filter bar: the most rows a status filter lets through."""
        self.source.filters = FollowUpFilters(status=OUTSTANDING)
        self.model.refresh()


def open_list(case: _ListCase, connection: sqlite3.Connection, as_of: dt.date) -> _OpenList:
    """Open the list as its page does: the query, the filter bar's years, the first page."""
    source = case.source(connection, as_of)
    source.filters = FollowUpFilters()
    source.years()
    model = PagedTableModel(
        source, case.columns, _record_id, sort=case.default_sort, descending=True
    )
    return _OpenList(case, source, model)


def _column(case: _ListCase, sort: str) -> int:
    return next(number for number, column in enumerate(case.columns) if column.sort == sort)


def measure_lists(
    db: Database, label: str, as_of: dt.date, runs: int, target_ms: float
) -> list[Figure]:
    """Return the figures of opening, sorting and filtering each list, and of the overview."""
    connection = db.connection
    figures = []
    for case in CASES:
        opened = open_list(case, connection, as_of)
        timings = {
            "open": time_ms(partial(open_list, case, connection, as_of), runs),
            "sort": time_ms(opened.sort_by_text, runs, setup=opened.reset),
            "filter": time_ms(opened.filter_outstanding, runs, setup=opened.reset),
        }
        for action, samples in timings.items():
            figures.append(
                Figure(
                    f"lists.{action}.{case.name}",
                    f"Lists: {action} {case.name}",
                    label,
                    "ms",
                    tuple(samples),
                    target_ms,
                )
            )
    overview = time_ms(lambda: read_overview(connection, as_of), runs)
    figures.append(
        Figure(
            "lists.overview", "Lists: open the overview", label, "ms", tuple(overview), target_ms
        )
    )
    return figures
