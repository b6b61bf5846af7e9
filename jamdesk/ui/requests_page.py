"""The Reporting requests page: drafts, sent requests, answers and their assessment."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QWidget

from jamdesk.domain.errors import QT_TRANSLATE_NOOP
from jamdesk.domain.requests import (
    REPORT_FORM_LABELS,
    REQUEST_STATUS_LABELS,
    RequestStatus,
    request_is_overdue,
)
from jamdesk.services.changes import RecordKind
from jamdesk.store.follow_up_chain import request_chain
from jamdesk.store.follow_up_lists import RequestRow, RequestRows, RequestSort
from jamdesk.ui.actions import ActionId
from jamdesk.ui.document_export import export_request
from jamdesk.ui.follow_up_detail import (
    DetailContent,
    date_text,
    meeting_kind_text,
    shortened,
    status_text,
)
from jamdesk.ui.follow_up_editors import RequestEditor
from jamdesk.ui.follow_up_page import FollowUpPage
from jamdesk.ui.messages import label
from jamdesk.ui.page import PageContext
from jamdesk.ui.paged_model import Column
from jamdesk.ui.request_dialogs import workflow_dialog

# The service lets the delegation change what it asks only while the request is with it.
EDITABLE_STATUSES = frozenset({RequestStatus.DRAFT, RequestStatus.SUPPLEMENT_REQUESTED})

COLUMNS: tuple[Column[RequestRow], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Due"), lambda row: date_text(row.due_on), RequestSort.DUE),
    Column(QT_TRANSLATE_NOOP("Columns", "Board"), lambda row: row.board, RequestSort.BOARD),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Subject"),
        lambda row: shortened(row.subject, 200),
        RequestSort.SUBJECT,
        tooltip=lambda row: row.subject,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Form"),
        lambda row: label(REPORT_FORM_LABELS[row.form]),
        RequestSort.FORM,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Status"),
        lambda row: label(REQUEST_STATUS_LABELS[row.status]),
        RequestSort.STATUS,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Sent"), lambda row: date_text(row.sent_on), RequestSort.SENT
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Answered"),
        lambda row: date_text(row.answered_on),
        RequestSort.ANSWERED,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Meeting"),
        lambda row: date_text(row.meeting_date),
        RequestSort.MEETING_DATE,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Meeting kind"),
        lambda row: meeting_kind_text(row.meeting_kind),
        RequestSort.MEETING_KIND,
    ),
)


class RequestsPage(FollowUpPage[RequestRow]):
    """List the reporting requests, late answers in red, and take each through its steps."""

    kind = RecordKind.REQUEST
    settings_key = "requestsPage"
    width_samples = (
        "2026-11-23",
        "Barn- och utbildningsnämnden",
        "Könsuppdelad statistik över hemtjänsten och",
        "Resource-allocation analysis",
        "Supplement requested",
        "2026-11-23",
        "2026-11-23",
        "2026-11-23",
        "Delegation meeting",
    )

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.table.setAccessibleName(self.tr("Reporting requests"))

    def supported_actions(self) -> frozenset[ActionId]:
        """The record actions, and exporting the letter, while a request is chosen."""
        actions = super().supported_actions()
        return actions | {ActionId.EXPORT_DOCUMENT} if self.current_row() is not None else actions

    def trigger(self, action: ActionId) -> None:
        """Export the chosen request's letter, or carry out a record action."""
        if action is not ActionId.EXPORT_DOCUMENT:
            super().trigger(action)
            return
        row = self.current_row()
        if row is not None:
            self.hide_notice()
            export_request(self, self.context, row.id)

    def make_source(self) -> RequestRows:
        """Return the reporting-requests query."""
        return RequestRows(self.context.services.database.connection, self.context.today())

    def columns(self) -> Sequence[Column[RequestRow]]:
        """Return the requests table's columns."""
        return COLUMNS

    def default_sort(self) -> tuple[str, bool]:
        """Start with the latest due date."""
        return RequestSort.DUE, True

    def status_options(self) -> list[tuple[str, str]]:
        """Offer every request status."""
        return [(status.value, label(text)) for status, text in REQUEST_STATUS_LABELS.items()]

    def emphasised(self, row: RequestRow) -> bool:
        """Emphasise a request whose answer is late."""
        return request_is_overdue(row.status, row.due_on, self.today())

    def empty_store_text(self) -> str:
        """Say that no request is made yet, and what they are."""
        return self.tr(
            "No reporting requests yet — they ask a board to report back by a given date."
        )

    def filtered_out_text(self) -> str:
        """Say that the filters hide every request."""
        return self.tr("No reporting requests match these filters.")

    def describe(self, row: RequestRow) -> DetailContent:
        """Return the request, its workflow dates, history and chain."""
        content = DetailContent(self.tr("Reporting request to {board}").format(board=row.board))
        content.paragraph(row.subject)
        decided_at = ""
        if row.meeting_date is not None:
            decided_at = self.tr("{kind} on {date}").format(
                kind=meeting_kind_text(row.meeting_kind), date=row.meeting_date.isoformat()
            )
        content.fields(
            [
                (self.tr("Status"), status_text(RecordKind.REQUEST, row.status.value)),
                (self.tr("Form"), label(REPORT_FORM_LABELS[row.form])),
                (self.tr("Decided at"), decided_at),
                (self.tr("Made on"), row.created_on.isoformat()),
                (self.tr("Due"), row.due_on.isoformat()),
                (self.tr("Overdue"), self.tr("Yes") if self.emphasised(row) else ""),
                (self.tr("Sent on"), date_text(row.sent_on)),
                (self.tr("Diary number"), row.request_diary_number),
                (self.tr("Answer received on"), date_text(row.answered_on)),
                (self.tr("Answer's diary number"), row.answer_diary_number),
                (self.tr("Assessed on"), date_text(row.assessed_on)),
            ]
        )
        if row.form_details:
            content.paragraph(row.form_details, caption=self.tr("Details"))
        if row.assessment_note:
            content.paragraph(row.assessment_note, caption=self.tr("Assessment"))
        services = self.context.services
        content.history(
            services.requests.history(row.id),
            lambda value: status_text(RecordKind.REQUEST, value),
        )
        content.chain(request_chain(services.database.connection, row.id))
        return content

    def name_of(self, row: RequestRow) -> str:
        """Name the request by its subject."""
        return shortened(row.subject, 60)

    def edit(self, row: RequestRow) -> QDialog | None:
        """Return the editor of a draft (or a request for a supplement)."""
        if row.status not in EDITABLE_STATUSES:
            self.show_notice(
                self.tr(
                    "The request is “{status}”: only drafts and requests for a supplement "
                    "can be changed."
                ).format(status=label(REQUEST_STATUS_LABELS[row.status]))
            )
            return None
        return RequestEditor(self.context, row.id, self)

    def status_change(self, row: RequestRow) -> QDialog | None:
        """Return the dialog of the request's next step: send, answer or assess."""
        dialog = workflow_dialog(self.context, self.context.services.requests.get(row.id), self)
        if dialog is None:
            self.show_notice(self.tr("The answer was found sufficient: the request is settled."))
        return dialog

    def delete_question_text(self, row: RequestRow) -> str:
        """Ask whether to delete the request, naming it."""
        return self.tr("Delete the reporting request “{request}”?").format(
            request=self.name_of(row)
        )

    def delete(self, row: RequestRow) -> None:
        """Delete the draft through operations."""
        requests = self.context.services.requests
        self.context.operations.run(
            self.tr("delete reporting request"), lambda: requests.delete(row.id)
        )
