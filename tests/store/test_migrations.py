"""Upgrading stores: every saved schema version opens with all its data, one step at a time."""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import shutil
import sqlite3
from collections import Counter
from importlib import resources
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest

from jamdesk.store import database as database_module
from jamdesk.store import migrations as migrations_module
from jamdesk.store.database import open_database
from jamdesk.store.errors import StoreError
from jamdesk.store.migrations import LATEST_VERSION, MIGRATIONS, migrate

FIXTURES = Path(__file__).parent / "fixtures"
FIXTURE_FILES = sorted(FIXTURES.glob("schema_v*.sqlite"))
FIXTURE_NAME = re.compile(r"^schema_v(\d+)\.sqlite$")

# A harmless step after the last real one, to run the upgrade path even while the
# newest fixture is already at LATEST_VERSION.
EXTRA_STEP = "CREATE TABLE upgrade_probe (id INTEGER PRIMARY KEY, note TEXT NOT NULL DEFAULT '');"

Contents = dict[str, tuple[list[str], Counter[tuple[object, ...]]]]


def read_only_connection(path: Path) -> sqlite3.Connection:
    """Open ``path`` to look only: no lock, no journal, no side files."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def read_contents(path: Path) -> Contents:
    """Return every table's columns and rows (as a multiset) of the store at ``path``."""
    connection = read_only_connection(path)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        contents: Contents = {}
        for table in tables:
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
            rows = connection.execute(f'SELECT * FROM "{table}"').fetchall()
            contents[table] = (columns, Counter(rows))
        return contents
    finally:
        connection.close()


def stored_version(path: Path) -> int:
    connection = read_only_connection(path)
    try:
        version: int = connection.execute("PRAGMA user_version").fetchone()[0]
        return version
    finally:
        connection.close()


def add_extra_step(monkeypatch: pytest.MonkeyPatch) -> int:
    """Ship one more (harmless) migration than the package has; return the new latest."""
    latest = LATEST_VERSION + 1
    monkeypatch.setattr(migrations_module, "MIGRATIONS", [*MIGRATIONS, (latest, EXTRA_STEP)])
    monkeypatch.setattr(migrations_module, "LATEST_VERSION", latest)
    monkeypatch.setattr(database_module, "LATEST_VERSION", latest)
    return latest


def copy_fixture(fixture: Path, folder: Path) -> Path:
    store = folder / "jamdesk.sqlite"
    shutil.copyfile(fixture, store)
    return store


def backups_beside(store: Path) -> list[Path]:
    return sorted(store.parent.glob(f"{store.stem}.before-upgrade-v*"))


def test_fixtures_exist_and_are_named_for_their_version() -> None:
    assert FIXTURE_FILES, f"no schema_v*.sqlite in {FIXTURES}"
    for fixture in FIXTURE_FILES:
        match = FIXTURE_NAME.match(fixture.name)
        assert match is not None, fixture.name
        assert stored_version(fixture) == int(match.group(1))
        assert fixture.stat().st_size < 200_000


def test_every_schema_version_has_its_fixture() -> None:
    versions = sorted(stored_version(fixture) for fixture in FIXTURE_FILES)

    assert versions == list(range(1, LATEST_VERSION + 1))


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda path: path.name)
def test_fixture_has_data_in_every_table(fixture: Path) -> None:
    empty = [table for table, (_, rows) in read_contents(fixture).items() if not rows]

    assert empty == []


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda path: path.name)
def test_fixture_is_one_self_contained_file(fixture: Path) -> None:
    # Bytes 18 and 19 of the header are 1 for a rollback journal, 2 for write-ahead logging:
    # a committed WAL-mode file would need its -wal beside it.
    assert fixture.read_bytes()[18:20] == b"\x01\x01"
    assert not Path(f"{fixture}-wal").exists()
    assert not Path(f"{fixture}-journal").exists()


def load_builder(version: int) -> ModuleType:
    """Import tests/store/fixtures/build_schema_v<version>_fixture.py by its path."""
    path = FIXTURES / f"build_schema_v{version}_fixture.py"
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda path: path.name)
def test_fixture_is_what_its_builder_writes_every_time(fixture: Path, tmp_path: Path) -> None:
    builder = load_builder(stored_version(fixture))
    first, second = tmp_path / "first.sqlite", tmp_path / "second.sqlite"

    builder.build(first)
    builder.build(second)

    assert first.read_bytes() == second.read_bytes()  # a rebuild changes no committed byte
    assert read_contents(first) == read_contents(fixture)


def test_version_one_upgraded_finds_its_records_in_the_search_index(tmp_path: Path) -> None:
    store = copy_fixture(FIXTURES / "schema_v1.sqlite", tmp_path)
    before = read_contents(store)

    with open_database(store) as db:
        conn = db.connection
        # A word of the answer to question 1 (kind 3: rowid = 1 * 16 + 3).
        hits = conn.execute(
            "SELECT rowid FROM search_index WHERE search_index MATCH ?", ("besöken",)
        ).fetchall()
        board_hits = conn.execute(
            "SELECT rowid FROM search_index WHERE search_index MATCH ?", ("omsorgsnämnden",)
        ).fetchall()
        indexed = conn.execute("SELECT count(*) FROM search_index").fetchone()[0]

    assert hits == [(1 * 16 + 3,)]
    assert (2 * 16 + 7,) in board_hits  # the board named so, kind 7
    searchable = (
        "meeting",
        "agenda_item",
        "question",
        "commitment",
        "reporting_request",
        "minutes_paragraph",
        "board",
        "person",
        "development_need",
        "document_review",
    )
    assert indexed == sum(sum(before[table][1].values()) for table in searchable)


def test_version_one_upgraded_gains_the_question_bank_tagged_with_its_goals(
    tmp_path: Path,
) -> None:
    store = copy_fixture(FIXTURES / "schema_v1.sqlite", tmp_path)

    with open_database(store) as db:
        entries = db.execute("SELECT count(*) FROM question_bank_entry").fetchone()[0]
        tags = db.execute("SELECT entry_id, goal_id FROM question_bank_goal").fetchall()

    assert entries == 22
    # The v1 fixture holds the national sub-goals 3 and 5; entry 8 concerns health (5).
    assert tags == [(8, 2)]


def test_version_two_opens_as_is_with_the_secretarys_own_questions(tmp_path: Path) -> None:
    store = copy_fixture(FIXTURES / "schema_v2.sqlite", tmp_path)
    before = read_contents(store)

    with open_database(store) as db:
        own = db.execute(
            "SELECT id, active FROM question_bank_entry WHERE id > 22 ORDER BY id"
        ).fetchall()
        hits = db.execute(
            "SELECT rowid FROM search_index WHERE search_index MATCH ?", ("besöken",)
        ).fetchall()

    assert own == [(23, 1), (24, 0)]
    assert hits == [(1 * 16 + 3,)]
    if LATEST_VERSION == 2:
        assert backups_beside(store) == []
        assert read_contents(store) == before


def test_version_two_upgraded_keeps_its_minutes_and_gains_empty_reasons(tmp_path: Path) -> None:
    store = copy_fixture(FIXTURES / "schema_v2.sqlite", tmp_path)

    with open_database(store) as db:
        minutes = db.execute(
            "SELECT id, adjusted, correction_reason FROM minutes ORDER BY id"
        ).fetchall()
        kept_at = db.execute("SELECT minutes_kept_at FROM organisation").fetchone()[0]

    assert minutes == [(1, 1, "")]  # still adjusted: the new column did not touch it
    assert kept_at == ""


def test_version_three_holds_a_correction_with_its_reason(tmp_path: Path) -> None:
    store = copy_fixture(FIXTURES / "schema_v3.sqlite", tmp_path)

    with open_database(store) as db:
        correction = db.execute(
            "SELECT corrects_id, correction_reason FROM minutes WHERE corrects_id IS NOT NULL"
        ).fetchone()
        kept_at = db.execute("SELECT minutes_kept_at FROM organisation").fetchone()[0]

    assert correction == (1, "Beslutet i § 24 återgavs ofullständigt.")
    assert kept_at == "Kommunledningskontoret"


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda path: path.name)
@pytest.mark.parametrize("shipped", ["as shipped", "with one more step"])
def test_fixture_opens_at_the_latest_version_with_all_its_data(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fixture: Path, shipped: str
) -> None:
    latest = add_extra_step(monkeypatch) if shipped == "with one more step" else LATEST_VERSION
    store = copy_fixture(fixture, tmp_path)
    version = stored_version(store)
    before = read_contents(store)
    assert sum(sum(rows.values()) for _, rows in before.values()) > 0

    with open_database(store) as db:
        conn = db.connection
        assert conn.execute("PRAGMA user_version").fetchone()[0] == latest
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for table, (columns, rows) in before.items():
            selected = ", ".join(f'"{column}"' for column in columns)
            after = Counter(conn.execute(f'SELECT {selected} FROM "{table}"').fetchall())
            assert rows - after == Counter(), f"rows of {table} were lost or changed"

    backups = backups_beside(store)
    if version < latest:
        # Upgraded: a copy of the file as it was sits beside it, readable by its owner only.
        assert len(backups) == 1
        assert backups[0].name.startswith(f"{store.stem}.before-upgrade-v{version}-")
        assert backups[0].suffix == store.suffix
        assert stored_version(backups[0]) == version
        assert read_contents(backups[0]) == before
        assert backups[0].stat().st_mode & 0o077 == 0
    else:
        assert backups == []  # nothing to do, so nothing copied


def test_migrations_are_numbered_one_to_n() -> None:
    numbers = [number for number, _ in MIGRATIONS]

    assert numbers == list(range(1, len(MIGRATIONS) + 1))
    assert len(MIGRATIONS) == LATEST_VERSION


def test_no_migration_file_is_skipped_for_a_bad_name() -> None:
    names = [
        entry.name
        for entry in resources.files(migrations_module).iterdir()
        if entry.name.endswith(".sql")
    ]

    assert len(names) == LATEST_VERSION
    assert all(re.fullmatch(r"\d{4}_[a-z0-9_]+\.sql", name) for name in names), names


@pytest.mark.parametrize("number", range(1, LATEST_VERSION + 1))
def test_migration_leaves_its_transaction_to_the_runner(number: int) -> None:
    sql = MIGRATIONS[number - 1][1]
    code = "\n".join(line.split("--", 1)[0] for line in sql.splitlines())

    assert not re.search(r"\bBEGIN\s*(;|TRANSACTION|IMMEDIATE|EXCLUSIVE|DEFERRED)", code, re.I)
    assert not re.search(r"\b(COMMIT|ROLLBACK|END\s+TRANSACTION)\b\s*;", code, re.I)
    assert not re.search(r"\bPRAGMA\s+user_version\b", code, re.I)


def test_each_step_runs_in_one_transaction_that_sets_its_version(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    steps = [
        (1, "CREATE TABLE a (id INTEGER PRIMARY KEY);"),
        (2, "CREATE TABLE b (id INTEGER PRIMARY KEY);\nINSERT INTO b DEFAULT VALUES;"),
        (3, "CREATE TABLE c (id INTEGER PRIMARY KEY);"),
    ]
    monkeypatch.setattr(migrations_module, "MIGRATIONS", steps)
    connection = sqlite3.connect(tmp_path / "steg.sqlite", isolation_level=None)
    statements: list[str] = []
    connection.set_trace_callback(lambda sql: statements.append(" ".join(sql.split()).rstrip(";")))
    try:
        applied = migrate(connection, make_backup=False, path=tmp_path / "steg.sqlite")
    finally:
        connection.close()

    assert applied == [1, 2, 3]
    begins = [i for i, sql in enumerate(statements) if sql.startswith("BEGIN")]
    commits = [i for i, sql in enumerate(statements) if sql == "COMMIT"]
    assert len(begins) == len(commits) == 3
    for number, begin, commit in zip((1, 2, 3), begins, commits, strict=True):
        inside = statements[begin:commit]
        assert statements[begin] == "BEGIN IMMEDIATE"
        assert f"PRAGMA user_version = {number}" in inside
        assert any(sql.startswith(f"CREATE TABLE {'abc'[number - 1]} ") for sql in inside)


def test_failed_step_leaves_the_store_at_the_last_good_version(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    store = copy_fixture(FIXTURES / "schema_v1.sqlite", tmp_path)
    before = read_contents(store)
    broken = (
        "CREATE TABLE half_done (id INTEGER PRIMARY KEY);\n"
        "UPDATE board SET name = 'Omdöpt nämnd';\n"
        "INSERT INTO no_such_table VALUES (1);\n"
    )
    monkeypatch.setattr(migrations_module, "MIGRATIONS", [MIGRATIONS[0], (2, broken)])
    monkeypatch.setattr(database_module, "LATEST_VERSION", 2)

    with pytest.raises(StoreError):
        open_database(store)

    assert stored_version(store) == 1
    assert read_contents(store) == before  # no half_done table, no renamed board
    assert len(backups_beside(store)) == 1  # the copy was made before the step ran


def test_retrying_a_failed_upgrade_at_once_keeps_a_copy_per_attempt(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    class FrozenClock(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> FrozenClock:
            return cls(2026, 3, 12, 10, 0, 0)

    store = copy_fixture(FIXTURES / "schema_v1.sqlite", tmp_path)
    monkeypatch.setattr(migrations_module, "dt", SimpleNamespace(datetime=FrozenClock))
    broken = "INSERT INTO no_such_table VALUES (1);"
    monkeypatch.setattr(migrations_module, "MIGRATIONS", [MIGRATIONS[0], (2, broken)])
    monkeypatch.setattr(database_module, "LATEST_VERSION", 2)

    for _ in range(2):  # the same error both times, not a clash over the copy's name
        with pytest.raises(StoreError):
            open_database(store)

    backups = backups_beside(store)
    assert [path.name for path in backups] == [
        "jamdesk.before-upgrade-v1-20260312-100000-2.sqlite",
        "jamdesk.before-upgrade-v1-20260312-100000.sqlite",
    ]
    assert all(stored_version(path) == 1 for path in backups)


def test_step_that_breaks_references_is_not_kept(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    store = copy_fixture(FIXTURES / "schema_v1.sqlite", tmp_path)
    before = read_contents(store)
    dangling = (
        "PRAGMA defer_foreign_keys = ON;\n"
        "INSERT INTO person (name, kind, board_id) VALUES ('Ingen nämnd', 'official', 999);\n"
    )
    monkeypatch.setattr(migrations_module, "MIGRATIONS", [MIGRATIONS[0], (2, dangling)])
    monkeypatch.setattr(database_module, "LATEST_VERSION", 2)

    with pytest.raises(RuntimeError, match="foreign-key"):
        open_database(store)

    assert stored_version(store) == 1
    assert read_contents(store) == before


def test_step_is_not_kept_when_the_store_fails_the_reference_check(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    store = copy_fixture(FIXTURES / "schema_v1.sqlite", tmp_path)
    damaged = sqlite3.connect(store)  # foreign keys are off by default, as in other tools
    damaged.execute("DELETE FROM goal WHERE id = 4")  # still tagged on question 1
    damaged.commit()
    damaged.close()
    add_extra_step(monkeypatch)

    with pytest.raises(RuntimeError, match="foreign-key"):
        open_database(store)

    # The check and the step are one transaction: the store stays at its old version.
    assert stored_version(store) == 1
    assert "upgrade_probe" not in read_contents(store)
