"""Numbered schema migrations: NNNN_name.sql, each run in one transaction with its version."""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import os
import re
import sqlite3
from importlib import resources
from pathlib import Path

log = logging.getLogger(__name__)

_NAME_RE = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def _load() -> list[tuple[int, str]]:
    """Return the migrations shipped with the package, in order."""
    found: list[tuple[int, str]] = []
    for entry in resources.files(__name__).iterdir():
        match = _NAME_RE.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.read_text(encoding="utf-8")))
    found.sort()
    numbers = [number for number, _ in found]
    if numbers != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migrations are not numbered 1..n: {numbers}")
    return found


MIGRATIONS = _load()
LATEST_VERSION = len(MIGRATIONS)


def migrate(connection: sqlite3.Connection, *, make_backup: bool, path: Path) -> list[int]:
    """Bring the store up to LATEST_VERSION; return the versions applied.

    Each step runs in one IMMEDIATE transaction that also sets PRAGMA user_version, so
    an interrupted upgrade leaves the file at the last completed version.
    """
    current = connection.execute("PRAGMA user_version").fetchone()[0]
    pending = [(number, sql) for number, sql in MIGRATIONS if number > current]
    if not pending:
        return []
    if make_backup and current > 0:
        backup_before_upgrade(connection, path, current)
    applied: list[int] = []
    # A step that rebuilds a table (create, copy, drop, rename) would cascade deletes to
    # child rows with foreign keys on; they stay off during the steps, and each step's own
    # foreign_key_check below refuses to commit anything that breaks a reference.
    connection.execute("PRAGMA foreign_keys = OFF")
    try:
        _apply(connection, pending, path, applied)
    finally:
        connection.execute("PRAGMA foreign_keys = ON")
    return applied


def _apply(
    connection: sqlite3.Connection, pending: list[tuple[int, str]], path: Path, applied: list[int]
) -> None:
    """Run each pending step in its own transaction, appending its number once committed."""
    for number, sql in pending:
        # executescript() commits any open transaction first, so the script opens its
        # own; it stays open until the step has passed the foreign-key check below.
        script = f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {number};"
        try:
            connection.executescript(script)
            violations = connection.execute("PRAGMA foreign_key_check").fetchall()
            if violations:
                raise RuntimeError(
                    f"migration {number} left foreign-key violations: {violations[:5]}"
                )
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
        log.info("store %s upgraded to version %d", path, number)
        applied.append(number)


def backup_before_upgrade(connection: sqlite3.Connection, path: Path, version: int) -> Path:
    """Copy the store beside itself before an upgrade, readable by its owner only."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    # A retry within the same second must not fail on the copy the last attempt left.
    for attempt in itertools.count(1):
        again = f"-{attempt}" if attempt > 1 else ""
        name = f"{path.stem}.before-upgrade-v{version}-{stamp}{again}{path.suffix}"
        target = path.with_name(name)
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        os.close(fd)
        break
    destination = sqlite3.connect(target)
    try:
        connection.backup(destination)
    finally:
        destination.close()
    log.info("backed up %s to %s before upgrading", path, target)
    return target
