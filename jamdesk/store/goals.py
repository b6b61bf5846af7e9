"""Goals (own goals, national sub-goals, charter articles) as rows."""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from jamdesk.domain.goals import Goal, GoalKind

_GOAL_COLUMNS = "g.id, g.kind, g.code, g.title, g.description, g.active, g.sort_order"
_KIND_ORDER = {kind: index for index, kind in enumerate(GoalKind)}
_DIGITS_RE = re.compile(r"(\d+)")


def code_sort_key(code: str) -> tuple[tuple[int, int, str], ...]:
    """Return a key that puts codes in natural order: 2 before 10, 6a before 6b."""
    parts = _DIGITS_RE.split(code.strip().casefold())
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part) for part in parts if part != ""
    )


def goal_sort_key(goal: Goal) -> tuple[object, ...]:
    """Return the key goals are listed by: kind, sort order, code, title."""
    return (
        _KIND_ORDER[goal.kind],
        goal.sort_order,
        code_sort_key(goal.code),
        goal.title.casefold(),
        goal.id or 0,
    )


def _goal_from_row(row: Any) -> Goal:
    return Goal(
        id=row[0],
        kind=GoalKind(row[1]),
        code=row[2],
        title=row[3],
        description=row[4],
        active=bool(row[5]),
        sort_order=row[6],
    )


def load_goal(connection: sqlite3.Connection, goal_id: int) -> Goal | None:
    """Return the goal ``goal_id``, or None."""
    row = connection.execute(
        f"SELECT {_GOAL_COLUMNS} FROM goal g WHERE g.id = ?", (goal_id,)
    ).fetchone()
    return None if row is None else _goal_from_row(row)


def list_goals(
    connection: sqlite3.Connection,
    kind: GoalKind | None = None,
    *,
    include_inactive: bool = False,
) -> list[Goal]:
    """Return the goals (of ``kind`` if given) in the order they are listed by."""
    clauses: list[str] = []
    params: list[object] = []
    if kind is not None:
        clauses.append("g.kind = ?")
        params.append(kind.value)
    if not include_inactive:
        clauses.append("g.active = 1")
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = connection.execute(f"SELECT {_GOAL_COLUMNS} FROM goal g {where}", params).fetchall()
    # A few dozen goals at most; natural order of codes ("2" before "10") is easier here.
    return sorted((_goal_from_row(row) for row in rows), key=goal_sort_key)


def count_goals(connection: sqlite3.Connection, kind: GoalKind) -> int:
    """Return how many goals of ``kind`` the store holds, active or not."""
    row = connection.execute("SELECT count(*) FROM goal WHERE kind = ?", (kind.value,)).fetchone()
    return int(row[0])


def goal_with_code(
    connection: sqlite3.Connection, kind: GoalKind, code: str, exclude_id: int | None = None
) -> Goal | None:
    """Return another goal of ``kind`` with ``code`` (ignoring case), or None."""
    row = connection.execute(
        f"""
        SELECT {_GOAL_COLUMNS} FROM goal g
         WHERE g.kind = ? AND g.code = ? COLLATE NOCASE AND g.id IS NOT ?
         ORDER BY g.id LIMIT 1
        """,
        (kind.value, code, exclude_id),
    ).fetchone()
    return None if row is None else _goal_from_row(row)


def insert_goal(connection: sqlite3.Connection, goal: Goal) -> int:
    """Insert ``goal`` and return its new id."""
    cursor = connection.execute(
        """
        INSERT INTO goal (kind, code, title, description, active, sort_order)
        VALUES (?, ?, ?, ?, ?, ?)
        """,
        (
            goal.kind.value,
            goal.code,
            goal.title,
            goal.description,
            int(goal.active),
            goal.sort_order,
        ),
    )
    return int(cursor.lastrowid or 0)


def update_goal(connection: sqlite3.Connection, goal: Goal) -> None:
    """Write every field of the stored goal ``goal.id``."""
    connection.execute(
        """
        UPDATE goal SET kind = ?, code = ?, title = ?, description = ?, active = ?, sort_order = ?
         WHERE id = ?
        """,
        (
            goal.kind.value,
            goal.code,
            goal.title,
            goal.description,
            int(goal.active),
            goal.sort_order,
            goal.id,
        ),
    )


def set_goal_active(connection: sqlite3.Connection, goal_id: int, active: bool) -> None:
    """Offer the goal for tagging again (True) or retire it (False)."""
    connection.execute("UPDATE goal SET active = ? WHERE id = ?", (int(active), goal_id))
