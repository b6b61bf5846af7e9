"""The meetings table model: texts, ids, SQL sorting and paging on real stores."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from jamdesk.domain.meetings import MeetingKind, MeetingStatus
from jamdesk.store.database import Database
from jamdesk.store.meeting_list import (
    MeetingFilter,
    MeetingSort,
    count_meetings,
    fetch_meetings,
    meeting_years,
)
from jamdesk.ui.meetings_model import PAGE_SIZE, MeetingColumn, MeetingIdRole, MeetingsTableModel
from jamdesk.ui.meetings_page import MeetingsPage
from jamdesk.ui.page import PageContext

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
        "0",
        "Planned",
    ]
    assert texts(model, 1) == ["2026-06-02", "09.30", "Delegation meeting", "", "0", "Held"]
    assert texts(model, 2) == [
        "2026-03-10",
        "13.00–15.00",
        "Results seminar",
        "Kommunstyrelsen",
        "0",
        "Held",
    ]
    assert texts(model, 3)[2:] == [
        "Check-in meeting",
        "Barn- och utbildningsnämnden",
        "0",
        "Cancelled",
    ]


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

    assert headers == ["Date", "Time", "Kind", "Boards", "Called", "Status"]
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
    assert texts(model, 0)[MeetingColumn.STATUS] == "Planerat"
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


# -- filters ---------------------------------------------------------------------


def test_filters_narrow_the_list(filled: Database) -> None:
    model = MeetingsTableModel(filled)
    social = filled.execute("SELECT id FROM board WHERE name = 'Socialnämnden'").fetchone()[0]
    youth = filled.execute("SELECT id FROM board WHERE name LIKE 'Barn%'").fetchone()[0]

    model.set_filters(MeetingFilter(year=2026))
    assert all_column(model, MeetingColumn.DATE) == ["2026-11-23", "2026-06-02", "2026-03-10"]
    assert model.total_count() == 3

    model.set_filters(MeetingFilter(board_id=youth))
    assert all_column(model, MeetingColumn.DATE) == ["2026-11-23", "2025-10-01"]

    model.set_filters(MeetingFilter(board_id=youth, status=MeetingStatus.CANCELLED))
    assert all_column(model, MeetingColumn.KIND) == ["Check-in meeting"]

    model.set_filters(MeetingFilter(year=2026, kind=MeetingKind.DELEGATION_MEETING))
    assert all_column(model, MeetingColumn.DATE) == ["2026-06-02"]

    model.set_filters(MeetingFilter(year=2025, board_id=social))
    assert model.rowCount() == 0
    assert model.total_count() == 0

    model.set_filters(MeetingFilter())
    assert model.rowCount() == 4


def test_a_filter_finds_meetings_beyond_the_first_page(builder: StoreBuilder) -> None:
    board = builder.board("Socialnämnden")
    other = builder.board("Tekniska nämnden")
    builder.many_meetings(PAGE_SIZE + 50, board)
    oldest = builder.meeting("2019-05-05", kind="results_seminar", boards=[other])
    model = MeetingsTableModel(builder.db)
    assert model.row_of(oldest) is None  # not among the first page

    model.set_filters(MeetingFilter(year=2019))

    # Filtering only the loaded page could never show the oldest meeting.
    assert model.total_count() == 1
    assert model.row_of(oldest) == 0
    assert texts(model, 0)[:4] == [
        "2019-05-05",
        "13.00–15.00",
        "Results seminar",
        "Tekniska nämnden",
    ]

    model.set_filters(MeetingFilter(board_id=board))
    assert model.total_count() == PAGE_SIZE + 50
    assert model.rowCount() == PAGE_SIZE
    assert model.row_of(oldest, fetch_more=True) is None
    assert model.rowCount() == PAGE_SIZE + 50


def test_filters_keep_the_sort_order(filled: Database) -> None:
    model = MeetingsTableModel(filled)
    model.sort(MeetingColumn.DATE, Qt.SortOrder.AscendingOrder)

    model.set_filters(MeetingFilter(status=MeetingStatus.HELD))

    assert all_column(model, MeetingColumn.DATE) == ["2026-03-10", "2026-06-02"]
    assert model.sort_key() == (MeetingSort.DATE, False)


def test_the_store_counts_and_pages_with_the_same_filters(filled: Database) -> None:
    connection = filled.connection
    held = MeetingFilter(status=MeetingStatus.HELD)

    assert count_meetings(connection) == 4
    assert count_meetings(connection, held) == 2
    assert [row.date.isoformat() for row in fetch_meetings(connection, filters=held)] == [
        "2026-06-02",
        "2026-03-10",
    ]
    assert meeting_years(connection) == [2026, 2025]


def test_the_called_column_counts_and_names_those_called(builder: StoreBuilder) -> None:
    board = builder.board("Socialnämnden")
    meeting = builder.meeting("2026-03-10", boards=[board])
    builder.meeting("2026-04-10", boards=[board])
    with builder.db.transaction() as conn:
        for name, role, called in (
            ("Örjan Ek", "official", 1),
            ("Åsa Lund", "chair", 1),
            ("Bo Ek", "member", 0),
        ):
            person = conn.execute(
                "INSERT INTO person (name, kind) VALUES (?, 'politician')", (name,)
            ).lastrowid
            conn.execute(
                "INSERT INTO meeting_participant (meeting_id, person_id, role, called, attendance)"
                " VALUES (?, ?, ?, ?, 'present')",
                (meeting, person, role, called),
            )
    model = MeetingsTableModel(builder.db)

    model.sort(MeetingColumn.CALLED, Qt.SortOrder.DescendingOrder)

    assert all_column(model, MeetingColumn.CALLED) == ["2", "0"]
    tooltip = model.index(0, MeetingColumn.CALLED).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Åsa Lund\nÖrjan Ek"  # the chair first, then the others


def test_model_checks_pass_with_filters(filled: Database, qtmodeltester: ModelTester) -> None:
    model = MeetingsTableModel(filled)
    model.set_filters(MeetingFilter(year=2026, status=MeetingStatus.HELD))

    qtmodeltester.check(model)
    qtmodeltester.check(model, force_py=True)

    assert model.rowCount() == 2


def test_the_page_filters_by_keyboard_and_explains_an_empty_result(
    filled: Database, page_context: PageContext, qtbot: QtBot
) -> None:
    page = MeetingsPage(page_context)  # on the filled store
    qtbot.addWidget(page)
    years = [page.year_filter.itemText(i) for i in range(page.year_filter.count())]
    boards = [page.board_filter.itemText(i) for i in range(page.board_filter.count())]
    assert years == ["All years", "2026", "2025"]
    assert boards == [
        "All boards",
        "Barn- och utbildningsnämnden",
        "Kommunstyrelsen",
        "Socialnämnden",
    ]

    page.year_filter.setFocus()
    qtbot.keyClick(page.year_filter, Qt.Key.Key_Down)  # 2026
    qtbot.keyClick(page.year_filter, Qt.Key.Key_Down)  # 2025

    assert page.current_filters() == MeetingFilter(year=2025)
    assert all_column(page.model, MeetingColumn.DATE) == ["2025-10-01"]

    page.status_filter.setCurrentIndex(page.status_filter.findText("Held"))

    assert page.model.rowCount() == 0
    assert page.showing_empty_state()
    assert page.empty_label.text() == (
        "No meetings match these filters. Choose “All …” to see more."
    )
    page.set_filters(MeetingFilter())
    assert not page.showing_empty_state()
    assert page.year_filter.currentText() == "All years"
    assert page.model.rowCount() == 4
