"""Operations: every change from the window is one undoable step that tells the pages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from jamdesk.domain.boards import Board, BoardKind
from jamdesk.domain.errors import DomainError, ValidationError
from jamdesk.domain.meetings import Meeting, MeetingKind, MeetingStatus
from jamdesk.domain.minutes import MinutesKind
from jamdesk.domain.people import Person, PersonKind
from jamdesk.services.changes import RecordKind
from jamdesk.services.container import Services, build_services
from jamdesk.store.database import Database
from jamdesk.store.undo import UndoError, UndoLog
from jamdesk.ui.operations import TABLE_KINDS, Operations, kinds_of

TODAY = dt.date(2026, 11, 23)


@dataclass
class Heard:
    """What the operations announced, in order."""

    changed: list[frozenset[RecordKind]]
    failed: list[DomainError]


@dataclass
class Window:
    """The part of the window under test: services, operations, and what they said."""

    db: Database
    services: Services
    operations: Operations
    heard: Heard
    board_id: int

    def rows(self, table: str) -> int:
        return int(self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


@pytest.fixture
def window(db: Database) -> Iterator[Window]:
    services = build_services(db)
    board = services.boards.create(
        Board("Socialnämnden", BoardKind.BOARD, dt.date(2020, 1, 1))
    ).value
    assert board.id is not None
    operations = Operations(UndoLog(db))
    heard = Heard([], [])
    operations.changed.connect(heard.changed.append)
    operations.failed.connect(heard.failed.append)
    yield Window(db, services, operations, heard, board.id)
    operations.undo_stack.clear()


def plan(window: Window, title: str = "Budgetdialog") -> Meeting:
    return window.operations.run(
        "plan meeting",
        lambda: window.services.meetings.plan(
            Meeting(
                MeetingKind.BUDGET_DIALOGUE,
                dt.date(2027, 3, 1),
                dt.time(13, 0),
                title=title,
                board_ids=(window.board_id,),
            )
        ),
    )


def test_a_use_case_that_changes_the_store_is_one_undoable_step(window: Window) -> None:
    meeting = plan(window)

    stack = window.operations.undo_stack
    assert meeting.id is not None
    assert stack.count() == 1
    assert stack.canUndo()
    assert stack.undoText() == "plan meeting"
    assert window.heard.changed == [frozenset({RecordKind.MEETING, RecordKind.AGENDA})]


def test_each_use_case_is_its_own_step(window: Window) -> None:
    plan(window, "Första")
    plan(window, "Andra")

    assert window.operations.undo_stack.count() == 2
    window.operations.undo_stack.undo()
    titles = [title for (title,) in window.db.execute("SELECT title FROM meeting")]
    assert titles == ["Första"]


def test_a_use_case_that_changes_nothing_pushes_no_step(window: Window) -> None:
    meeting = plan(window)
    assert meeting.id is not None

    same = window.operations.run(
        "mark planned",
        lambda: window.services.meetings.set_status(meeting.id or 0, MeetingStatus.PLANNED),
    )

    assert same.status is MeetingStatus.PLANNED
    assert window.operations.undo_stack.count() == 1
    assert window.operations.undo_stack.undoText() == "plan meeting"
    assert len(window.heard.changed) == 1


def test_a_refused_use_case_raises_as_is_and_pushes_nothing(window: Window) -> None:
    with pytest.raises(ValidationError) as refused:
        window.operations.run(
            "add board", lambda: window.services.boards.create(Board("  ", BoardKind.BOARD, TODAY))
        )

    assert refused.value.field == "name"
    assert window.operations.undo_stack.count() == 0
    assert window.heard.changed == []


def test_undo_and_redo_restore_the_store_and_name_the_kinds_touched(window: Window) -> None:
    plan(window)
    assert (window.rows("meeting"), window.rows("agenda_item")) == (1, 3)
    window.heard.changed.clear()

    window.operations.undo_stack.undo()

    assert (window.rows("meeting"), window.rows("meeting_board"), window.rows("agenda_item")) == (
        0,
        0,
        0,
    )
    assert window.heard.changed == [frozenset({RecordKind.MEETING, RecordKind.AGENDA})]
    assert window.operations.undo_stack.redoText() == "plan meeting"

    window.operations.undo_stack.redo()

    assert (window.rows("meeting"), window.rows("meeting_board"), window.rows("agenda_item")) == (
        1,
        1,
        3,
    )
    assert window.heard.changed[-1] == frozenset({RecordKind.MEETING, RecordKind.AGENDA})
    assert window.heard.failed == []


def test_undo_of_a_change_to_a_person_names_only_people(window: Window) -> None:
    person = window.operations.run(
        "add person",
        lambda: window.services.people.create(Person("Åsa Öberg", PersonKind.POLITICIAN)),
    )
    window.heard.changed.clear()

    window.operations.undo_stack.undo()

    assert window.services.people.get(person.id or 0) is None
    assert window.heard.changed == [frozenset({RecordKind.PERSON})]


def test_a_refused_undo_says_so_and_leaves_the_store_as_it_was(window: Window) -> None:
    services = window.services
    person = services.people.create(Person("Karin Sjöström", PersonKind.OFFICIAL)).value
    meeting = services.meetings.plan(
        Meeting(MeetingKind.DELEGATION_MEETING, dt.date(2026, 11, 10), dt.time(9, 0))
    ).value
    assert person.id is not None and meeting.id is not None
    services.meetings.set_status(meeting.id, MeetingStatus.HELD)
    minutes = services.minutes.draft(meeting.id, MinutesKind.PROTOCOL).value
    assert minutes.id is not None
    services.minutes.set_adjusters(minutes.id, [person.id])
    window.operations.run(
        "adjust minutes", lambda: services.minutes.mark_adjusted(minutes.id or 0, TODAY)
    )
    window.heard.changed.clear()

    window.operations.undo_stack.undo()

    assert len(window.heard.failed) == 1
    assert isinstance(window.heard.failed[0], UndoError)
    assert window.heard.changed == []
    assert services.minutes.get(minutes.id).adjusted
    # The refused step is dropped rather than offered again and again.
    assert window.operations.undo_stack.count() == 0
    assert not window.operations.undo_stack.canRedo()


def test_every_table_of_the_store_names_the_kind_of_record_it_holds(db: Database) -> None:
    tables = {
        name
        for (name,) in db.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table'"
            " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%'"
        )
    }

    assert tables - TABLE_KINDS.keys() == set()
    assert kinds_of(frozenset(tables)) == frozenset(RecordKind)


def test_kinds_of_ignores_tables_it_does_not_know() -> None:
    assert kinds_of(frozenset({"commitment_event", "no_such_table"})) == frozenset(
        {RecordKind.COMMITMENT}
    )
