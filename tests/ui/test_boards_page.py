"""The Boards page: create, edit, deactivate and reactivate boards as a secretary would."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from jamdesk.domain.boards import Board, BoardKind
from jamdesk.domain.people import Person, PersonKind
from jamdesk.services.changes import RecordKind, RecordRef
from jamdesk.ui.actions import ActionId
from jamdesk.ui.board_dialog import BoardDialog, CeaseBoardDialog
from jamdesk.ui.boards_page import BoardsPage
from jamdesk.ui.page import PageContext

D = dt.date


def _page(context: PageContext, qtbot: QtBot) -> BoardsPage:
    page = BoardsPage(context)
    qtbot.addWidget(page)
    # The window does this for every page it builds.
    context.operations.changed.connect(page.refresh)
    return page


@pytest.fixture
def page(page_context: PageContext, qtbot: QtBot) -> BoardsPage:
    return _page(page_context, qtbot)


def _column(page: BoardsPage, column: int) -> list[str]:
    return [page.model.index(row, column).data() for row in range(page.model.rowCount())]


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


def _board(context: PageContext, name: str, start: dt.date | None = None) -> int:
    board = Board(name, BoardKind.BOARD, start or D(2019, 1, 1))
    return context.services.boards.create(board).value.id or 0


def _new_dialog(page: BoardsPage) -> BoardDialog:
    page.trigger(ActionId.NEW_RECORD)
    assert isinstance(page.dialog, BoardDialog)
    return page.dialog


def _select(page: BoardsPage, name: str) -> None:
    page.table.view.setCurrentIndex(page.model.index(_column(page, 0).index(name), 0))


def test_an_empty_store_shows_how_to_begin(page: BoardsPage) -> None:
    assert page.showing_empty_state()
    assert page.table.empty.label.text() == (
        "No boards yet — add the first board the delegation meets."
    )
    assert page.supported_actions() == {ActionId.NEW_RECORD}


def test_a_board_is_created_from_the_keyboard(
    page: BoardsPage, page_context: PageContext, qtbot: QtBot
) -> None:
    chair = page_context.services.people.create(Person("Åsa Lind", PersonKind.POLITICIAN))
    dialog = _new_dialog(page)
    type_text(qtbot, dialog.name, "Socialnämnden")
    type_text(qtbot, dialog.administration, "Socialförvaltningen")
    dialog.chair.setCurrentIndex(dialog.chair.findData(chair.value.id))
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    assert not page.showing_empty_state()
    assert _column(page, 0) == ["Socialnämnden"]
    assert _column(page, 3) == ["Åsa Lind"]
    assert _column(page, 6) == ["active"]
    assert dialog.saved is not None
    assert page.table.current_id() == dialog.saved.id
    assert page.supported_actions() == {
        ActionId.NEW_RECORD,
        ActionId.EDIT_RECORD,
        ActionId.EXPORT_DOCUMENT,
    }
    assert page_context.operations.undo_stack.undoText() == "add board"


def test_an_empty_name_is_refused_under_the_name_and_nothing_typed_is_lost(
    page: BoardsPage, page_context: PageContext, qtbot: QtBot
) -> None:
    dialog = _new_dialog(page)
    type_text(qtbot, dialog.administration, "Tekniska förvaltningen")
    qtbot.keyClick(dialog.administration, Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert dialog.form.error_for("name") == "The board's name cannot be empty."
    assert dialog.administration.text() == "Tekniska förvaltningen"
    assert page_context.services.boards.list_boards() == []


def test_undo_takes_a_new_board_away_again(
    page: BoardsPage, page_context: PageContext, qtbot: QtBot
) -> None:
    dialog = _new_dialog(page)
    type_text(qtbot, dialog.name, "Kultur- och fritidsnämnden")
    dialog.accept()
    assert _column(page, 0) == ["Kultur- och fritidsnämnden"]

    page_context.operations.undo_stack.undo()
    assert page.showing_empty_state()
    assert page_context.services.boards.list_boards() == []


def test_editing_changes_the_board_and_its_contacts_in_one_step(
    page: BoardsPage, page_context: PageContext, qtbot: QtBot
) -> None:
    people = page_context.services.people
    analyst = people.create(Person("Örjan Ek", PersonKind.OFFICIAL, title="Analytiker")).value
    manager = people.create(Person("Göran Berg", PersonKind.OFFICIAL)).value
    board_id = _board(page_context, "Socialnämnden")
    page.refresh(frozenset())
    _select(page, "Socialnämnden")
    qtbot.keyClick(page.table.view, Qt.Key.Key_Return)  # Enter on a row opens it
    dialog = page.dialog
    assert isinstance(dialog, BoardDialog)
    assert dialog.name.text() == "Socialnämnden"

    dialog.name.clear()
    type_text(qtbot, dialog.name, "Social- och arbetsmarknadsnämnden")
    for person, capacity in ((analyst, "analys"), (manager, "")):
        dialog.contact_person.setCurrentIndex(dialog.contact_person.findData(person.id))
        type_text(qtbot, dialog.contact_capacity, capacity)
        qtbot.keyClick(dialog.contact_capacity, Qt.Key.Key_Return)  # adds, does not save
    assert dialog.isVisible()
    dialog.contacts.setCurrentRow(1)
    dialog.remove_contact_button.click()
    dialog.accept()

    assert _column(page, 0) == ["Social- och arbetsmarknadsnämnden"]
    contacts = page_context.services.boards.contacts(board_id)
    assert [(c.person.name, c.contact.capacity) for c in contacts] == [("Örjan Ek", "analys")]
    assert page_context.operations.undo_stack.count() == 1
    page_context.operations.undo_stack.undo()
    assert _column(page, 0) == ["Socialnämnden"]
    assert page_context.services.boards.contacts(board_id) == []


def test_deactivating_asks_the_day_it_ceased_and_greys_the_board(
    page: BoardsPage, page_context: PageContext
) -> None:
    _board(page_context, "Servicenämnden")
    _board(page_context, "Socialnämnden")
    page.refresh(frozenset())
    _select(page, "Servicenämnden")
    dialog = page.deactivate_current()
    assert isinstance(dialog, CeaseBoardDialog)
    assert dialog.ceased_on.date() == QDate(2026, 11, 23)  # today by default

    dialog.ceased_on.setDate(QDate(2024, 12, 31))
    dialog.accept()

    assert page.show_ceased.isChecked()
    row = _column(page, 0).index("Servicenämnden")
    assert page.model.index(row, 6).data() == "ceased 2024-12-31"
    assert isinstance(page.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole), QBrush)
    other = _column(page, 0).index("Socialnämnden")
    assert page.model.index(other, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert page.reactivate_button.isEnabled()

    page.show_ceased.setChecked(False)
    assert _column(page, 0) == ["Socialnämnden"]
    page_context.operations.undo_stack.undo()
    assert _column(page, 0) == ["Servicenämnden", "Socialnämnden"]
    assert _column(page, 6) == ["active", "active"]


def test_a_ceasing_day_before_the_board_began_is_refused_under_the_date(
    page: BoardsPage, page_context: PageContext
) -> None:
    _board(page_context, "Servicenämnden", start=D(2025, 1, 1))
    page.refresh(frozenset())
    _select(page, "Servicenämnden")
    dialog = page.deactivate_current()
    assert dialog is not None
    dialog.ceased_on.setDate(QDate(2024, 6, 30))
    dialog.accept()

    assert dialog.isVisible()
    assert dialog.form.error_for("active_to").startswith(
        "Servicenämnden cannot cease on 2024-06-30"
    )
    assert dialog.ceased_on.date() == QDate(2024, 6, 30)


def test_a_ceased_board_is_reactivated_and_opened_from_a_link(
    page: BoardsPage, page_context: PageContext
) -> None:
    board_id = _board(page_context, "Servicenämnden")
    page_context.services.boards.deactivate(board_id, D(2023, 12, 31))
    page.refresh(frozenset())
    assert page.showing_empty_state()
    assert "Show ceased boards" in page.table.empty.label.text()

    assert page.open_record(RecordRef(RecordKind.BOARD, board_id))
    assert page.show_ceased.isChecked()
    assert page.table.current_id() == board_id
    page.reactivate_current()
    assert _column(page, 6) == ["active"]
    assert page_context.operations.undo_stack.undoText() == "reactivate board"
    assert not page.open_record(RecordRef(RecordKind.PERSON, board_id))


def test_boards_are_deactivated_never_deleted(page: BoardsPage, page_context: PageContext) -> None:
    _board(page_context, "Socialnämnden")
    page.refresh(frozenset())
    _select(page, "Socialnämnden")
    assert ActionId.DELETE_RECORD not in page.supported_actions()
    assert ActionId.EDIT_RECORD in page.supported_actions()


def test_boards_sort_the_swedish_way(page: BoardsPage, page_context: PageContext) -> None:
    for name in ("Öbergsbolaget", "Åsa-stiftelsen", "Zeldanämnden", "Youngnämnden"):
        _board(page_context, name)
    page.refresh(frozenset({RecordKind.BOARD}))
    expected = ["Youngnämnden", "Zeldanämnden", "Åsa-stiftelsen", "Öbergsbolaget"]
    assert _column(page, 0) == expected
    page.table.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _column(page, 0) == expected[::-1]


def test_the_model_passes_the_model_tester_on_the_example(
    example_context: PageContext, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    page = _page(example_context, qtbot)
    page.show_ceased.setChecked(True)
    assert page.model.rowCount() == 10
    qtmodeltester.check(page.model)


def test_column_widths_are_remembered(page_context: PageContext, qtbot: QtBot) -> None:
    first = _page(page_context, qtbot)
    first.table.view.setColumnWidth(2, 321)
    second = _page(page_context, qtbot)
    assert second.table.view.columnWidth(2) == 321
