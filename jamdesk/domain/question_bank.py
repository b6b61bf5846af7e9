"""The question bank: standard questions for dialogues, tagged by meeting kind, 3R/4R step, goal."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from jamdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from jamdesk.domain.meetings import MeetingKind
from jamdesk.domain.text import required_text


class MethodStep(StrEnum):
    """The steps of the 3R method, and the fourth step of 4R."""

    REPRESENTATION = "representation"
    RESOURCES = "resources"
    REALIA = "realia"
    REALISE = "realise"


METHOD_STEP_LABELS: dict[MethodStep, str] = {
    MethodStep.REPRESENTATION: QT_TRANSLATE_NOOP("DomainLabel", "Representation"),
    MethodStep.RESOURCES: QT_TRANSLATE_NOOP("DomainLabel", "Resources"),
    MethodStep.REALIA: QT_TRANSLATE_NOOP("DomainLabel", "Realia"),
    MethodStep.REALISE: QT_TRANSLATE_NOOP("DomainLabel", "Realise (4R)"),
}

_KIND_ORDER = {kind: index for index, kind in enumerate(MeetingKind)}


@dataclass(frozen=True)
class QuestionBankEntry:
    """A standard question, the meeting kinds it suits, its 3R/4R step (if any) and goals."""

    text: str
    meeting_kinds: tuple[MeetingKind, ...]
    method_step: MethodStep | None = None
    goal_ids: tuple[int, ...] = ()
    active: bool = True
    sort_order: int = 0
    id: int | None = None

    def validated(self) -> QuestionBankEntry:
        """Return a copy with trimmed text and tags in order, or raise a ValidationError."""
        text = required_text(self.text, "text", QT_TRANSLATE_NOOP("DomainError", "The question"))
        if not self.meeting_kinds:
            # An untagged entry would never be offered when an agenda is built.
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "DomainError", "Choose at least one kind of meeting the question suits."
                ),
                field="meeting_kinds",
            )
        kinds = tuple(sorted(set(self.meeting_kinds), key=_KIND_ORDER.__getitem__))
        goal_ids = tuple(dict.fromkeys(self.goal_ids))
        return replace(self, text=text, meeting_kinds=kinds, goal_ids=goal_ids)
