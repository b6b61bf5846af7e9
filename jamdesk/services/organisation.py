"""Set up the organisation: its names, registry conventions and starting goals."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from jamdesk.domain.goals import NATIONAL_SUBGOALS, Goal, GoalKind
from jamdesk.domain.organisation import Organisation
from jamdesk.services.changes import Outcome, RecordKind, outcome
from jamdesk.store.database import Database
from jamdesk.store.goals import count_goals, insert_goal
from jamdesk.store.organisation import load_organisation, save_organisation
from jamdesk.store.question_bank import tag_starter_set


class OrganisationService:
    """The use cases of the organisation's one record."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self) -> Organisation | None:
        """Return the organisation, or None if the store has not been set up yet."""
        return load_organisation(self._db.connection)

    def save(self, organisation: Organisation) -> Outcome[Organisation]:
        """Create the organisation or replace its values; check the diary-number pattern."""
        checked = organisation.validated()
        with self._db.transaction() as conn:
            save_organisation(conn, checked)
        return outcome(checked, RecordKind.ORGANISATION)

    def set_up(self, organisation: Organisation) -> Outcome[Organisation]:
        """Save the organisation and, on a new store, its starting goals, in one step."""
        checked = organisation.validated()
        with self._db.transaction() as conn:
            save_organisation(conn, checked)
            seeded = _seed_national_goals(conn)
        kinds = (RecordKind.ORGANISATION, RecordKind.GOAL) if seeded else (RecordKind.ORGANISATION,)
        return outcome(checked, *kinds)

    def seed_reference_goals(self) -> Outcome[list[Goal]]:
        """Store the six national sub-goals, unless the store holds national goals already."""
        with self._db.transaction() as conn:
            created = _seed_national_goals(conn)
        return outcome(created, RecordKind.GOAL) if created else outcome(created)


def _seed_national_goals(conn: sqlite3.Connection) -> list[Goal]:
    """Insert the national sub-goals unless national goals exist; return those inserted."""
    # Once stored, the sub-goals are the secretary's data: renamed, retired or deleted
    # ones are never brought back.
    if count_goals(conn, GoalKind.NATIONAL) > 0:
        return []
    created: list[Goal] = []
    for position, (code, title) in enumerate(NATIONAL_SUBGOALS, start=1):
        goal = Goal(kind=GoalKind.NATIONAL, code=code, title=title, sort_order=position)
        created.append(replace(goal, id=insert_goal(conn, goal)))
    tag_starter_set(conn)
    return created
