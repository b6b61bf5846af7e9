"""The register lists: filters, Swedish name order and paging, on real stores."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jamdesk.domain.action_plan import ActionPlanItem, ActionStatus
from jamdesk.domain.boards import Board, BoardKind
from jamdesk.domain.goals import Goal, GoalKind
from jamdesk.domain.people import DelegationMembership, DelegationRole, Person, PersonKind
from jamdesk.domain.reviews import DevelopmentNeed, DocumentKind, DocumentReview, NeedStatus
from jamdesk.services.container import Services, build_services
from jamdesk.store.database import Database
from jamdesk.store.people import swedish_sort_key
from jamdesk.store.register_lists import (
    BoardList,
    BoardSort,
    GoalList,
    GoalSort,
    PersonList,
    PersonScope,
    PersonSort,
    swedish_key,
    swedish_rank,
)
from jamdesk.store.review_lists import (
    ActionList,
    ActionSort,
    NeedList,
    NeedSort,
    ReviewList,
    ReviewSort,
)

D = dt.date
TODAY = D(2026, 11, 23)


@pytest.fixture
def services(db: Database) -> Services:
    return build_services(db)


def _board(services: Services, name: str, chair_id: int | None = None) -> int:
    board = Board(name, BoardKind.BOARD, D(2019, 1, 1), chair_id=chair_id)
    return services.boards.save(board, []).value.id or 0


def _person(services: Services, name: str, kind: PersonKind = PersonKind.OFFICIAL) -> int:
    return services.people.create(Person(name, kind)).value.id or 0


def _names(source: BoardList | PersonList, sort: str, descending: bool = False) -> list[str]:
    return [row.name for row in source.fetch(sort, descending, 0, 100)]


def test_boards_sort_the_swedish_way(db: Database, services: Services) -> None:
    for name in ("Åsa-nämnden", "Zelda-nämnden", "Öberg-nämnden", "Young-nämnden", "Ärla", "adam"):
        _board(services, name)
    boards = BoardList(db.connection)

    expected = ["adam", "Young-nämnden", "Zelda-nämnden", "Åsa-nämnden", "Ärla", "Öberg-nämnden"]
    assert _names(boards, BoardSort.NAME) == expected
    assert _names(boards, BoardSort.NAME, descending=True) == expected[::-1]


def test_boards_page_in_the_same_order_as_a_full_read(db: Database, services: Services) -> None:
    for number in range(25):
        _board(services, f"Nämnd {chr(ord('A') + number % 5)}{number}")
    boards = BoardList(db.connection)
    full = [row.id for row in boards.fetch(BoardSort.NAME, False, 0, 100)]
    paged = [row.id for offset in range(0, 25, 7) for row in boards.fetch("name", False, offset, 7)]
    assert paged == full
    assert boards.count() == 25


def test_ceased_boards_can_be_hidden_and_keep_their_dates(db: Database, services: Services) -> None:
    _board(services, "Socialnämnden")
    ceased = _board(services, "Servicenämnden")
    services.boards.deactivate(ceased, D(2023, 12, 31))
    boards = BoardList(db.connection)

    boards.hide_ceased_before = TODAY
    assert _names(boards, BoardSort.NAME) == ["Socialnämnden"]
    assert boards.count() == 1
    assert boards.count_all() == 2

    boards.hide_ceased_before = None
    rows = boards.fetch(BoardSort.ACTIVE_TO, False, 0, 10)
    assert [row.name for row in rows] == ["Socialnämnden", "Servicenämnden"]
    assert rows[1].active_to == D(2023, 12, 31)
    assert rows[1].ceased_before(TODAY)
    assert not rows[0].ceased_before(TODAY)


def test_boards_without_a_chair_come_last_whichever_the_direction(
    db: Database, services: Services
) -> None:
    _board(services, "Utan ordförande")
    _board(services, "Med Östen", chair_id=_person(services, "Östen Ek", PersonKind.POLITICIAN))
    _board(services, "Med Åke", chair_id=_person(services, "Åke Berg", PersonKind.POLITICIAN))
    boards = BoardList(db.connection)

    assert _names(boards, BoardSort.CHAIR) == ["Med Åke", "Med Östen", "Utan ordförande"]
    assert _names(boards, BoardSort.CHAIR, descending=True) == [
        "Med Östen",
        "Med Åke",
        "Utan ordförande",
    ]
    rows = boards.fetch(BoardSort.CHAIR, False, 0, 10)
    assert [row.chair for row in rows] == ["Åke Berg", "Östen Ek", ""]


def test_people_sort_the_swedish_way(db: Database, services: Services) -> None:
    for name in ("Åsa Lind", "Zelda Ek", "Öberg, Sven", "Young, Ann", "Émile Roy"):
        _person(services, name)
    people = PersonList(db.connection, TODAY)
    expected = ["Émile Roy", "Young, Ann", "Zelda Ek", "Åsa Lind", "Öberg, Sven"]
    assert _names(people, PersonSort.NAME) == expected


@settings(max_examples=25, deadline=None)
@given(st.lists(st.text(alphabet="aAzZåÅäÄöÖéüæø -", min_size=1, max_size=6), max_size=12))
def test_the_sql_ranking_follows_the_swedish_sort_key(names: list[str]) -> None:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
    connection.executemany("INSERT INTO t (name) VALUES (?)", [(name,) for name in names])
    rank = swedish_rank(connection, "SELECT id, name FROM t")
    ordered = [
        row[0]
        for row in connection.execute(
            "SELECT t.name FROM t ORDER BY (SELECT sv.key FROM json_each(?) sv "
            "WHERE sv.value = t.id)",
            (rank,),
        )
    ]
    assert [swedish_sort_key(name) for name in ordered] == sorted(
        swedish_sort_key(name) for name in names
    )


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_the_fast_key_is_the_swedish_sort_key(text: str) -> None:
    assert swedish_key(text) == swedish_sort_key(text)


def test_people_filters_members_officials_and_everyone(db: Database, services: Services) -> None:
    chair = _person(services, "Åsa Lind", PersonKind.POLITICIAN)
    coming = _person(services, "Bo Ek", PersonKind.POLITICIAN)
    former = _person(services, "Cilla Ahl", PersonKind.POLITICIAN)
    _person(services, "Dan Ström")  # an official
    seats = services.people
    seats.add_membership(DelegationMembership(chair, DelegationRole.CHAIR, D(2023, 1, 1)))
    seats.add_membership(DelegationMembership(coming, DelegationRole.MEMBER, D(2027, 1, 1)))
    seats.add_membership(
        DelegationMembership(former, DelegationRole.MEMBER, D(2019, 1, 1), D(2022, 12, 31))
    )
    people = PersonList(db.connection, TODAY)

    people.scope = PersonScope.MEMBERS
    rows = people.fetch(PersonSort.NAME, False, 0, 10)
    assert [(row.name, row.seat_role, row.seat_from) for row in rows] == [
        ("Bo Ek", DelegationRole.MEMBER, D(2027, 1, 1)),
        ("Åsa Lind", DelegationRole.CHAIR, D(2023, 1, 1)),
    ]
    assert people.count() == 2
    people.scope = PersonScope.OFFICIALS
    assert _names(people, PersonSort.NAME) == ["Dan Ström"]
    people.scope = PersonScope.EVERYONE
    assert people.count() == 4
    assert _names(people, PersonSort.SEAT) == ["Åsa Lind", "Bo Ek", "Cilla Ahl", "Dan Ström"]


def test_goals_list_in_natural_code_order_with_filters(db: Database, services: Services) -> None:
    goals = services.goals
    for code in ("Art. 10", "Art. 2", "Art. 1"):
        goals.create(Goal(GoalKind.CHARTER, f"Artikel {code}", code=code))
    retired = goals.create(Goal(GoalKind.OWN, "Gammalt mål", code="M1")).value.id or 0
    goals.set_active(retired, False)
    goals.create(Goal(GoalKind.NATIONAL, "Ekonomisk jämställdhet", code="2"))
    listed = GoalList(db.connection)

    codes = [goal.code for goal in listed.fetch(GoalSort.ORDER, False, 0, 10)]
    assert codes == ["M1", "2", "Art. 1", "Art. 2", "Art. 10"]
    listed.include_inactive = False
    listed.kind = GoalKind.CHARTER
    assert [goal.code for goal in listed.fetch(GoalSort.CODE, True, 0, 10)] == [
        "Art. 10",
        "Art. 2",
        "Art. 1",
    ]
    assert listed.count() == 3
    listed.kind = None
    assert "M1" not in [goal.code for goal in listed.fetch(GoalSort.ORDER, False, 0, 10)]
    assert listed.count_all() == 5


def test_reviews_filter_by_board_and_sort_by_board_the_swedish_way(
    db: Database, services: Services
) -> None:
    older = _board(services, "Överförmyndarnämnden")
    social = _board(services, "Socialnämnden")
    health = services.goals.create(Goal(GoalKind.NATIONAL, "Hälsa", code="5")).value.id or 0
    own = services.goals.create(Goal(GoalKind.OWN, "Service", code="M1")).value.id or 0
    reviews = services.reviews
    reviews.create_review(
        DocumentReview(older, "Verksamhetsplan", DocumentKind.BUSINESS_PLAN, D(2026, 3, 1))
    )
    reviews.create_review(
        DocumentReview(
            social, "Budget 2027", DocumentKind.BUDGET, D(2026, 10, 1), goal_ids=(health, own)
        )
    )
    listed = ReviewList(db.connection)

    rows = listed.fetch(ReviewSort.REVIEWED_ON, True, 0, 10)
    assert [row.document_title for row in rows] == ["Budget 2027", "Verksamhetsplan"]
    assert rows[0].goals == ("M1", "5")  # own goals first, as goals are listed
    assert [row.board for row in listed.fetch(ReviewSort.BOARD, False, 0, 10)] == [
        "Socialnämnden",
        "Överförmyndarnämnden",
    ]
    listed.board_id = older
    assert listed.count() == 1
    assert [row.board for row in listed.fetch(ReviewSort.TITLE, False, 0, 10)] == [
        "Överförmyndarnämnden"
    ]


def test_needs_filter_by_status_and_list_needs_of_no_board_last(
    db: Database, services: Services
) -> None:
    social = _board(services, "Socialnämnden")
    reviews = services.reviews
    reviews.create_need(DevelopmentNeed("Statistik saknas", D(2026, 1, 1), board_id=social))
    general = reviews.create_need(DevelopmentNeed("Ingen analys", D(2026, 2, 1))).value
    reviews.set_need_status(general.id or 0, NeedStatus.CLOSED)
    listed = NeedList(db.connection)

    for descending in (False, True):
        rows = listed.fetch(NeedSort.BOARD, descending, 0, 10)
        assert [row.board for row in rows] == ["Socialnämnden", ""]
    listed.statuses = {NeedStatus.OPEN, NeedStatus.ADDRESSED}
    assert [row.description for row in listed.fetch("identified_on", True, 0, 10)] == [
        "Statistik saknas"
    ]
    assert listed.count() == 1
    assert listed.count_all() == 2


def test_the_action_plan_lists_by_article_and_knows_what_is_overdue(
    db: Database, services: Services
) -> None:
    goals = services.goals
    art10 = goals.create(Goal(GoalKind.CHARTER, "Artikel 10", code="Art. 10")).value.id
    art2 = goals.create(Goal(GoalKind.CHARTER, "Artikel 2", code="Art. 2")).value.id
    plan = services.action_plan
    plan.create(ActionPlanItem("Utbilda chefer", goal_id=art10, due_on=D(2026, 6, 1)))
    plan.create(ActionPlanItem("Könsuppdela statistik", goal_id=art2, due_on=D(2027, 6, 1)))
    done = plan.create(ActionPlanItem("Anta policy", goal_id=art2, due_on=D(2025, 1, 1))).value
    plan.set_status(done.id or 0, ActionStatus.DONE)
    listed = ActionList(db.connection)

    rows = listed.fetch(ActionSort.ARTICLE, False, 0, 10)
    assert [(row.goal_code, row.action) for row in rows] == [
        ("Art. 2", "Anta policy"),
        ("Art. 2", "Könsuppdela statistik"),
        ("Art. 10", "Utbilda chefer"),
    ]
    assert [row.overdue_on(TODAY) for row in rows] == [False, False, True]
    assert listed.count() == 3
