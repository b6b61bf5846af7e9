"""Change the status of a question or commitment: the next statuses allowed, a date, a note."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from jamdesk.domain.commitments import COMMITMENT_TRANSITIONS, CommitmentStatus
from jamdesk.domain.questions import QUESTION_TRANSITIONS, QuestionStatus
from jamdesk.services.changes import RecordKind
from jamdesk.ui.follow_up_detail import status_text
from jamdesk.ui.follow_up_editors import EditorDialog, OptionalDate
from jamdesk.ui.form import date_edit, date_of
from jamdesk.ui.page import PageContext


def next_statuses(kind: RecordKind, status: str) -> list[StrEnum]:
    """Return the statuses a question or commitment in ``status`` may change to, in order."""
    if kind is RecordKind.QUESTION:
        allowed_questions = QUESTION_TRANSITIONS[QuestionStatus(status)]
        return [s for s in QuestionStatus if s in allowed_questions]
    allowed = COMMITMENT_TRANSITIONS[CommitmentStatus(status)]
    return [s for s in CommitmentStatus if s in allowed]


class StatusDialog(EditorDialog):
    """Move a question or commitment on to one of the statuses its rules allow next."""

    def __init__(
        self,
        context: PageContext,
        kind: RecordKind,
        record_id: int,
        parent: QWidget | None = None,
    ) -> None:
        if kind not in (RecordKind.QUESTION, RecordKind.COMMITMENT):
            raise ValueError(f"no status dialog for {kind}")
        super().__init__(context, parent)
        self.kind = kind
        self.record_id = record_id
        services = context.services
        if kind is RecordKind.QUESTION:
            question = services.questions.get(record_id)
            current: StrEnum = question.status
            self.setWindowTitle(self.tr("Change the status of the question"))
            answer = question.answer
        else:
            commitment = services.commitments.get(record_id)
            current = commitment.status
            self.setWindowTitle(self.tr("Change the status of the commitment"))
            answer = ""
        self.current = QLabel(status_text(kind, current.value), self)
        self.status = QComboBox(self)
        statuses: Sequence[StrEnum] = next_statuses(kind, current.value)
        for status in statuses:
            self.status.addItem(status_text(kind, status.value), status.value)
        self.date = date_edit(context.today(), self)
        self.answer = self.text_box(answer)
        self.due = OptionalDate(self.tr("New due date"), self)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Why, or what was decided"))

        self.form.add_row(self.tr("Now:"), self.current)
        self.form.add_row(self.tr("New &status:"), self.status, "status")
        self.form.add_row(self.tr("&Date:"), self.date, "changed_on", "on")
        self.answer_row = self.form.add_row(self.tr("&Answer:"), self.answer, "answer")
        self.due_row = self.form.add_row(self.tr("D&ue:"), self.due, "due_on")
        self.form.add_row(self.tr("&Note:"), self.note, "note")
        self.status.currentIndexChanged.connect(self._show_relevant_fields)
        self._show_relevant_fields()
        self.status.setFocus()

    def chosen(self) -> str | None:
        """Return the status value chosen, or None when no change is allowed."""
        value = self.status.currentData()
        return value if isinstance(value, str) else None

    def choose(self, status: StrEnum) -> None:
        """Choose ``status`` as the new status (as picking it from the list would)."""
        self.status.setCurrentIndex(self.status.findData(status.value))

    def _show_relevant_fields(self) -> None:
        # An answer only matters when the question is answered; a commitment taken up
        # again may need a new due date. Form rows hide with their field's holder.
        answering = self.chosen() == QuestionStatus.ANSWERED.value
        self.set_row_visible(self.answer, self.kind is RecordKind.QUESTION and answering)
        self.set_row_visible(self.due, self.kind is RecordKind.COMMITMENT)

    def save(self) -> object:
        """Change the status on the date given, with the note."""
        chosen = self.chosen()
        if chosen is None:
            raise ValueError("no status can follow the current one")
        on, note = date_of(self.date), self.note.text()
        services = self.context.services
        operations = self.context.operations
        record_id = self.record_id
        if self.kind is RecordKind.QUESTION:
            new_question = QuestionStatus(chosen)
            if new_question is QuestionStatus.ANSWERED:
                answer = self.answer.toPlainText()
                return operations.run(
                    self.tr("answer question"),
                    lambda: services.questions.answer(record_id, answer, on, note),
                )
            return operations.run(
                self.tr("change the status of a question"),
                lambda: services.questions.change_status(record_id, new_question, on, note),
            )
        new_commitment = CommitmentStatus(chosen)
        due = self.due.value()
        return operations.run(
            self.tr("change the status of a commitment"),
            lambda: services.commitments.change_status(
                record_id, new_commitment, on, note, due_on=due
            ),
        )
