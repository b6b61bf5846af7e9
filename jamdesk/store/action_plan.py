"""The charter's action plan as rows."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from jamdesk.domain.action_plan import ActionPlanItem, ActionStatus
from jamdesk.domain.dates import date_to_iso, optional_date_from_iso
from jamdesk.domain.goals import GoalKind
from jamdesk.store.goals import code_sort_key

_ITEM_COLUMNS = (
    "a.id, a.action, a.goal_id, a.priority, a.resources, a.indicator, a.board_id, a.due_on, "
    "a.status"
)
_KIND_ORDER = {kind: index for index, kind in enumerate(GoalKind)}


def _item_from_row(row: Any) -> ActionPlanItem:
    return ActionPlanItem(
        id=row[0],
        action=row[1],
        goal_id=row[2],
        priority=row[3],
        resources=row[4],
        indicator=row[5],
        board_id=row[6],
        due_on=optional_date_from_iso(row[7]),
        status=ActionStatus(row[8]),
    )


def _item_values(item: ActionPlanItem) -> tuple[object, ...]:
    return (
        item.action,
        item.goal_id,
        item.priority,
        item.resources,
        item.indicator,
        item.board_id,
        None if item.due_on is None else date_to_iso(item.due_on),
        item.status.value,
    )


def load_item(connection: sqlite3.Connection, item_id: int) -> ActionPlanItem | None:
    """Return the action ``item_id``, or None."""
    row = connection.execute(
        f"SELECT {_ITEM_COLUMNS} FROM action_plan_item a WHERE a.id = ?", (item_id,)
    ).fetchone()
    return None if row is None else _item_from_row(row)


def list_items(
    connection: sqlite3.Connection,
    *,
    goal_id: int | None = None,
    board_id: int | None = None,
) -> list[ActionPlanItem]:
    """Return the actions, grouped by goal in goal order, then by due date.

    Actions under no goal come last; within a goal, actions without a due date come last.
    """
    clauses: list[str] = []
    params: list[object] = []
    if goal_id is not None:
        clauses.append("a.goal_id = ?")
        params.append(goal_id)
    if board_id is not None:
        clauses.append("a.board_id = ?")
        params.append(board_id)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = connection.execute(
        f"""
        SELECT {_ITEM_COLUMNS}, g.kind, g.sort_order, g.code
          FROM action_plan_item a LEFT JOIN goal g ON g.id = a.goal_id
          {where}
        """,
        params,
    ).fetchall()

    # The plan holds dozens of actions, not thousands: the goal order (natural codes,
    # "2" before "10") is simplest to keep in one place, here in Python.
    def key(row: Any) -> tuple[object, ...]:
        goal_key = (
            (1, 0, 0, (), 0)
            if row[2] is None
            else (0, _KIND_ORDER[GoalKind(row[9])], row[10], code_sort_key(row[11]), row[2])
        )
        due: str | None = row[7]
        return (goal_key, due is None, due or "", row[0])

    return [_item_from_row(row) for row in sorted(rows, key=key)]


def insert_item(connection: sqlite3.Connection, item: ActionPlanItem) -> int:
    """Insert the action and return its new id."""
    cursor = connection.execute(
        """
        INSERT INTO action_plan_item (action, goal_id, priority, resources, indicator, board_id,
                                      due_on, status)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """,
        _item_values(item),
    )
    return int(cursor.lastrowid or 0)


def update_item(connection: sqlite3.Connection, item: ActionPlanItem) -> None:
    """Write every field of the stored action ``item.id``."""
    connection.execute(
        """
        UPDATE action_plan_item SET action = ?, goal_id = ?, priority = ?, resources = ?,
                                    indicator = ?, board_id = ?, due_on = ?, status = ?
         WHERE id = ?
        """,
        (*_item_values(item), item.id),
    )


def set_item_status(connection: sqlite3.Connection, item_id: int, status: ActionStatus) -> None:
    """Set the status of the action ``item_id``."""
    connection.execute(
        "UPDATE action_plan_item SET status = ? WHERE id = ?", (status.value, item_id)
    )


def items_due_before(connection: sqlite3.Connection, day: dt.date) -> list[ActionPlanItem]:
    """Return the planned or ongoing actions due before ``day``, earliest first."""
    rows = connection.execute(
        f"""
        SELECT {_ITEM_COLUMNS} FROM action_plan_item a
         WHERE a.due_on < ? AND a.status IN (?, ?)
         ORDER BY a.due_on, a.id
        """,
        (date_to_iso(day), ActionStatus.PLANNED.value, ActionStatus.ONGOING.value),
    ).fetchall()
    return [_item_from_row(row) for row in rows]
