"""Planning meetings: the refusals a secretary meets and what a planned meeting holds."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from jamdesk.domain.errors import DomainError, NotFoundError, TransitionError, ValidationError
from jamdesk.domain.meetings import (
    STANDARD_OPENING_ITEMS,
    AgendaItemKind,
    Attendance,
    Meeting,
    MeetingKind,
    MeetingStatus,
    ParticipantRole,
)
from jamdesk.domain.minutes import MinutesKind
from jamdesk.services.agenda import AgendaService
from jamdesk.services.changes import RecordKind
from jamdesk.services.meetings import MeetingService
from jamdesk.services.minutes import MinutesService
from jamdesk.store.database import Database
from tests.store.test_meetings_store import (
    add_board,
    add_commitment,
    add_person,
    add_question,
    add_request,
    agenda_positions,
)


def dialogue(*board_ids: int, date: dt.date = dt.date(2026, 3, 12)) -> Meeting:
    return Meeting(
        kind=MeetingKind.BUDGET_DIALOGUE,
        date=date,
        start=dt.time(13, 0),
        end=dt.time(15, 0),
        place="  Sessionssalen ",
        board_ids=board_ids,
    )


def meeting_count(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM meeting").fetchone()[0])


def test_planning_stores_the_meeting_with_the_standard_agenda(db: Database) -> None:
    social = add_board(db, "Socialnämnden")
    result = MeetingService(db).plan(dialogue(social))
    meeting = result.value
    assert meeting.id is not None
    assert meeting.place == "Sessionssalen"
    assert meeting.board_ids == (social,)
    assert result.changed == {RecordKind.MEETING, RecordKind.AGENDA}
    items = AgendaService(db).items(meeting.id)
    assert [item.title for item in items] == list(STANDARD_OPENING_ITEMS)
    assert [item.position for item in items] == [1, 2, 3]
    assert {item.kind for item in items} == {AgendaItemKind.OPENING}


def test_planning_without_the_standard_agenda_leaves_it_empty(db: Database) -> None:
    meeting = Meeting(MeetingKind.DELEGATION_MEETING, dt.date(2026, 2, 3), dt.time(9, 0))
    result = MeetingService(db).plan(meeting, with_standard_agenda=False)
    assert result.value.id is not None
    assert result.changed == {RecordKind.MEETING}
    assert agenda_positions(db, result.value.id) == []


def test_a_meeting_that_ends_before_it_starts_is_refused(db: Database) -> None:
    meeting = Meeting(
        MeetingKind.DELEGATION_MEETING, dt.date(2026, 2, 3), dt.time(8, 0), dt.time(7, 0)
    )
    with pytest.raises(ValidationError) as caught:
        MeetingService(db).plan(meeting)
    assert "07.00" in caught.value.message and "08.00" in caught.value.message
    assert caught.value.field == "end"
    assert meeting_count(db) == 0


def test_a_dialogue_without_a_board_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError, match="at least one board"):
        MeetingService(db).plan(dialogue())
    assert meeting_count(db) == 0


def test_a_board_listed_twice_is_refused(db: Database) -> None:
    social = add_board(db, "Socialnämnden")
    with pytest.raises(ValidationError, match="listed twice"):
        MeetingService(db).plan(dialogue(social, social))


def test_an_unknown_board_is_refused(db: Database) -> None:
    social = add_board(db, "Socialnämnden")
    with pytest.raises(NotFoundError) as caught:
        MeetingService(db).plan(dialogue(social, social + 100))
    assert caught.value.message == f"There is no board with id {social + 100}."
    assert caught.value.field == "board_ids"
    assert meeting_count(db) == 0


def test_a_board_that_had_ceased_is_refused(db: Database) -> None:
    gone = add_board(db, "Överförmyndarnämnden", "2010-01-01", "2025-12-31")
    with pytest.raises(ValidationError) as caught:
        MeetingService(db).plan(dialogue(gone, date=dt.date(2026, 1, 15)))
    assert caught.value.message.startswith(
        "The board Överförmyndarnämnden had ceased on 2026-01-15"
    )
    assert "2025-12-31" in caught.value.message
    assert meeting_count(db) == 0
    # On its last day the board still exists.
    assert MeetingService(db).plan(dialogue(gone, date=dt.date(2025, 12, 31))).value.id


def test_a_board_that_does_not_exist_yet_is_refused(db: Database) -> None:
    new = add_board(db, "Samhällsbyggnadsnämnden", "2027-01-01")
    with pytest.raises(ValidationError, match="did not exist yet"):
        MeetingService(db).plan(dialogue(new))


def test_an_update_replaces_the_boards_and_keeps_the_status(db: Database) -> None:
    social = add_board(db, "Socialnämnden")
    school = add_board(db, "Barn- och utbildningsnämnden")
    service = MeetingService(db)
    planned = service.plan(dialogue(social)).value
    assert planned.id is not None
    service.set_status(planned.id, MeetingStatus.HELD)
    changed = Meeting(
        MeetingKind.RESULTS_SEMINAR,
        dt.date(2026, 5, 5),
        dt.time(10, 0),
        board_ids=(school, social),
        status=MeetingStatus.PLANNED,
        id=planned.id,
    )
    saved = service.update(changed).value
    assert set(saved.board_ids) == {social, school}
    assert saved.kind is MeetingKind.RESULTS_SEMINAR
    assert saved.status is MeetingStatus.HELD
    assert service.get(planned.id) == saved


def test_an_update_is_checked_like_a_plan(db: Database) -> None:
    gone = add_board(db, "Överförmyndarnämnden", "2010-01-01", "2026-03-31")
    service = MeetingService(db)
    planned = service.plan(dialogue(gone)).value
    with pytest.raises(ValidationError, match="had ceased"):
        service.update(replace(planned, date=dt.date(2026, 4, 1)))
    with pytest.raises(ValidationError, match="at least one board"):
        service.update(replace(planned, board_ids=()))
    assert service.get(planned.id or 0) == planned


def test_a_board_with_records_from_the_meeting_must_stay(db: Database) -> None:
    social = add_board(db, "Socialnämnden")
    school = add_board(db, "Barn- och utbildningsnämnden")
    service = MeetingService(db)
    planned = service.plan(dialogue(social, school)).value
    assert planned.id is not None
    add_question(db, planned.id, school)
    with pytest.raises(ValidationError, match="Barn- och utbildningsnämnden"):
        service.update(replace(planned, board_ids=(social,)))


def test_status_changes_follow_the_rules(db: Database) -> None:
    service = MeetingService(db)
    meeting = service.plan(
        Meeting(MeetingKind.DELEGATION_MEETING, dt.date(2026, 2, 3), dt.time(9, 0))
    ).value
    assert meeting.id is not None
    assert service.set_status(meeting.id, MeetingStatus.CANCELLED).value.status is (
        MeetingStatus.CANCELLED
    )
    assert service.set_status(meeting.id, MeetingStatus.PLANNED).changed == {RecordKind.MEETING}
    assert service.set_status(meeting.id, MeetingStatus.PLANNED).changed == frozenset()
    service.set_status(meeting.id, MeetingStatus.HELD)
    with pytest.raises(TransitionError, match="“Held” to “Planned”"):
        service.set_status(meeting.id, MeetingStatus.PLANNED)
    assert service.get(meeting.id).status is MeetingStatus.HELD


def test_a_meeting_with_minutes_cannot_be_cancelled(db: Database) -> None:
    service = MeetingService(db)
    meeting = service.plan(
        Meeting(MeetingKind.DELEGATION_MEETING, dt.date(2026, 2, 3), dt.time(9, 0))
    ).value
    assert meeting.id is not None
    MinutesService(db).draft(meeting.id, MinutesKind.PROTOCOL)
    with pytest.raises(DomainError, match="has minutes"):
        service.set_status(meeting.id, MeetingStatus.CANCELLED)


def test_a_meeting_without_records_is_deleted_with_its_agenda(db: Database) -> None:
    social = add_board(db, "Socialnämnden")
    person = add_person(db, "Lena Berg")
    service = MeetingService(db)
    meeting = service.plan(dialogue(social)).value
    assert meeting.id is not None
    service.call(meeting.id, person, ParticipantRole.MEMBER)
    assert service.delete(meeting.id).changed == {RecordKind.MEETING, RecordKind.AGENDA}
    assert meeting_count(db) == 0
    assert agenda_positions(db, meeting.id) == []
    with pytest.raises(NotFoundError, match=f"no meeting with id {meeting.id}"):
        service.get(meeting.id)


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ("question", "Questions were recorded"),
        ("commitment", "Commitments were recorded"),
        ("request", "Reporting requests refer"),
        ("minutes", "The meeting has minutes"),
    ],
)
def test_a_meeting_with_records_cannot_be_deleted(db: Database, record: str, expected: str) -> None:
    social = add_board(db, "Socialnämnden")
    service = MeetingService(db)
    meeting = service.plan(dialogue(social)).value
    assert meeting.id is not None
    if record == "question":
        add_question(db, meeting.id, social)
    elif record == "commitment":
        add_commitment(db, meeting.id, social)
    elif record == "request":
        add_request(db, meeting.id, social)
    else:
        MinutesService(db).draft(meeting.id, MinutesKind.NOTES)
    with pytest.raises(DomainError) as caught:
        service.delete(meeting.id)
    assert caught.value.message.startswith(expected)
    assert "Cancel it instead." in caught.value.message
    assert meeting_count(db) == 1


def test_people_are_called_and_their_attendance_recorded(db: Database) -> None:
    service = MeetingService(db)
    meeting = service.plan(
        Meeting(MeetingKind.DELEGATION_MEETING, dt.date(2026, 2, 3), dt.time(9, 0))
    ).value
    assert meeting.id is not None
    chair = add_person(db, "Åsa Lund")
    member = add_person(db, "Erik Nyström")
    substitute = add_person(db, "Fatima Çelik")
    service.call(meeting.id, chair, ParticipantRole.CHAIR)
    service.call(meeting.id, member, ParticipantRole.MEMBER)
    service.call(meeting.id, substitute, ParticipantRole.SUBSTITUTE)
    service.record_attendance(meeting.id, chair, Attendance.PRESENT)
    service.record_attendance(meeting.id, member, Attendance.ABSENT)
    serving = service.record_attendance(
        meeting.id, substitute, Attendance.SUBSTITUTE_SERVING, serving_for_id=member
    ).value
    assert serving.serving_for_id == member
    listed = service.participants(meeting.id)
    assert [(p.person_id, p.role, p.attendance) for p in listed] == [
        (chair, ParticipantRole.CHAIR, Attendance.PRESENT),
        (member, ParticipantRole.MEMBER, Attendance.ABSENT),
        (substitute, ParticipantRole.SUBSTITUTE, Attendance.SUBSTITUTE_SERVING),
    ]
    assert all(p.called for p in listed)


def test_attendance_refusals(db: Database) -> None:
    service = MeetingService(db)
    meeting = service.plan(
        Meeting(MeetingKind.DELEGATION_MEETING, dt.date(2026, 2, 3), dt.time(9, 0))
    ).value
    assert meeting.id is not None
    member = add_person(db, "Erik Nyström")
    guest = add_person(db, "Gunnel Ek", "official")
    service.call(meeting.id, member, ParticipantRole.MEMBER)
    with pytest.raises(NotFoundError, match="no person with id 999"):
        service.call(meeting.id, 999, ParticipantRole.MEMBER)
    with pytest.raises(ValidationError, match="Only a substitute who is serving"):
        service.record_attendance(meeting.id, member, Attendance.PRESENT, serving_for_id=guest)
    with pytest.raises(ValidationError, match="cannot serve for themselves"):
        service.record_attendance(
            meeting.id, member, Attendance.SUBSTITUTE_SERVING, serving_for_id=member
        )
    with pytest.raises(NotFoundError, match="Gunnel Ek is not among the meeting's participants"):
        service.record_attendance(meeting.id, guest, Attendance.PRESENT)
    with pytest.raises(NotFoundError, match="no meeting with id 404"):
        service.call(404, member, ParticipantRole.MEMBER)
    # Someone who came without a call is added with the role given.
    came = service.record_attendance(
        meeting.id, guest, Attendance.PRESENT, role=ParticipantRole.OFFICIAL
    ).value
    assert (came.called, came.role) == (False, ParticipantRole.OFFICIAL)


def test_uncalling_removes_or_keeps_what_was_recorded(db: Database) -> None:
    service = MeetingService(db)
    meeting = service.plan(
        Meeting(MeetingKind.DELEGATION_MEETING, dt.date(2026, 2, 3), dt.time(9, 0))
    ).value
    assert meeting.id is not None
    member = add_person(db, "Erik Nyström")
    substitute = add_person(db, "Fatima Çelik")
    present = add_person(db, "Åsa Lund")
    for person, role in (
        (member, ParticipantRole.MEMBER),
        (substitute, ParticipantRole.SUBSTITUTE),
        (present, ParticipantRole.MEMBER),
    ):
        service.call(meeting.id, person, role)
    service.record_attendance(
        meeting.id, substitute, Attendance.SUBSTITUTE_SERVING, serving_for_id=member
    )
    service.record_attendance(meeting.id, present, Attendance.PRESENT)
    with pytest.raises(ValidationError, match="A substitute serves for Erik Nyström"):
        service.uncall(meeting.id, member)
    service.uncall(meeting.id, present)
    service.record_attendance(meeting.id, substitute, Attendance.UNKNOWN)
    service.uncall(meeting.id, substitute)
    service.uncall(meeting.id, member)
    listed = service.participants(meeting.id)
    assert [(p.person_id, p.called) for p in listed] == [(present, False)]


def test_adjusted_minutes_fix_the_meeting_as_they_record_it(db: Database) -> None:
    service = MeetingService(db)
    minutes_service = MinutesService(db)
    meeting = service.plan(
        Meeting(MeetingKind.DELEGATION_MEETING, dt.date(2026, 2, 3), dt.time(9, 0))
    ).value
    assert meeting.id is not None
    adjuster = add_person(db, "Åsa Lund")
    service.call(meeting.id, adjuster, ParticipantRole.MEMBER)
    minutes = minutes_service.draft(meeting.id, MinutesKind.PROTOCOL).value
    assert minutes.id is not None
    minutes_service.set_adjusters(minutes.id, [adjuster])
    minutes_service.mark_adjusted(minutes.id, dt.date(2026, 2, 10))
    with pytest.raises(DomainError, match="minutes are adjusted"):
        service.update(replace(meeting, place="Rum 2"))
    with pytest.raises(DomainError, match="minutes are adjusted"):
        service.record_attendance(meeting.id, adjuster, Attendance.ABSENT)
    # The meeting's own title and notes are not part of the minutes.
    renamed = service.update(replace(meeting, title="Februarimötet")).value
    assert renamed.title == "Februarimötet"


def test_the_meeting_cannot_move_to_another_year_once_it_has_minutes(db: Database) -> None:
    service = MeetingService(db)
    meeting = service.plan(
        Meeting(MeetingKind.DELEGATION_MEETING, dt.date(2026, 12, 15), dt.time(9, 0))
    ).value
    assert meeting.id is not None
    MinutesService(db).draft(meeting.id, MinutesKind.PROTOCOL)
    with pytest.raises(ValidationError, match="numbered in 2026"):
        service.update(replace(meeting, date=dt.date(2027, 1, 12)))
    moved = service.update(replace(meeting, date=dt.date(2026, 12, 17)))
    assert moved.value.date == dt.date(2026, 12, 17)
