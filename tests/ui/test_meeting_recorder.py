"""Recording a live meeting from the keyboard: nothing typed is lost, everything lands right."""

from __future__ import annotations

import datetime as dt

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from jamdesk.domain.goals import Goal, GoalKind
from jamdesk.domain.meetings import Attendance, MeetingStatus
from jamdesk.domain.questions import QuestionStatus
from jamdesk.domain.requests import ReportForm, RequestStatus
from jamdesk.services.changes import RecordKind
from jamdesk.ui.actions import ActionId
from jamdesk.ui.meeting_entry_forms import months_after
from jamdesk.ui.meeting_recorder import MeetingRecorder
from jamdesk.ui.page import PageContext
from tests.ui.test_attendance_editor import Dialogue, build_dialogue, type_text

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def dialogue(page_context: PageContext) -> Dialogue:
    return build_dialogue(page_context.services)


def open_recorder(
    qtbot: QtBot, context: PageContext, meeting_id: int, parent: QWidget | None = None
) -> MeetingRecorder:
    recorder = MeetingRecorder(context, meeting_id, parent)
    # The meeting's workspace passes every change on to the recorder; here the test does.
    context.operations.changed.connect(recorder.refresh)
    if parent is None:
        qtbot.addWidget(recorder)
        recorder.show()
    return recorder


@pytest.fixture
def recorder(qtbot: QtBot, page_context: PageContext, dialogue: Dialogue) -> MeetingRecorder:
    return open_recorder(qtbot, page_context, dialogue.meeting_id)


def focused(recorder: MeetingRecorder) -> QWidget:
    widget = recorder.focusWidget()
    assert widget is not None
    return widget


def press(
    qtbot: QtBot,
    recorder: MeetingRecorder,
    key: Qt.Key,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Press a key where the cursor is, as the secretary would."""
    qtbot.keyClick(focused(recorder), key, modifiers)


def type_here(qtbot: QtBot, recorder: MeetingRecorder, text: str) -> None:
    type_text(qtbot, focused(recorder), text)


def listed(recorder: MeetingRecorder) -> list[list[str]]:
    model = recorder.recorded_model
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def ask(
    qtbot: QtBot, recorder: MeetingRecorder, asker: str | Qt.Key, text: str, answer: str
) -> None:
    """Record a question with Ctrl+Shift+Q, moving from field to field with Enter."""
    press(qtbot, recorder, Qt.Key.Key_Q, CTRL_SHIFT)
    if isinstance(asker, str):
        type_here(qtbot, recorder, asker)  # the combo box jumps to the name typed
    else:
        press(qtbot, recorder, asker)
    press(qtbot, recorder, Qt.Key.Key_Return)  # to the board: the meeting's only one
    press(qtbot, recorder, Qt.Key.Key_Return)  # to whom: the board's manager
    press(qtbot, recorder, Qt.Key.Key_Return)
    type_here(qtbot, recorder, text)
    press(qtbot, recorder, Qt.Key.Key_Return)
    type_here(qtbot, recorder, answer)
    press(qtbot, recorder, Qt.Key.Key_Return)  # the last field: saves


def test_shows_the_agenda_with_the_first_item_being_recorded(
    recorder: MeetingRecorder, qtmodeltester: ModelTester
) -> None:
    qtmodeltester.check(recorder.agenda_model)
    qtmodeltester.check(recorder.recorded_model)

    model = recorder.agenda_model
    titles = [model.index(row).data() for row in range(model.rowCount())]
    assert titles[0] == "1. Mötets öppnande"
    assert titles[3:] == ["4. Budget 2027 för Socialnämnden", "5. Jämställd biståndshandläggning"]
    assert recorder.agenda_view.currentIndex().row() == 0
    assert model.index(0).data(Qt.ItemDataRole.FontRole).bold()
    assert recorder.recorded_empty.showing_empty_state()
    assert recorder.status_label.text() == "Status: Planned"
    assert recorder.supported_actions() == {
        ActionId.NEW_QUESTION,
        ActionId.NEW_COMMITMENT,
        ActionId.NEW_REQUEST,
    }


def test_alt_and_ctrl_page_keys_move_between_items(
    qtbot: QtBot, recorder: MeetingRecorder, dialogue: Dialogue
) -> None:
    recorder.notes.setFocus()
    press(qtbot, recorder, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, recorder, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    press(qtbot, recorder, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert recorder.current_item_id() == dialogue.item_ids[3]
    assert recorder.item_title.text() == "4. Budget 2027 för Socialnämnden"
    assert recorder.agenda_view.currentIndex().row() == 3

    press(qtbot, recorder, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert recorder.current_item_id() == dialogue.item_ids[2]
    press(qtbot, recorder, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    press(qtbot, recorder, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    press(qtbot, recorder, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # stays on the first
    assert recorder.current_item_id() == dialogue.item_ids[0]


def test_two_questions_with_answers_from_the_keyboard(
    qtbot: QtBot,
    recorder: MeetingRecorder,
    page_context: PageContext,
    dialogue: Dialogue,
    qtmodeltester: ModelTester,
) -> None:
    recorder.go_to_item(dialogue.item_ids[3])
    recorder.notes.setFocus()

    ask(qtbot, recorder, "B", "Hur fördelas bistånd mellan kvinnor och män?", "Det följer vi upp.")
    assert recorder.entry_form() is recorder.question_form
    assert focused(recorder) is recorder.question_form.asked_by  # ready for the next one
    # Letters typed at once read as one name ("BA"): the next asker is chosen with Home.
    ask(qtbot, recorder, Qt.Key.Key_Home, "Finns könsuppdelad statistik?", "Ja, från i år.")

    at = page_context.services.meetings.records_at(dialogue.meeting_id, dialogue.item_ids[3])
    assert [q.text for q in at.questions] == [
        "Hur fördelas bistånd mellan kvinnor och män?",
        "Finns könsuppdelad statistik?",
    ]
    assert [q.asked_by_id for q in at.questions] == [dialogue.member_id, dialogue.chair_id]
    for question in at.questions:
        assert question.meeting_id == dialogue.meeting_id
        assert question.agenda_item_id == dialogue.item_ids[3]
        assert question.board_id == dialogue.board_id
        assert question.addressed_to_id == dialogue.manager_id
        assert question.status is QuestionStatus.ANSWERED
        assert question.answered_on == TODAY
    assert [q.answer for q in at.questions] == ["Det följer vi upp.", "Ja, från i år."]
    assert listed(recorder) == [
        [
            "Question",
            "Hur fördelas bistånd mellan kvinnor och män?",
            "Bertil Ödman to Socialnämnden (Örjan Lindqvist)",
            "Det följer vi upp.",
        ],
        [
            "Question",
            "Finns könsuppdelad statistik?",
            "Anna Ek to Socialnämnden (Örjan Lindqvist)",
            "Ja, från i år.",
        ],
    ]
    assert page_context.operations.undo_stack.undoText() == "record question"
    assert recorder.question_form.text.text() == ""
    qtmodeltester.check(recorder.recorded_model)


def test_only_members_present_are_offered_as_askers_once_attendance_is_taken(
    recorder: MeetingRecorder, page_context: PageContext, dialogue: Dialogue
) -> None:
    meetings = page_context.services.meetings
    page_context.operations.run(
        "record attendance",
        lambda: meetings.record_attendance(
            dialogue.meeting_id, dialogue.member_id, Attendance.PRESENT
        ),
    )

    recorder.trigger(ActionId.NEW_QUESTION)
    combo = recorder.question_form.asked_by
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Bertil Ödman",
        "(not recorded)",
    ]


def test_a_commitment_and_a_reporting_request_from_the_keyboard(
    qtbot: QtBot, recorder: MeetingRecorder, page_context: PageContext, dialogue: Dialogue
) -> None:
    item = dialogue.item_ids[4]
    recorder.go_to_item(item)
    recorder.notes.setFocus()

    press(qtbot, recorder, Qt.Key.Key_C, CTRL_SHIFT)
    form = recorder.commitment_form
    assert focused(recorder) is form.board
    assert form.made_by.currentText() == "Örjan Lindqvist"
    press(qtbot, recorder, Qt.Key.Key_Return)  # the board
    press(qtbot, recorder, Qt.Key.Key_Return)  # made by the manager
    type_here(qtbot, recorder, "Ta fram en jämställdhetsanalys av hemtjänsten")
    press(qtbot, recorder, Qt.Key.Key_Return)
    type_here(qtbot, recorder, "Åsa Berg")
    press(qtbot, recorder, Qt.Key.Key_Return)
    assert focused(recorder) is form.due
    press(qtbot, recorder, Qt.Key.Key_Return)  # the default due date: saves

    press(qtbot, recorder, Qt.Key.Key_R, CTRL_SHIFT)
    assert recorder.entry_form() is recorder.request_form
    press(qtbot, recorder, Qt.Key.Key_Return)
    type_here(qtbot, recorder, "Beviljade insatser per kön")
    press(qtbot, recorder, Qt.Key.Key_Return)
    type_here(qtbot, recorder, "S")  # Statistics by sex
    press(qtbot, recorder, Qt.Key.Key_Return)
    type_here(qtbot, recorder, "Per kön och ålder")
    press(qtbot, recorder, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    at = page_context.services.meetings.records_at(dialogue.meeting_id, item)
    [commitment] = at.commitments
    assert commitment.description == "Ta fram en jämställdhetsanalys av hemtjänsten"
    assert (commitment.meeting_id, commitment.agenda_item_id) == (dialogue.meeting_id, item)
    assert commitment.board_id == dialogue.board_id
    assert commitment.made_by_id == dialogue.manager_id
    assert commitment.responsible_id == dialogue.official_id
    assert commitment.created_on == TODAY
    assert commitment.due_on == dt.date(2027, 2, 23) == months_after(TODAY, 3)
    [request] = at.requests
    assert request.subject == "Beviljade insatser per kön"
    assert request.form is ReportForm.STATISTICS_BY_SEX
    assert request.form_details == "Per kön och ålder"
    assert (request.meeting_id, request.agenda_item_id) == (dialogue.meeting_id, item)
    assert request.board_id == dialogue.board_id
    assert request.status is RequestStatus.DRAFT
    assert request.due_on == dt.date(2027, 1, 23)
    assert [row[0] for row in listed(recorder)] == ["Commitment", "Reporting request"]
    assert listed(recorder)[0][2:] == ["Örjan Lindqvist, Socialnämnden", "Due 2027-02-23"]
    assert listed(recorder)[1][3] == "Due 2027-01-23 · Statistics by sex · Draft"


def test_a_question_answered_later_with_f2(
    qtbot: QtBot, recorder: MeetingRecorder, page_context: PageContext, dialogue: Dialogue
) -> None:
    recorder.notes.setFocus()
    ask(qtbot, recorder, "C", "När kommer analysen?", "")
    [question] = page_context.services.meetings.records_at(
        dialogue.meeting_id, dialogue.item_ids[0]
    ).questions
    assert question.status is QuestionStatus.OPEN
    assert listed(recorder)[0][3] == "No answer yet"

    recorder.recorded_view.setFocus()
    recorder.recorded_view.selectRow(0)
    assert ActionId.EDIT_RECORD in recorder.supported_actions()
    press(qtbot, recorder, Qt.Key.Key_F2)
    assert recorder.entry_form() is recorder.answer_form
    type_here(qtbot, recorder, "I mars.")
    press(qtbot, recorder, Qt.Key.Key_Return)

    answered = page_context.services.questions.get(question.id or 0)
    assert (answered.answer, answered.status) == ("I mars.", QuestionStatus.ANSWERED)
    assert listed(recorder)[0][3] == "I mars."
    assert recorder.entry_form() is None


def test_goals_are_ticked_with_space_and_enter_in_the_list_saves(
    qtbot: QtBot, page_context: PageContext, dialogue: Dialogue
) -> None:
    goal = page_context.services.goals.create(
        Goal(GoalKind.NATIONAL, "Ekonomisk jämställdhet", code="2")
    ).value
    recorder = open_recorder(qtbot, page_context, dialogue.meeting_id)
    recorder.trigger(ActionId.NEW_QUESTION)
    form = recorder.question_form
    form.text.setFocus()
    type_here(qtbot, recorder, "Hur fördelas försörjningsstödet?")
    form.goals.setFocus()
    form.goals.setCurrentRow(0)
    press(qtbot, recorder, Qt.Key.Key_Space)
    press(qtbot, recorder, Qt.Key.Key_Return)

    [question] = page_context.services.meetings.records_at(
        dialogue.meeting_id, dialogue.item_ids[0]
    ).questions
    assert question.goal_ids == (goal.id,)
    assert form.goal_ids() == []


def test_refusals_show_next_to_the_field_and_keep_the_text(
    qtbot: QtBot, recorder: MeetingRecorder, page_context: PageContext, dialogue: Dialogue
) -> None:
    recorder.trigger(ActionId.NEW_COMMITMENT)
    form = recorder.commitment_form
    form.description.setFocus()
    type_here(qtbot, recorder, "Redovisa utfallet")
    form.due.setFocus()
    form.due.selectAll()
    press(qtbot, recorder, Qt.Key.Key_Delete)
    press(qtbot, recorder, Qt.Key.Key_Return)

    assert "needs a due date" in form.error_for("due_on")
    assert form.description.text() == "Redovisa utfallet"
    assert focused(recorder) is form.due

    recorder.trigger(ActionId.NEW_QUESTION)
    question = recorder.question_form
    question.answer.setFocus()
    type_here(qtbot, recorder, "Ett svar utan fråga")
    press(qtbot, recorder, Qt.Key.Key_Return)
    assert question.error_for("text") == "The question cannot be empty."
    assert question.answer.text() == "Ett svar utan fråga"

    at = page_context.services.meetings.records_at(dialogue.meeting_id, dialogue.item_ids[0])
    assert (at.questions, at.commitments) == ((), ())


def test_escape_closes_the_form_and_keeps_what_was_typed(
    qtbot: QtBot, recorder: MeetingRecorder
) -> None:
    recorder.trigger(ActionId.NEW_REQUEST)
    recorder.request_form.subject.setFocus()
    type_here(qtbot, recorder, "Halvårsrapport")
    press(qtbot, recorder, Qt.Key.Key_Escape)

    assert recorder.entry_form() is None
    assert focused(recorder) is recorder.notes
    recorder.trigger(ActionId.NEW_REQUEST)
    assert recorder.request_form.subject.text() == "Halvårsrapport"


def stored_notes(context: PageContext, item_id: int) -> str:
    return context.services.agenda.get_item(item_id).notes


def test_notes_typed_are_saved_when_the_recorder_closes(
    qtbot: QtBot, recorder: MeetingRecorder, page_context: PageContext, dialogue: Dialogue
) -> None:
    recorder.notes.setFocus()
    type_here(qtbot, recorder, "Ordföranden öppnade mötet.")
    assert stored_notes(page_context, dialogue.item_ids[0]) == ""

    recorder.close()

    assert stored_notes(page_context, dialogue.item_ids[0]) == "Ordföranden öppnade mötet."
    assert page_context.operations.undo_stack.undoText() == "write notes"


def test_notes_are_saved_when_the_recorder_is_destroyed_with_its_window(
    qtbot: QtBot, page_context: PageContext, dialogue: Dialogue
) -> None:
    # Never shown, so deleting it sends no hide or close event: only ``destroyed`` is left.
    window = QWidget()
    recorder = open_recorder(qtbot, page_context, dialogue.meeting_id, window)
    type_text(qtbot, recorder.notes, "Anteckning före krasch")
    steps = page_context.operations.undo_stack.count()

    shiboken6.delete(window)

    assert stored_notes(page_context, dialogue.item_ids[0]) == "Anteckning före krasch"
    assert page_context.operations.undo_stack.count() == steps + 1


def test_notes_saved_as_typing_pauses_and_on_leaving_the_item_undo_in_one_step(
    qtbot: QtBot, recorder: MeetingRecorder, page_context: PageContext, dialogue: Dialogue
) -> None:
    undo_stack = page_context.operations.undo_stack
    steps = undo_stack.count()
    recorder.notes.setFocus()
    type_here(qtbot, recorder, "Första")
    qtbot.waitUntil(lambda: stored_notes(page_context, dialogue.item_ids[0]) == "Första")
    assert recorder.notes_status.text() == "Notes saved."
    type_here(qtbot, recorder, " och andra")
    qtbot.waitUntil(lambda: stored_notes(page_context, dialogue.item_ids[0]) == "Första och andra")

    type_here(qtbot, recorder, " och tredje")
    press(qtbot, recorder, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert stored_notes(page_context, dialogue.item_ids[0]) == "Första och andra och tredje"
    assert recorder.notes.toPlainText() == ""

    # Three saves of the same item's notes are one undo step: it takes all of them back.
    assert undo_stack.count() == steps + 1
    assert undo_stack.undoText() == "write notes"
    undo_stack.undo()
    assert stored_notes(page_context, dialogue.item_ids[0]) == ""
    assert not undo_stack.canUndo()
    press(qtbot, recorder, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert recorder.notes.toPlainText() == ""


def test_notes_of_two_items_undo_in_two_steps(
    qtbot: QtBot, recorder: MeetingRecorder, page_context: PageContext, dialogue: Dialogue
) -> None:
    first, second = dialogue.item_ids[:2]
    undo_stack = page_context.operations.undo_stack
    recorder.notes.setFocus()
    type_here(qtbot, recorder, "Mötet öppnades 13.00.")
    press(qtbot, recorder, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    type_here(qtbot, recorder, "Anna Ek valdes att justera.")
    press(qtbot, recorder, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert stored_notes(page_context, second) == "Anna Ek valdes att justera."

    undo_stack.undo()

    assert stored_notes(page_context, second) == ""
    assert stored_notes(page_context, first) == "Mötet öppnades 13.00."
    assert recorder.notes.toPlainText() == "Mötet öppnades 13.00."
    undo_stack.undo()
    assert stored_notes(page_context, first) == ""
    assert recorder.notes.toPlainText() == ""


def test_undo_takes_back_notes_shown_in_the_editor(
    qtbot: QtBot, recorder: MeetingRecorder, page_context: PageContext, dialogue: Dialogue
) -> None:
    recorder.notes.setFocus()
    type_here(qtbot, recorder, "Utkast")
    assert recorder.save_notes()

    page_context.operations.undo_stack.undo()

    assert recorder.notes.toPlainText() == ""
    page_context.operations.undo_stack.redo()
    assert recorder.notes.toPlainText() == "Utkast"


def test_undo_removes_a_recorded_question_from_the_list(
    qtbot: QtBot, recorder: MeetingRecorder, page_context: PageContext
) -> None:
    recorder.notes.setFocus()
    ask(qtbot, recorder, "A", "Vem leder arbetet?", "Förvaltningschefen.")
    assert len(listed(recorder)) == 1

    page_context.operations.undo_stack.undo()

    assert listed(recorder) == []
    assert recorder.recorded_empty.showing_empty_state()


def test_mark_meeting_held_from_the_header(
    qtbot: QtBot, recorder: MeetingRecorder, page_context: PageContext, dialogue: Dialogue
) -> None:
    qtbot.keyClick(recorder.mark_held_button, Qt.Key.Key_Space)

    assert page_context.services.meetings.get(dialogue.meeting_id).status is MeetingStatus.HELD
    assert recorder.status_label.text() == "Status: Held"
    assert not recorder.mark_held_button.isEnabled()


def test_refresh_ignores_changes_it_does_not_show(
    recorder: MeetingRecorder, page_context: PageContext, dialogue: Dialogue
) -> None:
    page_context.services.agenda.update_item(
        dialogue.item_ids[0], kind=recorder.agenda_model.items[0].kind, title="Öppnande", notes=""
    )
    recorder.refresh(frozenset({RecordKind.REVIEW}))
    assert recorder.agenda_model.index(0).data() == "1. Mötets öppnande"
    recorder.refresh(frozenset({RecordKind.AGENDA}))
    assert recorder.agenda_model.index(0).data() == "1. Öppnande"
