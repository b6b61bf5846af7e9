"""The Overview page: what a secretary sees first each morning, and where each line leads."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from jamdesk.domain.commitments import CommitmentStatus
from jamdesk.services.changes import RecordKind, RecordRef
from jamdesk.store.database import Database
from jamdesk.ui.overview_page import (
    OverviewLine,
    OverviewListModel,
    OverviewPage,
    RecordRefRole,
    SectionKey,
)
from jamdesk.ui.page import PageContext
from jamdesk.ui.paged_model import OVERDUE_COLOUR

if TYPE_CHECKING:
    from tests.ui.conftest import OpenedRecords, StoreBuilder

TODAY = dt.date(2026, 11, 23)
NEW_STORE_HINT = (
    "Nothing to follow up yet. Start by adding the boards and planning the first dialogue."
)


def make_page(qtbot: QtBot, context: PageContext) -> OverviewPage:
    page = OverviewPage(context, None)
    qtbot.addWidget(page)
    # The window refreshes every page it has built after each change; so does this test.
    context.operations.changed.connect(page.refresh)
    return page


def cells(page: OverviewPage, key: SectionKey, row: int) -> list[str]:
    model = page.section(key).model
    return [model.index(row, column).data() for column in range(model.columnCount())]


def title(page: OverviewPage, key: SectionKey) -> str:
    return page.section(key).title().replace("&", "")


def test_a_new_store_says_where_to_start(page_context: PageContext, qtbot: QtBot) -> None:
    page = make_page(qtbot, page_context)
    page.show()

    assert page.showing_empty_state()
    assert page.empty_state.label.text() == NEW_STORE_HINT
    assert page.empty_state.label.isVisible()
    assert "2026-11-23" in page.heading.text()


def test_boards_without_any_dialogue_are_the_first_thing_to_plan(
    page_context: PageContext, builder: StoreBuilder, qtbot: QtBot
) -> None:
    builder.organisation()
    builder.board("Socialnämnden")
    builder.board("Kommunstyrelsen")

    page = make_page(qtbot, page_context)

    assert not page.showing_empty_state()
    assert title(page, SectionKey.QUIET_BOARDS) == "Boards without a dialogue in 12 months: 2"
    assert cells(page, SectionKey.QUIET_BOARDS, 0) == ["None yet", "Kommunstyrelsen"]
    assert page.section(SectionKey.UPCOMING).empty_state.showing_empty_state()
    assert page.section(SectionKey.UPCOMING).empty_state.label.text() == (
        "No meetings are planned in the next 30 days."
    )


def test_meetings_of_the_next_30_days_show_date_time_kind_and_boards(
    page_context: PageContext, builder: StoreBuilder, opened: OpenedRecords, qtbot: QtBot
) -> None:
    builder.organisation()
    soc = builder.board("Socialnämnden")
    bun = builder.board("Barn- och utbildningsnämnden")
    meeting = builder.meeting("2026-11-30", boards=[soc, bun], title="Budgetdialog 2027")
    builder.meeting("2026-12-23", kind="delegation_meeting", start="09:30", end=None)
    builder.meeting("2026-12-24", boards=[soc])  # 31 days on

    page = make_page(qtbot, page_context)

    section = page.section(SectionKey.UPCOMING)
    assert title(page, SectionKey.UPCOMING) == "Meetings in the next 30 days: 2"
    assert cells(page, SectionKey.UPCOMING, 0) == [
        "2026-11-30",
        "13.00–15.00",
        "Budget dialogue",
        "Barn- och utbildningsnämnden, Socialnämnden",
    ]
    assert cells(page, SectionKey.UPCOMING, 1) == ["2026-12-23", "09.30", "Delegation meeting", ""]
    tip = section.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Budgetdialog 2027")
    assert section.model.index(0, 3).data(RecordRefRole) == RecordRef(RecordKind.MEETING, meeting)
    assert section.more.isHidden()


def test_example_shows_every_follow_up_with_its_count(
    example_context: PageContext, example_db: Database, qtbot: QtBot
) -> None:
    page = make_page(qtbot, example_context)
    services = example_context.services

    overdue = services.commitments.overdue(TODAY)
    assert title(page, SectionKey.OVERDUE_COMMITMENTS) == f"Overdue commitments: {len(overdue)}"
    board = services.boards.get(overdue[0].board_id)
    assert board is not None
    assert cells(page, SectionKey.OVERDUE_COMMITMENTS, 0) == [
        overdue[0].due_on.isoformat() if overdue[0].due_on else "",
        board.name,
        overdue[0].description,
    ]
    late = services.requests.overdue(TODAY)
    assert title(page, SectionKey.OVERDUE_REQUESTS) == f"Overdue reporting requests: {len(late)}"
    waiting = services.requests.awaiting_assessment()
    assert title(page, SectionKey.AWAITING_ASSESSMENT) == f"Answers to assess: {len(waiting)}"
    assert cells(page, SectionKey.AWAITING_ASSESSMENT, 0)[2] == waiting[0].subject
    assert title(page, SectionKey.QUIET_BOARDS) == "Boards without a dialogue in 12 months: 0"
    assert page.section(SectionKey.ACTION_PLAN).isHidden()  # signed long ago, plan in place
    assert not page.showing_empty_state()


def test_a_long_list_says_how_many_more_there_are(
    example_context: PageContext, example_db: Database, qtbot: QtBot
) -> None:
    total = example_db.execute(
        "SELECT count(*) FROM question JOIN meeting ON meeting.id = question.meeting_id"
        " WHERE question.status = 'open' AND meeting.status = 'held'"
    ).fetchone()[0]
    assert total > 5

    page = make_page(qtbot, example_context)
    section = page.section(SectionKey.UNANSWERED_QUESTIONS)

    assert section.model.rowCount() == 5
    assert title(page, SectionKey.UNANSWERED_QUESTIONS) == f"Unanswered questions: {total}"
    assert not section.more.isHidden()
    assert section.more.text() == f"The 5 oldest of {total}."


def test_overdue_dates_are_drawn_red_and_bold(example_context: PageContext, qtbot: QtBot) -> None:
    page = make_page(qtbot, example_context)
    model = page.section(SectionKey.OVERDUE_COMMITMENTS).model

    brush = model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
    font = model.index(0, 0).data(Qt.ItemDataRole.FontRole)

    assert QColor(brush.color()) == OVERDUE_COLOUR
    assert font.bold()
    assert model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole) is None
    waiting = page.section(SectionKey.AWAITING_ASSESSMENT).model  # answered: nothing is late
    assert waiting.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_enter_opens_the_record_of_the_current_row(
    example_context: PageContext, opened: OpenedRecords, qtbot: QtBot
) -> None:
    page = make_page(qtbot, example_context)
    page.show()
    qtbot.waitExposed(page)
    view = page.section(SectionKey.OVERDUE_REQUESTS).view
    first_late = example_context.services.requests.overdue(TODAY)[1]
    view.setFocus()
    view.setCurrentIndex(view.model().index(1, 2))

    qtbot.keyClick(view, Qt.Key.Key_Return)

    assert opened.refs == [RecordRef(RecordKind.REQUEST, first_late.id or 0)]


def test_double_click_opens_the_record(
    example_context: PageContext, opened: OpenedRecords, qtbot: QtBot
) -> None:
    page = make_page(qtbot, example_context)
    page.show()
    qtbot.waitExposed(page)
    view = page.section(SectionKey.UNANSWERED_QUESTIONS).view
    expected = view.model().index(0, 0).data(RecordRefRole)
    centre = view.visualRect(view.model().index(0, 2)).center()

    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)

    assert expected.kind is RecordKind.QUESTION
    assert opened.refs[-1] == expected


def test_a_status_change_and_its_undo_refresh_the_page(
    example_context: PageContext, qtbot: QtBot
) -> None:
    page = make_page(qtbot, example_context)
    commitments = example_context.services.commitments
    before = commitments.overdue(TODAY)
    first = before[0]
    assert first.id is not None

    example_context.operations.run(
        "fulfil",
        lambda: commitments.change_status(first.id or 0, CommitmentStatus.FULFILLED, TODAY, ""),
    )

    assert title(page, SectionKey.OVERDUE_COMMITMENTS) == f"Overdue commitments: {len(before) - 1}"
    shown = page.section(SectionKey.OVERDUE_COMMITMENTS).model
    assert first.id not in [
        shown.index(row, 0).data(RecordRefRole).id for row in range(shown.rowCount())
    ]

    example_context.operations.undo_stack.undo()

    assert title(page, SectionKey.OVERDUE_COMMITMENTS) == f"Overdue commitments: {len(before)}"
    assert shown.index(0, 0).data(RecordRefRole) == RecordRef(RecordKind.COMMITMENT, first.id)


def test_changes_to_records_it_does_not_show_leave_the_page_alone(
    page_context: PageContext, builder: StoreBuilder, qtbot: QtBot
) -> None:
    builder.organisation()
    page = make_page(qtbot, page_context)
    assert page.showing_empty_state()
    builder.board("Socialnämnden")  # written behind the page's back

    page.refresh(frozenset({RecordKind.PERSON, RecordKind.GOAL}))
    assert page.showing_empty_state()

    page.refresh(frozenset({RecordKind.BOARD}))
    assert not page.showing_empty_state()


def test_a_page_left_open_overnight_reads_again_when_shown(
    page_context: PageContext, builder: StoreBuilder, qtbot: QtBot
) -> None:
    builder.organisation()
    builder.meeting("2026-12-23", boards=[builder.board("Socialnämnden")])
    days = [TODAY]
    context = replace(page_context, today=lambda: days[-1])
    page = make_page(qtbot, context)
    assert title(page, SectionKey.UPCOMING) == "Meetings in the next 30 days: 1"

    days.append(TODAY - dt.timedelta(days=1))
    page.show()

    assert "2026-11-22" in page.heading.text()
    assert title(page, SectionKey.UPCOMING) == "Meetings in the next 30 days: 0"


def test_the_action_plan_deadline_ahead_opens_the_organisation(
    page_context: PageContext, db: Database, opened: OpenedRecords, qtbot: QtBot
) -> None:
    with db.transaction() as conn:
        conn.execute(
            "INSERT INTO organisation (id, name, delegation_name, charter_signed_on)"
            " VALUES (1, 'Jämköpings kommun', 'Jämställdhetsdelegationen', '2025-06-01')"
        )
    page = make_page(qtbot, page_context)
    page.show()
    qtbot.waitExposed(page)
    section = page.section(SectionKey.ACTION_PLAN)

    assert section.isVisible()
    assert not page.showing_empty_state()
    assert cells(page, SectionKey.ACTION_PLAN, 0) == [
        "2027-06-01",
        "Due; no actions are recorded yet.",
    ]
    tip = section.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "2025-06-01" in tip
    section.view.setFocus()
    section.view.setCurrentIndex(section.model.index(0, 0))
    qtbot.keyClick(section.view, Qt.Key.Key_Enter)
    assert opened.refs == [RecordRef(RecordKind.ORGANISATION, 1)]


def test_a_passed_deadline_without_a_plan_is_flagged(
    page_context: PageContext, db: Database, qtbot: QtBot
) -> None:
    with db.transaction() as conn:
        conn.execute(
            "INSERT INTO organisation (id, name, delegation_name, charter_signed_on)"
            " VALUES (1, 'Jämköpings kommun', 'Jämställdhetsdelegationen', '2023-01-10')"
        )
    page = make_page(qtbot, page_context)
    model = page.section(SectionKey.ACTION_PLAN).model

    assert cells(page, SectionKey.ACTION_PLAN, 0) == [
        "2025-01-10",
        "The deadline has passed and no action plan is recorded.",
    ]
    assert QColor(model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color()) == (
        OVERDUE_COLOUR
    )


def test_column_widths_are_remembered_per_section(
    example_context: PageContext, qtbot: QtBot
) -> None:
    page = make_page(qtbot, example_context)
    page.section(SectionKey.OVERDUE_REQUESTS).view.setColumnWidth(1, 321)

    again = make_page(qtbot, example_context)

    assert again.section(SectionKey.OVERDUE_REQUESTS).view.columnWidth(1) == 321
    assert again.section(SectionKey.OVERDUE_COMMITMENTS).view.columnWidth(1) != 321
    stored = QSettings().value("overviewPage/overdueRequests/columnWidths")
    assert str(stored).split(",")[1] == "321"


def next_tab_stop(widget: QWidget) -> QWidget:
    """Return where Tab goes from ``widget``: the next shown widget that takes Tab focus."""
    candidate = widget.nextInFocusChain()
    while candidate is not None and not (
        candidate.isVisible() and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
    ):
        candidate = candidate.nextInFocusChain()
    assert candidate is not None
    return candidate


def test_tab_moves_from_list_to_list_skipping_empty_ones(
    example_context: PageContext, qtbot: QtBot
) -> None:
    page = make_page(qtbot, example_context)
    page.show()
    qtbot.waitExposed(page)
    views = {key: page.section(key).view for key in SectionKey}
    assert not views[SectionKey.UPCOMING].isVisible()  # no meetings ahead: its hint shows

    stops: list[QWidget] = [views[SectionKey.OVERDUE_COMMITMENTS]]
    for _ in range(3):
        stops.append(next_tab_stop(stops[-1]))

    assert stops[1:] == [
        views[SectionKey.OVERDUE_REQUESTS],
        views[SectionKey.AWAITING_ASSESSMENT],
        views[SectionKey.UNANSWERED_QUESTIONS],
    ]


def test_the_list_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = OverviewListModel(["Due", "Board", "Commitment"])
    qtmodeltester.check(model)
    model.set_lines(
        [
            OverviewLine(
                ("2026-10-15", "Tekniska nämnden", "Ta fram statistik"),
                RecordRef(RecordKind.COMMITMENT, 41),
                overdue=True,
            ),
            OverviewLine(("2026-11-19", "Socialnämnden"), RecordRef(RecordKind.COMMITMENT, 49)),
        ]
    )

    qtmodeltester.check(model)
    assert model.index(1, 2).data() == ""
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == "Tekniska nämnden"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Commitment"
