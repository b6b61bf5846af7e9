"""The dated history of a record's status changes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class StatusChange:
    """One status change: when, from what to what, and the secretary's note."""

    changed_on: dt.date
    from_status: str | None
    to_status: str
    note: str = ""
    id: int | None = None
