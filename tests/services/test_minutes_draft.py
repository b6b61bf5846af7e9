"""Drafting minutes from what was recorded: notes, questions, commitments, requests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jamdesk.domain.commitments import Commitment
from jamdesk.domain.meetings import (
    AgendaItemKind,
    Meeting,
    MeetingKind,
    ParticipantRole,
)
from jamdesk.domain.minutes import MinutesKind, Paragraph
from jamdesk.domain.questions import Question, QuestionStatus
from jamdesk.domain.requests import ReportForm, ReportingRequest
from jamdesk.services.container import Services, build_services
from jamdesk.services.minutes_draft import OTHER_HEADING
from jamdesk.store.database import Database
from tests.store.test_meetings_store import add_board, add_organisation, add_person

DAY = dt.date(2026, 3, 12)
DELEGATION = "Jämställdhetsdelegationen i Storvik"


@dataclass
class Dialogue:
    """A meeting with the board Socialnämnden, its people and its agenda."""

    services: Services
    meeting_id: int
    board_id: int
    asker_id: int
    manager_id: int
    item_ids: dict[str, int]


def plan(
    db: Database,
    kind: MeetingKind = MeetingKind.BUDGET_DIALOGUE,
    items: tuple[str, ...] = ("Statistik", "Handlingsplan"),
    closing: bool = True,
) -> Dialogue:
    """Plan a meeting with the opening items, ``items`` and perhaps a closing item."""
    add_organisation(db, DELEGATION)
    services = build_services(db)
    board_id = add_board(db, "Socialnämnden")
    asker_id = add_person(db, "Åsa Lindqvist")
    manager_id = add_person(db, "Örjan Berg", "official")
    meeting = services.meetings.plan(
        Meeting(kind, DAY, dt.time(13, 0), board_ids=(board_id,))
    ).value
    assert meeting.id is not None
    titles = (*items, "Mötets avslutande") if closing else items
    for title in titles:
        services.agenda.add_item(meeting.id, AgendaItemKind.OTHER, title, diary_number="")
    item_ids = {item.title: item.id or 0 for item in services.agenda.items(meeting.id)}
    return Dialogue(services, meeting.id, board_id, asker_id, manager_id, item_ids)


def ask(d: Dialogue, item: str | None, text: str, answer: str = "") -> None:
    d.services.questions.record(
        Question(
            meeting_id=d.meeting_id,
            board_id=d.board_id,
            text=text,
            asked_by_id=d.asker_id,
            addressed_to_id=d.manager_id,
            agenda_item_id=None if item is None else d.item_ids[item],
            answer=answer,
            status=QuestionStatus.ANSWERED if answer else QuestionStatus.OPEN,
        ),
        DAY,
    )


def promise(d: Dialogue, item: str | None, description: str) -> None:
    d.services.commitments.record(
        Commitment(
            board_id=d.board_id,
            description=description,
            created_on=DAY,
            due_on=dt.date(2027, 3, 31),
            responsible_id=d.manager_id,
            meeting_id=d.meeting_id,
            agenda_item_id=None if item is None else d.item_ids[item],
        )
    )


def request(d: Dialogue, item: str | None, subject: str) -> None:
    d.services.requests.create(
        ReportingRequest(
            board_id=d.board_id,
            subject=subject,
            form=ReportForm.STATISTICS_BY_SEX,
            due_on=dt.date(2027, 4, 30),
            created_on=DAY,
            meeting_id=d.meeting_id,
            agenda_item_id=None if item is None else d.item_ids[item],
        )
    )


def drafted(d: Dialogue, kind: MinutesKind) -> dict[str, Paragraph]:
    minutes = d.services.minutes.draft(d.meeting_id, kind).value
    assert minutes.id is not None
    return {p.heading: p for p in d.services.minutes.paragraphs(minutes.id)}


def test_notes_start_from_what_was_said_asked_promised_and_requested(db: Database) -> None:
    d = plan(db)
    d.services.agenda.update_item(
        d.item_ids["Statistik"],
        kind=AgendaItemKind.OTHER,
        title="Statistik",
        notes="Förvaltningen redovisade statistiken.",
    )
    ask(d, "Statistik", "Hur många kvinnor får hemtjänst", "Cirka 60 procent")
    promise(d, "Statistik", "Ta fram könsuppdelad statistik.")
    request(d, "Statistik", "Könsuppdelad statistik för hemtjänsten")

    statistics = drafted(d, MinutesKind.NOTES)["Statistik"]

    assert statistics.summary == (
        "Förvaltningen redovisade statistiken.\n\n"
        "Fråga från Åsa Lindqvist till Örjan Berg, Socialnämnden: "
        "Hur många kvinnor får hemtjänst.\n"
        "Svar: Cirka 60 procent.\n\n"
        "Åtagande: Ta fram könsuppdelad statistik (ansvarig Örjan Berg, senast 2027-03-31).\n\n"
        "Delegationen begär återrapportering från Socialnämnden: "
        "Könsuppdelad statistik för hemtjänsten senast 2027-04-30."
    )
    # Notes take no decisions: requests are part of what happened.
    assert (statistics.decision, statistics.sent_to) == ("", "")


def test_a_protocol_turns_requests_decided_at_an_item_into_its_decision(db: Database) -> None:
    d = plan(db, MeetingKind.DELEGATION_MEETING, ("Begäran om statistik",))
    culture = add_board(db, "Kultur- och fritidsnämnden")
    ask(d, "Begäran om statistik", "Varför saknas statistik?")
    request(d, "Begäran om statistik", "Könsuppdelad statistik för hemtjänsten.")
    d.services.requests.create(
        ReportingRequest(
            board_id=culture,
            subject="Analys av bidragen till föreningar",
            form=ReportForm.RESOURCE_ANALYSIS,
            due_on=dt.date(2027, 5, 31),
            created_on=DAY,
            meeting_id=d.meeting_id,
            agenda_item_id=d.item_ids["Begäran om statistik"],
        )
    )

    paragraph = drafted(d, MinutesKind.PROTOCOL)["Begäran om statistik"]

    assert paragraph.summary == (
        "Fråga från Åsa Lindqvist till Örjan Berg, Socialnämnden: Varför saknas statistik?"
    )
    assert paragraph.decision == (
        f"{DELEGATION} begär att Socialnämnden senast 2027-04-30 återrapporterar "
        "könsuppdelad statistik för hemtjänsten.\n"
        f"{DELEGATION} begär att Kultur- och fritidsnämnden senast 2027-05-31 "
        "återrapporterar analys av bidragen till föreningar."
    )
    assert paragraph.sent_to == "Socialnämnden, Kultur- och fritidsnämnden"


def test_records_at_no_item_get_their_own_paragraph_before_the_closing_item(
    db: Database,
) -> None:
    d = plan(db)
    ask(d, None, "Hur går arbetet med handlingsplanen?")

    minutes = d.services.minutes.draft(d.meeting_id, MinutesKind.NOTES).value
    paragraphs = d.services.minutes.paragraphs(minutes.id or 0)

    assert [(p.number, p.heading) for p in paragraphs][-3:] == [
        (5, "Handlingsplan"),
        (6, OTHER_HEADING),
        (7, "Mötets avslutande"),
    ]
    other = paragraphs[5]
    assert other.agenda_item_id is None
    assert "Hur går arbetet med handlingsplanen?" in other.summary
    # Without a closing item the paragraph comes last.
    d2 = plan_second_meeting(d, closing=False)
    ask(d2, None, "Finns det en budget?")
    second = d.services.minutes.draft(d2.meeting_id, MinutesKind.NOTES).value
    assert d.services.minutes.paragraphs(second.id or 0)[-1].heading == OTHER_HEADING


def plan_second_meeting(d: Dialogue, closing: bool) -> Dialogue:
    """Plan another dialogue with the same board and people."""
    services = d.services
    meeting = services.meetings.plan(
        Meeting(MeetingKind.CHECK_IN, DAY, dt.time(9, 0), board_ids=(d.board_id,))
    ).value
    assert meeting.id is not None
    if closing:
        services.agenda.add_item(meeting.id, AgendaItemKind.OTHER, "Mötets avslutande")
    item_ids = {item.title: item.id or 0 for item in services.agenda.items(meeting.id)}
    return Dialogue(services, meeting.id, d.board_id, d.asker_id, d.manager_id, item_ids)


def test_records_at_no_item_go_to_the_agendas_other_business(db: Database) -> None:
    d = plan(db, items=("Statistik", "Övriga frågor"))
    promise(d, None, "Bjuda in delegationen till arbetsplatsträffen")

    paragraphs = drafted(d, MinutesKind.NOTES)

    assert OTHER_HEADING not in paragraphs
    assert paragraphs["Övriga frågor"].summary == (
        "Åtagande: Bjuda in delegationen till arbetsplatsträffen "
        "(ansvarig Örjan Berg, senast 2027-03-31)."
    )


def test_a_draft_without_records_has_only_the_agenda(db: Database) -> None:
    d = plan(db)

    paragraphs = drafted(d, MinutesKind.NOTES)

    assert list(paragraphs) == [
        "Mötets öppnande",
        "Val av justerare",
        "Godkännande av dagordningen",
        "Statistik",
        "Handlingsplan",
        "Mötets avslutande",
    ]
    assert all(not p.summary and not p.decision for p in paragraphs.values())


def test_the_meetings_secretary_keeps_the_minutes(db: Database) -> None:
    d = plan(db, MeetingKind.DELEGATION_MEETING)
    secretary = add_person(db, "Karin Sekreterare", "official")
    d.services.meetings.call(d.meeting_id, d.asker_id, ParticipantRole.CHAIR)
    d.services.meetings.call(d.meeting_id, secretary, ParticipantRole.SECRETARY)

    minutes = d.services.minutes.draft(d.meeting_id, MinutesKind.PROTOCOL).value

    assert minutes.secretary_id == secretary


def test_without_a_secretary_at_the_meeting_nobody_is_chosen(db: Database) -> None:
    d = plan(db)
    d.services.meetings.call(d.meeting_id, d.asker_id, ParticipantRole.CHAIR)

    minutes = d.services.minutes.draft(d.meeting_id, MinutesKind.NOTES).value

    assert minutes.secretary_id is None
