"""Agendas, attendance and follow-up lists shared by dialogues and delegation meetings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from jamdesk.domain.commitments import PENDING_COMMITMENT_STATUSES
from jamdesk.domain.meetings import (
    STANDARD_OPENING_ITEMS,
    AgendaItem,
    AgendaItemKind,
    AgendaLink,
    Attendance,
    Participant,
    ParticipantRole,
)
from jamdesk.domain.requests import AWAITING_ANSWER_STATUSES, RequestStatus
from jamdesk.services.example.context import ExampleContext
from jamdesk.services.example.follow_ups import Tracked

# Follow-ups look back this far; older records were settled long before.
_LOOK_BACK = dt.timedelta(days=730)
_PENDING = frozenset(status.value for status in PENDING_COMMITMENT_STATUSES)
_AWAITING = frozenset(status.value for status in AWAITING_ANSWER_STATUSES)
_OUT_WITH_BOARD = _AWAITING | {RequestStatus.ANSWERED.value}

CLOSING_ITEM = "Mötets avslutande"


@dataclass
class Entry:
    """An agenda item as built, with the minutes text the meeting will give it."""

    id: int
    kind: AgendaItemKind
    title: str
    diary_number: str = ""
    summary: str = ""
    decision: str = ""
    sent_to: str = ""


class Agenda:
    """Number a meeting's agenda items 1..n as they are added."""

    def __init__(self, ctx: ExampleContext, meeting_id: int) -> None:
        self._ctx = ctx
        self._meeting_id = meeting_id
        self.entries: list[Entry] = []

    def add(
        self,
        kind: AgendaItemKind,
        title: str,
        *,
        diary_number: str = "",
        links: Sequence[AgendaLink] = (),
    ) -> Entry:
        """Add the next item; return it."""
        item = AgendaItem(
            meeting_id=self._meeting_id,
            position=len(self.entries) + 1,
            kind=kind,
            title=title,
            diary_number=diary_number,
            links=tuple(links),
        )
        entry = Entry(self._ctx.rows.add_agenda_item(item), kind, title, diary_number)
        self.entries.append(entry)
        return entry

    def add_opening(self) -> list[Entry]:
        """Add the standard opening items every Swedish agenda starts with."""
        return [self.add(AgendaItemKind.OPENING, title) for title in STANDARD_OPENING_ITEMS]


def pending_commitments(ctx: ExampleContext, board_id: int, day: dt.date) -> list[Tracked]:
    """Return the board's commitments still to be kept as a meeting on ``day`` sees them."""
    return _recent(
        ctx.commitments_by_board.get(board_id, ()), day, lambda t: t.status_before(day) in _PENDING
    )


def open_requests(ctx: ExampleContext, board_id: int, day: dt.date) -> list[Tracked]:
    """Return the board's requests that are out with it or await assessment on ``day``."""
    return _recent(
        ctx.requests_by_board.get(board_id, ()),
        day,
        lambda t: t.status_before(day) in _OUT_WITH_BOARD,
    )


def answered_requests(ctx: ExampleContext, since: dt.date, day: dt.date) -> list[Tracked]:
    """Return the requests answered after ``since`` and before the meeting on ``day``."""
    last = day - dt.timedelta(days=1)
    return _recent(
        ctx.requests, day, lambda t: t.changed_to_between(RequestStatus.ANSWERED, since, last)
    )


def overdue_requests(ctx: ExampleContext, day: dt.date) -> list[Tracked]:
    """Return the requests whose answer was due before ``day`` and has not come."""
    return _recent(
        ctx.requests, day, lambda t: t.due_on < day and t.status_before(day) in _AWAITING
    )


def _recent(
    records: Sequence[Tracked], day: dt.date, keep: Callable[[Tracked], bool]
) -> list[Tracked]:
    # Records are kept in the order they were made, so the scan stops at the first old one.
    oldest = day - _LOOK_BACK
    found = []
    for record in reversed(records):
        if record.created_on < oldest:
            break
        if record.created_on < day and keep(record):
            found.append(record)
    found.reverse()
    return found


def links_to_commitments(records: Iterable[Tracked]) -> list[AgendaLink]:
    """Return agenda links to the commitments."""
    return [AgendaLink(commitment_id=record.id) for record in records]


def links_to_requests(records: Iterable[Tracked]) -> list[AgendaLink]:
    """Return agenda links to the requests."""
    return [AgendaLink(request_id=record.id) for record in records]


def call(
    ctx: ExampleContext,
    meeting_id: int,
    person_id: int,
    role: ParticipantRole,
    *,
    held: bool,
    absent_chance: float,
) -> Attendance:
    """Call someone to a meeting and, if it was held, record whether they came."""
    attendance = Attendance.UNKNOWN
    if held:
        absent = ctx.rng.random() < absent_chance
        attendance = Attendance.ABSENT if absent else Attendance.PRESENT
    ctx.rows.add_participant(Participant(meeting_id, person_id, role, True, attendance))
    return attendance
