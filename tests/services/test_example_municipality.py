"""The example municipality: realistic, within DOMAIN.md's figures, and true to every rule."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from jamdesk.services.example.municipality import (
    ExampleError,
    ExampleSummary,
    Scale,
    build_example,
    write_example,
)
from jamdesk.store.database import Database, open_database

TODAY = dt.date(2025, 9, 15)

DIALOGUE_KINDS = "('budget_dialogue', 'results_seminar', 'check_in')"
EVENT_TABLES = (
    ("question", "question_event", "question_id", "open"),
    ("commitment", "commitment_event", "commitment_id", "open"),
    ("reporting_request", "reporting_request_event", "request_id", "draft"),
)
DATE_COLUMNS = (
    ("organisation", "charter_signed_on"),
    ("board", "active_from"),
    ("board", "active_to"),
    ("delegation_membership", "term_from"),
    ("delegation_membership", "term_to"),
    ("meeting", "meeting_date"),
    ("question", "answered_on"),
    ("question_event", "changed_on"),
    ("commitment", "created_on"),
    ("commitment", "due_on"),
    ("commitment_event", "changed_on"),
    ("minutes", "adjustment_date"),
    ("minutes", "adjusted_on"),
    ("reporting_request", "due_on"),
    ("reporting_request", "created_on"),
    ("reporting_request", "sent_on"),
    ("reporting_request", "answered_on"),
    ("reporting_request", "assessed_on"),
    ("reporting_request_event", "changed_on"),
    ("development_need", "identified_on"),
    ("document_review", "document_date"),
    ("document_review", "reviewed_on"),
    ("action_plan_item", "due_on"),
)
TIME_COLUMNS = (
    ("meeting", "start_time"),
    ("meeting", "end_time"),
    ("minutes", "adjustment_time"),
)


def _build(path: Path, scale: Scale, seed: int = 1) -> tuple[Database, ExampleSummary]:
    db = open_database(path)
    return db, build_example(db, scale=scale, seed=seed, today=TODAY)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    db, _ = _build(tmp_path_factory.mktemp("small") / "small.sqlite", Scale.SMALL)
    yield db.connection
    db.close()


@pytest.fixture(scope="module")
def decade(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    db, _ = _build(tmp_path_factory.mktemp("decade") / "decade.sqlite", Scale.DECADE)
    yield db.connection
    db.close()


def _rows(conn: sqlite3.Connection, sql: str) -> list[tuple[Any, ...]]:
    return conn.execute(sql).fetchall()


def _value(conn: sqlite3.Connection, sql: str) -> int:
    value = conn.execute(sql).fetchone()[0]
    assert isinstance(value, int)
    return value


def invariant_violations(conn: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    """Return, per rule of invariants.md, the rows that break it."""
    found: dict[str, list[tuple[object, ...]]] = {
        "integrity": [r for r in _rows(conn, "PRAGMA integrity_check") if r != ("ok",)],
        "foreign keys": _rows(conn, "PRAGMA foreign_key_check"),
        "1 one organisation": [
            r for r in _rows(conn, "SELECT count(*) FROM organisation") if r != (1,)
        ],
        "2 dialogue has a board": _rows(
            conn,
            f"SELECT id FROM meeting WHERE kind IN {DIALOGUE_KINDS} "
            "AND id NOT IN (SELECT meeting_id FROM meeting_board)",
        ),
        "3 agenda positions 1..n": _rows(
            conn,
            "SELECT meeting_id FROM agenda_item GROUP BY meeting_id HAVING min(position) <> 1 "
            "OR max(position) <> count(*) OR count(DISTINCT position) <> count(*)",
        ),
        "4 answered has answer": _rows(
            conn,
            "SELECT id FROM question WHERE status = 'answered' "
            "AND (trim(answer) = '' OR answered_on IS NULL)",
        ),
        "5 pending commitment has due date": _rows(
            conn,
            "SELECT id FROM commitment WHERE status IN ('open', 'in_progress') AND due_on IS NULL",
        ),
        "7 request dates": _rows(
            conn,
            "SELECT id FROM reporting_request WHERE "
            "(status <> 'draft' AND sent_on IS NULL) "
            "OR (status IN ('answered', 'assessed_sufficient', 'supplement_requested') "
            "    AND answered_on IS NULL) "
            "OR (status IN ('assessed_sufficient', 'supplement_requested') "
            "    AND (assessed_on IS NULL OR answered_on > assessed_on)) "
            "OR sent_on < created_on OR answered_on < sent_on OR answered_on < created_on "
            "OR assessed_on < sent_on OR assessed_on < created_on OR due_on < created_on",
        ),
        "8 § unique per body and year": _rows(
            conn,
            "SELECT p.body, p.year, p.number FROM minutes_paragraph p "
            "JOIN minutes m ON m.id = p.minutes_id "
            "WHERE m.kind = 'protocol' AND m.corrects_id IS NULL "
            "GROUP BY p.body, p.year, p.number HAVING count(*) > 1",
        ),
        "8 § year is the meeting's": _rows(
            conn,
            "SELECT p.id FROM minutes_paragraph p JOIN minutes m ON m.id = p.minutes_id "
            "JOIN meeting g ON g.id = m.meeting_id "
            "WHERE p.year <> CAST(strftime('%Y', g.meeting_date) AS INTEGER)",
        ),
        "8 notes numbered 1..n": _rows(
            conn,
            "SELECT p.minutes_id FROM minutes_paragraph p JOIN minutes m ON m.id = p.minutes_id "
            "WHERE m.kind = 'notes' GROUP BY p.minutes_id HAVING min(p.number) <> 1 "
            "OR max(p.number) <> count(*) OR count(DISTINCT p.number) <> count(*)",
        ),
        "9 adjusted minutes": _rows(
            conn,
            "SELECT id FROM minutes WHERE adjusted = 1 AND (adjusted_on IS NULL "
            "OR (kind = 'protocol' AND id NOT IN (SELECT minutes_id FROM minutes_adjuster)))",
        ),
    }
    for record, events, key, first_status in EVENT_TABLES:
        found[f"6 {events} exist"] = _rows(
            conn, f"SELECT id FROM {record} WHERE id NOT IN (SELECT {key} FROM {events})"
        )
        found[f"6 {events} chain"] = _rows(
            conn,
            f"""
            WITH e AS (
                SELECT {key} AS record_id, changed_on, from_status, to_status,
                       lag(to_status) OVER w AS previous_status,
                       lag(changed_on) OVER w AS previous_on,
                       row_number() OVER w AS n
                FROM {events} WINDOW w AS (PARTITION BY {key} ORDER BY id)
            )
            SELECT record_id FROM e
            WHERE (n = 1 AND (from_status IS NOT NULL OR to_status <> '{first_status}'))
               OR (n > 1 AND (from_status IS NOT previous_status OR changed_on < previous_on))
            """,
        )
        found[f"6 {events} end in the status"] = _rows(
            conn,
            f"SELECT r.id FROM {record} r JOIN {events} e ON e.id = "
            f"(SELECT max(id) FROM {events} WHERE {key} = r.id) WHERE e.to_status <> r.status",
        )
    for table, column in DATE_COLUMNS:
        # date(x) alone lets 2025-02-30 through; the modifier makes SQLite normalise it.
        found[f"10 {table}.{column}"] = _rows(
            conn,
            f"SELECT rowid FROM {table} WHERE {column} IS NOT NULL "
            f"AND date({column}, '+0 days') IS NOT {column}",
        )
    for table, column in TIME_COLUMNS:
        found[f"10 {table}.{column}"] = _rows(
            conn,
            f"SELECT rowid FROM {table} WHERE {column} IS NOT NULL "
            f"AND strftime('%H:%M', {column}) IS NOT {column}",
        )
    return {rule: rows for rule, rows in found.items() if rows}


def test_small_example_keeps_every_invariant(small: sqlite3.Connection) -> None:
    assert invariant_violations(small) == {}


def test_decade_example_keeps_every_invariant(decade: sqlite3.Connection) -> None:
    assert invariant_violations(decade) == {}


def test_small_example_is_the_current_year_within_domain_figures(
    small: sqlite3.Connection,
) -> None:
    years = _rows(small, "SELECT DISTINCT substr(meeting_date, 1, 4) FROM meeting")
    assert years == [("2025",)]
    assert 10 <= _value(small, "SELECT count(*) FROM board") <= 15
    members = _value(
        small,
        "SELECT count(*) FROM delegation_membership "
        "WHERE term_from <= '2025-09-15' AND term_to >= '2025-09-15'",
    )
    assert 5 <= members <= 7
    per_board = _rows(
        small,
        f"SELECT count(*) FROM meeting_board mb JOIN meeting m ON m.id = mb.meeting_id "
        f"WHERE m.kind IN {DIALOGUE_KINDS} GROUP BY mb.board_id",
    )
    assert per_board and all(2 <= n <= 4 for (n,) in per_board)
    assert (
        8 <= _value(small, "SELECT count(*) FROM meeting WHERE kind = 'delegation_meeting'") <= 10
    )
    questions = _rows(
        small,
        f"SELECT count(q.id) FROM meeting m LEFT JOIN question q ON q.meeting_id = m.id "
        f"WHERE m.kind IN {DIALOGUE_KINDS} AND m.status = 'held' GROUP BY m.id",
    )
    assert questions and all(3 <= n <= 10 for (n,) in questions)
    commitments = _rows(
        small,
        f"SELECT count(c.id) FROM meeting m LEFT JOIN commitment c ON c.meeting_id = m.id "
        f"WHERE m.kind IN {DIALOGUE_KINDS} AND m.status = 'held' GROUP BY m.id",
    )
    assert commitments and all(1 <= n <= 5 for (n,) in commitments)
    # A handful per board so far this year, plus the drafts being written now.
    requests = _rows(small, "SELECT count(*) FROM reporting_request GROUP BY board_id")
    assert requests and all(1 <= n <= 7 for (n,) in requests)


def test_decade_example_is_ten_years_at_the_upper_end(decade: sqlite3.Connection) -> None:
    assert _value(decade, "SELECT count(*) FROM board") == 15
    assert _value(decade, "SELECT count(DISTINCT substr(meeting_date, 1, 4)) FROM meeting") == 10
    assert _rows(decade, "SELECT min(substr(meeting_date, 1, 4)) FROM meeting") == [("2016",)]
    per_board_year = _rows(
        decade,
        f"SELECT count(*) FROM meeting_board mb JOIN meeting m ON m.id = mb.meeting_id "
        f"WHERE m.kind IN {DIALOGUE_KINDS} GROUP BY mb.board_id, substr(m.meeting_date, 1, 4)",
    )
    assert {n for (n,) in per_board_year} == {4}
    questions = _rows(
        decade,
        "SELECT count(*) FROM question GROUP BY meeting_id",
    )
    assert max(n for (n,) in questions) == 10
    assert (
        _value(
            decade,
            "SELECT count(*) FROM delegation_membership "
            "WHERE term_from <= '2025-09-15' AND term_to >= '2025-09-15'",
        )
        == 7
    )


def test_meetings_before_today_are_held_and_after_planned(decade: sqlite3.Connection) -> None:
    statuses = dict(
        _rows(
            decade,
            "SELECT meeting_date < '2025-09-15', group_concat(DISTINCT status) FROM meeting "
            "GROUP BY meeting_date < '2025-09-15'",
        )
    )
    assert set(str(statuses[1]).split(",")) == {"held", "cancelled"}
    assert set(str(statuses[0]).split(",")) <= {"planned", "cancelled"}
    assert 0 < _value(decade, "SELECT count(*) FROM meeting WHERE status = 'cancelled'") < 40
    # Records come only from meetings that took place.
    assert (
        _rows(
            decade,
            "SELECT q.id FROM question q JOIN meeting m ON m.id = q.meeting_id "
            "WHERE m.status <> 'held'",
        )
        == []
    )
    assert (
        _rows(
            decade,
            "SELECT n.id FROM minutes n JOIN meeting m ON m.id = n.meeting_id "
            "WHERE m.status <> 'held'",
        )
        == []
    )


def test_every_meeting_has_an_agenda_opening_with_the_standard_items(
    small: sqlite3.Connection,
) -> None:
    openings = _rows(
        small,
        "SELECT group_concat(title, '|') FROM "
        "(SELECT meeting_id, title FROM agenda_item WHERE position <= 3 "
        " ORDER BY meeting_id, position) GROUP BY meeting_id",
    )
    meetings = _value(small, "SELECT count(*) FROM meeting")
    assert len(openings) == meetings
    assert set(openings) == {("Mötets öppnande|Val av justerare|Godkännande av dagordningen",)}
    assert (
        _rows(
            small,
            "SELECT meeting_id FROM meeting_board WHERE meeting_id IN "
            "(SELECT id FROM meeting WHERE kind = 'delegation_meeting')",
        )
        == []
    )


def test_names_are_swedish_with_a_ring_a_umlaut_and_o_umlaut(small: sqlite3.Connection) -> None:
    names = " ".join(name for (name,) in _rows(small, "SELECT name FROM person"))
    assert all(letter in names.lower() for letter in "åäö")
    assert _value(small, "SELECT count(*) FROM organisation WHERE name LIKE '% kommun'") == 1
    boards = {name for (name,) in _rows(small, "SELECT name FROM board")}
    assert {"Kommunstyrelsen", "Socialnämnden", "Överförmyndarnämnden"} <= boards


def test_goals_hold_national_own_and_charter_articles(small: sqlite3.Connection) -> None:
    kinds = dict(_rows(small, "SELECT kind, count(*) FROM goal GROUP BY kind"))
    assert kinds["national"] == 6
    assert 4 <= int(str(kinds["own"])) <= 6
    titles = {title for (title,) in _rows(small, "SELECT title FROM goal WHERE kind = 'charter'")}
    assert "Artikel 1 – Jämställdhet som grundläggande rättighet" in titles
    assert len(titles) > 30  # the articles added after 2022 are there too


def test_past_years_are_fully_followed_up(decade: sqlite3.Connection) -> None:
    assert (
        _rows(
            decade,
            "SELECT q.id FROM question q JOIN meeting m ON m.id = q.meeting_id "
            "WHERE m.meeting_date < '2025-01-01' AND q.status <> 'answered'",
        )
        == []
    )
    closed = dict(
        _rows(
            decade,
            "SELECT status, count(*) FROM commitment WHERE created_on < '2025-01-01' "
            "GROUP BY status",
        )
    )
    assert set(closed) == {"fulfilled", "not_fulfilled", "withdrawn"}
    assert int(str(closed["fulfilled"])) > int(str(closed["not_fulfilled"]))
    assert {"assessed_sufficient"} == {
        status
        for (status,) in _rows(
            decade, "SELECT DISTINCT status FROM reporting_request WHERE created_on < '2025-01-01'"
        )
    }
    # The stories of past records end by the reference date.
    assert _value(decade, "SELECT max(changed_on) <= '2025-09-15' FROM commitment_event") == 1


@pytest.mark.parametrize("scale", ["small", "decade"])
def test_the_current_year_is_in_progress_with_something_overdue(
    scale: str, request: pytest.FixtureRequest
) -> None:
    conn: sqlite3.Connection = request.getfixturevalue(scale)
    this_year = "created_on >= '2025-01-01'"
    overdue_commitments = _value(
        conn,
        f"SELECT count(*) FROM commitment WHERE {this_year} "
        "AND status IN ('open', 'in_progress') AND due_on < '2025-09-15'",
    )
    assert overdue_commitments > 0
    overdue_requests = _value(
        conn,
        f"SELECT count(*) FROM reporting_request WHERE {this_year} "
        "AND status IN ('sent', 'supplement_requested') AND due_on < '2025-09-15'",
    )
    assert overdue_requests > 0
    requests = {
        s for (s,) in _rows(conn, f"SELECT status FROM reporting_request WHERE {this_year}")
    }
    assert {"draft", "sent", "answered", "assessed_sufficient"} <= requests
    questions = {
        s
        for (s,) in _rows(
            conn,
            "SELECT q.status FROM question q JOIN meeting m ON m.id = q.meeting_id "
            "WHERE m.meeting_date >= '2025-01-01'",
        )
    }
    assert {"open", "answered"} <= questions
    # Nothing happened after the reference date.
    for table in ("question_event", "commitment_event", "reporting_request_event"):
        assert _value(conn, f"SELECT count(*) FROM {table} WHERE changed_on > '2025-09-15'") == 0


def test_held_meetings_record_attendance_with_absences_and_substitutes(
    decade: sqlite3.Connection,
) -> None:
    attendance = {
        a
        for (a,) in _rows(
            decade,
            "SELECT DISTINCT p.attendance FROM meeting_participant p "
            "JOIN meeting m ON m.id = p.meeting_id WHERE m.status = 'held'",
        )
    }
    assert attendance == {"present", "absent", "substitute_serving"}
    assert (
        _rows(
            decade,
            "SELECT p.meeting_id FROM meeting_participant p JOIN meeting m ON m.id = p.meeting_id "
            "WHERE m.status <> 'held' AND p.attendance <> 'unknown'",
        )
        == []
    )


def test_protocols_number_paragraphs_through_each_year(decade: sqlite3.Connection) -> None:
    series = _rows(
        decade,
        "SELECT p.year, min(p.number), max(p.number), count(*) FROM minutes_paragraph p "
        "JOIN minutes m ON m.id = p.minutes_id "
        "WHERE m.kind = 'protocol' AND m.corrects_id IS NULL GROUP BY p.year",
    )
    assert len(series) == 10
    assert all(low == 1 and high == count for _, low, high, count in series)
    unadjusted_past = _rows(
        decade,
        "SELECT n.id FROM minutes n JOIN meeting m ON m.id = n.meeting_id "
        "WHERE n.kind = 'protocol' AND n.adjusted = 0 AND m.meeting_date < '2025-08-01'",
    )
    assert unadjusted_past == []
    assert _value(decade, "SELECT count(*) FROM minutes WHERE corrects_id IS NOT NULL") == 1


def test_diary_numbers_follow_the_registry_pattern(decade: sqlite3.Connection) -> None:
    numbers = [
        n
        for (n,) in _rows(
            decade,
            "SELECT request_diary_number FROM reporting_request WHERE request_diary_number <> '' "
            "UNION SELECT diary_number FROM minutes_paragraph WHERE diary_number <> ''",
        )
    ]
    assert numbers
    assert all(re.fullmatch(r"KS 20\d\d/[1-9]\d*", str(n)) for n in numbers)


def test_a_ceased_board_keeps_its_history(decade: sqlite3.Connection) -> None:
    ceased = _rows(decade, "SELECT id, active_to FROM board WHERE active_to IS NOT NULL")
    assert len(ceased) == 1
    board_id, active_to = ceased[0]
    dates = _rows(
        decade,
        f"SELECT min(m.meeting_date), max(m.meeting_date) FROM meeting m "
        f"JOIN meeting_board mb ON mb.meeting_id = m.id WHERE mb.board_id = {board_id}",
    )
    first, last = dates[0]
    assert first is not None and str(last) <= str(active_to)


def test_the_same_seed_gives_the_same_store(tmp_path: Path) -> None:
    dumps = []
    for name, seed in (("a", 7), ("b", 7), ("c", 8)):
        db, _ = _build(tmp_path / f"{name}.sqlite", Scale.SMALL, seed)
        dumps.append(list(db.connection.iterdump()))
        db.close()
    assert dumps[0] == dumps[1]
    assert dumps[0] != dumps[2]


def test_build_refuses_a_store_that_holds_data(tmp_path: Path) -> None:
    db, _ = _build(tmp_path / "full.sqlite", Scale.SMALL)
    try:
        with pytest.raises(ExampleError):
            build_example(db, scale=Scale.SMALL, seed=1, today=TODAY)
    finally:
        db.close()


def test_write_example_refuses_an_existing_file_and_leaves_it_alone(tmp_path: Path) -> None:
    target = tmp_path / "mine.sqlite"
    target.write_bytes(b"the secretary's own work")
    with pytest.raises(ExampleError, match="already exists; use --force to replace it"):
        write_example(target, scale=Scale.SMALL, seed=1, today=TODAY, force=False)
    assert target.read_bytes() == b"the secretary's own work"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.sqlite"]


def test_write_example_with_force_replaces_the_file_and_its_stale_log(tmp_path: Path) -> None:
    target = tmp_path / "example.sqlite"
    target.write_bytes(b"old")
    Path(f"{target}-wal").write_bytes(b"stale log of the old file")
    Path(f"{target}-shm").write_bytes(b"stale index")
    summary = write_example(target, scale=Scale.SMALL, seed=1, today=TODAY, force=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["example.sqlite"]
    with open_database(target) as db:
        assert db.execute("SELECT count(*) FROM board").fetchone()[0] == summary.count("board")
        assert invariant_violations(db.connection) == {}


def test_write_example_leaves_nothing_behind_when_it_fails(tmp_path: Path) -> None:
    target = tmp_path / "example.sqlite"
    target.write_bytes(b"keep me")
    with pytest.raises(ValueError):
        write_example(target, scale="huge", seed=1, today=TODAY, force=True)  # type: ignore[arg-type]
    assert target.read_bytes() == b"keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["example.sqlite"]


def test_write_example_refuses_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ExampleError, match="does not exist"):
        write_example(
            tmp_path / "nowhere" / "example.sqlite",
            scale=Scale.SMALL,
            seed=1,
            today=TODAY,
            force=False,
        )
    assert list(tmp_path.iterdir()) == []
