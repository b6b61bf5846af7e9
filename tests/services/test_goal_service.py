"""Keeping the goals that records are tagged with."""

from __future__ import annotations

from dataclasses import replace

import pytest

from jamdesk.domain.errors import NotFoundError, ValidationError
from jamdesk.domain.goals import Goal, GoalKind
from jamdesk.services.changes import RecordKind
from jamdesk.services.goals import GoalService
from jamdesk.store.database import Database


def _dump(db: Database) -> list[str]:
    return list(db.connection.iterdump())


@pytest.fixture
def service(db: Database) -> GoalService:
    return GoalService(db)


def test_create_update_and_get(service: GoalService) -> None:
    created = service.create(Goal(GoalKind.OWN, " Jämställda föreningsbidrag ", code=" E1 "))
    assert created.changed == {RecordKind.GOAL}
    assert (created.value.title, created.value.code) == ("Jämställda föreningsbidrag", "E1")
    assert service.get(created.value.id or 0) == created.value
    updated = service.update(replace(created.value, description="Bidrag fördelas lika"))
    assert service.get(created.value.id or 0) == updated.value


def test_create_refuses_an_empty_title(db: Database, service: GoalService) -> None:
    before = _dump(db)
    with pytest.raises(ValidationError) as caught:
        service.create(Goal(GoalKind.OWN, "  "))
    assert caught.value.field == "title"
    assert _dump(db) == before


def test_a_code_is_used_once_per_kind(db: Database, service: GoalService) -> None:
    service.create(Goal(GoalKind.CHARTER, "Artikel 1", code="1"))
    national = service.create(Goal(GoalKind.NATIONAL, "Makt och inflytande", code="1")).value
    before = _dump(db)
    with pytest.raises(ValidationError) as caught:
        service.create(Goal(GoalKind.CHARTER, "Artikel ett", code="1"))
    assert caught.value.field == "code"
    assert "Artikel 1" in caught.value.message
    with pytest.raises(ValidationError):
        service.update(replace(national, kind=GoalKind.CHARTER))
    assert _dump(db) == before
    # Goals without codes, and a goal keeping its own code, are fine.
    service.create(Goal(GoalKind.OWN, "Eget mål"))
    service.create(Goal(GoalKind.OWN, "Ett till eget mål"))
    service.update(replace(national, title="Jämn fördelning av makt och inflytande"))


def test_set_active_retires_and_restores(service: GoalService) -> None:
    goal = service.create(Goal(GoalKind.OWN, "Eget mål")).value
    retired = service.set_active(goal.id or 0, False)
    assert retired.changed == {RecordKind.GOAL}
    assert service.list_goals() == []
    assert service.list_goals(include_inactive=True) == [retired.value]
    service.set_active(goal.id or 0, True)
    assert [g.id for g in service.list_goals()] == [goal.id]


def test_unknown_goals_are_refused(db: Database, service: GoalService) -> None:
    goal = service.create(Goal(GoalKind.OWN, "Eget mål")).value
    before = _dump(db)
    with pytest.raises(NotFoundError) as caught:
        service.set_active(999, False)
    assert (caught.value.field, caught.value.message) == ("id", "There is no goal with id 999.")
    with pytest.raises(NotFoundError):
        service.update(replace(goal, id=999))
    assert _dump(db) == before


def test_goals_are_listed_by_kind_sort_order_and_code(service: GoalService) -> None:
    service.create(Goal(GoalKind.CHARTER, "Artikel 10", code="10"))
    service.create(Goal(GoalKind.CHARTER, "Artikel 2", code="2"))
    service.create(Goal(GoalKind.NATIONAL, "Jämställd hälsa", code="5", sort_order=5))
    service.create(Goal(GoalKind.NATIONAL, "Ekonomisk jämställdhet", code="2", sort_order=2))
    service.create(Goal(GoalKind.OWN, "Eget mål", sort_order=1))
    service.create(Goal(GoalKind.CHARTER, "Först bland artiklarna", code="30", sort_order=-1))
    assert [g.title for g in service.list_goals()] == [
        "Eget mål",
        "Ekonomisk jämställdhet",
        "Jämställd hälsa",
        "Först bland artiklarna",
        "Artikel 2",
        "Artikel 10",
    ]
    assert [g.code for g in service.list_goals(GoalKind.CHARTER)] == ["30", "2", "10"]
