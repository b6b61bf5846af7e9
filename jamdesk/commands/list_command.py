"""`jamdesk list`: print meetings, boards, requests or commitments with their ids."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from enum import Enum
from pathlib import Path
from typing import Any

from jamdesk.commands.check_command import DAMAGED
from jamdesk.commands.output import EXIT_OK, fail, fail_with
from jamdesk.domain.dates import time_to_text
from jamdesk.domain.errors import QT_TRANSLATE_NOOP, DomainError
from jamdesk.store.database import open_database
from jamdesk.store.listings import (
    BoardListRow,
    CommitmentListRow,
    RequestListRow,
    list_boards,
    list_commitments,
    list_requests,
)
from jamdesk.store.meeting_list import MeetingRow, fetch_meetings

# One record: column name to a JSON value, in the order the columns are printed.
Record = dict[str, Any]

_MEETING_PAGE = 5000

UNREADABLE = QT_TRANSLATE_NOOP(
    "DomainError",
    "JämDesk could not read all of {path} ({reason}). Run “jamdesk check --db {path}” "
    "to see what is wrong.",
)


def run_list(what: str, db: Path, *, as_json: bool) -> int:
    """Print the records named by ``what`` from the store at ``db``; return the exit status."""
    lister = _LISTERS[what]
    try:
        database = open_database(db, create=False)
    except DomainError as exc:
        return fail_with(exc)
    except sqlite3.DatabaseError as exc:
        return fail(DAMAGED.format(path=db, reason=exc))
    with database:
        connection = database.connection
        # One read transaction, so that pages of one listing never see a save in between.
        connection.execute("BEGIN")
        try:
            columns, records = lister(connection)
        except (sqlite3.DatabaseError, ValueError) as exc:
            # A value the store should never hold, or a damaged page: check says which.
            return fail(UNREADABLE.format(path=db, reason=exc))
        finally:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
    try:
        _write(columns, records, as_json=as_json)
    except BrokenPipeError:
        # The reader stopped early (`jamdesk list meetings | head`): not an error, and
        # Python must not complain when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_OK


def _write(columns: Sequence[str], records: list[Record], *, as_json: bool) -> None:
    """Print the records as a JSON array, or as a table with a header line."""
    write = sys.stdout.write
    if as_json:
        write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    else:
        write("\t".join(columns) + "\n")
        for record in records:
            write("\t".join(_cell(record[column]) for column in columns) + "\n")
    sys.stdout.flush()


def _meetings(connection: sqlite3.Connection) -> tuple[Sequence[str], list[Record]]:
    rows: list[MeetingRow] = []
    while True:
        page = fetch_meetings(connection, offset=len(rows), limit=_MEETING_PAGE)
        rows.extend(page)
        if len(page) < _MEETING_PAGE:
            break
    records = [
        {
            "id": row.id,
            "date": row.date.isoformat(),
            "start": time_to_text(row.start),
            "end": None if row.end is None else time_to_text(row.end),
            "kind": row.kind.value,
            "boards": list(row.boards),
            "status": row.status.value,
            "place": row.place,
        }
        for row in rows
    ]
    return ("id", "date", "start", "end", "kind", "boards", "status", "place"), records


def _rows_lister(
    fetch: Callable[[sqlite3.Connection], Sequence[Any]], row_type: type[Any]
) -> Callable[[sqlite3.Connection], tuple[Sequence[str], list[Record]]]:
    """Return a lister printing every field of the dataclass rows that ``fetch`` returns."""
    columns = tuple(field.name for field in dataclasses.fields(row_type))

    def lister(connection: sqlite3.Connection) -> tuple[Sequence[str], list[Record]]:
        records = [
            {column: _json_value(getattr(row, column)) for column in columns}
            for row in fetch(connection)
        ]
        return columns, records

    return lister


def _json_value(value: object) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_json_value(item) for item in value]
    return value


def _cell(value: Any) -> str:
    """Return a value as one tab-free, single-line table cell."""
    if value is None:
        return ""
    if isinstance(value, list):
        value = ", ".join(str(item) for item in value)
    return " ".join(str(value).replace("\t", " ").splitlines())


_LISTERS: dict[str, Callable[[sqlite3.Connection], tuple[Sequence[str], list[Record]]]] = {
    "meetings": _meetings,
    "boards": _rows_lister(list_boards, BoardListRow),
    "requests": _rows_lister(list_requests, RequestListRow),
    "commitments": _rows_lister(list_commitments, CommitmentListRow),
}
