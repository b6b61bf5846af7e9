"""The minutes tab: draft, write the head and the paragraphs, adjust, correct."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from jamdesk.domain.errors import DomainError
from jamdesk.domain.meetings import (
    AgendaItemKind,
    Attendance,
    Meeting,
    MeetingKind,
    MeetingStatus,
    ParticipantRole,
)
from jamdesk.domain.minutes import MinutesKind
from jamdesk.domain.organisation import Organisation
from jamdesk.domain.people import Person, PersonKind
from jamdesk.domain.requests import ReportForm, ReportingRequest
from jamdesk.services.changes import RecordKind
from jamdesk.services.container import Services
from jamdesk.ui.actions import ActionId
from jamdesk.ui.meeting_workspace import MeetingWorkspace
from jamdesk.ui.messages import error_text
from jamdesk.ui.minutes_editor import MinutesEditor
from jamdesk.ui.page import PageContext

DAY = dt.date(2026, 12, 1)
ADJUSTED_BANNER = "Adjusted on {date}. Adjusted minutes cannot change; make a correction instead."


@dataclass
class Planned:
    """A meeting planned for 2026-12-01 with a chair, a member, a secretary and an agenda."""

    meeting_id: int
    chair_id: int
    member_id: int
    absent_id: int
    secretary_id: int
    board_id: int


def plan_meeting(
    services: Services,
    kind: MeetingKind = MeetingKind.DELEGATION_MEETING,
    organisation: bool = True,
) -> Planned:
    """Plan a meeting with people called to it and one item beyond the opening ones."""
    if organisation:
        services.organisation.set_up(
            Organisation("Sjöviks kommun", "Jämställdhetsdelegationen i Sjövik")
        )

    def person(name: str, kind: PersonKind = PersonKind.POLITICIAN) -> int:
        created = services.people.create(Person(name, kind)).value
        assert created.id is not None
        return created.id

    chair, member = person("Åsa Lindqvist"), person("Örjan Berg")
    absent, secretary = person("Karin Ek"), person("Märta Sekreterare", PersonKind.OFFICIAL)
    with services.database.transaction() as conn:
        board_id = conn.execute(
            "INSERT INTO board (name, kind, active_from) VALUES ('Socialnämnden', 'board',"
            " '2020-01-01')"
        ).lastrowid
    assert board_id is not None
    boards = (board_id,) if kind is not MeetingKind.DELEGATION_MEETING else ()
    meeting = services.meetings.plan_with_participants(
        Meeting(kind, DAY, dt.time(9, 0), place="Kommunhuset", board_ids=boards),
        [
            (chair, ParticipantRole.CHAIR),
            (member, ParticipantRole.MEMBER),
            (absent, ParticipantRole.MEMBER),
            (secretary, ParticipantRole.SECRETARY),
        ],
    ).value
    assert meeting.id is not None
    services.meetings.record_attendance(meeting.id, absent, Attendance.ABSENT)
    item = services.agenda.add_item(
        meeting.id, AgendaItemKind.DECISION, "Begäran om statistik", diary_number="KS 2026/40"
    ).value
    services.requests.create(
        ReportingRequest(
            board_id=board_id,
            subject="Könsuppdelad statistik för hemtjänsten",
            form=ReportForm.STATISTICS_BY_SEX,
            due_on=dt.date(2027, 3, 31),
            created_on=DAY,
            meeting_id=meeting.id,
            agenda_item_id=item.id,
        )
    )
    return Planned(meeting.id, chair, member, absent, secretary, board_id)


def open_editor(qtbot: QtBot, context: PageContext, meeting_id: int) -> MinutesEditor:
    editor = MinutesEditor(context, meeting_id)
    # The meeting's workspace passes every change on to its tabs; here the test does.
    context.operations.changed.connect(editor.refresh)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def drafted(qtbot: QtBot, context: PageContext, kind: MeetingKind) -> tuple[MinutesEditor, Planned]:
    planned = plan_meeting(context.services, kind)
    editor = open_editor(qtbot, context, planned.meeting_id)
    assert editor.draft()
    return editor, planned


def column(editor: MinutesEditor, number: int) -> list[str]:
    model = editor.paragraphs.model
    return [model.index(row, number).data() for row in range(model.rowCount())]


def adjust(editor: MinutesEditor, planned: Planned) -> None:
    """Choose an adjuster and mark the minutes adjusted on 2026-12-04."""
    minutes_id = editor.current_minutes_id()
    assert minutes_id is not None
    service = editor.context.services.minutes
    editor.context.operations.run(
        "choose", lambda: service.set_adjusters(minutes_id, [planned.member_id])
    )
    editor.context.operations.run(
        "adjust", lambda: service.mark_adjusted(minutes_id, dt.date(2026, 12, 4))
    )


# -- drafting ----------------------------------------------------------------------------


def test_a_meeting_without_minutes_offers_to_draft_its_protocol(
    qtbot: QtBot, page_context: PageContext
) -> None:
    planned = plan_meeting(page_context.services)
    editor = open_editor(qtbot, page_context, planned.meeting_id)

    assert editor.empty_title.isVisible()
    assert editor.empty_title.text() == "No minutes yet"
    assert editor.draft_button.text() == "&Draft the protocol"
    assert editor.current_minutes_id() is None
    assert editor.supported_actions() == {ActionId.NEW_RECORD}

    # A planned meeting may be drafted already; the window's "new" drafts too.
    editor.trigger(ActionId.NEW_RECORD)

    assert not editor.empty_title.isVisible()
    minutes_id = editor.current_minutes_id()
    assert minutes_id is not None
    assert column(editor, 0) == ["§ 1", "§ 2", "§ 3", "§ 4"]
    assert column(editor, 1)[3] == "KS 2026/40"
    assert editor.paragraphs.signature.text() == "Signature block: §§ 1–4"
    assert editor.header.secretary.currentText() == "Märta Sekreterare"
    editor.paragraphs.select(editor.paragraphs.model.paragraph(3).id)
    assert "Jämställdhetsdelegationen i Sjövik begär att Socialnämnden senast 2027-03-31" in (
        editor.paragraphs.preview.toPlainText()
    )
    assert editor.focusWidget() is editor.paragraphs.table


def test_undoing_the_draft_shows_the_empty_state_again(
    qtbot: QtBot, page_context: PageContext
) -> None:
    editor, _planned = drafted(qtbot, page_context, MeetingKind.DELEGATION_MEETING)

    page_context.operations.undo_stack.undo()

    assert editor.current_minutes_id() is None
    assert editor.empty_title.isVisible()
    page_context.operations.undo_stack.redo()
    assert editor.current_minutes_id() is not None
    assert editor.paragraphs.model.rowCount() == 4


def test_a_dialogue_is_drafted_as_notes_numbered_one_two_three(
    qtbot: QtBot, page_context: PageContext
) -> None:
    planned = plan_meeting(page_context.services, MeetingKind.BUDGET_DIALOGUE)
    editor = open_editor(qtbot, page_context, planned.meeting_id)
    assert editor.draft_button.text() == "&Draft the notes"

    qtbot.mouseClick(editor.draft_button, Qt.MouseButton.LeftButton)

    assert column(editor, 0) == ["1", "2", "3", "4"]
    assert editor.paragraphs.signature.text() == "4 items"
    minutes = editor.shown_minutes()
    assert minutes is not None and minutes.kind is MinutesKind.NOTES


def test_a_cancelled_meeting_says_why_it_gets_no_minutes(
    qtbot: QtBot, page_context: PageContext
) -> None:
    planned = plan_meeting(page_context.services, MeetingKind.CHECK_IN)
    page_context.services.meetings.set_status(planned.meeting_id, MeetingStatus.CANCELLED)
    editor = open_editor(qtbot, page_context, planned.meeting_id)

    assert not editor.draft()

    assert editor.draft_error.isVisible()
    assert editor.draft_error.text() == "A cancelled meeting has no minutes."
    assert editor.current_minutes_id() is None


# -- the head ------------------------------------------------------------------------------


def test_the_head_is_saved_field_by_field_as_undoable_steps(
    qtbot: QtBot, page_context: PageContext
) -> None:
    editor, planned = drafted(qtbot, page_context, MeetingKind.DELEGATION_MEETING)
    header = editor.header
    minutes_id = editor.current_minutes_id() or 0
    service = page_context.services.minutes

    header.diary_number.setFocus()
    qtbot.keyClicks(header.diary_number, "KS 2026/77")
    qtbot.keyClick(header.diary_number, Qt.Key.Key_Return)
    assert service.get(minutes_id).diary_number == "KS 2026/77"

    # Adjusters come from who takes part; whoever was absent is not offered.
    offered = [header.adjusters.item(row).text() for row in range(header.adjusters.count())]
    assert offered == [
        "Åsa Lindqvist (Chair)",
        "Örjan Berg (Member)",
        "Märta Sekreterare (Secretary)",
    ]
    header.adjusters.setFocus()
    header.adjusters.setCurrentRow(1)
    qtbot.keyClick(header.adjusters, Qt.Key.Key_Space)
    assert service.get(minutes_id).adjuster_ids == (planned.member_id,)

    header.place.setText("Stadshuset")
    header.place.editingFinished.emit()
    header.date.enabled.setChecked(True)
    stored = service.get(minutes_id)
    assert stored.adjustment_place == "Stadshuset"
    assert stored.adjustment_date == dt.date(2026, 12, 1)  # the meeting's day, after today

    page_context.operations.undo_stack.undo()
    page_context.operations.undo_stack.undo()
    assert header.place.text() == ""
    assert not header.date.enabled.isChecked()
    assert header.checked_adjusters() == [planned.member_id]


def test_a_refused_date_of_adjustment_is_explained_next_to_it_and_kept(
    qtbot: QtBot, page_context: PageContext
) -> None:
    editor, _planned = drafted(qtbot, page_context, MeetingKind.DELEGATION_MEETING)
    header = editor.header
    header.date.enabled.setChecked(True)
    header.date.date.setDate(QDate(2026, 11, 20))

    assert not header.save_adjustment()

    assert header.form.error_for("adjustment_date") == (
        "Minutes cannot be adjusted on 2026-11-20, before the meeting (2026-12-01)."
    )
    assert header.date.value() == dt.date(2026, 11, 20)
    # A change made elsewhere redraws the head but keeps what was refused, with its message.
    page_context.operations.changed.emit(frozenset({RecordKind.MINUTES}))
    assert header.date.value() == dt.date(2026, 11, 20)
    assert header.form.error_for("adjustment_date")
    # Saving another field moves on: the head shows what is stored again.
    header.diary_number.setText("KS 2026/78")
    assert header.save_details()
    assert header.date.value() == dt.date(2026, 12, 1)
    assert not header.form.error_for("adjustment_date")


# -- paragraphs ------------------------------------------------------------------------------


def test_paragraphs_are_added_written_and_removed_from_the_window_actions(
    qtbot: QtBot, page_context: PageContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor, _planned = drafted(qtbot, page_context, MeetingKind.DELEGATION_MEETING)
    assert editor.supported_actions() == {
        ActionId.NEW_RECORD,
        ActionId.EDIT_RECORD,
        ActionId.DELETE_RECORD,
    }

    editor.trigger(ActionId.NEW_RECORD)
    dialog = editor.paragraph_dialog
    assert dialog is not None
    dialog.heading.setText("Övrig fråga om jämställdhetsbudgeten")
    dialog.decision.setPlainText("Frågan noteras.")
    dialog.accept()

    assert column(editor, 0)[-1] == "§ 5"
    added = editor.selected_paragraph()
    assert added is not None
    assert added.heading == "Övrig fråga om jämställdhetsbudgeten"

    editor.paragraphs.select(editor.paragraphs.model.paragraph(1).id)
    qtbot.keyClick(editor.paragraphs.table, Qt.Key.Key_Return)
    dialog = editor.paragraph_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.heading.text() == "Val av justerare"
    dialog.decision.setPlainText("Örjan Berg utses att justera protokollet.")
    assert dialog.save_and_next()
    assert dialog.heading.text() == "Godkännande av dagordningen"
    dialog.reject()
    assert "Örjan Berg utses" in editor.paragraphs.model.paragraph(1).decision

    asked: list[str] = []

    def answer(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    editor.paragraphs.select(editor.paragraphs.model.paragraph(3).id)
    editor.trigger(ActionId.DELETE_RECORD)

    assert asked == [
        "Remove § 4 “Begäran om statistik” from the protocol? The paragraphs after it move "
        "up one number."
    ]
    assert column(editor, 2) == [
        "Mötets öppnande",
        "Val av justerare",
        "Godkännande av dagordningen",
        "Övrig fråga om jämställdhetsbudgeten",
    ]
    assert column(editor, 0)[-1] == "§ 4"
    assert editor.selected_paragraph() is not None

    page_context.operations.undo_stack.undo()
    assert column(editor, 2)[3] == "Begäran om statistik"


def test_removing_is_not_done_when_the_secretary_says_no(
    qtbot: QtBot, page_context: PageContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor, _planned = drafted(qtbot, page_context, MeetingKind.BUDGET_DIALOGUE)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)

    assert not editor.remove_paragraph()

    assert editor.paragraphs.model.rowCount() == 4


# -- adjustment ----------------------------------------------------------------------------


def test_marking_adjusted_makes_everything_read_only_and_cannot_be_undone(
    qtbot: QtBot, page_context: PageContext
) -> None:
    editor, planned = drafted(qtbot, page_context, MeetingKind.DELEGATION_MEETING)
    editor.header.adjusters.item(1).setCheckState(Qt.CheckState.Checked)
    # Typed but not yet left: saved before the dialog opens, since it can never be later.
    editor.header.diary_number.setText("KS 2026/90")

    dialog = editor.mark_adjusted()

    assert dialog is not None
    assert page_context.services.minutes.get(editor.current_minutes_id() or 0).diary_number == (
        "KS 2026/90"
    )
    assert "can never change again" in dialog.warning.text()
    dialog.date.setDate(QDate(2026, 12, 4))
    dialog.accept()

    assert editor.versions.banner.isVisible()
    assert editor.versions.banner.text() == ADJUSTED_BANNER.format(date="2026-12-04")
    assert editor.supported_actions() == frozenset()
    assert editor.header.diary_number.isReadOnly()
    assert not editor.header.secretary.isEnabled()
    assert not editor.paragraphs.new_button.isVisible()
    assert not editor.adjust_button.isVisible()
    assert editor.correction_button.isVisible()
    assert editor.edit_paragraph() is None

    failures: list[DomainError] = []
    page_context.operations.failed.connect(failures.append)
    page_context.operations.undo_stack.undo()

    assert len(failures) == 1
    assert error_text(failures[0]).startswith("Adjusted minutes cannot change, so this step")
    assert "make a correction instead" in error_text(failures[0])
    minutes = page_context.services.minutes.get(editor.current_minutes_id() or 0)
    assert minutes.adjusted
    assert editor.versions.banner.text() == ADJUSTED_BANNER.format(date="2026-12-04")
    del planned


def test_a_protocol_without_adjusters_is_not_adjusted(
    qtbot: QtBot, page_context: PageContext
) -> None:
    editor, _planned = drafted(qtbot, page_context, MeetingKind.DELEGATION_MEETING)
    dialog = editor.mark_adjusted()
    assert dialog is not None

    dialog.accept()

    assert dialog.isVisible()
    assert dialog.form.general_error.text() == (
        "Choose at least one adjuster before adjusting a protocol."
    )
    assert not editor.versions.banner.isVisible()


# -- corrections ------------------------------------------------------------------------------


def test_a_correction_is_made_with_a_reason_and_shown_beside_the_original(
    qtbot: QtBot, page_context: PageContext
) -> None:
    editor, planned = drafted(qtbot, page_context, MeetingKind.DELEGATION_MEETING)
    adjust(editor, planned)
    original_id = editor.current_minutes_id()
    assert not editor.versions.selector.isVisible()

    dialog = editor.make_correction()
    assert dialog is not None
    dialog.accept()
    assert (
        dialog.form.error_for("correction_reason")
        == "The reason for the correction cannot be empty."
    )

    dialog.reason.setPlainText("Beslutet i § 4 angav fel nämnd.")
    dialog.accept()

    correction_id = editor.current_minutes_id()
    assert correction_id not in (None, original_id)
    assert editor.versions.selector.isVisible()
    assert [
        editor.versions.selector.itemText(i) for i in range(editor.versions.selector.count())
    ] == [
        "Original protocol",
        "Correction 1 (not adjusted)",
    ]
    assert editor.versions.selector.currentIndex() == 1
    assert editor.header.reason.text() == "Beslutet i § 4 angav fel nämnd."
    assert "A correction of the protocol adjusted on 2026-12-04" in editor.versions.banner.text()
    assert editor.paragraphs.model.rowCount() == 0
    assert editor.paragraphs.state.showing_empty_state()

    # A correction's paragraph says which paragraph of the original it corrects.
    paragraph_dialog = editor.new_paragraph()
    assert paragraph_dialog is not None
    numbers = [paragraph_dialog.number.itemText(i) for i in range(paragraph_dialog.number.count())]
    assert numbers[3] == "§ 4 Begäran om statistik"
    paragraph_dialog.number.setCurrentIndex(3)
    assert paragraph_dialog.heading.text() == "Begäran om statistik"
    paragraph_dialog.sent_to.setText("Vård- och omsorgsnämnden")
    paragraph_dialog.accept()
    assert column(editor, 0) == ["§ 4"]
    assert editor.paragraphs.model.paragraph(0).sent_to == "Vård- och omsorgsnämnden"

    editor.versions.selector.setCurrentIndex(0)
    editor.versions.selector.activated.emit(0)
    assert editor.current_minutes_id() == original_id
    assert editor.paragraphs.model.rowCount() == 4
    assert editor.paragraphs.model.paragraph(3).sent_to == "Socialnämnden"


def test_the_example_protocol_and_its_correction_are_read_only(
    qtbot: QtBot, example_context: PageContext
) -> None:
    row = example_context.services.database.execute(
        "SELECT meeting_id, corrects_id, id FROM minutes WHERE corrects_id IS NOT NULL"
    ).fetchone()
    meeting_id, original_id, correction_id = row
    editor = open_editor(qtbot, example_context, meeting_id)

    assert editor.current_minutes_id() == original_id
    labels = [editor.versions.selector.itemText(i) for i in range(editor.versions.selector.count())]
    assert labels[0] == "Original protocol"
    assert re.fullmatch(r"Correction 1 \(\d{4}-\d\d-\d\d\)", labels[1])
    assert editor.versions.banner.text().startswith("Adjusted on ")

    editor.show_minutes(correction_id)

    assert editor.current_minutes_id() == correction_id
    assert editor.header.reason.text().startswith("En del av informationen")
    assert editor.header.reason.isReadOnly()
    assert editor.paragraphs.model.rowCount() == 1
    assert editor.supported_actions() == frozenset()


# -- in the workspace -------------------------------------------------------------------------


def test_the_minutes_tab_takes_the_window_actions_and_refreshes_with_the_workspace(
    qtbot: QtBot, page_context: PageContext
) -> None:
    planned = plan_meeting(page_context.services)
    workspace = MeetingWorkspace(page_context, planned.meeting_id)
    qtbot.addWidget(workspace)
    page_context.operations.changed.connect(workspace.refresh)
    workspace.show()

    workspace.show_minutes()

    assert workspace.tabs.tabText(workspace.tabs.currentIndex()) == "&Minutes"
    assert workspace.supported_actions() == {ActionId.NEW_RECORD, ActionId.GO_BACK}
    workspace.trigger(ActionId.NEW_RECORD)
    assert workspace.minutes.current_minutes_id() is not None
    assert ActionId.DELETE_RECORD in workspace.supported_actions()

    # The minutes are their own text once drafted: renaming the agenda item leaves them.
    agenda = page_context.services.agenda
    item = agenda.items(planned.meeting_id)[3]
    page_context.operations.run(
        "rename",
        lambda: agenda.update_item(item.id or 0, kind=item.kind, title="Nytt namn"),
    )
    model = workspace.minutes.paragraphs.model
    assert [model.paragraph(row).heading for row in range(model.rowCount())][3] == (
        "Begäran om statistik"
    )


def test_the_tab_letters_are_its_own(qtbot: QtBot, page_context: PageContext) -> None:
    planned = plan_meeting(page_context.services)
    workspace = MeetingWorkspace(page_context, planned.meeting_id)
    qtbot.addWidget(workspace)
    workspace.show()
    workspace.show_minutes()
    # Tabs, "Back", and the tab's own: draft; head, paragraphs, adjust or correct; version.
    expected = {
        "empty": "anrmbd",
        "drafted": "anrmbysjpdugk",
        "adjusted": "anrmbysjpdugk",
        "correction": "anrmbysjpducgko",
    }
    for state in ("empty", "drafted", "adjusted", "correction"):
        if state == "drafted":
            assert workspace.minutes.draft()
        elif state == "adjusted":
            adjust(workspace.minutes, planned)
        elif state == "correction":
            service = page_context.services.minutes
            original = workspace.minutes.current_minutes_id() or 0
            service.create_correction(original, "Fel nämnd.")
            workspace.refresh(frozenset())
            workspace.minutes.show_minutes(service.for_meeting(planned.meeting_id)[1].id or 0)
        letters = _accelerators(workspace)
        assert set(expected[state]) <= set(letters), (state, letters)
        assert len(letters) == len(set(letters)), (state, letters)
        # The menu bar's letters (File, Edit, View, Tools, Help) stay free.
        assert not set(letters) & set("fevth"), (state, letters)


def _accelerators(root: QWidget) -> list[str]:
    """Return the Alt letters of the visible labels, buttons and tabs under ``root``."""
    texts = [
        widget.text()
        for widget in root.findChildren(QWidget)
        if isinstance(widget, QLabel | QAbstractButton) and widget.isVisible()
    ]
    tabs = root.findChildren(type(root.tabs))  # type: ignore[attr-defined]
    for tab_widget in tabs:
        texts += [tab_widget.tabText(i) for i in range(tab_widget.count())]
    letters = []
    for text in texts:
        match = re.search(r"&([^&\s])", text.replace("&&", ""))
        if match:
            letters.append(match.group(1).lower())
    return letters
