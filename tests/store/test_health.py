"""The store's health checks: each invariant, foreign keys, the file itself, and speed."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from jamdesk.store.database import Database, open_database
from jamdesk.store.health import (
    DATE_COLUMNS,
    MAX_LINES_PER_KIND,
    TIME_COLUMNS,
    foreign_key_problems,
    invariant_problems,
    quick_check,
    run_checks,
)

BODY = "Jämställdhetsdelegationen"

# A small store that keeps every invariant, in plain SQL so that it depends on no service.
# Ids are explicit so that tests can break one record and name it.
CLEAN_STORE_SQL = f"""
INSERT INTO organisation (id, name, delegation_name) VALUES (1, 'Jämköpings kommun', '{BODY}');
INSERT INTO person (id, name, kind, title) VALUES
    (1, 'Åsa Öberg', 'politician', 'ordförande'),
    (2, 'Märta Ängström', 'official', 'förvaltningschef'),
    (3, 'Per Söderström', 'politician', '');
INSERT INTO board (id, name, kind, administration, chair_id, manager_id, active_from, active_to)
VALUES
    (1, 'Barn- och utbildningsnämnden', 'board', 'Barn- och utbildningsförvaltningen', 1, 2,
     '2019-01-01', NULL),
    (2, 'Överförmyndarnämnden', 'board', '', NULL, NULL, '2019-01-01', '2022-12-31'),
    (3, 'Kommunstyrelsen', 'executive_board', 'Kommunledningsförvaltningen', NULL, NULL,
     '2019-01-01', NULL);
INSERT INTO meeting (id, kind, title, meeting_date, start_time, end_time, place, status) VALUES
    (1, 'budget_dialogue', 'Budgetdialog', '2024-03-12', '13:00', '15:00',
     'Sessionssalen, Stadshuset', 'held'),
    (2, 'delegation_meeting', 'Sammanträde', '2024-04-02', '09:00', '11:00', 'Rum Älven',
     'held'),
    (3, 'results_seminar', 'Resultatseminarium', '2025-10-01', '10:00', NULL, 'Årummet',
     'planned');
INSERT INTO meeting_board (meeting_id, board_id) VALUES (1, 1), (3, 1), (3, 3);
INSERT INTO agenda_item (id, meeting_id, position, kind, title) VALUES
    (1, 1, 1, 'opening', 'Mötet öppnas'),
    (2, 1, 2, 'question', 'Frågor om budgeten'),
    (3, 1, 3, 'other', 'Övriga frågor'),
    (4, 2, 1, 'opening', 'Mötet öppnas'),
    (5, 2, 2, 'decision', 'Återrapportering');
INSERT INTO question (id, meeting_id, board_id, text, answer, answered_on, status) VALUES
    (1, 1, 1, 'Hur fördelas fritidspengarna mellan flickor och pojkar?', '', NULL, 'open'),
    (2, 1, 1, 'Finns könsuppdelad statistik?', 'Ja, för alla verksamheter.', '2024-04-01',
     'answered');
INSERT INTO question_event (id, question_id, changed_on, from_status, to_status) VALUES
    (1, 1, '2024-03-12', NULL, 'open'),
    (2, 2, '2024-03-12', NULL, 'open'),
    (3, 2, '2024-04-01', 'open', 'answered');
INSERT INTO commitment (id, board_id, responsible_id, responsible, description, created_on,
                        due_on, status, meeting_id) VALUES
    (1, 1, 2, '', 'Ta fram könsuppdelad statistik över föreningsbidrag', '2024-03-12',
     '2024-09-30', 'open', 1),
    (2, 1, NULL, 'Förvaltningschefen', 'Redovisa åtgärder i årsredovisningen', '2024-03-12',
     NULL, 'fulfilled', 1);
INSERT INTO commitment_event (id, commitment_id, changed_on, from_status, to_status) VALUES
    (1, 1, '2024-03-12', NULL, 'open'),
    (2, 2, '2024-03-12', NULL, 'open'),
    (3, 2, '2024-06-01', 'open', 'fulfilled');
INSERT INTO reporting_request (id, board_id, subject, form, due_on, created_on, meeting_id,
                               status, sent_on, answered_on, assessed_on,
                               request_diary_number, answer_diary_number) VALUES
    (1, 1, 'Resursfördelning i förskolan', 'resource_analysis', '2024-06-30', '2024-04-02', 2,
     'draft', NULL, NULL, NULL, '', ''),
    (2, 1, 'Statistik över elevhälsan per kön', 'statistics_by_sex', '2024-05-31',
     '2024-04-02', 2, 'assessed_sufficient', '2024-04-03', '2024-05-20', '2024-06-01',
     'KS 2024/45', 'KS 2024/45-3'),
    (3, 3, 'Åtgärder mot mäns våld mot kvinnor', 'measures', '2024-05-31', '2024-04-02', 2,
     'answered', '2024-04-03', '2024-08-01', '2024-06-01', 'KS 2024/46', 'KS 2024/46-5');
-- Request 3 was answered again after a supplement: it keeps the earlier assessment's date.
INSERT INTO reporting_request_event (id, request_id, changed_on, from_status, to_status) VALUES
    (1, 1, '2024-04-02', NULL, 'draft'),
    (2, 2, '2024-04-02', NULL, 'draft'),
    (3, 2, '2024-04-03', 'draft', 'sent'),
    (4, 2, '2024-05-20', 'sent', 'answered'),
    (5, 2, '2024-06-01', 'answered', 'assessed_sufficient'),
    (6, 3, '2024-04-02', NULL, 'draft'),
    (7, 3, '2024-04-03', 'draft', 'sent'),
    (8, 3, '2024-05-20', 'sent', 'answered'),
    (9, 3, '2024-06-01', 'answered', 'supplement_requested'),
    (10, 3, '2024-08-01', 'supplement_requested', 'answered');
INSERT INTO minutes (id, meeting_id, kind, body, corrects_id) VALUES
    (1, 2, 'protocol', '{BODY}', NULL),
    (2, 1, 'notes', '{BODY}', NULL),
    (3, 2, 'protocol', '{BODY}', 1);
INSERT INTO minutes_paragraph (id, minutes_id, body, year, number, heading) VALUES
    (1, 1, '{BODY}', 2024, 1, 'Mötets öppnande'),
    (2, 1, '{BODY}', 2024, 2, 'Begäran om återrapportering'),
    (3, 2, '{BODY}', 2024, 1, 'Frågor'),
    (4, 2, '{BODY}', 2024, 2, 'Åtaganden'),
    (5, 3, '{BODY}', 2024, 1, 'Mötets öppnande (rättelse)');
INSERT INTO minutes_adjuster (minutes_id, person_id) VALUES (1, 3);
UPDATE minutes SET adjusted = 1, adjusted_on = '2024-04-05' WHERE id = 1;
"""


def fill_clean_store(connection: sqlite3.Connection) -> None:
    """Fill an empty store with a few records of every kind that keep every invariant."""
    connection.executescript(f"BEGIN;\n{CLEAN_STORE_SQL}\nCOMMIT;")


def make_clean_store(path: Path) -> Path:
    """Create a clean store at ``path`` and close it, as JämDesk leaves a file."""
    with open_database(path) as database:
        fill_clean_store(database.connection)
    return path


def break_store(connection: sqlite3.Connection, statements: str) -> None:
    """Run SQL that breaks a rule, past the foreign keys and CHECKs that would refuse it."""
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute("PRAGMA ignore_check_constraints = ON")
    connection.executescript(statements)
    connection.execute("PRAGMA ignore_check_constraints = OFF")
    connection.execute("PRAGMA foreign_keys = ON")


@pytest.fixture
def clean(db: Database) -> Database:
    fill_clean_store(db.connection)
    return db


def test_a_clean_store_has_no_problems(clean: Database) -> None:
    assert run_checks(clean.connection) == []


def test_a_new_empty_store_is_sound_before_it_is_set_up(db: Database) -> None:
    assert run_checks(db.connection) == []


BROKEN: Sequence[tuple[str, str, str]] = (
    # 1. organisation
    (
        "no organisation",
        "DELETE FROM organisation;",
        "organisation: the store holds boards or meetings but no organisation",
    ),
    # 2. dialogues
    (
        "dialogue without board",
        "DELETE FROM meeting_board WHERE meeting_id = 1;",
        "meeting 1: a dialogue (budget_dialogue) without any board",
    ),
    # 3. agenda positions
    (
        "agenda gap",
        "UPDATE agenda_item SET position = 3 WHERE id = 5;",
        "meeting 2: agenda positions are 1, 3, not 1 to 2 once each",
    ),
    (
        "agenda duplicate",
        "UPDATE agenda_item SET position = 1 WHERE id = 5;",
        "meeting 2: agenda positions are 1, 1, not 1 to 2 once each",
    ),
    (
        "agenda from zero",
        "UPDATE agenda_item SET position = position - 1 WHERE meeting_id = 2;",
        "meeting 2: agenda positions are 0, 1, not 1 to 2 once each",
    ),
    # 4. answered questions
    (
        "answered without answer",
        "UPDATE question SET answer = '  ' WHERE id = 2;",
        "question 2: answered without an answer",
    ),
    (
        "answered without date",
        "UPDATE question SET answered_on = NULL WHERE id = 2;",
        "question 2: answered without an answer date",
    ),
    # 5. pending commitments
    (
        "open commitment without due date",
        "UPDATE commitment SET due_on = NULL WHERE id = 1;",
        "commitment 1: open without a due date",
    ),
    # 6. status histories
    (
        "no history",
        "DELETE FROM question_event WHERE question_id = 1;",
        "question 1: status is open but it has no history",
    ),
    (
        "first entry starts from a status",
        "UPDATE question_event SET from_status = 'open' WHERE id = 1;",
        "question 1: history entry 1 is the first but starts from open, not nothing",
    ),
    (
        "broken link",
        "UPDATE commitment_event SET from_status = 'in_progress' WHERE id = 3;",
        "commitment 2: history entry 3 starts from in_progress, but the entry before it ended in "
        "open",
    ),
    (
        "later entry starts from nothing",
        "UPDATE commitment_event SET from_status = NULL WHERE id = 3;",
        "commitment 2: history entry 3 starts from nothing, but the entry before it ended in open",
    ),
    (
        "history goes back in time",
        "UPDATE reporting_request_event SET changed_on = '2024-04-01' WHERE id = 3;",
        "reporting request 2: history entry 3 is dated 2024-04-01, before the entry before it "
        "(2024-04-02)",
    ),
    (
        "history ends elsewhere",
        "UPDATE question SET status = 'needs_follow_up' WHERE id = 1;",
        "question 1: status is needs_follow_up but its history ends in open",
    ),
    (
        "history ends elsewhere (answered)",
        "DELETE FROM question_event WHERE id = 3;",
        "question 2: status is answered but its history ends in open",
    ),
    (
        "unknown status in history",
        "UPDATE commitment_event SET to_status = 'klar' WHERE id = 3;",
        "commitment 2: history entry 3 names the unknown status klar",
    ),
    # 7. reporting requests
    (
        "sent without sent date",
        "UPDATE reporting_request SET sent_on = NULL WHERE id = 2;",
        "reporting request 2: assessed_sufficient without a sent date",
    ),
    (
        "answered without answer date",
        "UPDATE reporting_request SET answered_on = NULL WHERE id = 3;",
        "reporting request 3: answered without an answer date",
    ),
    (
        "assessed without assessment date",
        "UPDATE reporting_request SET assessed_on = NULL WHERE id = 2;",
        "reporting request 2: assessed_sufficient without an assessment date",
    ),
    (
        "sent before created",
        "UPDATE reporting_request SET sent_on = '2024-04-01' WHERE id = 2;",
        "reporting request 2: sent on 2024-04-01, before it was created (2024-04-02)",
    ),
    (
        "answered before sent",
        "UPDATE reporting_request SET answered_on = '2024-04-02' WHERE id = 2;",
        "reporting request 2: answered on 2024-04-02, before it was sent (2024-04-03)",
    ),
    (
        "answered before created",
        "UPDATE reporting_request SET sent_on = NULL, answered_on = '2024-03-01' WHERE id = 3;",
        "reporting request 3: answered on 2024-03-01, before it was created (2024-04-02)",
    ),
    (
        "assessed before answered",
        "UPDATE reporting_request SET assessed_on = '2024-05-01' WHERE id = 2;",
        "reporting request 2: assessed on 2024-05-01, before it was answered (2024-05-20)",
    ),
    (
        "assessed before sent",
        "UPDATE reporting_request SET assessed_on = '2024-04-02' WHERE id = 3;",
        "reporting request 3: assessed on 2024-04-02, before it was sent (2024-04-03)",
    ),
    # 8. paragraph numbers
    (
        "§ used twice in a year",
        "UPDATE minutes SET corrects_id = NULL WHERE id = 3;",
        f"paragraphs 1, 5: § 1 of 2024 is used more than once for {BODY}",
    ),
    (
        "paragraph year differs from its meeting's",
        "UPDATE minutes_paragraph SET year = 2023 WHERE id = 3;",
        "paragraph 3: numbered in 2023, but its meeting 1 was on 2024-03-12",
    ),
    (
        "notes items not 1..n",
        "UPDATE minutes_paragraph SET number = 3 WHERE id = 4;",
        "minutes 2: the notes' items are numbered 1, 3, not 1 to 2 once each",
    ),
    # 9. adjusted minutes
    (
        "adjusted without date",
        "INSERT INTO minutes (id, meeting_id, kind, body, adjusted)"
        " VALUES (4, 1, 'notes', 'X', 1);",
        "minutes 4: adjusted without an adjustment date",
    ),
    (
        "adjusted protocol without adjuster",
        "INSERT INTO minutes (id, meeting_id, kind, body, adjusted, adjusted_on)"
        " VALUES (4, 2, 'protocol', 'X', 1, '2024-04-05');",
        "minutes 4: an adjusted protocol without any adjuster",
    ),
    # 10. dates and times
    (
        "impossible date",
        "UPDATE meeting SET meeting_date = '2025-02-30' WHERE id = 3;",
        "meeting 3: meeting_date holds “2025-02-30”, not a date (YYYY-MM-DD)",
    ),
    (
        "Swedish date",
        "UPDATE commitment SET due_on = '30/9 2024' WHERE id = 1;",
        "commitment 1: due_on holds “30/9 2024”, not a date (YYYY-MM-DD)",
    ),
    (
        "date with a time",
        "UPDATE organisation SET charter_signed_on = '2020-05-01 00:00';",
        "organisation 1: charter_signed_on holds “2020-05-01 00:00”, not a date (YYYY-MM-DD)",
    ),
    (
        "Swedish time",
        "UPDATE meeting SET start_time = '9.00' WHERE id = 3;",
        "meeting 3: start_time holds “9.00”, not a time (HH:MM)",
    ),
    (
        "impossible time",
        "UPDATE meeting SET end_time = '24:30' WHERE id = 1;",
        "meeting 1: end_time holds “24:30”, not a time (HH:MM)",
    ),
)


@pytest.mark.parametrize(
    ("statements", "expected"), [b[1:] for b in BROKEN], ids=[b[0] for b in BROKEN]
)
def test_each_broken_invariant_is_named(clean: Database, statements: str, expected: str) -> None:
    break_store(clean.connection, statements)
    problems = invariant_problems(clean.connection)
    assert any(line.startswith(expected) for line in problems), problems
    # SQLite's own check may also name a broken CHECK constraint; the invariant line stays.
    assert set(problems) <= set(run_checks(clean.connection))


def test_foreign_key_violations_name_the_record_and_column(clean: Database) -> None:
    break_store(
        clean.connection,
        "UPDATE question SET board_id = 99 WHERE id = 1;"
        "INSERT INTO meeting_board (meeting_id, board_id) VALUES (3, 77);",
    )
    assert foreign_key_problems(clean.connection) == [
        "meeting board: board_id refers to a missing board",
        "question 1: board_id refers to a missing board",
    ]
    assert invariant_problems(clean.connection) == []


def test_many_problems_of_one_kind_are_capped(clean: Database) -> None:
    extra = 25
    values = ", ".join(
        f"({100 + n}, 1, 'Åtagande {n}', '2024-03-12', 'in_progress')" for n in range(extra)
    )
    events = ", ".join(f"({100 + n}, '2024-03-12', NULL, 'in_progress')" for n in range(extra))
    break_store(
        clean.connection,
        f"INSERT INTO commitment (id, board_id, description, created_on, status) VALUES {values};"
        f"INSERT INTO commitment_event (commitment_id, changed_on, from_status, to_status)"
        f" VALUES {events};",
    )
    problems = run_checks(clean.connection)
    assert problems[:2] == [
        "commitment 100: in_progress without a due date",
        "commitment 101: in_progress without a due date",
    ]
    assert len(problems) == MAX_LINES_PER_KIND + 1
    assert problems[-1] == f"… and {extra - MAX_LINES_PER_KIND} more of the same"


def test_quick_check_finds_a_clean_file_sound(clean: Database) -> None:
    assert quick_check(clean.connection) == []


def test_quick_check_reports_damaged_pages(tmp_path: Path) -> None:
    path = make_clean_store(tmp_path / "store.sqlite")
    with sqlite3.connect(path) as connection:
        # An index with its own pages, big enough that the middle of the file is index.
        connection.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT)")
        connection.execute("CREATE INDEX filler_text_idx ON filler (text)")
        connection.executemany(
            "INSERT INTO filler (text) VALUES (?)", ((f"rad {n} " * 20,) for n in range(3000))
        )
    connection.close()
    data = bytearray(path.read_bytes())
    page = 4096
    middle = (len(data) // 2) // page * page
    data[middle : middle + page] = bytes(range(256)) * (page // 256)
    path.write_bytes(bytes(data))
    connection = sqlite3.connect(path)
    try:
        problems = run_checks(connection)
    finally:
        connection.close()
    assert problems
    assert problems[0].startswith("store file:")


def test_date_and_time_columns_are_every_such_column_of_the_schema(db: Database) -> None:
    columns = db.execute(
        """SELECT t.name, c.name FROM sqlite_schema AS t, pragma_table_info(t.name) AS c
            WHERE t.type = 'table'"""
    ).fetchall()
    date_like = {
        (table, column)
        for table, column in columns
        if column.endswith(("_on", "_date", "_from", "_to")) and column != "sent_to"
    }
    time_like = {(table, column) for table, column in columns if column.endswith("_time")}
    assert set(DATE_COLUMNS) == date_like
    assert set(TIME_COLUMNS) == time_like


def _fill_big_store(connection: sqlite3.Connection, meetings: int) -> int:
    """Add a decade-plus of records in bulk; return how many rows were added."""
    script = f"""
    BEGIN;
    CREATE TEMP TABLE n AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n
        WHERE i < {meetings}) SELECT i FROM n;
    INSERT INTO meeting (id, kind, meeting_date, start_time, end_time, status)
        SELECT 100 + i, 'check_in', date('2015-01-01', '+' || (i % 3650) || ' days'), '13:00',
               '15:00', 'held' FROM n;
    INSERT INTO meeting_board SELECT 100 + i, 1 + i % 3 FROM n;
    INSERT INTO agenda_item (meeting_id, position, kind, title)
        SELECT 100 + i, p, 'other', 'Punkt' FROM n, (SELECT 1 AS p UNION ALL SELECT 2
            UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5);
    INSERT INTO question (id, meeting_id, board_id, text, answer, answered_on, status)
        SELECT 100 + i * 5 + q, 100 + i, 1, 'Fråga', 'Svar', '2025-01-01', 'answered'
          FROM n, (SELECT 0 AS q UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3
                   UNION ALL SELECT 4);
    INSERT INTO question_event (question_id, changed_on, from_status, to_status)
        SELECT id, '2015-01-01', NULL, 'open' FROM question WHERE id >= 100;
    INSERT INTO question_event (question_id, changed_on, from_status, to_status)
        SELECT id, '2025-01-01', 'open', 'answered' FROM question WHERE id >= 100;
    INSERT INTO commitment (id, board_id, description, created_on, due_on, status, meeting_id)
        SELECT 100 + i * 2 + k, 2, 'Åtagande', '2015-01-01', '2026-01-01', 'in_progress',
               100 + i FROM n, (SELECT 0 AS k UNION ALL SELECT 1);
    INSERT INTO commitment_event (commitment_id, changed_on, from_status, to_status)
        SELECT id, '2015-01-01', NULL, 'open' FROM commitment WHERE id >= 100;
    INSERT INTO commitment_event (commitment_id, changed_on, from_status, to_status)
        SELECT id, '2015-02-01', 'open', 'in_progress' FROM commitment WHERE id >= 100;
    INSERT INTO reporting_request (id, board_id, subject, form, due_on, created_on, status,
                                   sent_on, meeting_id)
        SELECT 100 + i, 3, 'Statistik', 'statistics_by_sex', '2026-01-01', '2015-01-01', 'sent',
               '2015-01-02', 100 + i FROM n;
    INSERT INTO reporting_request_event (request_id, changed_on, from_status, to_status)
        SELECT id, '2015-01-01', NULL, 'draft' FROM reporting_request WHERE id >= 100;
    INSERT INTO reporting_request_event (request_id, changed_on, from_status, to_status)
        SELECT id, '2015-01-02', 'draft', 'sent' FROM reporting_request WHERE id >= 100;
    COMMIT;
    """
    connection.executescript(script)
    # meetings, boards, 5 items, 5 questions + 10 events, 2 commitments + 4 events, 1 + 2
    return meetings * (1 + 1 + 5 + 5 + 10 + 2 + 4 + 1 + 2)


def test_checks_stay_fast_on_a_large_store(clean: Database) -> None:
    rows = _fill_big_store(clean.connection, meetings=4000)
    assert rows >= 100_000
    # CPU time, not wall time: a busy CI machine must not fail a fast check.
    started = time.process_time()
    problems = run_checks(clean.connection)
    elapsed = time.process_time() - started
    assert problems == []
    assert elapsed < 2.0, f"run_checks took {elapsed:.2f} s of CPU on {rows} rows"
