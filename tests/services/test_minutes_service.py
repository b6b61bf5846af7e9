"""Writing minutes: § series through the year, notes 1..n, adjustment, corrections."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from jamdesk.domain.errors import DomainError, NotFoundError, ValidationError
from jamdesk.domain.meetings import AgendaItemKind, Meeting, MeetingKind, MeetingStatus
from jamdesk.domain.minutes import Minutes, MinutesKind, paragraph_range
from jamdesk.services.agenda import AgendaService
from jamdesk.services.changes import RecordKind
from jamdesk.services.meetings import MeetingService
from jamdesk.services.minutes import (
    DEFAULT_BODY,
    AdjustedMinutesError,
    MinutesService,
    refusing_adjusted_changes,
)
from jamdesk.store.database import Database
from tests.store.test_meetings_store import add_board, add_organisation, add_person, add_request

DELEGATION = "Jämställdhetsdelegationen i Storvik"
ADJUSTED_MESSAGE = "Adjusted minutes cannot change; make a correction instead."


def meeting_with_items(
    db: Database,
    date: dt.date,
    extra_items: tuple[str, ...] = (),
    kind: MeetingKind = MeetingKind.DELEGATION_MEETING,
    board_ids: tuple[int, ...] = (),
) -> int:
    """Plan a meeting with the three opening items and ``extra_items``; return its id."""
    meeting = MeetingService(db).plan(Meeting(kind, date, dt.time(13, 0), board_ids=board_ids))
    meeting_id = meeting.value.id
    assert meeting_id is not None
    agenda = AgendaService(db)
    for title in extra_items:
        agenda.add_item(meeting_id, AgendaItemKind.DECISION, title, diary_number="KS 2026/5")
    return meeting_id


def numbers(service: MinutesService, minutes: Minutes) -> list[int]:
    assert minutes.id is not None
    return service.paragraph_numbers(minutes.id)


def adjusted_protocol(db: Database, service: MinutesService) -> Minutes:
    """Return adjusted minutes of a meeting on 2026-03-03 with §§ 1–4."""
    add_organisation(db, DELEGATION)
    meeting_id = meeting_with_items(db, dt.date(2026, 3, 3), ("Handlingsplan",))
    minutes = service.draft(meeting_id, MinutesKind.PROTOCOL).value
    assert minutes.id is not None
    service.set_adjusters(minutes.id, [add_person(db, "Åsa Lund")])
    service.set_details(minutes.id, diary_number="KS 2026/20", secretary_id=None)
    service.set_adjustment(minutes.id, "Kommunhuset", dt.date(2026, 3, 10), dt.time(8, 0))
    return service.mark_adjusted(minutes.id, dt.date(2026, 3, 10)).value


def test_a_protocol_is_drafted_from_the_agenda(db: Database) -> None:
    add_organisation(db, DELEGATION)
    meeting_id = meeting_with_items(db, dt.date(2026, 3, 3), ("Beslut om handlingsplan",))
    service = MinutesService(db)
    result = service.draft(meeting_id, MinutesKind.PROTOCOL)
    minutes = result.value
    # Requests made at an item come to cite its paragraph, so their lists refresh too.
    assert result.changed == {RecordKind.MINUTES, RecordKind.REQUEST}
    assert minutes.id is not None
    assert (minutes.body, minutes.kind, minutes.adjusted) == (
        DELEGATION,
        MinutesKind.PROTOCOL,
        False,
    )
    paragraphs = service.paragraphs(minutes.id)
    agenda = AgendaService(db).items(meeting_id)
    assert [(p.number, p.heading) for p in paragraphs] == [
        (1, "Mötets öppnande"),
        (2, "Val av justerare"),
        (3, "Godkännande av dagordningen"),
        (4, "Beslut om handlingsplan"),
    ]
    assert [p.agenda_item_id for p in paragraphs] == [item.id for item in agenda]
    assert paragraphs[3].diary_number == "KS 2026/5"
    assert {(p.body, p.year) for p in paragraphs} == {(DELEGATION, 2026)}
    assert paragraph_range(service.paragraph_numbers(minutes.id)) == "§§ 1–4"


def test_the_body_falls_back_when_no_organisation_is_set_up(db: Database) -> None:
    meeting_id = meeting_with_items(db, dt.date(2026, 3, 3))
    minutes = MinutesService(db).draft(meeting_id, MinutesKind.PROTOCOL).value
    assert minutes.body == DEFAULT_BODY == "Jämställdhetsdelegationen"


def test_paragraph_numbers_run_on_through_the_year_and_restart_next_year(db: Database) -> None:
    add_organisation(db, DELEGATION)
    service = MinutesService(db)
    february = meeting_with_items(db, dt.date(2026, 2, 10), ("Budget", "Statistik"))
    may = meeting_with_items(db, dt.date(2026, 5, 12), ("Handlingsplan",))
    january = meeting_with_items(db, dt.date(2027, 1, 19))
    first = service.draft(february, MinutesKind.PROTOCOL).value
    second = service.draft(may, MinutesKind.PROTOCOL).value
    assert numbers(service, first) == [1, 2, 3, 4, 5]
    assert numbers(service, second) == [6, 7, 8, 9]
    # A paragraph added to the first protocol takes the next free number of the series.
    assert first.id is not None
    added = service.add_paragraph(first.id, "Övrig fråga", decision="Noteras").value
    assert added.number == 10
    next_year = service.draft(january, MinutesKind.PROTOCOL).value
    assert numbers(service, next_year) == [1, 2, 3]
    assert {p.year for p in service.paragraphs(next_year.id or 0)} == {2027}


def test_each_body_has_its_own_series(db: Database) -> None:
    add_organisation(db, DELEGATION)
    service = MinutesService(db)
    first = service.draft(meeting_with_items(db, dt.date(2026, 2, 10)), MinutesKind.PROTOCOL)
    other = service.draft(
        meeting_with_items(db, dt.date(2026, 2, 11)), MinutesKind.PROTOCOL, "Arbetsutskottet"
    )
    assert numbers(service, first.value) == [1, 2, 3]
    assert numbers(service, other.value) == [1, 2, 3]
    assert other.value.body == "Arbetsutskottet"


def test_notes_are_numbered_within_themselves(db: Database) -> None:
    add_organisation(db, DELEGATION)
    board = add_board(db, "Socialnämnden")
    service = MinutesService(db)
    protocol = service.draft(meeting_with_items(db, dt.date(2026, 2, 10)), MinutesKind.PROTOCOL)
    dialogue = meeting_with_items(
        db,
        dt.date(2026, 3, 1),
        ("Frågor om statistik", "Åtaganden"),
        MeetingKind.BUDGET_DIALOGUE,
        (board,),
    )
    notes = service.draft(dialogue, MinutesKind.NOTES).value
    assert notes.id is not None
    assert numbers(service, notes) == [1, 2, 3, 4, 5]
    assert service.add_paragraph(notes.id, "Uppföljning").value.number == 6
    # Notes take no § numbers: the next protocol of the year runs on from the first.
    later = service.draft(meeting_with_items(db, dt.date(2026, 4, 1)), MinutesKind.PROTOCOL)
    assert numbers(service, protocol.value) == [1, 2, 3]
    assert numbers(service, later.value) == [4, 5, 6]
    second = service.paragraphs(notes.id)[1]
    remaining = service.remove_paragraph(second.id or 0).value
    assert [(p.number, p.heading) for p in remaining] == [
        (1, "Mötets öppnande"),
        (2, "Godkännande av dagordningen"),
        (3, "Frågor om statistik"),
        (4, "Åtaganden"),
        (5, "Uppföljning"),
    ]


def test_a_meeting_gets_one_set_of_minutes(db: Database) -> None:
    service = MinutesService(db)
    meeting_id = meeting_with_items(db, dt.date(2026, 2, 10))
    service.draft(meeting_id, MinutesKind.NOTES)
    with pytest.raises(DomainError, match="already has minutes"):
        service.draft(meeting_id, MinutesKind.PROTOCOL)
    assert len(service.for_meeting(meeting_id)) == 1


def test_a_cancelled_or_unknown_meeting_gets_no_minutes(db: Database) -> None:
    service = MinutesService(db)
    meeting_id = meeting_with_items(db, dt.date(2026, 2, 10))
    MeetingService(db).set_status(meeting_id, MeetingStatus.CANCELLED)
    with pytest.raises(DomainError, match="cancelled meeting"):
        service.draft(meeting_id, MinutesKind.PROTOCOL)
    with pytest.raises(NotFoundError, match="no meeting with id 99"):
        service.draft(99, MinutesKind.PROTOCOL)


def test_paragraphs_are_edited_while_not_adjusted(db: Database) -> None:
    service = MinutesService(db)
    minutes = service.draft(
        meeting_with_items(db, dt.date(2026, 2, 10), ("Handlingsplan",)), MinutesKind.PROTOCOL
    ).value
    paragraph = service.paragraphs(minutes.id or 0)[3]
    updated = service.update_paragraph(
        paragraph.id or 0,
        heading="Handlingsplan för jämställdhet",
        diary_number="KS 2026/12",
        summary="Förslaget presenteras.",
        decision=" Delegationen godkänner förslaget. ",
        sent_to="Kommunstyrelsen",
    ).value
    assert updated.decision == "Delegationen godkänner förslaget."
    assert service.paragraphs(minutes.id or 0)[3] == updated
    with pytest.raises(ValidationError, match="heading cannot be empty"):
        service.update_paragraph(paragraph.id or 0, heading=" ")
    with pytest.raises(ValidationError, match="run on by themselves"):
        service.add_paragraph(minutes.id or 0, "Extra", number=7)
    other_meeting = meeting_with_items(db, dt.date(2026, 2, 11))
    foreign_item = AgendaService(db).items(other_meeting)[0]
    with pytest.raises(ValidationError, match="belongs to another meeting"):
        service.add_paragraph(minutes.id or 0, "Lånad punkt", agenda_item_id=foreign_item.id)
    with pytest.raises(NotFoundError, match="no agenda item with id 999"):
        service.add_paragraph(minutes.id or 0, "Okänd punkt", agenda_item_id=999)
    own_item = AgendaService(db).items(minutes.meeting_id)[3]
    linked = service.add_paragraph(minutes.id or 0, "Fortsättning", agenda_item_id=own_item.id)
    assert (linked.value.number, linked.value.agenda_item_id) == (5, own_item.id)


def test_a_removed_paragraph_leaves_no_gap_in_the_series(db: Database) -> None:
    service = MinutesService(db)
    earlier = service.draft(
        meeting_with_items(db, dt.date(2026, 2, 10)), MinutesKind.PROTOCOL
    ).value
    latest = service.draft(
        meeting_with_items(db, dt.date(2026, 3, 10), ("Budget",)), MinutesKind.PROTOCOL
    ).value
    assert numbers(service, latest) == [4, 5, 6, 7]
    # In the latest protocol the later paragraphs move up and close the gap.
    fifth = service.paragraphs(latest.id or 0)[1]
    remaining = service.remove_paragraph(fifth.id or 0).value
    assert [(p.number, p.heading) for p in remaining] == [
        (4, "Mötets öppnande"),
        (5, "Godkännande av dagordningen"),
        (6, "Budget"),
    ]
    # An earlier protocol's paragraphs stay: the series already runs on after them.
    second = service.paragraphs(earlier.id or 0)[1]
    with pytest.raises(DomainError, match="continue the § numbering, so § 2 cannot be removed"):
        service.remove_paragraph(second.id or 0)
    assert numbers(service, earlier) == [1, 2, 3]
    # A paragraph added to the earlier protocol is last in the series and may go again.
    extra = service.add_paragraph(earlier.id or 0, "Tillägg").value
    assert extra.number == 7
    service.remove_paragraph(extra.id or 0)
    assert service.add_paragraph(latest.id or 0, "Övrigt").value.number == 7


def test_a_paragraph_a_sent_request_cites_keeps_its_number(db: Database) -> None:
    service = MinutesService(db)
    board = add_board(db, "Socialnämnden")
    minutes = service.draft(
        meeting_with_items(db, dt.date(2026, 2, 10), ("Återrapportering",)), MinutesKind.PROTOCOL
    ).value
    fourth = service.paragraphs(minutes.id or 0)[3]
    add_request(db, minutes.meeting_id, board, paragraph_id=fourth.id, status="sent")
    second = service.paragraphs(minutes.id or 0)[1]
    with pytest.raises(DomainError, match="sent reporting request cites paragraph 4"):
        service.remove_paragraph(second.id or 0)
    with pytest.raises(DomainError, match="sent reporting request cites these minutes"):
        service.delete(minutes.id or 0)
    assert numbers(service, minutes) == [1, 2, 3, 4]


def test_a_protocol_needs_an_adjuster_before_adjustment(db: Database) -> None:
    service = MinutesService(db)
    meeting_id = meeting_with_items(db, dt.date(2026, 2, 10))
    minutes = service.draft(meeting_id, MinutesKind.PROTOCOL).value
    assert minutes.id is not None
    with pytest.raises(ValidationError, match="at least one adjuster"):
        service.mark_adjusted(minutes.id, dt.date(2026, 2, 17))
    adjusters = [add_person(db, "Åsa Lund"), add_person(db, "Bo Ek")]
    with pytest.raises(NotFoundError, match="no person with id 999"):
        service.set_adjusters(minutes.id, [adjusters[0], 999])
    with pytest.raises(ValidationError, match="chosen twice"):
        service.set_adjusters(minutes.id, [adjusters[0], adjusters[0]])
    service.set_adjusters(minutes.id, adjusters)
    service.set_adjustment(minutes.id, " Kommunhuset ", dt.date(2026, 2, 17), dt.time(8, 0))
    with pytest.raises(ValidationError, match="before the meeting"):
        service.mark_adjusted(minutes.id, dt.date(2026, 2, 9))
    adjusted = service.mark_adjusted(minutes.id, dt.date(2026, 2, 17)).value
    assert (adjusted.adjusted, adjusted.adjusted_on) == (True, dt.date(2026, 2, 17))
    assert set(adjusted.adjuster_ids) == set(adjusters)
    assert adjusted.adjustment_place == "Kommunhuset"
    assert adjusted.adjustment_time == dt.time(8, 0)


def test_notes_are_adjusted_without_an_adjuster(db: Database) -> None:
    service = MinutesService(db)
    minutes = service.draft(meeting_with_items(db, dt.date(2026, 2, 10)), MinutesKind.NOTES).value
    adjusted = service.mark_adjusted(minutes.id or 0, dt.date(2026, 2, 11)).value
    assert adjusted.adjusted


def test_empty_minutes_are_not_adjusted(db: Database) -> None:
    service = MinutesService(db)
    meeting = MeetingService(db).plan(
        Meeting(MeetingKind.DELEGATION_MEETING, dt.date(2026, 2, 10), dt.time(9, 0)),
        with_standard_agenda=False,
    )
    minutes = service.draft(meeting.value.id or 0, MinutesKind.NOTES).value
    assert service.paragraphs(minutes.id or 0) == []
    with pytest.raises(ValidationError, match="no paragraphs"):
        service.mark_adjusted(minutes.id or 0, dt.date(2026, 2, 11))


def test_adjusted_minutes_cannot_change_through_the_service(db: Database) -> None:
    service = MinutesService(db)
    minutes = adjusted_protocol(db, service)
    minutes_id = minutes.id or 0
    paragraph = service.paragraphs(minutes_id)[0]
    paragraph_id = paragraph.id or 0
    other = add_person(db, "Erik Nyström")
    attempts: list[Callable[[], object]] = [
        lambda: service.update_paragraph(paragraph_id, heading="Nytt", decision="Ändrat"),
        lambda: service.add_paragraph(minutes_id, "Tillägg"),
        lambda: service.remove_paragraph(paragraph_id),
        lambda: service.set_adjusters(minutes_id, [other]),
        lambda: service.set_adjustment(minutes_id, "Annat rum", None, None),
        lambda: service.set_details(minutes_id, diary_number="KS 2026/1", secretary_id=None),
        lambda: service.mark_adjusted(minutes_id, dt.date(2026, 4, 1)),
        lambda: service.delete(minutes_id),
    ]
    for attempt in attempts:
        with pytest.raises(AdjustedMinutesError) as caught:
            attempt()
        assert caught.value.message == ADJUSTED_MESSAGE
    assert service.get(minutes_id) == minutes
    assert service.paragraphs(minutes_id)[0] == paragraph
    assert numbers(service, minutes) == [1, 2, 3, 4]


def test_the_stores_refusal_reaches_the_user_as_the_same_message(db: Database) -> None:
    service = MinutesService(db)
    minutes = adjusted_protocol(db, service)
    with (
        pytest.raises(AdjustedMinutesError) as caught,
        refusing_adjusted_changes(),
        db.transaction() as conn,
    ):
        conn.execute("UPDATE minutes SET body = 'Annan' WHERE id = ?", (minutes.id,))
    assert caught.value.message == ADJUSTED_MESSAGE
    assert service.get(minutes.id or 0).body == DELEGATION


def test_a_correction_is_a_separate_record_referring_to_the_original(db: Database) -> None:
    service = MinutesService(db)
    original = adjusted_protocol(db, service)
    assert original.id is not None
    with pytest.raises(ValidationError, match="reason for the correction cannot be empty"):
        service.create_correction(original.id, "  ")
    correction = service.create_correction(original.id, " Fel datum i § 4. ").value
    assert correction.id is not None and correction.id != original.id
    assert correction.corrects_id == original.id
    assert correction.correction_reason == "Fel datum i § 4."
    reason = service.set_correction_reason(correction.id, "Fel datum och fel mottagare i § 4.")
    assert service.get(correction.id).correction_reason == reason.value.correction_reason
    assert (correction.meeting_id, correction.kind, correction.body) == (
        original.meeting_id,
        original.kind,
        original.body,
    )
    assert correction.adjuster_ids == original.adjuster_ids
    assert (correction.diary_number, correction.adjustment_place) == ("KS 2026/20", "Kommunhuset")
    assert (correction.adjustment_date, correction.adjustment_time) == (None, None)
    assert (correction.adjusted, correction.adjusted_on) == (False, None)
    assert service.paragraphs(correction.id) == []
    # Its paragraphs carry the numbers they correct, which the series does not count.
    fixed = service.add_paragraph(
        correction.id, "Handlingsplan", decision="Rättat beslut", number=4
    ).value
    assert fixed.number == 4
    with pytest.raises(ValidationError, match="one of 1, 2, 3, 4"):
        service.add_paragraph(correction.id, "Okänd", number=9)
    with pytest.raises(ValidationError, match="one of 1, 2, 3, 4"):
        service.add_paragraph(correction.id, "Utan nummer")
    with pytest.raises(ValidationError, match="already corrects paragraph 4"):
        service.add_paragraph(correction.id, "Igen", number=4)
    assert service.get(original.id) == original
    assert [m.id for m in service.for_meeting(original.meeting_id)] == [original.id, correction.id]
    later = service.draft(meeting_with_items(db, dt.date(2026, 4, 1)), MinutesKind.PROTOCOL)
    assert numbers(service, later.value) == [5, 6, 7]
    # The correction is adjusted on its own and then kept like any minutes.
    adjusted = service.mark_adjusted(correction.id, dt.date(2026, 3, 20)).value
    assert adjusted.adjusted
    with pytest.raises(AdjustedMinutesError):
        service.update_paragraph(fixed.id or 0, heading="Ännu en ändring")
    with pytest.raises(AdjustedMinutesError):
        service.set_correction_reason(correction.id, "Något annat")
    with pytest.raises(DomainError, match="Only a correction"):
        service.set_correction_reason(later.value.id or 0, "Inget att rätta")


def test_only_adjusted_minutes_are_corrected(db: Database) -> None:
    service = MinutesService(db)
    minutes = service.draft(
        meeting_with_items(db, dt.date(2026, 2, 10)), MinutesKind.PROTOCOL
    ).value
    with pytest.raises(DomainError, match="not adjusted yet"):
        service.create_correction(minutes.id or 0, "Skrivfel")
    with pytest.raises(NotFoundError, match="no minutes with id 404"):
        service.create_correction(404, "Skrivfel")


def test_draft_minutes_are_deleted_unless_the_series_runs_on(db: Database) -> None:
    service = MinutesService(db)
    first = service.draft(meeting_with_items(db, dt.date(2026, 2, 10)), MinutesKind.PROTOCOL)
    second = service.draft(meeting_with_items(db, dt.date(2026, 3, 10)), MinutesKind.PROTOCOL)
    with pytest.raises(DomainError, match="cannot be deleted"):
        service.delete(first.value.id or 0)
    assert service.delete(second.value.id or 0).changed == {RecordKind.MINUTES}
    assert service.for_meeting(second.value.meeting_id) == []
    service.delete(first.value.id or 0)
    again = service.draft(second.value.meeting_id, MinutesKind.PROTOCOL).value
    assert numbers(service, again) == [1, 2, 3]


def test_set_details_names_the_secretary(db: Database) -> None:
    service = MinutesService(db)
    minutes = service.draft(
        meeting_with_items(db, dt.date(2026, 2, 10)), MinutesKind.PROTOCOL
    ).value
    secretary = add_person(db, "Maria Holm", "official")
    saved = service.set_details(
        minutes.id or 0, diary_number=" KS 2026/31 ", secretary_id=secretary
    ).value
    assert (saved.diary_number, saved.secretary_id) == ("KS 2026/31", secretary)
    assert service.get(minutes.id or 0) == saved
    with pytest.raises(NotFoundError, match="no person with id 999"):
        service.set_details(minutes.id or 0, diary_number="", secretary_id=999)
