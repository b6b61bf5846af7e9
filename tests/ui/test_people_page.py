"""The People page: people and their delegation seats, edited as a secretary would."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from jamdesk.domain.people import DelegationMembership, DelegationRole, Person, PersonKind
from jamdesk.services.changes import RecordKind, RecordRef
from jamdesk.store.register_lists import PersonScope
from jamdesk.ui.actions import ActionId
from jamdesk.ui.page import PageContext
from jamdesk.ui.people_page import PeoplePage
from jamdesk.ui.person_dialog import PersonDialog

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


def _page(context: PageContext, qtbot: QtBot) -> PeoplePage:
    page = PeoplePage(context)
    qtbot.addWidget(page)
    context.operations.changed.connect(page.refresh)  # as the window does
    return page


@pytest.fixture
def page(page_context: PageContext, qtbot: QtBot) -> PeoplePage:
    return _page(page_context, qtbot)


def _names(page: PeoplePage) -> list[str]:
    return [page.model.index(row, 0).data() for row in range(page.model.rowCount())]


def _person(context: PageContext, name: str, kind: PersonKind = PersonKind.POLITICIAN) -> int:
    return context.services.people.create(Person(name, kind)).value.id or 0


def _edit(page: PeoplePage, name: str) -> PersonDialog:
    page.table.view.setCurrentIndex(page.model.index(_names(page).index(name), 0))
    page.trigger(ActionId.EDIT_RECORD)
    assert isinstance(page.dialog, PersonDialog)
    return page.dialog


def test_an_empty_store_shows_how_to_begin(page: PeoplePage) -> None:
    assert page.showing_empty_state()
    assert page.table.empty.label.text().startswith("No people yet")
    assert page.supported_actions() == {ActionId.NEW_RECORD}


def test_a_person_is_created_from_the_keyboard(
    page: PeoplePage, page_context: PageContext, qtbot: QtBot
) -> None:
    page.trigger(ActionId.NEW_RECORD)
    dialog = page.dialog
    assert isinstance(dialog, PersonDialog)
    assert not dialog.seat_table.isEnabled()  # seats come once the person is saved
    type_text(qtbot, dialog.name, "Åsa Lind")
    dialog.kind.setCurrentIndex(dialog.kind.findData(PersonKind.POLITICIAN.value))
    type_text(qtbot, dialog.title, "Ordförande")
    type_text(qtbot, dialog.email, "asa.lind@exempel.se")
    qtbot.keyClick(dialog.email, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    assert _names(page) == ["Åsa Lind"]
    assert [page.model.index(0, column).data() for column in (1, 2, 5)] == [
        "Politician",
        "Ordförande",
        "asa.lind@exempel.se",
    ]
    assert page.supported_actions() == {ActionId.NEW_RECORD, ActionId.EDIT_RECORD}
    page_context.operations.undo_stack.undo()
    assert page.showing_empty_state()


def test_a_bad_email_is_refused_next_to_it_keeping_the_input(
    page: PeoplePage, page_context: PageContext, qtbot: QtBot
) -> None:
    page.trigger(ActionId.NEW_RECORD)
    dialog = page.dialog
    assert dialog is not None
    type_text(qtbot, dialog.name, "Göran Ek")
    type_text(qtbot, dialog.email, "goran.exempel.se")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert dialog.form.error_for("email") == "“goran.exempel.se” is not an e-mail address."
    assert dialog.form.error_for("name") == ""
    assert dialog.name.text() == "Göran Ek"
    assert page_context.services.people.list_people() == []


def test_an_empty_name_is_refused_under_the_name(page: PeoplePage) -> None:
    dialog = page.new_record()
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.form.error_for("name") == "The name cannot be empty."


def test_seats_are_given_and_ended_in_the_editor(
    page: PeoplePage, page_context: PageContext, qtbot: QtBot
) -> None:
    _person(page_context, "Åsa Lind")
    page.refresh(frozenset())
    dialog = _edit(page, "Åsa Lind")
    dialog.seat_role.setCurrentIndex(dialog.seat_role.findData(DelegationRole.CHAIR.value))
    dialog.seat_from.setDate(QDate(2023, 1, 1))
    qtbot.keyClick(dialog.seat_from, Qt.Key.Key_Return)  # Enter in the seat adds the seat

    assert dialog.isVisible()
    assert dialog.seat_table.rowCount() == 1
    assert dialog.seat_table.item(0, 0).text() == "Chair"
    assert page.model.index(0, 4).data() == "Chair"

    dialog.select_seat(0)
    dialog.end_on.setDate(QDate(2026, 12, 31))
    assert dialog.end_seat()
    assert dialog.seat_table.item(0, 2).text() == "2026-12-31"
    assert page.model.index(0, 4).data() == "Chair until 2026-12-31"
    page_context.operations.undo_stack.undo()
    assert page.model.index(0, 4).data() == "Chair"


def test_a_term_ending_before_it_starts_is_refused_under_the_end(
    page: PeoplePage, page_context: PageContext, qtbot: QtBot
) -> None:
    _person(page_context, "Åsa Lind")
    page.refresh(frozenset())
    dialog = _edit(page, "Åsa Lind")
    dialog.seat_from.setDate(QDate(2023, 1, 1))
    type_text(qtbot, dialog.seat_to, "2022-12-31")
    qtbot.keyClick(dialog.seat_to, Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert dialog.seat_form.error_for("term_to") == (
        "The end date 2022-12-31 comes before the start 2023-01-01."
    )
    assert dialog.seat_to.text() == "2022-12-31"
    assert dialog.seat_table.rowCount() == 0


def test_a_second_chair_for_the_same_days_is_refused_under_the_role(
    page: PeoplePage, page_context: PageContext
) -> None:
    first = _person(page_context, "Åsa Lind")
    _person(page_context, "Bo Ek")
    page_context.services.people.add_membership(
        DelegationMembership(first, DelegationRole.CHAIR, D(2023, 1, 1), D(2026, 12, 31))
    )
    page.refresh(frozenset())
    dialog = _edit(page, "Bo Ek")
    dialog.seat_role.setCurrentIndex(dialog.seat_role.findData(DelegationRole.CHAIR.value))
    dialog.seat_from.setDate(QDate(2026, 1, 1))
    assert not dialog.add_seat()

    assert dialog.seat_form.error_for("role").startswith(
        "Åsa Lind is chair of the delegation from 2023-01-01."
    )
    assert dialog.seat_role.currentData() == DelegationRole.CHAIR.value


def test_ending_a_seat_before_it_began_is_refused_under_the_end_day(
    page: PeoplePage, page_context: PageContext
) -> None:
    member = _person(page_context, "Åsa Lind")
    page_context.services.people.add_membership(
        DelegationMembership(member, DelegationRole.MEMBER, D(2023, 1, 1))
    )
    page.refresh(frozenset())
    dialog = _edit(page, "Åsa Lind")
    dialog.select_seat(0)
    dialog.end_on.setDate(QDate(2022, 6, 30))
    assert not dialog.end_seat()
    assert dialog.end_form.error_for("term_to") == (
        "The end date 2022-06-30 comes before the start 2023-01-01."
    )


def test_the_filter_shows_members_officials_or_everyone(
    page: PeoplePage, page_context: PageContext
) -> None:
    member = _person(page_context, "Åsa Lind")
    _person(page_context, "Bo Ek")
    _person(page_context, "Cilla Ahl", PersonKind.OFFICIAL)
    page_context.services.people.add_membership(
        DelegationMembership(member, DelegationRole.MEMBER, D(2023, 1, 1))
    )
    page.refresh(frozenset())
    assert page.scope.currentText() == "Everyone"
    assert _names(page) == ["Bo Ek", "Cilla Ahl", "Åsa Lind"]

    page.set_scope(PersonScope.MEMBERS)
    assert _names(page) == ["Åsa Lind"]
    page.set_scope(PersonScope.OFFICIALS)
    assert _names(page) == ["Cilla Ahl"]

    assert page.open_record(RecordRef(RecordKind.PERSON, member))
    assert page.scope.currentText() == "Everyone"
    assert page.table.current_id() == member


def test_an_empty_filter_says_so(page: PeoplePage, page_context: PageContext) -> None:
    _person(page_context, "Bo Ek")
    page.refresh(frozenset())
    page.set_scope(PersonScope.MEMBERS)
    assert page.showing_empty_state()
    assert page.table.empty.label.text().startswith("No one has a seat in the delegation today")


def test_names_sort_the_swedish_way(page: PeoplePage, page_context: PageContext) -> None:
    for name in ("Öberg, Sven", "Åsa Lind", "Zelda Ek", "Young, Ann", "Ärla Berg"):
        _person(page_context, name)
    page.refresh(frozenset({RecordKind.PERSON}))
    expected = ["Young, Ann", "Zelda Ek", "Åsa Lind", "Ärla Berg", "Öberg, Sven"]
    assert _names(page) == expected
    page.table.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _names(page) == expected[::-1]


def test_the_model_passes_the_model_tester_on_the_example(
    example_context: PageContext, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    page = _page(example_context, qtbot)
    assert page.model.rowCount() > 20
    qtmodeltester.check(page.model)
    page.set_scope(PersonScope.MEMBERS)
    assert page.model.rowCount() == 6
    qtmodeltester.check(page.model)


def test_column_widths_are_remembered(page_context: PageContext, qtbot: QtBot) -> None:
    _page(page_context, qtbot).table.view.setColumnWidth(3, 277)
    assert _page(page_context, qtbot).table.view.columnWidth(3) == 277
