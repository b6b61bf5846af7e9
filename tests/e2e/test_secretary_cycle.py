"""The secretary's cycle in the real window: plan a dialogue, build its agenda from what is
outstanding, record it from the keyboard, follow up, take a request through its steps,
undo and redo, and find what was said.

Everything the secretary does goes through the widgets she would use; window actions are
triggered as their shortcuts trigger them, and every dialog is answered by the test.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLabel, QTableView, QWidget
from pytestqt.qtbot import QtBot

from jamdesk.domain.meetings import (
    STANDARD_OPENING_ITEMS,
    AgendaItemKind,
    MeetingKind,
    MeetingStatus,
)
from jamdesk.domain.questions import QuestionStatus
from jamdesk.domain.requests import ReportForm, RequestStatus
from jamdesk.services.changes import RecordKind, RecordRef
from jamdesk.services.container import Services
from jamdesk.ui.actions import ActionId
from jamdesk.ui.agenda_editor import AgendaEditor
from jamdesk.ui.commitments_page import CommitmentsPage
from jamdesk.ui.main_window import MainWindow
from jamdesk.ui.meeting_dialog import MeetingDialog
from jamdesk.ui.meeting_recorder import MeetingRecorder
from jamdesk.ui.meetings_page import MeetingsPage
from jamdesk.ui.paged_model import OVERDUE_COLOUR
from jamdesk.ui.questions_page import QuestionsPage
from jamdesk.ui.request_dialogs import AssessDialog, MarkAnsweredDialog
from jamdesk.ui.requests_page import RequestsPage
from jamdesk.ui.search_popup import SearchPopup
from tests.e2e.conftest import (
    EARLIER_DIALOGUE,
    OVERDUE_REQUEST,
    SOCIAL_COMMITMENT,
    TECHNICAL_COMMITMENT,
    TODAY,
    Cast,
    activate,
)

MEETING_DAY = dt.date(2026, 12, 8)

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

FIRST_QUESTION = "Hur fördelas biståndet mellan kvinnor och män?"
FIRST_ANSWER = "Män beviljas oftare fler timmar hemtjänst."
SECOND_QUESTION = "Hur följer ni upp handläggningstiderna?"
# The distinctive word searched for at the end is typed here, in an answer.
SEARCHED_WORD = "väntetidsstatistik"
SECOND_ANSWER = f"Vi för {SEARCHED_WORD} per kön sedan i våras."
NEW_COMMITMENT = "Redovisa hemtjänsttimmar per kön i delårsrapporten"
NEW_COMMITMENT_DUE = dt.date(2027, 4, 30)
NEW_REQUEST = "Fördelning av hemtjänsttimmar per kön och ålder"
REQUEST_DETAILS = "Per kön och åldersgrupp"
NOTES = "Socialchefen redogjorde för läget i hemtjänsten."


# -- what the secretary does ---------------------------------------------------------------


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key; QTest maps only ASCII to keys, so å, ä, ö go as text."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                char,
                Qt.KeyboardModifier.NoModifier,
            )


def focused(window: MainWindow) -> QWidget:
    """Return the widget that has the cursor."""
    widget = window.focusWidget()
    assert widget is not None
    return widget


def press(
    window: MainWindow,
    key: Qt.Key,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Press a key where the cursor is."""
    QTest.keyClick(focused(window), key, modifiers)


def type_here(window: MainWindow, text: str) -> None:
    """Type ``text`` where the cursor is."""
    type_text(focused(window), text)


def tab_into(widget: QWidget, text: str) -> None:
    """Tab into ``widget`` (which selects a date or time field's first section) and type."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    type_text(widget, text)


def trigger(window: MainWindow, action: ActionId) -> None:
    """Do what the action's shortcut does, checking the window offers it now."""
    assert window.action(action).isEnabled(), f"{action} is not enabled"
    window.action(action).trigger()


def listed(table: QTableView) -> list[list[str]]:
    """Return the texts a table shows, row by row."""
    model = table.model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def row_of(table: QTableView, text: str) -> int:
    """Return the row of ``table`` that shows ``text`` in one of its cells."""
    rows = [number for number, cells in enumerate(listed(table)) if text in cells]
    assert len(rows) == 1, f"{text!r} is listed on rows {rows}"
    return rows[0]


def go_to_row(table: QTableView, row: int) -> None:
    """Move to ``row`` of ``table`` with the arrow keys, which selects it."""
    table.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(table, Qt.Key.Key_Home, CTRL)
    for _ in range(row):
        QTest.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == row
    assert table.selectionModel().isRowSelected(row)


def emphasised(table: QTableView, row: int) -> bool:
    """Return whether ``row`` is drawn red and bold, as an overdue record is."""
    index = table.model().index(row, 0)
    brush = index.data(Qt.ItemDataRole.ForegroundRole)
    font = index.data(Qt.ItemDataRole.FontRole)
    return isinstance(brush, QBrush) and brush.color() == OVERDUE_COLOUR and font.bold()


def dialog_of(page: RequestsPage) -> QDialog | None:
    """Return the dialog the page has open (the test answers it, as a secretary would)."""
    return page.dialog


def detail_text(page: RequestsPage | QuestionsPage | CommitmentsPage) -> str:
    """Return the page's detail panel as one line of plain text."""
    return " ".join(page.detail.toPlainText().split())


# -- the cycle -----------------------------------------------------------------------------


def test_a_budget_dialogue_from_planning_to_follow_up(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    cast: Cast,
    message_boxes: list[str],
) -> None:
    # 2. Plan the dialogue; it is listed, selected, with its board and "Planned".
    meetings_page = plan_the_budget_dialogue(qtbot, window)
    [planned_id] = [
        row[0]
        for row in services.database.execute(
            "SELECT id FROM meeting WHERE meeting_date = ?", (MEETING_DAY.isoformat(),)
        )
    ]
    planned = services.meetings.get(planned_id)
    assert (planned.kind, planned.board_ids, planned.start, planned.end, planned.status) == (
        MeetingKind.BUDGET_DIALOGUE,
        (cast.social,),
        dt.time(9, 0),
        dt.time(11, 30),
        MeetingStatus.PLANNED,
    )
    assert meetings_page.selected_meeting_id() == planned.id
    row = meetings_page.table.currentIndex().row()
    assert listed(meetings_page.table)[row] == [
        "2026-12-08",
        "09.00–11.30",
        "Budget dialogue",
        "Socialnämnden",
        "3",
        "Planned",
    ]
    assert window.action(ActionId.UNDO).text() == "&Undo plan meeting"
    assert "Meetings: 3" in [label.text() for label in window.statusBar().findChildren(QLabel)]

    # 3. Enter opens it; the Agenda tab proposes only Socialnämnden's follow-ups.
    meetings_page.table.setFocus()
    QTest.keyClick(meetings_page.table, Qt.Key.Key_Return)
    workspace = meetings_page.workspace
    assert workspace is not None and meetings_page.showing_workspace()
    assert workspace.meeting_id == planned.id
    assert workspace.heading.text() == "Budgetdialog 2027 med Socialnämnden"
    agenda = workspace.tabs.currentWidget()
    assert isinstance(agenda, AgendaEditor)
    assert listed(agenda.proposals) == [
        [
            f"Uppföljning: åtagande – {SOCIAL_COMMITMENT}",
            "Socialnämnden",
            "Commitment not yet kept",
        ],
        [
            f"Återrapportering: {OVERDUE_REQUEST} (förfallen 2026-10-31)",
            "Socialnämnden",
            "Report overdue",
        ],
    ]
    assert not any(
        TECHNICAL_COMMITMENT in cell for cells in listed(agenda.proposals) for cell in cells
    )
    assert emphasised(agenda.proposals, 1) and not emphasised(agenda.proposals, 0)

    agenda.accept_button.setFocus()
    QTest.keyClick(agenda.accept_button, Qt.Key.Key_Space)  # "Add checked to the agenda"
    titles = [agenda.model.index(row).data() for row in range(agenda.model.rowCount())]
    assert titles == [
        *(f"{number}. {title}" for number, title in enumerate(STANDARD_OPENING_ITEMS, 1)),
        f"4. Uppföljning: åtagande – {SOCIAL_COMMITMENT}",
        # The request's diary number goes with it onto the agenda.
        f"5. Återrapportering: {OVERDUE_REQUEST} (förfallen 2026-10-31) (Dnr KS 2026/41)",
    ]
    stored_items = services.agenda.items(planned.id)
    assert [item.kind for item in stored_items] == [
        AgendaItemKind.OPENING,
        AgendaItemKind.OPENING,
        AgendaItemKind.OPENING,
        AgendaItemKind.FOLLOW_UP,
        AgendaItemKind.FOLLOW_UP,
    ]
    assert [link.commitment_id for link in stored_items[3].links] == [cast.social_commitment]
    assert [link.request_id for link in stored_items[4].links] == [cast.overdue_request]
    assert agenda.proposals_state.showing_empty_state()

    # 4. Record: notes, two questions with answers, a commitment and a request, by keyboard.
    recorder = record_the_dialogue(qtbot, window, workspace.recorder, agenda)
    follow_up_item = stored_items[3].id
    at = services.meetings.records_at(planned.id, follow_up_item)
    assert [(q.text, q.answer, q.asked_by_id, q.status) for q in at.questions] == [
        (FIRST_QUESTION, FIRST_ANSWER, cast.chair, QuestionStatus.ANSWERED),
        (SECOND_QUESTION, SECOND_ANSWER, cast.vice_chair, QuestionStatus.ANSWERED),
    ]
    assert {q.addressed_to_id for q in at.questions} == {cast.manager}
    [commitment] = at.commitments
    assert (commitment.description, commitment.due_on, commitment.responsible_id) == (
        NEW_COMMITMENT,
        NEW_COMMITMENT_DUE,
        cast.manager,
    )
    [request] = at.requests
    assert (
        request.subject,
        request.form,
        request.form_details,
        request.status,
        request.due_on,
    ) == (
        NEW_REQUEST,
        ReportForm.STATISTICS_BY_SEX,
        REQUEST_DETAILS,
        RequestStatus.DRAFT,
        dt.date(2027, 1, 23),
    )
    assert services.agenda.items(planned.id)[3].notes == NOTES
    assert [row[0] for row in listed(recorder.recorded_view)] == [
        "Question",
        "Question",
        "Commitment",
        "Reporting request",
    ]

    # 5. The follow-up pages list what was recorded.
    second_question = at.questions[1].id
    assert second_question is not None
    check_the_follow_up_pages(window)

    # 6.-7. The overdue request is answered and assessed; undo and redo the assessment.
    take_the_overdue_request_through_its_steps(window, services, cast)

    # 8. Ctrl+F finds the word typed into an answer and opens the question.
    find_the_answer(qtbot, window, second_question)
    assert message_boxes == []


# -- its steps -----------------------------------------------------------------------------


def plan_the_budget_dialogue(qtbot: QtBot, window: MainWindow) -> MeetingsPage:
    """File → New meeting: a budget dialogue with Socialnämnden only, on 2026-12-08."""
    page = window.page("meetings")
    assert isinstance(page, MeetingsPage)
    seen: dict[str, object] = {}

    def answer(dialog: QDialog) -> int:
        assert isinstance(dialog, MeetingDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        activate(qtbot, dialog)
        assert dialog.windowTitle() == "Plan a meeting"
        tab_into(dialog.kind_box, "B")
        assert dialog.kind_box.currentText() == "Budget dialogue"
        tab_into(dialog.date_edit, "20261208")
        tab_into(dialog.start_edit, "0900")
        tab_into(dialog.end_edit, "1130")
        tab_into(dialog.place_edit, "Sessionssalen")
        tab_into(dialog.title_edit, "Budgetdialog 2027 med Socialnämnden")
        boards = dialog.boards_list
        seen["boards"] = [boards.item(row).text() for row in range(boards.count())]
        boards.setFocus(Qt.FocusReason.TabFocusReason)
        QTest.keyClick(boards, Qt.Key.Key_Home)
        assert boards.currentItem().text() == "Socialnämnden"
        QTest.keyClick(boards, Qt.Key.Key_Space)
        called = dialog.called_list
        seen["called"] = [
            (called.item(row).text(), called.item(row).checkState() == Qt.CheckState.Checked)
            for row in range(called.count())
        ]
        QTest.keyClick(dialog.title_edit, Qt.Key.Key_Return)  # Enter saves
        assert not dialog.isVisible(), dialog.form.general_error.text()
        return dialog.result()

    page.run_dialog = answer
    trigger(window, ActionId.NEW_MEETING)

    assert window.current_page() is page
    assert seen["boards"] == ["Socialnämnden", "Tekniska nämnden"]
    # The delegation serving on the day is called; the board's chair and manager are offered.
    assert seen["called"] == [
        ("Anna Ek — Chair", True),
        ("Bertil Ödman — Vice chair", True),
        ("Cecilia Holm — Member", True),
        ("Karin Öberg — Board representative", False),
        ("Örjan Lindqvist — Official", False),
    ]
    return page


def record_the_dialogue(
    qtbot: QtBot, window: MainWindow, recorder: MeetingRecorder, agenda: AgendaEditor
) -> MeetingRecorder:
    """Switch to the Record tab and record at the first follow-up item by keyboard only."""
    activate(qtbot, window)
    agenda.list.setFocus()
    press(window, Qt.Key.Key_Tab, CTRL)  # to Attendance
    press(window, Qt.Key.Key_Tab, CTRL)  # to Record
    assert recorder.isVisible()
    assert recorder.status_label.text() == "Status: Planned"
    assert recorder.item_title.text() == f"1. {STANDARD_OPENING_ITEMS[0]}"

    recorder.notes.setFocus()  # the secretary clicks into the notes
    for _ in range(3):
        press(window, Qt.Key.Key_PageDown, CTRL)
    assert recorder.item_title.text() == f"4. Uppföljning: åtagande – {SOCIAL_COMMITMENT}"
    type_here(window, NOTES)

    # Ctrl+Shift+Q: asked by, board, addressed to, question, answer; Ctrl+Enter saves.
    press(window, Qt.Key.Key_Q, CTRL_SHIFT)
    form = recorder.question_form
    assert recorder.entry_form() is form and focused(window) is form.asked_by
    type_here(window, "A")
    assert form.asked_by.currentText() == "Anna Ek"
    press(window, Qt.Key.Key_Return)
    assert form.board.currentText() == "Socialnämnden"
    press(window, Qt.Key.Key_Return)
    assert form.addressed_to.currentText() == "Örjan Lindqvist"
    press(window, Qt.Key.Key_Return)
    type_here(window, FIRST_QUESTION)
    press(window, Qt.Key.Key_Return)
    type_here(window, FIRST_ANSWER)
    press(window, Qt.Key.Key_Return, CTRL)
    assert form.text.text() == "" and focused(window) is form.asked_by  # ready for the next

    press(window, Qt.Key.Key_Down)
    assert form.asked_by.currentText() == "Bertil Ödman"
    for _ in range(3):
        press(window, Qt.Key.Key_Return)
    type_here(window, SECOND_QUESTION)
    press(window, Qt.Key.Key_Return)
    type_here(window, SECOND_ANSWER)
    press(window, Qt.Key.Key_Return, CTRL)

    # Ctrl+Shift+C: board, made by, what, responsible, due date; Enter in the last saves.
    press(window, Qt.Key.Key_C, CTRL_SHIFT)
    commitment = recorder.commitment_form
    assert recorder.entry_form() is commitment and focused(window) is commitment.board
    press(window, Qt.Key.Key_Return)
    assert commitment.made_by.currentText() == "Örjan Lindqvist"
    press(window, Qt.Key.Key_Return)
    type_here(window, NEW_COMMITMENT)
    press(window, Qt.Key.Key_Return)
    type_here(window, "Örjan Lindqvist")
    press(window, Qt.Key.Key_Return)
    assert focused(window) is commitment.due
    assert commitment.due.text() == "2027-02-23"  # three months on, unless changed
    press(window, Qt.Key.Key_A, CTRL)
    type_here(window, NEW_COMMITMENT_DUE.isoformat())
    press(window, Qt.Key.Key_Return)

    # Ctrl+Shift+R: board, what to report, form, details, due date.
    press(window, Qt.Key.Key_R, CTRL_SHIFT)
    request = recorder.request_form
    assert recorder.entry_form() is request
    press(window, Qt.Key.Key_Return)
    type_here(window, NEW_REQUEST)
    press(window, Qt.Key.Key_Return)
    type_here(window, "S")
    assert request.form.currentText() == "Statistics by sex"
    press(window, Qt.Key.Key_Return)
    type_here(window, REQUEST_DETAILS)
    press(window, Qt.Key.Key_Return)
    assert focused(window) is request.due
    press(window, Qt.Key.Key_Return)
    assert request.subject.text() == ""  # saved and cleared for the next
    press(window, Qt.Key.Key_Escape)
    assert recorder.entry_form() is None
    assert recorder.notes.hasFocus()
    return recorder


def check_the_follow_up_pages(window: MainWindow) -> None:
    """View → Questions, Commitments, Reporting requests: what was recorded, by status."""
    trigger(window, ActionId.GO_QUESTIONS)
    questions = window.current_page()
    assert isinstance(questions, QuestionsPage)
    assert sorted(listed(questions.table)) == sorted(
        [
            ["2026-12-08", "Budget dialogue", "Socialnämnden", text, "Answered", "2026-12-08"]
            for text in (FIRST_QUESTION, SECOND_QUESTION)
        ]
    )

    trigger(window, ActionId.GO_COMMITMENTS)
    commitments = window.current_page()
    assert isinstance(commitments, CommitmentsPage)
    table = commitments.table
    assert listed(table)[row_of(table, NEW_COMMITMENT)] == [
        "2027-04-30",
        "Socialnämnden",
        NEW_COMMITMENT,
        "Örjan Lindqvist",
        "Open",
        "2026-12-08",
        "Budget dialogue",
    ]
    assert listed(table)[row_of(table, SOCIAL_COMMITMENT)][4] == "Open"
    # Tekniska nämnden's commitment is still open too: it was only left off this agenda.
    assert listed(table)[row_of(table, TECHNICAL_COMMITMENT)][1:5] == [
        "Tekniska nämnden",
        TECHNICAL_COMMITMENT,
        "",
        "Open",
    ]

    trigger(window, ActionId.GO_REQUESTS)
    requests = window.current_page()
    assert isinstance(requests, RequestsPage)
    table = requests.table
    new_row, overdue_row = row_of(table, NEW_REQUEST), row_of(table, OVERDUE_REQUEST)
    assert listed(table)[new_row] == [
        "2027-01-23",
        "Socialnämnden",
        NEW_REQUEST,
        "Statistics by sex",
        "Draft",
        "",
        "",
        "2026-12-08",
        "Budget dialogue",
    ]
    assert listed(table)[overdue_row] == [
        "2026-10-31",
        "Socialnämnden",
        OVERDUE_REQUEST,
        "Statistics by sex",
        "Sent",
        "2026-03-20",
        "",
        "2026-03-10",
        "Results seminar",
    ]
    assert emphasised(table, overdue_row) and not emphasised(table, new_row)


def take_the_overdue_request_through_its_steps(
    window: MainWindow, services: Services, cast: Cast
) -> None:
    """Mark the overdue request answered, assess it, then undo and redo the assessment."""
    requests = window.current_page()
    assert isinstance(requests, RequestsPage)
    table = requests.table
    go_to_row(table, row_of(table, OVERDUE_REQUEST))
    assert requests.current_id == cast.overdue_request
    assert "Overdue Yes" in detail_text(requests)

    trigger(window, ActionId.CHANGE_STATUS)
    answered = dialog_of(requests)
    assert isinstance(answered, MarkAnsweredDialog) and answered.isVisible()
    assert answered.date.date() == QDate(2026, 11, 23)  # today, unless changed
    tab_into(answered.date, "20261120")
    tab_into(answered.diary_number, "KS 2026/388")
    QTest.keyClick(answered.diary_number, Qt.Key.Key_Return)
    assert not answered.isVisible(), answered.form.general_error.text()
    assert dialog_of(requests) is None

    row = row_of(table, OVERDUE_REQUEST)
    assert listed(table)[row][4:7] == ["Answered", "2026-03-20", "2026-11-20"]
    assert not emphasised(table, row)

    trigger(window, ActionId.CHANGE_STATUS)
    assessed = dialog_of(requests)
    assert isinstance(assessed, AssessDialog) and assessed.isVisible()
    assert assessed.sufficient.isChecked()
    note = "Statistiken är uppdelad på kön och räcker."
    tab_into(assessed.note, note)
    QTest.keyClick(assessed.note, Qt.Key.Key_Return)
    assert not assessed.isVisible(), assessed.form.general_error.text()

    history = [
        "2026-03-10 Recorded as Draft",
        "2026-03-20 Draft → Sent",
        "2026-11-20 Sent → Answered",
    ]
    assessment = f"2026-11-23 Answered → Assessed sufficient {note}"
    row = row_of(table, OVERDUE_REQUEST)
    assert listed(table)[row][4:7] == ["Assessed sufficient", "2026-03-20", "2026-11-20"]
    shown = detail_text(requests)
    for fact in (
        "Status Assessed sufficient",
        "Answer received on 2026-11-20",
        "Answer's diary number KS 2026/388",
        "Assessed on 2026-11-23",
        f"Assessment {note}",
        " ".join([*history, assessment]),
    ):
        assert fact in shown
    stored = services.requests.get(cast.overdue_request)
    assert (stored.status, stored.answered_on, stored.assessed_on) == (
        RequestStatus.ASSESSED_SUFFICIENT,
        dt.date(2026, 11, 20),
        TODAY,
    )
    assert [change.changed_on for change in services.requests.history(stored.id or 0)] == [
        EARLIER_DIALOGUE,
        dt.date(2026, 3, 20),
        dt.date(2026, 11, 20),
        TODAY,
    ]

    # 7. Ctrl+Z takes the assessment back; Ctrl+Shift+Z brings it again.
    assert window.action(ActionId.UNDO).text() == "&Undo assess answer to request"
    trigger(window, ActionId.UNDO)
    row = row_of(table, OVERDUE_REQUEST)
    assert listed(table)[row][4] == "Answered"
    shown = detail_text(requests)
    assert " ".join(history) in shown
    assert "Assessed sufficient" not in shown and "Assessed on" not in shown
    stored = services.requests.get(cast.overdue_request)
    assert (stored.status, stored.assessed_on) == (RequestStatus.ANSWERED, None)
    assert len(services.requests.history(cast.overdue_request)) == 3

    assert window.action(ActionId.REDO).text() == "&Redo assess answer to request"
    trigger(window, ActionId.REDO)
    assert listed(table)[row_of(table, OVERDUE_REQUEST)][4] == "Assessed sufficient"
    assert " ".join([*history, assessment]) in detail_text(requests)
    assert services.requests.get(cast.overdue_request).status is RequestStatus.ASSESSED_SUFFICIENT


def find_the_answer(qtbot: QtBot, window: MainWindow, question_id: int) -> None:
    """Ctrl+F, type a word of an answer, Enter: the question is shown on its page."""
    trigger(window, ActionId.FIND)
    popup = window.findChild(SearchPopup)
    assert popup is not None and popup.isVisible()
    assert popup.line_edit.hasFocus() or popup.focusWidget() is popup.line_edit
    type_text(popup.line_edit, SEARCHED_WORD)
    model = popup.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == ["Questions (1)"]
    hit = model.index(0, 0, model.index(0, 0))
    assert hit.data().split("\n")[0] == SECOND_QUESTION
    assert popup.current_ref() == RecordRef(RecordKind.QUESTION, question_id)

    QTest.keyClick(popup.line_edit, Qt.Key.Key_Return)
    assert not popup.isVisible()
    questions = window.current_page()
    assert isinstance(questions, QuestionsPage)
    assert window.current_page_key() == "questions"
    assert questions.current_id == question_id
    table = questions.table
    assert table.selectionModel().isRowSelected(row_of(table, SECOND_QUESTION))
    assert SECOND_ANSWER in questions.detail.toPlainText()
