"""Taking attendance from the keyboard: each change stored at once and undoable."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from jamdesk.domain.boards import Board, BoardKind
from jamdesk.domain.meetings import (
    AgendaItemKind,
    Attendance,
    Meeting,
    MeetingKind,
    Participant,
    ParticipantRole,
)
from jamdesk.domain.people import DelegationMembership, DelegationRole, Person, PersonKind
from jamdesk.services.container import Services
from jamdesk.ui.actions import ActionId
from jamdesk.ui.attendance_editor import AttendanceEditor
from jamdesk.ui.attendance_model import AttendanceColumn
from jamdesk.ui.page import PageContext

MEETING_DAY = dt.date(2026, 11, 23)


@dataclass(frozen=True)
class Dialogue:
    """A planned budget dialogue with one board, its agenda and the members called."""

    meeting_id: int
    board_id: int
    manager_id: int
    chair_id: int
    member_id: int
    substitute_id: int
    official_id: int
    item_ids: tuple[int, ...]


def _person(services: Services, name: str, kind: PersonKind, board_id: int | None = None) -> int:
    person = services.people.create(Person(name, kind, board_id=board_id)).value
    assert person.id is not None
    return person.id


def _seat(services: Services, person_id: int, role: DelegationRole) -> None:
    services.people.add_membership(DelegationMembership(person_id, role, dt.date(2023, 1, 1)))


def build_dialogue(services: Services) -> Dialogue:
    """Plan a budget dialogue with Socialnämnden through the services, as a secretary would."""
    manager = _person(services, "Örjan Lindqvist", PersonKind.OFFICIAL)
    board = services.boards.create(
        Board("Socialnämnden", BoardKind.BOARD, dt.date(2020, 1, 1), manager_id=manager)
    ).value
    assert board.id is not None
    official = _person(services, "Åsa Berg", PersonKind.OFFICIAL, board.id)
    chair = _person(services, "Anna Ek", PersonKind.POLITICIAN)
    member = _person(services, "Bertil Ödman", PersonKind.POLITICIAN)
    substitute = _person(services, "Cecilia Holm", PersonKind.POLITICIAN)
    _seat(services, chair, DelegationRole.CHAIR)
    _seat(services, member, DelegationRole.MEMBER)
    _seat(services, substitute, DelegationRole.SUBSTITUTE)
    meeting = services.meetings.plan(
        Meeting(
            MeetingKind.BUDGET_DIALOGUE,
            MEETING_DAY,
            dt.time(13, 0),
            dt.time(15, 0),
            place="Sessionssalen",
            board_ids=(board.id,),
        )
    ).value
    assert meeting.id is not None
    services.meetings.call(meeting.id, chair, ParticipantRole.CHAIR)
    services.meetings.call(meeting.id, member, ParticipantRole.MEMBER)
    services.meetings.call(meeting.id, substitute, ParticipantRole.SUBSTITUTE)
    for title in ("Budget 2027 för Socialnämnden", "Jämställd biståndshandläggning"):
        services.agenda.add_item(meeting.id, AgendaItemKind.FOLLOW_UP, title)
    items = tuple(item.id for item in services.agenda.items(meeting.id) if item.id is not None)
    return Dialogue(meeting.id, board.id, manager, chair, member, substitute, official, items)


@pytest.fixture
def dialogue(page_context: PageContext) -> Dialogue:
    return build_dialogue(page_context.services)


@pytest.fixture
def editor(qtbot: QtBot, page_context: PageContext, dialogue: Dialogue) -> AttendanceEditor:
    widget = AttendanceEditor(page_context, dialogue.meeting_id)
    qtbot.addWidget(widget)
    # The meeting's workspace passes every change on; here the test does.
    page_context.operations.changed.connect(widget.refresh)
    widget.show()
    return widget


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


def stored(context: PageContext, meeting_id: int, person_id: int) -> Participant:
    return next(
        p for p in context.services.meetings.participants(meeting_id) if p.person_id == person_id
    )


def shown_names(editor: AttendanceEditor) -> list[str]:
    model = editor.model
    return [model.index(row, AttendanceColumn.NAME).data() for row in range(model.rowCount())]


def select(editor: AttendanceEditor, person_id: int) -> None:
    row = editor.model.row_of(person_id)
    assert row is not None
    editor.table.setCurrentIndex(editor.model.index(row, AttendanceColumn.ATTENDANCE))


def test_lists_who_was_called_with_role_and_attendance(
    editor: AttendanceEditor, qtmodeltester: ModelTester
) -> None:
    qtmodeltester.check(editor.model)

    assert shown_names(editor) == ["Anna Ek", "Bertil Ödman", "Cecilia Holm"]
    row = [editor.model.index(1, column).data() for column in AttendanceColumn]
    assert row == ["Bertil Ödman", "Member", "Not recorded", ""]
    assert not editor.empty.showing_empty_state()


def test_space_cycles_attendance_and_each_press_is_one_undo_step(
    qtbot: QtBot, editor: AttendanceEditor, page_context: PageContext, dialogue: Dialogue
) -> None:
    select(editor, dialogue.member_id)
    stack = page_context.operations.undo_stack

    qtbot.keyClick(editor.table, Qt.Key.Key_Space)
    assert stored(page_context, dialogue.meeting_id, dialogue.member_id).attendance is (
        Attendance.PRESENT
    )
    qtbot.keyClick(editor.table, Qt.Key.Key_Space)
    assert stored(page_context, dialogue.meeting_id, dialogue.member_id).attendance is (
        Attendance.ABSENT
    )
    row = editor.model.row_of(dialogue.member_id)
    assert editor.model.index(row or 0, AttendanceColumn.ATTENDANCE).data() == "Absent"
    assert stack.count() == 2
    assert stack.undoText() == "record attendance"

    stack.undo()
    assert stored(page_context, dialogue.meeting_id, dialogue.member_id).attendance is (
        Attendance.PRESENT
    )
    assert editor.model.index(row or 0, AttendanceColumn.ATTENDANCE).data() == "Present"
    stack.undo()
    assert stored(page_context, dialogue.meeting_id, dialogue.member_id).attendance is (
        Attendance.UNKNOWN
    )


def test_a_substitute_serving_for_the_one_absent_member(
    qtbot: QtBot, editor: AttendanceEditor, page_context: PageContext, dialogue: Dialogue
) -> None:
    assert editor.set_attendance(dialogue.member_id, Attendance.ABSENT)
    select(editor, dialogue.substitute_id)

    qtbot.keyClick(editor.table, Qt.Key.Key_Space)  # present
    qtbot.keyClick(editor.table, Qt.Key.Key_Space)  # serving, for the only absent member

    substitute = stored(page_context, dialogue.meeting_id, dialogue.substitute_id)
    assert substitute.attendance is Attendance.SUBSTITUTE_SERVING
    assert substitute.serving_for_id == dialogue.member_id
    row = editor.model.row_of(dialogue.substitute_id) or 0
    assert editor.model.index(row, AttendanceColumn.SERVING_FOR).data() == "Bertil Ödman"


def test_f2_opens_a_list_of_attendances_and_typing_chooses_one(
    qtbot: QtBot, editor: AttendanceEditor, page_context: PageContext, dialogue: Dialogue
) -> None:
    select(editor, dialogue.chair_id)
    assert ActionId.EDIT_RECORD in editor.supported_actions()

    qtbot.keyClick(editor.table, Qt.Key.Key_F2)
    combo = editor.window().focusWidget()
    assert isinstance(combo, QComboBox)
    assert combo.currentText() == "Not recorded"
    qtbot.keyClicks(combo, "A")  # Absent

    assert stored(page_context, dialogue.meeting_id, dialogue.chair_id).attendance is (
        Attendance.ABSENT
    )
    row = editor.model.row_of(dialogue.chair_id) or 0
    assert editor.model.index(row, AttendanceColumn.ATTENDANCE).data() == "Absent"


def test_the_window_edit_action_opens_the_same_list(
    editor: AttendanceEditor, dialogue: Dialogue
) -> None:
    select(editor, dialogue.member_id)

    editor.trigger(ActionId.EDIT_RECORD)

    assert isinstance(editor.window().focusWidget(), QComboBox)


def test_mark_everyone_not_recorded_present_is_one_step(
    qtbot: QtBot, editor: AttendanceEditor, page_context: PageContext, dialogue: Dialogue
) -> None:
    assert editor.set_attendance(dialogue.chair_id, Attendance.ABSENT)
    stack = page_context.operations.undo_stack
    steps = stack.count()

    qtbot.keyClick(editor.mark_all_present, Qt.Key.Key_Space)

    attendance = {
        p.person_id: p.attendance
        for p in page_context.services.meetings.participants(dialogue.meeting_id)
    }
    assert attendance == {
        dialogue.chair_id: Attendance.ABSENT,
        dialogue.member_id: Attendance.PRESENT,
        dialogue.substitute_id: Attendance.PRESENT,
    }
    assert stack.count() == steps + 1
    assert not editor.mark_all_present.isEnabled()
    stack.undo()
    assert stored(page_context, dialogue.meeting_id, dialogue.member_id).attendance is (
        Attendance.UNKNOWN
    )
    assert editor.mark_all_present.isEnabled()


def test_add_someone_who_came_by_typing_the_name(
    qtbot: QtBot, editor: AttendanceEditor, page_context: PageContext, dialogue: Dialogue
) -> None:
    editor.trigger(ActionId.NEW_RECORD)
    assert editor.window().focusWidget() in (editor.person_picker, editor.person_picker.lineEdit())

    type_text(qtbot, editor.person_picker, "Åsa Berg")
    assert editor.role_picker.currentData() == ParticipantRole.OFFICIAL.value
    qtbot.keyClick(editor.person_picker, Qt.Key.Key_Return)

    official = stored(page_context, dialogue.meeting_id, dialogue.official_id)
    assert official.attendance is Attendance.PRESENT
    assert official.role is ParticipantRole.OFFICIAL
    assert not official.called
    assert "Åsa Berg" in shown_names(editor)
    row = editor.model.row_of(dialogue.official_id) or 0
    assert editor.model.index(row, AttendanceColumn.ROLE).data() == "Official (came uncalled)"
    assert editor.person_picker.findText("Åsa Berg") == -1
    assert editor.person_picker.currentText() == ""


def test_a_name_not_in_the_register_is_refused_and_kept(
    qtbot: QtBot, editor: AttendanceEditor, page_context: PageContext, dialogue: Dialogue
) -> None:
    type_text(qtbot, editor.person_picker, "Okänd Gäst")
    qtbot.keyClick(editor.person_picker, Qt.Key.Key_Return)

    assert "nobody is called “Okänd Gäst”" in editor.error_text()
    assert editor.person_picker.currentText() == "Okänd Gäst"
    assert len(page_context.services.meetings.participants(dialogue.meeting_id)) == 3


def test_a_meeting_nobody_is_called_to_says_so(qtbot: QtBot, page_context: PageContext) -> None:
    dialogue = build_dialogue(page_context.services)
    for person_id in (dialogue.chair_id, dialogue.member_id, dialogue.substitute_id):
        page_context.services.meetings.uncall(dialogue.meeting_id, person_id)

    widget = AttendanceEditor(page_context, dialogue.meeting_id)
    qtbot.addWidget(widget)

    assert widget.empty.showing_empty_state()
    assert widget.supported_actions() == {ActionId.NEW_RECORD}


def test_part_of_a_name_is_enough_when_only_one_person_matches(
    qtbot: QtBot, editor: AttendanceEditor, page_context: PageContext, dialogue: Dialogue
) -> None:
    type_text(qtbot, editor.person_picker, "berg")
    qtbot.keyClick(editor.person_picker, Qt.Key.Key_Return)

    assert stored(page_context, dialogue.meeting_id, dialogue.official_id).attendance is (
        Attendance.PRESENT
    )
    assert editor.error_text() == ""
