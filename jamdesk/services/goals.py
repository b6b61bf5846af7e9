"""Keep the goals records are tagged with: own goals, national sub-goals, charter articles."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from jamdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from jamdesk.domain.goals import GOAL_KIND_LABELS, Goal, GoalKind
from jamdesk.services.changes import Outcome, RecordKind, outcome
from jamdesk.store import goals as store
from jamdesk.store.database import Database
from jamdesk.store.references import missing_record, require_row


def _check_code_free(connection: sqlite3.Connection, goal: Goal) -> None:
    if not goal.code:
        return
    other = store.goal_with_code(connection, goal.kind, goal.code, exclude_id=goal.id)
    if other is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError", "The code {code} is already used by “{title}” ({kind})."
            ),
            field="code",
            code=goal.code,
            title=other.title,
            kind=GOAL_KIND_LABELS[goal.kind],
        )


class GoalService:
    """The use cases of goals."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, goal_id: int) -> Goal | None:
        """Return the goal ``goal_id``, or None."""
        return store.load_goal(self._db.connection, goal_id)

    def list_goals(
        self, kind: GoalKind | None = None, include_inactive: bool = False
    ) -> list[Goal]:
        """Return the goals (of ``kind`` if given) by kind, sort order and code."""
        return store.list_goals(self._db.connection, kind, include_inactive=include_inactive)

    def create(self, goal: Goal) -> Outcome[Goal]:
        """Add a goal; its code, if any, must be new among goals of its kind."""
        checked = replace(goal.validated(), id=None)
        with self._db.transaction() as conn:
            _check_code_free(conn, checked)
            created = replace(checked, id=store.insert_goal(conn, checked))
        return outcome(created, RecordKind.GOAL)

    def update(self, goal: Goal) -> Outcome[Goal]:
        """Change a goal's kind, code, title, description, order or whether it is offered."""
        checked = goal.validated()
        if checked.id is None:
            raise ValueError("a goal must have an id to be updated")
        with self._db.transaction() as conn:
            require_row(conn, "goal", checked.id, "id")
            _check_code_free(conn, checked)
            store.update_goal(conn, checked)
        return outcome(checked, RecordKind.GOAL)

    def set_active(self, goal_id: int, active: bool) -> Outcome[Goal]:
        """Offer a goal for tagging (True) or retire it, keeping its past tags (False)."""
        with self._db.transaction() as conn:
            goal = store.load_goal(conn, goal_id)
            if goal is None:
                raise missing_record("goal", goal_id, "id")
            store.set_goal_active(conn, goal_id, active)
        return outcome(replace(goal, active=active), RecordKind.GOAL)
