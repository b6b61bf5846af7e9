"""`jamdesk check`: report whether a store is sound, one line per problem."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from jamdesk.commands.output import EXIT_OK, EXIT_PROBLEMS, fail, fail_with
from jamdesk.domain.errors import QT_TRANSLATE_NOOP, DomainError
from jamdesk.store.database import open_database
from jamdesk.store.health import run_checks

DAMAGED = QT_TRANSLATE_NOOP(
    "DomainError", "{path} is damaged and cannot be read ({reason}). Open your latest backup."
)


def run_check(db: Path) -> int:
    """Check the store at ``db``; print ``ok`` or its problems and return the exit status."""
    try:
        database = open_database(db, create=False)
    except DomainError as exc:
        return fail_with(exc)
    except sqlite3.DatabaseError as exc:  # damage that open_database does not translate
        return fail(DAMAGED.format(path=db, reason=exc))
    with database:
        problems = run_checks(database.connection)
    if not problems:
        print("ok")
        return EXIT_OK
    for line in problems:
        print(line)
    return EXIT_PROBLEMS
