"""The Reviews page: document reviews, development needs and the action plan."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from jamdesk.domain.action_plan import ActionPlanItem
from jamdesk.domain.boards import Board, BoardKind
from jamdesk.domain.goals import Goal, GoalKind
from jamdesk.domain.reviews import DevelopmentNeed, DocumentKind, DocumentReview, NeedStatus
from jamdesk.services.changes import RecordKind, RecordRef
from jamdesk.ui.actions import ActionId
from jamdesk.ui.boards_page import BoardsPage
from jamdesk.ui.main_window import MainWindow, PageSpec
from jamdesk.ui.page import PageContext
from jamdesk.ui.paged_model import OVERDUE_COLOUR
from jamdesk.ui.review_dialogs import ActionDialog, NeedDialog, ReviewDialog
from jamdesk.ui.reviews_page import ReviewsPage, ReviewTab

D = dt.date


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` key by key; QTest maps only ASCII to keys, so å, ä, ö go as text."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                char,
                Qt.KeyboardModifier.NoModifier,
            )


def _page(context: PageContext, qtbot: QtBot) -> ReviewsPage:
    page = ReviewsPage(context)
    qtbot.addWidget(page)
    context.operations.changed.connect(page.refresh)  # as the window does
    return page


@pytest.fixture
def page(page_context: PageContext, qtbot: QtBot) -> ReviewsPage:
    return _page(page_context, qtbot)


class World:
    """Two boards and two goals in an otherwise empty store."""

    def __init__(self, context: PageContext) -> None:
        boards, goals = context.services.boards, context.services.goals
        self.social = boards.create(Board("Socialnämnden", BoardKind.BOARD, D(2019, 1, 1)))
        self.guardian = boards.create(Board("Överförmyndarnämnden", BoardKind.BOARD, D(2019, 1, 1)))
        self.health = goals.create(Goal(GoalKind.NATIONAL, "Jämställd hälsa", code="5"))
        self.article = goals.create(Goal(GoalKind.CHARTER, "Arbetsgivarrollen", code="Art. 11"))

    @property
    def social_id(self) -> int:
        return self.social.value.id or 0

    @property
    def guardian_id(self) -> int:
        return self.guardian.value.id or 0

    @property
    def health_id(self) -> int:
        return self.health.value.id or 0


@pytest.fixture
def world(page_context: PageContext) -> World:
    return World(page_context)


def _column(page: ReviewsPage, tab: ReviewTab, column: int) -> list[str]:
    model = page.show_tab(tab).model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _answer(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: QWidget, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_every_tab_says_how_to_begin(page: ReviewsPage) -> None:
    assert page.reviews.showing_empty_state()
    assert page.reviews.empty.label.text().startswith("No document reviews yet")
    assert page.needs.empty.label.text().startswith("No development needs yet")
    assert page.action_plan.empty.label.text().startswith("No actions in the plan yet")
    assert page.supported_actions() == {ActionId.NEW_RECORD}


def test_a_review_is_recorded_from_the_keyboard_with_goal_tags(
    page: ReviewsPage, page_context: PageContext, world: World, qtbot: QtBot
) -> None:
    page.trigger(ActionId.NEW_RECORD)
    dialog = page.dialog
    assert isinstance(dialog, ReviewDialog)
    dialog.board.setCurrentIndex(dialog.board.findData(world.social_id))
    type_text(qtbot, dialog.document_title, "Budget 2027")
    type_text(qtbot, dialog.version, "Beslutad")
    type_text(qtbot, dialog.document_date, "2026-10-15")
    type_text(qtbot, dialog.findings, "Saknar könsuppdelad statistik.")
    dialog.goals.set_checked(world.health_id, True)
    qtbot.keyClick(dialog.document_title, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    texts = [page.reviews.model.index(0, column).data() for column in range(8)]
    assert texts == [
        "2026-11-23",
        "Socialnämnden",
        "Budget 2027",
        "Budget",
        "Beslutad",
        "2026-10-15",
        "5",
        "Saknar könsuppdelad statistik.",
    ]
    assert page.supported_actions() == {
        ActionId.NEW_RECORD,
        ActionId.EDIT_RECORD,
        ActionId.DELETE_RECORD,
    }
    page_context.operations.undo_stack.undo()
    assert page.reviews.showing_empty_state()


def test_review_errors_show_next_to_their_fields_keeping_the_input(
    page: ReviewsPage, world: World, qtbot: QtBot
) -> None:
    page.trigger(ActionId.NEW_RECORD)
    dialog = page.dialog
    assert isinstance(dialog, ReviewDialog)
    type_text(qtbot, dialog.document_date, "2026-13-01")
    qtbot.keyClick(dialog.document_date, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.form.error_for("document_date") == "The date 2026-13-01 does not exist."

    dialog.document_date.clear()
    dialog.accept()
    assert dialog.form.error_for("document_title") == "The document's title cannot be empty."
    assert dialog.form.error_for("document_date") == ""


def test_a_review_needs_a_board(page_context: PageContext, qtbot: QtBot) -> None:
    page = _page(page_context, qtbot)  # no boards at all
    page.trigger(ActionId.NEW_RECORD)
    dialog = page.dialog
    assert isinstance(dialog, ReviewDialog)
    type_text(qtbot, dialog.document_title, "Budget")
    dialog.accept()
    assert dialog.form.error_for("board_id") == "Choose the board whose document was reviewed."


def test_a_review_is_deleted_after_a_confirmation_and_undone(
    page: ReviewsPage,
    page_context: PageContext,
    world: World,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reviews = page_context.services.reviews
    reviews.create_review(
        DocumentReview(
            world.social_id,
            "Budget 2027",
            DocumentKind.BUDGET,
            D(2026, 10, 1),
            goal_ids=(world.health_id,),
        )
    )
    page.refresh(frozenset())
    page.reviews.view.setCurrentIndex(page.reviews.model.index(0, 0))

    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    page.trigger(ActionId.DELETE_RECORD)
    assert asked == ["Delete the review of “Budget 2027” made on 2026-10-01? Undo brings it back."]
    assert page.reviews.model.rowCount() == 1

    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    page.trigger(ActionId.DELETE_RECORD)
    assert page.reviews.showing_empty_state()
    page_context.operations.undo_stack.undo()
    assert _column(page, ReviewTab.REVIEWS, 6) == ["5"]


def test_a_need_is_recorded_closed_filtered_away_and_deleted(
    page: ReviewsPage,
    page_context: PageContext,
    world: World,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page.show_tab(ReviewTab.NEEDS)
    page.trigger(ActionId.NEW_RECORD)
    dialog = page.dialog
    assert isinstance(dialog, NeedDialog)
    dialog.accept()
    assert dialog.form.error_for("description") == "The development need cannot be empty."
    type_text(qtbot, dialog.description, "Ingen analys av resursfördelning")
    dialog.board.setCurrentIndex(dialog.board.findData(world.guardian_id))
    dialog.accept()
    assert _column(page, ReviewTab.NEEDS, 1) == ["Överförmyndarnämnden"]
    assert _column(page, ReviewTab.NEEDS, 3) == ["Open"]

    page.needs.view.setCurrentIndex(page.needs.model.index(0, 0))
    qtbot.keyClick(page.needs.view, Qt.Key.Key_Return)
    edit = page.dialog
    assert isinstance(edit, NeedDialog)
    edit.status.setCurrentIndex(edit.status.findData(NeedStatus.CLOSED.value))
    edit.accept()
    assert page.needs.showing_empty_state()  # open ones only, by default
    page.need_tab.status.setCurrentIndex(1)
    assert _column(page, ReviewTab.NEEDS, 3) == ["Closed"]
    muted = page.needs.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(muted, QBrush)

    page.needs.view.setCurrentIndex(page.needs.model.index(0, 0))
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    page.trigger(ActionId.DELETE_RECORD)
    assert asked == [
        "Delete the development need “Ingen analys av resursfördelning”? Undo brings it back."
    ]
    assert page.needs.model.rowCount() == 0
    assert page.needs.empty.label.text().startswith("No development needs yet")


def test_an_overdue_action_is_shown_in_red_and_actions_are_not_deleted(
    page: ReviewsPage, page_context: PageContext, world: World, qtbot: QtBot
) -> None:
    page.show_tab(ReviewTab.ACTION_PLAN)
    page.trigger(ActionId.NEW_RECORD)
    dialog = page.dialog
    assert isinstance(dialog, ActionDialog)
    type_text(qtbot, dialog.action, "Utbilda alla chefer i jämställdhetsintegrering")
    dialog.article.setCurrentIndex(dialog.article.findData(world.article.value.id))
    type_text(qtbot, dialog.due, "2026-06-30")
    type_text(qtbot, dialog.indicator, "Andel utbildade chefer")
    dialog.accept()

    assert _column(page, ReviewTab.ACTION_PLAN, 0) == ["Art. 11"]
    assert _column(page, ReviewTab.ACTION_PLAN, 4) == ["2026-06-30"]
    colour = page.action_plan.model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(colour, QBrush)
    assert colour.color() == OVERDUE_COLOUR
    page.action_plan.view.setCurrentIndex(page.action_plan.model.index(0, 0))
    assert page.supported_actions() == {ActionId.NEW_RECORD, ActionId.EDIT_RECORD}


def test_an_action_due_date_must_be_a_date(page: ReviewsPage, qtbot: QtBot) -> None:
    page.show_tab(ReviewTab.ACTION_PLAN)
    page.trigger(ActionId.NEW_RECORD)
    dialog = page.dialog
    assert isinstance(dialog, ActionDialog)
    type_text(qtbot, dialog.action, "Ta fram statistik")
    type_text(qtbot, dialog.due, "i vår")
    dialog.accept()
    assert dialog.form.error_for("due_on") == "Write the date as YYYY-MM-DD, not “i vår”."
    assert dialog.action.toPlainText() == "Ta fram statistik"


def test_records_are_opened_on_their_tab_past_the_filters(
    page: ReviewsPage, page_context: PageContext, world: World
) -> None:
    reviews = page_context.services.reviews
    review = reviews.create_review(
        DocumentReview(world.social_id, "Årsredovisning", DocumentKind.ANNUAL_REPORT, D(2026, 3, 1))
    ).value
    need = reviews.create_need(
        DevelopmentNeed("Statistik", D(2026, 1, 1), status=NeedStatus.CLOSED)
    ).value
    item = page_context.services.action_plan.create(ActionPlanItem("Policy")).value
    page.refresh(frozenset())
    page.review_tab.board.setCurrentIndex(page.review_tab.board.findData(world.guardian_id))
    assert page.reviews.showing_empty_state()

    assert page.open_record(RecordRef(RecordKind.REVIEW, review.id or 0))
    assert page.tabs.currentIndex() == ReviewTab.REVIEWS
    assert page.reviews.current_id() == review.id
    assert page.open_record(RecordRef(RecordKind.NEED, need.id or 0))
    assert page.tabs.currentIndex() == ReviewTab.NEEDS
    assert page.needs.current_id() == need.id
    assert page.open_record(RecordRef(RecordKind.ACTION_PLAN, item.id or 0))
    assert page.action_plan.current_id() == item.id
    assert not page.open_record(RecordRef(RecordKind.BOARD, world.social_id))


def test_reviews_sort_by_board_the_swedish_way(
    page: ReviewsPage, page_context: PageContext, world: World
) -> None:
    reviews = page_context.services.reviews
    for board_id in (world.guardian_id, world.social_id):
        reviews.create_review(
            DocumentReview(board_id, "Budget", DocumentKind.BUDGET, D(2026, 1, 1))
        )
    page.refresh(frozenset({RecordKind.REVIEW}))
    page.reviews.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert _column(page, ReviewTab.REVIEWS, 1) == ["Socialnämnden", "Överförmyndarnämnden"]


def test_the_models_pass_the_model_tester_on_the_example(
    example_context: PageContext, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    page = _page(example_context, qtbot)
    assert page.reviews.model.rowCount() == 13
    qtmodeltester.check(page.reviews.model)
    page.need_tab.status.setCurrentIndex(1)
    assert page.needs.model.rowCount() == 8
    qtmodeltester.check(page.needs.model)
    assert page.action_plan.model.rowCount() == 7
    qtmodeltester.check(page.action_plan.model)


def test_column_widths_are_remembered_per_tab(page_context: PageContext, qtbot: QtBot) -> None:
    first = _page(page_context, qtbot)
    first.reviews.view.setColumnWidth(2, 260)
    first.needs.view.setColumnWidth(2, 340)
    second = _page(page_context, qtbot)
    assert second.reviews.view.columnWidth(2) == 260
    assert second.needs.view.columnWidth(2) == 340


def test_the_window_enables_delete_for_a_selected_review_only(
    page_context: PageContext, world: World, qtbot: QtBot
) -> None:
    review = page_context.services.reviews.create_review(
        DocumentReview(world.social_id, "Budget", DocumentKind.BUDGET, D(2026, 1, 1))
    ).value
    pages = (
        PageSpec("boards", "Boards", BoardsPage, frozenset({RecordKind.BOARD})),
        PageSpec("reviews", "Reviews", ReviewsPage, frozenset({RecordKind.REVIEW})),
    )
    window = MainWindow(
        page_context.services, page_context.operations, pages, today=page_context.today
    )
    qtbot.addWidget(window)
    delete = window.action(ActionId.DELETE_RECORD)
    window.open_record(RecordRef(RecordKind.BOARD, world.social_id))
    assert window.action(ActionId.EDIT_RECORD).isEnabled()
    assert not delete.isEnabled()

    window.open_record(RecordRef(RecordKind.REVIEW, review.id or 0))
    assert window.current_page_key() == "reviews"
    assert delete.isEnabled()
    window.page("reviews").show_tab(ReviewTab.ACTION_PLAN)
    assert not delete.isEnabled()
