"""Editors for a question, a commitment and a request draft; each saves through operations."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from jamdesk.domain.errors import DomainError
from jamdesk.domain.requests import REPORT_FORM_LABELS, ReportForm
from jamdesk.ui.form import Form, date_edit, date_of
from jamdesk.ui.messages import label
from jamdesk.ui.page import PageContext


class TextEdit(QPlainTextEdit):
    """A text box where Enter saves the dialog, Shift+Enter breaks the line, Tab moves on."""

    submitted = Signal()

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(self.fontMetrics().height() * 4)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class OptionalDate(QWidget):
    """A date that may be left out: a check box in front of a date field."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(caption, self)
        self.date = date_edit(parent=self)
        self.date.setEnabled(False)
        self.enabled.toggled.connect(self.date.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.enabled)
        row.addWidget(self.date, 1)
        self.setFocusProxy(self.enabled)

    def set_value(self, value: dt.date | None) -> None:
        """Show the date ``value`` ticked, or nothing for None."""
        if value is not None:
            self.date.setDate(QDate(value.year, value.month, value.day))
        self.enabled.setChecked(value is not None)

    def value(self) -> dt.date | None:
        """Return the date chosen, or None when the box is not ticked."""
        return date_of(self.date) if self.enabled.isChecked() else None


class EditorDialog(QDialog):
    """A dialog around a Form that saves through operations and stays open when refused."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setMinimumWidth(480)
        self.form = Form(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.saved: object = None

    def text_box(self, text: str) -> TextEdit:
        """Return a multi-line box whose Enter saves this dialog."""
        box = TextEdit(text, self)
        box.submitted.connect(self.accept)
        return box

    def set_row_visible(self, field: QWidget, visible: bool) -> None:
        """Show or hide the form row of ``field`` with its caption."""
        rows = self.form.findChild(QFormLayout)
        holder = field.parentWidget()  # Form.add_row puts each field in a holder
        if rows is not None and holder is not None:
            rows.setRowVisible(holder, visible)

    def save(self) -> object:
        """Run the use case; return its value or raise the DomainError that refused it."""
        raise NotImplementedError

    def accept(self) -> None:
        """Save, or show why not next to the field concerned and stay open."""
        self.form.clear_errors()
        try:
            self.saved = self.save()
        except DomainError as error:
            self.form.show_error(error)
            return
        super().accept()


class QuestionEditor(EditorDialog):
    """Correct the wording of a question and its answer."""

    def __init__(
        self, context: PageContext, question_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Edit question"))
        self.question = context.services.questions.get(question_id)
        self.text = self.text_box(self.question.text)
        self.answer = self.text_box(self.question.answer)
        self.form.add_row(self.tr("&Question:"), self.text, "text")
        self.form.add_row(self.tr("&Answer:"), self.answer, "answer")
        self.text.setFocus()

    def save(self) -> object:
        """Save the question's text and answer."""
        question_id = self.question.id
        assert question_id is not None
        text, answer = self.text.toPlainText(), self.answer.toPlainText()
        return self.context.operations.run(
            self.tr("edit question"),
            lambda: self.context.services.questions.update(question_id, text, answer),
        )


class CommitmentEditor(EditorDialog):
    """Change what was promised, who answers for it and by when."""

    def __init__(
        self, context: PageContext, commitment_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Edit commitment"))
        self.commitment = context.services.commitments.get(commitment_id)
        self.description = self.text_box(self.commitment.description)
        self.responsible_person = QComboBox(self)
        self.responsible_person.addItem(self.tr("(nobody registered)"), None)
        for person in context.services.people.list_people():
            self.responsible_person.addItem(person.name, person.id)
        index = self.responsible_person.findData(self.commitment.responsible_id)
        self.responsible_person.setCurrentIndex(max(index, 0))
        self.responsible = QLineEdit(self.commitment.responsible, self)
        self.responsible.setPlaceholderText(self.tr("For instance: the social services manager"))
        self.due = OptionalDate(self.tr("Due by"), self)
        self.due.set_value(self.commitment.due_on)
        self.form.add_row(self.tr("&Commitment:"), self.description, "description")
        self.form.add_row(
            self.tr("Responsible &person:"), self.responsible_person, "responsible_id"
        )
        self.form.add_row(self.tr("&Responsible (text):"), self.responsible, "responsible")
        self.form.add_row(self.tr("&Due date:"), self.due, "due_on")
        self.description.setFocus()

    def save(self) -> object:
        """Save description, responsible and due date; the status is changed elsewhere."""
        changed = replace(
            self.commitment,
            description=self.description.toPlainText(),
            responsible_id=self.responsible_person.currentData(),
            responsible=self.responsible.text(),
            due_on=self.due.value(),
        )
        return self.context.operations.run(
            self.tr("edit commitment"), lambda: self.context.services.commitments.update(changed)
        )


class RequestEditor(EditorDialog):
    """Change what a draft request asks for, in what form and by when."""

    def __init__(
        self, context: PageContext, request_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Edit reporting request"))
        self.request = context.services.requests.get(request_id)
        self.subject = QLineEdit(self.request.subject, self)
        self.report_form = QComboBox(self)
        for form, text in REPORT_FORM_LABELS.items():
            self.report_form.addItem(label(text), form.value)
        self.report_form.setCurrentIndex(self.report_form.findData(self.request.form.value))
        self.details = self.text_box(self.request.form_details)
        self.due = date_edit(self.request.due_on, self)
        self.form.add_row(self.tr("&What to report:"), self.subject, "subject")
        self.form.add_row(self.tr("&Form:"), self.report_form, "form")
        self.form.add_row(self.tr("De&tails:"), self.details, "form_details")
        self.form.add_row(self.tr("&Due date:"), self.due, "due_on")
        self.subject.setFocus()

    def save(self) -> object:
        """Save subject, form, details and due date."""
        changed = replace(
            self.request,
            subject=self.subject.text(),
            form=ReportForm(self.report_form.currentData()),
            form_details=self.details.toPlainText(),
            due_on=date_of(self.due),
        )
        return self.context.operations.run(
            self.tr("edit reporting request"),
            lambda: self.context.services.requests.update(changed),
        )
