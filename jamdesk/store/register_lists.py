"""The registers of boards, people and goals as lists: filtered, sorted and paged for a table.

Names must sort the Swedish way (å, ä, ö after z), which SQLite's own collations do not
do, and registering a collation would change the connection the whole store shares.
So the text columns a list sorts by are ranked in Python with ``swedish_sort_key``
(the key every other list of names uses) and handed to SQL as one bound JSON array of
ids in that order; the query orders by each row's position in the array (``json_each``)
and pages with LIMIT/OFFSET. Ranking reads only ids and one text column of a small
table (boards ≤ 150, people a few hundred), so it costs next to nothing, and dates,
kinds and statuses sort in SQL as they are.

Goals are the exception: a few dozen at most, listed in the natural order of their
codes ("Art. 2" before "Art. 10"), so that list is sorted in Python with the key the
goals store already uses, and the register, the goal picker and every other list of
goals agree.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from jamdesk.domain.boards import BoardKind
from jamdesk.domain.dates import date_from_iso, date_to_iso, optional_date_from_iso
from jamdesk.domain.goals import Goal, GoalKind
from jamdesk.domain.people import DelegationRole, PersonKind
from jamdesk.store.goals import code_sort_key, goal_sort_key, list_goals
from jamdesk.store.people import swedish_sort_key


class _LetterKeys(dict[int, str]):
    """Each character's Swedish key, worked out by swedish_sort_key the first time it is met."""

    def __missing__(self, code: int) -> str:
        key = swedish_sort_key(chr(code))[0]
        self[code] = key
        return key


_LETTER_KEYS = _LetterKeys()


def swedish_key(text: str) -> tuple[str, str]:
    """Return ``swedish_sort_key(text)``, a letter table lookup at a time (long texts, fast)."""
    # The same steps as swedish_sort_key, with str.translate doing the per-letter work.
    return unicodedata.normalize("NFC", text).casefold().translate(_LETTER_KEYS), text


def swedish_rank(connection: sqlite3.Connection, sql: str) -> str:
    """Return the ids ``sql`` selects (as id, text) as a JSON array in Swedish text order."""
    rows: list[tuple[int, str | None]] = connection.execute(sql).fetchall()
    rows.sort(key=lambda row: (swedish_key(row[1] or ""), row[0]))
    return json.dumps([row[0] for row in rows])


def ranked(parameter: str, id_expression: str) -> str:
    """Return SQL giving ``id_expression``'s position in the JSON ranking ``:parameter``."""
    return f"(SELECT sv.key FROM json_each(:{parameter}) sv WHERE sv.value = {id_expression})"


def direction(descending: bool) -> str:
    """Return the SQL direction keyword."""
    return "DESC" if descending else "ASC"


def enum_order(column: str, values: Sequence[StrEnum]) -> str:
    """Return SQL giving the position of ``column``'s value in ``values`` (the enum order)."""
    cases = " ".join(f"WHEN '{value.value}' THEN {index}" for index, value in enumerate(values))
    return f"CASE {column} {cases} ELSE {len(values)} END"


_BOARD_NAMES = "SELECT id, name FROM board"
_PERSON_NAMES = "SELECT id, name FROM person"


# --- boards --------------------------------------------------------------------------------


class BoardSort(StrEnum):
    NAME = "name"
    KIND = "kind"
    ADMINISTRATION = "administration"
    CHAIR = "chair"
    MANAGER = "manager"
    ACTIVE_FROM = "active_from"
    ACTIVE_TO = "active_to"


@dataclass(frozen=True)
class BoardListRow:
    """One line of the boards register."""

    id: int
    name: str
    kind: BoardKind
    administration: str
    chair: str
    manager: str
    active_from: dt.date
    active_to: dt.date | None
    contacts: int

    def ceased_before(self, day: dt.date) -> bool:
        """Return whether the board had ceased by ``day`` (its last day came before)."""
        return self.active_to is not None and self.active_to < day


_BOARD_RANK = ranked("board_rank", "b.id")
# Each order, and the Swedish rankings (parameter: SELECT id, text) it needs.
_BOARD_ORDER: dict[BoardSort, tuple[str, dict[str, str]]] = {
    BoardSort.NAME: (f"{_BOARD_RANK} {{d}}, b.id {{d}}", {}),
    BoardSort.KIND: (enum_order("b.kind", list(BoardKind)) + f" {{d}}, {_BOARD_RANK}, b.id", {}),
    BoardSort.ADMINISTRATION: (
        f"b.administration = '', {ranked('admin_rank', 'b.id')} {{d}}, b.id",
        {"admin_rank": "SELECT id, administration FROM board"},
    ),
    BoardSort.CHAIR: (
        f"c.id IS NULL, {ranked('person_rank', 'c.id')} {{d}}, {_BOARD_RANK}, b.id",
        {"person_rank": _PERSON_NAMES},
    ),
    BoardSort.MANAGER: (
        f"m.id IS NULL, {ranked('person_rank', 'm.id')} {{d}}, {_BOARD_RANK}, b.id",
        {"person_rank": _PERSON_NAMES},
    ),
    BoardSort.ACTIVE_FROM: (f"b.active_from {{d}}, {_BOARD_RANK}, b.id", {}),
    # Active boards first (or last), then by the day they ceased.
    BoardSort.ACTIVE_TO: (
        f"b.active_to IS NOT NULL {{d}}, b.active_to {{d}}, {_BOARD_RANK}, b.id",
        {},
    ),
}


def _rankings(
    connection: sqlite3.Connection, needed: dict[str, str], always: dict[str, str]
) -> dict[str, str]:
    return {
        parameter: swedish_rank(connection, sql) for parameter, sql in {**always, **needed}.items()
    }


class BoardList:
    """The boards, all of them or only those not ceased before a day."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        # None lists every board; a day hides the boards that ceased before it.
        self.hide_ceased_before: dt.date | None = None

    def _where(self) -> tuple[str, dict[str, object]]:
        if self.hide_ceased_before is None:
            return "", {}
        return "WHERE b.active_to IS NULL OR b.active_to >= :day", {
            "day": date_to_iso(self.hide_ceased_before)
        }

    def count(self) -> int:
        """Return how many boards the filter lets through."""
        where, params = self._where()
        row = self._connection.execute(f"SELECT count(*) FROM board b {where}", params).fetchone()
        return int(row[0])

    def count_all(self) -> int:
        """Return how many boards the store holds, ceased or not."""
        return int(self._connection.execute("SELECT count(*) FROM board").fetchone()[0])

    def fetch(self, sort: str, descending: bool, offset: int, limit: int) -> list[BoardListRow]:
        """Return one page of boards in the order asked for."""
        where, params = self._where()
        template, needed = _BOARD_ORDER[BoardSort(sort)]
        ranks = _rankings(self._connection, needed, {"board_rank": _BOARD_NAMES})
        rows = self._connection.execute(
            f"""
            SELECT b.id, b.name, b.kind, b.administration, c.name, m.name, b.active_from,
                   b.active_to,
                   (SELECT count(*) FROM board_contact bc WHERE bc.board_id = b.id)
              FROM board b
              LEFT JOIN person c ON c.id = b.chair_id
              LEFT JOIN person m ON m.id = b.manager_id
             {where}
             ORDER BY {template.format(d=direction(descending))}
             LIMIT :limit OFFSET :offset
            """,
            {**params, **ranks, "limit": limit, "offset": offset},
        ).fetchall()
        return [
            BoardListRow(
                id=row[0],
                name=row[1],
                kind=BoardKind(row[2]),
                administration=row[3],
                chair=row[4] or "",
                manager=row[5] or "",
                active_from=date_from_iso(row[6]),
                active_to=optional_date_from_iso(row[7]),
                contacts=row[8],
            )
            for row in rows
        ]


# --- people --------------------------------------------------------------------------------


class PersonScope(StrEnum):
    EVERYONE = "everyone"
    MEMBERS = "members"
    OFFICIALS = "officials"


class PersonSort(StrEnum):
    NAME = "name"
    KIND = "kind"
    TITLE = "title"
    BOARD = "board"
    SEAT = "seat"
    EMAIL = "email"
    PHONE = "phone"


@dataclass(frozen=True)
class PersonListRow:
    """One line of the people register, with the delegation seat held (or next held)."""

    id: int
    name: str
    kind: PersonKind
    title: str
    email: str
    phone: str
    board: str
    seat_role: DelegationRole | None
    seat_from: dt.date | None
    seat_to: dt.date | None


_PERSON_RANK = ranked("person_rank", "p.id")
_PERSON_ORDER: dict[PersonSort, tuple[str, dict[str, str]]] = {
    PersonSort.NAME: (f"{_PERSON_RANK} {{d}}, p.id {{d}}", {}),
    PersonSort.KIND: (
        enum_order("p.kind", list(PersonKind)) + f" {{d}}, {_PERSON_RANK}, p.id",
        {},
    ),
    PersonSort.TITLE: (
        f"p.title = '', {ranked('title_rank', 'p.id')} {{d}}, p.id",
        {"title_rank": "SELECT id, title FROM person"},
    ),
    PersonSort.BOARD: (
        f"b.id IS NULL, {ranked('board_rank', 'b.id')} {{d}}, {_PERSON_RANK}, p.id",
        {"board_rank": _BOARD_NAMES},
    ),
    PersonSort.SEAT: (
        "s.role IS NULL, "
        + enum_order("s.role", list(DelegationRole))
        + f" {{d}}, {_PERSON_RANK}, p.id",
        {},
    ),
    PersonSort.EMAIL: (f"p.email = '', lower(p.email) {{d}}, {_PERSON_RANK}, p.id", {}),
    PersonSort.PHONE: (f"p.phone = '', p.phone {{d}}, {_PERSON_RANK}, p.id", {}),
}

# The seat shown for a person: the one held on the day, else the next one to come.
_SEAT_JOIN = """
    LEFT JOIN delegation_membership s ON s.id = (
        SELECT d.id FROM delegation_membership d
         WHERE d.person_id = p.id AND (d.term_to IS NULL OR d.term_to >= :on)
         ORDER BY d.term_from > :on, CASE WHEN d.term_from <= :on THEN d.term_from END DESC,
                  d.term_from, d.id DESC
         LIMIT 1)
"""


class PersonList:
    """The people: everyone, the delegation's members, or the officials."""

    def __init__(self, connection: sqlite3.Connection, on: dt.date) -> None:
        self._connection = connection
        self.scope = PersonScope.EVERYONE
        # The day whose (or whose next) delegation seats are shown and filtered on.
        self.on = on

    def _where(self) -> tuple[str, dict[str, object]]:
        params: dict[str, object] = {"on": date_to_iso(self.on)}
        if self.scope is PersonScope.MEMBERS:
            return "WHERE s.id IS NOT NULL", params
        if self.scope is PersonScope.OFFICIALS:
            params["official"] = PersonKind.OFFICIAL.value
            return "WHERE p.kind = :official", params
        return "", params

    def count(self) -> int:
        """Return how many people the filter lets through."""
        where, params = self._where()
        row = self._connection.execute(
            f"SELECT count(*) FROM person p {_SEAT_JOIN} {where}", params
        ).fetchone()
        return int(row[0])

    def count_all(self) -> int:
        """Return how many people the store holds."""
        return int(self._connection.execute("SELECT count(*) FROM person").fetchone()[0])

    def fetch(self, sort: str, descending: bool, offset: int, limit: int) -> list[PersonListRow]:
        """Return one page of people in the order asked for."""
        where, params = self._where()
        template, needed = _PERSON_ORDER[PersonSort(sort)]
        ranks = _rankings(self._connection, needed, {"person_rank": _PERSON_NAMES})
        rows = self._connection.execute(
            f"""
            SELECT p.id, p.name, p.kind, p.title, p.email, p.phone, b.name,
                   s.role, s.term_from, s.term_to
              FROM person p
              LEFT JOIN board b ON b.id = p.board_id
              {_SEAT_JOIN}
             {where}
             ORDER BY {template.format(d=direction(descending))}
             LIMIT :limit OFFSET :offset
            """,
            {**params, **ranks, "limit": limit, "offset": offset},
        ).fetchall()
        return [
            PersonListRow(
                id=row[0],
                name=row[1],
                kind=PersonKind(row[2]),
                title=row[3],
                email=row[4],
                phone=row[5],
                board=row[6] or "",
                seat_role=None if row[7] is None else DelegationRole(row[7]),
                seat_from=optional_date_from_iso(row[8]),
                seat_to=optional_date_from_iso(row[9]),
            )
            for row in rows
        ]


# --- goals ---------------------------------------------------------------------------------


class GoalSort(StrEnum):
    ORDER = "order"
    CODE = "code"
    TITLE = "title"
    ACTIVE = "active"


_GOAL_KEYS: dict[GoalSort, Callable[[Goal], Any]] = {
    GoalSort.ORDER: goal_sort_key,
    GoalSort.CODE: lambda goal: (code_sort_key(goal.code), goal_sort_key(goal)),
    GoalSort.TITLE: lambda goal: (swedish_key(goal.title), goal.id or 0),
    GoalSort.ACTIVE: lambda goal: (not goal.active, goal_sort_key(goal)),
}


class GoalList:
    """The goals of one kind or all kinds, retired ones included on request."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self.kind: GoalKind | None = None
        self.include_inactive = True

    def _goals(self) -> list[Goal]:
        return list_goals(self._connection, self.kind, include_inactive=self.include_inactive)

    def count(self) -> int:
        """Return how many goals the filter lets through."""
        return len(self._goals())

    def count_all(self) -> int:
        """Return how many goals the store holds, of any kind, retired or not."""
        return int(self._connection.execute("SELECT count(*) FROM goal").fetchone()[0])

    def fetch(self, sort: str, descending: bool, offset: int, limit: int) -> list[Goal]:
        """Return one page of goals in the order asked for."""
        goals = sorted(self._goals(), key=_GOAL_KEYS[GoalSort(sort)], reverse=descending)
        return goals[offset : offset + limit]
