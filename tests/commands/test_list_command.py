"""`jamdesk list`: records with their ids, as a tab-separated table or as JSON."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from jamdesk.app import main
from tests.store.test_health import break_store, make_clean_store


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return make_clean_store(tmp_path / "store.sqlite")


def list_text(what: str, db: Path, capsys: pytest.CaptureFixture[str]) -> list[list[str]]:
    """Run `jamdesk list what`; return its lines split into cells, header first."""
    assert main(["list", what, "--db", str(db)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    lines = out.splitlines()
    width = lines[0].count("\t")
    assert all(line.count("\t") == width for line in lines), out
    return [line.split("\t") for line in lines]


def list_json(what: str, db: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, Any]:
    """Run `jamdesk list what --json`; return the raw text and the parsed records."""
    assert main(["list", what, "--db", str(db), "--json"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    return out, json.loads(out)


def test_meetings_are_listed_newest_first_with_their_ids(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    header, *rows = list_text("meetings", store, capsys)
    assert header == ["id", "date", "start", "end", "kind", "boards", "status", "place"]
    assert rows == [
        [
            "3",
            "2025-10-01",
            "10:00",
            "",
            "results_seminar",
            "Barn- och utbildningsnämnden, Kommunstyrelsen",
            "planned",
            "Årummet",
        ],
        ["2", "2024-04-02", "09:00", "11:00", "delegation_meeting", "", "held", "Rum Älven"],
        [
            "1",
            "2024-03-12",
            "13:00",
            "15:00",
            "budget_dialogue",
            "Barn- och utbildningsnämnden",
            "held",
            "Sessionssalen, Stadshuset",
        ],
    ]


def test_meetings_as_json_keep_types_and_swedish_letters(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw, meetings = list_json("meetings", store, capsys)
    assert [meeting["id"] for meeting in meetings] == [3, 2, 1]
    assert meetings[0] == {
        "id": 3,
        "date": "2025-10-01",
        "start": "10:00",
        "end": None,
        "kind": "results_seminar",
        "boards": ["Barn- och utbildningsnämnden", "Kommunstyrelsen"],
        "status": "planned",
        "place": "Årummet",
    }
    assert "Årummet" in raw
    assert "\\u" not in raw


def test_boards_are_listed_in_swedish_order_with_chair_and_manager(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    header, *rows = list_text("boards", store, capsys)
    assert header == [
        "id",
        "name",
        "kind",
        "administration",
        "active_from",
        "active_to",
        "chair",
        "manager",
    ]
    assert [row[:2] for row in rows] == [
        ["1", "Barn- och utbildningsnämnden"],
        ["3", "Kommunstyrelsen"],
        ["2", "Överförmyndarnämnden"],
    ]
    assert rows[0][6:] == ["Åsa Öberg", "Märta Ängström"]
    raw, boards = list_json("boards", store, capsys)
    assert boards[2] == {
        "id": 2,
        "name": "Överförmyndarnämnden",
        "kind": "board",
        "administration": "",
        "active_from": "2019-01-01",
        "active_to": "2022-12-31",
        "chair": None,
        "manager": None,
    }
    assert "Överförmyndarnämnden" in raw


def test_requests_show_dates_diary_numbers_and_origin_meeting(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    header, *rows = list_text("requests", store, capsys)
    assert header == [
        "id",
        "board",
        "subject",
        "form",
        "due_on",
        "status",
        "sent_on",
        "answered_on",
        "request_diary_number",
        "answer_diary_number",
        "meeting_id",
    ]
    assert [row[0] for row in rows] == ["3", "2", "1"]
    _, requests = list_json("requests", store, capsys)
    assert requests[1] == {
        "id": 2,
        "board": "Barn- och utbildningsnämnden",
        "subject": "Statistik över elevhälsan per kön",
        "form": "statistics_by_sex",
        "due_on": "2024-05-31",
        "status": "assessed_sufficient",
        "sent_on": "2024-04-03",
        "answered_on": "2024-05-20",
        "request_diary_number": "KS 2024/45",
        "answer_diary_number": "KS 2024/45-3",
        "meeting_id": 2,
    }
    assert requests[2]["sent_on"] is None


def test_commitments_name_the_responsible_person_or_the_typed_text(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    header, *rows = list_text("commitments", store, capsys)
    assert header == [
        "id",
        "board",
        "description",
        "responsible",
        "due_on",
        "status",
        "meeting_id",
    ]
    assert rows == [
        [
            "2",
            "Barn- och utbildningsnämnden",
            "Redovisa åtgärder i årsredovisningen",
            "Förvaltningschefen",
            "",
            "fulfilled",
            "1",
        ],
        [
            "1",
            "Barn- och utbildningsnämnden",
            "Ta fram könsuppdelad statistik över föreningsbidrag",
            "Märta Ängström",
            "2024-09-30",
            "open",
            "1",
        ],
    ]
    _, commitments = list_json("commitments", store, capsys)
    assert commitments[0]["due_on"] is None
    assert commitments[1]["due_on"] == "2024-09-30"
    assert commitments[1]["meeting_id"] == 1


def test_tabs_and_line_breaks_in_text_stay_inside_their_cell(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with contextlib.closing(sqlite3.connect(store, isolation_level=None)) as connection:
        connection.execute(
            "UPDATE commitment SET description = ? WHERE id = 1",
            ("Ta fram statistik\növer föreningsbidrag\tper kön",),
        )
    _, *rows = list_text("commitments", store, capsys)
    assert rows[1][2] == "Ta fram statistik över föreningsbidrag per kön"
    _, commitments = list_json("commitments", store, capsys)
    assert commitments[1]["description"] == "Ta fram statistik\növer föreningsbidrag\tper kön"


def test_an_empty_store_lists_only_the_header(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = make_clean_store(tmp_path / "store.sqlite")
    with contextlib.closing(sqlite3.connect(store, isolation_level=None)) as connection:
        connection.execute("DELETE FROM commitment_event")
        connection.execute("DELETE FROM commitment")
    assert list_text("commitments", store, capsys)[1:] == []
    assert list_json("commitments", store, capsys)[1] == []


def test_a_missing_store_is_not_created(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "meetings", "--db", str(tmp_path / "saknas.sqlite")]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1
    assert "There is no file" in err
    assert list(tmp_path.iterdir()) == []


def test_a_stored_value_that_is_no_date_is_reported_not_raised(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with contextlib.closing(sqlite3.connect(store, isolation_level=None)) as connection:
        break_store(connection, "UPDATE meeting SET meeting_date = '12 mars 2024' WHERE id = 1;")
    assert main(["list", "meetings", "--db", str(store)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1
    assert "jamdesk check" in err
    assert "Traceback" not in err


def test_a_reader_that_stops_early_causes_no_traceback(store: Path) -> None:
    with contextlib.closing(sqlite3.connect(store, isolation_level=None)) as connection:
        connection.execute(
            """INSERT INTO meeting (kind, meeting_date, start_time, place)
               WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
               SELECT 'other', date('2010-01-01', '+' || i || ' days'), '09:00',
                      'Stora sammanträdesrummet' FROM n"""
        )
    with subprocess.Popen(
        [sys.executable, "-m", "jamdesk", "list", "meetings", "--db", str(store)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as program:
        assert program.stdout is not None and program.stderr is not None
        assert program.stdout.readline().startswith(b"id\tdate")
        program.stdout.close()
        errors = program.stderr.read().decode()
        assert program.wait(timeout=60) == 0
    assert errors == ""
