"""The Commitments page: what boards and managers promised, by when, and what came of it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QWidget

from jamdesk.domain.commitments import (
    COMMITMENT_STATUS_LABELS,
    COMMITMENT_TRANSITIONS,
    commitment_is_overdue,
)
from jamdesk.domain.errors import QT_TRANSLATE_NOOP
from jamdesk.services.changes import RecordKind
from jamdesk.store.follow_up_chain import commitment_chain
from jamdesk.store.follow_up_lists import CommitmentRow, CommitmentRows, CommitmentSort
from jamdesk.ui.follow_up_detail import (
    DetailContent,
    date_text,
    meeting_kind_text,
    shortened,
    status_text,
)
from jamdesk.ui.follow_up_editors import CommitmentEditor
from jamdesk.ui.follow_up_page import FollowUpPage
from jamdesk.ui.messages import label
from jamdesk.ui.page import PageContext
from jamdesk.ui.paged_model import Column
from jamdesk.ui.status_dialog import StatusDialog

COLUMNS: tuple[Column[CommitmentRow], ...] = (
    Column(
        QT_TRANSLATE_NOOP("Columns", "Due"), lambda row: date_text(row.due_on), CommitmentSort.DUE
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Board"), lambda row: row.board, CommitmentSort.BOARD),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Commitment"),
        lambda row: shortened(row.description, 200),
        CommitmentSort.DESCRIPTION,
        tooltip=lambda row: row.description,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Responsible"),
        lambda row: row.responsible,
        CommitmentSort.RESPONSIBLE,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Status"),
        lambda row: label(COMMITMENT_STATUS_LABELS[row.status]),
        CommitmentSort.STATUS,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Meeting"),
        lambda row: date_text(row.meeting_date),
        CommitmentSort.MEETING_DATE,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Meeting kind"),
        lambda row: meeting_kind_text(row.meeting_kind),
        CommitmentSort.MEETING_KIND,
    ),
)


class CommitmentsPage(FollowUpPage[CommitmentRow]):
    """List the commitments, overdue ones in red, with their follow-up."""

    kind = RecordKind.COMMITMENT
    settings_key = "commitmentsPage"
    width_samples = (
        "2026-11-23",
        "Barn- och utbildningsnämnden",
        "Ta fram könsuppdelad statistik för kommunens budgetprocess",
        "Ekonomienhetens chef",
        "Not fulfilled",
        "2026-11-23",
        "Results seminar",
    )

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.table.setAccessibleName(self.tr("Commitments"))

    def make_source(self) -> CommitmentRows:
        """Return the commitments query."""
        return CommitmentRows(self.context.services.database.connection, self.context.today())

    def columns(self) -> Sequence[Column[CommitmentRow]]:
        """Return the commitments table's columns."""
        return COLUMNS

    def default_sort(self) -> tuple[str, bool]:
        """Start with the latest meeting's commitments."""
        return CommitmentSort.MEETING_DATE, True

    def status_options(self) -> list[tuple[str, str]]:
        """Offer every commitment status."""
        return [(status.value, label(text)) for status, text in COMMITMENT_STATUS_LABELS.items()]

    def emphasised(self, row: CommitmentRow) -> bool:
        """Emphasise a commitment still pending after its due date."""
        return commitment_is_overdue(row.status, row.due_on, self.today())

    def empty_store_text(self) -> str:
        """Say that no commitment is recorded yet, and where they come from."""
        return self.tr(
            "No commitments yet — they are recorded when a board or manager promises something."
        )

    def filtered_out_text(self) -> str:
        """Say that the filters hide every commitment."""
        return self.tr("No commitments match these filters.")

    def describe(self, row: CommitmentRow) -> DetailContent:
        """Return the commitment, who answers for it, its history and chain."""
        content = DetailContent(self.tr("Commitment of {board}").format(board=row.board))
        content.paragraph(row.description)
        overdue = self.tr("Yes") if self.emphasised(row) else ""
        made_at = ""
        if row.meeting_date is not None:
            made_at = self.tr("{kind} on {date}").format(
                kind=meeting_kind_text(row.meeting_kind), date=row.meeting_date.isoformat()
            )
        content.fields(
            [
                (self.tr("Status"), status_text(RecordKind.COMMITMENT, row.status.value)),
                (self.tr("Responsible"), row.responsible),
                (self.tr("Promised by"), row.made_by or ""),
                (self.tr("Made on"), row.created_on.isoformat()),
                (self.tr("Made at"), made_at),
                (self.tr("Due"), date_text(row.due_on)),
                (self.tr("Overdue"), overdue),
            ]
        )
        services = self.context.services
        content.history(
            services.commitments.history(row.id),
            lambda value: status_text(RecordKind.COMMITMENT, value),
        )
        content.chain(commitment_chain(services.database.connection, row.id))
        return content

    def name_of(self, row: CommitmentRow) -> str:
        """Name the commitment by its opening words."""
        return shortened(row.description, 60)

    def edit(self, row: CommitmentRow) -> QDialog | None:
        """Return the editor of description, responsible and due date."""
        return CommitmentEditor(self.context, row.id, self)

    def status_change(self, row: CommitmentRow) -> QDialog | None:
        """Return the status dialog, unless the commitment is closed for good."""
        if not COMMITMENT_TRANSITIONS[row.status]:
            self.show_notice(
                self.tr("The commitment is “{status}”: its status can no longer change.").format(
                    status=label(COMMITMENT_STATUS_LABELS[row.status])
                )
            )
            return None
        return StatusDialog(self.context, RecordKind.COMMITMENT, row.id, self)

    def delete_question_text(self, row: CommitmentRow) -> str:
        """Ask whether to delete the commitment, naming it."""
        return self.tr("Delete the commitment “{commitment}” with its history?").format(
            commitment=self.name_of(row)
        )

    def delete(self, row: CommitmentRow) -> None:
        """Delete the commitment through operations."""
        commitments = self.context.services.commitments
        self.context.operations.run(
            self.tr("delete commitment"), lambda: commitments.delete(row.id)
        )
