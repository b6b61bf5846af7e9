"""The CEMR charter's action plan: priorities, actions, resources and indicators."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum

from jamdesk.domain.errors import QT_TRANSLATE_NOOP
from jamdesk.domain.text import required_text


class ActionStatus(StrEnum):
    PLANNED = "planned"
    ONGOING = "ongoing"
    DONE = "done"
    CANCELLED = "cancelled"


ACTION_STATUS_LABELS: dict[ActionStatus, str] = {
    ActionStatus.PLANNED: QT_TRANSLATE_NOOP("DomainLabel", "Planned"),
    ActionStatus.ONGOING: QT_TRANSLATE_NOOP("DomainLabel", "Ongoing"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("DomainLabel", "Done"),
    ActionStatus.CANCELLED: QT_TRANSLATE_NOOP("DomainLabel", "Cancelled"),
}


@dataclass(frozen=True)
class ActionPlanItem:
    """One action of the charter's action plan, under a charter article (a goal)."""

    action: str
    goal_id: int | None = None
    priority: str = ""
    resources: str = ""
    indicator: str = ""
    board_id: int | None = None
    due_on: dt.date | None = None
    status: ActionStatus = ActionStatus.PLANNED
    id: int | None = None

    def validated(self) -> ActionPlanItem:
        """Return a copy with trimmed text, or raise a ValidationError."""
        action = required_text(
            self.action, "action", QT_TRANSLATE_NOOP("DomainError", "The action")
        )
        return replace(
            self,
            action=action,
            priority=self.priority.strip(),
            resources=self.resources.strip(),
            indicator=self.indicator.strip(),
        )
