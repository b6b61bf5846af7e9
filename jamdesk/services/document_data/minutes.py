"""Read a meeting's minutes from the store as the protocol or notes the registry receives.

The store speaks in ids and enums; the documents in Swedish names and words. Attendance is
sorted here the way Swedish protocols list it: who decided (the chair and vice chair marked,
serving substitutes with the member they stand in for), substitutes present, others present
with their titles, and the called members who were absent.
"""

from __future__ import annotations

import sqlite3

from jamdesk.domain.boards import BoardKind
from jamdesk.domain.errors import QT_TRANSLATE_NOOP, DomainError
from jamdesk.domain.meetings import Attendance, Meeting, ParticipantRole
from jamdesk.domain.minutes import Minutes, MinutesKind
from jamdesk.domain.questions import QuestionStatus
from jamdesk.domain.requests import ReportForm
from jamdesk.export.attendance_text import Attendee, Correction
from jamdesk.export.notes_export import (
    AttendanceGroup,
    CommitmentEntry,
    FollowUpEntry,
    MeetingNotes,
    NotesItem,
    QuestionEntry,
    dialogue_title,
)
from jamdesk.export.protocol_export import Protocol, ProtocolParagraph
from jamdesk.export.swedish_labels import (
    MEETING_KINDS,
    PARTICIPANT_ROLES,
    REQUEST_FORMS,
    in_running_text,
    title_in_text,
)
from jamdesk.services.meetings import require_meeting
from jamdesk.services.minutes import require_minutes
from jamdesk.store import minutes as minutes_store
from jamdesk.store.minutes_document import (
    AttendeeRow,
    BoardRow,
    QuestionRow,
    RequestRow,
    board_names,
    fetch_attendees,
    fetch_meeting_boards,
    fetch_meeting_commitments,
    fetch_meeting_questions,
    fetch_meeting_requests,
    person_name,
)
from jamdesk.store.organisation import load_organisation

_DELEGATION_ROLES = frozenset(
    {ParticipantRole.CHAIR, ParticipantRole.VICE_CHAIR, ParticipantRole.MEMBER}
)
_SEATED_ROLES = _DELEGATION_ROLES | {ParticipantRole.SUBSTITUTE}
# Attendance not recorded counts as absent: a document lists only who is known to be there.
_PRESENT = frozenset({Attendance.PRESENT, Attendance.SUBSTITUTE_SERVING})
# How the delegation's own people are marked after their names.
_DELEGATION_MARKS = {
    ParticipantRole.CHAIR: "ordförande",
    ParticipantRole.VICE_CHAIR: "vice ordförande",
    ParticipantRole.MEMBER: "",
    ParticipantRole.SUBSTITUTE: "ersättare",
}
_NOT_A_PROTOCOL = QT_TRANSLATE_NOOP(
    "DomainError", "The minutes with id {id} are notes of a dialogue, not a protocol."
)
_NOT_NOTES = QT_TRANSLATE_NOOP(
    "DomainError", "The minutes with id {id} are a protocol, not notes of a dialogue."
)


def read_minutes(conn: sqlite3.Connection, minutes_id: int) -> Protocol | MeetingNotes:
    """Return the minutes as the document their kind calls for: a protocol or notes."""
    minutes = require_minutes(conn, minutes_id)
    if minutes.kind is MinutesKind.PROTOCOL:
        return read_protocol(conn, minutes_id)
    return read_notes(conn, minutes_id)


def read_protocol(conn: sqlite3.Connection, minutes_id: int) -> Protocol:
    """Return what the protocol ``minutes_id`` says, in Swedish."""
    minutes = require_minutes(conn, minutes_id)
    if minutes.kind is not MinutesKind.PROTOCOL:
        raise DomainError(_NOT_A_PROTOCOL, field="minutes_id", id=minutes_id)
    meeting = require_meeting(conn, minutes.meeting_id)
    organisation = load_organisation(conn)
    attendees = fetch_attendees(conn, minutes.meeting_id)
    deciding: list[Attendee] = []
    substitutes: list[Attendee] = []
    others: list[Attendee] = []
    absent: list[str] = []
    for attendee in attendees:
        if attendee.attendance is Attendance.SUBSTITUTE_SERVING:
            deciding.append(_serving(attendee))
        elif attendee.attendance is Attendance.PRESENT and attendee.role in _DELEGATION_ROLES:
            deciding.append(Attendee(attendee.name, _DELEGATION_MARKS[attendee.role]))
        elif attendee.attendance is Attendance.PRESENT and attendee.role in _SEATED_ROLES:
            substitutes.append(Attendee(attendee.name))
        elif attendee.attendance is Attendance.PRESENT:
            others.append(_with_title(attendee))
        elif attendee.attendance is Attendance.ABSENT and attendee.role in _DELEGATION_ROLES:
            absent.append(attendee.name)
    return Protocol(
        organisation="" if organisation is None else organisation.name,
        body=minutes.body,
        date=meeting.date,
        start=meeting.start,
        end=meeting.end,
        place=meeting.place,
        meeting_kind=MEETING_KINDS[meeting.kind],
        deciding=tuple(deciding),
        substitutes=tuple(substitutes),
        others=tuple(others),
        absent=tuple(absent),
        secretary=_secretary(conn, minutes, attendees),
        chair=_chair(attendees),
        adjusters=tuple(person_name(conn, person_id) for person_id in minutes.adjuster_ids),
        adjustment_place=minutes.adjustment_place,
        adjustment_date=minutes.adjustment_date,
        adjustment_time=minutes.adjustment_time,
        adjusted_on=minutes.adjusted_on if minutes.adjusted else None,
        minutes_kept_at="" if organisation is None else organisation.minutes_kept_at,
        paragraphs=tuple(
            ProtocolParagraph(
                number=paragraph.number,
                heading=paragraph.heading,
                diary_number=paragraph.diary_number,
                summary=paragraph.summary,
                decision=paragraph.decision,
                sent_to=paragraph.sent_to,
            )
            for paragraph in minutes_store.fetch_paragraphs(conn, minutes_id)
        ),
        diary_number=minutes.diary_number,
        correction=_correction(conn, minutes, meeting),
    )


def read_notes(conn: sqlite3.Connection, minutes_id: int) -> MeetingNotes:
    """Return what the notes ``minutes_id`` of a dialogue say, in Swedish."""
    minutes = require_minutes(conn, minutes_id)
    if minutes.kind is not MinutesKind.NOTES:
        raise DomainError(_NOT_NOTES, field="minutes_id", id=minutes_id)
    meeting = require_meeting(conn, minutes.meeting_id)
    meeting_id = minutes.meeting_id
    organisation = load_organisation(conn)
    attendees = fetch_attendees(conn, meeting_id)
    boards = fetch_meeting_boards(conn, meeting_id)
    questions = fetch_meeting_questions(conn, meeting_id)
    commitments = fetch_meeting_commitments(conn, meeting_id)
    requests = fetch_meeting_requests(conn, meeting_id)
    # Records may concern a board that is not among the meeting's boards.
    named = {board.id: board for board in boards}
    concerned = {q.board_id for q in questions} | {c.board_id for c in commitments}
    concerned |= {r.board_id for r in requests}
    named |= board_names(conn, concerned - named.keys())
    # A dialogue with one board need not say which board each record concerns.
    several = len(named) > 1

    def running(board_id: int) -> str:
        board = named.get(board_id)
        return "" if board is None else _board_in_running_text(board)

    return MeetingNotes(
        organisation="" if organisation is None else organisation.name,
        body=minutes.body,
        meeting_title=dialogue_title(
            MEETING_KINDS[meeting.kind], [_board_in_running_text(board) for board in boards]
        ),
        date=meeting.date,
        start=meeting.start,
        end=meeting.end,
        place=meeting.place,
        present=_notes_attendance(attendees, boards),
        items=tuple(
            NotesItem(
                number=paragraph.number,
                heading=paragraph.heading,
                text="\n".join(
                    text for text in (paragraph.summary, paragraph.decision) if text.strip()
                ),
            )
            for paragraph in minutes_store.fetch_paragraphs(conn, minutes_id)
        ),
        questions=tuple(
            QuestionEntry(
                text=question.text,
                asked_by=question.asked_by,
                addressed_to=question.addressed_to,
                board=running(question.board_id) if several else "",
                answer=question.answer,
            )
            for question in questions
        ),
        commitments=tuple(
            CommitmentEntry(
                description=commitment.description,
                made_by=commitment.made_by,
                responsible=commitment.responsible,
                due=commitment.due_on,
                board=running(commitment.board_id) if several else "",
            )
            for commitment in commitments
        ),
        follow_ups=_follow_ups(requests, questions, named),
        secretary=_secretary(conn, minutes, attendees),
        adjusters=tuple(person_name(conn, person_id) for person_id in minutes.adjuster_ids),
        adjusted_on=minutes.adjusted_on if minutes.adjusted else None,
        diary_number=minutes.diary_number,
        correction=_correction(conn, minutes, meeting),
    )


def _board_in_running_text(board: BoardRow) -> str:
    # A company's name is a proper name (“AB Ängsholmshem”); a board's is not.
    return board.name if board.kind is BoardKind.COMPANY else in_running_text(board.name)


def _follow_ups(
    requests: list[RequestRow], questions: list[QuestionRow], boards: dict[int, BoardRow]
) -> tuple[FollowUpEntry, ...]:
    """Return the requests decided, earliest due first, then the questions to come back to."""

    def board(board_id: int) -> str:
        return boards[board_id].name if board_id in boards else ""

    decided = [
        FollowUpEntry(_request_subject(r.subject, r.form), board(r.board_id), r.due_on)
        for r in requests
    ]
    open_questions = [
        FollowUpEntry(f"Fråga: {q.text}", board(q.board_id))
        for q in questions
        if q.status is QuestionStatus.NEEDS_FOLLOW_UP
    ]
    return (*decided, *open_questions)


def _request_subject(subject: str, form: ReportForm) -> str:
    """Return what the delegation asked for, with the form unless the subject names it."""
    how = REQUEST_FORMS[form]
    if subject.casefold().startswith(how.casefold()):
        return f"Återrapportering: {subject}"
    return f"Återrapportering: {subject}\nRedovisas som: {how.lower()}"


def _notes_attendance(
    attendees: list[AttendeeRow], boards: list[BoardRow]
) -> tuple[AttendanceGroup, ...]:
    """Return those present: from the delegation, from each board, then everyone else."""
    present = [a for a in attendees if a.attendance in _PRESENT]
    board_ids = {board.id for board in boards}
    delegation = [
        _serving(a)
        if a.attendance is Attendance.SUBSTITUTE_SERVING
        else Attendee(a.name, _DELEGATION_MARKS[a.role])
        for a in present
        if a.role in _SEATED_ROLES
    ]
    groups = [AttendanceGroup("Från delegationen", tuple(delegation))]
    for board in boards:
        from_board = [
            _with_title(a)
            for a in present
            if a.role not in _SEATED_ROLES
            and a.role is not ParticipantRole.SECRETARY
            and a.board_id == board.id
        ]
        groups.append(AttendanceGroup(f"Från {_board_in_running_text(board)}", tuple(from_board)))
    rest = [
        _with_title(a)
        for a in present
        if a.role not in _SEATED_ROLES
        and (a.role is ParticipantRole.SECRETARY or a.board_id not in board_ids)
    ]
    groups.append(AttendanceGroup("Övriga", tuple(rest)))
    return tuple(group for group in groups if group.people)


def _serving(attendee: AttendeeRow) -> Attendee:
    if attendee.serving_for:
        return Attendee(attendee.name, serving_for=attendee.serving_for)
    return Attendee(attendee.name, "tjänstgörande ersättare")


def _with_title(attendee: AttendeeRow) -> Attendee:
    """Return someone present besides the delegation, with their title or role."""
    if attendee.role is ParticipantRole.SECRETARY:
        return Attendee(attendee.name, "sekreterare")
    role = attendee.title.strip() or PARTICIPANT_ROLES[attendee.role]
    return Attendee(attendee.name, title_in_text(role))


def _chair(attendees: list[AttendeeRow]) -> str:
    """Return who chaired: the chair if present, else the vice chair standing in."""
    for role in (ParticipantRole.CHAIR, ParticipantRole.VICE_CHAIR):
        for attendee in attendees:
            if attendee.role is role and attendee.attendance is Attendance.PRESENT:
                return attendee.name
    return ""


def _secretary(conn: sqlite3.Connection, minutes: Minutes, attendees: list[AttendeeRow]) -> str:
    """Return the minutes' secretary, or the meeting's when the minutes name none."""
    name = person_name(conn, minutes.secretary_id)
    if name:
        return name
    for attendee in attendees:
        if attendee.role is ParticipantRole.SECRETARY:
            return attendee.name
    return ""


def _correction(conn: sqlite3.Connection, minutes: Minutes, meeting: Meeting) -> Correction | None:
    """Return what a correction refers to, or None for original minutes."""
    if minutes.corrects_id is None:
        return None
    original = minutes_store.get_minutes(conn, minutes.corrects_id)
    return Correction(
        original_date=meeting.date,
        original_adjusted_on=None if original is None else original.adjusted_on,
        reason=minutes.correction_reason,
    )
