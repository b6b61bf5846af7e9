"""Reporting requests (begäran om återrapportering) sent to boards."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum

from jamdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from jamdesk.domain.text import required_text


class RequestStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ANSWERED = "answered"
    ASSESSED_SUFFICIENT = "assessed_sufficient"
    SUPPLEMENT_REQUESTED = "supplement_requested"


REQUEST_STATUS_LABELS: dict[RequestStatus, str] = {
    RequestStatus.DRAFT: QT_TRANSLATE_NOOP("DomainLabel", "Draft"),
    RequestStatus.SENT: QT_TRANSLATE_NOOP("DomainLabel", "Sent"),
    RequestStatus.ANSWERED: QT_TRANSLATE_NOOP("DomainLabel", "Answered"),
    RequestStatus.ASSESSED_SUFFICIENT: QT_TRANSLATE_NOOP("DomainLabel", "Assessed sufficient"),
    RequestStatus.SUPPLEMENT_REQUESTED: QT_TRANSLATE_NOOP("DomainLabel", "Supplement requested"),
}

REQUEST_TRANSITIONS: dict[RequestStatus, frozenset[RequestStatus]] = {
    RequestStatus.DRAFT: frozenset({RequestStatus.SENT}),
    RequestStatus.SENT: frozenset({RequestStatus.ANSWERED}),
    RequestStatus.ANSWERED: frozenset(
        {RequestStatus.ASSESSED_SUFFICIENT, RequestStatus.SUPPLEMENT_REQUESTED}
    ),
    RequestStatus.SUPPLEMENT_REQUESTED: frozenset({RequestStatus.ANSWERED}),
    RequestStatus.ASSESSED_SUFFICIENT: frozenset(),
}

# The board owes an answer while the request is out with it.
AWAITING_ANSWER_STATUSES = frozenset({RequestStatus.SENT, RequestStatus.SUPPLEMENT_REQUESTED})


class ReportForm(StrEnum):
    STATISTICS_BY_SEX = "statistics_by_sex"
    RESOURCE_ANALYSIS = "resource_analysis"
    MEASURES = "measures"
    WRITTEN_REPORT = "written_report"
    ORAL_REPORT = "oral_report"
    OTHER = "other"


REPORT_FORM_LABELS: dict[ReportForm, str] = {
    ReportForm.STATISTICS_BY_SEX: QT_TRANSLATE_NOOP("DomainLabel", "Statistics by sex"),
    ReportForm.RESOURCE_ANALYSIS: QT_TRANSLATE_NOOP("DomainLabel", "Resource-allocation analysis"),
    ReportForm.MEASURES: QT_TRANSLATE_NOOP("DomainLabel", "Concrete measures"),
    ReportForm.WRITTEN_REPORT: QT_TRANSLATE_NOOP("DomainLabel", "Written report"),
    ReportForm.ORAL_REPORT: QT_TRANSLATE_NOOP("DomainLabel", "Oral report"),
    ReportForm.OTHER: QT_TRANSLATE_NOOP("DomainLabel", "Other form"),
}


@dataclass(frozen=True)
class ReportingRequest:
    """What the delegation asks one board to report, in what form and by when."""

    board_id: int
    subject: str
    form: ReportForm
    due_on: dt.date
    created_on: dt.date
    form_details: str = ""
    meeting_id: int | None = None
    paragraph_id: int | None = None
    agenda_item_id: int | None = None
    question_id: int | None = None
    commitment_id: int | None = None
    status: RequestStatus = RequestStatus.DRAFT
    sent_on: dt.date | None = None
    answered_on: dt.date | None = None
    assessed_on: dt.date | None = None
    request_diary_number: str = ""
    answer_diary_number: str = ""
    assessment_note: str = ""
    id: int | None = None

    def validated(self) -> ReportingRequest:
        """Return a copy with trimmed text, or raise a ValidationError."""
        subject = required_text(
            self.subject, "subject", QT_TRANSLATE_NOOP("DomainError", "What to report")
        )
        if self.due_on < self.created_on:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "DomainError", "The due date {due} comes before the request was made ({made})."
                ),
                field="due_on",
                due=self.due_on.isoformat(),
                made=self.created_on.isoformat(),
            )
        return replace(
            self,
            subject=subject,
            form_details=self.form_details.strip(),
            request_diary_number=self.request_diary_number.strip(),
            answer_diary_number=self.answer_diary_number.strip(),
            assessment_note=self.assessment_note.strip(),
        )


def request_is_overdue(status: RequestStatus, due_on: dt.date, as_of: dt.date) -> bool:
    """Return whether the board's answer was due before ``as_of`` and has not come."""
    return status in AWAITING_ANSWER_STATUSES and due_on < as_of
