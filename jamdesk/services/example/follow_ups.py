"""The stories of questions, commitments and requests: which status, changed on which day.

Each story is first drawn as it would play out in full, then settled against the
example's reference date: a record from a past year is squeezed to end by that date
(past years are fully followed up), while a record from the current year keeps only
what has happened so far, which leaves open, overdue and unassessed records behind.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, replace

from jamdesk.domain.commitments import CommitmentStatus
from jamdesk.domain.history import StatusChange
from jamdesk.domain.questions import QuestionStatus
from jamdesk.domain.requests import RequestStatus

_DAY = dt.timedelta(days=1)


class _Story:
    """A status story being drawn, one change after another, dates never going back."""

    def __init__(self, rng: random.Random, start: dt.date, status: str, note: str) -> None:
        self._rng = rng
        self.steps = [StatusChange(start, None, str(status), note)]

    @property
    def last_day(self) -> dt.date:
        return self.steps[-1].changed_on

    def on(self, day: dt.date, status: str, note: str) -> None:
        """Change to ``status`` on ``day``, or on the last change's day if that is later."""
        previous = self.steps[-1]
        day = max(day, previous.changed_on)
        self.steps.append(StatusChange(day, previous.to_status, str(status), note))

    def after(self, low: int, high: int, status: str, note: str) -> None:
        """Change to ``status`` between ``low`` and ``high`` days after the last change."""
        self.on(self.last_day + self._rng.randint(low, high) * _DAY, status, note)


def question_story(rng: random.Random, asked_on: dt.date) -> list[StatusChange]:
    """Draw how a question asked at a dialogue gets its answer."""
    story = _Story(rng, asked_on, QuestionStatus.OPEN, "Frågan ställdes vid mötet.")
    chance = rng.random()
    if chance < 0.5:
        story.on(asked_on, QuestionStatus.ANSWERED, "Besvarades muntligt vid mötet.")
        if rng.random() < 0.08:
            story.after(
                30, 90, QuestionStatus.NEEDS_FOLLOW_UP, "Delegationen vill följa upp svaret."
            )
            story.after(14, 45, QuestionStatus.ANSWERED, "Kompletterande svar inkom.")
    elif chance < 0.75:
        story.after(7, 45, QuestionStatus.ANSWERED, "Skriftligt svar inkom.")
    elif chance < 0.85:
        # Some boards take a season to answer in writing.
        story.after(60, 150, QuestionStatus.ANSWERED, "Skriftligt svar inkom efter påminnelse.")
    else:
        story.after(0, 3, QuestionStatus.NEEDS_FOLLOW_UP, "Frågan kunde inte besvaras vid mötet.")
        story.after(14, 90, QuestionStatus.ANSWERED, "Skriftligt svar inkom.")
    return story.steps


def commitment_story(rng: random.Random, made_on: dt.date, due_on: dt.date) -> list[StatusChange]:
    """Draw how a commitment is worked on and closed."""
    story = _Story(rng, made_on, CommitmentStatus.OPEN, "Åtagandet gjordes vid mötet.")
    span = max((due_on - made_on).days, 14)
    if rng.random() < 0.65:
        story.after(7, span // 2, CommitmentStatus.IN_PROGRESS, "Arbetet har påbörjats.")
    chance = rng.random()
    if chance < 0.72:
        day = due_on + rng.randint(-30, 20) * _DAY
        story.on(day, CommitmentStatus.FULFILLED, "Redovisat för delegationen; uppfyllt.")
    elif chance < 0.84:
        day = due_on + rng.randint(0, 30) * _DAY
        story.on(day, CommitmentStatus.NOT_FULFILLED, "Inte genomfört inom utsatt tid.")
    elif chance < 0.92:
        day = made_on + rng.randint(20, span) * _DAY
        story.on(day, CommitmentStatus.WITHDRAWN, "Återkallat efter omprioritering i nämnden.")
    else:
        day = due_on + rng.randint(0, 20) * _DAY
        story.on(day, CommitmentStatus.NOT_FULFILLED, "Inte genomfört inom utsatt tid.")
        story.after(3, 20, CommitmentStatus.IN_PROGRESS, "Arbetet återupptogs.")
        story.after(20, 60, CommitmentStatus.FULFILLED, "Redovisat för delegationen; uppfyllt.")
    return story.steps


def request_story(rng: random.Random, made_on: dt.date, due_on: dt.date) -> list[StatusChange]:
    """Draw how a reporting request is sent, answered and assessed."""
    story = _Story(rng, made_on, RequestStatus.DRAFT, "Utkast upprättat.")
    delay = rng.randint(0, 5) if rng.random() < 0.8 else rng.randint(7, 21)
    sent = min(made_on + delay * _DAY, due_on)
    story.on(sent, RequestStatus.SENT, "Begäran skickad till nämnden.")
    if rng.random() < 0.72:
        story.on(due_on - rng.randint(0, 25) * _DAY, RequestStatus.ANSWERED, "Svar inkom.")
    else:
        late = due_on + rng.randint(5, 60) * _DAY
        story.on(late, RequestStatus.ANSWERED, "Svar inkom efter påminnelse.")
    if rng.random() < 0.85:
        story.after(7, 40, RequestStatus.ASSESSED_SUFFICIENT, "Redovisningen bedöms tillräcklig.")
    else:
        story.after(7, 30, RequestStatus.SUPPLEMENT_REQUESTED, "Komplettering begärd.")
        story.after(14, 45, RequestStatus.ANSWERED, "Komplettering inkom.")
        story.after(7, 30, RequestStatus.ASSESSED_SUFFICIENT, "Redovisningen bedöms tillräcklig.")
    return story.steps


def settle(steps: list[StatusChange], today: dt.date, *, complete: bool) -> list[StatusChange]:
    """Fit a drawn story to ``today``: squeeze it to end by then, or cut it off there."""
    if complete:
        settled: list[StatusChange] = []
        for step in steps:
            day = min(step.changed_on, today)
            if settled and day < settled[-1].changed_on:
                day = settled[-1].changed_on
            settled.append(replace(step, changed_on=day))
        return settled
    return [step for index, step in enumerate(steps) if index == 0 or step.changed_on <= today]


@dataclass(frozen=True)
class Tracked:
    """A stored commitment or request, kept to find what later agendas follow up."""

    id: int
    board_id: int
    created_on: dt.date
    due_on: dt.date
    events: tuple[tuple[dt.date, str], ...]

    def status_before(self, day: dt.date) -> str | None:
        """Return the status as a meeting on ``day`` sees it, or None if not yet made."""
        status = None
        for changed_on, to_status in self.events:
            if changed_on >= day:
                break
            status = to_status
        return status

    def changed_to_between(self, status: str, after: dt.date, until: dt.date) -> bool:
        """Return whether the record changed to ``status`` in the period (after, until]."""
        return any(to == status and after < changed_on <= until for changed_on, to in self.events)


def tracked(record_id: int, board_id: int, due_on: dt.date, events: list[StatusChange]) -> Tracked:
    """Return the follow-up view of a stored record's story."""
    return Tracked(
        record_id,
        board_id,
        events[0].changed_on,
        due_on,
        tuple((event.changed_on, event.to_status) for event in events),
    )
