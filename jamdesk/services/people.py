"""Keep the register of people and the delegation's seats."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace

from jamdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from jamdesk.domain.people import DelegationMembership, DelegationRole, Person, PersonKind
from jamdesk.services.changes import Outcome, RecordKind, outcome
from jamdesk.store import people as store
from jamdesk.store.database import Database
from jamdesk.store.people import ServingMember
from jamdesk.store.references import missing_record, require_row


def _stored_membership(connection: sqlite3.Connection, membership_id: int) -> DelegationMembership:
    found = store.load_membership(connection, membership_id)
    if found is None:
        raise missing_record("delegation_membership", membership_id, "id")
    return found


def _person_name(connection: sqlite3.Connection, person_id: int) -> str:
    person = store.load_person(connection, person_id)
    return "" if person is None else person.name


def _check_seat_free(connection: sqlite3.Connection, seat: DelegationMembership) -> None:
    """Refuse a seat that overlaps the person's other seats or another chair's term."""
    own = store.overlapping_memberships(
        connection, seat.term_from, seat.term_to, person_id=seat.person_id, exclude_id=seat.id
    )
    if own:
        other = own[0]
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{name} already has a seat in the delegation from {start}. One person holds "
                "one seat at a time: end that seat first or choose other dates.",
            ),
            field="term_from",
            name=_person_name(connection, seat.person_id),
            start=other.term_from.isoformat(),
        )
    if seat.role not in (DelegationRole.CHAIR, DelegationRole.VICE_CHAIR):
        return
    holders = store.overlapping_memberships(
        connection, seat.term_from, seat.term_to, role=seat.role, exclude_id=seat.id
    )
    if not holders:
        return
    holder = holders[0]
    template = (
        QT_TRANSLATE_NOOP(
            "DomainError",
            "{name} is chair of the delegation from {start}. The delegation has one chair "
            "at a time: end that term first or choose other dates.",
        )
        if seat.role is DelegationRole.CHAIR
        else QT_TRANSLATE_NOOP(
            "DomainError",
            "{name} is vice chair of the delegation from {start}. The delegation has one "
            "vice chair at a time: end that term first or choose other dates.",
        )
    )
    raise ValidationError(
        template,
        field="role",
        name=_person_name(connection, holder.person_id),
        start=holder.term_from.isoformat(),
    )


class PersonService:
    """The use cases of people and of the delegation's seats."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # --- people ---------------------------------------------------------------------------

    def get(self, person_id: int) -> Person | None:
        """Return the person ``person_id``, or None."""
        return store.load_person(self._db.connection, person_id)

    def list_people(self, kind: PersonKind | None = None) -> list[Person]:
        """Return the people (politicians or officials if ``kind`` is given) by name."""
        return store.list_people(self._db.connection, kind)

    def create(self, person: Person) -> Outcome[Person]:
        """Add a person to the register."""
        checked = person.validated()
        with self._db.transaction() as conn:
            require_row(conn, "board", checked.board_id, "board_id")
            created = replace(checked, id=store.insert_person(conn, checked))
        return outcome(created, RecordKind.PERSON)

    def update(self, person: Person) -> Outcome[Person]:
        """Change a person's name, title, contact details or board."""
        checked = person.validated()
        if checked.id is None:
            raise ValueError("a person must have an id to be updated")
        with self._db.transaction() as conn:
            require_row(conn, "person", checked.id, "id")
            require_row(conn, "board", checked.board_id, "board_id")
            store.update_person(conn, checked)
        return outcome(checked, RecordKind.PERSON)

    # --- delegation seats -----------------------------------------------------------------

    def memberships(self, person_id: int | None = None) -> list[DelegationMembership]:
        """Return the delegation's seats (of one person if given), latest term first."""
        return store.list_memberships(self._db.connection, person_id)

    def members_serving(self, on: dt.date) -> list[ServingMember]:
        """Return who sits in the delegation on ``on``, chair first, then by role and name."""
        return store.members_serving(self._db.connection, on)

    def add_membership(self, membership: DelegationMembership) -> Outcome[DelegationMembership]:
        """Give a person a seat in the delegation for a term."""
        checked = replace(membership.validated(), id=None)
        with self._db.transaction() as conn:
            require_row(conn, "person", checked.person_id, "person_id")
            _check_seat_free(conn, checked)
            created = replace(checked, id=store.insert_membership(conn, checked))
        return outcome(created, RecordKind.PERSON)

    def update_membership(self, membership: DelegationMembership) -> Outcome[DelegationMembership]:
        """Correct a seat's person, role or term."""
        checked = membership.validated()
        if checked.id is None:
            raise ValueError("a seat must have an id to be updated")
        with self._db.transaction() as conn:
            require_row(conn, "delegation_membership", checked.id, "id")
            require_row(conn, "person", checked.person_id, "person_id")
            _check_seat_free(conn, checked)
            store.update_membership(conn, checked)
        return outcome(checked, RecordKind.PERSON)

    def end_membership(self, membership_id: int, on: dt.date) -> Outcome[DelegationMembership]:
        """End a seat's term on ``on`` (the last day served)."""
        with self._db.transaction() as conn:
            seat = _stored_membership(conn, membership_id)
            ended = replace(seat, term_to=on).validated()
            # Moving an end later can make the term meet another one again.
            _check_seat_free(conn, ended)
            store.update_membership(conn, ended)
        return outcome(ended, RecordKind.PERSON)
