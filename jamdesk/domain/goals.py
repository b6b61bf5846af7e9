"""Goals as data: own political goals, national sub-goals and the charter's articles."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from jamdesk.domain.errors import QT_TRANSLATE_NOOP
from jamdesk.domain.text import required_text


class GoalKind(StrEnum):
    OWN = "own"
    NATIONAL = "national"
    CHARTER = "charter"


GOAL_KIND_LABELS: dict[GoalKind, str] = {
    GoalKind.OWN: QT_TRANSLATE_NOOP("DomainLabel", "Own goal"),
    GoalKind.NATIONAL: QT_TRANSLATE_NOOP("DomainLabel", "National sub-goal"),
    GoalKind.CHARTER: QT_TRANSLATE_NOOP("DomainLabel", "Charter article"),
}


@dataclass(frozen=True)
class Goal:
    """A goal or charter article that questions and commitments can be tagged with."""

    kind: GoalKind
    title: str
    code: str = ""
    description: str = ""
    active: bool = True
    sort_order: int = 0
    id: int | None = None

    def validated(self) -> Goal:
        """Return a copy with trimmed text, or raise a ValidationError."""
        title = required_text(self.title, "title", QT_TRANSLATE_NOOP("DomainError", "The title"))
        return replace(
            self, title=title, code=self.code.strip(), description=self.description.strip()
        )


# The six national gender-equality sub-goals, offered as starting data for a new store.
# They are rows like any other goal once stored: nothing in the app depends on this list.
NATIONAL_SUBGOALS: tuple[tuple[str, str], ...] = (
    ("1", "Jämn fördelning av makt och inflytande"),
    ("2", "Ekonomisk jämställdhet"),
    ("3", "Jämställd utbildning"),
    ("4", "Jämn fördelning av det obetalda hem- och omsorgsarbetet"),
    ("5", "Jämställd hälsa"),
    ("6", "Mäns våld mot kvinnor ska upphöra"),
)
