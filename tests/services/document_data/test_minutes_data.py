"""Reading protocols and notes from real stores: the names, words and order a reader expects."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from jamdesk.domain.errors import DomainError, NotFoundError
from jamdesk.domain.meetings import MeetingKind
from jamdesk.export.attendance_text import Attendee
from jamdesk.export.notes_export import AttendanceGroup, MeetingNotes
from jamdesk.export.protocol_export import Protocol
from jamdesk.export.swedish_labels import in_running_text, title_in_text
from jamdesk.services.document_data.minutes import (
    read_minutes,
    read_notes,
    read_protocol,
)
from jamdesk.services.example.municipality import Scale, write_example
from jamdesk.store.database import Database, open_database

PEOPLE = {
    1: ("Anna Åberg", "politician", "Kommunalråd", None),
    2: ("Örjan Ek", "politician", "Oppositionsråd", None),
    3: ("Lena Öst", "politician", "", None),
    4: ("Anna Öst", "politician", "", None),
    5: ("Eva Ek", "politician", "", None),
    6: ("Per Ström", "politician", "", None),
    7: ("Bo Berg", "politician", "", None),
    8: ("Sara Sekreterare", "official", "Nämndsekreterare", None),
    9: ("Ulla Ärlig", "official", "Jämställdhetsstrateg, kommunledningsförvaltningen", None),
    10: ("Gunnar Gäst", "official", "", None),
    11: ("Malin Mörk", "official", "Socialchef, socialförvaltningen", 1),
    12: ("Olle Ordf", "politician", "Ordförande", 1),
    13: ("Tove Tekniker", "official", "VD", 2),
    14: ("Ingen Uppgift", "politician", "", None),
}


def _insert(conn: sqlite3.Connection, sql: str, *rows: tuple[object, ...]) -> None:
    conn.executemany(sql, rows)


def _fill(conn: sqlite3.Connection) -> None:
    """Write a delegation meeting with a protocol and its correction, and a dialogue."""
    conn.execute(
        "INSERT INTO organisation (id, name, delegation_name, minutes_kept_at)"
        " VALUES (1, 'Exempels kommun', 'Jämställdhetsdelegationen', 'Kommunledningskontoret')"
    )
    _insert(
        conn,
        "INSERT INTO board (id, name, kind, active_from) VALUES (?, ?, ?, '2020-01-01')",
        (1, "Socialnämnden", "board"),
        (2, "AB Exempelbostäder", "company"),
        (3, "Tekniska nämnden", "board"),
    )
    _insert(
        conn,
        "INSERT INTO person (id, name, kind, title, board_id) VALUES (?, ?, ?, ?, ?)",
        *((person_id, *values) for person_id, values in PEOPLE.items()),
    )
    _insert(
        conn,
        "INSERT INTO meeting (id, kind, meeting_date, start_time, end_time, place, status)"
        " VALUES (?, ?, ?, ?, ?, ?, 'held')",
        (1, "delegation_meeting", "2026-11-23", "13:00", "15:00", "Stadshuset, rum Ängen"),
        (2, "budget_dialogue", "2026-10-06", "09:00", None, "Socialförvaltningen"),
    )
    _insert(conn, "INSERT INTO meeting_board VALUES (?, ?)", (2, 1), (2, 2))
    _insert(
        conn,
        "INSERT INTO meeting_participant (meeting_id, person_id, role, attendance, serving_for_id)"
        " VALUES (?, ?, ?, ?, ?)",
        (1, 1, "chair", "present", None),
        (1, 2, "vice_chair", "present", None),
        (1, 3, "member", "present", None),
        (1, 4, "member", "absent", None),
        (1, 5, "substitute", "substitute_serving", 4),
        (1, 6, "substitute", "present", None),
        (1, 7, "substitute", "absent", None),
        (1, 8, "secretary", "present", None),
        (1, 9, "official", "present", None),
        (1, 10, "guest", "present", None),
        (1, 14, "member", "unknown", None),
        (2, 1, "chair", "absent", None),
        (2, 2, "vice_chair", "present", None),
        (2, 6, "substitute", "substitute_serving", 1),
        (2, 8, "secretary", "present", None),
        (2, 9, "official", "present", None),
        (2, 11, "official", "present", None),
        (2, 12, "board_representative", "present", None),
        (2, 13, "board_representative", "present", None),
        (2, 10, "guest", "absent", None),
    )
    _insert(
        conn,
        "INSERT INTO minutes (id, meeting_id, kind, body, diary_number, secretary_id,"
        " adjustment_place, adjustment_date, adjustment_time, corrects_id, correction_reason)"
        " VALUES (?, ?, ?, 'Jämställdhetsdelegationen', ?, ?, ?, ?, ?, ?, ?)",
        (
            1,
            1,
            "protocol",
            "KS 2026/100",
            8,
            "Kommunledningskontoret",
            "2026-11-27",
            "10:00",
            None,
            "",
        ),
        (2, 1, "protocol", "KS 2026/100", 8, "", None, None, 1, "Fel beslutstext i § 13."),
        (3, 2, "notes", "KS 2026/200", None, "", None, None, None, ""),
    )
    _insert(conn, "INSERT INTO minutes_adjuster VALUES (?, ?)", (1, 3), (1, 2))
    _insert(
        conn,
        "INSERT INTO minutes_paragraph (minutes_id, body, year, number, heading, diary_number,"
        " summary, decision, sent_to)"
        " VALUES (?, 'Jämställdhetsdelegationen', 2026, ?, ?, ?, ?, ?, ?)",
        (1, 14, "Mötets avslutande", "", "", "", ""),
        (1, 12, "Val av justerare", "", "Två justerare väljs.", "", ""),
        (1, 13, "Återrapportering", "KS 2026/123", "Redovisning.", "Godkänns.", "Socialnämnden"),
        (2, 13, "Återrapportering", "KS 2026/123", "Redovisning.", "Rättat beslut.", ""),
        (3, 1, "Mötets öppnande", "", "Välkomna.", "", ""),
        (3, 2, "Budgetunderlaget", "", "Förvaltningen redogjorde.", "Noterat.", ""),
    )
    conn.execute("UPDATE minutes SET adjusted = 1, adjusted_on = '2026-11-27' WHERE id = 1")
    _insert(
        conn,
        "INSERT INTO question (id, meeting_id, board_id, asked_by_id, addressed_to_id, text,"
        " answer, status) VALUES (?, 2, ?, ?, ?, ?, ?, ?)",
        (1, 1, 2, 11, "Hur fördelas resurserna?", "Lika.", "answered"),
        (2, 2, None, None, "Vem bor i bostäderna?", "", "open"),
        (3, 1, 6, 12, "Finns statistik per kön?", "Delvis.", "needs_follow_up"),
    )
    _insert(
        conn,
        "INSERT INTO commitment (board_id, made_by_id, responsible_id, responsible, description,"
        " created_on, due_on, meeting_id) VALUES (?, ?, ?, ?, ?, '2026-10-06', ?, 2)",
        (1, 11, 11, "", "Ta fram statistik", "2027-03-31"),
        (2, 13, None, "Bostadsenheten", "Se över uthyrningen", None),
    )
    _insert(
        conn,
        "INSERT INTO reporting_request (board_id, subject, form, due_on, created_on, meeting_id)"
        " VALUES (?, ?, ?, ?, '2026-10-06', 2)",
        (1, "Könsuppdelad statistik över hemtjänsten", "statistics_by_sex", "2027-04-01"),
        (2, "Uthyrningen till kvinnor och män", "resource_analysis", "2027-02-01"),
    )


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(tmp_path_factory.mktemp("store") / "store.sqlite")
    with database.transaction() as conn:
        _fill(conn)
    yield database
    database.close()


@pytest.fixture(scope="module")
def protocol(store: Database) -> Protocol:
    return read_protocol(store.connection, 1)


@pytest.fixture(scope="module")
def notes(store: Database) -> MeetingNotes:
    return read_notes(store.connection, 3)


def test_the_protocol_lists_who_decided_as_swedish_protocols_do(protocol: Protocol) -> None:
    assert protocol.deciding == (
        Attendee("Anna Åberg", "ordförande"),
        Attendee("Örjan Ek", "vice ordförande"),
        Attendee("Lena Öst"),
        Attendee("Eva Ek", serving_for="Anna Öst"),
    )
    assert protocol.substitutes == (Attendee("Per Ström"),)
    assert protocol.others == (
        Attendee("Sara Sekreterare", "sekreterare"),
        Attendee("Ulla Ärlig", "jämställdhetsstrateg, kommunledningsförvaltningen"),
        Attendee("Gunnar Gäst", "gäst"),
    )
    # Absent substitutes and members whose attendance was never recorded are not listed.
    assert protocol.absent == ("Anna Öst",)


def test_the_protocol_carries_its_header_signatures_and_certificate(protocol: Protocol) -> None:
    assert (protocol.organisation, protocol.body, protocol.meeting_kind) == (
        "Exempels kommun",
        "Jämställdhetsdelegationen",
        "Sammanträde",
    )
    assert (protocol.date, protocol.start, protocol.end, protocol.place) == (
        dt.date(2026, 11, 23),
        dt.time(13, 0),
        dt.time(15, 0),
        "Stadshuset, rum Ängen",
    )
    assert protocol.secretary == "Sara Sekreterare"
    assert protocol.chair == "Anna Åberg"
    assert protocol.adjusters == ("Lena Öst", "Örjan Ek")
    assert (protocol.adjustment_place, protocol.adjustment_date, protocol.adjustment_time) == (
        "Kommunledningskontoret",
        dt.date(2026, 11, 27),
        dt.time(10, 0),
    )
    assert protocol.adjusted_on == dt.date(2026, 11, 27)
    assert protocol.notice_dates() == (dt.date(2026, 11, 27), dt.date(2026, 12, 18))
    assert protocol.minutes_kept_at == "Kommunledningskontoret"
    assert protocol.diary_number == "KS 2026/100"
    assert protocol.correction is None


def test_the_paragraphs_come_in_number_order(protocol: Protocol) -> None:
    assert [(p.number, p.heading, p.diary_number) for p in protocol.paragraphs] == [
        (12, "Val av justerare", ""),
        (13, "Återrapportering", "KS 2026/123"),
        (14, "Mötets avslutande", ""),
    ]
    assert protocol.paragraphs[1].decision == "Godkänns."
    assert protocol.paragraphs[1].recipients() == ["Socialnämnden"]
    assert protocol.paragraph_range() == "§§ 12–14"


def test_a_correction_refers_to_the_adjusted_original(store: Database) -> None:
    correction = read_protocol(store.connection, 2)

    assert correction.correction is not None
    assert correction.correction.original_date == dt.date(2026, 11, 23)
    assert correction.correction.original_adjusted_on == dt.date(2026, 11, 27)
    assert correction.correction.reason == "Fel beslutstext i § 13."
    assert [(p.number, p.decision) for p in correction.paragraphs] == [(13, "Rättat beslut.")]
    # Not adjusted yet: a draft, with its own adjustment still to be set.
    assert correction.adjusted_on is None
    assert correction.notice_dates() is None
    assert correction.adjustment_date is None


def test_the_notes_name_the_dialogue_and_its_boards(notes: MeetingNotes) -> None:
    assert notes.meeting_title == "Budgetdialog med socialnämnden och AB Exempelbostäder"
    assert (notes.date, notes.end, notes.place) == (
        dt.date(2026, 10, 6),
        None,
        "Socialförvaltningen",
    )
    assert notes.diary_number == "KS 2026/200"
    assert [(item.number, item.heading, item.text) for item in notes.items] == [
        (1, "Mötets öppnande", "Välkomna."),
        (2, "Budgetunderlaget", "Förvaltningen redogjorde.\nNoterat."),
    ]


def test_the_notes_group_those_present_by_side(notes: MeetingNotes) -> None:
    assert notes.present == (
        AttendanceGroup(
            "Från delegationen",
            (
                Attendee("Örjan Ek", "vice ordförande"),
                Attendee("Per Ström", serving_for="Anna Åberg"),
            ),
        ),
        AttendanceGroup(
            "Från socialnämnden",
            (
                Attendee("Olle Ordf", "ordförande"),
                Attendee("Malin Mörk", "socialchef, socialförvaltningen"),
            ),
        ),
        AttendanceGroup("Från AB Exempelbostäder", (Attendee("Tove Tekniker", "VD"),)),
        AttendanceGroup(
            "Övriga",
            (
                Attendee("Sara Sekreterare", "sekreterare"),
                Attendee("Ulla Ärlig", "jämställdhetsstrateg, kommunledningsförvaltningen"),
            ),
        ),
    )
    # The minutes name no secretary: the meeting's secretary keeps the notes.
    assert notes.secretary == "Sara Sekreterare"


def test_the_notes_hold_what_was_asked_promised_and_requested(notes: MeetingNotes) -> None:
    assert [(q.asked_by, q.addressed_to, q.board, q.text, q.answer) for q in notes.questions] == [
        ("Örjan Ek", "Malin Mörk", "socialnämnden", "Hur fördelas resurserna?", "Lika."),
        ("", "", "AB Exempelbostäder", "Vem bor i bostäderna?", ""),
        ("Per Ström", "Olle Ordf", "socialnämnden", "Finns statistik per kön?", "Delvis."),
    ]
    assert [
        (c.description, c.made_by, c.responsible, c.due, c.board) for c in notes.commitments
    ] == [
        ("Ta fram statistik", "Malin Mörk", "Malin Mörk", dt.date(2027, 3, 31), "socialnämnden"),
        ("Se över uthyrningen", "Tove Tekniker", "Bostadsenheten", None, "AB Exempelbostäder"),
    ]
    # Requests by due date, then the questions the delegation will come back to.
    assert [(f.subject, f.board, f.due) for f in notes.follow_ups] == [
        (
            "Återrapportering: Uthyrningen till kvinnor och män\nRedovisas som: analys av"
            " resursfördelningen mellan kvinnor och män, flickor och pojkar",
            "AB Exempelbostäder",
            dt.date(2027, 2, 1),
        ),
        (
            "Återrapportering: Könsuppdelad statistik över hemtjänsten",
            "Socialnämnden",
            dt.date(2027, 4, 1),
        ),
        ("Fråga: Finns statistik per kön?", "Socialnämnden", None),
    ]


def test_read_minutes_chooses_the_document_by_kind(store: Database) -> None:
    assert isinstance(read_minutes(store.connection, 1), Protocol)
    assert isinstance(read_minutes(store.connection, 3), MeetingNotes)


@pytest.mark.parametrize(
    ("kind", "title"),
    [
        (MeetingKind.BUDGET_DIALOGUE, "Budgetdialog med socialnämnden"),
        (MeetingKind.RESULTS_SEMINAR, "Resultatseminarium med socialnämnden"),
        (MeetingKind.CHECK_IN, "Avstämningsmöte med socialnämnden"),
        (MeetingKind.DELEGATION_MEETING, "Sammanträde med socialnämnden"),
        (MeetingKind.OTHER, "Möte med socialnämnden"),
    ],
)
def test_every_kind_of_meeting_is_named_in_swedish(
    tmp_path: Path, kind: MeetingKind, title: str
) -> None:
    database = open_database(tmp_path / "store.sqlite")
    with database.transaction() as conn:
        _fill(conn)
        conn.execute("DELETE FROM meeting_board WHERE board_id = 2")
        conn.execute("UPDATE meeting SET kind = ? WHERE id = 2", (kind.value,))

    assert read_notes(database.connection, 3).meeting_title == title
    database.close()


def test_a_missing_or_mistaken_id_says_so(store: Database) -> None:
    with pytest.raises(NotFoundError) as missing:
        read_minutes(store.connection, 99)
    assert missing.value.field == "minutes_id"
    assert "99" in missing.value.message
    with pytest.raises(NotFoundError):
        read_protocol(store.connection, 99)
    with pytest.raises(DomainError):
        read_protocol(store.connection, 3)
    with pytest.raises(DomainError):
        read_notes(store.connection, 1)


def test_titles_and_board_names_read_as_running_text() -> None:
    assert title_in_text("Förvaltningschef, socialförvaltningen") == (
        "förvaltningschef, socialförvaltningen"
    )
    assert in_running_text("Barn- och utbildningsnämnden") == "barn- och utbildningsnämnden"
    assert title_in_text("VD") == "VD"
    assert title_in_text("HR-chef") == "HR-chef"
    assert title_in_text("") == ""


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("example") / "exempel.sqlite"
    write_example(path, scale=Scale.SMALL, seed=1, today=dt.date(2026, 11, 23), force=False)
    database = open_database(path)
    yield database
    database.close()


def test_every_minutes_of_the_example_municipality_read_whole(example: Database) -> None:
    conn = example.connection
    minutes = conn.execute("SELECT id, kind, meeting_id FROM minutes ORDER BY id").fetchall()

    assert {kind for _, kind, _ in minutes} == {"protocol", "notes"}
    for minutes_id, kind, meeting_id in minutes:
        document = read_minutes(conn, minutes_id)
        numbers = [
            number
            for (number,) in conn.execute(
                "SELECT number FROM minutes_paragraph WHERE minutes_id = ? ORDER BY number",
                (minutes_id,),
            )
        ]
        if kind == "protocol":
            assert isinstance(document, Protocol)
            assert [p.number for p in document.paragraphs] == numbers
            assert document.deciding, f"no one decided at meeting {meeting_id}"
            assert document.secretary
        else:
            assert isinstance(document, MeetingNotes)
            assert [item.number for item in document.items] == numbers
            questions = conn.execute(
                "SELECT count(*) FROM question WHERE meeting_id = ?", (meeting_id,)
            ).fetchone()[0]
            assert len(document.questions) == questions
            assert document.present[0].heading == "Från delegationen"
