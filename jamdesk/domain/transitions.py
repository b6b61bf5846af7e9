"""Status machines: which status may follow which."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar

from jamdesk.domain.errors import QT_TRANSLATE_NOOP, TransitionError

S = TypeVar("S", bound=StrEnum)


def check_transition(
    allowed: Mapping[S, frozenset[S]], old: S, new: S, labels: Mapping[S, str]
) -> None:
    """Raise a TransitionError unless the rules let ``old`` change to ``new``."""
    if new not in allowed.get(old, frozenset()):
        raise TransitionError(
            QT_TRANSLATE_NOOP("DomainError", "The status cannot change from “{old}” to “{new}”."),
            field="status",
            old=labels[old],
            new=labels[new],
        )


def reachable(allowed: Mapping[S, frozenset[S]], start: S) -> set[S]:
    """Return every status that can be reached from ``start``, itself included."""
    seen = {start}
    todo = [start]
    while todo:
        for nxt in allowed.get(todo.pop(), frozenset()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen
