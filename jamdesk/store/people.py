"""People and delegation seats as rows, and the Swedish order names are listed in."""

from __future__ import annotations

import datetime as dt
import sqlite3
import unicodedata
from dataclasses import dataclass
from typing import Any

from jamdesk.domain.dates import date_from_iso, date_to_iso, optional_date_from_iso
from jamdesk.domain.people import DelegationMembership, DelegationRole, Person, PersonKind

# Swedish puts å, ä, ö after z (in that order); æ and ø count as ä and ö, ü as y.
# Other accented letters sort as their base letter (é as e).
_SWEDISH_LETTERS = {
    "å": chr(ord("z") + 1),
    "ä": chr(ord("z") + 2),
    "ö": chr(ord("z") + 3),
    "æ": chr(ord("z") + 2),
    "ø": chr(ord("z") + 3),
    "ü": "y",
}


def swedish_sort_key(text: str) -> tuple[str, str]:
    """Return a key that sorts names as a Swedish reader expects, ignoring case."""
    letters: list[str] = []
    for char in unicodedata.normalize("NFC", text).casefold():
        mapped = _SWEDISH_LETTERS.get(char)
        if mapped is None:
            decomposed = unicodedata.normalize("NFD", char)
            mapped = "".join(c for c in decomposed if not unicodedata.combining(c))
        letters.append(mapped)
    # The text itself breaks ties, so equal-looking names still sort the same every time.
    return "".join(letters), text


# Selected with the alias ``p``; person_from_row reads them in this order.
PERSON_COLUMNS = "p.id, p.name, p.kind, p.title, p.email, p.phone, p.board_id"
_MEMBERSHIP_COLUMNS = "m.id, m.person_id, m.role, m.term_from, m.term_to"
_ROLE_ORDER = {role: index for index, role in enumerate(DelegationRole)}


@dataclass(frozen=True)
class ServingMember:
    """A delegation seat together with the person holding it."""

    membership: DelegationMembership
    person: Person


def person_from_row(row: Any) -> Person:
    """Return the person read from PERSON_COLUMNS."""
    return Person(
        id=row[0],
        name=row[1],
        kind=PersonKind(row[2]),
        title=row[3],
        email=row[4],
        phone=row[5],
        board_id=row[6],
    )


def _membership_from_row(row: Any) -> DelegationMembership:
    return DelegationMembership(
        id=row[0],
        person_id=row[1],
        role=DelegationRole(row[2]),
        term_from=date_from_iso(row[3]),
        term_to=optional_date_from_iso(row[4]),
    )


def _optional_iso(value: dt.date | None) -> str | None:
    return None if value is None else date_to_iso(value)


def load_person(connection: sqlite3.Connection, person_id: int) -> Person | None:
    """Return the person ``person_id``, or None."""
    row = connection.execute(
        f"SELECT {PERSON_COLUMNS} FROM person p WHERE p.id = ?", (person_id,)
    ).fetchone()
    return None if row is None else person_from_row(row)


def list_people(connection: sqlite3.Connection, kind: PersonKind | None = None) -> list[Person]:
    """Return the people (of ``kind`` if given) in Swedish name order."""
    if kind is None:
        rows = connection.execute(f"SELECT {PERSON_COLUMNS} FROM person p").fetchall()
    else:
        rows = connection.execute(
            f"SELECT {PERSON_COLUMNS} FROM person p WHERE p.kind = ?", (kind.value,)
        ).fetchall()
    # Hundreds of people at most; SQLite's own collation would put å, ä, ö wrong.
    people = [person_from_row(row) for row in rows]
    people.sort(key=lambda person: (swedish_sort_key(person.name), person.id or 0))
    return people


def insert_person(connection: sqlite3.Connection, person: Person) -> int:
    """Insert ``person`` and return the new id."""
    cursor = connection.execute(
        "INSERT INTO person (name, kind, title, email, phone, board_id) VALUES (?, ?, ?, ?, ?, ?)",
        (person.name, person.kind.value, person.title, person.email, person.phone, person.board_id),
    )
    return int(cursor.lastrowid or 0)


def update_person(connection: sqlite3.Connection, person: Person) -> None:
    """Write every field of the stored person ``person.id``."""
    connection.execute(
        """
        UPDATE person SET name = ?, kind = ?, title = ?, email = ?, phone = ?, board_id = ?
         WHERE id = ?
        """,
        (
            person.name,
            person.kind.value,
            person.title,
            person.email,
            person.phone,
            person.board_id,
            person.id,
        ),
    )


def load_membership(
    connection: sqlite3.Connection, membership_id: int
) -> DelegationMembership | None:
    """Return the seat ``membership_id``, or None."""
    row = connection.execute(
        f"SELECT {_MEMBERSHIP_COLUMNS} FROM delegation_membership m WHERE m.id = ?",
        (membership_id,),
    ).fetchone()
    return None if row is None else _membership_from_row(row)


def list_memberships(
    connection: sqlite3.Connection, person_id: int | None = None
) -> list[DelegationMembership]:
    """Return the seats (of one person if given), latest term first."""
    where = "" if person_id is None else "WHERE m.person_id = ?"
    params: tuple[int, ...] = () if person_id is None else (person_id,)
    rows = connection.execute(
        f"""
        SELECT {_MEMBERSHIP_COLUMNS} FROM delegation_membership m {where}
         ORDER BY m.term_from DESC, m.id DESC
        """,
        params,
    ).fetchall()
    return [_membership_from_row(row) for row in rows]


def overlapping_memberships(
    connection: sqlite3.Connection,
    term_from: dt.date,
    term_to: dt.date | None,
    *,
    person_id: int | None = None,
    role: DelegationRole | None = None,
    exclude_id: int | None = None,
) -> list[DelegationMembership]:
    """Return the seats whose terms share a day with ``term_from``–``term_to``."""
    clauses = ["(m.term_to IS NULL OR m.term_to >= ?)"]
    params: list[object] = [date_to_iso(term_from)]
    if term_to is not None:
        clauses.append("m.term_from <= ?")
        params.append(date_to_iso(term_to))
    if person_id is not None:
        clauses.append("m.person_id = ?")
        params.append(person_id)
    if role is not None:
        clauses.append("m.role = ?")
        params.append(role.value)
    if exclude_id is not None:
        clauses.append("m.id <> ?")
        params.append(exclude_id)
    rows = connection.execute(
        f"""
        SELECT {_MEMBERSHIP_COLUMNS} FROM delegation_membership m
         WHERE {" AND ".join(clauses)}
         ORDER BY m.term_from, m.id
        """,
        params,
    ).fetchall()
    return [_membership_from_row(row) for row in rows]


def insert_membership(connection: sqlite3.Connection, membership: DelegationMembership) -> int:
    """Insert the seat and return its new id."""
    cursor = connection.execute(
        """
        INSERT INTO delegation_membership (person_id, role, term_from, term_to)
        VALUES (?, ?, ?, ?)
        """,
        (
            membership.person_id,
            membership.role.value,
            date_to_iso(membership.term_from),
            _optional_iso(membership.term_to),
        ),
    )
    return int(cursor.lastrowid or 0)


def update_membership(connection: sqlite3.Connection, membership: DelegationMembership) -> None:
    """Write every field of the stored seat ``membership.id``."""
    connection.execute(
        """
        UPDATE delegation_membership SET person_id = ?, role = ?, term_from = ?, term_to = ?
         WHERE id = ?
        """,
        (
            membership.person_id,
            membership.role.value,
            date_to_iso(membership.term_from),
            _optional_iso(membership.term_to),
            membership.id,
        ),
    )


def members_serving(connection: sqlite3.Connection, on: dt.date) -> list[ServingMember]:
    """Return the seats held on ``on``: chair, vice chair, members, substitutes, by name."""
    day = date_to_iso(on)
    rows = connection.execute(
        f"""
        SELECT {_MEMBERSHIP_COLUMNS}, {PERSON_COLUMNS}
          FROM delegation_membership m JOIN person p ON p.id = m.person_id
         WHERE m.term_from <= ? AND (m.term_to IS NULL OR m.term_to >= ?)
        """,
        (day, day),
    ).fetchall()
    serving = [
        ServingMember(membership=_membership_from_row(row[:5]), person=person_from_row(row[5:]))
        for row in rows
    ]
    serving.sort(
        key=lambda s: (
            _ROLE_ORDER[s.membership.role],
            swedish_sort_key(s.person.name),
            s.membership.id or 0,
        )
    )
    return serving


def person_names(connection: sqlite3.Connection) -> list[str]:
    """Return the name of everyone in the store."""
    return [name for (name,) in connection.execute("SELECT name FROM person")]
