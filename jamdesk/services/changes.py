"""What a use case changed, so each screen can decide whether to redraw."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

T = TypeVar("T")


class RecordKind(StrEnum):
    ORGANISATION = "organisation"
    BOARD = "board"
    PERSON = "person"
    GOAL = "goal"
    MEETING = "meeting"
    AGENDA = "agenda"
    QUESTION = "question"
    COMMITMENT = "commitment"
    REQUEST = "request"
    MINUTES = "minutes"
    REVIEW = "review"
    NEED = "need"
    ACTION_PLAN = "action_plan"
    QUESTION_BANK = "question_bank"


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """The result of a use case and the kinds of record it changed."""

    value: T
    changed: frozenset[RecordKind]


def outcome(value: T, *kinds: RecordKind) -> Outcome[T]:
    """Return an Outcome for ``value`` that changed records of ``kinds``."""
    return Outcome(value, frozenset(kinds))


@dataclass(frozen=True)
class RecordRef:
    """Which record: its kind and id, for opening it from search results or links."""

    kind: RecordKind
    id: int
