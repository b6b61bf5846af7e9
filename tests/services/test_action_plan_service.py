"""Keeping the charter's action plan."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from jamdesk.domain.action_plan import ActionPlanItem, ActionStatus
from jamdesk.domain.boards import Board, BoardKind
from jamdesk.domain.errors import NotFoundError, ValidationError
from jamdesk.domain.goals import Goal, GoalKind
from jamdesk.services.action_plan import ActionPlanService
from jamdesk.services.boards import BoardService
from jamdesk.services.changes import RecordKind
from jamdesk.services.goals import GoalService
from jamdesk.store.database import Database

D = dt.date


def _dump(db: Database) -> list[str]:
    return list(db.connection.iterdump())


@pytest.fixture
def service(db: Database) -> ActionPlanService:
    return ActionPlanService(db)


def _article(db: Database, code: str) -> int:
    goal = GoalService(db).create(Goal(GoalKind.CHARTER, f"Artikel {code}", code=code)).value
    return goal.id or 0


def test_create_update_and_set_status(db: Database, service: ActionPlanService) -> None:
    article = _article(db, "6")
    board = (
        BoardService(db)
        .create(Board("Kommunstyrelsen", BoardKind.EXECUTIVE_BOARD, D(2019, 1, 1)))
        .value
    )
    created = service.create(
        ActionPlanItem(
            " Könsuppdela all individstatistik ",
            goal_id=article,
            priority="Hög",
            resources="0,5 tjänst",
            indicator="Andel rapporter med könsuppdelad statistik",
            board_id=board.id,
            due_on=D(2026, 12, 31),
        )
    )
    assert created.changed == {RecordKind.ACTION_PLAN}
    assert created.value.action == "Könsuppdela all individstatistik"
    assert service.get(created.value.id or 0) == created.value
    updated = service.update(replace(created.value, resources="En tjänst"))
    assert service.get(created.value.id or 0) == updated.value
    ongoing = service.set_status(created.value.id or 0, ActionStatus.ONGOING)
    assert ongoing.changed == {RecordKind.ACTION_PLAN}
    assert service.get(created.value.id or 0) == replace(updated.value, status=ActionStatus.ONGOING)


def test_items_are_listed_by_article_then_due_date(
    db: Database, service: ActionPlanService
) -> None:
    art10 = _article(db, "10")
    art2 = _article(db, "2")

    def add(action: str, goal: int | None, due: dt.date | None) -> int:
        return service.create(ActionPlanItem(action, goal_id=goal, due_on=due)).value.id or 0

    late = add("Utbilda chefer", art2, D(2026, 6, 1))
    loose = add("Informera invånare", None, D(2025, 1, 1))
    undated = add("Följa upp", art2, None)
    early = add("Ta fram statistik", art2, D(2025, 6, 1))
    ten = add("Jämställd upphandling", art10, D(2025, 1, 1))
    assert [i.id for i in service.list_items()] == [early, late, undated, ten, loose]
    assert [i.id for i in service.list_items(goal_id=art2)] == [early, late, undated]
    assert [i.id for i in service.overdue(D(2025, 6, 2))] == [loose, ten, early]
    service.set_status(early, ActionStatus.DONE)
    assert [i.id for i in service.overdue(D(2025, 6, 2))] == [loose, ten]


@pytest.mark.parametrize(
    ("item", "field", "error"),
    [
        (ActionPlanItem("  "), "action", ValidationError),
        (ActionPlanItem("Utbilda chefer", goal_id=999), "goal_id", NotFoundError),
        (ActionPlanItem("Utbilda chefer", board_id=999), "board_id", NotFoundError),
    ],
)
def test_create_refuses_invalid_input(
    db: Database,
    service: ActionPlanService,
    item: ActionPlanItem,
    field: str,
    error: type[Exception],
) -> None:
    before = _dump(db)
    with pytest.raises(error) as caught:
        service.create(item)
    assert getattr(caught.value, "field", None) == field
    assert _dump(db) == before


def test_unknown_items_are_refused(db: Database, service: ActionPlanService) -> None:
    before = _dump(db)
    with pytest.raises(NotFoundError) as caught:
        service.set_status(999, ActionStatus.DONE)
    assert (caught.value.field, caught.value.message) == (
        "id",
        "There is no action with id 999 in the plan.",
    )
    with pytest.raises(NotFoundError):
        service.update(ActionPlanItem("Finns inte", id=999))
    assert _dump(db) == before
