"""The question bank's editor: filters, writing and retiring questions, and its pick mode."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from jamdesk.domain.goals import Goal, GoalKind
from jamdesk.domain.meetings import AgendaItemKind, Meeting, MeetingKind
from jamdesk.domain.question_bank import MethodStep
from jamdesk.ui.page import PageContext
from jamdesk.ui.question_bank_dialog import BankColumn, QuestionBankDialog


def open_bank(qtbot: QtBot, context: PageContext, **kwargs: int) -> QuestionBankDialog:
    dialog = QuestionBankDialog(context, None, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def texts(dialog: QuestionBankDialog) -> list[str]:
    return [dialog.model.entry(row).text for row in range(dialog.model.rowCount())]


def choose(combo_owner: QuestionBankDialog, combo_name: str, value: object) -> None:
    combo = getattr(combo_owner, combo_name)
    combo.setCurrentIndex(combo.findData(value))


def test_the_starter_set_is_listed_and_filtered_by_kind_step_and_goal(
    qtbot: QtBot, page_context: PageContext
) -> None:
    dialog = open_bank(qtbot, page_context)
    assert dialog.model.rowCount() == 22
    assert dialog.model.index(0, BankColumn.STEP).data() == "Representation"
    assert "Budget dialogue" in dialog.model.index(0, BankColumn.KINDS).data()

    choose(dialog, "kind_filter", MeetingKind.BUDGET_DIALOGUE.value)
    budget = dialog.model.rowCount()
    assert 0 < budget < 22
    choose(dialog, "step_filter", MethodStep.REALISE.value)
    assert [dialog.model.index(row, BankColumn.STEP).data() for row in range(2)] == [
        "Realise (4R)",
        "Realise (4R)",
    ]
    assert dialog.model.rowCount() == 2

    choose(dialog, "kind_filter", MeetingKind.DELEGATION_MEETING.value)
    assert dialog.list_state.showing_empty_state()
    assert "match the filters" in dialog.list_state.label.text()


def test_a_goal_filter_lists_the_questions_tagged_with_it(
    qtbot: QtBot, page_context: PageContext
) -> None:
    goal = page_context.services.goals.create(Goal(GoalKind.NATIONAL, "Jämställd hälsa", "5"))
    goal_id = goal.value.id
    dialog = open_bank(qtbot, page_context)
    assert dialog.goal_filter.findData(goal_id) > 0
    dialog.new_entry()
    entry_dialog = dialog.entry_dialog
    assert entry_dialog is not None
    entry_dialog.text.setText("Hur mår kvinnor och män i hemtjänsten?")
    entry_dialog.set_kinds([MeetingKind.CHECK_IN])
    entry_dialog.set_goals([goal_id] if goal_id is not None else [])
    entry_dialog.accept()

    choose(dialog, "goal_filter", goal_id)

    assert texts(dialog) == ["Hur mår kvinnor och män i hemtjänsten?"]
    assert dialog.model.index(0, BankColumn.GOALS).data() == "5 Jämställd hälsa"


def test_a_new_question_is_saved_and_selected_or_refused_by_the_field(
    qtbot: QtBot, page_context: PageContext
) -> None:
    dialog = open_bank(qtbot, page_context)
    choose(dialog, "kind_filter", MeetingKind.RESULTS_SEMINAR.value)
    entry_dialog = dialog.new_entry()
    # A new question starts tagged with the kind filtered on.
    assert entry_dialog.kinds[MeetingKind.RESULTS_SEMINAR].isChecked()

    entry_dialog.accept()
    assert entry_dialog.isVisible()
    assert entry_dialog.form.error_for("text") == "The question cannot be empty."

    # QTest types ASCII only; the Swedish letters go in as pasted text.
    entry_dialog.text.insert("Hur fördelas föreningsbidragen?")
    entry_dialog.set_kinds([])
    entry_dialog.accept()
    assert entry_dialog.isVisible()
    assert "at least one kind" in entry_dialog.form.error_for("meeting_kinds")
    assert entry_dialog.text.text() == "Hur fördelas föreningsbidragen?"

    entry_dialog.kinds[MeetingKind.RESULTS_SEMINAR].setChecked(True)
    entry_dialog.step.setCurrentIndex(entry_dialog.step.findData(MethodStep.RESOURCES.value))
    entry_dialog.accept()

    assert not entry_dialog.isVisible()
    assert texts(dialog)[-1] == "Hur fördelas föreningsbidragen?"
    assert dialog.selected_ids() == [entry_dialog.saved_entry_id]
    row = dialog.model.rowCount() - 1
    assert dialog.model.index(row, BankColumn.STEP).data() == "Resources"
    assert page_context.operations.undo_stack.undoText() == "add bank question"
    page_context.operations.undo_stack.undo()
    assert "Hur fördelas föreningsbidragen?" not in texts(dialog)


def test_editing_a_question_changes_its_text(qtbot: QtBot, page_context: PageContext) -> None:
    dialog = open_bank(qtbot, page_context)
    first = dialog.model.entry(0)
    assert first.id is not None
    dialog.select_entry(first.id)

    entry_dialog = dialog.edit_entry()
    assert entry_dialog is not None
    assert entry_dialog.text.text() == first.text
    assert entry_dialog.step.currentData() == MethodStep.REPRESENTATION.value
    entry_dialog.text.setText("Hur många kvinnor och män tar del av verksamheten?")
    entry_dialog.accept()

    assert texts(dialog)[0] == "Hur många kvinnor och män tar del av verksamheten?"
    assert page_context.services.question_bank.get(first.id).meeting_kinds == first.meeting_kinds


def test_a_retired_question_leaves_the_list_until_shown_and_offered_again(
    qtbot: QtBot, page_context: PageContext
) -> None:
    dialog = open_bank(qtbot, page_context)
    first = dialog.model.entry(0)
    assert first.id is not None
    dialog.select_entry(first.id)
    assert dialog.active_button.text() == "Re&tire"

    dialog.active_button.click()

    assert first.text not in texts(dialog)
    dialog.show_inactive.setChecked(True)
    assert texts(dialog)[0] == first.text
    assert dialog.model.index(0, BankColumn.IN_USE).data() == "No"
    assert dialog.model.index(0, BankColumn.TEXT).data(Qt.ItemDataRole.FontRole).italic()
    dialog.select_entry(first.id)
    assert dialog.active_button.text() == "Of&fer again"
    dialog.active_button.click()
    assert dialog.model.index(0, BankColumn.IN_USE).data() == "Yes"
    assert page_context.services.question_bank.get(first.id).active


def test_deleting_asks_first_naming_the_question(
    qtbot: QtBot, page_context: PageContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_bank(qtbot, page_context)
    first = dialog.model.entry(0)
    assert first.id is not None
    dialog.select_entry(first.id)
    asked: list[str] = []
    replies = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return replies.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog.delete_button.click()
    assert dialog.model.rowCount() == 22
    dialog.delete_button.click()

    assert asked[0].startswith("Delete “Hur många kvinnor och män")
    assert dialog.model.rowCount() == 21
    assert first.text not in texts(dialog)


def test_pick_mode_adds_the_selected_questions_or_says_to_choose(
    qtbot: QtBot, page_context: PageContext
) -> None:
    meeting = page_context.services.meetings.plan(
        Meeting(MeetingKind.DELEGATION_MEETING, dt.date(2026, 12, 1), dt.time(9, 0))
    ).value
    assert meeting.id is not None
    dialog = open_bank(qtbot, page_context, pick_for_meeting=meeting.id)
    assert dialog.kind_filter.currentData() == MeetingKind.DELEGATION_MEETING.value
    assert dialog.model.rowCount() == 2
    assert not dialog.new_button.isVisibleTo(dialog)
    add = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not add.isEnabled()

    dialog.accept()
    assert not dialog.error.isHidden()
    assert dialog.error.text() == "Choose at least one question from the bank."

    dialog.table.selectAll()
    assert add.isEnabled()
    dialog.accept()

    items = page_context.services.agenda.items(meeting.id)
    assert [item.kind for item in items[3:]] == [AgendaItemKind.QUESTION] * 2
    assert [item.title for item in items[3:]] == texts(dialog)
    assert dialog.added_item_ids == [item.id for item in items[3:]]


def test_the_bank_model_passes_the_model_tester(
    qtbot: QtBot, page_context: PageContext, qtmodeltester: ModelTester
) -> None:
    dialog = open_bank(qtbot, page_context)
    qtmodeltester.check(dialog.model)


def test_the_editor_answers_the_windows_keys(
    qtbot: QtBot, page_context: PageContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_bank(qtbot, page_context)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    first = dialog.model.entry(0)
    assert first.id is not None
    dialog.select_entry(first.id)
    dialog.table.setFocus()

    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
    assert dialog.entry_dialog is not None
    assert dialog.entry_dialog.text.text() == first.text
    dialog.entry_dialog.reject()

    qtbot.keyClick(
        dialog.table,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert dialog.entry_dialog.text.text() == ""
    dialog.entry_dialog.reject()

    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert len(asked) == 1
    assert dialog.model.rowCount() == 22
