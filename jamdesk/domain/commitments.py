"""Commitments (åtaganden) made by boards or managers, and their follow-up."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum

from jamdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from jamdesk.domain.text import required_text


class CommitmentStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    FULFILLED = "fulfilled"
    NOT_FULFILLED = "not_fulfilled"
    WITHDRAWN = "withdrawn"


COMMITMENT_STATUS_LABELS: dict[CommitmentStatus, str] = {
    CommitmentStatus.OPEN: QT_TRANSLATE_NOOP("DomainLabel", "Open"),
    CommitmentStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("DomainLabel", "In progress"),
    CommitmentStatus.FULFILLED: QT_TRANSLATE_NOOP("DomainLabel", "Fulfilled"),
    CommitmentStatus.NOT_FULFILLED: QT_TRANSLATE_NOOP("DomainLabel", "Not fulfilled"),
    CommitmentStatus.WITHDRAWN: QT_TRANSLATE_NOOP("DomainLabel", "Withdrawn"),
}

# A commitment found not fulfilled may still be taken up again and fulfilled later;
# fulfilled and withdrawn ones are closed for good.
COMMITMENT_TRANSITIONS: dict[CommitmentStatus, frozenset[CommitmentStatus]] = {
    CommitmentStatus.OPEN: frozenset(
        {
            CommitmentStatus.IN_PROGRESS,
            CommitmentStatus.FULFILLED,
            CommitmentStatus.NOT_FULFILLED,
            CommitmentStatus.WITHDRAWN,
        }
    ),
    CommitmentStatus.IN_PROGRESS: frozenset(
        {CommitmentStatus.FULFILLED, CommitmentStatus.NOT_FULFILLED, CommitmentStatus.WITHDRAWN}
    ),
    CommitmentStatus.NOT_FULFILLED: frozenset(
        {CommitmentStatus.IN_PROGRESS, CommitmentStatus.FULFILLED}
    ),
    CommitmentStatus.FULFILLED: frozenset(),
    CommitmentStatus.WITHDRAWN: frozenset(),
}

# While a commitment is still to be kept, it must say by when.
PENDING_COMMITMENT_STATUSES = frozenset({CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS})


@dataclass(frozen=True)
class Commitment:
    """What a board or manager promised, who is responsible, and by when."""

    board_id: int
    description: str
    created_on: dt.date
    due_on: dt.date | None = None
    made_by_id: int | None = None
    responsible_id: int | None = None
    responsible: str = ""
    meeting_id: int | None = None
    agenda_item_id: int | None = None
    question_id: int | None = None
    status: CommitmentStatus = CommitmentStatus.OPEN
    goal_ids: tuple[int, ...] = ()
    id: int | None = None

    def validated(self) -> Commitment:
        """Return a copy with trimmed text, or raise a ValidationError."""
        description = required_text(
            self.description, "description", QT_TRANSLATE_NOOP("DomainError", "The commitment")
        )
        if self.status in PENDING_COMMITMENT_STATUSES and self.due_on is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "DomainError", "An open commitment needs a due date: by when is it to be kept?"
                ),
                field="due_on",
            )
        if self.due_on is not None and self.due_on < self.created_on:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "The due date {due} comes before the commitment was made ({made}).",
                ),
                field="due_on",
                due=self.due_on.isoformat(),
                made=self.created_on.isoformat(),
            )
        return replace(self, description=description, responsible=self.responsible.strip())


def commitment_is_overdue(status: CommitmentStatus, due_on: dt.date | None, as_of: dt.date) -> bool:
    """Return whether a commitment should have been kept before ``as_of`` but is still pending."""
    return status in PENDING_COMMITMENT_STATUSES and due_on is not None and due_on < as_of
