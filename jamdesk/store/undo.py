"""Undo and redo of whole use cases, recorded by temporary triggers.

The technique is SQLite's own ("Automatic Undo/Redo Using SQLite"): for every table,
TEMP triggers write into a TEMP log the statement that reverses each row change. A use
case is one transaction, so the log entries it wrote form one step; undoing the step
runs its statements backwards, and the triggers record the statements that redo it.
Nothing is written to the file beyond the changes themselves, and the log lives as
long as the connection: undo lasts while the window is open.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from jamdesk.domain.errors import QT_TRANSLATE_NOOP, DomainError
from jamdesk.store.database import Database
from jamdesk.store.minutes import ADJUSTED_TRIGGER_MESSAGE

# The search index follows its tables through their own triggers; logging it too would
# replay its changes twice.
_SKIPPED_PREFIXES = ("sqlite_", "search_index")


class UndoError(DomainError):
    """A step can no longer be undone or redone."""


@dataclass(frozen=True)
class UndoStep:
    """The log entries one use case wrote: ``first`` to ``last``, and the tables touched."""

    first: int
    last: int
    tables: frozenset[str]


class UndoLog:
    """Records reversing statements for every change made on one connection."""

    def __init__(self, database: Database) -> None:
        self._db = database
        connection = database.connection
        connection.execute(
            "CREATE TEMP TABLE IF NOT EXISTS undo_log "
            "(seq INTEGER PRIMARY KEY AUTOINCREMENT, tbl TEXT NOT NULL, sql TEXT NOT NULL)"
        )
        for table in _logged_tables(connection):
            _install_triggers(connection, table)

    def mark(self) -> int:
        """Return the position of the log's end, to be passed to ``step_since``."""
        row = self._db.connection.execute("SELECT max(seq) FROM temp.undo_log").fetchone()
        return int(row[0] or 0)

    def step_since(self, mark: int) -> UndoStep | None:
        """Return the step written after ``mark``, or None if nothing changed."""
        row = self._db.connection.execute(
            "SELECT min(seq), max(seq), group_concat(DISTINCT tbl) FROM temp.undo_log "
            "WHERE seq > ?",
            (mark,),
        ).fetchone()
        if row[0] is None:
            return None
        return UndoStep(int(row[0]), int(row[1]), frozenset(str(row[2]).split(",")))

    def replay(self, step: UndoStep) -> UndoStep:
        """Run a step's reversing statements, newest first; return the step that reverses it.

        Used both to undo (on a step recorded by a use case) and to redo (on the step an
        undo returned). Raises UndoError, with the store unchanged, if the store refuses
        (adjusted minutes, for instance, never change back).
        """
        connection = self._db.connection
        before = self.mark()
        try:
            with self._db.transaction():
                # Rows come back in reverse order; a child may briefly precede its parent.
                connection.execute("PRAGMA defer_foreign_keys = ON")
                statements = connection.execute(
                    "SELECT sql FROM temp.undo_log WHERE seq BETWEEN ? AND ? ORDER BY seq DESC",
                    (step.first, step.last),
                ).fetchall()
                connection.execute(
                    "DELETE FROM temp.undo_log WHERE seq BETWEEN ? AND ?", (step.first, step.last)
                )
                for (statement,) in statements:
                    connection.execute(statement)
        except sqlite3.DatabaseError as exc:
            if ADJUSTED_TRIGGER_MESSAGE in str(exc):
                raise UndoError(
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        "Adjusted minutes cannot change, so this step cannot be undone; make a "
                        "correction instead. Nothing was changed.",
                    )
                ) from exc
            raise UndoError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "This change can no longer be undone: {reason}. Nothing was changed.",
                ),
                reason=str(exc),
            ) from exc
        reverse = self.step_since(before)
        if reverse is None:  # the step's statements changed nothing: keep it reversible
            return UndoStep(step.first, step.first - 1, step.tables)
        return reverse

    def forget_all(self) -> None:
        """Drop every entry, once the undo history itself has been cleared."""
        self._db.connection.execute("DELETE FROM temp.undo_log")

    def forget(self, step: UndoStep) -> None:
        """Drop a step's entries once it can no longer be undone or redone."""
        self._db.connection.execute(
            "DELETE FROM temp.undo_log WHERE seq BETWEEN ? AND ?", (step.first, step.last)
        )


def _logged_tables(connection: sqlite3.Connection) -> list[str]:
    rows = connection.execute(
        "SELECT name FROM main.sqlite_schema WHERE type = 'table' ORDER BY name"
    ).fetchall()
    return [name for (name,) in rows if not name.startswith(_SKIPPED_PREFIXES)]


def _install_triggers(connection: sqlite3.Connection, table: str) -> None:
    """Create the TEMP triggers that log how to reverse each change of ``table``."""
    info = connection.execute(f"PRAGMA main.table_info({_quote(table)})").fetchall()
    columns = [str(row[1]) for row in info]
    key_columns = [str(row[1]) for row in sorted(info, key=lambda row: row[5]) if row[5] > 0]
    without_rowid = _is_without_rowid(connection, table)
    if without_rowid:
        keys = key_columns
    else:
        keys = ["rowid"]
        columns = ["rowid", *columns]
    quoted = _quote(table)

    # An update's reverse finds the row by its new key (SQLite's recipe), so a changed key
    # (a board swapped in meeting_board) is changed back too.
    def where(prefix: str) -> str:
        parts = [f"'{_quote(key)} IS ' || quote({prefix}.{_quote(key)})" for key in keys]
        return " || ' AND ' || ".join(parts)

    insert_values = " || ', ' || ".join(f"quote(OLD.{_quote(column)})" for column in columns)
    column_list = ", ".join(_quote(column) for column in columns)
    set_list = " || ', ' || ".join(
        f"'{_quote(column)} = ' || quote(OLD.{_quote(column)})"
        for column in columns
        if column != "rowid"
    )
    label = _sql_text(table)
    name = table.replace('"', "")
    connection.executescript(
        f"""
        CREATE TEMP TRIGGER IF NOT EXISTS "undo_{name}_insert" AFTER INSERT ON main.{quoted}
        BEGIN
            INSERT INTO undo_log (tbl, sql)
            VALUES ({label}, 'DELETE FROM main.{quoted} WHERE ' || {where("NEW")});
        END;
        CREATE TEMP TRIGGER IF NOT EXISTS "undo_{name}_update" AFTER UPDATE ON main.{quoted}
        BEGIN
            INSERT INTO undo_log (tbl, sql)
            VALUES ({label}, 'UPDATE main.{quoted} SET ' || {set_list} || ' WHERE '
                    || {where("NEW")});
        END;
        CREATE TEMP TRIGGER IF NOT EXISTS "undo_{name}_delete" BEFORE DELETE ON main.{quoted}
        BEGIN
            INSERT INTO undo_log (tbl, sql)
            VALUES ({label}, 'INSERT INTO main.{quoted} ({column_list}) VALUES ('
                    || {insert_values} || ')');
        END;
        """
    )


def _is_without_rowid(connection: sqlite3.Connection, table: str) -> bool:
    try:
        connection.execute(f"SELECT rowid FROM main.{_quote(table)} LIMIT 0")
    except sqlite3.OperationalError:
        return True
    return False


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _sql_text(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
