"""A dialogue with one board: who came, the agenda, questions, commitments and notes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jamdesk.domain.boards import BoardKind
from jamdesk.domain.meetings import AgendaItemKind, Attendance, Meeting, ParticipantRole
from jamdesk.domain.minutes import Minutes, MinutesKind, Paragraph
from jamdesk.domain.reviews import DevelopmentNeed, DocumentKind, DocumentReview, NeedStatus
from jamdesk.services.example.agenda import (
    CLOSING_ITEM,
    Agenda,
    Entry,
    call,
    links_to_commitments,
    links_to_requests,
    open_requests,
    pending_commitments,
)
from jamdesk.services.example.calendar import PlannedMeeting
from jamdesk.services.example.context import BoardInfo, ExampleContext
from jamdesk.services.example.records import (
    record_commitment,
    record_question,
    record_request,
    request_due,
)
from jamdesk.services.example.texts import (
    COMMITMENTS,
    DEVELOPMENT_NEEDS,
    DIALOGUE_INFORMATION,
    GENERIC_QUESTIONS,
    NEED_NOTES_ADDRESSED,
    NEED_NOTES_CLOSED,
    REVIEW_DOCUMENTS,
    REVIEW_FINDINGS,
    REVIEW_VERSIONS,
    counted,
)

_DAY = dt.timedelta(days=1)


@dataclass
class _DialogueAgenda:
    """The items of a dialogue's agenda that its notes and records refer to."""

    agenda: Agenda
    opening: list[Entry]
    information: Entry
    questions: Entry
    promises: Entry
    closing: Entry


def hold_dialogue(ctx: ExampleContext, planned: PlannedMeeting) -> None:
    """Store a dialogue and, if it was held, everything that was said and promised there."""
    board = planned.board
    assert board is not None, "a dialogue is held with a board"
    day = planned.date
    meeting = ctx.rows.add_meeting(
        Meeting(
            kind=planned.kind,
            date=day,
            start=planned.start,
            end=planned.end,
            place=planned.place,
            title=planned.title,
            status=planned.status,
            board_ids=(board.id,),
            notes=planned.notes,
        )
    )
    assert meeting.id is not None
    askers = _call_participants(ctx, meeting.id, board, planned)
    items = _build_agenda(ctx, meeting.id, board, planned)
    if not planned.held:
        return
    chair = next((seat.name for seat in ctx.seats_on(day) if seat.ordinary), "")
    items.opening[0].summary = f"Ordföranden {chair} hälsade välkommen och öppnade mötet."
    items.opening[1].summary = "Minnesanteckningarna justeras inte; de skickas till deltagarna."
    items.opening[2].summary = "Dagordningen godkändes."
    topic = items.information.title.lower()
    items.information.summary = f"{_officials(board)} redogjorde för {topic}."
    items.closing.summary = "Ordföranden tackade för dialogen och avslutade mötet."
    question_ids = _ask_questions(ctx, planned, board, meeting.id, items.questions, askers)
    _make_commitments(ctx, planned, board, meeting.id, items.promises, question_ids)
    _request_reports(ctx, planned, board, meeting.id, items.questions, question_ids)
    for _ in range(planned.needs):
        _add_need(ctx, board, meeting.id, day)
    for index in range(planned.reviews):
        _add_review(ctx, planned, board, meeting.id, index)
    _write_notes(ctx, meeting.id, day, items.agenda.entries)


def _build_agenda(
    ctx: ExampleContext, meeting_id: int, board: BoardInfo, planned: PlannedMeeting
) -> _DialogueAgenda:
    """Add the opening, the follow-ups of what is still pending, and the dialogue's own items."""
    day = planned.date
    agenda = Agenda(ctx, meeting_id)
    opening = agenda.add_opening()
    commitments = pending_commitments(ctx, board.id, day)
    if commitments:
        entry = agenda.add(
            AgendaItemKind.FOLLOW_UP,
            "Uppföljning av tidigare åtaganden",
            links=links_to_commitments(commitments),
        )
        entry.summary = (
            f"Delegationen följde upp {counted(len(commitments), 'åtagande', 'åtaganden')}."
        )
    requests = open_requests(ctx, board.id, day)
    if requests:
        entry = agenda.add(
            AgendaItemKind.FOLLOW_UP,
            "Uppföljning av begärd återrapportering",
            links=links_to_requests(requests),
        )
        entry.summary = (
            f"Delegationen gick igenom {counted(len(requests), 'begäran', 'begäranden')} "
            "om återrapportering."
        )
    information = agenda.add(
        AgendaItemKind.INFORMATION,
        DIALOGUE_INFORMATION[planned.kind.value].format(year=day.year, next_year=day.year + 1),
    )
    return _DialogueAgenda(
        agenda=agenda,
        opening=opening,
        information=information,
        questions=agenda.add(AgendaItemKind.QUESTION, "Frågor från delegationen"),
        promises=agenda.add(AgendaItemKind.OTHER, "Åtaganden och fortsatt uppföljning"),
        closing=agenda.add(AgendaItemKind.OTHER, CLOSING_ITEM),
    )


def _request_reports(
    ctx: ExampleContext,
    planned: PlannedMeeting,
    board: BoardInfo,
    meeting_id: int,
    item: Entry,
    question_ids: list[int],
) -> None:
    """Store the reporting requests the delegation made at the dialogue itself."""
    day = planned.date
    for request in planned.requests:
        record_request(
            ctx,
            board=board,
            form=request.form,
            made_on=day,
            due_on=request_due(ctx, day, overdue=request.overdue),
            diary_number=ctx.diary.next(day.year),
            overdue=request.overdue,
            meeting_id=meeting_id,
            agenda_item_id=item.id,
            question_id=ctx.rng.choice(question_ids) if ctx.rng.random() < 0.5 else None,
        )
    if planned.requests:
        asked = counted(len(planned.requests), "återrapportering", "återrapporteringar")
        item.summary += f" Delegationen begärde {asked}."


def _call_participants(
    ctx: ExampleContext, meeting_id: int, board: BoardInfo, planned: PlannedMeeting
) -> list[int]:
    """Call the delegation's members and the board's people; return who can ask questions."""
    held = planned.held
    askers = []
    seats = [seat for seat in ctx.seats_on(planned.date) if seat.ordinary]
    for seat in seats:
        role = ParticipantRole(seat.role.value)
        attendance = call(ctx, meeting_id, seat.person_id, role, held=held, absent_chance=0.12)
        if attendance is Attendance.PRESENT:
            askers.append(seat.person_id)
    call(ctx, meeting_id, ctx.secretary_id, ParticipantRole.SECRETARY, held=held, absent_chance=0)
    call(
        ctx,
        meeting_id,
        board.chair_id,
        ParticipantRole.BOARD_REPRESENTATIVE,
        held=held,
        absent_chance=0.1,
    )
    call(ctx, meeting_id, board.manager_id, ParticipantRole.OFFICIAL, held=held, absent_chance=0.05)
    if board.contact_ids:
        contact = ctx.rng.choice(board.contact_ids)
        call(ctx, meeting_id, contact, ParticipantRole.OFFICIAL, held=held, absent_chance=0.15)
    return askers or [seat.person_id for seat in seats]


def _ask_questions(
    ctx: ExampleContext,
    planned: PlannedMeeting,
    board: BoardInfo,
    meeting_id: int,
    item: Entry,
    askers: list[int],
) -> list[int]:
    """Store the members' questions to the board's manager or chair; return their ids."""
    rng = ctx.rng
    count = rng.randint(*ctx.profile.questions_per_dialogue)
    pool = board.template.questions + GENERIC_QUESTIONS
    texts = rng.sample(pool, min(count, len(pool)))
    question_ids = []
    for text in texts:
        addressed_to = board.manager_id if rng.random() < 0.7 else board.chair_id
        question_ids.append(
            record_question(
                ctx,
                board=board,
                meeting_id=meeting_id,
                agenda_item_id=item.id,
                asked_on=planned.date,
                text=text,
                asked_by_id=rng.choice(askers),
                addressed_to_id=addressed_to,
            )
        )
    item.summary = (
        f"Delegationen ställde {counted(len(texts), 'fråga', 'frågor')}; "
        "frågor och svar redovisas i bilaga."
    )
    return question_ids


def _make_commitments(
    ctx: ExampleContext,
    planned: PlannedMeeting,
    board: BoardInfo,
    meeting_id: int,
    item: Entry,
    question_ids: list[int],
) -> None:
    """Store what the board or its manager promised at the dialogue."""
    rng = ctx.rng
    descriptions = []
    count = rng.randint(*ctx.profile.commitments_per_dialogue)
    for template in rng.sample(COMMITMENTS, min(count, len(COMMITMENTS))):
        description = template.format(area=rng.choice(board.template.areas))
        record_commitment(
            ctx,
            board=board,
            meeting_id=meeting_id,
            agenda_item_id=item.id,
            question_id=rng.choice(question_ids) if question_ids and rng.random() < 0.5 else None,
            made_on=planned.date,
            made_by_id=board.manager_id if rng.random() < 0.7 else board.chair_id,
            description=description,
        )
        descriptions.append(description)
    promised = "; ".join(d[0].lower() + d[1:] for d in descriptions)
    item.summary = f"{_officials(board)} åtog sig att: {promised}."


def _officials(board: BoardInfo) -> str:
    """Return who speaks for the board's officials: the administration or the company."""
    return "Bolaget" if board.kind is BoardKind.COMPANY else "Förvaltningen"


def _add_need(ctx: ExampleContext, board: BoardInfo, meeting_id: int, day: dt.date) -> None:
    """Store a development need found at the dialogue, followed up as far as its age allows."""
    rng = ctx.rng
    age = ctx.today.year - day.year
    if age == 0:
        status = NeedStatus.OPEN if rng.random() < 0.65 else NeedStatus.ADDRESSED
    else:
        closed_share = 0.5 if age == 1 else 0.8
        status = NeedStatus.CLOSED if rng.random() < closed_share else NeedStatus.ADDRESSED
    note = {
        NeedStatus.OPEN: "",
        NeedStatus.ADDRESSED: NEED_NOTES_ADDRESSED,
        NeedStatus.CLOSED: NEED_NOTES_CLOSED,
    }[status]
    ctx.rows.add_need(
        DevelopmentNeed(
            description=rng.choice(DEVELOPMENT_NEEDS).format(area=rng.choice(board.template.areas)),
            identified_on=day,
            board_id=board.id,
            meeting_id=meeting_id,
            status=status,
            note=note,
            goal_ids=ctx.goals_for_tagging(1, 1),
        )
    )


def _add_review(
    ctx: ExampleContext, planned: PlannedMeeting, board: BoardInfo, meeting_id: int, index: int
) -> None:
    """Store the review of the governance document the secretary read before the dialogue."""
    rng = ctx.rng
    year = planned.date.year
    kind, title = REVIEW_DOCUMENTS[planned.kind.value]
    if index > 0:
        kind, title = DocumentKind.BUSINESS_PLAN, "Verksamhetsplan {year}"
    reviewed_on = planned.date - rng.randint(3, 14) * _DAY
    seats = ctx.seats_on(planned.date)
    reviewer = ctx.secretary_id
    if seats and rng.random() < 0.4:
        reviewer = rng.choice(seats).person_id
    ctx.rows.add_review(
        DocumentReview(
            board_id=board.id,
            document_title=title.format(year=year, next_year=year + 1, previous_year=year - 1),
            document_kind=kind,
            reviewed_on=reviewed_on,
            version=rng.choice(REVIEW_VERSIONS),
            document_date=reviewed_on - rng.randint(7, 40) * _DAY,
            findings=rng.choice(REVIEW_FINDINGS),
            reviewer_id=reviewer,
            meeting_id=meeting_id,
            goal_ids=ctx.goals_for_tagging(1, 2),
        )
    )


def _write_notes(ctx: ExampleContext, meeting_id: int, day: dt.date, entries: list[Entry]) -> None:
    """Write the dialogue's notes: one item per agenda item, numbered 1..n, no § series."""
    minutes_id = ctx.rows.add_minutes(
        Minutes(
            meeting_id=meeting_id,
            kind=MinutesKind.NOTES,
            body=ctx.delegation,
            diary_number=ctx.yearly_case("notes", day.year),
            secretary_id=ctx.secretary_id,
        )
    )
    for number, entry in enumerate(entries, start=1):
        ctx.rows.add_paragraph(
            Paragraph(
                minutes_id=minutes_id,
                body=ctx.delegation,
                year=day.year,
                number=number,
                heading=entry.title,
                summary=entry.summary,
                agenda_item_id=entry.id,
            )
        )
