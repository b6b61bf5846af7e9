"""Keep the charter's action plan: its actions, who does them, by when, and how it goes."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace

from jamdesk.domain.action_plan import ActionPlanItem, ActionStatus
from jamdesk.services.changes import Outcome, RecordKind, outcome
from jamdesk.store import action_plan as store
from jamdesk.store.database import Database
from jamdesk.store.references import missing_record, require_row


def _stored_item(connection: sqlite3.Connection, item_id: int) -> ActionPlanItem:
    item = store.load_item(connection, item_id)
    if item is None:
        raise missing_record("action_plan_item", item_id, "id")
    return item


def _require_references(connection: sqlite3.Connection, item: ActionPlanItem) -> None:
    require_row(connection, "goal", item.goal_id, "goal_id")
    require_row(connection, "board", item.board_id, "board_id")


class ActionPlanService:
    """The use cases of the action plan."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, item_id: int) -> ActionPlanItem | None:
        """Return the action ``item_id``, or None."""
        return store.load_item(self._db.connection, item_id)

    def list_items(
        self, goal_id: int | None = None, board_id: int | None = None
    ) -> list[ActionPlanItem]:
        """Return the actions (of one goal or board if given) by goal, then due date."""
        return store.list_items(self._db.connection, goal_id=goal_id, board_id=board_id)

    def overdue(self, today: dt.date) -> list[ActionPlanItem]:
        """Return the planned or ongoing actions whose due date has passed, earliest first."""
        return store.items_due_before(self._db.connection, today)

    def create(self, item: ActionPlanItem) -> Outcome[ActionPlanItem]:
        """Add an action to the plan."""
        checked = replace(item.validated(), id=None)
        with self._db.transaction() as conn:
            _require_references(conn, checked)
            created = replace(checked, id=store.insert_item(conn, checked))
        return outcome(created, RecordKind.ACTION_PLAN)

    def update(self, item: ActionPlanItem) -> Outcome[ActionPlanItem]:
        """Change an action's text, goal, priority, resources, indicator, board or due date."""
        checked = item.validated()
        if checked.id is None:
            raise ValueError("an action must have an id to be updated")
        with self._db.transaction() as conn:
            require_row(conn, "action_plan_item", checked.id, "id")
            _require_references(conn, checked)
            store.update_item(conn, checked)
        return outcome(checked, RecordKind.ACTION_PLAN)

    def set_status(self, item_id: int, status: ActionStatus) -> Outcome[ActionPlanItem]:
        """Mark an action planned, ongoing, done or cancelled."""
        with self._db.transaction() as conn:
            item = _stored_item(conn, item_id)
            store.set_item_status(conn, item_id, status)
        return outcome(replace(item, status=status), RecordKind.ACTION_PLAN)
