"""`jamdesk check`: report whether a store is sound, one line per problem."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from jamdesk.commands.output import EXIT_OK, EXIT_PROBLEMS, fail, fail_with
from jamdesk.domain.errors import QT_TRANSLATE_NOOP, DomainError
from jamdesk.store.database import Database, open_database
from jamdesk.store.errors import StoreOpenError
from jamdesk.store.health import run_checks

DAMAGED = QT_TRANSLATE_NOOP(
    "DomainError", "{path} is damaged and cannot be read ({reason}). Open your latest backup."
)


def open_existing(db: Path) -> Database:
    """Open the store at ``db``; refuse, and leave as they are, a missing or an empty file."""
    # open_database turns an empty file into a new store; a command that only looks must not.
    if db.is_file() and db.stat().st_size == 0:
        raise StoreOpenError(
            QT_TRANSLATE_NOOP(
                "DomainError", "{path} is empty, not a JämDesk file; it was not changed."
            ),
            path=str(db),
        )
    return open_database(db, create=False)


def run_check(db: Path) -> int:
    """Check the store at ``db``; print ``ok`` or its problems and return the exit status."""
    try:
        database = open_existing(db)
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
