"""`jamdesk example` on the command line: a summary on success, one line on failure."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
import sys
from pathlib import Path

import pytest

from jamdesk.app import main
from jamdesk.commands.example_command import run_example

TODAY = dt.date(2025, 9, 15)


def _boards(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        count = connection.execute("SELECT count(*) FROM board").fetchone()[0]
    finally:
        connection.close()
    assert isinstance(count, int)
    return count


def test_example_writes_a_store_and_prints_its_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "example.sqlite"
    assert run_example(out, "small", 1, TODAY, False) == 0
    printed = capsys.readouterr()
    assert printed.err == ""
    assert "kommun (2025, as of 2025-09-15)" in printed.out
    assert f"{_boards(out):>7}  boards" in printed.out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["example.sqlite"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_the_store_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    out = tmp_path / "example.sqlite"
    assert run_example(out, "small", 1, TODAY, False) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_an_existing_file_is_refused_without_force_and_left_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "example.sqlite"
    out.write_bytes(b"not to be lost")
    assert run_example(out, "small", 1, TODAY, False) == 2
    printed = capsys.readouterr()
    assert printed.out == ""
    assert printed.err == f"jamdesk: {out} already exists; use --force to replace it.\n"
    assert out.read_bytes() == b"not to be lost"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["example.sqlite"]


def test_force_replaces_an_existing_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "example.sqlite"
    assert run_example(out, "small", 1, TODAY, False) == 0
    assert run_example(out, "small", 1, dt.date(2024, 6, 1), True) == 0
    assert "(2024, as of 2024-06-01)" in capsys.readouterr().out
    connection = sqlite3.connect(out)
    try:
        years = connection.execute("SELECT DISTINCT substr(meeting_date, 1, 4) FROM meeting")
        assert years.fetchall() == [("2024",)]
    finally:
        connection.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["example.sqlite"]


def test_a_missing_folder_is_one_line_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "no such folder" / "example.sqlite"
    assert run_example(out, "small", 1, TODAY, False) == 2
    printed = capsys.readouterr()
    assert printed.out == ""
    assert printed.err.startswith("jamdesk: The folder ")
    assert "does not exist" in printed.err
    assert printed.err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_a_folder_as_target_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_example(tmp_path, "small", 1, TODAY, True) == 2
    assert capsys.readouterr().err == f"jamdesk: {tmp_path} is a folder; name a file to write.\n"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX name limits")
def test_an_error_from_the_file_system_is_one_line_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / ("x" * (os.pathconf(tmp_path, "PC_NAME_MAX") + 1))
    assert run_example(out, "small", 1, TODAY, False) == 2
    printed = capsys.readouterr()
    assert printed.err.startswith(f"jamdesk: Cannot write {out}: ")
    assert printed.err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_the_command_line_reaches_the_example(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "via-main.sqlite"
    status = main(["example", "--out", str(out), "--seed", "3", "--today", "2025-09-15"])
    assert status == 0
    assert "Wrote " in capsys.readouterr().out
    assert _boards(out) == 10
