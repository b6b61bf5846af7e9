"""The delegation's own meetings: attendance with substitutes, agenda, protocol and decisions."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from jamdesk.domain.meetings import (
    STANDARD_OPENING_ITEMS,
    AgendaItemKind,
    Attendance,
    Meeting,
    Participant,
    ParticipantRole,
)
from jamdesk.domain.minutes import Minutes, MinutesKind, Paragraph, next_paragraph_numbers
from jamdesk.domain.requests import ReportForm
from jamdesk.services.example.agenda import (
    CLOSING_ITEM,
    Agenda,
    Entry,
    answered_requests,
    links_to_requests,
    overdue_requests,
)
from jamdesk.services.example.calendar import PlannedMeeting, PlannedRequest
from jamdesk.services.example.context import ExampleContext, ProtocolRecord, Seat
from jamdesk.services.example.names import ADJUSTMENT_PLACE
from jamdesk.services.example.records import record_request, request_due
from jamdesk.services.example.texts import (
    DELEGATION_INFORMATION,
    REQUEST_DECISION_HEADINGS,
    counted,
)

_DAY = dt.timedelta(days=1)
_ADJUSTMENT_TIMES = (dt.time(10, 0), dt.time(13, 30), dt.time(15, 0))


def hold_delegation_meeting(
    ctx: ExampleContext, planned: PlannedMeeting, previous: dt.date | None
) -> None:
    """Store a delegation meeting and, if it was held, its protocol and the requests decided."""
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
            notes=planned.notes,
        )
    )
    assert meeting.id is not None
    present = _call_participants(ctx, meeting.id, planned)
    agenda = Agenda(ctx, meeting.id)
    opening = agenda.add_opening()
    _add_follow_ups(ctx, agenda, previous, day)
    for title in ctx.rng.sample(DELEGATION_INFORMATION, ctx.rng.randint(1, 2)):
        entry = agenda.add(AgendaItemKind.INFORMATION, title)
        entry.summary = "Sekreteraren och jämställdhetsstrategen informerade."
        entry.decision = "Informationen noteras."
    decisions = _decision_items(ctx, agenda, planned)
    other = agenda.add(AgendaItemKind.OTHER, "Övriga frågor")
    other.summary = "Inga övriga frågor anmäldes."
    closing = agenda.add(AgendaItemKind.OTHER, CLOSING_ITEM)
    closing.decision = "Ordföranden förklarar sammanträdet avslutat."
    if not planned.held:
        return
    adjusters = _adjusters(ctx, present)
    opening[0].decision = "Ordföranden förklarar sammanträdet öppnat."
    opening[1].decision = (
        f"{' och '.join(seat.name for seat in adjusters)} utses att jämte ordföranden "
        "justera protokollet."
    )
    opening[2].decision = "Dagordningen godkänns."
    paragraph_ids = _write_protocol(ctx, meeting.id, day, agenda.entries, adjusters)
    for entry, group, due_on in decisions:
        for request in group:
            record_request(
                ctx,
                board=request.board,
                form=request.form,
                made_on=day,
                due_on=due_on,
                diary_number=entry.diary_number,
                meeting_id=meeting.id,
                paragraph_id=paragraph_ids[entry.id],
                agenda_item_id=entry.id,
                overdue=request.overdue,
            )


def _add_follow_ups(
    ctx: ExampleContext, agenda: Agenda, previous: dt.date | None, day: dt.date
) -> None:
    """Add the answers that came in since the last meeting and the ones that are late."""
    since = previous if previous is not None else day - dt.timedelta(days=45)
    answered = answered_requests(ctx, since, day)
    if answered:
        entry = agenda.add(
            AgendaItemKind.FOLLOW_UP,
            "Inkomna återrapporteringar",
            links=links_to_requests(answered),
        )
        entry.summary = (
            f"{counted(len(answered), 'återrapportering', 'återrapporteringar')} "
            "har kommit in sedan förra sammanträdet."
        )
        entry.decision = "Delegationen bedömer redovisningarna enligt bilaga."
    overdue = overdue_requests(ctx, day)
    if overdue:
        entry = agenda.add(
            AgendaItemKind.FOLLOW_UP,
            "Försenade återrapporteringar",
            links=links_to_requests(overdue),
        )
        entry.summary = (
            f"{counted(len(overdue), 'begärd återrapportering', 'begärda återrapporteringar')} "
            "har inte kommit in i tid."
        )
        entry.decision = "Sekreteraren får i uppdrag att skicka påminnelser."
        entry.sent_to = "Berörda nämnder"


def _call_participants(ctx: ExampleContext, meeting_id: int, planned: PlannedMeeting) -> list[Seat]:
    """Call members, substitutes and officials; return the members present or serving."""
    rng = ctx.rng
    held = planned.held
    seats = ctx.seats_on(planned.date)
    ordinary = [seat for seat in seats if seat.ordinary]
    substitutes = [seat for seat in seats if not seat.ordinary]
    absent = [held and rng.random() < 0.12 for _ in ordinary]
    if held and absent.count(False) < 2:
        absent = [index >= 2 and flag for index, flag in enumerate(absent)]
    present = []
    uncovered = []
    for seat, away in zip(ordinary, absent, strict=True):
        attendance = (
            Attendance.UNKNOWN if not held else Attendance.ABSENT if away else Attendance.PRESENT
        )
        ctx.rows.add_participant(
            Participant(
                meeting_id, seat.person_id, ParticipantRole(seat.role.value), True, attendance
            )
        )
        if attendance is Attendance.PRESENT:
            present.append(seat)
        elif attendance is Attendance.ABSENT:
            uncovered.append(seat)
    for seat in substitutes:
        attendance = Attendance.UNKNOWN
        serving_for = None
        if held:
            comes = rng.random() < 0.8
            if comes and uncovered:
                attendance, serving_for = Attendance.SUBSTITUTE_SERVING, uncovered.pop(0).person_id
                present.append(seat)
            else:
                attendance = Attendance.PRESENT if comes else Attendance.ABSENT
        ctx.rows.add_participant(
            Participant(
                meeting_id,
                seat.person_id,
                ParticipantRole.SUBSTITUTE,
                True,
                attendance,
                serving_for,
            )
        )
    ctx.rows.add_participant(
        Participant(
            meeting_id,
            ctx.secretary_id,
            ParticipantRole.SECRETARY,
            True,
            Attendance.PRESENT if held else Attendance.UNKNOWN,
        )
    )
    strategist = Attendance.UNKNOWN
    if held:
        strategist = Attendance.PRESENT if rng.random() < 0.8 else Attendance.ABSENT
    ctx.rows.add_participant(
        Participant(meeting_id, ctx.strategist_id, ParticipantRole.OFFICIAL, True, strategist)
    )
    return present


def _decision_items(
    ctx: ExampleContext, agenda: Agenda, planned: PlannedMeeting
) -> list[tuple[Entry, list[PlannedRequest], dt.date]]:
    """Add one decision item per form of report-back, each covering the boards asked."""
    groups: dict[ReportForm, list[PlannedRequest]] = {}
    for request in planned.requests:
        groups.setdefault(request.form, []).append(request)
    decisions = []
    for form, heading in REQUEST_DECISION_HEADINGS.items():
        group = groups.get(form)
        if not group:
            continue
        due_on = request_due(ctx, planned.date, overdue=any(request.overdue for request in group))
        entry = agenda.add(
            AgendaItemKind.DECISION, heading, diary_number=ctx.diary.next(planned.date.year)
        )
        names = list(dict.fromkeys(request.board.name for request in group))
        entry.summary = (
            "Delegationen har i dialogerna med nämnderna sett behov av fördjupad återrapportering."
        )
        boards = _listing([request.board.running_name for request in group])
        entry.decision = (
            f"{ctx.delegation} beslutar att begära återrapportering från {boards} "
            f"senast {due_on.isoformat()}."
        )
        entry.sent_to = ", ".join(names)
        decisions.append((entry, group, due_on))
    return decisions


def _listing(names: list[str]) -> str:
    """Return names joined the Swedish way: "a, b och c"."""
    unique = list(dict.fromkeys(names))
    if len(unique) == 1:
        return unique[0]
    return f"{', '.join(unique[:-1])} och {unique[-1]}"


def _adjusters(ctx: ExampleContext, present: list[Seat]) -> list[Seat]:
    """Pick one or two members present, other than the chair, to adjust the protocol."""
    candidates = present[1:] or present
    count = 2 if len(candidates) > 2 and ctx.rng.random() < 0.3 else 1
    return ctx.rng.sample(candidates, count)


def _write_protocol(
    ctx: ExampleContext,
    meeting_id: int,
    day: dt.date,
    entries: list[Entry],
    adjusters: list[Seat],
) -> dict[int, int]:
    """Write the protocol, § numbers running on through the year; return § ids per item."""
    rng = ctx.rng
    year = day.year
    numbers = next_paragraph_numbers((ctx.last_paragraph.get(year, 0),), len(entries))
    ctx.last_paragraph[year] = numbers[-1]
    adjustment_date = day + rng.randint(3, 8) * _DAY
    while adjustment_date.weekday() > 4:
        adjustment_date += _DAY
    adjusted = adjustment_date < ctx.today
    minutes = Minutes(
        meeting_id=meeting_id,
        kind=MinutesKind.PROTOCOL,
        body=ctx.delegation,
        diary_number=ctx.yearly_case("protocol", year),
        secretary_id=ctx.secretary_id,
        adjustment_place=ADJUSTMENT_PLACE,
        adjustment_date=adjustment_date,
        adjustment_time=rng.choice(_ADJUSTMENT_TIMES),
        adjusted=adjusted,
        adjusted_on=adjustment_date if adjusted else None,
        adjuster_ids=tuple(seat.person_id for seat in adjusters),
    )
    minutes = replace(minutes, id=ctx.rows.add_minutes(minutes))
    assert minutes.id is not None
    paragraph_ids = {}
    for index, (number, entry) in enumerate(zip(numbers, entries, strict=True)):
        paragraph = Paragraph(
            minutes_id=minutes.id,
            body=ctx.delegation,
            year=year,
            number=number,
            heading=entry.title,
            diary_number=entry.diary_number,
            summary=entry.summary,
            decision=entry.decision,
            sent_to=entry.sent_to,
            agenda_item_id=entry.id,
        )
        paragraph_ids[entry.id] = ctx.rows.add_paragraph(paragraph)
        if index == len(STANDARD_OPENING_ITEMS) and adjusted:
            ctx.protocols.append(ProtocolRecord(minutes, paragraph))
    return paragraph_ids


def add_correction(ctx: ExampleContext) -> None:
    """Correct one adjusted protocol the only lawful way: with a new, separate record."""
    rng = ctx.rng
    candidates = [
        record
        for record in ctx.protocols
        if record.minutes.adjusted_on is not None
        and record.minutes.adjusted_on + 45 * _DAY < ctx.today
    ]
    if not candidates:
        return
    original = rng.choice(candidates)
    assert original.minutes.adjusted_on is not None
    corrected_on = original.minutes.adjusted_on + rng.randint(14, 30) * _DAY
    while corrected_on.weekday() > 4:
        corrected_on += _DAY
    minutes_id = ctx.rows.add_minutes(
        replace(
            original.minutes,
            id=None,
            adjustment_date=corrected_on,
            adjusted_on=corrected_on,
            corrects_id=original.minutes.id,
            correction_reason="En del av informationen under paragrafen saknades i det "
            "justerade protokollet.",
        )
    )
    ctx.rows.add_paragraph(
        replace(
            original.paragraph,
            id=None,
            minutes_id=minutes_id,
            summary="Rättelse: i det justerade protokollet saknades en del av informationen. "
            + original.paragraph.summary,
        )
    )
