"""Development needs and reviews of governance documents."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum

from jamdesk.domain.errors import QT_TRANSLATE_NOOP
from jamdesk.domain.text import required_text


class NeedStatus(StrEnum):
    OPEN = "open"
    ADDRESSED = "addressed"
    CLOSED = "closed"


NEED_STATUS_LABELS: dict[NeedStatus, str] = {
    NeedStatus.OPEN: QT_TRANSLATE_NOOP("DomainLabel", "Open"),
    NeedStatus.ADDRESSED: QT_TRANSLATE_NOOP("DomainLabel", "Being addressed"),
    NeedStatus.CLOSED: QT_TRANSLATE_NOOP("DomainLabel", "Closed"),
}


@dataclass(frozen=True)
class DevelopmentNeed:
    """A gap the delegation found, perhaps at one board."""

    description: str
    identified_on: dt.date
    board_id: int | None = None
    meeting_id: int | None = None
    status: NeedStatus = NeedStatus.OPEN
    note: str = ""
    goal_ids: tuple[int, ...] = ()
    id: int | None = None

    def validated(self) -> DevelopmentNeed:
        """Return a copy with trimmed text, or raise a ValidationError."""
        description = required_text(
            self.description,
            "description",
            QT_TRANSLATE_NOOP("DomainError", "The development need"),
        )
        return replace(self, description=description, note=self.note.strip())


class DocumentKind(StrEnum):
    BUDGET = "budget"
    BUSINESS_PLAN = "business_plan"
    ANNUAL_REPORT = "annual_report"
    INTERIM_REPORT = "interim_report"
    POLICY = "policy"
    OTHER = "other"


DOCUMENT_KIND_LABELS: dict[DocumentKind, str] = {
    DocumentKind.BUDGET: QT_TRANSLATE_NOOP("DomainLabel", "Budget"),
    DocumentKind.BUSINESS_PLAN: QT_TRANSLATE_NOOP("DomainLabel", "Business plan"),
    DocumentKind.ANNUAL_REPORT: QT_TRANSLATE_NOOP("DomainLabel", "Annual report"),
    DocumentKind.INTERIM_REPORT: QT_TRANSLATE_NOOP("DomainLabel", "Interim report"),
    DocumentKind.POLICY: QT_TRANSLATE_NOOP("DomainLabel", "Policy or programme"),
    DocumentKind.OTHER: QT_TRANSLATE_NOOP("DomainLabel", "Other document"),
}


@dataclass(frozen=True)
class DocumentReview:
    """A governance document reviewed for a gender perspective, and what was found."""

    board_id: int
    document_title: str
    document_kind: DocumentKind
    reviewed_on: dt.date
    version: str = ""
    document_date: dt.date | None = None
    findings: str = ""
    reviewer_id: int | None = None
    meeting_id: int | None = None
    goal_ids: tuple[int, ...] = ()
    id: int | None = None

    def validated(self) -> DocumentReview:
        """Return a copy with trimmed text, or raise a ValidationError."""
        title = required_text(
            self.document_title,
            "document_title",
            QT_TRANSLATE_NOOP("DomainError", "The document's title"),
        )
        return replace(
            self, document_title=title, version=self.version.strip(), findings=self.findings.strip()
        )
