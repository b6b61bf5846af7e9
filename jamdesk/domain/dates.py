"""Dates and times as the store keeps them (ISO 8601) and as users type them."""

from __future__ import annotations

import datetime as dt
import re

from jamdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError

# ASCII digits only: int() would also read Arabic-Indic or full-width digits.
_DATE_RE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$", re.ASCII)
_COMPACT_DATE_RE = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$", re.ASCII)
# Swedish usage writes 13.00; ISO writes 13:00. Both are accepted.
_TIME_RE = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$", re.ASCII)


def parse_date(text: str, field: str = "date") -> dt.date:
    """Return the date written as YYYY-MM-DD (or YYYYMMDD), or raise a ValidationError."""
    match = _DATE_RE.match(text) or _COMPACT_DATE_RE.match(text)
    if match is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "Write the date as YYYY-MM-DD, not “{text}”."),
            field=field,
            text=text.strip(),
        )
    year, month, day = (int(part) for part in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The date {text} does not exist."),
            field=field,
            text=text.strip(),
        ) from None


def parse_time(text: str, field: str = "time") -> dt.time:
    """Return the time written as HH:MM or HH.MM, or raise a ValidationError."""
    match = _TIME_RE.match(text)
    if match is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "Write the time as HH.MM, not “{text}”."),
            field=field,
            text=text.strip(),
        )
    hour, minute = (int(part) for part in match.groups())
    if hour > 23 or minute > 59:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The time {text} does not exist."),
            field=field,
            text=text.strip(),
        )
    return dt.time(hour, minute)


def date_to_iso(value: dt.date) -> str:
    """Return the date as the store keeps it."""
    return value.isoformat()


def date_from_iso(value: str) -> dt.date:
    """Return the date the store kept (trusted input)."""
    return dt.date.fromisoformat(value)


def optional_date_from_iso(value: str | None) -> dt.date | None:
    """Return the stored date, or None where none is kept."""
    return None if value is None else dt.date.fromisoformat(value)


def time_to_text(value: dt.time) -> str:
    """Return the time as the store keeps it (HH:MM)."""
    return f"{value.hour:02d}:{value.minute:02d}"


def time_from_text(value: str) -> dt.time:
    """Return the time the store kept (trusted input)."""
    return dt.time.fromisoformat(value)


def swedish_time(value: dt.time) -> str:
    """Return the time the Swedish way: 13.00."""
    return f"{value.hour:02d}.{value.minute:02d}"
