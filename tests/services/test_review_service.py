"""Recording development needs and reviews of governance documents."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest

from jamdesk.domain.boards import Board, BoardKind
from jamdesk.domain.errors import NotFoundError, ValidationError
from jamdesk.domain.goals import Goal, GoalKind
from jamdesk.domain.people import Person, PersonKind
from jamdesk.domain.reviews import DevelopmentNeed, DocumentKind, DocumentReview, NeedStatus
from jamdesk.services.boards import BoardService
from jamdesk.services.changes import RecordKind
from jamdesk.services.goals import GoalService
from jamdesk.services.people import PersonService
from jamdesk.services.reviews import ReviewService
from jamdesk.store.database import Database

D = dt.date


def _dump(db: Database) -> list[str]:
    return list(db.connection.iterdump())


def _meeting(db: Database) -> int:
    # The meetings service belongs to another part; a plain row is all these tests need.
    with db.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO meeting (kind, meeting_date, start_time)"
            " VALUES ('other', '2025-10-01', '13:00')"
        )
    return int(cursor.lastrowid or 0)


class World:
    """Two boards, a reviewer, two goals and a meeting."""

    def __init__(self, db: Database) -> None:
        boards = BoardService(db)
        self.social = (
            boards.create(Board("Socialnämnden", BoardKind.BOARD, D(2019, 1, 1))).value.id or 0
        )
        self.culture = (
            boards.create(
                Board("Kultur- och fritidsnämnden", BoardKind.BOARD, D(2019, 1, 1))
            ).value.id
            or 0
        )
        self.reviewer = (
            PersonService(db).create(Person("Åsa Berg", PersonKind.OFFICIAL)).value.id or 0
        )
        goals = GoalService(db)
        self.health = (
            goals.create(Goal(GoalKind.NATIONAL, "Jämställd hälsa", code="5")).value.id or 0
        )
        self.violence = (
            goals.create(
                Goal(GoalKind.NATIONAL, "Mäns våld mot kvinnor ska upphöra", code="6")
            ).value.id
            or 0
        )
        self.meeting = _meeting(db)


@pytest.fixture
def world(db: Database) -> World:
    return World(db)


@pytest.fixture
def service(db: Database) -> ReviewService:
    return ReviewService(db)


def test_create_need_with_goal_tags(world: World, service: ReviewService) -> None:
    created = service.create_need(
        DevelopmentNeed(
            " Könsuppdelad statistik saknas i ekonomiskt bistånd ",
            D(2025, 10, 1),
            board_id=world.social,
            meeting_id=world.meeting,
            goal_ids=(world.violence, world.health, world.health),
        )
    )
    assert created.changed == {RecordKind.NEED}
    assert created.value.description == "Könsuppdelad statistik saknas i ekonomiskt bistånd"
    assert created.value.goal_ids == (world.health, world.violence)
    assert service.get_need(created.value.id or 0) == created.value


def test_update_need_and_set_status(world: World, service: ReviewService) -> None:
    need = service.create_need(
        DevelopmentNeed("Analys saknas", D(2025, 3, 1), goal_ids=(world.health,))
    ).value
    updated = service.update_need(
        replace(need, board_id=world.culture, goal_ids=(world.violence,), note="Tas upp i maj")
    )
    assert service.get_need(need.id or 0) == updated.value
    addressed = service.set_need_status(need.id or 0, NeedStatus.ADDRESSED)
    assert addressed.changed == {RecordKind.NEED}
    stored = service.get_need(need.id or 0)
    assert stored is not None
    assert stored.status is NeedStatus.ADDRESSED
    assert stored.goal_ids == (world.violence,)


def test_needs_are_listed_by_board_latest_first(world: World, service: ReviewService) -> None:
    older = service.create_need(
        DevelopmentNeed("Äldre behov", D(2024, 1, 1), board_id=world.social)
    ).value
    newer = service.create_need(
        DevelopmentNeed("Nyare behov", D(2025, 1, 1), board_id=world.social)
    ).value
    other = service.create_need(
        DevelopmentNeed("Annan nämnd", D(2025, 6, 1), board_id=world.culture)
    ).value
    assert service.list_needs(world.social) == [newer, older]
    assert service.list_needs() == [other, newer, older]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"board_id": 999}, "board_id"),
        ({"meeting_id": 999}, "meeting_id"),
        ({"goal_ids": (999,)}, "goal_ids"),
    ],
)
def test_need_refuses_unknown_references(
    db: Database, world: World, service: ReviewService, changes: dict[str, Any], field: str
) -> None:
    before = _dump(db)
    need = replace(
        DevelopmentNeed("Analys saknas", D(2025, 3, 1), goal_ids=(world.health,)), **changes
    )
    with pytest.raises(NotFoundError) as caught:
        service.create_need(need)
    assert caught.value.field == field
    assert "999" in caught.value.message
    assert _dump(db) == before


def test_need_refuses_empty_description_and_unknown_ids(
    db: Database, world: World, service: ReviewService
) -> None:
    before = _dump(db)
    with pytest.raises(ValidationError) as caught:
        service.create_need(DevelopmentNeed("  ", D(2025, 3, 1)))
    assert caught.value.field == "description"
    with pytest.raises(NotFoundError):
        service.update_need(DevelopmentNeed("Finns inte", D(2025, 3, 1), id=999))
    with pytest.raises(NotFoundError):
        service.set_need_status(999, NeedStatus.CLOSED)
    assert _dump(db) == before


def test_create_and_update_review(world: World, service: ReviewService) -> None:
    created = service.create_review(
        DocumentReview(
            world.social,
            " Budget 2026 ",
            DocumentKind.BUDGET,
            D(2025, 11, 5),
            version="Remiss",
            document_date=D(2025, 10, 20),
            findings="Saknar könsuppdelad statistik",
            reviewer_id=world.reviewer,
            meeting_id=world.meeting,
            goal_ids=(world.health,),
        )
    )
    assert created.changed == {RecordKind.REVIEW}
    assert created.value.document_title == "Budget 2026"
    assert service.get_review(created.value.id or 0) == created.value
    updated = service.update_review(replace(created.value, version="Beslutad", goal_ids=()))
    assert service.get_review(created.value.id or 0) == updated.value


def test_reviews_are_listed_by_board_latest_review_first(
    world: World, service: ReviewService
) -> None:
    def review(board: int, title: str, on: dt.date) -> DocumentReview:
        return service.create_review(
            DocumentReview(board, title, DocumentKind.ANNUAL_REPORT, on)
        ).value

    old = review(world.social, "Årsredovisning 2023", D(2024, 4, 1))
    new = review(world.social, "Årsredovisning 2024", D(2025, 4, 1))
    other = review(world.culture, "Årsredovisning 2024", D(2025, 3, 1))
    assert service.list_reviews(world.social) == [new, old]
    assert service.list_reviews() == [new, other, old]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"board_id": 999}, "board_id"),
        ({"reviewer_id": 999}, "reviewer_id"),
        ({"meeting_id": 999}, "meeting_id"),
        ({"goal_ids": (999,)}, "goal_ids"),
        ({"document_title": " "}, "document_title"),
    ],
)
def test_review_refuses_invalid_input(
    db: Database, world: World, service: ReviewService, changes: dict[str, Any], field: str
) -> None:
    before = _dump(db)
    review = replace(
        DocumentReview(world.social, "Budget 2026", DocumentKind.BUDGET, D(2025, 11, 5)), **changes
    )
    with pytest.raises((NotFoundError, ValidationError)) as caught:
        service.create_review(review)
    assert caught.value.field == field
    assert _dump(db) == before


def test_unknown_reviews_are_refused(db: Database, world: World, service: ReviewService) -> None:
    before = _dump(db)
    review = DocumentReview(
        world.social, "Budget 2026", DocumentKind.BUDGET, D(2025, 11, 5), id=999
    )
    with pytest.raises(NotFoundError) as caught:
        service.update_review(review)
    assert (caught.value.field, caught.value.message) == (
        "id",
        "There is no document review with id 999.",
    )
    assert _dump(db) == before


def test_delete_review_removes_it_with_its_goal_tags(
    db: Database, world: World, service: ReviewService
) -> None:
    review = service.create_review(
        DocumentReview(
            world.social,
            "Budget 2027",
            DocumentKind.BUDGET,
            D(2026, 10, 1),
            goal_ids=(world.health,),
        )
    ).value
    deleted = service.delete_review(review.id or 0)
    assert deleted.changed == {RecordKind.REVIEW}
    assert deleted.value == review
    assert service.get_review(review.id or 0) is None
    assert db.execute("SELECT count(*) FROM document_review_goal").fetchone()[0] == 0
    with pytest.raises(NotFoundError):
        service.delete_review(review.id or 0)


def test_delete_need_removes_it_with_its_goal_tags(
    db: Database, world: World, service: ReviewService
) -> None:
    need = service.create_need(
        DevelopmentNeed("Analys saknas", D(2025, 3, 1), goal_ids=(world.health, world.violence))
    ).value
    deleted = service.delete_need(need.id or 0)
    assert deleted.changed == {RecordKind.NEED}
    assert service.get_need(need.id or 0) is None
    assert db.execute("SELECT count(*) FROM development_need_goal").fetchone()[0] == 0
    before = _dump(db)
    with pytest.raises(NotFoundError) as caught:
        service.delete_need(need.id or 0)
    assert caught.value.field == "id"
    assert _dump(db) == before
