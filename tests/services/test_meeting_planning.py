"""Planning the year: a meeting planned with those called, edited, and copied to next year."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from jamdesk.domain.errors import DomainError, NotFoundError, ValidationError
from jamdesk.domain.meetings import (
    STANDARD_OPENING_ITEMS,
    Attendance,
    Meeting,
    MeetingKind,
    MeetingStatus,
    ParticipantRole,
)
from jamdesk.domain.minutes import MinutesKind
from jamdesk.services.agenda import AgendaService
from jamdesk.services.changes import RecordKind
from jamdesk.services.meetings import MeetingService, next_year_slot
from jamdesk.services.minutes import MinutesService
from jamdesk.store.database import Database
from tests.store.test_meetings_store import add_board, add_person

CHAIR = ParticipantRole.CHAIR
MEMBER = ParticipantRole.MEMBER
OFFICIAL = ParticipantRole.OFFICIAL


def budget_dialogue(*board_ids: int, date: dt.date = dt.date(2026, 3, 10)) -> Meeting:
    return Meeting(
        kind=MeetingKind.BUDGET_DIALOGUE,
        date=date,
        start=dt.time(13, 0),
        end=dt.time(15, 30),
        place="Sessionssalen",
        title="Budgetdialog 2027",
        board_ids=board_ids,
    )


def called(db: Database, meeting_id: int) -> list[tuple[str, str, int, str]]:
    """Return who has a place at the meeting: name, role, called, attendance, by name."""
    rows = db.execute(
        "SELECT p.name, mp.role, mp.called, mp.attendance FROM meeting_participant mp"
        " JOIN person p ON p.id = mp.person_id WHERE mp.meeting_id = ? ORDER BY p.name",
        (meeting_id,),
    ).fetchall()
    return [tuple(row) for row in rows]


def table_counts(db: Database) -> tuple[int, int, int]:
    row = db.execute(
        "SELECT (SELECT count(*) FROM meeting), (SELECT count(*) FROM agenda_item),"
        " (SELECT count(*) FROM meeting_participant)"
    ).fetchone()
    return (int(row[0]), int(row[1]), int(row[2]))


def test_a_meeting_is_planned_with_its_agenda_and_those_called(db: Database) -> None:
    social = add_board(db, "Socialnämnden")
    chair = add_person(db, "Åsa Lund")
    manager = add_person(db, "Karin Öberg", "official")

    result = MeetingService(db).plan_with_participants(
        budget_dialogue(social), [(chair, CHAIR), (manager, OFFICIAL)]
    )

    meeting = result.value
    assert meeting.id is not None
    assert meeting.board_ids == (social,)
    assert meeting.status is MeetingStatus.PLANNED
    assert result.changed == {RecordKind.MEETING, RecordKind.AGENDA}
    assert called(db, meeting.id) == [
        ("Karin Öberg", "official", 1, "unknown"),
        ("Åsa Lund", "chair", 1, "unknown"),
    ]
    titles = [item.title for item in AgendaService(db).items(meeting.id)]
    assert titles == list(STANDARD_OPENING_ITEMS)


@pytest.mark.parametrize(
    ("case", "field", "message"),
    [
        ("unknown person", "person_id", "There is no person with id 999."),
        ("called twice", "person_id", "Åsa Lund is called twice; call each person once."),
        (
            "ceased board",
            "board_ids",
            "The board Servicenämnden had ceased on 2026-03-10 (it was active until 2023-12-31).",
        ),
    ],
)
def test_a_refused_plan_writes_nothing(db: Database, case: str, field: str, message: str) -> None:
    social = add_board(db, "Socialnämnden")
    ceased = add_board(db, "Servicenämnden", active_to="2023-12-31")
    chair = add_person(db, "Åsa Lund")
    boards, people = (social,), [(chair, CHAIR)]
    if case == "unknown person":
        people.append((999, OFFICIAL))
    elif case == "called twice":
        people.append((chair, MEMBER))
    else:
        boards = (social, ceased)

    with pytest.raises(DomainError) as caught:
        MeetingService(db).plan_with_participants(budget_dialogue(*boards), people)

    assert caught.value.field == field
    assert caught.value.message == message
    assert table_counts(db) == (0, 0, 0)


def test_an_edit_calls_exactly_those_listed(db: Database) -> None:
    social = add_board(db, "Socialnämnden")
    chair = add_person(db, "Åsa Lund")
    member = add_person(db, "Erik Nyström")
    came = add_person(db, "Gunnel Ek", "official")
    manager = add_person(db, "Karin Öberg", "official")
    service = MeetingService(db)
    meeting = service.plan_with_participants(
        budget_dialogue(social), [(chair, CHAIR), (member, MEMBER), (came, OFFICIAL)]
    ).value
    assert meeting.id is not None
    service.record_attendance(meeting.id, came, Attendance.PRESENT)

    result = service.update_with_participants(
        replace(meeting, place="Rum 3"), [(chair, MEMBER), (manager, OFFICIAL)]
    )

    assert result.value.place == "Rum 3"
    assert result.changed == {RecordKind.MEETING}
    # Erik was only called, so he goes; Gunnel came, so she stays recorded, uncalled.
    assert called(db, meeting.id) == [
        ("Gunnel Ek", "official", 0, "present"),
        ("Karin Öberg", "official", 1, "unknown"),
        ("Åsa Lund", "member", 1, "unknown"),
    ]


def test_an_edit_refused_changes_neither_the_meeting_nor_those_called(db: Database) -> None:
    social = add_board(db, "Socialnämnden")
    chair = add_person(db, "Åsa Lund")
    service = MeetingService(db)
    meeting = service.plan_with_participants(budget_dialogue(social), [(chair, CHAIR)]).value
    assert meeting.id is not None

    with pytest.raises(ValidationError) as caught:
        service.update_with_participants(replace(meeting, place="Rum 3"), [(chair, CHAIR)] * 2)

    assert caught.value.field == "person_id"
    assert service.get(meeting.id).place == "Sessionssalen"
    assert called(db, meeting.id) == [("Åsa Lund", "chair", 1, "unknown")]


def test_adjusted_minutes_allow_a_new_title_but_no_new_call(db: Database) -> None:
    service = MeetingService(db)
    minutes_service = MinutesService(db)
    adjuster = add_person(db, "Åsa Lund")
    guest = add_person(db, "Gunnel Ek", "official")
    meeting = service.plan_with_participants(
        Meeting(MeetingKind.DELEGATION_MEETING, dt.date(2026, 2, 3), dt.time(9, 0)),
        [(adjuster, MEMBER)],
    ).value
    assert meeting.id is not None
    minutes = minutes_service.draft(meeting.id, MinutesKind.PROTOCOL).value
    assert minutes.id is not None
    minutes_service.set_adjusters(minutes.id, [adjuster])
    minutes_service.mark_adjusted(minutes.id, dt.date(2026, 2, 10))

    renamed = service.update_with_participants(
        replace(meeting, title="Februarimötet"), [(adjuster, MEMBER)]
    )
    with pytest.raises(DomainError, match="minutes are adjusted") as caught:
        service.update_with_participants(meeting, [(adjuster, MEMBER), (guest, OFFICIAL)])

    assert renamed.value.title == "Februarimötet"
    assert caught.value.field == "meeting_id"
    assert called(db, meeting.id) == [("Åsa Lund", "member", 1, "unknown")]


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        # The 2nd Tuesday of March 2026 is in week 11; week 11 of 2027 has its Tuesday on the 16th.
        (dt.date(2026, 3, 10), dt.date(2027, 3, 16)),
        (dt.date(2026, 11, 23), dt.date(2027, 11, 29)),  # Monday of week 48
        # 2026 has a week 53, 2027 does not: the meeting falls in 2027's last week.
        (dt.date(2026, 12, 31), dt.date(2027, 12, 30)),
        # New Year's Day 2027 is a Friday that ISO counts in 2026's week 53.
        (dt.date(2027, 1, 1), dt.date(2027, 12, 31)),
    ],
)
def test_next_year_slot_keeps_the_week_and_the_weekday(day: dt.date, expected: dt.date) -> None:
    slot = next_year_slot(day)

    assert slot == expected
    assert slot.isoweekday() == day.isoweekday()


def test_a_meeting_is_duplicated_to_the_same_weekday_next_year(db: Database) -> None:
    social = add_board(db, "Socialnämnden")
    youth = add_board(db, "Barn- och utbildningsnämnden")
    chair = add_person(db, "Åsa Lund")
    manager = add_person(db, "Karin Öberg", "official")
    service = MeetingService(db)
    original = service.plan_with_participants(
        replace(budget_dialogue(social, youth), notes="Ta med statistiken."),
        [(chair, CHAIR), (manager, OFFICIAL)],
    ).value
    assert original.id is not None
    service.set_status(original.id, MeetingStatus.HELD)
    service.record_attendance(original.id, manager, Attendance.ABSENT)

    result = service.duplicate_to_next_year(original.id)

    copy = result.value
    assert copy.id is not None and copy.id != original.id
    assert copy.date == dt.date(2027, 3, 16)
    assert copy.date.strftime("%A") == "Tuesday"
    assert (copy.kind, copy.start, copy.end) == (original.kind, original.start, original.end)
    assert (copy.place, copy.title) == ("Sessionssalen", "Budgetdialog 2027")
    assert set(copy.board_ids) == {social, youth}
    assert copy.status is MeetingStatus.PLANNED
    assert copy.notes == ""  # notes belong to the meeting they were written for
    assert result.changed == {RecordKind.MEETING, RecordKind.AGENDA}
    assert called(db, copy.id) == [
        ("Karin Öberg", "official", 1, "unknown"),
        ("Åsa Lund", "chair", 1, "unknown"),
    ]
    titles = [item.title for item in AgendaService(db).items(copy.id)]
    assert titles == list(STANDARD_OPENING_ITEMS)


def test_only_those_called_are_called_again(db: Database) -> None:
    social = add_board(db, "Socialnämnden")
    chair = add_person(db, "Åsa Lund")
    walk_in = add_person(db, "Gunnel Ek", "official")
    service = MeetingService(db)
    original = service.plan_with_participants(budget_dialogue(social), [(chair, CHAIR)]).value
    assert original.id is not None
    service.record_attendance(original.id, walk_in, Attendance.PRESENT, role=OFFICIAL)

    copy = service.duplicate_to_next_year(original.id).value

    assert copy.id is not None
    assert called(db, copy.id) == [("Åsa Lund", "chair", 1, "unknown")]


def test_a_board_that_ceases_before_next_year_stops_the_duplicate(db: Database) -> None:
    social = add_board(db, "Socialnämnden")
    service_board = add_board(db, "Servicenämnden", active_to="2026-12-31")
    service = MeetingService(db)
    original = service.plan(budget_dialogue(social, service_board)).value
    assert original.id is not None
    before = table_counts(db)

    with pytest.raises(ValidationError) as caught:
        service.duplicate_to_next_year(original.id)

    assert caught.value.field == "board_ids"
    assert caught.value.message == (
        "The board Servicenämnden ceased on 2026-12-31, before next year's date 2027-03-16; "
        "plan next year's meeting without it instead."
    )
    assert table_counts(db) == before


def test_duplicating_a_missing_meeting_names_it(db: Database) -> None:
    with pytest.raises(NotFoundError) as caught:
        MeetingService(db).duplicate_to_next_year(42)

    assert caught.value.message == "There is no meeting with id 42."
