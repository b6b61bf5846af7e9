"""Planning from the Meetings page: the meeting dialog, undo, duplicate and delete."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidget, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from jamdesk.store.database import Database
from jamdesk.store.meeting_list import MeetingFilter
from jamdesk.ui.actions import ActionId
from jamdesk.ui.meeting_dialog import MeetingDialog
from jamdesk.ui.meetings_model import MeetingColumn
from jamdesk.ui.meetings_page import MeetingsPage
from jamdesk.ui.page import PageContext

if TYPE_CHECKING:
    from tests.ui.conftest import StoreBuilder


@dataclass
class Cast:
    """The boards and people of the planning tests, by name."""

    social: int
    service: int
    chair: int
    member: int
    substitute: int
    board_chair: int
    manager: int


def insert(db: Database, sql: str, params: tuple[object, ...]) -> int:
    with db.transaction() as conn:
        cursor = conn.execute(sql, params)
    assert cursor.lastrowid is not None
    return cursor.lastrowid


@pytest.fixture
def cast(builder: StoreBuilder) -> Cast:
    """Write a delegation of three and two boards, one of which ceased at the end of 2023."""
    db = builder.db
    builder.organisation()

    def person(name: str, kind: str = "politician") -> int:
        return insert(db, "INSERT INTO person (name, kind) VALUES (?, ?)", (name, kind))

    def seat(person_id: int, role: str) -> None:
        insert(
            db,
            "INSERT INTO delegation_membership (person_id, role, term_from) VALUES (?, ?, ?)",
            (person_id, role, "2023-01-01"),
        )

    chair, member, substitute = person("Åsa Lund"), person("Erik Nyström"), person("Fatima Çelik")
    seat(chair, "chair")
    seat(member, "member")
    seat(substitute, "substitute")
    board_chair, manager = person("Lena Berg"), person("Karin Öberg", "official")
    social = insert(
        db,
        "INSERT INTO board (name, kind, chair_id, manager_id, active_from) VALUES (?, ?, ?, ?, ?)",
        ("Socialnämnden", "board", board_chair, manager, "2015-01-01"),
    )
    service = insert(
        db,
        "INSERT INTO board (name, kind, active_from, active_to) VALUES (?, ?, ?, ?)",
        ("Servicenämnden", "board", "2015-01-01", "2023-12-31"),
    )
    return Cast(social, service, chair, member, substitute, board_chair, manager)


@pytest.fixture
def page(page_context: PageContext, qtbot: QtBot) -> Iterator[MeetingsPage]:
    """Return the Meetings page, refreshed on every change as the window does it."""
    shown = MeetingsPage(page_context)
    qtbot.addWidget(shown)
    page_context.operations.changed.connect(shown.refresh)
    # Not shown: the dialogs the tests drive are then the active window, as with exec().
    yield shown


Steps = Callable[[MeetingDialog], None]


def drive(page: MeetingsPage, qtbot: QtBot, steps: Steps) -> list[MeetingDialog]:
    """Let the page's next dialogs be driven by ``steps`` instead of a blocking exec()."""
    dialogs: list[MeetingDialog] = []

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, MeetingDialog)
        dialogs.append(dialog)
        qtbot.addWidget(dialog)
        with qtbot.waitActive(dialog):
            dialog.show()
            dialog.activateWindow()
        steps(dialog)
        return dialog.result()

    page.run_dialog = run
    return dialogs


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Tab into ``widget`` (which selects a date or time field's section) and type."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(widget, text)


def tick(qtbot: QtBot, items: QListWidget, text: str) -> None:
    """Move to the entry starting with ``text`` by keyboard and tick it with the space bar."""
    items.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(items.count()):
        current = items.currentItem()
        if current is not None and current.text().startswith(text):
            break
        qtbot.keyClick(items, Qt.Key.Key_Down)
    current = items.currentItem()
    assert current is not None and current.text().startswith(text)
    qtbot.keyClick(items, Qt.Key.Key_Space)
    assert current.checkState() == Qt.CheckState.Checked


def entries(items: QListWidget) -> list[tuple[str, bool]]:
    return [
        (items.item(row).text(), items.item(row).checkState() == Qt.CheckState.Checked)
        for row in range(items.count())
    ]


def row_texts(page: MeetingsPage, row: int) -> list[str]:
    return [page.model.index(row, column).data() for column in range(page.model.columnCount())]


def counts(db: Database) -> tuple[int, int, int]:
    row = db.execute(
        "SELECT (SELECT count(*) FROM meeting), (SELECT count(*) FROM agenda_item),"
        " (SELECT count(*) FROM meeting_participant)"
    ).fetchone()
    return (int(row[0]), int(row[1]), int(row[2]))


def plan_budget_dialogue(qtbot: QtBot) -> Steps:
    """Return steps that plan a budget dialogue with Socialnämnden, all by keyboard."""

    def steps(dialog: MeetingDialog) -> None:
        type_into(qtbot, dialog.kind_box, "B")
        type_into(qtbot, dialog.date_edit, "20270216")
        type_into(qtbot, dialog.start_edit, "0900")
        type_into(qtbot, dialog.end_edit, "1130")
        type_into(qtbot, dialog.place_edit, "Sessionssalen")
        type_into(qtbot, dialog.title_edit, "Budgetdialog 2028")
        tick(qtbot, dialog.boards_list, "Socialnämnden")
        tick(qtbot, dialog.called_list, "Karin Öberg")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    return steps


def test_a_budget_dialogue_is_planned_by_keyboard(
    page: MeetingsPage, cast: Cast, qtbot: QtBot, page_context: PageContext
) -> None:
    page.refresh(frozenset())
    assert page.showing_empty_state()
    seen: list[list[tuple[str, bool]]] = []

    def look_then_plan(dialog: MeetingDialog) -> None:
        seen.append(entries(dialog.boards_list))
        seen.append(entries(dialog.called_list))
        plan_budget_dialogue(qtbot)(dialog)
        seen.append(entries(dialog.called_list))

    dialogs = drive(page, qtbot, look_then_plan)

    page.trigger(ActionId.NEW_MEETING)

    [dialog] = dialogs

    assert dialog.windowTitle() == "Plan a meeting"
    assert dialog.result() == QDialog.DialogCode.Accepted
    boards_offered, called_at_first, called_at_save = seen
    # Servicenämnden ceased in 2023: it is not offered for a meeting in 2026.
    assert boards_offered == [("Socialnämnden", False)]
    assert called_at_first == [
        ("Åsa Lund — Chair", True),
        ("Erik Nyström — Member", True),
        ("Fatima Çelik — Substitute", False),
    ]
    # Ticking the board suggested its chair and manager; Karin was ticked.
    assert called_at_save[3:] == [
        ("Lena Berg — Board representative", False),
        ("Karin Öberg — Official", True),
    ]
    assert not page.showing_empty_state()
    assert row_texts(page, 0) == [
        "2027-02-16",
        "09.00–11.30",
        "Budget dialogue",
        "Socialnämnden",
        "3",
        "Planned",
    ]
    called = page.model.index(0, MeetingColumn.CALLED).data(Qt.ItemDataRole.ToolTipRole)
    assert called == "Åsa Lund\nErik Nyström\nKarin Öberg"
    assert page.selected_meeting_id() == page.model.meeting_id(0)
    assert page_context.operations.undo_stack.undoText() == "plan meeting"


def test_undo_removes_the_planned_meeting_its_agenda_and_those_called(
    page: MeetingsPage, cast: Cast, qtbot: QtBot, page_context: PageContext, db: Database
) -> None:
    drive(page, qtbot, plan_budget_dialogue(qtbot))
    page.trigger(ActionId.NEW_MEETING)
    assert counts(db) == (1, 3, 3)

    page_context.operations.undo_stack.undo()

    assert counts(db) == (0, 0, 0)
    assert page.showing_empty_state()
    page_context.operations.undo_stack.redo()
    assert counts(db) == (1, 3, 3)
    assert page.model.rowCount() == 1


def test_an_end_before_the_start_is_shown_under_the_end_time(
    page: MeetingsPage, cast: Cast, qtbot: QtBot, db: Database
) -> None:
    def steps(dialog: MeetingDialog) -> None:
        type_into(qtbot, dialog.title_edit, "Budgetdialog 2028")
        tick(qtbot, dialog.boards_list, "Socialnämnden")
        type_into(qtbot, dialog.start_edit, "0800")
        type_into(qtbot, dialog.end_edit, "0700")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    dialogs = drive(page, qtbot, steps)

    page.trigger(ActionId.NEW_MEETING)

    [dialog] = dialogs

    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.form.error_for("end") == "The meeting ends (07.00) before it starts (08.00)."
    assert dialog.end_edit.hasFocus()
    assert dialog.title_edit.text() == "Budgetdialog 2028"
    assert dialog.checked_boards() == (cast.social,)
    assert counts(db) == (0, 0, 0)


def test_a_dialogue_without_a_board_is_shown_under_the_boards(
    page: MeetingsPage, cast: Cast, qtbot: QtBot, db: Database
) -> None:
    def steps(dialog: MeetingDialog) -> None:
        type_into(qtbot, dialog.kind_box, "R")  # Results seminar
        type_into(qtbot, dialog.place_edit, "Stora salen")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    dialogs = drive(page, qtbot, steps)

    page.trigger(ActionId.NEW_RECORD)

    [dialog] = dialogs

    assert dialog.isVisible()
    assert dialog.form.error_for("board_ids") == "A dialogue needs at least one board."
    assert dialog.form.error_for("end") == ""
    assert dialog.boards_list.hasFocus()
    assert dialog.kind_box.currentText() == "Results seminar"
    assert dialog.place_edit.text() == "Stora salen"
    assert counts(db) == (0, 0, 0)


def test_a_board_that_ceased_before_the_date_is_refused(
    page: MeetingsPage, cast: Cast, qtbot: QtBot, db: Database
) -> None:
    def steps(dialog: MeetingDialog) -> None:
        type_into(qtbot, dialog.date_edit, "20230601")
        tick(qtbot, dialog.boards_list, "Servicenämnden")
        type_into(qtbot, dialog.date_edit, "20240301")
        qtbot.keyClick(dialog.place_edit, Qt.Key.Key_Return)

    dialogs = drive(page, qtbot, steps)

    page.trigger(ActionId.NEW_MEETING)

    [dialog] = dialogs

    # Still ticked, so not lost silently, and marked for what it is.
    assert ("Servicenämnden (ceased 2023-12-31)", True) in entries(dialog.boards_list)
    assert dialog.form.error_for("board_ids") == (
        "The board Servicenämnden had ceased on 2024-03-01 (it was active until 2023-12-31)."
    )
    assert counts(db) == (0, 0, 0)


def test_f2_edits_the_selected_meeting_and_who_is_called(
    page: MeetingsPage, cast: Cast, qtbot: QtBot, page_context: PageContext, db: Database
) -> None:
    drive(page, qtbot, plan_budget_dialogue(qtbot))
    page.trigger(ActionId.NEW_MEETING)
    meeting_id = page.selected_meeting_id()
    assert meeting_id is not None
    assert ActionId.EDIT_RECORD in page.supported_actions()
    loaded: list[Any] = []

    def edit(dialog: MeetingDialog) -> None:
        loaded.append((dialog.windowTitle(), dialog.title_edit.text(), dialog.end_edit.text()))
        loaded.append(entries(dialog.called_list))
        dialog.place_edit.clear()
        type_into(qtbot, dialog.place_edit, "Rum 3")
        tick(qtbot, dialog.called_list, "Fatima Çelik")
        erik = dialog.called_list.findItems("Erik Nyström — Member", Qt.MatchFlag.MatchExactly)[0]
        dialog.called_list.setCurrentItem(erik)
        qtbot.keyClick(dialog.called_list, Qt.Key.Key_Space)
        qtbot.keyClick(dialog.place_edit, Qt.Key.Key_Return)

    drive(page, qtbot, edit)

    page.trigger(ActionId.EDIT_RECORD)

    assert loaded[0] == ("Edit the meeting", "Budgetdialog 2028", "11.30")
    assert loaded[1] == [
        ("Åsa Lund — Chair", True),
        ("Erik Nyström — Member", True),
        ("Karin Öberg — Official", True),
        ("Fatima Çelik — Substitute", False),
    ]
    names = db.execute(
        "SELECT p.name FROM meeting_participant mp JOIN person p ON p.id = mp.person_id"
        " WHERE mp.meeting_id = ? ORDER BY p.name",
        (meeting_id,),
    ).fetchall()
    assert [name for (name,) in names] == ["Fatima Çelik", "Karin Öberg", "Åsa Lund"]
    assert page.context.services.meetings.get(meeting_id).place == "Rum 3"
    assert page.selected_meeting_id() == meeting_id
    assert page_context.operations.undo_stack.undoText() == "edit meeting"


def test_ctrl_d_duplicates_to_the_same_weekday_next_year_and_selects_it(
    page: MeetingsPage, cast: Cast, qtbot: QtBot, builder: StoreBuilder, db: Database
) -> None:
    original = builder.meeting("2026-03-10", status="held", boards=[cast.social], title="Budget")
    page.refresh(frozenset())
    page.select_meeting(original)

    page.trigger(ActionId.DUPLICATE_MEETING)

    copy = page.selected_meeting_id()
    assert copy is not None and copy != original
    selected = page.table.currentIndex().row()
    assert row_texts(page, selected) == [
        "2027-03-16",
        "13.00–15.00",
        "Budget dialogue",
        "Socialnämnden",
        "0",
        "Planned",
    ]
    assert dt.date(2027, 3, 16).weekday() == dt.date(2026, 3, 10).weekday()
    assert counts(db) == (2, 3, 0)
    page.context.operations.undo_stack.undo()
    assert counts(db) == (1, 0, 0)


def test_a_duplicate_refused_says_why(
    page: MeetingsPage,
    cast: Cast,
    builder: StoreBuilder,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    old = builder.meeting("2023-03-14", boards=[cast.service], status="held")
    page.refresh(frozenset())
    page.select_meeting(old)

    page.trigger(ActionId.DUPLICATE_MEETING)

    assert warnings == [
        "The board Servicenämnden ceased on 2023-12-31, before next year's date 2024-03-12; "
        "plan next year's meeting without it instead."
    ]
    assert counts(db) == (1, 0, 0)
    assert page.selected_meeting_id() == old


def test_delete_asks_first_and_names_the_meeting(
    page: MeetingsPage,
    cast: Cast,
    builder: StoreBuilder,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(_parent: Any, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    meeting = builder.meeting("2026-11-23", boards=[cast.social], start="13:00")
    page.refresh(frozenset())
    page.select_meeting(meeting)

    page.trigger(ActionId.DELETE_RECORD)
    assert counts(db) == (1, 0, 0)
    page.trigger(ActionId.DELETE_RECORD)

    expected = (
        "Delete the meeting “Budget dialogue, 2026-11-23 13.00, Socialnämnden”? "
        "Its agenda and the list of those called go with it."
    )
    assert asked == [expected, expected]
    assert counts(db) == (0, 0, 0)
    assert page.showing_empty_state()
    assert page.supported_actions() == {ActionId.NEW_MEETING, ActionId.NEW_RECORD}


def test_a_meeting_with_records_is_not_deleted(
    page: MeetingsPage,
    cast: Cast,
    builder: StoreBuilder,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    meeting = builder.meeting("2026-03-10", boards=[cast.social], status="held")
    insert(
        db,
        "INSERT INTO question (meeting_id, board_id, text) VALUES (?, ?, ?)",
        (meeting, cast.social, "Hur fördelas bidragen mellan flickor och pojkar?"),
    )
    page.refresh(frozenset())
    page.select_meeting(meeting)

    page.trigger(ActionId.DELETE_RECORD)

    assert warnings == [
        "Questions were recorded at the meeting, so it cannot be deleted. Cancel it instead."
    ]
    assert counts(db)[0] == 1


def test_enter_on_a_meeting_asks_to_open_it(
    page: MeetingsPage, cast: Cast, builder: StoreBuilder, qtbot: QtBot
) -> None:
    meeting = builder.meeting("2026-03-10", boards=[cast.social])
    page.refresh(frozenset())
    page.select_meeting(meeting)
    page.table.setFocus()

    with qtbot.waitSignal(page.meeting_activated) as activated:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)

    assert activated.args == [meeting]


def test_a_year_filter_left_without_meetings_falls_back_to_all_years(
    page: MeetingsPage, cast: Cast, builder: StoreBuilder, qtbot: QtBot, page_context: PageContext
) -> None:
    builder.meeting("2026-03-10", boards=[cast.social])
    drive(page, qtbot, plan_budget_dialogue(qtbot))
    page.trigger(ActionId.NEW_MEETING)
    page.year_filter.setCurrentIndex(page.year_filter.findText("2027"))
    assert page.model.rowCount() == 1

    page_context.operations.undo_stack.undo()

    assert page.year_filter.currentText() == "All years"
    assert [page.year_filter.itemText(i) for i in range(page.year_filter.count())] == [
        "All years",
        "2026",
    ]
    assert page.model.filters() == MeetingFilter()
    assert row_texts(page, 0)[0] == "2026-03-10"


class Window(QWidget):
    """Stands in for the main window: records what the page supports when it says so."""

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.page = MeetingsPage(context, self)
        self.told: list[frozenset[ActionId]] = []

    def refresh_page_actions(self) -> None:
        self.told.append(self.page.supported_actions())


def test_the_window_hears_when_a_selection_enables_actions(
    page_context: PageContext, cast: Cast, builder: StoreBuilder, qtbot: QtBot
) -> None:
    meeting = builder.meeting("2026-03-10", boards=[cast.social])
    window = Window(page_context)
    qtbot.addWidget(window)
    window.page.refresh(frozenset())

    window.page.select_meeting(meeting)

    assert window.told[-1] == {
        ActionId.NEW_MEETING,
        ActionId.NEW_RECORD,
        ActionId.EDIT_RECORD,
        ActionId.DELETE_RECORD,
        ActionId.DUPLICATE_MEETING,
        ActionId.EXPORT_DOCUMENT,
    }
    window.page.table.clearSelection()
    assert window.told[-1] == {ActionId.NEW_MEETING, ActionId.NEW_RECORD}
