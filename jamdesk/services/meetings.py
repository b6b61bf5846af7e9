"""Planning meetings: the boards taking part, their status, who is called and who came."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace

from jamdesk.domain.commitments import Commitment
from jamdesk.domain.errors import QT_TRANSLATE_NOOP, DomainError, NotFoundError, ValidationError
from jamdesk.domain.meetings import (
    MEETING_STATUS_LABELS,
    MEETING_TRANSITIONS,
    STANDARD_OPENING_ITEMS,
    AgendaItem,
    AgendaItemKind,
    Attendance,
    Meeting,
    MeetingStatus,
    Participant,
    ParticipantRole,
)
from jamdesk.domain.questions import Question
from jamdesk.domain.requests import ReportingRequest
from jamdesk.domain.transitions import check_transition
from jamdesk.services.changes import Outcome, RecordKind, outcome
from jamdesk.store import agenda as agenda_store
from jamdesk.store import meetings as store
from jamdesk.store.boards import load_board
from jamdesk.store.commitments import fetch_commitment
from jamdesk.store.database import Database
from jamdesk.store.people import load_person
from jamdesk.store.questions import fetch_question
from jamdesk.store.references import missing_record, require_row
from jamdesk.store.requests import fetch_request

# Why a meeting cannot be deleted, checked in this order; each names what to do instead.
_DELETE_REFUSALS: tuple[tuple[str, str], ...] = (
    (
        "minutes",
        QT_TRANSLATE_NOOP(
            "DomainError", "The meeting has minutes, so it cannot be deleted. Cancel it instead."
        ),
    ),
    (
        "questions",
        QT_TRANSLATE_NOOP(
            "DomainError",
            "Questions were recorded at the meeting, so it cannot be deleted. Cancel it instead.",
        ),
    ),
    (
        "commitments",
        QT_TRANSLATE_NOOP(
            "DomainError",
            "Commitments were recorded at the meeting, so it cannot be deleted. Cancel it instead.",
        ),
    ),
    (
        "requests",
        QT_TRANSLATE_NOOP(
            "DomainError",
            "Reporting requests refer to the meeting, so it cannot be deleted. Cancel it instead.",
        ),
    ),
    (
        "needs",
        QT_TRANSLATE_NOOP(
            "DomainError",
            "Development needs refer to the meeting, so it cannot be deleted. Cancel it instead.",
        ),
    ),
    (
        "reviews",
        QT_TRANSLATE_NOOP(
            "DomainError",
            "Document reviews refer to the meeting, so it cannot be deleted. Cancel it instead.",
        ),
    ),
)

_ADJUSTED_MEETING = QT_TRANSLATE_NOOP(
    "DomainError",
    "The meeting's minutes are adjusted, so its date, time, place, boards and participants "
    "stay as the minutes record them.",
)


@dataclass(frozen=True)
class RecordsAtItem:
    """The questions, commitments and reporting requests recorded at one agenda item."""

    questions: tuple[Question, ...]
    commitments: tuple[Commitment, ...]
    requests: tuple[ReportingRequest, ...]


def require_meeting(connection: sqlite3.Connection, meeting_id: int) -> Meeting:
    """Return the meeting, or raise a NotFoundError."""
    meeting = store.get_meeting(connection, meeting_id)
    if meeting is None:
        raise missing_record("meeting", meeting_id, "meeting_id")
    return meeting


def person_named(connection: sqlite3.Connection, person_id: int, field: str) -> str:
    """Return the person's name, or raise a NotFoundError naming ``field``."""
    person = load_person(connection, person_id)
    if person is None:
        raise missing_record("person", person_id, field)
    return person.name


class MeetingService:
    """Plan, change and delete meetings, and keep track of who takes part."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, meeting_id: int) -> Meeting:
        """Return the meeting with its boards, or raise a NotFoundError."""
        return require_meeting(self._db.connection, meeting_id)

    def plan(self, meeting: Meeting, with_standard_agenda: bool = True) -> Outcome[Meeting]:
        """Store a new meeting, optionally with the standard opening items on its agenda."""
        meeting = replace(meeting.validated(), id=None)
        with self._db.transaction() as conn:
            saved = _insert_meeting(conn, meeting, with_standard_agenda)
        kinds = (RecordKind.MEETING, RecordKind.AGENDA) if with_standard_agenda else ()
        return outcome(saved, RecordKind.MEETING, *kinds)

    def update(self, meeting: Meeting) -> Outcome[Meeting]:
        """Change the meeting's details and boards; its status changes through set_status."""
        meeting_id = meeting.id
        if meeting_id is None:
            raise ValueError("update needs a stored meeting")
        meeting = meeting.validated()
        with self._db.transaction() as conn:
            saved = _update_meeting(conn, meeting_id, meeting)
        return outcome(saved, RecordKind.MEETING)

    def plan_with_participants(
        self,
        meeting: Meeting,
        called: Sequence[tuple[int, ParticipantRole]],
        with_standard_agenda: bool = True,
    ) -> Outcome[Meeting]:
        """Plan a meeting and call people to it in one transaction, so one undo removes all."""
        meeting = replace(meeting.validated(), id=None)
        with self._db.transaction() as conn:
            _check_called_once(conn, called)
            saved = _insert_meeting(conn, meeting, with_standard_agenda)
            assert saved.id is not None
            for person_id, role in called:
                _call_person(conn, saved.id, person_id, role)
        kinds = (RecordKind.MEETING, RecordKind.AGENDA) if with_standard_agenda else ()
        return outcome(saved, RecordKind.MEETING, *kinds)

    def update_with_participants(
        self, meeting: Meeting, called: Sequence[tuple[int, ParticipantRole]]
    ) -> Outcome[Meeting]:
        """Change the meeting's details and make ``called`` exactly who is called to it."""
        meeting_id = meeting.id
        if meeting_id is None:
            raise ValueError("update needs a stored meeting")
        meeting = meeting.validated()
        with self._db.transaction() as conn:
            _check_called_once(conn, called)
            saved = _update_meeting(conn, meeting_id, meeting)
            _replace_called(conn, meeting_id, called)
        return outcome(saved, RecordKind.MEETING)

    def duplicate_to_next_year(self, meeting_id: int) -> Outcome[Meeting]:
        """Plan the meeting again in next year's slot, with its boards and called people."""
        with self._db.transaction() as conn:
            old = require_meeting(conn, meeting_id)
            copy = Meeting(
                kind=old.kind,
                date=next_year_slot(old.date),
                start=old.start,
                end=old.end,
                place=old.place,
                title=old.title,
                board_ids=old.board_ids,
            ).validated()
            _check_boards_remain(conn, copy)
            saved = _insert_meeting(conn, copy, with_standard_agenda=True)
            assert saved.id is not None
            for participant in store.fetch_participants(conn, meeting_id):
                if participant.called:
                    _call_person(conn, saved.id, participant.person_id, participant.role)
        return outcome(saved, RecordKind.MEETING, RecordKind.AGENDA)

    def set_status(self, meeting_id: int, status: MeetingStatus) -> Outcome[Meeting]:
        """Mark the meeting planned, held or cancelled, as the status rules allow."""
        with self._db.transaction() as conn:
            old = require_meeting(conn, meeting_id)
            if old.status is status:
                return outcome(old)
            check_transition(MEETING_TRANSITIONS, old.status, status, MEETING_STATUS_LABELS)
            if (
                status is MeetingStatus.CANCELLED
                and store.count_meeting_records(conn, meeting_id).minutes
            ):
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "DomainError", "The meeting has minutes, so it cannot be cancelled."
                    ),
                    field="status",
                )
            store.set_meeting_status(conn, meeting_id, status)
            saved = replace(old, status=status)
        return outcome(saved, RecordKind.MEETING)

    def delete(self, meeting_id: int) -> Outcome[None]:
        """Delete a meeting nothing refers to yet, with its agenda and participants."""
        with self._db.transaction() as conn:
            require_row(conn, "meeting", meeting_id, "meeting_id")
            records = store.count_meeting_records(conn, meeting_id)
            for attribute, template in _DELETE_REFUSALS:
                if getattr(records, attribute):
                    raise DomainError(template, field="id")
            store.delete_meeting(conn, meeting_id)
        return outcome(None, RecordKind.MEETING, RecordKind.AGENDA)

    def participants(self, meeting_id: int) -> list[Participant]:
        """Return who is called to or attended the meeting, chair first."""
        conn = self._db.connection
        require_row(conn, "meeting", meeting_id, "meeting_id")
        return store.fetch_participants(conn, meeting_id)

    def call(self, meeting_id: int, person_id: int, role: ParticipantRole) -> Outcome[Participant]:
        """Call the person to the meeting in the role (or change the role they are called in)."""
        with self._db.transaction() as conn:
            self._check_participants_may_change(conn, meeting_id)
            participant = _call_person(conn, meeting_id, person_id, role)
        return outcome(participant, RecordKind.MEETING)

    def uncall(self, meeting_id: int, person_id: int) -> Outcome[None]:
        """Withdraw the person's call; whoever already attended stays recorded as uncalled."""
        with self._db.transaction() as conn:
            self._check_participants_may_change(conn, meeting_id)
            name = person_named(conn, person_id, "person_id")
            old = _require_participant(conn, meeting_id, person_id, name)
            _uncall_person(conn, old, name)
        return outcome(None, RecordKind.MEETING)

    def record_attendance(
        self,
        meeting_id: int,
        person_id: int,
        attendance: Attendance,
        serving_for_id: int | None = None,
        role: ParticipantRole | None = None,
    ) -> Outcome[Participant]:
        """Record whether the person came; ``role`` adds someone who came uncalled."""
        with self._db.transaction() as conn:
            self._check_participants_may_change(conn, meeting_id)
            name = person_named(conn, person_id, "person_id")
            old = store.get_participant(conn, meeting_id, person_id)
            if old is None and role is None:
                old = _require_participant(conn, meeting_id, person_id, name)
            if old is None:
                assert role is not None
                old = Participant(meeting_id, person_id, role, called=False)
            elif role is not None:
                old = replace(old, role=role)
            participant = replace(
                old, attendance=attendance, serving_for_id=serving_for_id
            ).validated()
            if serving_for_id is not None:
                absent = person_named(conn, serving_for_id, "serving_for_id")
                _require_participant(conn, meeting_id, serving_for_id, absent)
            store.save_participant(conn, participant)
        return outcome(participant, RecordKind.MEETING)

    def mark_unrecorded_present(self, meeting_id: int) -> Outcome[list[Participant]]:
        """Record everyone whose attendance is not yet recorded as present, in one step."""
        with self._db.transaction() as conn:
            self._check_participants_may_change(conn, meeting_id)
            marked = [
                replace(participant, attendance=Attendance.PRESENT)
                for participant in store.fetch_participants(conn, meeting_id)
                if participant.attendance is Attendance.UNKNOWN
            ]
            for participant in marked:
                store.save_participant(conn, participant)
        return outcome(marked, RecordKind.MEETING) if marked else outcome(marked)

    def records_at(self, meeting_id: int, agenda_item_id: int | None) -> RecordsAtItem:
        """Return what was recorded at the agenda item (None: at the meeting, at no item)."""
        conn = self._db.connection
        require_row(conn, "meeting", meeting_id, "meeting_id")

        def made_here(table: agenda_store.RecordTable) -> list[int]:
            return agenda_store.record_ids_at_item(conn, table, meeting_id, agenda_item_id)

        questions = (fetch_question(conn, i) for i in made_here("question"))
        commitments = (fetch_commitment(conn, i) for i in made_here("commitment"))
        requests = (fetch_request(conn, i) for i in made_here("reporting_request"))
        return RecordsAtItem(
            tuple(q for q in questions if q is not None),
            tuple(c for c in commitments if c is not None),
            tuple(r for r in requests if r is not None),
        )

    @staticmethod
    def _check_participants_may_change(conn: sqlite3.Connection, meeting_id: int) -> None:
        require_row(conn, "meeting", meeting_id, "meeting_id")
        if store.has_adjusted_minutes(conn, meeting_id):
            raise DomainError(_ADJUSTED_MEETING, field="meeting_id")


def _insert_meeting(
    conn: sqlite3.Connection, meeting: Meeting, with_standard_agenda: bool
) -> Meeting:
    """Insert a validated meeting (and the standard opening items); return it as stored."""
    _check_boards(conn, meeting)
    meeting_id = store.insert_meeting(conn, meeting)
    if with_standard_agenda:
        for position, title in enumerate(STANDARD_OPENING_ITEMS, start=1):
            agenda_store.insert_item(
                conn, AgendaItem(meeting_id, position, AgendaItemKind.OPENING, title)
            )
    return require_meeting(conn, meeting_id)


def _update_meeting(conn: sqlite3.Connection, meeting_id: int, meeting: Meeting) -> Meeting:
    """Write a validated meeting's details and boards, keeping its status; return it."""
    old = require_meeting(conn, meeting_id)
    meeting = replace(meeting, id=meeting_id, status=old.status)
    _check_boards(conn, meeting)
    _check_change_keeps_records(conn, old, meeting)
    store.update_meeting(conn, meeting)
    return require_meeting(conn, meeting_id)


def next_year_slot(day: dt.date) -> dt.date:
    """Return the same weekday of the same ISO week one year later."""
    # Dialogues follow the weekly rhythm of the boards' own meetings (a board that meets on
    # Tuesdays of odd weeks expects the delegation then), so the 2nd Tuesday of March stays
    # a Tuesday in the same week rather than moving to whatever weekday the date falls on.
    year, week, weekday = day.isocalendar()
    # Week 53 exists only in some years; the meeting then falls in the year's last week.
    last_week = dt.date(year + 1, 12, 28).isocalendar().week
    return dt.date.fromisocalendar(year + 1, min(week, last_week), weekday)


def _check_boards_remain(conn: sqlite3.Connection, meeting: Meeting) -> None:
    """Raise if a board of the copied meeting has ceased by the copy's date."""
    for board_id in meeting.board_ids:
        board = load_board(conn, board_id)
        if board is None:
            raise missing_record("board", board_id, "board_ids")
        if board.active_to is not None and board.active_to < meeting.date:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "The board {name} ceased on {active_to}, before next year's date {date}; "
                    "plan next year's meeting without it instead.",
                ),
                field="board_ids",
                name=board.name,
                active_to=board.active_to.isoformat(),
                date=meeting.date.isoformat(),
            )


def _check_called_once(
    conn: sqlite3.Connection, called: Sequence[tuple[int, ParticipantRole]]
) -> None:
    """Raise if someone is called twice (in two roles, say)."""
    seen: set[int] = set()
    for person_id, _role in called:
        if person_id in seen:
            raise ValidationError(
                QT_TRANSLATE_NOOP("DomainError", "{name} is called twice; call each person once."),
                field="person_id",
                name=person_named(conn, person_id, "person_id"),
            )
        seen.add(person_id)


def _replace_called(
    conn: sqlite3.Connection, meeting_id: int, called: Sequence[tuple[int, ParticipantRole]]
) -> None:
    """Call exactly ``called`` to the meeting: call the new ones, withdraw the others."""
    wanted = dict(called)
    current = {p.person_id: p for p in store.fetch_participants(conn, meeting_id) if p.called}
    calls = [
        (person_id, role)
        for person_id, role in called
        if person_id not in current or current[person_id].role is not role
    ]
    withdrawn = [p for person_id, p in current.items() if person_id not in wanted]
    if not calls and not withdrawn:
        return  # adjusted minutes allow a change of title or notes that calls no one anew
    if store.has_adjusted_minutes(conn, meeting_id):
        raise DomainError(_ADJUSTED_MEETING, field="meeting_id")
    for participant in withdrawn:
        _uncall_person(conn, participant, person_named(conn, participant.person_id, "person_id"))
    for person_id, role in calls:
        _call_person(conn, meeting_id, person_id, role)


def _uncall_person(conn: sqlite3.Connection, participant: Participant, name: str) -> None:
    """Withdraw the call; whoever already attended stays recorded as uncalled."""
    meeting_id, person_id = participant.meeting_id, participant.person_id
    if participant.attendance is not Attendance.UNKNOWN:
        store.save_participant(conn, replace(participant, called=False))
        return
    if store.serving_for(conn, meeting_id, person_id):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "A substitute serves for {name} at the meeting; change that first.",
            ),
            field="person_id",
            name=name,
        )
    store.delete_participant(conn, meeting_id, person_id)


def _call_person(
    conn: sqlite3.Connection, meeting_id: int, person_id: int, role: ParticipantRole
) -> Participant:
    """Call the person in ``role``, keeping any attendance already recorded."""
    person_named(conn, person_id, "person_id")
    old = store.get_participant(conn, meeting_id, person_id)
    if old is None:
        participant = Participant(meeting_id, person_id, role)
    else:
        participant = replace(old, role=role, called=True)
    participant = participant.validated()
    store.save_participant(conn, participant)
    return participant


def _require_participant(
    conn: sqlite3.Connection, meeting_id: int, person_id: int, name: str
) -> Participant:
    participant = store.get_participant(conn, meeting_id, person_id)
    if participant is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "DomainError", "{name} is not among the meeting's participants; call them first."
            ),
            field="person_id",
            name=name,
        )
    return participant


def _check_boards(conn: sqlite3.Connection, meeting: Meeting) -> None:
    """Raise unless every board of the meeting exists and is active on its date."""
    for board_id in meeting.board_ids:
        board = load_board(conn, board_id)
        if board is None:
            raise missing_record("board", board_id, "board_ids")
        if board.is_active(meeting.date):
            continue
        if board.active_to is not None and meeting.date > board.active_to:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "The board {name} had ceased on {date} (it was active until {active_to}).",
                ),
                field="board_ids",
                name=board.name,
                date=meeting.date.isoformat(),
                active_to=board.active_to.isoformat(),
            )
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The board {name} did not exist yet on {date} (it starts on {active_from}).",
            ),
            field="board_ids",
            name=board.name,
            date=meeting.date.isoformat(),
            active_from=board.active_from.isoformat(),
        )


def _as_minutes_show_it(meeting: Meeting) -> tuple[object, ...]:
    """Return what adjusted minutes say about the meeting; its title and notes are internal."""
    return (
        meeting.kind,
        meeting.date,
        meeting.start,
        meeting.end,
        meeting.place,
        frozenset(meeting.board_ids),
    )


def _check_change_keeps_records(conn: sqlite3.Connection, old: Meeting, new: Meeting) -> None:
    """Raise if the change would contradict minutes or records already made at the meeting."""
    assert old.id is not None
    if _as_minutes_show_it(old) != _as_minutes_show_it(new) and store.has_adjusted_minutes(
        conn, old.id
    ):
        raise DomainError(_ADJUSTED_MEETING, field="meeting_id")
    if new.date.year != old.date.year and store.count_meeting_records(conn, old.id).minutes:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The meeting's minutes are numbered in {year}, so the meeting must stay in {year}.",
            ),
            field="date",
            year=old.date.year,
        )
    removed = set(old.board_ids) - set(new.board_ids)
    kept = store.boards_with_records(conn, old.id)
    names = sorted(name for board_id, name in kept.items() if board_id in removed)
    if names:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "Records of the meeting concern {name}, so the board must stay on the meeting.",
            ),
            field="board_ids",
            name=", ".join(names),
        )
