"""The organisation row: the municipality or region, its delegation and registry conventions."""

from __future__ import annotations

import sqlite3

from jamdesk.domain.dates import date_to_iso, optional_date_from_iso
from jamdesk.domain.organisation import Organisation

# The schema allows only id 1: a store belongs to exactly one organisation.
ORGANISATION_ID = 1


def load_organisation(connection: sqlite3.Connection) -> Organisation | None:
    """Return the organisation, or None in a store that has not been set up yet."""
    row = connection.execute(
        """
        SELECT name, delegation_name, charter_signed_on, diary_pattern, registry_series,
               minutes_kept_at
          FROM organisation WHERE id = ?
        """,
        (ORGANISATION_ID,),
    ).fetchone()
    if row is None:
        return None
    return Organisation(
        name=row[0],
        delegation_name=row[1],
        charter_signed_on=optional_date_from_iso(row[2]),
        diary_pattern=row[3],
        registry_series=row[4],
        minutes_kept_at=row[5],
    )


def save_organisation(connection: sqlite3.Connection, organisation: Organisation) -> None:
    """Write the organisation, creating its one row or replacing its values."""
    signed = organisation.charter_signed_on
    connection.execute(
        """
        INSERT INTO organisation
               (id, name, delegation_name, charter_signed_on, diary_pattern, registry_series,
                minutes_kept_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET
               name = excluded.name,
               delegation_name = excluded.delegation_name,
               charter_signed_on = excluded.charter_signed_on,
               diary_pattern = excluded.diary_pattern,
               registry_series = excluded.registry_series,
               minutes_kept_at = excluded.minutes_kept_at
        """,
        (
            ORGANISATION_ID,
            organisation.name,
            organisation.delegation_name,
            None if signed is None else date_to_iso(signed),
            organisation.diary_pattern,
            organisation.registry_series,
            organisation.minutes_kept_at,
        ),
    )
