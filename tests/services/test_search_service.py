"""The search use case: every hit names the record it opens."""

from __future__ import annotations

from jamdesk.services.changes import RecordKind, RecordRef
from jamdesk.services.container import build_services
from jamdesk.store.database import Database
from jamdesk.store.search import SearchKind
from tests.store.test_search import add_records


def refs(db: Database, text: str) -> dict[SearchKind, list[RecordRef]]:
    service = build_services(db).search
    return {group.kind: [found.ref for found in group.records] for group in service.search(text)}


def test_each_kind_of_hit_opens_its_own_record(db: Database) -> None:
    records = add_records(db)
    seed = records.seed

    assert refs(db, "hemtjänst") == {
        SearchKind.AGENDA_ITEM: [RecordRef(RecordKind.AGENDA, seed.dialogue_item)],
        SearchKind.QUESTION: [RecordRef(RecordKind.QUESTION, records.question)],
        SearchKind.COMMITMENT: [RecordRef(RecordKind.COMMITMENT, records.commitment)],
        SearchKind.REQUEST: [RecordRef(RecordKind.REQUEST, records.request)],
        # A paragraph is shown within its minutes.
        SearchKind.PARAGRAPH: [RecordRef(RecordKind.MINUTES, _minutes_of(db, seed.paragraph))],
        SearchKind.REVIEW: [RecordRef(RecordKind.REVIEW, records.review)],
    }
    assert refs(db, "skolans") == {SearchKind.NEED: [RecordRef(RecordKind.NEED, records.need)]}
    assert refs(db, "barn utbildning") == {
        SearchKind.BOARD: [RecordRef(RecordKind.BOARD, seed.school)]
    }
    assert refs(db, "göran") == {
        SearchKind.COMMITMENT: [RecordRef(RecordKind.COMMITMENT, records.commitment)],
        SearchKind.PERSON: [RecordRef(RecordKind.PERSON, seed.manager)],
    }


def test_a_meeting_is_found_by_its_title_and_place(db: Database) -> None:
    records = add_records(db)
    with db.transaction() as conn:
        conn.execute(
            "UPDATE meeting SET title = 'Budgetdialog 2027', place = 'Sessionssalen' WHERE id = ?",
            (records.seed.dialogue,),
        )

    expected = {SearchKind.MEETING: [RecordRef(RecordKind.MEETING, records.seed.dialogue)]}
    assert refs(db, "budgetdialog") == expected
    assert refs(db, "sessionssal") == expected


def test_blank_text_finds_nothing(db: Database) -> None:
    add_records(db)

    assert build_services(db).search.search("  ") == []


def _minutes_of(db: Database, paragraph_id: int) -> int:
    row = db.execute(
        "SELECT minutes_id FROM minutes_paragraph WHERE id = ?", (paragraph_id,)
    ).fetchone()
    return int(row[0])
