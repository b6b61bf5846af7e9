"""`jamdesk check`: ok, one line per problem, or one line on stderr when it cannot open."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from jamdesk.app import main
from tests.store.test_health import BROKEN, break_store, make_clean_store

STORE = "store.sqlite"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check(db: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run `jamdesk check --db db`; return its status, stdout and stderr."""
    status = main(["check", "--db", str(db)])
    out, err = capsys.readouterr()
    return status, out, err


def assert_refused(status: int, out: str, err: str, fragment: str) -> None:
    """Assert the command refused the file with one line on stderr and no traceback."""
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1, err
    assert err.startswith("jamdesk: ")
    assert fragment in err
    assert "Traceback" not in err


@pytest.fixture
def clean_store(tmp_path: Path) -> Path:
    return make_clean_store(tmp_path / STORE)


@pytest.fixture
def readonly_folder(tmp_path: Path) -> Iterator[Path]:
    """Return a folder holding a clean store, where even root may not write."""
    source = make_clean_store(tmp_path / "source.sqlite")
    folder = tmp_path / "readonly"
    folder.mkdir()
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # chmod does not stop root, a read-only file system does.
        try:
            subprocess.run(
                ["mount", "-t", "tmpfs", "-o", "rw", "tmpfs", str(folder)],
                check=True,
                capture_output=True,
            )
        except (OSError, subprocess.CalledProcessError) as exc:
            pytest.skip(f"cannot mount a read-only folder here: {exc}")
        try:
            shutil.copy2(source, folder / STORE)
            subprocess.run(
                ["mount", "-o", "remount,ro", str(folder)], check=True, capture_output=True
            )
            yield folder
        finally:
            subprocess.run(["umount", str(folder)], check=False, capture_output=True)
    else:
        shutil.copy2(source, folder / STORE)
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(0o755)


def test_a_clean_store_is_ok_and_left_byte_for_byte(
    clean_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(clean_store)
    assert check(clean_store, capsys) == (0, "ok\n", "")
    assert digest(clean_store) == before
    assert sorted(p.name for p in clean_store.parent.iterdir()) == [STORE]


@pytest.mark.parametrize(
    ("statements", "expected"), [b[1:] for b in BROKEN], ids=[b[0] for b in BROKEN]
)
def test_each_broken_invariant_gives_its_line_and_status_1(
    clean_store: Path, capsys: pytest.CaptureFixture[str], statements: str, expected: str
) -> None:
    with contextlib.closing(sqlite3.connect(clean_store, isolation_level=None)) as connection:
        break_store(connection, statements)
    status, out, err = check(clean_store, capsys)
    assert status == 1
    assert err == ""
    assert any(line.startswith(expected) for line in out.splitlines()), out


def test_a_foreign_key_violation_is_reported(
    clean_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with contextlib.closing(sqlite3.connect(clean_store, isolation_level=None)) as connection:
        break_store(connection, "UPDATE commitment SET board_id = 42 WHERE id = 2;")
    assert check(clean_store, capsys) == (
        1,
        "commitment 2: board_id refers to a missing board\n",
        "",
    )


def test_a_damaged_file_is_reported_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = make_clean_store(tmp_path / "original.sqlite")
    with contextlib.closing(sqlite3.connect(original, isolation_level=None)) as connection:
        connection.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT)")
        connection.execute("CREATE INDEX filler_text_idx ON filler (text)")
        connection.executemany(
            "INSERT INTO filler (text) VALUES (?)", ((f"rad {n} " * 20,) for n in range(3000))
        )
    damaged = tmp_path / "damaged.sqlite"
    data = bytearray(original.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 3000] = b"\xff\x00\x7f" * 1000
    damaged.write_bytes(bytes(data))
    before = digest(damaged)
    status, out, err = check(damaged, capsys)
    assert "Traceback" not in out + err
    assert digest(damaged) == before
    if status == 2:
        assert_refused(status, out, err, "damaged")
    else:
        assert status == 1
        assert out.startswith("store file: ")


def _text_file(path: Path) -> None:
    path.write_text("Det här är ingen databas utan anteckningar om årets dialoger.\n")


def _newer_store(path: Path) -> None:
    make_clean_store(path)
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA user_version = 99")


def _empty_file(path: Path) -> None:
    path.touch()


CANNOT_OPEN: list[tuple[str, Callable[[Path], None], str]] = [
    ("not a database", _text_file, "is not a JämDesk file"),
    ("newer store", _newer_store, "newer JämDesk"),
    ("empty file", _empty_file, "is empty"),
]


@pytest.mark.parametrize(
    ("prepare", "fragment"), [c[1:] for c in CANNOT_OPEN], ids=[c[0] for c in CANNOT_OPEN]
)
def test_a_file_that_is_no_store_is_refused_and_left_unchanged(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    prepare: Callable[[Path], None],
    fragment: str,
) -> None:
    path = tmp_path / STORE
    prepare(path)
    before = digest(path)
    assert_refused(*check(path, capsys), fragment)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [STORE]


@pytest.mark.parametrize("missing", ["store.sqlite", "no-such-folder/store.sqlite"])
def test_a_missing_file_is_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], missing: str
) -> None:
    assert_refused(*check(tmp_path / missing, capsys), "There is no file")
    assert list(tmp_path.iterdir()) == []


def test_without_db_the_default_store_is_checked_but_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr(sys, "platform", "linux")
    status = main(["check"])
    out, err = capsys.readouterr()
    assert_refused(status, out, err, str(tmp_path / "jamdesk" / "jamdesk.sqlite"))
    assert list(tmp_path.iterdir()) == []


def test_a_store_locked_by_another_program_is_refused_and_unchanged(
    clean_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with contextlib.closing(sqlite3.connect(clean_store, isolation_level=None)) as locker:
        locker.execute("PRAGMA locking_mode = EXCLUSIVE")
        locker.execute("BEGIN IMMEDIATE")
        locker.execute("UPDATE organisation SET name = 'Låst kommun'")
        locker.execute("COMMIT")
        before = digest(clean_store)
        assert_refused(*check(clean_store, capsys), "in use by another program")
        assert digest(clean_store) == before


def test_a_store_in_a_read_only_folder_is_refused_and_unchanged(
    readonly_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = readonly_folder / STORE
    before = digest(path)
    assert_refused(*check(path, capsys), str(readonly_folder))
    assert digest(path) == before
    assert sorted(p.name for p in readonly_folder.iterdir()) == [STORE]


def test_the_db_option_may_come_before_the_command(
    clean_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(clean_store), "check"]) == 0
    assert capsys.readouterr().out == "ok\n"


def test_check_runs_end_to_end_as_a_program(clean_store: Path) -> None:
    ok = subprocess.run(
        [sys.executable, "-m", "jamdesk", "check", "--db", str(clean_store)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (ok.returncode, ok.stdout, ok.stderr) == (0, "ok\n", "")
    with contextlib.closing(sqlite3.connect(clean_store, isolation_level=None)) as connection:
        break_store(connection, "UPDATE question SET answered_on = NULL WHERE id = 2;")
    broken = subprocess.run(
        [sys.executable, "-m", "jamdesk", "check", "--db", str(clean_store)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (broken.returncode, broken.stdout, broken.stderr) == (
        1,
        "question 2: answered without an answer date\n",
        "",
    )
