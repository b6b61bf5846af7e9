"""Opening a store: new ones are set up right, and anything else is refused untouched."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from jamdesk.store import database as database_module
from jamdesk.store.database import APPLICATION_ID, Database, open_database
from jamdesk.store.errors import NewerStoreError, StoreBusyError, StoreError, StoreOpenError
from jamdesk.store.migrations import LATEST_VERSION

SHORT_WAIT_MS = 50
is_root = getattr(os, "geteuid", lambda: -1)() == 0


def digest(path: Path) -> str:
    """Return a fingerprint of the file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_listing(folder: Path) -> list[str]:
    """Return the names in ``folder``, to see that nothing was added beside a file."""
    return sorted(entry.name for entry in folder.iterdir())


def pragma(connection: sqlite3.Connection, name: str) -> Any:
    """Return the value of one PRAGMA."""
    return connection.execute(f"PRAGMA {name}").fetchone()[0]


def add_organisation(db: Database, name: str = "Jämköpings kommun") -> None:
    with db.transaction() as conn:
        conn.execute(
            "INSERT INTO organisation (id, name, delegation_name) VALUES (1, ?, ?)",
            (name, "Jämställdhetsdelegationen"),
        )


@pytest.fixture
def saved_store(tmp_path: Path) -> Path:
    """Return a closed JämDesk store holding an organisation, in its own folder."""
    folder = tmp_path / "saved"
    folder.mkdir()
    path = folder / "jamdesk.sqlite"
    with open_database(path) as db:
        add_organisation(db)
    return path


@contextlib.contextmanager
def unchanged(path: Path) -> Iterator[None]:
    """Assert that the block leaves ``path`` and the files beside it exactly as they were."""
    before = digest(path) if path.is_file() else None
    listing = folder_listing(path.parent) if path.parent.is_dir() else None
    yield
    assert (digest(path) if path.is_file() else None) == before
    assert (folder_listing(path.parent) if path.parent.is_dir() else None) == listing


# --- a new store -------------------------------------------------------------------------


def test_new_store_is_set_up_for_safe_use(store_path: Path) -> None:
    with open_database(store_path) as db:
        conn = db.connection
        assert pragma(conn, "journal_mode") == "wal"
        assert pragma(conn, "foreign_keys") == 1
        assert pragma(conn, "user_version") == LATEST_VERSION
        assert pragma(conn, "application_id") == APPLICATION_ID
        assert pragma(conn, "busy_timeout") > 0
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_schema")}
        assert {"organisation", "meeting", "minutes_paragraph", "reporting_request"} <= tables
    assert APPLICATION_ID.to_bytes(4, "big") == b"JamD"


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_new_store_is_readable_by_its_owner_only(store_path: Path) -> None:
    with open_database(store_path):
        pass

    assert stat.S_IMODE(store_path.stat().st_mode) == 0o600


def test_new_store_refuses_broken_references(db: Database) -> None:
    with pytest.raises(sqlite3.IntegrityError), db.transaction() as conn:
        conn.execute("INSERT INTO person (name, kind, board_id) VALUES ('Åsa', 'official', 99)")


def test_reopening_a_current_store_does_not_change_a_byte(saved_store: Path) -> None:
    with unchanged(saved_store):
        with open_database(saved_store) as db:
            assert db.execute("SELECT name FROM organisation").fetchone()[0] == "Jämköpings kommun"
        with open_database(saved_store):
            pass


def test_closing_leaves_a_single_self_contained_file(store_path: Path) -> None:
    with open_database(store_path) as db:
        add_organisation(db)

    assert folder_listing(store_path.parent) == [store_path.name]
    copy = store_path.with_name("kopia.sqlite")
    shutil.copyfile(store_path, copy)
    with open_database(copy) as db:
        assert db.execute("SELECT count(*) FROM organisation").fetchone()[0] == 1


def test_an_empty_file_becomes_a_new_store(store_path: Path) -> None:
    store_path.touch()

    with open_database(store_path) as db:
        assert pragma(db.connection, "user_version") == LATEST_VERSION


def test_missing_file_is_not_created_when_creating_is_not_wanted(tmp_path: Path) -> None:
    path = tmp_path / "saknas.sqlite"

    with pytest.raises(StoreOpenError) as raised:
        open_database(path, create=False)

    assert str(path) in raised.value.message
    assert folder_listing(tmp_path) == []


# --- transactions ------------------------------------------------------------------------


def test_transaction_keeps_all_of_a_block_that_succeeds(db: Database, store_path: Path) -> None:
    with db.transaction() as conn:
        conn.execute(
            "INSERT INTO organisation (id, name, delegation_name) VALUES (1, 'Jämköping', 'JD')"
        )
        conn.execute("INSERT INTO goal (kind, title) VALUES ('own', 'Jämställd hälsa')")

    # Another connection sees it: it was committed, not merely kept in ours.
    other = sqlite3.connect(store_path)
    try:
        assert other.execute("SELECT count(*) FROM organisation").fetchone()[0] == 1
        assert other.execute("SELECT count(*) FROM goal").fetchone()[0] == 1
    finally:
        other.close()
    assert not db.connection.in_transaction


@pytest.mark.parametrize("exception", [ValueError("fel"), KeyboardInterrupt()])
def test_transaction_keeps_nothing_of_a_block_that_fails(
    db: Database, exception: BaseException
) -> None:
    with pytest.raises(type(exception)), db.transaction() as conn:
        conn.execute("INSERT INTO goal (kind, title) VALUES ('own', 'Jämställd hälsa')")
        raise exception

    assert db.execute("SELECT count(*) FROM goal").fetchone()[0] == 0
    assert not db.connection.in_transaction
    with db.transaction() as conn:  # the store is still usable
        conn.execute("INSERT INTO goal (kind, title) VALUES ('own', 'Ekonomisk jämställdhet')")
    assert db.execute("SELECT count(*) FROM goal").fetchone()[0] == 1


def test_transaction_rolls_back_a_refused_statement(db: Database) -> None:
    with pytest.raises(sqlite3.IntegrityError), db.transaction() as conn:
        conn.execute("INSERT INTO goal (kind, title) VALUES ('own', 'Jämställd utbildning')")
        conn.execute("INSERT INTO goal (kind, title) VALUES ('own', '')")  # CHECK fails

    assert db.execute("SELECT count(*) FROM goal").fetchone()[0] == 0


# --- refusals that leave the file untouched ----------------------------------------------


def test_text_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "anteckningar.txt"
    path.write_text("Mötesanteckningar från budgetdialogen\n", encoding="utf-8")

    with unchanged(path), pytest.raises(StoreOpenError) as raised:
        open_database(path)

    assert raised.value.message.startswith(f"{path} is not a JämDesk file.")


def test_another_programs_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "places.sqlite"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE moz_bookmarks (id INTEGER PRIMARY KEY, title TEXT)")
    other.execute("INSERT INTO moz_bookmarks (title) VALUES ('Kommunens webbplats')")
    other.commit()
    other.close()

    with unchanged(path), pytest.raises(StoreOpenError) as raised:
        open_database(path)

    assert "not a JämDesk file" in raised.value.message
    assert "not changed" in raised.value.message


def test_empty_database_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "annan.sqlite"
    other = sqlite3.connect(path)
    other.execute("PRAGMA application_id = 1234")
    other.close()

    with unchanged(path), pytest.raises(StoreOpenError, match="not a JämDesk file"):
        open_database(path)


def test_store_from_a_newer_jamdesk_is_refused(saved_store: Path) -> None:
    newer = sqlite3.connect(saved_store)
    newer.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    newer.close()

    with unchanged(saved_store), pytest.raises(NewerStoreError) as raised:
        open_database(saved_store)

    message = raised.value.message
    assert isinstance(raised.value, StoreOpenError)
    assert str(saved_store) in message
    assert f"format {LATEST_VERSION + 1}" in message
    assert "Update JämDesk" in message


def test_missing_folder_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "finns inte" / "jamdesk.sqlite"

    with pytest.raises(StoreOpenError) as raised:
        open_database(path)

    assert str(path.parent) in raised.value.message
    assert "does not exist" in raised.value.message
    assert folder_listing(tmp_path) == []


def test_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "Jämställdhet"
    folder.mkdir()

    with pytest.raises(StoreOpenError) as raised:
        open_database(folder)

    assert raised.value.message.startswith(f"{folder} is a folder")
    assert folder_listing(folder) == []


def hold_exclusive_lock(path: Path) -> sqlite3.Connection:
    """Return a connection that keeps ``path`` locked the way another JämDesk might."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("UPDATE organisation SET name = name")  # the write takes the lock
    return other


def hold_open_transaction(path: Path) -> sqlite3.Connection:
    """Return a connection in the middle of an exclusive transaction on ``path``."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    return other


@pytest.mark.parametrize("lock", [hold_exclusive_lock, hold_open_transaction])
def test_file_locked_by_another_program_is_refused(
    saved_store: Path, lock: Callable[[Path], sqlite3.Connection]
) -> None:
    other = lock(saved_store)
    try:
        with unchanged(saved_store), pytest.raises(StoreBusyError) as raised:
            open_database(saved_store, busy_timeout_ms=SHORT_WAIT_MS)
    finally:
        other.close()

    assert str(saved_store) in raised.value.message
    assert "in use by another program" in raised.value.message
    with open_database(saved_store, busy_timeout_ms=SHORT_WAIT_MS):
        pass  # free again once the other program lets go


# --- read-only places --------------------------------------------------------------------

ReadOnly = Callable[[str, Path | None], Path]


@pytest.fixture
def read_only(tmp_path: Path) -> Iterator[ReadOnly]:
    """Return a function placing a copy of a store where JämDesk may not write.

    ``read_only("folder", store)`` puts the copy in a read-only folder, ``read_only("file",
    store)`` makes the copy itself read-only, and ``read_only("folder", None)`` returns the
    path of a store not yet created in a read-only folder. Root may write whatever the
    modes say, so as root the copy goes onto a tmpfs mounted read-only instead.
    """
    undo: list[Callable[[], None]] = []

    def place(what: str, store: Path | None) -> Path:
        folder = tmp_path / f"skrivskyddad-{len(undo)}"
        folder.mkdir()
        target = folder / "jamdesk.sqlite"
        if is_root:
            _mount_read_only(folder, store, target)
            undo.append(lambda: _unmount(folder))
            return target
        if store is not None:
            shutil.copyfile(store, target)
        if what == "file":
            target.chmod(0o444)
            undo.append(lambda: target.chmod(0o600))
        else:
            folder.chmod(0o555)
            undo.append(lambda: folder.chmod(0o755))
        return target

    yield place
    for step in reversed(undo):
        step()


def _mount_read_only(folder: Path, store: Path | None, target: Path) -> None:
    """Mount a tmpfs on ``folder``, copy the store in, and make the mount read-only."""
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "tmpfs", str(folder)], capture_output=True, text=True, check=False
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs to make a read-only place: {mounted.stderr.strip()}")
    try:
        if store is not None:
            shutil.copyfile(store, target)
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    except BaseException:
        _unmount(folder)
        raise


def _unmount(folder: Path) -> None:
    if subprocess.run(["umount", str(folder)], check=False).returncode != 0:
        subprocess.run(["umount", "-l", str(folder)], check=True)


@pytest.mark.skipif(os.name != "posix", reason="read-only folders are tested on POSIX")
def test_store_in_a_read_only_folder_is_refused(read_only: ReadOnly, saved_store: Path) -> None:
    path = read_only("folder", saved_store)

    with unchanged(path), pytest.raises(StoreOpenError) as raised:
        open_database(path)

    message = raised.value.message
    assert str(path.parent) in message
    assert "may not write" in message or "read-only" in message


@pytest.mark.skipif(os.name != "posix", reason="read-only files are tested on POSIX")
def test_read_only_store_is_refused(read_only: ReadOnly, saved_store: Path) -> None:
    path = read_only("file", saved_store)

    with unchanged(path), pytest.raises(StoreOpenError) as raised:
        open_database(path)

    message = raised.value.message
    assert str(path) in message
    assert "read-only" in message or "may not write" in message


@pytest.mark.skipif(os.name != "posix", reason="read-only folders are tested on POSIX")
def test_new_store_in_a_read_only_folder_is_refused(read_only: ReadOnly) -> None:
    path = read_only("folder", None)

    with pytest.raises(StoreOpenError) as raised:
        open_database(path)

    assert "may not write" in raised.value.message
    assert not path.exists()


# --- failed creation ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("failure", "raised_as"),
    [
        (RuntimeError("migration bug"), RuntimeError),
        (sqlite3.OperationalError("disk I/O error"), StoreError),
        (sqlite3.OperationalError("database or disk is full"), StoreError),
    ],
)
def test_failed_creation_leaves_no_file_behind(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    failure: Exception,
    raised_as: type[Exception],
) -> None:
    def failing_migrate(*args: object, **kwargs: object) -> list[int]:
        raise failure

    monkeypatch.setattr(database_module, "migrate", failing_migrate)
    path = tmp_path / "ny.sqlite"

    with pytest.raises(raised_as):
        open_database(path)

    assert folder_listing(tmp_path) == []  # no store, no -wal, no -shm


def test_failed_upgrade_never_removes_a_file_that_was_there(
    monkeypatch: pytest.MonkeyPatch, store_path: Path
) -> None:
    def failing_migrate(*args: object, **kwargs: object) -> list[int]:
        raise RuntimeError("migration bug")

    store_path.touch()
    monkeypatch.setattr(database_module, "migrate", failing_migrate)

    with pytest.raises(RuntimeError):
        open_database(store_path)

    assert store_path.exists()
