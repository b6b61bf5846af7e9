"""A year's calendar for the example: which meetings, when, and what each one decides."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from jamdesk.domain.meetings import MeetingKind, MeetingStatus
from jamdesk.domain.requests import ReportForm
from jamdesk.services.example.context import BoardInfo, ExampleContext
from jamdesk.services.example.names import (
    DELEGATION_ROOM,
    DELEGATION_SLOTS,
    DIALOGUE_SLOTS,
    MEETING_ROOMS,
)
from jamdesk.services.example.texts import CANCELLED_NOTES

_DAY = dt.timedelta(days=1)

# Month windows per kind of dialogue: budget work in spring, results in autumn.
_WINDOWS: dict[str, tuple[MeetingKind, int, int]] = {
    "early": (MeetingKind.CHECK_IN, 1, 2),
    "budget": (MeetingKind.BUDGET_DIALOGUE, 3, 5),
    "june": (MeetingKind.CHECK_IN, 6, 6),
    "results": (MeetingKind.RESULTS_SEMINAR, 9, 11),
}
_DELEGATION_MONTHS = (1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12)
_TITLES: dict[MeetingKind, str] = {
    MeetingKind.BUDGET_DIALOGUE: "Budgetdialog med {board}",
    MeetingKind.RESULTS_SEMINAR: "Resultatseminarium med {board}",
    MeetingKind.CHECK_IN: "Avstämningsmöte med {board}",
}
_FORMS = (
    ReportForm.STATISTICS_BY_SEX,
    ReportForm.RESOURCE_ANALYSIS,
    ReportForm.MEASURES,
    ReportForm.WRITTEN_REPORT,
    ReportForm.ORAL_REPORT,
)
_FORM_WEIGHTS = (35, 25, 20, 12, 8)


@dataclass(frozen=True)
class PlannedRequest:
    """A reporting request a meeting will decide on."""

    board: BoardInfo
    form: ReportForm
    # Sent this year and still unanswered after its due date, as of the reference date.
    overdue: bool = False


@dataclass
class PlannedMeeting:
    """A meeting in the calendar, before its agenda and records are built."""

    kind: MeetingKind
    date: dt.date
    start: dt.time
    end: dt.time
    place: str
    title: str
    status: MeetingStatus
    board: BoardInfo | None = None
    notes: str = ""
    requests: list[PlannedRequest] = field(default_factory=list)
    needs: int = 0
    reviews: int = 0

    @property
    def held(self) -> bool:
        """Return whether the meeting took place."""
        return self.status is MeetingStatus.HELD


def plan_year(ctx: ExampleContext, year: int) -> list[PlannedMeeting]:
    """Return the year's dialogues and delegation meetings in date order."""
    meetings: list[PlannedMeeting] = []
    for board in ctx.boards:
        if board.active_in(year):
            meetings.extend(_dialogues(ctx, board, year))
    meetings.extend(_delegation_meetings(ctx, year))
    _cancel_some(ctx, meetings)
    _share_out_records(ctx, year, meetings)
    meetings.sort(key=lambda m: (m.date, m.start, m.board.id if m.board else 0))
    return meetings


def _weekday(day: dt.date, allowed: frozenset[int]) -> dt.date:
    while day.weekday() not in allowed:
        day += _DAY
    return day


_MON_TO_THU = frozenset({0, 1, 2, 3})
_TUE_WED = frozenset({1, 2})


def _status(ctx: ExampleContext, day: dt.date) -> MeetingStatus:
    return MeetingStatus.HELD if day < ctx.today else MeetingStatus.PLANNED


def _slot(pair: tuple[str, str]) -> tuple[dt.time, dt.time]:
    return dt.time.fromisoformat(pair[0]), dt.time.fromisoformat(pair[1])


def _dialogues(ctx: ExampleContext, board: BoardInfo, year: int) -> list[PlannedMeeting]:
    rng = ctx.rng
    count = rng.randint(*ctx.profile.dialogues_per_board)
    windows = ["budget", "results"]
    if count >= 3:
        windows.append(rng.choice(("early", "june")))
    if count >= 4:
        windows = ["early", "budget", "june", "results"]
    planned = []
    for window in windows:
        kind, first_month, last_month = _WINDOWS[window]
        month = rng.randint(first_month, last_month)
        day = _weekday(dt.date(year, month, rng.randint(9 if month == 1 else 3, 26)), _MON_TO_THU)
        start, end = _slot(rng.choice(DIALOGUE_SLOTS))
        planned.append(
            PlannedMeeting(
                kind,
                day,
                start,
                end,
                rng.choice(MEETING_ROOMS),
                _TITLES[kind].format(board=board.running_name),
                _status(ctx, day),
                board,
            )
        )
    return planned


def _delegation_meetings(ctx: ExampleContext, year: int) -> list[PlannedMeeting]:
    rng = ctx.rng
    count = rng.randint(*ctx.profile.delegation_meetings)
    months = sorted(rng.sample(_DELEGATION_MONTHS, count))
    start, end = _slot(rng.choice(DELEGATION_SLOTS))
    title = f"{ctx.delegation}s sammanträde"
    planned = []
    for month in months:
        day = _weekday(dt.date(year, month, rng.randint(8, 20)), _TUE_WED)
        planned.append(
            PlannedMeeting(
                MeetingKind.DELEGATION_MEETING,
                day,
                start,
                end,
                DELEGATION_ROOM,
                title,
                _status(ctx, day),
            )
        )
    return planned


def _cancel_some(ctx: ExampleContext, meetings: list[PlannedMeeting]) -> None:
    """Cancel about one check-in meeting in fifty, at least one a year."""
    check_ins = [m for m in meetings if m.kind is MeetingKind.CHECK_IN]
    if not check_ins:
        return
    count = max(1, round(len(check_ins) * 0.02))
    for meeting in ctx.rng.sample(check_ins, count):
        meeting.status = MeetingStatus.CANCELLED
        meeting.notes = ctx.rng.choice(CANCELLED_NOTES)


def _share_out_records(ctx: ExampleContext, year: int, meetings: list[PlannedMeeting]) -> None:
    """Decide at which held meetings each board's requests, needs and reviews arise."""
    rng = ctx.rng
    profile = ctx.profile
    # The current year is only partly over: it has had its share of records so far.
    share = 1.0
    if year == ctx.today.year:
        share = (ctx.today - dt.date(year, 1, 1)).days / 365
    delegation = [m for m in meetings if m.kind is MeetingKind.DELEGATION_MEETING and m.held]
    by_board: dict[int, list[PlannedMeeting]] = {}
    for meeting in meetings:
        if meeting.board is not None and meeting.held:
            by_board.setdefault(meeting.board.id, []).append(meeting)
    for board in ctx.boards:
        if not board.active_in(year):
            continue
        dialogues = by_board.get(board.id, [])
        for _ in range(round(rng.randint(*profile.requests_per_board) * share)):
            form = rng.choices(_FORMS, _FORM_WEIGHTS)[0]
            if dialogues and (not delegation or rng.random() < 0.4):
                rng.choice(dialogues).requests.append(PlannedRequest(board, form))
            elif delegation:
                rng.choice(delegation).requests.append(PlannedRequest(board, form))
        if not dialogues:
            continue
        for _ in range(round(rng.randint(*profile.needs_per_board) * share)):
            rng.choice(dialogues).needs += 1
        for _ in range(round(rng.randint(*profile.reviews_per_board) * share)):
            rng.choice(dialogues).reviews += 1
    if year == ctx.today.year:
        _make_some_overdue(ctx, meetings)


def _make_some_overdue(ctx: ExampleContext, meetings: list[PlannedMeeting]) -> None:
    """Leave about one in eight of this year's older requests unanswered past their due date."""
    latest = ctx.today - dt.timedelta(days=40)
    candidates = [
        (meeting, index)
        for meeting in meetings
        if meeting.held and meeting.date <= latest
        for index in range(len(meeting.requests))
    ]
    if not candidates:
        return
    for meeting, index in ctx.rng.sample(candidates, max(1, len(candidates) // 8)):
        request = meeting.requests[index]
        meeting.requests[index] = PlannedRequest(request.board, request.form, overdue=True)
