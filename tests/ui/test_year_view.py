"""The year view: a board's dialogues month by month, and the boards a year without one."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QSettings, Qt
from PySide6.QtGui import QAction, QBrush, QIcon
from PySide6.QtWidgets import QMenu
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from jamdesk.store.database import Database
from jamdesk.ui.actions import ActionId
from jamdesk.ui.meetings_page import VIEW_KEY, MeetingsPage
from jamdesk.ui.page import PageContext
from jamdesk.ui.paged_model import OVERDUE_COLOUR
from jamdesk.ui.year_view import (
    LAST_COLUMN,
    CellHtmlRole,
    FlaggedRole,
    MeetingIdsRole,
    YearViewModel,
)

if TYPE_CHECKING:
    from tests.ui.conftest import StoreBuilder

MARCH, APRIL, MAY, OCTOBER = 3, 4, 5, 10


@pytest.fixture
def year(builder: StoreBuilder) -> dict[str, int]:
    """Write two boards' dialogues: Socialnämnden's recent ones, Tekniska nämnden's old one."""
    builder.organisation()
    social = builder.board("Socialnämnden")
    technical = builder.board("Tekniska nämnden")
    return {
        "social": social,
        "technical": technical,
        "held": builder.meeting("2026-03-12", status="held", boards=[social]),
        "planned": builder.meeting(
            "2026-03-20", kind="results_seminar", status="planned", boards=[social]
        ),
        "cancelled": builder.meeting(
            "2026-10-05", kind="check_in", status="cancelled", boards=[social, technical]
        ),
        "old": builder.meeting("2025-06-01", status="held", boards=[technical]),
        "shared": builder.meeting(
            "2026-05-07", kind="check_in", status="planned", boards=[technical], start="09:00"
        ),
    }


@pytest.fixture
def page(page_context: PageContext, qtbot: QtBot, year: dict[str, int]) -> Iterator[MeetingsPage]:
    """Return the Meetings page showing the year view of 2026, refreshed on every change."""
    shown = MeetingsPage(page_context)
    qtbot.addWidget(shown)
    page_context.operations.changed.connect(shown.refresh)
    shown.resize(1400, 500)
    shown.show()
    shown.show_year_view()
    yield shown


def cell(page: MeetingsPage, board: str, column: int) -> QModelIndex:
    model = page.year_view.model
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == board:
            return model.index(row, column)
    raise AssertionError(f"no row for {board}")


def test_cells_tell_held_planned_and_cancelled_apart(page: MeetingsPage) -> None:
    march = cell(page, "Socialnämnden", MARCH)
    october = cell(page, "Socialnämnden", OCTOBER)

    assert march.data() == "BD 12, (RS 20)"
    assert march.data(Qt.ItemDataRole.ToolTipRole) == (
        "Budget dialogue, 2026-03-12, 13.00–15.00, Held\n"
        "Results seminar, 2026-03-20, 13.00–15.00, Planned"
    )
    assert october.data() == "CI 5"
    assert october.data(CellHtmlRole) == '<s style="color: gray">CI 5</s>'
    assert "Cancelled" in october.data(Qt.ItemDataRole.ToolTipRole)
    assert cell(page, "Socialnämnden", APRIL).data() == ""
    assert cell(page, "Socialnämnden", APRIL).data(Qt.ItemDataRole.ToolTipRole) is None


def test_a_board_without_a_dialogue_in_twelve_months_is_flagged(page: MeetingsPage) -> None:
    technical = cell(page, "Tekniska nämnden", 0)
    social = cell(page, "Socialnämnden", 0)

    assert technical.data(FlaggedRole) is True
    assert cell(page, "Tekniska nämnden", LAST_COLUMN).data() == "2025-06-01"
    assert technical.data(Qt.ItemDataRole.ToolTipRole) == (
        "No dialogue held with Tekniska nämnden in the last 12 months; the last was on 2025-06-01."
    )
    brush = technical.data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color() == OVERDUE_COLOUR
    icon = technical.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()

    assert social.data(FlaggedRole) is False
    assert cell(page, "Socialnämnden", LAST_COLUMN).data() == "2026-03-12"
    assert social.data(Qt.ItemDataRole.ToolTipRole) is None
    assert social.data(Qt.ItemDataRole.ForegroundRole) is None
    assert social.data(Qt.ItemDataRole.DecorationRole) is None


def test_a_board_never_met_says_so(
    page: MeetingsPage, builder: StoreBuilder, page_context: PageContext
) -> None:
    builder.board("Valnämnden")
    page.refresh(frozenset())

    assert cell(page, "Valnämnden", LAST_COLUMN).data() == "Never"
    assert cell(page, "Valnämnden", 0).data(Qt.ItemDataRole.ToolTipRole) == (
        "No dialogue has been held with Valnämnden yet."
    )


def test_double_click_on_a_month_with_one_meeting_opens_it(
    page: MeetingsPage, qtbot: QtBot, year: dict[str, int]
) -> None:
    table = page.year_view.table
    where = table.visualRect(cell(page, "Tekniska nämnden", MAY)).center()
    # A double-click is a press, a release and a second press, as the view expects it.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)

    with qtbot.waitSignal(page.meeting_activated) as activated:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)

    assert activated.args == [year["shared"]]


def test_a_month_with_several_meetings_offers_a_menu(
    page: MeetingsPage, qtbot: QtBot, year: dict[str, int]
) -> None:
    offered: list[list[str]] = []

    def choose_second(menu: QMenu, _where: QPoint) -> QAction:
        offered.append([action.text() for action in menu.actions()])
        return menu.actions()[1]

    page.year_view.exec_menu = choose_second
    table = page.year_view.table
    index = cell(page, "Socialnämnden", MARCH)
    table.setCurrentIndex(index)
    table.setFocus()

    with qtbot.waitSignal(page.meeting_activated) as activated:
        qtbot.keyClick(table, Qt.Key.Key_Return)

    assert offered == [
        [
            "Budget dialogue, 2026-03-12, 13.00–15.00, Held",
            "Results seminar, 2026-03-20, 13.00–15.00, Planned",
        ]
    ]
    assert activated.args == [year["planned"]]
    # Several meetings in the cell: which one to edit or duplicate is not clear.
    assert ActionId.EDIT_RECORD not in page.supported_actions()


def test_the_cell_of_one_meeting_is_edited_and_duplicated_like_a_row(
    page: MeetingsPage, year: dict[str, int], db: Database
) -> None:
    page.year_view.table.setCurrentIndex(cell(page, "Socialnämnden", OCTOBER))
    assert page.selected_meeting_id() == year["cancelled"]
    assert ActionId.DUPLICATE_MEETING in page.supported_actions()

    page.trigger(ActionId.DUPLICATE_MEETING)

    # The copy is planned on the same weekday of week 41 in 2027, and shown there.
    assert page.year_view.model.year() == 2027
    assert page.year_view.year_box.value() == 2027
    copy = page.selected_meeting_id()
    assert copy is not None and copy != year["cancelled"]
    assert page.year_view.table.currentIndex().data() == "(CI 11)"
    assert db.execute("SELECT meeting_date FROM meeting WHERE id = ?", (copy,)).fetchone() == (
        "2027-10-11",
    )


def test_the_year_box_moves_through_the_years(page: MeetingsPage, qtbot: QtBot) -> None:
    box = page.year_view.year_box
    assert box.value() == 2026  # today's year

    qtbot.keyClick(box, Qt.Key.Key_Down)

    assert page.year_view.model.year() == 2025
    assert cell(page, "Tekniska nämnden", 6).data() == "BD 1"
    assert cell(page, "Socialnämnden", MARCH).data() == ""


def test_the_toggle_switches_views_and_is_remembered(
    page: MeetingsPage, page_context: PageContext, qtbot: QtBot
) -> None:
    assert page.showing_year_view()
    assert not page.filter_row.isVisible()
    assert QSettings().value(VIEW_KEY) == "year"
    again = MeetingsPage(page_context)
    qtbot.addWidget(again)
    assert again.showing_year_view()

    qtbot.mouseClick(page.list_button, Qt.MouseButton.LeftButton)

    assert not page.showing_year_view()
    assert page.filter_row.isVisible()
    assert QSettings().value(VIEW_KEY) == "list"
    page.year_filter.setCurrentIndex(page.year_filter.findData(2025))
    page.year_button.click()
    assert page.year_view.model.year() == 2025


def test_the_year_view_follows_changes(
    page: MeetingsPage, page_context: PageContext, year: dict[str, int]
) -> None:
    meetings = page_context.services.meetings
    page_context.operations.run("delete", lambda: meetings.delete(year["shared"]))

    assert cell(page, "Tekniska nämnden", MAY).data() == ""
    assert cell(page, "Tekniska nämnden", MAY).data(MeetingIdsRole) == []


def test_model_checks_pass(
    db: Database, page_context: PageContext, year: dict[str, int], qtmodeltester: ModelTester
) -> None:
    model = YearViewModel(db, page_context.today, 2026)

    qtmodeltester.check(model)
    qtmodeltester.check(model, force_py=True)

    assert model.rowCount() == 2
    assert model.columnCount() == 14
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(14)]
    assert headers[0] == "Board" and headers[3] == "Mar" and headers[13] == "Last dialogue"
