"""The question bank as rows: entries with their meeting kinds and goals."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from jamdesk.domain.meetings import MeetingKind
from jamdesk.domain.question_bank import MethodStep, QuestionBankEntry

# The kinds and goals come along as comma-separated lists, one query for the whole list.
_SELECT = """
    SELECT e.id, e.text, e.method_step, e.active, e.sort_order,
           (SELECT group_concat(k.meeting_kind) FROM question_bank_kind k
             WHERE k.entry_id = e.id),
           (SELECT group_concat(g.goal_id) FROM question_bank_goal g WHERE g.entry_id = e.id)
      FROM question_bank_entry e
"""
_KIND_ORDER = {kind: index for index, kind in enumerate(MeetingKind)}


def _entry_from_row(row: Any) -> QuestionBankEntry:
    kinds = [MeetingKind(kind) for kind in (row[5] or "").split(",") if kind]
    goal_ids = sorted(int(goal_id) for goal_id in (row[6] or "").split(",") if goal_id)
    return QuestionBankEntry(
        id=row[0],
        text=row[1],
        method_step=MethodStep(row[2]) if row[2] else None,
        active=bool(row[3]),
        sort_order=row[4],
        meeting_kinds=tuple(sorted(kinds, key=_KIND_ORDER.__getitem__)),
        goal_ids=tuple(goal_ids),
    )


def load_entry(connection: sqlite3.Connection, entry_id: int) -> QuestionBankEntry | None:
    """Return the entry ``entry_id`` with its tags, or None."""
    row = connection.execute(f"{_SELECT} WHERE e.id = ?", (entry_id,)).fetchone()
    return None if row is None else _entry_from_row(row)


def load_entries(
    connection: sqlite3.Connection, entry_ids: Iterable[int]
) -> dict[int, QuestionBankEntry]:
    """Return the entries among ``entry_ids`` that exist, by id."""
    wanted = list(dict.fromkeys(entry_ids))
    if not wanted:
        return {}
    marks = ", ".join("?" * len(wanted))
    rows = connection.execute(f"{_SELECT} WHERE e.id IN ({marks})", wanted).fetchall()
    return {row[0]: _entry_from_row(row) for row in rows}


def list_entries(
    connection: sqlite3.Connection,
    *,
    meeting_kind: MeetingKind | None = None,
    method_step: MethodStep | None = None,
    goal_id: int | None = None,
    include_inactive: bool = False,
) -> list[QuestionBankEntry]:
    """Return the entries that pass the filters, in the bank's own order."""
    clauses: list[str] = []
    params: list[object] = []
    if meeting_kind is not None:
        clauses.append(
            "EXISTS (SELECT 1 FROM question_bank_kind k"
            " WHERE k.entry_id = e.id AND k.meeting_kind = ?)"
        )
        params.append(meeting_kind.value)
    if method_step is not None:
        clauses.append("e.method_step = ?")
        params.append(method_step.value)
    if goal_id is not None:
        clauses.append(
            "EXISTS (SELECT 1 FROM question_bank_goal g WHERE g.entry_id = e.id AND g.goal_id = ?)"
        )
        params.append(goal_id)
    if not include_inactive:
        clauses.append("e.active = 1")
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = connection.execute(f"{_SELECT}{where} ORDER BY e.sort_order, e.id", params)
    return [_entry_from_row(row) for row in rows]


def next_sort_order(connection: sqlite3.Connection) -> int:
    """Return a sort order that puts a new entry after every other."""
    row = connection.execute("SELECT max(sort_order) FROM question_bank_entry").fetchone()
    return int(row[0] or 0) + 10


def insert_entry(connection: sqlite3.Connection, entry: QuestionBankEntry) -> int:
    """Insert the entry with its tags; return its id."""
    cursor = connection.execute(
        "INSERT INTO question_bank_entry (text, method_step, active, sort_order)"
        " VALUES (?, ?, ?, ?)",
        (entry.text, _step_value(entry.method_step), int(entry.active), entry.sort_order),
    )
    entry_id = cursor.lastrowid
    assert entry_id is not None
    replace_tags(connection, entry_id, entry.meeting_kinds, entry.goal_ids)
    return entry_id


def update_entry(connection: sqlite3.Connection, entry: QuestionBankEntry) -> None:
    """Write the entry's text, step, active flag, order and tags."""
    assert entry.id is not None
    connection.execute(
        "UPDATE question_bank_entry SET text = ?, method_step = ?, active = ?, sort_order = ?"
        " WHERE id = ?",
        (
            entry.text,
            _step_value(entry.method_step),
            int(entry.active),
            entry.sort_order,
            entry.id,
        ),
    )
    replace_tags(connection, entry.id, entry.meeting_kinds, entry.goal_ids)


def replace_tags(
    connection: sqlite3.Connection,
    entry_id: int,
    meeting_kinds: Iterable[MeetingKind],
    goal_ids: Iterable[int],
) -> None:
    """Tag the entry with exactly ``meeting_kinds`` and ``goal_ids``."""
    connection.execute("DELETE FROM question_bank_kind WHERE entry_id = ?", (entry_id,))
    connection.execute("DELETE FROM question_bank_goal WHERE entry_id = ?", (entry_id,))
    connection.executemany(
        "INSERT INTO question_bank_kind (entry_id, meeting_kind) VALUES (?, ?)",
        [(entry_id, kind.value) for kind in meeting_kinds],
    )
    connection.executemany(
        "INSERT INTO question_bank_goal (entry_id, goal_id) VALUES (?, ?)",
        [(entry_id, goal_id) for goal_id in goal_ids],
    )


def set_entry_active(connection: sqlite3.Connection, entry_id: int, active: bool) -> None:
    """Offer the entry when agendas are built (True), or keep it out of the way (False)."""
    connection.execute(
        "UPDATE question_bank_entry SET active = ? WHERE id = ?", (int(active), entry_id)
    )


def delete_entry(connection: sqlite3.Connection, entry_id: int) -> None:
    """Delete the entry; its tags go with it."""
    connection.execute("DELETE FROM question_bank_entry WHERE id = ?", (entry_id,))


def _step_value(step: MethodStep | None) -> str:
    return "" if step is None else step.value


# The starter set's questions that concern a national sub-goal, by the goal's code.
_STARTER_GOAL_TAGS: tuple[tuple[int, str], ...] = (
    (2, "1"),
    (5, "2"),
    (6, "2"),
    (7, "2"),
    (21, "2"),
    (8, "5"),
    (19, "6"),
)


def tag_starter_set(connection: sqlite3.Connection) -> None:
    """Tag the shipped starter questions with the national sub-goals they concern.

    Migration 2 can tag them only where the sub-goals already existed; a store set up
    later gets its tags when the sub-goals are added. Entries the secretary deleted stay
    deleted, and tags already there are kept.
    """
    connection.executemany(
        """INSERT OR IGNORE INTO question_bank_goal (entry_id, goal_id)
           SELECT e.id, g.id FROM question_bank_entry AS e
             JOIN goal AS g ON g.kind = 'national' AND g.code = ?
            WHERE e.id = ?""",
        [(code, entry_id) for entry_id, code in _STARTER_GOAL_TAGS],
    )
