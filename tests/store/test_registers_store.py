"""The register stores read back what they wrote, in the order a Swedish reader expects."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from jamdesk.domain.action_plan import ActionPlanItem, ActionStatus
from jamdesk.domain.boards import Board, BoardContact, BoardKind
from jamdesk.domain.goals import Goal, GoalKind
from jamdesk.domain.organisation import Organisation
from jamdesk.domain.people import DelegationMembership, DelegationRole, Person, PersonKind
from jamdesk.domain.reviews import DevelopmentNeed, DocumentKind, DocumentReview, NeedStatus
from jamdesk.store import action_plan, boards, goals, organisation, people, reviews
from jamdesk.store.database import Database

D = dt.date


def test_organisation_round_trip_and_single_row(db: Database) -> None:
    conn = db.connection
    assert organisation.load_organisation(conn) is None
    first = Organisation("Ekby kommun", "Jämställdhetsdelegationen", D(2024, 3, 1))
    with db.transaction() as tx:
        organisation.save_organisation(tx, first)
    second = Organisation("Ekby kommun", "Delegationen för jämställdhet", None, "Dnr {number}", "")
    with db.transaction() as tx:
        organisation.save_organisation(tx, second)
    assert organisation.load_organisation(conn) == second
    assert conn.execute("SELECT count(*) FROM organisation").fetchone()[0] == 1


def test_swedish_sort_key_puts_å_ä_ö_after_z() -> None:
    names = ["Överförmyndarnämnden", "Ärendenämnden", "Åsnämnden", "Zoonämnden", "ab", "Ab"]
    assert sorted(names, key=people.swedish_sort_key) == [
        "Ab",
        "ab",
        "Zoonämnden",
        "Åsnämnden",
        "Ärendenämnden",
        "Överförmyndarnämnden",
    ]
    # é sorts as e, not after ö; decomposed å still sorts as å
    assert sorted(["Ödla", "Éva", "Fia"], key=people.swedish_sort_key) == ["Éva", "Fia", "Ödla"]
    assert people.swedish_sort_key("A\u030ask")[0] == people.swedish_sort_key("Åsk")[0]


def test_boards_round_trip_and_active_filter(db: Database) -> None:
    with db.transaction() as tx:
        chair = people.insert_person(tx, Person("Åsa Öberg", PersonKind.POLITICIAN))
        ceased = boards.insert_board(
            tx,
            Board("Ärendenämnden", BoardKind.BOARD, D(2015, 1, 1), active_to=D(2022, 12, 31)),
        )
        active = boards.insert_board(
            tx,
            Board(
                "Tekniska nämnden",
                BoardKind.BOARD,
                D(2019, 1, 1),
                administration="Samhällsbyggnadsförvaltningen",
                chair_id=chair,
            ),
        )
    stored = boards.load_board(db.connection, active)
    assert stored is not None
    assert stored.chair_id == chair
    assert stored.administration == "Samhällsbyggnadsförvaltningen"
    assert [b.id for b in boards.list_boards(db.connection)] == [active, ceased]
    assert [b.id for b in boards.list_boards(db.connection, D(2023, 1, 1))] == [active]
    assert [b.id for b in boards.list_boards(db.connection, D(2022, 12, 31))] == [active, ceased]
    assert [b.id for b in boards.list_boards(db.connection, D(2014, 12, 31))] == []


def test_contacts_upsert_and_delete(db: Database) -> None:
    with db.transaction() as tx:
        board = boards.insert_board(tx, Board("Socialnämnden", BoardKind.BOARD, D(2020, 1, 1)))
        örjan = people.insert_person(tx, Person("Örjan Ek", PersonKind.OFFICIAL))
        anna = people.insert_person(tx, Person("Anna Ek", PersonKind.OFFICIAL))
        boards.save_contact(tx, BoardContact(board, örjan, "Kvalitetsstrateg"))
        boards.save_contact(tx, BoardContact(board, anna, ""))
        boards.save_contact(tx, BoardContact(board, anna, "Controller"))
    rows = boards.list_contacts(db.connection, board)
    assert [(r.person.name, r.contact.capacity) for r in rows] == [
        ("Anna Ek", "Controller"),
        ("Örjan Ek", "Kvalitetsstrateg"),
    ]
    with db.transaction() as tx:
        assert boards.delete_contact(tx, board, anna)
        assert not boards.delete_contact(tx, board, anna)
    assert [r.person.id for r in boards.list_contacts(db.connection, board)] == [örjan]


def test_memberships_overlap_query(db: Database) -> None:
    with db.transaction() as tx:
        person = people.insert_person(tx, Person("Lena Ström", PersonKind.POLITICIAN))
        seat = people.insert_membership(
            tx,
            DelegationMembership(person, DelegationRole.CHAIR, D(2023, 1, 1), D(2026, 12, 31)),
        )
    conn = db.connection

    def overlapping(start: dt.date, end: dt.date | None) -> list[int | None]:
        return [m.id for m in people.overlapping_memberships(conn, start, end)]

    assert overlapping(D(2026, 12, 31), None) == [seat]  # the last day counts
    assert overlapping(D(2027, 1, 1), None) == []
    assert overlapping(D(2020, 1, 1), D(2023, 1, 1)) == [seat]  # the first day counts
    assert overlapping(D(2020, 1, 1), D(2022, 12, 31)) == []
    found = people.overlapping_memberships(
        conn, D(2024, 1, 1), None, role=DelegationRole.VICE_CHAIR
    )
    assert found == []
    assert people.overlapping_memberships(conn, D(2024, 1, 1), None, exclude_id=seat) == []


def test_goals_listed_in_natural_code_order(db: Database) -> None:
    with db.transaction() as tx:
        for code in ("10", "2", "1"):
            goals.insert_goal(tx, Goal(GoalKind.CHARTER, f"Artikel {code}", code=code))
        goals.insert_goal(tx, Goal(GoalKind.OWN, "Eget mål", active=False))
        goals.insert_goal(tx, Goal(GoalKind.NATIONAL, "Ekonomisk jämställdhet", code="2"))
    listed = goals.list_goals(db.connection, include_inactive=True)
    assert [(g.kind, g.code) for g in listed] == [
        (GoalKind.OWN, ""),
        (GoalKind.NATIONAL, "2"),
        (GoalKind.CHARTER, "1"),
        (GoalKind.CHARTER, "2"),
        (GoalKind.CHARTER, "10"),
    ]
    assert len(goals.list_goals(db.connection)) == 4
    assert goals.code_sort_key("6a") < goals.code_sort_key("6b") < goals.code_sort_key("10")


def test_need_and_review_round_trip_with_goal_tags(db: Database) -> None:
    with db.transaction() as tx:
        board = boards.insert_board(
            tx, Board("Kultur- och fritidsnämnden", BoardKind.BOARD, D(2019, 1, 1))
        )
        g1 = goals.insert_goal(tx, Goal(GoalKind.NATIONAL, "Jämställd hälsa", code="5"))
        g2 = goals.insert_goal(tx, Goal(GoalKind.OWN, "Jämställda föreningsbidrag"))
        need = reviews.insert_need(
            tx,
            DevelopmentNeed(
                "Könsuppdelad statistik saknas för föreningsbidrag",
                D(2025, 4, 2),
                board_id=board,
                goal_ids=(g2, g1),
            ),
        )
        review = reviews.insert_review(
            tx,
            DocumentReview(
                board,
                "Verksamhetsplan 2026",
                DocumentKind.BUSINESS_PLAN,
                D(2025, 11, 3),
                document_date=D(2025, 10, 20),
                goal_ids=(g1,),
            ),
        )
    stored_need = reviews.load_need(db.connection, need)
    assert stored_need is not None
    assert stored_need.goal_ids == (g1, g2)
    assert stored_need.status is NeedStatus.OPEN
    stored_review = reviews.load_review(db.connection, review)
    assert stored_review is not None
    assert stored_review.document_date == D(2025, 10, 20)
    assert stored_review.goal_ids == (g1,)
    with db.transaction() as tx:
        reviews.update_review(tx, replace(stored_review, findings="Saknar analys", goal_ids=()))
    assert reviews.load_review(db.connection, review) == replace(
        stored_review, findings="Saknar analys", goal_ids=()
    )


def test_action_plan_order_and_overdue(db: Database) -> None:
    with db.transaction() as tx:
        art10 = goals.insert_goal(tx, Goal(GoalKind.CHARTER, "Artikel 10", code="10"))
        art2 = goals.insert_goal(tx, Goal(GoalKind.CHARTER, "Artikel 2", code="2"))
        late = action_plan.insert_item(
            tx, ActionPlanItem("Utbilda chefer", art2, due_on=D(2026, 6, 1))
        )
        early = action_plan.insert_item(
            tx, ActionPlanItem("Ta fram statistik", art2, due_on=D(2025, 6, 1))
        )
        undated = action_plan.insert_item(tx, ActionPlanItem("Följa upp", art2))
        other = action_plan.insert_item(
            tx, ActionPlanItem("Jämställd upphandling", art10, due_on=D(2024, 1, 1))
        )
        loose = action_plan.insert_item(
            tx, ActionPlanItem("Informera invånare", due_on=D(2024, 1, 1))
        )
        done = action_plan.insert_item(
            tx, ActionPlanItem("Klart", art2, due_on=D(2024, 1, 1), status=ActionStatus.DONE)
        )
    listed = [i.id for i in action_plan.list_items(db.connection)]
    assert listed == [done, early, late, undated, other, loose]
    assert [i.id for i in action_plan.list_items(db.connection, goal_id=art10)] == [other]
    overdue = action_plan.items_due_before(db.connection, D(2025, 6, 2))
    assert [i.id for i in overdue] == [other, loose, early]
