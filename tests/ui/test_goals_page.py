"""The Goals page and the goal picker: goals as data, retired rather than deleted."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from jamdesk.domain.goals import Goal, GoalKind
from jamdesk.services.changes import RecordKind, RecordRef
from jamdesk.ui.actions import ActionId
from jamdesk.ui.goal_dialog import GoalDialog
from jamdesk.ui.goal_picker import GoalPicker
from jamdesk.ui.goals_page import GoalsPage
from jamdesk.ui.page import PageContext


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


def _page(context: PageContext, qtbot: QtBot) -> GoalsPage:
    page = GoalsPage(context)
    qtbot.addWidget(page)
    context.operations.changed.connect(page.refresh)  # as the window does
    return page


@pytest.fixture
def page(page_context: PageContext, qtbot: QtBot) -> GoalsPage:
    return _page(page_context, qtbot)


def _column(page: GoalsPage, column: int) -> list[str]:
    return [page.model.index(row, column).data() for row in range(page.model.rowCount())]


def _goal(context: PageContext, kind: GoalKind, code: str, title: str) -> int:
    return context.services.goals.create(Goal(kind, title, code=code)).value.id or 0


def test_an_empty_store_shows_how_to_begin(page: GoalsPage) -> None:
    assert page.showing_empty_state()
    assert page.table.empty.label.text().startswith("No goals yet")
    assert page.supported_actions() == {ActionId.NEW_RECORD}


def test_a_charter_article_is_added_from_the_keyboard(
    page: GoalsPage, page_context: PageContext, qtbot: QtBot
) -> None:
    page.set_kind(GoalKind.CHARTER)
    page.trigger(ActionId.NEW_RECORD)
    dialog = page.dialog
    assert isinstance(dialog, GoalDialog)
    assert dialog.kind.currentData() == GoalKind.CHARTER.value  # the kind shown
    type_text(qtbot, dialog.code, "Art. 33")
    type_text(qtbot, dialog.title, "Artikel 33 – Jämställd digitalisering")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    assert _column(page, 1) == ["Art. 33"]
    assert _column(page, 0) == ["Charter article"]
    assert dialog.saved is not None
    assert page.table.current_id() == dialog.saved.id
    page_context.operations.undo_stack.undo()
    assert page_context.services.goals.list_goals() == []


def test_a_missing_title_and_a_used_code_are_refused_next_to_their_fields(
    page: GoalsPage, page_context: PageContext, qtbot: QtBot
) -> None:
    _goal(page_context, GoalKind.OWN, "M1", "Jämställd service")
    dialog = page.new_record()
    type_text(qtbot, dialog.code, "M1")
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.form.error_for("title") == "The title cannot be empty."

    type_text(qtbot, dialog.title, "Trygg miljö")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.form.error_for("code") == (
        "The code M1 is already used by “Jämställd service” (Own goal)."
    )
    assert dialog.form.error_for("title") == ""
    assert dialog.title.text() == "Trygg miljö"


def test_editing_a_goal_changes_its_title(
    page: GoalsPage, page_context: PageContext, qtbot: QtBot
) -> None:
    _goal(page_context, GoalKind.NATIONAL, "5", "Jämställd hälsa")
    page.refresh(frozenset())
    page.table.view.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table.view, Qt.Key.Key_Return)
    dialog = page.dialog
    assert dialog is not None
    assert dialog.title.text() == "Jämställd hälsa"
    dialog.title.selectAll()
    type_text(qtbot, dialog.title, "Jämställd hälsa, vård och omsorg")
    dialog.accept()
    assert _column(page, 2) == ["Jämställd hälsa, vård och omsorg"]


def test_a_goal_is_retired_greyed_and_offered_again(
    page: GoalsPage, page_context: PageContext
) -> None:
    goal_id = _goal(page_context, GoalKind.OWN, "M1", "Jämställd service")
    _goal(page_context, GoalKind.OWN, "M2", "Jämställd resursfördelning")
    page.refresh(frozenset())
    page.table.select(goal_id)
    assert ActionId.DELETE_RECORD not in page.supported_actions()
    page.deactivate_button.click()

    assert page.show_retired.isChecked()
    row = _column(page, 1).index("M1")
    assert page.model.index(row, 3).data() == "retired"
    assert isinstance(page.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole), QBrush)
    assert page.reactivate_button.isEnabled()
    page.show_retired.setChecked(False)
    assert _column(page, 1) == ["M2"]

    assert page_context.operations.undo_stack.undoText() == "deactivate goal"
    page_context.operations.undo_stack.undo()
    assert _column(page, 1) == ["M1", "M2"]
    assert page.open_record(RecordRef(RecordKind.GOAL, goal_id))
    assert page.table.current_id() == goal_id
    assert page.deactivate_button.isEnabled()
    assert not page.reactivate_button.isEnabled()


def test_goals_are_grouped_by_kind_and_filtered(page: GoalsPage, page_context: PageContext) -> None:
    _goal(page_context, GoalKind.CHARTER, "Art. 10", "Artikel 10")
    _goal(page_context, GoalKind.CHARTER, "Art. 2", "Artikel 2")
    _goal(page_context, GoalKind.NATIONAL, "1", "Makt och inflytande")
    _goal(page_context, GoalKind.OWN, "M1", "Service")
    page.refresh(frozenset())
    assert _column(page, 1) == ["M1", "1", "Art. 2", "Art. 10"]
    page.set_kind(GoalKind.CHARTER)
    assert _column(page, 1) == ["Art. 2", "Art. 10"]
    page.set_kind(GoalKind.NATIONAL)
    assert _column(page, 1) == ["1"]
    page.set_kind(None)
    assert page.model.rowCount() == 4


def test_titles_sort_the_swedish_way(page: GoalsPage, page_context: PageContext) -> None:
    for title in ("Öppenhet", "Ålder", "Zonindelning", "Ytor"):
        _goal(page_context, GoalKind.OWN, "", title)
    page.refresh(frozenset())
    page.table.view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert _column(page, 2) == ["Ytor", "Zonindelning", "Ålder", "Öppenhet"]


def test_the_model_passes_the_model_tester_on_the_example(
    example_context: PageContext, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    page = _page(example_context, qtbot)
    assert page.model.rowCount() == 42
    qtmodeltester.check(page.model)


def test_column_widths_are_remembered(page_context: PageContext, qtbot: QtBot) -> None:
    _page(page_context, qtbot).table.view.setColumnWidth(2, 305)
    assert _page(page_context, qtbot).table.view.columnWidth(2) == 305


@pytest.fixture
def picker(page_context: PageContext) -> Iterator[GoalPicker]:
    """Return a picker that outlives the model tester: its tree's model is Qt's own."""
    picker = GoalPicker()
    yield picker
    picker.deleteLater()


def test_the_goal_picker_groups_by_kind_and_hides_retired_goals_not_chosen(
    picker: GoalPicker, page_context: PageContext, qtmodeltester: ModelTester
) -> None:
    own = _goal(page_context, GoalKind.OWN, "M1", "Service")
    health = _goal(page_context, GoalKind.NATIONAL, "5", "Jämställd hälsa")
    old = _goal(page_context, GoalKind.OWN, "M0", "Gammalt mål")
    unused = _goal(page_context, GoalKind.OWN, "M9", "Oanvänt gammalt mål")
    goals = page_context.services.goals
    goals.set_active(old, False)
    goals.set_active(unused, False)
    picker.set_goals(goals.list_goals(include_inactive=True), selected=(old,))
    qtmodeltester.check(picker.tree.model())

    assert picker.offered_ids() == (old, own, health)
    assert picker.selected_ids() == (old,)
    groups = [picker.tree.topLevelItem(row) for row in range(2)]
    assert [group.text(0) for group in groups if group] == [
        "Own goal (1 chosen)",
        "National sub-goal",
    ]
    assert picker.set_checked(health, True)
    assert not picker.set_checked(unused, True)
    assert picker.selected_ids() == tuple(sorted((health, old)))
    picker.filter.setText("hälsa")
    assert [group.isHidden() for group in groups if group] == [True, False]
