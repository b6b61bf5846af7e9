"""Questions asked by members to a board or manager, and their answers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum

from jamdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from jamdesk.domain.text import required_text


class QuestionStatus(StrEnum):
    OPEN = "open"
    ANSWERED = "answered"
    NEEDS_FOLLOW_UP = "needs_follow_up"


QUESTION_STATUS_LABELS: dict[QuestionStatus, str] = {
    QuestionStatus.OPEN: QT_TRANSLATE_NOOP("DomainLabel", "Open"),
    QuestionStatus.ANSWERED: QT_TRANSLATE_NOOP("DomainLabel", "Answered"),
    QuestionStatus.NEEDS_FOLLOW_UP: QT_TRANSLATE_NOOP("DomainLabel", "Needs follow-up"),
}

QUESTION_TRANSITIONS: dict[QuestionStatus, frozenset[QuestionStatus]] = {
    QuestionStatus.OPEN: frozenset({QuestionStatus.ANSWERED, QuestionStatus.NEEDS_FOLLOW_UP}),
    QuestionStatus.ANSWERED: frozenset({QuestionStatus.NEEDS_FOLLOW_UP}),
    QuestionStatus.NEEDS_FOLLOW_UP: frozenset({QuestionStatus.ANSWERED}),
}


@dataclass(frozen=True)
class Question:
    """A question put at a meeting to a board (and perhaps its manager)."""

    meeting_id: int
    board_id: int
    text: str
    asked_by_id: int | None = None
    addressed_to_id: int | None = None
    agenda_item_id: int | None = None
    answer: str = ""
    answered_on: dt.date | None = None
    status: QuestionStatus = QuestionStatus.OPEN
    goal_ids: tuple[int, ...] = ()
    id: int | None = None

    def validated(self) -> Question:
        """Return a copy with trimmed text, or raise a ValidationError."""
        text = required_text(self.text, "text", QT_TRANSLATE_NOOP("DomainError", "The question"))
        answer = self.answer.strip()
        if self.status is QuestionStatus.ANSWERED and not answer:
            raise ValidationError(
                QT_TRANSLATE_NOOP("DomainError", "An answered question needs its answer."),
                field="answer",
            )
        return replace(self, text=text, answer=answer)
