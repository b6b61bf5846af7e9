"""Preparing an agenda: positions stay 1..n whatever the secretary does, links are checked."""

from __future__ import annotations

import datetime as dt

import pytest

from jamdesk.domain.errors import DomainError, NotFoundError, ValidationError
from jamdesk.domain.meetings import AgendaItemKind, AgendaLink, Meeting, MeetingKind
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


def planned_meeting(db: Database) -> int:
    """Plan a delegation meeting with the three standard opening items; return its id."""
    meeting = (
        MeetingService(db)
        .plan(Meeting(MeetingKind.DELEGATION_MEETING, dt.date(2026, 4, 14), dt.time(13, 0)))
        .value
    )
    assert meeting.id is not None
    return meeting.id


def titles(service: AgendaService, meeting_id: int) -> list[str]:
    return [item.title for item in service.items(meeting_id)]


def test_an_item_is_appended_by_default(db: Database) -> None:
    meeting_id = planned_meeting(db)
    service = AgendaService(db)
    result = service.add_item(
        meeting_id, AgendaItemKind.INFORMATION, " Information om statistik ", "KS 2026/7"
    )
    assert result.changed == {RecordKind.AGENDA}
    assert (result.value.position, result.value.title) == (4, "Information om statistik")
    assert result.value.diary_number == "KS 2026/7"
    assert agenda_positions(db, meeting_id) == [1, 2, 3, 4]


def test_an_item_added_in_the_middle_moves_the_later_ones_down(db: Database) -> None:
    meeting_id = planned_meeting(db)
    service = AgendaService(db)
    service.add_item(meeting_id, AgendaItemKind.DECISION, "Beslut om handlingsplan", position=2)
    assert titles(service, meeting_id) == [
        "Mötets öppnande",
        "Beslut om handlingsplan",
        "Val av justerare",
        "Godkännande av dagordningen",
    ]
    assert agenda_positions(db, meeting_id) == [1, 2, 3, 4]


def test_a_position_outside_the_agenda_is_refused(db: Database) -> None:
    meeting_id = planned_meeting(db)
    service = AgendaService(db)
    with pytest.raises(ValidationError, match="from 1 to 4"):
        service.add_item(meeting_id, AgendaItemKind.OTHER, "Övrigt", position=5)
    with pytest.raises(ValidationError, match="from 1 to 4"):
        service.add_item(meeting_id, AgendaItemKind.OTHER, "Övrigt", position=0)
    first = service.items(meeting_id)[0]
    assert first.id is not None
    with pytest.raises(ValidationError, match="from 1 to 3"):
        service.move_item(first.id, 4)
    assert agenda_positions(db, meeting_id) == [1, 2, 3]


def test_an_item_needs_a_title(db: Database) -> None:
    meeting_id = planned_meeting(db)
    with pytest.raises(ValidationError, match="title cannot be empty"):
        AgendaService(db).add_item(meeting_id, AgendaItemKind.OTHER, "   ")
    assert agenda_positions(db, meeting_id) == [1, 2, 3]


def test_moving_items_keeps_positions_one_to_n(db: Database) -> None:
    meeting_id = planned_meeting(db)
    service = AgendaService(db)
    service.add_item(meeting_id, AgendaItemKind.FOLLOW_UP, "Uppföljning")
    service.add_item(meeting_id, AgendaItemKind.OTHER, "Övriga frågor")
    first, _, _, follow_up, other = service.items(meeting_id)
    assert first.id is not None and follow_up.id is not None and other.id is not None
    moved = service.move_item(first.id, 5).value
    assert [item.position for item in moved] == [1, 2, 3, 4, 5]
    assert moved[-1].title == "Mötets öppnande"
    service.move_item(other.id, 1)
    service.move_item(follow_up.id, 3)
    assert titles(service, meeting_id) == [
        "Övriga frågor",
        "Val av justerare",
        "Uppföljning",
        "Godkännande av dagordningen",
        "Mötets öppnande",
    ]
    assert agenda_positions(db, meeting_id) == [1, 2, 3, 4, 5]


def test_removing_an_item_numbers_the_rest_again(db: Database) -> None:
    meeting_id = planned_meeting(db)
    service = AgendaService(db)
    second = service.items(meeting_id)[1]
    assert second.id is not None
    service.remove_item(second.id)
    assert titles(service, meeting_id) == ["Mötets öppnande", "Godkännande av dagordningen"]
    assert agenda_positions(db, meeting_id) == [1, 2]
    with pytest.raises(NotFoundError, match=f"no agenda item with id {second.id}"):
        service.remove_item(second.id)


def test_an_item_is_updated_in_place(db: Database) -> None:
    meeting_id = planned_meeting(db)
    service = AgendaService(db)
    third = service.items(meeting_id)[2]
    assert third.id is not None
    updated = service.update_item(
        third.id,
        kind=AgendaItemKind.DECISION,
        title="Fastställande av dagordningen",
        diary_number=" KS 2026/9 ",
        notes="Ordföranden föredrar",
    ).value
    assert (updated.position, updated.kind) == (3, AgendaItemKind.DECISION)
    assert service.get_item(third.id) == updated
    assert updated.diary_number == "KS 2026/9"


def test_links_point_at_existing_records(db: Database) -> None:
    meeting_id = planned_meeting(db)
    board = add_board(db, "Socialnämnden")
    question = add_question(db, meeting_id, board)
    commitment = add_commitment(db, meeting_id, board)
    request = add_request(db, meeting_id, board)
    service = AgendaService(db)
    item = service.add_item(
        meeting_id,
        AgendaItemKind.FOLLOW_UP,
        "Uppföljning av socialnämnden",
        links=[AgendaLink(question_id=question)],
    ).value
    assert item.id is not None
    service.add_link(item.id, AgendaLink(commitment_id=commitment))
    linked = service.add_link(item.id, AgendaLink(request_id=request)).value
    assert linked.links == (
        AgendaLink(question_id=question),
        AgendaLink(commitment_id=commitment),
        AgendaLink(request_id=request),
    )
    with pytest.raises(ValidationError, match="already refers"):
        service.add_link(item.id, AgendaLink(commitment_id=commitment))
    with pytest.raises(NotFoundError, match="no question with id 999"):
        service.add_link(item.id, AgendaLink(question_id=999))
    with pytest.raises(NotFoundError, match="no commitment with id 999"):
        service.add_link(item.id, AgendaLink(commitment_id=999))
    with pytest.raises(NotFoundError, match="no reporting request with id 999"):
        service.add_link(item.id, AgendaLink(request_id=999))
    unlinked = service.remove_link(item.id, AgendaLink(commitment_id=commitment)).value
    assert AgendaLink(commitment_id=commitment) not in unlinked.links
    with pytest.raises(NotFoundError, match="does not refer"):
        service.remove_link(item.id, AgendaLink(commitment_id=commitment))


def test_an_item_with_a_missing_link_is_not_added(db: Database) -> None:
    meeting_id = planned_meeting(db)
    service = AgendaService(db)
    with pytest.raises(NotFoundError, match="no question with id 77"):
        service.add_item(
            meeting_id, AgendaItemKind.FOLLOW_UP, "Uppföljning", links=[AgendaLink(question_id=77)]
        )
    with pytest.raises(ValidationError, match="same record twice"):
        service.add_item(
            meeting_id,
            AgendaItemKind.FOLLOW_UP,
            "Uppföljning",
            links=[AgendaLink(question_id=77), AgendaLink(question_id=77)],
        )
    assert agenda_positions(db, meeting_id) == [1, 2, 3]


def test_an_item_recorded_in_adjusted_minutes_stays(db: Database) -> None:
    meeting_id = planned_meeting(db)
    adjuster = add_person(db, "Åsa Lund")
    minutes_service = MinutesService(db)
    minutes = minutes_service.draft(meeting_id, MinutesKind.PROTOCOL).value
    assert minutes.id is not None
    minutes_service.set_adjusters(minutes.id, [adjuster])
    minutes_service.mark_adjusted(minutes.id, dt.date(2026, 4, 20))
    service = AgendaService(db)
    first = service.items(meeting_id)[0]
    assert first.id is not None
    with pytest.raises(DomainError, match="recorded in adjusted minutes"):
        service.remove_item(first.id)
    # An item added after adjustment is not in the minutes and may go again.
    later = service.add_item(meeting_id, AgendaItemKind.OTHER, "Övrigt").value
    assert later.id is not None
    service.remove_item(later.id)
    assert agenda_positions(db, meeting_id) == [1, 2, 3]


def test_the_agenda_of_an_unknown_meeting_is_refused(db: Database) -> None:
    with pytest.raises(NotFoundError, match="no meeting with id 5"):
        AgendaService(db).items(5)
    with pytest.raises(NotFoundError, match="no meeting with id 5"):
        AgendaService(db).add_item(5, AgendaItemKind.OTHER, "Övrigt")
