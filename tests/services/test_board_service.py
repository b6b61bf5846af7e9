"""Keeping the register of boards and their contacts."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest

from jamdesk.domain.boards import Board, BoardContact, BoardKind
from jamdesk.domain.dates import parse_date
from jamdesk.domain.errors import NotFoundError, ValidationError
from jamdesk.domain.people import Person, PersonKind
from jamdesk.services.boards import BoardService
from jamdesk.services.changes import RecordKind
from jamdesk.services.people import PersonService
from jamdesk.store.database import Database

D = dt.date


def _dump(db: Database) -> list[str]:
    return list(db.connection.iterdump())


@pytest.fixture
def service(db: Database) -> BoardService:
    return BoardService(db)


def _person(db: Database, name: str, kind: PersonKind = PersonKind.OFFICIAL) -> int:
    created = PersonService(db).create(Person(name, kind)).value
    assert created.id is not None
    return created.id


def _board(service: BoardService, name: str, start: dt.date | None = None) -> Board:
    return service.create(Board(name, BoardKind.BOARD, start or D(2019, 1, 1))).value


def test_create_stores_the_board_with_chair_and_manager(
    db: Database, service: BoardService
) -> None:
    chair = _person(db, "Åsa Lindqvist", PersonKind.POLITICIAN)
    manager = _person(db, "Göran Ek")
    result = service.create(
        Board(
            " Socialnämnden ",
            BoardKind.BOARD,
            D(2019, 1, 1),
            administration="Socialförvaltningen",
            chair_id=chair,
            manager_id=manager,
        )
    )
    assert result.changed == {RecordKind.BOARD}
    assert result.value.id is not None
    assert service.get(result.value.id) == result.value
    assert result.value.name == "Socialnämnden"


@pytest.mark.parametrize("field", ["chair_id", "manager_id"])
def test_create_refuses_an_unknown_chair_or_manager(
    db: Database, service: BoardService, field: str
) -> None:
    before = _dump(db)
    references: dict[str, Any] = {field: 999}
    board = replace(Board("Socialnämnden", BoardKind.BOARD, D(2019, 1, 1)), **references)
    with pytest.raises(NotFoundError) as caught:
        service.create(board)
    assert caught.value.field == field
    assert caught.value.message == "There is no person with id 999."
    assert _dump(db) == before


@pytest.mark.parametrize(
    ("board", "field"),
    [
        (Board("  ", BoardKind.BOARD, D(2019, 1, 1)), "name"),
        (
            Board("Socialnämnden", BoardKind.BOARD, D(2019, 1, 1), active_to=D(2018, 12, 31)),
            "active_to",
        ),
    ],
)
def test_create_refuses_invalid_boards(
    db: Database, service: BoardService, board: Board, field: str
) -> None:
    before = _dump(db)
    with pytest.raises(ValidationError) as caught:
        service.create(board)
    assert caught.value.field == field
    assert _dump(db) == before


def test_a_typed_date_that_does_not_exist_is_refused_before_anything_is_written(
    db: Database, service: BoardService
) -> None:
    before = _dump(db)
    with pytest.raises(ValidationError) as caught:
        service.create(
            Board("Socialnämnden", BoardKind.BOARD, parse_date("2025-02-30", "active_from"))
        )
    assert caught.value.field == "active_from"
    assert "2025-02-30" in caught.value.message
    assert _dump(db) == before


def test_update_changes_the_board_and_checks_references(
    db: Database, service: BoardService
) -> None:
    board = _board(service, "Tekniska nämnden")
    manager = _person(db, "Kim Berg")
    updated = service.update(
        replace(board, administration="Tekniska förvaltningen", manager_id=manager)
    )
    assert updated.changed == {RecordKind.BOARD}
    assert service.get(board.id or 0) == updated.value
    before = _dump(db)
    with pytest.raises(NotFoundError) as caught:
        service.update(replace(board, id=999))
    assert caught.value.field == "id"
    with pytest.raises(NotFoundError):
        service.update(replace(board, chair_id=424242))
    assert _dump(db) == before


def test_deactivate_keeps_the_board_and_hides_it_from_later_lists(service: BoardService) -> None:
    board = _board(service, "Överförmyndarnämnden", D(2015, 1, 1))
    ceased = service.deactivate(board.id or 0, D(2022, 12, 31))
    assert ceased.changed == {RecordKind.BOARD}
    assert ceased.value.active_to == D(2022, 12, 31)
    assert service.get(board.id or 0) == ceased.value
    assert service.list_boards(active_on=D(2023, 1, 1)) == []
    assert service.list_boards(active_on=D(2022, 6, 1)) == [ceased.value]
    assert service.list_boards() == [ceased.value]

    reactivated = service.reactivate(board.id or 0)
    assert reactivated.value.active_to is None
    assert service.list_boards(active_on=D(2030, 1, 1)) == [reactivated.value]


def test_deactivate_refuses_a_date_before_the_board_began(
    db: Database, service: BoardService
) -> None:
    board = _board(service, "Miljö- och byggnadsnämnden", D(2019, 1, 1))
    before = _dump(db)
    with pytest.raises(ValidationError) as caught:
        service.deactivate(board.id or 0, D(2018, 12, 31))
    assert caught.value.field == "active_to"
    assert "Miljö- och byggnadsnämnden" in caught.value.message
    assert "2019-01-01" in caught.value.message
    assert _dump(db) == before
    with pytest.raises(NotFoundError):
        service.deactivate(999, D(2020, 1, 1))


def test_boards_are_listed_in_swedish_order(service: BoardService) -> None:
    for name in (
        "Överförmyndarnämnden",
        "Tekniska nämnden",
        "Ärendeberedningen",
        "Åldersnämnden",
        "barn- och utbildningsnämnden",
        "Vård- och omsorgsnämnden",
        "Kommunstyrelsen",
        "Zooberedningen",
    ):
        _board(service, name)
    assert [b.name for b in service.list_boards()] == [
        "barn- och utbildningsnämnden",
        "Kommunstyrelsen",
        "Tekniska nämnden",
        "Vård- och omsorgsnämnden",
        "Zooberedningen",
        "Åldersnämnden",
        "Ärendeberedningen",
        "Överförmyndarnämnden",
    ]


def test_contacts_are_added_changed_listed_and_removed(db: Database, service: BoardService) -> None:
    board = _board(service, "Socialnämnden")
    örjan = _person(db, "Örjan Sjö")
    anna = _person(db, "Anna Åkesson")
    added = service.add_contact(BoardContact(board.id or 0, örjan, " Kvalitetsstrateg "))
    assert added.changed == {RecordKind.BOARD}
    assert added.value.capacity == "Kvalitetsstrateg"
    service.add_contact(BoardContact(board.id or 0, anna, "Controller"))
    service.add_contact(BoardContact(board.id or 0, anna, "Ekonomichef"))
    assert [(c.person.name, c.contact.capacity) for c in service.contacts(board.id or 0)] == [
        ("Anna Åkesson", "Ekonomichef"),
        ("Örjan Sjö", "Kvalitetsstrateg"),
    ]
    service.remove_contact(board.id or 0, anna)
    assert [c.person.id for c in service.contacts(board.id or 0)] == [örjan]


def test_contacts_refuse_unknown_boards_and_people(db: Database, service: BoardService) -> None:
    board = _board(service, "Socialnämnden")
    person = _person(db, "Örjan Sjö")
    before = _dump(db)
    with pytest.raises(NotFoundError) as caught:
        service.add_contact(BoardContact(999, person))
    assert (caught.value.field, caught.value.message) == (
        "board_id",
        "There is no board with id 999.",
    )
    with pytest.raises(NotFoundError) as caught:
        service.add_contact(BoardContact(board.id or 0, 999))
    assert caught.value.field == "person_id"
    with pytest.raises(NotFoundError):
        service.remove_contact(board.id or 0, person)
    assert _dump(db) == before


def test_save_creates_a_board_with_its_contacts_in_one_go(
    db: Database, service: BoardService
) -> None:
    analyst = _person(db, "Örjan Ek")
    manager = _person(db, "Åsa Lind")
    saved = service.save(
        Board("Tekniska nämnden", BoardKind.BOARD, D(2019, 1, 1), manager_id=manager),
        [(analyst, " analytiker "), (manager, "")],
    )
    assert saved.changed == {RecordKind.BOARD}
    board_id = saved.value.id
    assert board_id is not None
    assert service.get(board_id) == saved.value
    contacts = [(c.person.name, c.contact.capacity) for c in service.contacts(board_id)]
    assert contacts == [("Åsa Lind", ""), ("Örjan Ek", "analytiker")]


def test_save_makes_the_contacts_exactly_those_given(db: Database, service: BoardService) -> None:
    first, second, third = (_person(db, name) for name in ("Anna", "Bo", "Cecilia"))
    board = service.save(Board("Socialnämnden", BoardKind.BOARD, D(2019, 1, 1)), [(first, "")])
    changed = service.save(
        replace(board.value, name="Socialnämnden (ny)"), [(second, "chef"), (third, "")]
    )
    board_id = changed.value.id or 0
    assert service.get(board_id) == changed.value
    assert [c.person.name for c in service.contacts(board_id)] == ["Bo", "Cecilia"]


def test_save_refuses_an_unknown_contact_and_writes_nothing(
    db: Database, service: BoardService
) -> None:
    before = _dump(db)
    with pytest.raises(NotFoundError) as caught:
        service.save(Board("Socialnämnden", BoardKind.BOARD, D(2019, 1, 1)), [(999, "")])
    assert caught.value.field == "contacts"
    assert _dump(db) == before
