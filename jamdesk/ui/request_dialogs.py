"""The reporting-request workflow: mark a draft sent, record the answer, assess it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLineEdit, QRadioButton, QWidget

from jamdesk.domain.requests import ReportingRequest, RequestStatus
from jamdesk.ui.follow_up_editors import EditorDialog, OptionalDate
from jamdesk.ui.form import date_edit, date_of
from jamdesk.ui.page import PageContext

# A supplement is usually asked for within a month.
SUPPLEMENT_DAYS = 30


class _RequestStepDialog(EditorDialog):
    """One step of a request's workflow: a date (today by default) and a note."""

    def __init__(self, context: PageContext, request_id: int, parent: QWidget | None) -> None:
        super().__init__(context, parent)
        self.request: ReportingRequest = context.services.requests.get(request_id)
        self.date = date_edit(context.today(), self)
        self.note = QLineEdit(self)

    @property
    def request_id(self) -> int:
        """Return the id of the request this step concerns."""
        assert self.request.id is not None
        return self.request.id


class MarkSentDialog(_RequestStepDialog):
    """Record that a draft went to the board, on which day and under which diary number."""

    def __init__(
        self, context: PageContext, request_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, request_id, parent)
        self.setWindowTitle(self.tr("Mark the request as sent"))
        self.diary_number = QLineEdit(self.request.request_diary_number, self)
        self.diary_number.setPlaceholderText(self.tr("For instance KS 2026/123"))
        self.form.add_row(self.tr("&Sent on:"), self.date, "sent_on", "changed_on")
        self.form.add_row(self.tr("&Diary number:"), self.diary_number, "request_diary_number")
        self.form.add_row(self.tr("&Note:"), self.note, "note")
        self.date.setFocus()

    def save(self) -> object:
        """Mark the request sent."""
        on, number, note = date_of(self.date), self.diary_number.text(), self.note.text()
        requests, request_id = self.context.services.requests, self.request_id
        return self.context.operations.run(
            self.tr("mark request sent"),
            lambda: requests.mark_sent(request_id, on, number, note),
        )


class MarkAnsweredDialog(_RequestStepDialog):
    """Record that the board's answer (or supplement) came, and its diary number."""

    def __init__(
        self, context: PageContext, request_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, request_id, parent)
        self.setWindowTitle(self.tr("Record the board's answer"))
        self.diary_number = QLineEdit(self.request.answer_diary_number, self)
        self.diary_number.setPlaceholderText(self.tr("The answer's diary number"))
        self.form.add_row(self.tr("&Answer received on:"), self.date, "answered_on", "changed_on")
        self.form.add_row(self.tr("&Diary number:"), self.diary_number, "answer_diary_number")
        self.form.add_row(self.tr("&Note:"), self.note, "note")
        self.date.setFocus()

    def save(self) -> object:
        """Mark the request answered."""
        on, number, note = date_of(self.date), self.diary_number.text(), self.note.text()
        requests, request_id = self.context.services.requests, self.request_id
        return self.context.operations.run(
            self.tr("record answer to request"),
            lambda: requests.mark_answered(request_id, on, number, note),
        )


class AssessDialog(_RequestStepDialog):
    """Assess the answer: sufficient, or a supplement is requested (perhaps by a new date)."""

    def __init__(
        self, context: PageContext, request_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, request_id, parent)
        self.setWindowTitle(self.tr("Assess the answer"))
        self.sufficient = QRadioButton(self.tr("S&ufficient"), self)
        self.supplement = QRadioButton(self.tr("Su&pplement requested"), self)
        self.sufficient.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.sufficient)
        group.addButton(self.supplement)
        verdict = QWidget(self)
        row = QHBoxLayout(verdict)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.sufficient)
        row.addWidget(self.supplement)
        row.addStretch(1)
        verdict.setFocusProxy(self.sufficient)
        self.due = OptionalDate(self.tr("New due date"), self)
        self.due.set_value(context.today() + dt.timedelta(days=SUPPLEMENT_DAYS))
        self.note.setPlaceholderText(self.tr("What the answer showed, or what is missing"))
        self.form.add_row(self.tr("The answer is:"), verdict, "status")
        self.form.add_row(self.tr("&Assessed on:"), self.date, "assessed_on", "changed_on")
        self.form.add_row(self.tr("&Note:"), self.note, "note")
        self.form.add_row(self.tr("&Due:"), self.due, "due_on")
        self.supplement.toggled.connect(self._show_due)
        self._show_due()
        self.sufficient.setFocus()

    def _show_due(self) -> None:
        self.set_row_visible(self.due, self.supplement.isChecked())

    def save(self) -> object:
        """Record the assessment."""
        sufficient = self.sufficient.isChecked()
        on, note = date_of(self.date), self.note.text()
        due = None if sufficient else self.due.value()
        requests, request_id = self.context.services.requests, self.request_id
        return self.context.operations.run(
            self.tr("assess answer to request"),
            lambda: requests.assess(request_id, sufficient, on, note, due),
        )


def workflow_dialog(
    context: PageContext, request: ReportingRequest, parent: QWidget | None = None
) -> _RequestStepDialog | None:
    """Return the dialog for the request's next step, or None when it is settled."""
    assert request.id is not None
    if request.status is RequestStatus.DRAFT:
        return MarkSentDialog(context, request.id, parent)
    if request.status in (RequestStatus.SENT, RequestStatus.SUPPLEMENT_REQUESTED):
        return MarkAnsweredDialog(context, request.id, parent)
    if request.status is RequestStatus.ANSWERED:
        return AssessDialog(context, request.id, parent)
    return None
