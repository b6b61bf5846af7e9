"""Keeping the register of people and the delegation's seats."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from jamdesk.domain.boards import Board, BoardKind
from jamdesk.domain.errors import NotFoundError, ValidationError
from jamdesk.domain.people import DelegationMembership, DelegationRole, Person, PersonKind
from jamdesk.services.boards import BoardService
from jamdesk.services.changes import RecordKind
from jamdesk.services.people import PersonService
from jamdesk.store.database import Database

D = dt.date
CHAIR = DelegationRole.CHAIR
VICE = DelegationRole.VICE_CHAIR
MEMBER = DelegationRole.MEMBER
SUBSTITUTE = DelegationRole.SUBSTITUTE


def _dump(db: Database) -> list[str]:
    return list(db.connection.iterdump())


@pytest.fixture
def service(db: Database) -> PersonService:
    return PersonService(db)


def _politician(service: PersonService, name: str) -> int:
    person_id = service.create(Person(name, PersonKind.POLITICIAN)).value.id
    assert person_id is not None
    return person_id


def _seat(
    person: int, role: DelegationRole, start: dt.date, end: dt.date | None = None
) -> DelegationMembership:
    return DelegationMembership(person, role, start, end)


def test_create_and_update_a_person(db: Database, service: PersonService) -> None:
    board = BoardService(db).create(Board("Socialnämnden", BoardKind.BOARD, D(2019, 1, 1))).value
    created = service.create(
        Person(
            " Göran Åberg ",
            PersonKind.OFFICIAL,
            title="Socialchef",
            email=" goran.aberg@ekby.se ",
            board_id=board.id,
        )
    )
    assert created.changed == {RecordKind.PERSON}
    assert created.value.name == "Göran Åberg"
    assert created.value.email == "goran.aberg@ekby.se"
    assert service.get(created.value.id or 0) == created.value

    updated = service.update(
        replace(created.value, title="Förvaltningschef", phone="070-123 45 67")
    )
    assert service.get(created.value.id or 0) == updated.value
    assert updated.value.title == "Förvaltningschef"


@pytest.mark.parametrize(
    ("person", "field"),
    [
        (Person("   ", PersonKind.POLITICIAN), "name"),
        (Person("Eva Ek", PersonKind.OFFICIAL, email="eva.ek.ekby.se"), "email"),
    ],
)
def test_create_refuses_invalid_people(
    db: Database, service: PersonService, person: Person, field: str
) -> None:
    before = _dump(db)
    with pytest.raises(ValidationError) as caught:
        service.create(person)
    assert caught.value.field == field
    assert _dump(db) == before


def test_create_and_update_refuse_unknown_boards_and_people(
    db: Database, service: PersonService
) -> None:
    person = service.create(Person("Eva Ek", PersonKind.OFFICIAL)).value
    before = _dump(db)
    with pytest.raises(NotFoundError) as caught:
        service.create(Person("Bo Ek", PersonKind.OFFICIAL, board_id=77))
    assert (caught.value.field, caught.value.message) == (
        "board_id",
        "There is no board with id 77.",
    )
    with pytest.raises(NotFoundError):
        service.update(replace(person, board_id=77))
    with pytest.raises(NotFoundError) as caught:
        service.update(replace(person, id=999))
    assert caught.value.field == "id"
    assert _dump(db) == before


def test_people_are_listed_by_kind_in_swedish_order(service: PersonService) -> None:
    for name, kind in (
        ("Örjan Ek", PersonKind.POLITICIAN),
        ("Zara Ek", PersonKind.POLITICIAN),
        ("Åke Ek", PersonKind.POLITICIAN),
        ("Anna Ek", PersonKind.OFFICIAL),
    ):
        service.create(Person(name, kind))
    assert [p.name for p in service.list_people()] == ["Anna Ek", "Zara Ek", "Åke Ek", "Örjan Ek"]
    assert [p.name for p in service.list_people(PersonKind.POLITICIAN)] == [
        "Zara Ek",
        "Åke Ek",
        "Örjan Ek",
    ]


def test_members_serving_are_ordered_by_role_then_name(service: PersonService) -> None:
    names = ["Östen Berg", "Anna Ström", "Åsa Holm", "Bo Lind", "Cecilia Ek", "Ulf Ek"]
    ids = {name: _politician(service, name) for name in names}
    start = D(2023, 1, 1)
    result = service.add_membership(_seat(ids["Östen Berg"], MEMBER, start))
    assert result.changed == {RecordKind.PERSON}
    service.add_membership(_seat(ids["Anna Ström"], SUBSTITUTE, start))
    service.add_membership(_seat(ids["Åsa Holm"], MEMBER, start))
    service.add_membership(_seat(ids["Bo Lind"], VICE, start))
    service.add_membership(_seat(ids["Cecilia Ek"], CHAIR, start))
    service.add_membership(_seat(ids["Ulf Ek"], MEMBER, D(2019, 1, 1), D(2022, 12, 31)))

    serving = service.members_serving(D(2024, 5, 1))
    assert [(s.person.name, s.membership.role) for s in serving] == [
        ("Cecilia Ek", CHAIR),
        ("Bo Lind", VICE),
        ("Åsa Holm", MEMBER),
        ("Östen Berg", MEMBER),
        ("Anna Ström", SUBSTITUTE),
    ]
    assert [s.person.name for s in service.members_serving(D(2022, 12, 31))] == ["Ulf Ek"]


def test_a_person_holds_one_seat_at_a_time(db: Database, service: PersonService) -> None:
    lena = _politician(service, "Lena Åström")
    service.add_membership(_seat(lena, MEMBER, D(2019, 1, 1), D(2022, 12, 31)))
    before = _dump(db)
    with pytest.raises(ValidationError) as caught:
        service.add_membership(_seat(lena, CHAIR, D(2022, 12, 31)))
    assert caught.value.field == "term_from"
    assert "Lena Åström" in caught.value.message
    assert "2019-01-01" in caught.value.message
    assert _dump(db) == before
    # The next day is free.
    service.add_membership(_seat(lena, CHAIR, D(2023, 1, 1)))
    assert len(service.memberships(lena)) == 2


@pytest.mark.parametrize("role", [CHAIR, VICE])
def test_the_delegation_has_one_chair_and_one_vice_chair_at_a_time(
    db: Database, service: PersonService, role: DelegationRole
) -> None:
    first = _politician(service, "Karin Ek")
    second = _politician(service, "Maja Öst")
    service.add_membership(_seat(first, role, D(2023, 1, 1), D(2026, 12, 31)))
    before = _dump(db)
    with pytest.raises(ValidationError) as caught:
        service.add_membership(_seat(second, role, D(2026, 6, 1)))
    assert caught.value.field == "role"
    assert "Karin Ek" in caught.value.message
    assert _dump(db) == before
    # A successor may take over the day after.
    service.add_membership(_seat(second, role, D(2027, 1, 1)))
    assert [s.person.name for s in service.members_serving(D(2027, 1, 1))] == ["Maja Öst"]


def test_add_membership_refuses_unknown_people_and_backward_terms(
    db: Database, service: PersonService
) -> None:
    person = _politician(service, "Per Ek")
    before = _dump(db)
    with pytest.raises(NotFoundError) as caught:
        service.add_membership(_seat(999, MEMBER, D(2023, 1, 1)))
    assert (caught.value.field, caught.value.message) == (
        "person_id",
        "There is no person with id 999.",
    )
    with pytest.raises(ValidationError) as caught_term:
        service.add_membership(_seat(person, MEMBER, D(2023, 1, 1), D(2022, 12, 31)))
    assert caught_term.value.field == "term_to"
    assert _dump(db) == before


def test_end_membership_sets_the_last_day(db: Database, service: PersonService) -> None:
    person = _politician(service, "Per Ek")
    seat = service.add_membership(_seat(person, MEMBER, D(2023, 1, 1))).value
    ended = service.end_membership(seat.id or 0, D(2024, 6, 30))
    assert ended.changed == {RecordKind.PERSON}
    assert ended.value.term_to == D(2024, 6, 30)
    assert service.memberships(person) == [ended.value]
    assert service.members_serving(D(2024, 7, 1)) == []

    before = _dump(db)
    with pytest.raises(ValidationError) as caught:
        service.end_membership(seat.id or 0, D(2022, 12, 31))
    assert caught.value.field == "term_to"
    with pytest.raises(NotFoundError):
        service.end_membership(999, D(2024, 1, 1))
    assert _dump(db) == before


def test_moving_an_end_later_may_not_create_two_chairs(
    db: Database, service: PersonService
) -> None:
    first = _politician(service, "Karin Ek")
    second = _politician(service, "Maja Öst")
    old = service.add_membership(_seat(first, CHAIR, D(2019, 1, 1), D(2022, 12, 31))).value
    service.add_membership(_seat(second, CHAIR, D(2023, 1, 1)))
    before = _dump(db)
    with pytest.raises(ValidationError) as caught:
        service.end_membership(old.id or 0, D(2023, 3, 31))
    assert caught.value.field == "role"
    assert _dump(db) == before


def test_update_membership_corrects_a_seat(service: PersonService) -> None:
    person = _politician(service, "Per Ek")
    seat = service.add_membership(_seat(person, SUBSTITUTE, D(2023, 1, 1))).value
    corrected = service.update_membership(replace(seat, role=MEMBER, term_from=D(2023, 2, 1)))
    assert service.memberships(person) == [corrected.value]
    with pytest.raises(NotFoundError):
        service.update_membership(replace(seat, id=999))
