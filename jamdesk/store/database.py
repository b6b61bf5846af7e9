"""Open a JämDesk store: checks before touching the file, pragmas, transactions."""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jamdesk.domain.errors import QT_TRANSLATE_NOOP
from jamdesk.store.errors import NewerStoreError, StoreError, StoreOpenError, busy_error
from jamdesk.store.migrations import LATEST_VERSION, migrate

log = logging.getLogger(__name__)

# PRAGMA application_id marks a file as ours ("JamD"), so JämDesk never migrates
# somebody else's SQLite file that happens to be pointed at.
APPLICATION_ID = 0x4A616D44
SQLITE_HEADER = b"SQLite format 3\x00"
DEFAULT_BUSY_TIMEOUT_MS = 3000


class Database:
    """The one connection that reads and writes a store."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.connection = connection
        self.path = path

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run the block as one write transaction: all of it is kept, or none of it."""
        try:
            self.connection.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise _environment_error(exc, self.path) from exc
        try:
            yield self.connection
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        try:
            self.connection.execute("COMMIT")
        except sqlite3.Error as exc:
            # A deferred foreign-key check fails at COMMIT too; never leave it open.
            with contextlib.suppress(sqlite3.Error):
                self.connection.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError):
                raise _environment_error(exc, self.path) from exc
            raise

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        """Run one read statement outside a write transaction."""
        return self.connection.execute(sql, params)

    def close(self) -> None:
        """Close the connection; SQLite checkpoints the write-ahead log."""
        self.connection.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def open_database(
    path: Path | str,
    *,
    create: bool = True,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
) -> Database:
    """Open (and if need be create or upgrade) the store at ``path``.

    Raises a StoreOpenError, and leaves the file exactly as it was, when the path is not
    a JämDesk store, is newer than this app, sits in a missing or read-only folder, or
    is locked by another program.
    """
    path = Path(path).expanduser()
    display = str(path)
    if path.is_dir():
        raise StoreOpenError(
            QT_TRANSLATE_NOOP("DomainError", "{path} is a folder, not a JämDesk file."),
            path=display,
        )
    if not path.exists():
        if not create:
            raise StoreOpenError(
                QT_TRANSLATE_NOOP("DomainError", "There is no file {path}."), path=display
            )
        _create_empty_file(path)
        created = True
    else:
        if not create and path.stat().st_size == 0:
            raise StoreOpenError(
                QT_TRANSLATE_NOOP(
                    "DomainError", "{path} is empty, not a JämDesk file; it was not changed."
                ),
                path=display,
            )
        _inspect_existing(path, busy_timeout_ms)
        created = False
    try:
        connection = _connect(path, busy_timeout_ms)
    except StoreError:
        if created:
            _remove_new_file(path)
        raise
    database = Database(connection, path)
    try:
        migrate(connection, make_backup=not created, path=path)
    except sqlite3.DatabaseError as exc:
        connection.close()
        if created:
            _remove_new_file(path)
        raise _environment_error(exc, path) from exc
    except BaseException:
        connection.close()
        if created:
            _remove_new_file(path)
        raise
    return database


def _create_empty_file(path: Path) -> None:
    """Create the file readable by its owner only, before SQLite touches it."""
    parent = path.parent
    if not parent.is_dir():
        raise StoreOpenError(
            QT_TRANSLATE_NOOP(
                "DomainError", "The folder {folder} does not exist. Create it or choose another."
            ),
            folder=str(parent),
        )
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except PermissionError:
        raise StoreOpenError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "JämDesk may not write in the folder {folder}. Choose a folder you can write to.",
            ),
            folder=str(parent),
        ) from None
    except OSError as exc:
        raise _os_error(exc, path) from exc
    os.close(fd)


def _remove_new_file(path: Path) -> None:
    """Remove a store this call created, with its side files, after a failed start."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink()


def _inspect_existing(path: Path, busy_timeout_ms: int) -> None:
    """Refuse, before any write, a file that is not ours or is newer than this app."""
    display = str(path)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except PermissionError:
        raise StoreOpenError(
            QT_TRANSLATE_NOOP(
                "DomainError", "JämDesk may not read {path}. Check the file's permissions."
            ),
            path=display,
        ) from None
    except OSError as exc:
        raise _os_error(exc, path) from exc
    if header == b"":
        return  # an empty file is an empty SQLite database: it becomes a new store
    if header != SQLITE_HEADER:
        raise _not_a_store(path)
    if not os.access(path, os.W_OK):
        raise StoreOpenError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The file {path} is read-only. Make it writable or open a copy of it.",
            ),
            path=display,
        )
    if not os.access(path.parent, os.W_OK):
        raise StoreOpenError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "JämDesk may not write in the folder {folder}, which it needs for its work "
                "files. Move the file to a folder you can write to.",
            ),
            folder=str(path.parent),
        )
    # With no log or journal beside it the main file holds everything: read it as
    # immutable, since a read-only connection to a WAL-mode file leaves -wal and -shm
    # files behind that it may not remove.
    side_files = any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-journal"))
    query = "mode=ro" if side_files else "mode=ro&immutable=1"
    try:
        probe = sqlite3.connect(
            f"{path.resolve().as_uri()}?{query}",
            uri=True,
            timeout=busy_timeout_ms / 1000,
            isolation_level=None,
        )
    except sqlite3.Error as exc:
        raise _environment_error(exc, path) from exc
    try:
        application_id = probe.execute("PRAGMA application_id").fetchone()[0]
        version = probe.execute("PRAGMA user_version").fetchone()[0]
        has_tables = probe.execute(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table'"
        ).fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise _environment_error(exc, path) from exc
    finally:
        probe.close()
    if application_id != APPLICATION_ID and (application_id != 0 or has_tables):
        raise _not_a_store(path)
    if version > LATEST_VERSION:
        raise NewerStoreError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The file {path} was saved by a newer JämDesk (format {found}; this version "
                "reads up to {known}). Update JämDesk to open it; the file was not changed.",
            ),
            path=display,
            found=version,
            known=LATEST_VERSION,
        )


def _connect(path: Path, busy_timeout_ms: int) -> sqlite3.Connection:
    """Connect with the pragmas every JämDesk connection uses, and make sure we can write."""
    try:
        connection = sqlite3.connect(
            path, timeout=busy_timeout_ms / 1000, isolation_level=None, check_same_thread=True
        )
    except sqlite3.Error as exc:
        raise _environment_error(exc, path) from exc
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise busy_error(str(path))
        # In WAL mode NORMAL still never corrupts the file; a power cut may lose the
        # last transaction, which is the usual desktop trade-off (Anki, calibre).
        connection.execute("PRAGMA synchronous = NORMAL")
        # Take the write lock once now, so a file held by another program is reported
        # at open time rather than at the user's first save.
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("ROLLBACK")
    except sqlite3.Error as exc:
        connection.close()
        raise _environment_error(exc, path) from exc
    except StoreError:
        connection.close()
        raise
    return connection


def _not_a_store(path: Path) -> StoreOpenError:
    return StoreOpenError(
        QT_TRANSLATE_NOOP(
            "DomainError",
            "{path} is not a JämDesk file. Choose a file that JämDesk saved; "
            "this one was not changed.",
        ),
        path=str(path),
    )


def _os_error(exc: OSError, path: Path) -> StoreError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StoreError(
            QT_TRANSLATE_NOOP(
                "DomainError", "The disk holding {path} is full. Free some space and try again."
            ),
            path=str(path),
        )
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StoreOpenError(
            QT_TRANSLATE_NOOP(
                "DomainError", "JämDesk may not write {path}. Choose a place you can write to."
            ),
            path=str(path),
        )
    return StoreOpenError(
        QT_TRANSLATE_NOOP("DomainError", "JämDesk cannot use {path}: {reason}."),
        path=str(path),
        reason=exc.strerror or str(exc),
    )


def _environment_error(exc: sqlite3.Error, path: Path) -> StoreError:
    """Translate what SQLite said into something the user can act on."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return busy_error(str(path))
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return StoreOpenError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{path} is damaged or not a JämDesk file. Open your latest backup instead; "
                "this file was not changed.",
            ),
            path=str(path),
        )
    if "readonly" in text or "read-only" in text:
        return StoreOpenError(
            QT_TRANSLATE_NOOP(
                "DomainError", "JämDesk may not write {path}. Choose a place you can write to."
            ),
            path=str(path),
        )
    if "disk is full" in text or "database or disk is full" in text:
        return StoreError(
            QT_TRANSLATE_NOOP(
                "DomainError", "The disk holding {path} is full. Free some space and try again."
            ),
            path=str(path),
        )
    if "unable to open" in text:
        return StoreOpenError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "JämDesk cannot open {path}. Check that the folder exists and that you may "
                "write in it.",
            ),
            path=str(path),
        )
    log.error("unexpected SQLite error on %s: %s", path, exc)
    return StoreError(
        QT_TRANSLATE_NOOP("DomainError", "JämDesk could not use {path}: {reason}."),
        path=str(path),
        reason=str(exc),
    )
