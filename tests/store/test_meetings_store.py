"""The meetings and agenda store modules against a real SQLite file.

The ``add_*`` helpers at the top write boards, people and records with plain SQL so
these tests do not depend on the services that own those tables; the meetings,
agenda and minutes tests import them from here.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from jamdesk.domain.meetings import (
    AgendaItem,
    AgendaItemKind,
    AgendaLink,
    Attendance,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Participant,
    ParticipantRole,
)
from jamdesk.store import agenda as agenda_store
from jamdesk.store import meetings as store
from jamdesk.store.database import Database

# Helpers that other test modules import


def add_organisation(db: Database, delegation_name: str = "Jämställdhetsdelegationen") -> None:
    """Write the organisation row."""
    with db.transaction() as conn:
        conn.execute(
            "INSERT INTO organisation (id, name, delegation_name) VALUES (1, ?, ?)",
            ("Storviks kommun", delegation_name),
        )


def add_board(
    db: Database, name: str, active_from: str = "2015-01-01", active_to: str | None = None
) -> int:
    """Write a board and return its id."""
    with db.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO board (name, kind, active_from, active_to) VALUES (?, 'board', ?, ?)",
            (name, active_from, active_to),
        )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def add_person(db: Database, name: str, kind: str = "politician") -> int:
    """Write a person and return their id."""
    with db.transaction() as conn:
        cursor = conn.execute("INSERT INTO person (name, kind) VALUES (?, ?)", (name, kind))
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def add_question(db: Database, meeting_id: int, board_id: int, text: str = "Hur?") -> int:
    """Write an open question asked at the meeting and return its id."""
    with db.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO question (meeting_id, board_id, text) VALUES (?, ?, ?)",
            (meeting_id, board_id, text),
        )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def add_commitment(db: Database, meeting_id: int | None, board_id: int) -> int:
    """Write an open commitment made at the meeting and return its id."""
    with db.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO commitment (board_id, description, created_on, due_on, meeting_id)"
            " VALUES (?, 'Ta fram könsuppdelad statistik', '2026-02-10', '2026-06-30', ?)",
            (board_id, meeting_id),
        )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def add_request(
    db: Database,
    meeting_id: int | None,
    board_id: int,
    paragraph_id: int | None = None,
    status: str = "draft",
) -> int:
    """Write a reporting request decided at the meeting and return its id."""
    sent_on = None if status == "draft" else "2026-02-20"
    with db.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO reporting_request (board_id, subject, form, due_on, created_on,"
            " meeting_id, paragraph_id, status, sent_on)"
            " VALUES (?, 'Resursfördelning', 'resource_analysis', '2026-09-30', '2026-02-15',"
            " ?, ?, ?, ?)",
            (board_id, meeting_id, paragraph_id, status, sent_on),
        )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def agenda_positions(db: Database, meeting_id: int) -> list[int]:
    """Return the stored positions of the meeting's agenda items, as SQL sees them."""
    rows = db.execute(
        "SELECT position FROM agenda_item WHERE meeting_id = ? ORDER BY position", (meeting_id,)
    )
    return [position for (position,) in rows]


# Tests of the store modules themselves


def _dialogue(board_ids: tuple[int, ...]) -> Meeting:
    return Meeting(
        kind=MeetingKind.BUDGET_DIALOGUE,
        date=dt.date(2026, 3, 12),
        start=dt.time(13, 0),
        end=dt.time(15, 30),
        place="Sessionssalen",
        title="Budgetdialog med socialnämnden",
        board_ids=board_ids,
        notes="Ta med statistiken",
    )


def test_a_meeting_reads_back_as_written(db: Database) -> None:
    social = add_board(db, "Socialnämnden")
    school = add_board(db, "Barn- och utbildningsnämnden")
    with db.transaction() as conn:
        meeting_id = store.insert_meeting(conn, _dialogue((school, social)))
    read = store.get_meeting(db.connection, meeting_id)
    assert read is not None
    assert read.id == meeting_id
    assert read.date == dt.date(2026, 3, 12)
    assert (read.start, read.end) == (dt.time(13, 0), dt.time(15, 30))
    assert read.place == "Sessionssalen"
    assert read.status is MeetingStatus.PLANNED
    assert set(read.board_ids) == {social, school}
    stored = db.execute("SELECT start_time, end_time FROM meeting").fetchone()
    assert tuple(stored) == ("13:00", "15:30")


def test_an_update_replaces_the_boards_and_fields(db: Database) -> None:
    social = add_board(db, "Socialnämnden")
    school = add_board(db, "Barn- och utbildningsnämnden")
    with db.transaction() as conn:
        meeting_id = store.insert_meeting(conn, _dialogue((social,)))
    changed = Meeting(
        kind=MeetingKind.RESULTS_SEMINAR,
        date=dt.date(2026, 4, 1),
        start=dt.time(9, 0),
        board_ids=(school,),
        status=MeetingStatus.HELD,
        id=meeting_id,
    )
    with db.transaction() as conn:
        store.update_meeting(conn, changed)
    read = store.get_meeting(db.connection, meeting_id)
    assert read == changed


def test_an_unknown_meeting_reads_as_none(db: Database) -> None:
    assert store.get_meeting(db.connection, 404) is None


def test_participants_are_listed_chair_first_then_by_name(db: Database) -> None:
    with db.transaction() as conn:
        meeting_id = store.insert_meeting(
            conn, Meeting(MeetingKind.DELEGATION_MEETING, dt.date(2026, 2, 2), dt.time(10, 0))
        )
    örjan = add_person(db, "Örjan Ek")
    anna = add_person(db, "Anna Åberg")
    chair = add_person(db, "Zara Lind")
    with db.transaction() as conn:
        store.save_participant(conn, Participant(meeting_id, örjan, ParticipantRole.MEMBER))
        store.save_participant(conn, Participant(meeting_id, anna, ParticipantRole.MEMBER))
        store.save_participant(conn, Participant(meeting_id, chair, ParticipantRole.CHAIR))
        # Saving again overwrites the person's place rather than adding a second one.
        store.save_participant(
            conn,
            Participant(
                meeting_id, anna, ParticipantRole.SUBSTITUTE, False, Attendance.SUBSTITUTE_SERVING
            ),
        )
    listed = store.fetch_participants(db.connection, meeting_id)
    assert [p.person_id for p in listed] == [chair, örjan, anna]
    assert listed[2].role is ParticipantRole.SUBSTITUTE
    assert listed[2].called is False
    assert listed[2].attendance is Attendance.SUBSTITUTE_SERVING


def test_the_store_refuses_serving_for_someone_without_serving(db: Database) -> None:
    with db.transaction() as conn:
        meeting_id = store.insert_meeting(
            conn, Meeting(MeetingKind.DELEGATION_MEETING, dt.date(2026, 2, 2), dt.time(10, 0))
        )
    member = add_person(db, "Karin Holm")
    substitute = add_person(db, "Per Sjö")
    with pytest.raises(sqlite3.IntegrityError), db.transaction() as conn:
        store.save_participant(
            conn,
            Participant(meeting_id, substitute, ParticipantRole.SUBSTITUTE, serving_for_id=member),
        )


def test_meeting_records_are_counted_by_kind(db: Database) -> None:
    board = add_board(db, "Tekniska nämnden")
    with db.transaction() as conn:
        meeting_id = store.insert_meeting(conn, _dialogue((board,)))
    add_question(db, meeting_id, board)
    add_question(db, meeting_id, board, "Varför?")
    add_request(db, meeting_id, board)
    records = store.count_meeting_records(db.connection, meeting_id)
    assert (records.questions, records.commitments, records.requests, records.minutes) == (
        2,
        0,
        1,
        0,
    )
    assert store.boards_with_records(db.connection, meeting_id) == {board: "Tekniska nämnden"}


def test_agenda_items_read_back_in_order_with_their_links(db: Database) -> None:
    board = add_board(db, "Kultur- och fritidsnämnden")
    with db.transaction() as conn:
        meeting_id = store.insert_meeting(conn, _dialogue((board,)))
    question = add_question(db, meeting_id, board)
    commitment = add_commitment(db, meeting_id, board)
    with db.transaction() as conn:
        second = agenda_store.insert_item(
            conn,
            AgendaItem(
                meeting_id,
                2,
                AgendaItemKind.FOLLOW_UP,
                "Uppföljning av åtaganden",
                "KS 2026/12",
                links=(AgendaLink(commitment_id=commitment), AgendaLink(question_id=question)),
            ),
        )
        first = agenda_store.insert_item(
            conn, AgendaItem(meeting_id, 1, AgendaItemKind.OPENING, "Mötets öppnande")
        )
    items = agenda_store.fetch_items(db.connection, meeting_id)
    assert [item.id for item in items] == [first, second]
    assert items[1].diary_number == "KS 2026/12"
    assert items[1].links == (
        AgendaLink(commitment_id=commitment),
        AgendaLink(question_id=question),
    )
    with db.transaction() as conn:
        assert agenda_store.delete_link(conn, second, AgendaLink(question_id=question)) == 1
        assert agenda_store.delete_link(conn, second, AgendaLink(question_id=question)) == 0
        agenda_store.renumber(conn, [second, first])
    assert agenda_store.ordered_item_ids(db.connection, meeting_id) == [second, first]
    assert agenda_positions(db, meeting_id) == [1, 2]


def test_the_store_refuses_a_link_to_two_records(db: Database) -> None:
    board = add_board(db, "Miljö- och byggnadsnämnden")
    with db.transaction() as conn:
        meeting_id = store.insert_meeting(conn, _dialogue((board,)))
    question = add_question(db, meeting_id, board)
    commitment = add_commitment(db, meeting_id, board)
    with db.transaction() as conn:
        item_id = agenda_store.insert_item(
            conn, AgendaItem(meeting_id, 1, AgendaItemKind.QUESTION, "Frågor")
        )
    with pytest.raises(sqlite3.IntegrityError), db.transaction() as conn:
        conn.execute(
            "INSERT INTO agenda_item_link (agenda_item_id, question_id, commitment_id)"
            " VALUES (?, ?, ?)",
            (item_id, question, commitment),
        )


def test_deleting_a_meeting_takes_its_agenda_boards_and_participants(db: Database) -> None:
    board = add_board(db, "Socialnämnden")
    person = add_person(db, "Lena Berg")
    with db.transaction() as conn:
        meeting_id = store.insert_meeting(conn, _dialogue((board,)))
        agenda_store.insert_item(
            conn, AgendaItem(meeting_id, 1, AgendaItemKind.OPENING, "Mötets öppnande")
        )
        store.save_participant(conn, Participant(meeting_id, person, ParticipantRole.MEMBER))
    with db.transaction() as conn:
        store.delete_meeting(conn, meeting_id)
    for table in ("meeting", "meeting_board", "meeting_participant", "agenda_item"):
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
