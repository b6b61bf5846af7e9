"""Read what is outstanding with one board into the chair's briefing before a dialogue."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TypeVar

from jamdesk.domain.boards import Board
from jamdesk.domain.commitments import Commitment, commitment_is_overdue
from jamdesk.domain.people import Person
from jamdesk.domain.questions import Question
from jamdesk.domain.requests import ReportingRequest, request_is_overdue
from jamdesk.export.briefing_export import Briefing, FollowUpLine, PlannedMeeting, Representative
from jamdesk.export.swedish_labels import (
    COMMITMENT_STATUSES,
    MEETING_KINDS,
    QUESTION_STATUSES,
    REQUEST_STATUSES,
)
from jamdesk.services.document_data.common import organisation_names
from jamdesk.store.boards import list_contacts, load_board
from jamdesk.store.briefing_queries import (
    last_held_dialogue,
    latest_secretary,
    meetings_by_id,
    next_planned_meeting,
    people_by_id,
)
from jamdesk.store.commitments import fetch_pending_commitments
from jamdesk.store.questions import fetch_pending_questions
from jamdesk.store.references import missing_record
from jamdesk.store.requests import (
    fetch_overdue_requests,
    fetch_requests_awaiting_assessment,
    fetch_requests_due_between,
)

DEFAULT_MANAGER_ROLE = "Förvaltningschef"
T = TypeVar("T")


def _split(records: Iterable[T], overdue: Callable[[T], bool]) -> tuple[list[T], list[T]]:
    """Return the records that are overdue and those that are not, each in the given order."""
    late: list[T] = []
    in_time: list[T] = []
    for record in records:
        (late if overdue(record) else in_time).append(record)
    return late, in_time


def _person(people: dict[int, Person], person_id: int | None) -> Person | None:
    return None if person_id is None else people.get(person_id)


def _name(people: dict[int, Person], person_id: int | None) -> str:
    person = _person(people, person_id)
    return "" if person is None else person.name


def _representatives(
    conn: sqlite3.Connection, board: Board, people: dict[int, Person]
) -> tuple[Representative, ...]:
    """Return the chair, the manager and the contacts, each person once."""
    chosen: list[tuple[Person, str]] = []
    chair = _person(people, board.chair_id)
    if chair is not None:
        chosen.append((chair, "Ordförande"))
    manager = _person(people, board.manager_id)
    if manager is not None:
        chosen.append((manager, manager.title or DEFAULT_MANAGER_ROLE))
    assert board.id is not None  # loaded from the store
    for contact in list_contacts(conn, board.id):
        chosen.append((contact.person, contact.contact.capacity or contact.person.title))
    found: list[Representative] = []
    seen: set[int | None] = set()
    for person, role in chosen:
        if person.id not in seen:
            seen.add(person.id)
            found.append(Representative(person.name, role, person.email, person.phone))
    return tuple(found)


def _request_line(request: ReportingRequest, today: dt.date) -> FollowUpLine:
    return FollowUpLine(
        date=request.sent_on or request.created_on,
        what=request.subject,
        who=request.request_diary_number,
        due=request.due_on,
        status=REQUEST_STATUSES[request.status],
        days_overdue=max((today - request.due_on).days, 0),
    )


def _commitment_line(
    commitment: Commitment, people: dict[int, Person], today: dt.date
) -> FollowUpLine:
    who = (
        _name(people, commitment.responsible_id)
        or commitment.responsible
        or _name(people, commitment.made_by_id)
    )
    due = commitment.due_on
    return FollowUpLine(
        date=commitment.created_on,
        what=commitment.description,
        who=who,
        due=due,
        status=COMMITMENT_STATUSES[commitment.status],
        days_overdue=0 if due is None else max((today - due).days, 0),
    )


def _overdue_lines(
    commitments: Iterable[Commitment],
    requests: Iterable[ReportingRequest],
    people: dict[int, Person],
    today: dt.date,
) -> tuple[FollowUpLine, ...]:
    """Return the overdue commitments and requests together, the longest overdue first."""
    lines = [
        replace(_commitment_line(c, people, today), what=f"Åtagande: {c.description}")
        for c in commitments
    ]
    for request in requests:
        diary = request.request_diary_number
        what = f"Återrapportering: {request.subject}" + (f" (Dnr {diary})" if diary else "")
        # The whole board owes the answer: no one person to name.
        lines.append(replace(_request_line(request, today), what=what, who=""))
    lines.sort(key=lambda line: (line.due or today, line.date or today))
    return tuple(lines)


def _question_lines(
    conn: sqlite3.Connection, questions: list[Question], people: dict[int, Person], today: dt.date
) -> tuple[FollowUpLine, ...]:
    meetings = meetings_by_id(conn, (question.meeting_id for question in questions))
    lines = []
    for question in questions:
        meeting = meetings[question.meeting_id]
        if meeting.date > today:
            continue
        asker = _name(people, question.asked_by_id)
        addressee = _name(people, question.addressed_to_id)
        who = "\n".join(part for part in (asker, f"till {addressee}" if addressee else "") if part)
        lines.append(
            FollowUpLine(
                date=meeting.date,
                what=question.text,
                who=who,
                status=QUESTION_STATUSES[question.status],
                meeting=MEETING_KINDS[meeting.kind],
            )
        )
    return tuple(lines)


def read_briefing(conn: sqlite3.Connection, board_id: int, today: dt.date) -> Briefing:
    """Return the briefing on what is outstanding with board ``board_id`` as of ``today``."""
    board = load_board(conn, board_id)
    if board is None:
        raise missing_record("board", board_id, "board_id")
    organisation, delegation = organisation_names(conn)

    commitments = [c for c in fetch_pending_commitments(conn, board_id) if c.created_on <= today]
    awaiting = [
        r
        for r in fetch_overdue_requests(conn, today, board_id)
        + fetch_requests_due_between(conn, today, dt.date.max, board_id)
        if (r.sent_on or r.created_on) <= today
    ]
    answered = [
        r
        for r in fetch_requests_awaiting_assessment(conn, board_id)
        if r.answered_on is None or r.answered_on <= today
    ]
    questions = fetch_pending_questions(conn, board_id)
    people = people_by_id(
        conn,
        [board.chair_id, board.manager_id]
        + [c.responsible_id for c in commitments]
        + [c.made_by_id for c in commitments]
        + [q.asked_by_id for q in questions]
        + [q.addressed_to_id for q in questions],
    )

    late_commitments, open_commitments = _split(
        commitments, lambda c: commitment_is_overdue(c.status, c.due_on, today)
    )
    late_requests, open_requests = _split(
        awaiting, lambda r: request_is_overdue(r.status, r.due_on, today)
    )
    planned = next_planned_meeting(conn, board_id, today)
    last = last_held_dialogue(conn, board_id, today)
    secretary = latest_secretary(conn, today)
    return Briefing(
        organisation=organisation,
        delegation=delegation,
        board=board.name,
        today=today,
        administration=board.administration,
        next_meeting=None
        if planned is None
        else PlannedMeeting(
            kind=MEETING_KINDS[planned.kind],
            date=planned.date,
            start=planned.start,
            end=planned.end,
            place=planned.place,
        ),
        last_dialogue=None if last is None else last.date,
        last_dialogue_kind="" if last is None else MEETING_KINDS[last.kind],
        representatives=_representatives(conn, board, people),
        overdue=_overdue_lines(late_commitments, late_requests, people, today),
        commitments=tuple(_commitment_line(c, people, today) for c in open_commitments),
        requests=tuple(_request_line(r, today) for r in open_requests),
        answers=tuple(
            FollowUpLine(
                date=r.answered_on,
                what=r.subject,
                who=r.answer_diary_number or r.request_diary_number,
                due=r.due_on,
                status=REQUEST_STATUSES[r.status],
            )
            for r in answered
        ),
        questions=_question_lines(conn, questions, people, today),
        author="" if secretary is None else secretary.name,
    )
