"""Minutes: protocols of decision meetings and notes of dialogues, with § numbering."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

from jamdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from jamdesk.domain.text import required_text


class MinutesKind(StrEnum):
    PROTOCOL = "protocol"
    NOTES = "notes"


MINUTES_KIND_LABELS: dict[MinutesKind, str] = {
    MinutesKind.PROTOCOL: QT_TRANSLATE_NOOP("DomainLabel", "Protocol"),
    MinutesKind.NOTES: QT_TRANSLATE_NOOP("DomainLabel", "Notes"),
}


@dataclass(frozen=True)
class Minutes:
    """The record of one meeting; once adjusted it never changes."""

    meeting_id: int
    kind: MinutesKind
    body: str
    diary_number: str = ""
    secretary_id: int | None = None
    adjustment_place: str = ""
    adjustment_date: dt.date | None = None
    adjustment_time: dt.time | None = None
    adjusted: bool = False
    adjusted_on: dt.date | None = None
    corrects_id: int | None = None
    adjuster_ids: tuple[int, ...] = ()
    correction_reason: str = ""
    id: int | None = None

    def validated(self) -> Minutes:
        """Return a copy with trimmed text, or raise a ValidationError."""
        body = required_text(self.body, "body", QT_TRANSLATE_NOOP("DomainError", "The body"))
        if self.adjusted and self.adjusted_on is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("DomainError", "Adjusted minutes need the date of adjustment."),
                field="adjusted_on",
            )
        return replace(
            self,
            body=body,
            diary_number=self.diary_number.strip(),
            adjustment_place=self.adjustment_place.strip(),
            correction_reason=self.correction_reason.strip(),
        )


@dataclass(frozen=True)
class Paragraph:
    """A numbered paragraph (§) of a protocol or an item of notes."""

    minutes_id: int
    body: str
    year: int
    number: int
    heading: str
    diary_number: str = ""
    summary: str = ""
    decision: str = ""
    sent_to: str = ""
    agenda_item_id: int | None = None
    id: int | None = None

    def validated(self) -> Paragraph:
        """Return a copy with trimmed text, or raise a ValidationError."""
        heading = required_text(
            self.heading, "heading", QT_TRANSLATE_NOOP("DomainError", "The heading")
        )
        if self.number < 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP("DomainError", "Paragraphs are numbered from § 1."),
                field="number",
            )
        return replace(
            self,
            heading=heading,
            diary_number=self.diary_number.strip(),
            summary=self.summary.strip(),
            decision=self.decision.strip(),
            sent_to=self.sent_to.strip(),
        )


def next_paragraph_numbers(used_this_year: Iterable[int], count: int) -> list[int]:
    """Return the next ``count`` § numbers for a body, running on after those used this year.

    Numbers start at § 1 on the first meeting of each calendar year and run on from
    the highest used so far, so a gap left by a removed draft is never reused.
    """
    start = max(used_this_year, default=0) + 1
    return list(range(start, start + count))


def paragraph_year(meeting_date: dt.date) -> int:
    """Return the calendar year whose § series a meeting's paragraphs belong to."""
    return meeting_date.year


def paragraph_range(numbers: Iterable[int]) -> str:
    """Return how a signature block cites the paragraphs: "§ 12" or "§§ 12–19"."""
    ordered = sorted(set(numbers))
    if not ordered:
        return ""
    if len(ordered) == 1:
        return f"§ {ordered[0]}"
    return f"§§ {ordered[0]}–{ordered[-1]}"
