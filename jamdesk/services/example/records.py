"""Record the example's questions, commitments and reporting requests with their stories."""

from __future__ import annotations

import datetime as dt

from jamdesk.domain.commitments import Commitment, CommitmentStatus
from jamdesk.domain.history import StatusChange
from jamdesk.domain.questions import Question, QuestionStatus
from jamdesk.domain.requests import ReportForm, ReportingRequest, RequestStatus
from jamdesk.services.example.context import BoardInfo, ExampleContext
from jamdesk.services.example.follow_ups import (
    commitment_story,
    question_story,
    request_story,
    settle,
    tracked,
)
from jamdesk.services.example.texts import (
    ANSWERS,
    ASSESSMENT_SUFFICIENT,
    ASSESSMENT_SUPPLEMENT,
    REQUEST_SUBJECTS,
    RESPONSIBLE_UNITS,
)

_DAY = dt.timedelta(days=1)
_ASSESSED = (RequestStatus.ASSESSED_SUFFICIENT.value, RequestStatus.SUPPLEMENT_REQUESTED.value)


def _last_day(events: list[StatusChange], *statuses: str) -> dt.date | None:
    found = None
    for event in events:
        if event.to_status in statuses:
            found = event.changed_on
    return found


def _first_day(events: list[StatusChange], status: str) -> dt.date | None:
    for event in events:
        if event.to_status == status:
            return event.changed_on
    return None


def record_question(
    ctx: ExampleContext,
    *,
    board: BoardInfo,
    meeting_id: int,
    agenda_item_id: int,
    asked_on: dt.date,
    text: str,
    asked_by_id: int,
    addressed_to_id: int,
) -> int:
    """Store a question asked at a dialogue, answered as far as its story has got."""
    events = settle(
        question_story(ctx.rng, asked_on), ctx.today, complete=ctx.is_past_year(asked_on)
    )
    answered_on = _last_day(events, QuestionStatus.ANSWERED.value)
    question = Question(
        meeting_id=meeting_id,
        board_id=board.id,
        text=text,
        asked_by_id=asked_by_id,
        addressed_to_id=addressed_to_id,
        agenda_item_id=agenda_item_id,
        answer=ctx.rng.choice(ANSWERS) if answered_on else "",
        answered_on=answered_on,
        status=QuestionStatus(events[-1].to_status),
        goal_ids=ctx.goals_for_tagging(1, 2),
    )
    return ctx.rows.add_question(question, events)


def record_commitment(
    ctx: ExampleContext,
    *,
    board: BoardInfo,
    meeting_id: int,
    agenda_item_id: int,
    question_id: int | None,
    made_on: dt.date,
    made_by_id: int,
    description: str,
) -> int:
    """Store a commitment made at a dialogue; return its id."""
    rng = ctx.rng
    due_on = made_on + rng.randint(45, 200) * _DAY
    responsible_id: int | None = rng.choice((board.manager_id, *board.contact_ids))
    responsible = ""
    if rng.random() < 0.2:
        responsible_id, responsible = None, rng.choice(RESPONSIBLE_UNITS)
    events = settle(
        commitment_story(rng, made_on, due_on), ctx.today, complete=ctx.is_past_year(made_on)
    )
    commitment = Commitment(
        board_id=board.id,
        description=description,
        created_on=made_on,
        due_on=due_on,
        made_by_id=made_by_id,
        responsible_id=responsible_id,
        responsible=responsible,
        meeting_id=meeting_id,
        agenda_item_id=agenda_item_id,
        question_id=question_id,
        status=CommitmentStatus(events[-1].to_status),
        goal_ids=ctx.goals_for_tagging(0, 2),
    )
    commitment_id = ctx.rows.add_commitment(commitment, events)
    ctx.commitments_by_board.setdefault(board.id, []).append(
        tracked(commitment_id, board.id, due_on, events)
    )
    return commitment_id


def request_due(ctx: ExampleContext, made_on: dt.date, *, overdue: bool) -> dt.date:
    """Return when the board's answer is due: a few months on, or already passed."""
    if overdue:
        latest = min(120, (ctx.today - made_on).days - 5)
        return made_on + ctx.rng.randint(30, max(30, latest)) * _DAY
    return made_on + ctx.rng.randint(45, 120) * _DAY


def record_request(
    ctx: ExampleContext,
    *,
    board: BoardInfo,
    form: ReportForm,
    made_on: dt.date,
    due_on: dt.date,
    diary_number: str,
    meeting_id: int | None = None,
    paragraph_id: int | None = None,
    agenda_item_id: int | None = None,
    question_id: int | None = None,
    commitment_id: int | None = None,
    draft: bool = False,
    overdue: bool = False,
) -> int:
    """Store a reporting request, sent, answered and assessed as far as its story has got.

    A ``draft`` is not sent yet; an ``overdue`` request was sent but not answered by today.
    """
    rng = ctx.rng
    subject, details = REQUEST_SUBJECTS[form]
    if draft:
        events = [StatusChange(made_on, None, RequestStatus.DRAFT.value, "Utkast upprättat.")]
    elif overdue:
        events = request_story(rng, made_on, due_on)[:2]
    else:
        events = settle(
            request_story(rng, made_on, due_on), ctx.today, complete=ctx.is_past_year(made_on)
        )
    status = RequestStatus(events[-1].to_status)
    answered_on = _last_day(events, RequestStatus.ANSWERED.value)
    note = ""
    if status is RequestStatus.ASSESSED_SUFFICIENT:
        note = rng.choice(ASSESSMENT_SUFFICIENT)
    elif _last_day(events, RequestStatus.SUPPLEMENT_REQUESTED.value):
        note = ASSESSMENT_SUPPLEMENT
    request = ReportingRequest(
        board_id=board.id,
        subject=subject.format(area=rng.choice(board.template.areas)),
        form=form,
        due_on=due_on,
        created_on=made_on,
        form_details=details,
        meeting_id=meeting_id,
        paragraph_id=paragraph_id,
        agenda_item_id=agenda_item_id,
        question_id=question_id,
        commitment_id=commitment_id,
        status=status,
        sent_on=_first_day(events, RequestStatus.SENT.value),
        answered_on=answered_on,
        assessed_on=_last_day(events, *_ASSESSED),
        request_diary_number=diary_number,
        # The registry files the board's answer in the same case as the request.
        answer_diary_number=diary_number if answered_on else "",
        assessment_note=note,
    )
    request_id = ctx.rows.add_request(request, events)
    entry = tracked(request_id, board.id, due_on, events)
    ctx.requests_by_board.setdefault(board.id, []).append(entry)
    ctx.requests.append(entry)
    return request_id
