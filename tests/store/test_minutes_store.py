"""The minutes store module, and the store's own refusal to change adjusted minutes."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace

import pytest

from jamdesk.domain.meetings import AgendaItem, AgendaItemKind, Meeting, MeetingKind
from jamdesk.domain.minutes import Minutes, MinutesKind, Paragraph
from jamdesk.store import agenda as agenda_store
from jamdesk.store import meetings as meeting_store
from jamdesk.store import minutes as store
from jamdesk.store.database import Database
from tests.store.test_meetings_store import add_person

BODY = "Jämställdhetsdelegationen"


def _meeting(db: Database, date: dt.date = dt.date(2026, 3, 3)) -> int:
    with db.transaction() as conn:
        return meeting_store.insert_meeting(
            conn, Meeting(MeetingKind.DELEGATION_MEETING, date, dt.time(9, 0))
        )


def _protocol(
    db: Database, meeting_id: int, numbers: list[int], corrects_id: int | None = None
) -> int:
    with db.transaction() as conn:
        minutes_id = store.insert_minutes(
            conn, Minutes(meeting_id, MinutesKind.PROTOCOL, BODY, corrects_id=corrects_id)
        )
        for number in numbers:
            store.insert_paragraph(
                conn, Paragraph(minutes_id, BODY, 2026, number, f"Ärende {number}")
            )
    return minutes_id


def _adjusted_protocol(db: Database) -> tuple[int, int, int]:
    """Return (minutes id, a paragraph id, the adjuster's id) of adjusted minutes."""
    meeting_id = _meeting(db)
    adjuster = add_person(db, "Åsa Lund")
    minutes_id = _protocol(db, meeting_id, [1, 2])
    with db.transaction() as conn:
        store.set_adjusters(conn, minutes_id, [adjuster])
        store.mark_adjusted(conn, minutes_id, dt.date(2026, 3, 10))
    paragraph_id = store.fetch_paragraphs(db.connection, minutes_id)[0].id
    assert paragraph_id is not None
    return minutes_id, paragraph_id, adjuster


def test_minutes_read_back_as_written(db: Database) -> None:
    meeting_id = _meeting(db)
    secretary = add_person(db, "Maria Sekreterare", "official")
    adjuster = add_person(db, "Åsa Lund")
    written = Minutes(
        meeting_id,
        MinutesKind.PROTOCOL,
        BODY,
        diary_number="KS 2026/44",
        secretary_id=secretary,
        adjustment_place="Kommunhuset",
        adjustment_date=dt.date(2026, 3, 10),
        adjustment_time=dt.time(8, 30),
        adjuster_ids=(adjuster,),
    )
    with db.transaction() as conn:
        minutes_id = store.insert_minutes(conn, written)
    read = store.get_minutes(db.connection, minutes_id)
    assert read is not None
    assert read.id == minutes_id
    assert read == replace(written, id=minutes_id)
    stored = db.execute("SELECT adjustment_date, adjustment_time FROM minutes").fetchone()
    assert tuple(stored) == ("2026-03-10", "08:30")
    assert store.fetch_minutes_for_meeting(db.connection, meeting_id) == [read]
    assert store.get_minutes(db.connection, minutes_id + 1) is None


def test_paragraphs_read_back_by_number(db: Database) -> None:
    meeting_id = _meeting(db)
    minutes_id = _protocol(db, meeting_id, [7, 5, 6])
    paragraphs = store.fetch_paragraphs(db.connection, minutes_id)
    assert [p.number for p in paragraphs] == [5, 6, 7]
    assert paragraphs[0].heading == "Ärende 5"
    assert store.get_paragraph(db.connection, paragraphs[0].id or 0) == paragraphs[0]


def test_the_series_holds_the_protocols_of_the_body_and_year_only(db: Database) -> None:
    first = _meeting(db)
    minutes_id = _protocol(db, first, [1, 2, 3])
    # A correction repeats the numbers it corrects and is no part of the series.
    _protocol(db, first, [2], corrects_id=minutes_id)
    second = _meeting(db, dt.date(2026, 9, 1))
    with db.transaction() as conn:
        notes_id = store.insert_minutes(conn, Minutes(second, MinutesKind.NOTES, BODY))
        store.insert_paragraph(conn, Paragraph(notes_id, BODY, 2026, 9, "Minnesanteckning"))
        other_id = store.insert_minutes(
            conn, Minutes(second, MinutesKind.PROTOCOL, "Arbetsutskottet")
        )
        store.insert_paragraph(conn, Paragraph(other_id, "Arbetsutskottet", 2026, 8, "Ärende"))
    assert store.used_paragraph_numbers(db.connection, BODY, 2026) == [1, 2, 3]
    assert store.used_paragraph_numbers(db.connection, BODY, 2027) == []
    assert store.used_paragraph_numbers(db.connection, "Arbetsutskottet", 2026) == [8]


def test_adjusting_needs_the_date_of_adjustment(db: Database) -> None:
    minutes_id = _protocol(db, _meeting(db), [1])
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"), db.transaction() as conn:
        conn.execute("UPDATE minutes SET adjusted = 1 WHERE id = ?", (minutes_id,))


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE minutes SET diary_number = 'KS 2026/99' WHERE id = :minutes",
        "UPDATE minutes SET adjusted = 0, adjusted_on = NULL WHERE id = :minutes",
        "DELETE FROM minutes WHERE id = :minutes",
        "UPDATE minutes_paragraph SET decision = 'Ändrat beslut' WHERE id = :paragraph",
        "UPDATE minutes_paragraph SET number = 99 WHERE id = :paragraph",
        "DELETE FROM minutes_paragraph WHERE id = :paragraph",
        "INSERT INTO minutes_paragraph (minutes_id, body, year, number, heading)"
        " VALUES (:minutes, 'Jämställdhetsdelegationen', 2026, 3, 'Tillägg')",
        "DELETE FROM minutes_adjuster WHERE minutes_id = :minutes",
        "INSERT INTO minutes_adjuster (minutes_id, person_id) VALUES (:minutes, :other)",
    ],
)
def test_the_store_refuses_to_change_adjusted_minutes(db: Database, statement: str) -> None:
    minutes_id, paragraph_id, _ = _adjusted_protocol(db)
    other = add_person(db, "Erik Nyström")
    before = store.get_minutes(db.connection, minutes_id)
    paragraphs_before = store.fetch_paragraphs(db.connection, minutes_id)
    params = {"minutes": minutes_id, "paragraph": paragraph_id, "other": other}
    refused = pytest.raises(sqlite3.IntegrityError, match=store.ADJUSTED_TRIGGER_MESSAGE)
    with refused, db.transaction() as conn:
        conn.execute(statement, params)
    assert store.get_minutes(db.connection, minutes_id) == before
    assert store.fetch_paragraphs(db.connection, minutes_id) == paragraphs_before


def test_moving_a_paragraph_into_adjusted_minutes_is_refused(db: Database) -> None:
    minutes_id, _, _ = _adjusted_protocol(db)
    draft_id = _protocol(db, _meeting(db, dt.date(2026, 5, 5)), [3])
    draft_paragraph = store.fetch_paragraphs(db.connection, draft_id)[0]
    refused = pytest.raises(sqlite3.IntegrityError, match=store.ADJUSTED_TRIGGER_MESSAGE)
    with refused, db.transaction() as conn:
        conn.execute(
            "UPDATE minutes_paragraph SET minutes_id = ? WHERE id = ?",
            (minutes_id, draft_paragraph.id),
        )


def test_deleting_an_agenda_item_of_adjusted_minutes_is_refused(db: Database) -> None:
    meeting_id = _meeting(db)
    adjuster = add_person(db, "Åsa Lund")
    with db.transaction() as conn:
        item_id = agenda_store.insert_item(
            conn, AgendaItem(meeting_id, 1, AgendaItemKind.DECISION, "Handlingsplan")
        )
        minutes_id = store.insert_minutes(
            conn, Minutes(meeting_id, MinutesKind.PROTOCOL, BODY, adjuster_ids=(adjuster,))
        )
        store.insert_paragraph(
            conn, Paragraph(minutes_id, BODY, 2026, 1, "Handlingsplan", agenda_item_id=item_id)
        )
        store.mark_adjusted(conn, minutes_id, dt.date(2026, 3, 10))
    # ON DELETE SET NULL would rewrite the adjusted paragraph, so the trigger stops it.
    refused = pytest.raises(sqlite3.IntegrityError, match=store.ADJUSTED_TRIGGER_MESSAGE)
    with refused, db.transaction() as conn:
        agenda_store.delete_item(conn, item_id)


def test_unadjusted_minutes_change_and_go_freely(db: Database) -> None:
    meeting_id = _meeting(db)
    minutes_id = _protocol(db, meeting_id, [1, 2, 3])
    first, second, third = store.fetch_paragraphs(db.connection, minutes_id)
    with db.transaction() as conn:
        store.update_paragraph_text(conn, replace(second, decision="Bifall"))
        store.delete_paragraph(conn, first.id or 0)
        store.move_paragraphs_up(conn, [second.id or 0, third.id or 0])
    assert [(p.number, p.decision) for p in store.fetch_paragraphs(db.connection, minutes_id)] == [
        (1, "Bifall"),
        (2, ""),
    ]
    with db.transaction() as conn:
        store.delete_minutes(conn, minutes_id)
    assert db.execute("SELECT count(*) FROM minutes_paragraph").fetchone()[0] == 0
