"""The Questions page: every question put at a meeting, its answer, history and chain."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QWidget

from jamdesk.domain.errors import QT_TRANSLATE_NOOP
from jamdesk.domain.questions import QUESTION_STATUS_LABELS, QUESTION_TRANSITIONS
from jamdesk.services.changes import RecordKind
from jamdesk.store.follow_up_chain import question_chain
from jamdesk.store.follow_up_lists import QuestionRow, QuestionRows, QuestionSort
from jamdesk.ui.follow_up_detail import (
    DetailContent,
    date_text,
    meeting_kind_text,
    shortened,
    status_text,
)
from jamdesk.ui.follow_up_editors import QuestionEditor
from jamdesk.ui.follow_up_page import FollowUpPage
from jamdesk.ui.messages import label
from jamdesk.ui.page import PageContext
from jamdesk.ui.paged_model import Column
from jamdesk.ui.status_dialog import StatusDialog

COLUMNS: tuple[Column[QuestionRow], ...] = (
    Column(
        QT_TRANSLATE_NOOP("Columns", "Meeting"),
        lambda row: row.meeting_date.isoformat(),
        QuestionSort.MEETING_DATE,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Meeting kind"),
        lambda row: meeting_kind_text(row.meeting_kind),
        QuestionSort.MEETING_KIND,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Board"), lambda row: row.board, QuestionSort.BOARD),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Question"),
        lambda row: shortened(row.text, 200),
        QuestionSort.TEXT,
        tooltip=lambda row: row.text,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Status"),
        lambda row: label(QUESTION_STATUS_LABELS[row.status]),
        QuestionSort.STATUS,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Answered"),
        lambda row: date_text(row.answered_on),
        QuestionSort.ANSWERED_ON,
    ),
)


class QuestionsPage(FollowUpPage[QuestionRow]):
    """List the questions put to the boards, newest meeting first, with their follow-up."""

    kind = RecordKind.QUESTION
    settings_key = "questionsPage"
    due_dates = False  # a question has no due date; its requests and commitments do
    width_samples = (
        "2026-11-23",
        "Results seminar",
        "Barn- och utbildningsnämnden",
        "Hur säkerställer ni att budgetförslaget har analyserats ur ett",
        "Needs follow-up",
        "2026-11-23",
    )

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.table.setAccessibleName(self.tr("Questions"))

    def make_source(self) -> QuestionRows:
        """Return the questions query."""
        return QuestionRows(self.context.services.database.connection, self.context.today())

    def columns(self) -> Sequence[Column[QuestionRow]]:
        """Return the questions table's columns."""
        return COLUMNS

    def default_sort(self) -> tuple[str, bool]:
        """Start with the latest meeting's questions."""
        return QuestionSort.MEETING_DATE, True

    def status_options(self) -> list[tuple[str, str]]:
        """Offer every question status."""
        return [(status.value, label(text)) for status, text in QUESTION_STATUS_LABELS.items()]

    def empty_store_text(self) -> str:
        """Say that no question is recorded yet, and where they come from."""
        return self.tr("No questions yet — they are recorded at the meetings with the boards.")

    def filtered_out_text(self) -> str:
        """Say that the filters hide every question."""
        return self.tr("No questions match these filters.")

    def describe(self, row: QuestionRow) -> DetailContent:
        """Return the question's text, answer, people, history and chain."""
        content = DetailContent(self.tr("Question to {board}").format(board=row.board))
        content.paragraph(row.text)
        content.fields(
            [
                (self.tr("Status"), status_text(RecordKind.QUESTION, row.status.value)),
                (
                    self.tr("Asked at"),
                    self.tr("{kind} on {date}").format(
                        kind=meeting_kind_text(row.meeting_kind),
                        date=row.meeting_date.isoformat(),
                    ),
                ),
                (self.tr("Asked by"), row.asked_by or ""),
                (self.tr("Put to"), row.addressed_to or ""),
                (self.tr("Answered on"), date_text(row.answered_on)),
            ]
        )
        if row.answer:
            content.paragraph(row.answer, caption=self.tr("Answer"))
        services = self.context.services
        content.history(
            services.questions.history(row.id),
            lambda value: status_text(RecordKind.QUESTION, value),
        )
        content.chain(question_chain(services.database.connection, row.id))
        return content

    def name_of(self, row: QuestionRow) -> str:
        """Name the question by its opening words."""
        return shortened(row.text, 60)

    def edit(self, row: QuestionRow) -> QDialog | None:
        """Return the editor of the question's text and answer."""
        return QuestionEditor(self.context, row.id, self)

    def status_change(self, row: QuestionRow) -> QDialog | None:
        """Return the status dialog (every question status has a next one)."""
        if not QUESTION_TRANSITIONS[row.status]:
            self.show_notice(self.tr("The status of this question can no longer change."))
            return None
        return StatusDialog(self.context, RecordKind.QUESTION, row.id, self)

    def delete_question_text(self, row: QuestionRow) -> str:
        """Ask whether to delete the question, naming it."""
        return self.tr("Delete the question “{question}” with its history?").format(
            question=self.name_of(row)
        )

    def delete(self, row: QuestionRow) -> None:
        """Delete the question through operations."""
        questions = self.context.services.questions
        self.context.operations.run(self.tr("delete question"), lambda: questions.delete(row.id))
