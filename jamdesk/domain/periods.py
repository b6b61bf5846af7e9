"""Periods with a start and an optional end (terms, active boards)."""

from __future__ import annotations

import datetime as dt

from jamdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError


def check_period(start: dt.date, end: dt.date | None, field: str = "end") -> None:
    """Raise a ValidationError if ``end`` comes before ``start``."""
    if end is not None and end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The end date {end} comes before the start {start}."),
            field=field,
            start=start.isoformat(),
            end=end.isoformat(),
        )


def within(day: dt.date, start: dt.date, end: dt.date | None) -> bool:
    """Return whether ``day`` falls in the period (both ends included)."""
    return start <= day and (end is None or day <= end)
