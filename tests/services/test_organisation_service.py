"""Setting up the organisation and its starting goals."""

from __future__ import annotations

import datetime as dt

import pytest

from jamdesk.domain.errors import ValidationError
from jamdesk.domain.goals import NATIONAL_SUBGOALS, Goal, GoalKind
from jamdesk.domain.organisation import Organisation
from jamdesk.services.changes import RecordKind
from jamdesk.services.goals import GoalService
from jamdesk.services.organisation import OrganisationService
from jamdesk.store.database import Database


def _dump(db: Database) -> list[str]:
    return list(db.connection.iterdump())


def test_a_new_store_has_no_organisation(db: Database) -> None:
    assert OrganisationService(db).get() is None


def test_save_creates_then_updates_the_one_organisation(db: Database) -> None:
    service = OrganisationService(db)
    created = service.save(
        Organisation("  Ekby kommun ", "Jämställdhetsdelegationen", dt.date(2024, 3, 8))
    )
    assert created.changed == {RecordKind.ORGANISATION}
    assert created.value.name == "Ekby kommun"
    service.save(
        Organisation(
            "Ekby kommun",
            "Jämställdhetsberedningen",
            dt.date(2024, 3, 8),
            diary_pattern="{series}-{year}-{number:04}",
            registry_series="KF",
            minutes_kept_at=" Kommunledningskontoret, Ekby ",
        )
    )
    stored = service.get()
    assert stored is not None
    assert stored.delegation_name == "Jämställdhetsberedningen"
    assert stored.minutes_kept_at == "Kommunledningskontoret, Ekby"
    assert stored.diary_number(2026, 7) == "KF-2026-0007"
    assert db.execute("SELECT count(*) FROM organisation").fetchone()[0] == 1


@pytest.mark.parametrize(
    ("organisation", "field"),
    [
        (Organisation("", "Jämställdhetsdelegationen"), "name"),
        (Organisation("Ekby kommun", "   "), "delegation_name"),
        (Organisation("Ekby kommun", "Delegationen", diary_pattern="KS {year}/"), "diary_pattern"),
        (
            Organisation("Ekby kommun", "Delegationen", diary_pattern="{år}/{number}"),
            "diary_pattern",
        ),
    ],
)
def test_save_refuses_invalid_input_and_keeps_the_store(
    db: Database, organisation: Organisation, field: str
) -> None:
    service = OrganisationService(db)
    service.save(Organisation("Ekby kommun", "Jämställdhetsdelegationen"))
    before = _dump(db)
    with pytest.raises(ValidationError) as caught:
        service.save(organisation)
    assert caught.value.field == field
    assert _dump(db) == before


def test_seed_reference_goals_stores_the_six_national_subgoals_once(db: Database) -> None:
    service = OrganisationService(db)
    seeded = service.seed_reference_goals()
    assert seeded.changed == {RecordKind.GOAL}
    listed = GoalService(db).list_goals(GoalKind.NATIONAL)
    assert [(g.code, g.title) for g in listed] == list(NATIONAL_SUBGOALS)
    assert [g.sort_order for g in listed] == [1, 2, 3, 4, 5, 6]
    assert [g.id for g in seeded.value] == [g.id for g in listed]

    again = service.seed_reference_goals()
    assert again.value == []
    assert again.changed == frozenset()
    assert len(GoalService(db).list_goals(GoalKind.NATIONAL)) == 6


def test_seed_leaves_a_store_with_its_own_national_goals_alone(db: Database) -> None:
    goals = GoalService(db)
    own = goals.create(Goal(GoalKind.NATIONAL, "Jämställd hälsa", code="5")).value
    goals.set_active(own.id or 0, False)
    assert OrganisationService(db).seed_reference_goals().value == []
    assert [g.title for g in goals.list_goals(include_inactive=True)] == ["Jämställd hälsa"]


def test_setting_up_tags_the_starter_questions_with_the_national_goals(db: Database) -> None:
    OrganisationService(db).set_up(Organisation("Sjöviks kommun", "Jämställdhetsdelegationen"))

    tags = db.execute(
        "SELECT qg.entry_id, g.code FROM question_bank_goal qg JOIN goal g ON g.id = qg.goal_id"
        " ORDER BY qg.entry_id"
    ).fetchall()
    assert (19, "6") in tags  # men's violence against women must stop
    assert (5, "2") in tags  # economic equality
    assert len(tags) == 7


def test_starter_questions_the_secretary_deleted_stay_deleted(db: Database) -> None:
    with db.transaction() as conn:
        conn.execute("DELETE FROM question_bank_entry WHERE id = 19")

    OrganisationService(db).set_up(Organisation("Sjöviks kommun", "Jämställdhetsdelegationen"))

    assert db.execute("SELECT count(*) FROM question_bank_entry WHERE id = 19").fetchone() == (0,)
    assert db.execute("SELECT count(*) FROM question_bank_goal").fetchone() == (6,)
