"""The meetings table model: texts, ids, SQL sorting and paging on real stores."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from jamdesk.store.database import Database
from jamdesk.store.meeting_list import MeetingSort
from jamdesk.ui.meetings_model import PAGE_SIZE, MeetingColumn, MeetingIdRole, MeetingsTableModel

if TYPE_CHECKING:
    from tests.ui.conftest import StoreBuilder


def texts(model: MeetingsTableModel, row: int) -> list[str]:
    return [model.index(row, column).data() for column in range(model.columnCount())]


def all_column(model: MeetingsTableModel, column: MeetingColumn) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_rows_show_date_time_kind_boards_and_status(filled: Database) -> None:
    model = MeetingsTableModel(filled)

    assert model.rowCount() == 4
    assert texts(model, 0) == [
        "2026-11-23",
        "13.00–15.00",
        "Budget dialogue",
        "Barn- och utbildningsnämnden, Socialnämnden",
        "Planned",
    ]
    assert texts(model, 1) == ["2026-06-02", "09.30", "Delegation meeting", "", "Held"]
    assert texts(model, 2) == [
        "2026-03-10",
        "13.00–15.00",
        "Results seminar",
        "Kommunstyrelsen",
        "Held",
    ]
    assert texts(model, 3)[2:] == ["Check-in meeting", "Barn- och utbildningsnämnden", "Cancelled"]


def test_rows_keep_the_meeting_ids(filled: Database) -> None:
    model = MeetingsTableModel(filled)
    expected = [
        row[0]
        for row in filled.execute(
            "SELECT id FROM meeting ORDER BY meeting_date DESC, start_time DESC"
        )
    ]

    ids = [model.index(row, MeetingColumn.BOARDS).data(MeetingIdRole) for row in range(4)]

    assert ids == expected
    assert [model.meeting_id(row) for row in range(4)] == expected


def test_tooltips_name_title_place_and_every_board(filled: Database) -> None:
    model = MeetingsTableModel(filled)

    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Budgetdialog 2027\nSessionssalen"
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    boards = model.index(0, MeetingColumn.BOARDS).data(Qt.ItemDataRole.ToolTipRole)
    assert boards == "Barn- och utbildningsnämnden\nSocialnämnden"


def test_headers_name_the_columns(db: Database) -> None:
    model = MeetingsTableModel(db)

    headers = [
        model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())
    ]

    assert headers == ["Date", "Time", "Kind", "Boards", "Status"]
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_sorting_by_kind_orders_in_sql(filled: Database) -> None:
    model = MeetingsTableModel(filled)

    model.sort(MeetingColumn.KIND, Qt.SortOrder.AscendingOrder)

    assert model.sort_key() == (MeetingSort.KIND, False)
    # Stored values order the kinds: budget_dialogue, check_in, delegation_meeting, results_...
    assert all_column(model, MeetingColumn.KIND) == [
        "Budget dialogue",
        "Check-in meeting",
        "Delegation meeting",
        "Results seminar",
    ]

    model.sort(MeetingColumn.STATUS, Qt.SortOrder.DescendingOrder)

    assert all_column(model, MeetingColumn.STATUS) == ["Planned", "Held", "Held", "Cancelled"]


def test_sorting_by_boards_orders_by_their_names(filled: Database) -> None:
    model = MeetingsTableModel(filled)

    model.sort(MeetingColumn.BOARDS, Qt.SortOrder.AscendingOrder)

    assert all_column(model, MeetingColumn.BOARDS) == [
        "",
        "Barn- och utbildningsnämnden",
        "Barn- och utbildningsnämnden, Socialnämnden",
        "Kommunstyrelsen",
    ]


def test_sorting_reaches_rows_beyond_the_first_page(builder: StoreBuilder, qtbot: QtBot) -> None:
    board = builder.board("Socialnämnden")
    builder.many_meetings(PAGE_SIZE + 50, board)
    model = MeetingsTableModel(builder.db)
    assert model.index(0, MeetingColumn.DATE).data() == "2020-09-06"  # the newest

    with qtbot.waitSignal(model.modelReset):
        model.sort(MeetingColumn.DATE, Qt.SortOrder.AscendingOrder)

    # Sorting only the loaded page could never bring the oldest meeting to the top.
    assert model.index(0, MeetingColumn.DATE).data() == "2020-01-01"
    assert model.rowCount() == PAGE_SIZE


def test_fetch_more_pages_in_the_rest(builder: StoreBuilder) -> None:
    board = builder.board("Socialnämnden")
    builder.many_meetings(2 * PAGE_SIZE + 50, board)
    model = MeetingsTableModel(builder.db)

    assert model.rowCount() == PAGE_SIZE
    assert model.total_count() == 2 * PAGE_SIZE + 50
    assert model.canFetchMore(QModelIndex())

    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE_SIZE
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE_SIZE + 50
    assert not model.canFetchMore(QModelIndex())

    dates = all_column(model, MeetingColumn.DATE)
    assert dates == sorted(dates, reverse=True)
    assert len(set(dates)) == len(dates)  # no page overlaps another


def test_refresh_reads_new_meetings(filled: Database, builder: StoreBuilder) -> None:
    model = MeetingsTableModel(filled)
    builder.meeting("2027-01-15", kind="other", status="planned")

    model.refresh()

    assert model.rowCount() == 5
    assert texts(model, 0)[0] == "2027-01-15"
    assert texts(model, 0)[2] == "Other meeting"


SWEDISH = {"Budget dialogue": "Budgetdialog", "Planned": "Planerat", "Date": "Datum"}


class _Swedish(QTranslator):
    """A tiny catalogue, enough to show labels go through Qt's translation."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context in ("DomainLabel", "MeetingsTableModel"):
            return SWEDISH.get(source, "")
        return ""


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[None]:
    translator = _Swedish()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_labels_and_headers_are_translated(filled: Database, swedish: None) -> None:
    model = MeetingsTableModel(filled)

    assert texts(model, 0)[2] == "Budgetdialog"
    assert texts(model, 0)[4] == "Planerat"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Datum"


def test_model_checks_pass_on_an_empty_store(db: Database, qtmodeltester: ModelTester) -> None:
    model = MeetingsTableModel(db)

    qtmodeltester.check(model)
    qtmodeltester.check(model, force_py=True)

    assert model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())


def test_model_checks_pass_on_a_filled_store(
    builder: StoreBuilder, qtmodeltester: ModelTester
) -> None:
    board = builder.board("Socialnämnden")
    builder.many_meetings(PAGE_SIZE + 20, board)
    model = MeetingsTableModel(builder.db)

    qtmodeltester.check(model)
    qtmodeltester.check(model, force_py=True)

    assert model.rowCount() > 0
