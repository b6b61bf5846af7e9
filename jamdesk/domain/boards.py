"""Boards (nämnder, styrelser, bolag): the bodies the delegation holds dialogues with."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum

from jamdesk.domain.errors import QT_TRANSLATE_NOOP
from jamdesk.domain.periods import check_period, within
from jamdesk.domain.text import required_text


class BoardKind(StrEnum):
    BOARD = "board"
    EXECUTIVE_BOARD = "executive_board"
    COMPANY = "company"


BOARD_KIND_LABELS: dict[BoardKind, str] = {
    BoardKind.BOARD: QT_TRANSLATE_NOOP("DomainLabel", "Board"),
    BoardKind.EXECUTIVE_BOARD: QT_TRANSLATE_NOOP("DomainLabel", "Executive board"),
    BoardKind.COMPANY: QT_TRANSLATE_NOOP("DomainLabel", "Company"),
}


@dataclass(frozen=True)
class Board:
    """A board with its administration, chair and manager, active from–to."""

    name: str
    kind: BoardKind
    active_from: dt.date
    administration: str = ""
    chair_id: int | None = None
    manager_id: int | None = None
    active_to: dt.date | None = None
    id: int | None = None

    def validated(self) -> Board:
        """Return a copy with trimmed text, or raise a ValidationError."""
        name = required_text(
            self.name, "name", QT_TRANSLATE_NOOP("DomainError", "The board's name")
        )
        check_period(self.active_from, self.active_to, "active_to")
        return replace(self, name=name, administration=self.administration.strip())

    def is_active(self, day: dt.date) -> bool:
        """Return whether the board exists on ``day``."""
        return within(day, self.active_from, self.active_to)


@dataclass(frozen=True)
class BoardContact:
    """A person the secretary contacts at a board, and in what capacity."""

    board_id: int
    person_id: int
    capacity: str = ""
