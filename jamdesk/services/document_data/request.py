"""Read a reporting request and what it refers to into the letter the board receives."""

from __future__ import annotations

import datetime as dt
import sqlite3

from jamdesk.domain.commitments import Commitment
from jamdesk.domain.meetings import MeetingKind
from jamdesk.domain.minutes import MinutesKind
from jamdesk.domain.people import DelegationRole, Person
from jamdesk.domain.questions import Question
from jamdesk.domain.requests import ReportingRequest
from jamdesk.export.request_export import RequestLetter, Signatory
from jamdesk.export.swedish_labels import (
    MEETING_KINDS_DEFINITE,
    REQUEST_FORMS,
    in_running_text,
    title_in_text,
)
from jamdesk.export.text import swedish_list
from jamdesk.services.document_data.common import organisation_names
from jamdesk.store.boards import load_board
from jamdesk.store.briefing_queries import (
    MeetingSummary,
    latest_secretary,
    meeting_board_names,
    meetings_by_id,
    paragraph_reference,
    people_by_id,
)
from jamdesk.store.commitments import fetch_commitment
from jamdesk.store.people import members_serving
from jamdesk.store.questions import fetch_question
from jamdesk.store.references import missing_record
from jamdesk.store.requests import fetch_request

DEFAULT_MANAGER_TITLE = "förvaltningschef"


def meeting_in_text(conn: sqlite3.Connection, meeting: MeetingSummary) -> str:
    """Return “budgetdialogen med socialnämnden 2026-10-12” for a meeting."""
    boards = [in_running_text(name) for name in meeting_board_names(conn, meeting.id)]
    kind = MEETING_KINDS_DEFINITE[meeting.kind]
    with_boards = f" med {swedish_list(boards)}" if boards else ""
    return f"{kind}{with_boards} {meeting.date.isoformat()}"


def _decided_at(conn: sqlite3.Connection, request: ReportingRequest) -> int | None:
    """Return the meeting where the request was decided: its paragraph's, or the one named."""
    if request.paragraph_id is not None:
        reference = paragraph_reference(conn, request.paragraph_id)
        if reference is not None:
            return reference.meeting_id
    return request.meeting_id


def _decided(conn: sqlite3.Connection, request: ReportingRequest, delegation: str) -> list[str]:
    """Return the sentence saying where the request was decided, if the store knows."""
    reference = (
        None if request.paragraph_id is None else paragraph_reference(conn, request.paragraph_id)
    )
    meeting_id = _decided_at(conn, request)
    meeting = None if meeting_id is None else meetings_by_id(conn, [meeting_id]).get(meeting_id)
    if meeting is None:
        return []
    day = meeting.date.isoformat()
    if reference is None:
        if meeting.kind is MeetingKind.DELEGATION_MEETING:
            return [f"Beslutat av {delegation} {day}."]
        return [f"Begäran gjordes vid {meeting_in_text(conn, meeting)}."]
    if reference.minutes_kind is MinutesKind.PROTOCOL:
        body = in_running_text(" ".join(reference.body.split())) or delegation
        parts = [f"Beslutat av {body} {day}", f"§ {reference.number}"]
    else:
        parts = [
            f"Begäran gjordes vid {meeting_in_text(conn, meeting)}",
            f"punkt {reference.number} i minnesanteckningarna",
        ]
    if reference.diary_number.strip():
        parts.append(f"Dnr {reference.diary_number.strip()}")
    return [", ".join(parts) + "."]


def _at(conn: sqlite3.Connection, meeting_id: int | None, decided_at: int | None) -> str:
    """Return “ vid budgetdialogen 2026-10-12”, “ vid mötet” for the deciding one, or nothing."""
    if meeting_id is None:
        return ""
    if meeting_id == decided_at:
        return " vid mötet"
    meeting = meetings_by_id(conn, [meeting_id]).get(meeting_id)
    if meeting is None:
        return ""
    return f" vid {MEETING_KINDS_DEFINITE[meeting.kind]} {meeting.date.isoformat()}"


def _question_lines(
    conn: sqlite3.Connection, question: Question, people: dict[int, Person], decided_at: int | None
) -> list[str]:
    asker = _person(people, question.asked_by_id)
    asked = f"frågade {asker.name}" if asker is not None else "ställdes frågan"
    where = _at(conn, question.meeting_id, decided_at).strip()
    opening = f"{where[:1].upper()}{where[1:]} {asked}" if where else "Frågan som ställdes"
    lines = [f"{opening}: ”{question.text}”"]
    if question.answer.strip():
        lines.append(f"Svaret som lämnades: ”{question.answer}”")
    return lines


def _commitment_line(
    conn: sqlite3.Connection,
    commitment: Commitment,
    people: dict[int, Person],
    decided_at: int | None,
) -> str:
    where = _at(conn, commitment.meeting_id, decided_at)
    line = f"Åtagande som gjordes{where}: ”{commitment.description}”."
    responsible = _person(people, commitment.responsible_id)
    who = responsible.name if responsible is not None else commitment.responsible.strip()
    if who:
        line += f" Ansvarig: {who}."
    if commitment.due_on is not None:
        line += f" Senast {commitment.due_on.isoformat()}."
    return line


def _person(people: dict[int, Person], person_id: int | None) -> Person | None:
    return None if person_id is None else people.get(person_id)


def _contact(person: Person) -> str:
    return ", ".join(part for part in (person.email.strip(), person.phone.strip()) if part)


def read_request_letter(conn: sqlite3.Connection, request_id: int, today: dt.date) -> RequestLetter:
    """Return the letter asking the board for the report ``request_id``, dated as sent or today."""
    request = _require_request(conn, request_id)
    board = load_board(conn, request.board_id)
    if board is None:  # the foreign key keeps this from happening
        raise missing_record("board", request.board_id, "board_id")
    organisation, delegation = organisation_names(conn)
    date = request.sent_on or today
    question = None if request.question_id is None else fetch_question(conn, request.question_id)
    commitment = (
        None if request.commitment_id is None else fetch_commitment(conn, request.commitment_id)
    )
    people = people_by_id(
        conn,
        [
            board.chair_id,
            board.manager_id,
            None if question is None else question.asked_by_id,
            None if commitment is None else commitment.responsible_id,
        ],
    )

    attention: list[str] = []
    if board.chair_id in people:
        attention.append(f"{people[board.chair_id].name}, ordförande")
    if board.manager_id in people:
        manager = people[board.manager_id]
        attention.append(f"{manager.name}, {title_in_text(manager.title) or DEFAULT_MANAGER_TITLE}")

    background = _decided(conn, request, in_running_text(delegation) or "delegationen")
    decided_at = _decided_at(conn, request)
    if question is not None:
        background += _question_lines(conn, question, people, decided_at)
    if commitment is not None:
        background.append(_commitment_line(conn, commitment, people, decided_at))

    signatories = [
        Signatory(seat.person.name, "Ordförande")
        for seat in members_serving(conn, date)
        if seat.membership.role is DelegationRole.CHAIR
    ][:1]
    secretary = _secretary(conn, request, date)
    if secretary is not None:
        signatories.append(Signatory(secretary.name, "Sekreterare", _contact(secretary)))

    return RequestLetter(
        organisation=organisation,
        delegation=delegation,
        board=board.name,
        subject=request.subject,
        form=REQUEST_FORMS[request.form],
        form_details=request.form_details,
        due_on=request.due_on,
        date=date,
        diary_number=request.request_diary_number,
        administration=board.administration,
        attention=tuple(attention),
        background=tuple(background),
        signatories=tuple(signatories),
        author="" if secretary is None else secretary.name,
    )


def _require_request(conn: sqlite3.Connection, request_id: int) -> ReportingRequest:
    request = fetch_request(conn, request_id)
    if request is None:
        raise missing_record("reporting_request", request_id, "request_id")
    return request


def _secretary(conn: sqlite3.Connection, request: ReportingRequest, on: dt.date) -> Person | None:
    """Return who keeps the delegation's papers: the deciding minutes' secretary, or the latest."""
    if request.paragraph_id is not None:
        reference = paragraph_reference(conn, request.paragraph_id)
        if reference is not None and reference.secretary_id is not None:
            found = people_by_id(conn, [reference.secretary_id])
            if reference.secretary_id in found:
                return found[reference.secretary_id]
    return latest_secretary(conn, on)
