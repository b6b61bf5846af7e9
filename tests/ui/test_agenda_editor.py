"""The agenda builder: proposals accepted as one step, reordering by keys and by drag, the bank."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from jamdesk.domain.meetings import AgendaItemKind, AgendaLink, Meeting, MeetingKind
from jamdesk.services.agenda_proposals import ProposalKind
from jamdesk.services.container import build_services
from jamdesk.services.example.municipality import Scale, write_example
from jamdesk.store.database import open_database
from jamdesk.store.undo import UndoLog
from jamdesk.ui.actions import ActionId
from jamdesk.ui.agenda_editor import (
    SPLITTER_KEY,
    AgendaEditor,
    AgendaItemIdRole,
    ProposalColumn,
)
from jamdesk.ui.operations import Operations
from jamdesk.ui.page import PageContext
from tests.ui.conftest import TODAY, OpenedRecords

MEETING_DAY = dt.date(2027, 2, 10)


@dataclass
class Dialogue:
    """A new budget dialogue with a board that has outstanding records in the example."""

    meeting_id: int
    board: str
    commitment_id: int
    request_id: int


@pytest.fixture(scope="module")
def example_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Write the small example once for the module; each test works on a copy."""
    path = tmp_path_factory.mktemp("agenda-example") / "exempel.sqlite"
    write_example(path, scale=Scale.SMALL, seed=1, today=TODAY, force=False)
    return path


@pytest.fixture
def example_context(
    example_file: Path, tmp_path: Path, opened: OpenedRecords
) -> Iterator[PageContext]:
    """Return what the window gives a page, on a copy of the small example."""
    path = tmp_path / "exempel.sqlite"
    shutil.copyfile(example_file, path)
    database = open_database(path)
    yield PageContext(
        services=build_services(database),
        operations=Operations(UndoLog(database)),
        today=lambda: TODAY,
        open_record=opened.refs.append,
    )
    database.close()


@pytest.fixture
def dialogue(example_context: PageContext) -> Dialogue:
    services = example_context.services
    today = example_context.today()
    board = next(
        b
        for b in services.boards.list_boards()
        if b.id is not None
        and services.commitments.outstanding(b.id)
        and services.requests.overdue(today, b.id)
    )
    assert board.id is not None
    meeting = services.meetings.plan(
        Meeting(MeetingKind.BUDGET_DIALOGUE, MEETING_DAY, dt.time(13, 0), board_ids=(board.id,))
    ).value
    commitment = services.commitments.outstanding(board.id)[0]
    request = services.requests.overdue(today, board.id)[0]
    assert meeting.id is not None
    assert commitment.id is not None
    assert request.id is not None
    return Dialogue(meeting.id, board.name, commitment.id, request.id)


def make_editor(qtbot: QtBot, context: PageContext, meeting_id: int) -> AgendaEditor:
    """Return an editor refreshed after every change, as the meeting workspace does."""
    editor = AgendaEditor(context, meeting_id)
    qtbot.addWidget(editor)
    context.operations.changed.connect(editor.refresh)
    return editor


@pytest.fixture
def editor(qtbot: QtBot, example_context: PageContext, dialogue: Dialogue) -> AgendaEditor:
    return make_editor(qtbot, example_context, dialogue.meeting_id)


def shown_titles(editor: AgendaEditor) -> list[str]:
    return [editor.model.item(row).title for row in range(editor.model.rowCount())]


def stored_positions(context: PageContext, meeting_id: int) -> list[int]:
    return [item.position for item in context.services.agenda.items(meeting_id)]


def proposal_keys(editor: AgendaEditor) -> list[tuple[ProposalKind, int]]:
    model = editor.proposals_model
    return [model.proposal(row).key for row in range(model.rowCount())]


def test_the_boards_follow_ups_are_proposed_all_checked(
    editor: AgendaEditor, dialogue: Dialogue
) -> None:
    model = editor.proposals_model
    keys = proposal_keys(editor)
    assert (ProposalKind.COMMITMENT, dialogue.commitment_id) in keys
    assert (ProposalKind.REQUEST, dialogue.request_id) in keys
    assert not editor.proposals_state.showing_empty_state()
    assert len(model.checked()) == model.rowCount()
    late = keys.index((ProposalKind.REQUEST, dialogue.request_id))
    title = model.index(late, ProposalColumn.TITLE)
    assert title.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert title.data().startswith("Återrapportering: ")
    assert "(förfallen " in title.data()
    assert title.data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(late, ProposalColumn.BOARD).data() == dialogue.board
    assert model.index(late, ProposalColumn.REASON).data() == "Report overdue"
    assert editor.accept_button.isEnabled()
    assert shown_titles(editor) == [
        "Mötets öppnande",
        "Val av justerare",
        "Godkännande av dagordningen",
    ]


def test_checked_proposals_are_added_as_one_undoable_step(
    editor: AgendaEditor, example_context: PageContext, dialogue: Dialogue
) -> None:
    model = editor.proposals_model
    count = model.rowCount()
    left_out = model.proposal(count - 1)
    model.setData(
        model.index(count - 1, ProposalColumn.TITLE),
        Qt.CheckState.Unchecked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert len(model.checked()) == count - 1

    editor.accept_button.click()

    items = example_context.services.agenda.items(dialogue.meeting_id)
    assert len(items) == 3 + count - 1
    assert stored_positions(example_context, dialogue.meeting_id) == list(range(1, len(items) + 1))
    assert {item.kind for item in items[3:]} == {AgendaItemKind.FOLLOW_UP}
    links = {link for item in items for link in item.links}
    assert AgendaLink(commitment_id=dialogue.commitment_id) in links
    assert AgendaLink(request_id=dialogue.request_id) in links
    assert len(shown_titles(editor)) == len(items)
    assert proposal_keys(editor) == [left_out.key]
    assert editor.selected_item() == items[3]

    stack = example_context.operations.undo_stack
    assert stack.undoText() == "add follow-ups to the agenda"
    stack.undo()

    assert stored_positions(example_context, dialogue.meeting_id) == [1, 2, 3]
    assert len(shown_titles(editor)) == 3
    assert model.rowCount() == count
    # What was unchecked stays unchecked; what came back from the undo is checked again.
    assert len(model.checked()) == count - 1


def test_space_unchecks_the_current_proposal(qtbot: QtBot, editor: AgendaEditor) -> None:
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    editor.proposals.setFocus()
    editor.proposals.setCurrentIndex(editor.proposals_model.index(0, ProposalColumn.TITLE))

    qtbot.keyClick(editor.proposals, Qt.Key.Key_Space)

    first = editor.proposals_model.proposal(0)
    assert first not in editor.proposals_model.checked()
    assert len(editor.proposals_model.checked()) == editor.proposals_model.rowCount() - 1


def test_dropped_proposals_stay_hidden_while_the_editor_is_open(
    qtbot: QtBot, editor: AgendaEditor, example_context: PageContext, dialogue: Dialogue
) -> None:
    before = proposal_keys(editor)
    editor.proposals.selectRow(0)

    editor.drop_button.click()

    assert proposal_keys(editor) == before[1:]
    editor.refresh(frozenset())
    assert proposal_keys(editor) == before[1:]
    assert example_context.operations.undo_stack.count() == 0
    fresh = make_editor(qtbot, example_context, dialogue.meeting_id)
    assert proposal_keys(fresh) == before


def test_a_meeting_without_boards_says_why_nothing_is_proposed(
    qtbot: QtBot, example_context: PageContext
) -> None:
    meeting = example_context.services.meetings.plan(
        Meeting(MeetingKind.DELEGATION_MEETING, MEETING_DAY, dt.time(9, 0))
    ).value
    assert meeting.id is not None

    editor = make_editor(qtbot, example_context, meeting.id)

    assert editor.proposals_state.showing_empty_state()
    assert "No boards" in editor.proposals_state.label.text()
    assert not editor.accept_button.isEnabled()


def test_keyboard_moves_are_undoable_steps_keeping_positions_1_to_n(
    editor: AgendaEditor, example_context: PageContext, dialogue: Dialogue
) -> None:
    assert editor.supported_actions() == {ActionId.NEW_AGENDA_ITEM}
    editor.list.setCurrentIndex(editor.model.index(0))
    assert ActionId.MOVE_UP not in editor.supported_actions()
    assert ActionId.MOVE_DOWN in editor.supported_actions()

    editor.trigger(ActionId.MOVE_DOWN)
    editor.trigger(ActionId.MOVE_DOWN)

    assert shown_titles(editor) == [
        "Val av justerare",
        "Godkännande av dagordningen",
        "Mötets öppnande",
    ]
    assert stored_positions(example_context, dialogue.meeting_id) == [1, 2, 3]
    selected = editor.selected_item()
    assert selected is not None
    assert selected.title == "Mötets öppnande"
    assert ActionId.MOVE_DOWN not in editor.supported_actions()

    editor.trigger(ActionId.MOVE_UP)
    assert shown_titles(editor)[1] == "Mötets öppnande"
    stack = example_context.operations.undo_stack
    assert stack.undoText() == "move agenda item"
    stack.undo()
    stack.undo()
    assert shown_titles(editor) == [
        "Val av justerare",
        "Mötets öppnande",
        "Godkännande av dagordningen",
    ]
    assert stored_positions(example_context, dialogue.meeting_id) == [1, 2, 3]


def test_a_drop_moves_the_item_as_the_view_asks(
    editor: AgendaEditor, example_context: PageContext, dialogue: Dialogue
) -> None:
    model = editor.model
    editor.trigger(ActionId.NEW_AGENDA_ITEM)
    assert editor.item_dialog is not None
    editor.item_dialog.title.setText("Övriga frågor")
    editor.item_dialog.accept()
    first = model.index(0)
    moved_id = first.data(AgendaItemIdRole)

    # Dragged from the top and dropped before the fourth row: it becomes the third.
    data = model.mimeData([first])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())

    assert [model.index(row).data(AgendaItemIdRole) for row in range(4)][2] == moved_id
    assert stored_positions(example_context, dialogue.meeting_id) == [1, 2, 3, 4]
    assert model.index(2).data() == "3. Mötets öppnande"

    # The list view's internal move asks for moveRows: the last row to the top.
    assert model.moveRows(QModelIndex(), 3, 1, QModelIndex(), 0)
    assert shown_titles(editor)[0] == "Övriga frågor"
    assert stored_positions(example_context, dialogue.meeting_id) == [1, 2, 3, 4]
    # Dropping an item where it already is changes nothing and records no step.
    steps = example_context.operations.undo_stack.count()
    assert not model.moveRows(QModelIndex(), 1, 1, QModelIndex(), 2)
    assert example_context.operations.undo_stack.count() == steps


def test_a_new_item_goes_after_the_selected_one_and_refusals_show_by_the_field(
    editor: AgendaEditor, example_context: PageContext, dialogue: Dialogue
) -> None:
    editor.list.setCurrentIndex(editor.model.index(0))
    editor.trigger(ActionId.NEW_AGENDA_ITEM)
    dialog = editor.item_dialog
    assert dialog is not None
    dialog.diary_number.setText("KS 2027/12")

    dialog.accept()  # no title yet

    assert dialog.isVisible()
    assert dialog.form.error_for("title") == "The item's title cannot be empty."
    assert dialog.diary_number.text() == "KS 2027/12"
    dialog.kind.setCurrentIndex(dialog.kind.findData(AgendaItemKind.INFORMATION.value))
    dialog.title.setText("Information om budgeten")
    dialog.accept()

    assert not dialog.isVisible()
    assert editor.model.index(1).data() == "2. Information om budgeten (Dnr KS 2027/12)"
    assert editor.selected_row() == 1
    item = example_context.services.agenda.items(dialogue.meeting_id)[1]
    assert (item.kind, item.diary_number) == (AgendaItemKind.INFORMATION, "KS 2027/12")


def test_editing_and_removing_an_item(
    editor: AgendaEditor,
    example_context: PageContext,
    dialogue: Dialogue,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor.list.setCurrentIndex(editor.model.index(1))
    editor.trigger(ActionId.EDIT_RECORD)
    assert editor.item_dialog is not None
    editor.item_dialog.title.setText("Val av en justerare")
    editor.item_dialog.accept()
    assert shown_titles(editor)[1] == "Val av en justerare"

    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> Callable[..., object]:
        def question(_parent: object, _title: str, text: str, *_args: object) -> object:
            asked.append(text)
            return button

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    editor.trigger(ActionId.DELETE_RECORD)
    assert len(shown_titles(editor)) == 3
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    editor.trigger(ActionId.DELETE_RECORD)

    assert asked[-1] == "Remove item 2, “Val av en justerare”, from the agenda?"
    assert shown_titles(editor) == ["Mötets öppnande", "Godkännande av dagordningen"]
    assert stored_positions(example_context, dialogue.meeting_id) == [1, 2]
    assert example_context.operations.undo_stack.undoText() == "remove agenda item"


def test_questions_picked_from_the_bank_are_added_as_one_step(
    editor: AgendaEditor, example_context: PageContext, dialogue: Dialogue
) -> None:
    dialog = editor.open_question_bank()
    assert dialog.kind_filter.currentData() == MeetingKind.BUDGET_DIALOGUE.value
    entries = [dialog.model.entry(row) for row in range(dialog.model.rowCount())]
    assert entries
    assert all(MeetingKind.BUDGET_DIALOGUE in entry.meeting_kinds for entry in entries)
    for entry in entries[:2]:
        assert entry.id is not None
        dialog.select_entry(entry.id, keep=True)

    dialog.accept()

    assert shown_titles(editor)[3:] == [entries[0].text, entries[1].text]
    items = example_context.services.agenda.items(dialogue.meeting_id)
    assert [item.kind for item in items[3:]] == [AgendaItemKind.QUESTION] * 2
    assert editor.selected_row() == 3
    example_context.operations.undo_stack.undo()
    assert len(shown_titles(editor)) == 3


def test_the_models_pass_the_model_tester(editor: AgendaEditor, qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(editor.model)
    qtmodeltester.check(editor.proposals_model)


def test_the_splitter_sizes_are_remembered(
    qtbot: QtBot, example_context: PageContext, dialogue: Dialogue
) -> None:
    # The default gives the agenda the larger share; the user's choice wins.
    QSettings().setValue(SPLITTER_KEY, "600,1000")
    editor = make_editor(qtbot, example_context, dialogue.meeting_id)
    editor.resize(1600, 500)
    editor.show()
    qtbot.waitExposed(editor)
    left, right = editor.splitter.sizes()
    assert left < right

    editor.splitter.splitterMoved.emit(300, 1)
    assert QSettings().value(SPLITTER_KEY) == ",".join(map(str, editor.splitter.sizes()))
