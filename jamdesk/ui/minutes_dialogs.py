"""Dialogs of the minutes: write a paragraph, mark the minutes adjusted, make a correction."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jamdesk.domain.errors import DomainError
from jamdesk.domain.minutes import MINUTES_KIND_LABELS, Minutes, MinutesKind, Paragraph
from jamdesk.domain.minutes import paragraph_range as format_range
from jamdesk.ui.follow_up_editors import EditorDialog
from jamdesk.ui.form import date_edit, date_of
from jamdesk.ui.messages import label
from jamdesk.ui.minutes_model import paragraph_number
from jamdesk.ui.page import PageContext

# An error red that reads on light and dark palettes alike (as the forms' errors).
WARNING_STYLE = "color: #b3261e;"


class ProseEdit(QPlainTextEdit):
    """A box for the minutes' prose: Enter starts a new line, Ctrl+Enter saves, Tab moves on."""

    submitted = Signal()

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(self.fontMetrics().height() * 5)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class ParagraphDialog(EditorDialog):
    """Write a paragraph: heading, diary number, summary, decision and who it is sent to.

    "Save and next" saves and goes on to the following paragraph in the same dialog, so
    twenty paragraphs are written one after another without leaving the keyboard. A new
    paragraph of a correction first asks which paragraph of the original it corrects.
    """

    def __init__(
        self,
        context: PageContext,
        minutes: Minutes,
        paragraph: Paragraph | None = None,
        parent: QWidget | None = None,
        *,
        following: Sequence[int] = (),
    ) -> None:
        super().__init__(context, parent)
        self.minutes = minutes
        self.paragraph = paragraph
        self.saved_paragraph_id: int | None = None
        # The ids of the paragraphs after this one, for "Save and next".
        self._following = list(following)
        self._originals: dict[int, Paragraph] = {}
        # Whether the user typed since the fields were filled (then nothing overwrites them).
        self._typed = False
        self._loading = False
        self.setMinimumWidth(640)

        self.number = QComboBox(self)
        self.heading = QLineEdit(self)
        self.diary_number = QLineEdit(self)
        self.diary_number.setPlaceholderText(self.tr("e.g. KS 2026/123"))
        self.summary = ProseEdit("", self)
        self.decision = ProseEdit("", self)
        self.sent_to = QLineEdit(self)
        self.sent_to.setPlaceholderText(self.tr("e.g. Socialnämnden, Kommunstyrelsen"))
        for box in (self.summary, self.decision):
            box.submitted.connect(self.accept)
        for line in (self.heading, self.diary_number, self.sent_to):
            line.returnPressed.connect(self.accept)
            line.textEdited.connect(self._note_typing)
        for box in (self.summary, self.decision):
            box.textChanged.connect(self._note_typing)

        if self._adds_correction():
            self.form.add_row(self.tr("Corrects &paragraph:"), self.number, "number")
            self._fill_numbers()
            self.number.currentIndexChanged.connect(self._copy_original)
        else:
            self.number.hide()  # the next number comes by itself
        self.form.add_row(self.tr("&Heading:"), self.heading, "heading")
        self.form.add_row(self.tr("Diary &number:"), self.diary_number, "diary_number")
        self.form.add_row(self.tr("&Summary:"), self.summary, "summary")
        self.form.add_row(self.tr("&Decision:"), self.decision, "decision")
        self.form.add_row(self.tr("Decision sen&t to:"), self.sent_to, "sent_to")
        hint = QLabel(self.tr("Enter starts a new line in the texts; Ctrl+Enter saves."), self)
        hint.setWordWrap(True)
        _column(self).insertWidget(1, hint)

        self.next_button = QPushButton(self.tr("Save and ne&xt"), self)
        self.next_button.clicked.connect(self.save_and_next)
        self.buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.ActionRole)
        self._show(paragraph)
        if self._adds_correction():
            self._copy_original()
            self.number.setFocus()
        else:
            self.heading.setFocus()

    def save(self) -> object:
        """Add the paragraph, or change the one shown."""
        minutes_service = self.context.services.minutes
        heading, diary = self.heading.text(), self.diary_number.text()
        summary, decision = self.summary.toPlainText(), self.decision.toPlainText()
        sent_to = self.sent_to.text()
        paragraph = self.paragraph
        if paragraph is None or paragraph.id is None:
            minutes_id = self.minutes.id or 0
            number = self.number.currentData() if self._adds_correction() else None
            saved: Paragraph = self.context.operations.run(
                self.tr("add paragraph"),
                lambda: minutes_service.add_paragraph(
                    minutes_id,
                    heading,
                    diary_number=diary,
                    summary=summary,
                    decision=decision,
                    sent_to=sent_to,
                    number=number if isinstance(number, int) else None,
                ),
            )
        else:
            paragraph_id = paragraph.id
            saved = self.context.operations.run(
                self.tr("change paragraph"),
                lambda: minutes_service.update_paragraph(
                    paragraph_id,
                    heading=heading,
                    diary_number=diary,
                    summary=summary,
                    decision=decision,
                    sent_to=sent_to,
                ),
            )
        self.saved_paragraph_id = saved.id
        return saved

    def save_and_next(self) -> bool:
        """Save, then show the following paragraph (or close after the last); False if refused."""
        self.form.clear_errors()
        try:
            self.saved = self.save()
        except DomainError as error:
            self.form.show_error(error)
            return False
        paragraphs = self.context.services.minutes
        while self._following:
            next_id = self._following.pop(0)
            following = next(
                (p for p in paragraphs.paragraphs(self.minutes.id or 0) if p.id == next_id), None
            )
            if following is not None:
                self._show(following)
                self.heading.setFocus()
                return True
        super().accept()
        return True

    def _adds_correction(self) -> bool:
        return self.paragraph is None and self.minutes.corrects_id is not None

    def _show(self, paragraph: Paragraph | None) -> None:
        """Fill the fields from ``paragraph`` (empty for a new one)."""
        self.paragraph = paragraph
        self._loading = True
        kind = self.minutes.kind
        if paragraph is None:
            self.setWindowTitle(self.tr("New paragraph"))
        else:
            self.setWindowTitle(
                self.tr("{number} {heading}").format(
                    number=paragraph_number(paragraph.number, kind), heading=paragraph.heading
                )
            )
        self.heading.setText("" if paragraph is None else paragraph.heading)
        self.diary_number.setText("" if paragraph is None else paragraph.diary_number)
        self.summary.setPlainText("" if paragraph is None else paragraph.summary)
        self.decision.setPlainText("" if paragraph is None else paragraph.decision)
        self.sent_to.setText("" if paragraph is None else paragraph.sent_to)
        # Notes take no decisions; one written anyway stays visible and editable.
        wants_decision = kind is MinutesKind.PROTOCOL or bool(
            paragraph is not None and (paragraph.decision or paragraph.sent_to)
        )
        self.set_row_visible(self.decision, wants_decision)
        self.set_row_visible(self.sent_to, wants_decision)
        self.next_button.setVisible(paragraph is not None and bool(self._following))
        self._typed = self._loading = False

    def _fill_numbers(self) -> None:
        """Offer the original's paragraphs that the correction does not correct yet."""
        service = self.context.services.minutes
        corrected = {p.number for p in service.paragraphs(self.minutes.id or 0)}
        originals = service.paragraphs(self.minutes.corrects_id or 0)
        self._originals = {p.number: p for p in originals}
        for original in originals:
            if original.number in corrected:
                continue
            self.number.addItem(
                self.tr("{number} {heading}").format(
                    number=paragraph_number(original.number, self.minutes.kind),
                    heading=original.heading,
                ),
                original.number,
            )

    def _copy_original(self) -> None:
        """Start the correction from the text of the paragraph it corrects, unless typed over."""
        original = self._originals.get(self.number.currentData())
        if original is None or self._typed:
            return
        self._loading = True
        self.heading.setText(original.heading)
        self.diary_number.setText(original.diary_number)
        self.summary.setPlainText(original.summary)
        self.decision.setPlainText(original.decision)
        self.sent_to.setText(original.sent_to)
        self._loading = False

    def _note_typing(self) -> None:
        if not self._loading:
            self._typed = True


class AdjustDialog(EditorDialog):
    """Mark minutes adjusted on a day, after a clear warning that they never change again."""

    def __init__(self, context: PageContext, minutes: Minutes, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.minutes = minutes
        self.setWindowTitle(self.tr("Mark the minutes adjusted"))
        services = context.services
        people = (services.people.get(person_id) for person_id in minutes.adjuster_ids)
        names = [person.name for person in people if person is not None]
        numbers = services.minutes.paragraph_numbers(minutes.id or 0)
        paragraphs = (
            format_range(numbers)
            if minutes.kind is MinutesKind.PROTOCOL
            else self.tr("{count} items").format(count=len(numbers))
        )
        self.facts = QLabel(
            self.tr("{kind} with {paragraphs}. Adjusters: {adjusters}.").format(
                kind=label(MINUTES_KIND_LABELS[minutes.kind]),
                paragraphs=paragraphs,
                adjusters=", ".join(names) or self.tr("none chosen"),
            ),
            self,
        )
        self.facts.setWordWrap(True)
        self.warning = QLabel(
            self.tr(
                "Adjusted minutes can never change again, and this cannot be undone: no text, "
                "paragraph, adjuster or date of them can be edited afterwards. A mistake found "
                "later needs a correction, a new record of its own."
            ),
            self,
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.date = date_edit(minutes.adjustment_date or context.today(), self)
        self.form.add_row(self.tr("&Adjusted on:"), self.date, "adjusted_on")
        _column(self).insertWidget(0, self.facts)
        _column(self).insertWidget(1, self.warning)
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if button is not None:
            button.setText(self.tr("&Mark adjusted"))
        self.date.setFocus()

    def save(self) -> object:
        """Mark the minutes adjusted on the day chosen."""
        on, minutes_id = date_of(self.date), self.minutes.id or 0
        service = self.context.services.minutes
        return self.context.operations.run(
            self.tr("mark the minutes adjusted"),
            lambda: service.mark_adjusted(minutes_id, on),
        )


class CorrectionDialog(EditorDialog):
    """Start a correction of adjusted minutes: a new record that says why it is made."""

    def __init__(self, context: PageContext, original: Minutes, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.original = original
        self.setWindowTitle(self.tr("Make a correction"))
        adjusted_on = original.adjusted_on.isoformat() if original.adjusted_on else ""
        if original.kind is MinutesKind.PROTOCOL:
            text = self.tr(
                "The protocol adjusted on {date} stays exactly as it is. The correction is a "
                "new record that refers to it: you add the paragraphs it corrects and adjust "
                "it on its own."
            )
        else:
            text = self.tr(
                "The notes adjusted on {date} stay exactly as they are. The correction is a "
                "new record that refers to them: you add the items it corrects and adjust it "
                "on its own."
            )
        explanation = QLabel(text.format(date=adjusted_on), self)
        explanation.setWordWrap(True)
        self.reason = self.text_box("")
        self.reason.setPlaceholderText(self.tr("e.g. The decision in § 48 named the wrong board."))
        self.form.add_row(self.tr("&Reason for the correction:"), self.reason, "correction_reason")
        _column(self).insertWidget(0, explanation)
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if button is not None:
            button.setText(self.tr("&Make the correction"))
        self.reason.setFocus()

    def save(self) -> object:
        """Create the correction with the reason typed."""
        reason, original_id = self.reason.toPlainText(), self.original.id or 0
        service = self.context.services.minutes
        return self.context.operations.run(
            self.tr("make a correction"),
            lambda: service.create_correction(original_id, reason),
        )


def _column(dialog: EditorDialog) -> QVBoxLayout:
    """Return the dialog's column of form and buttons, to put explanations into."""
    layout = dialog.layout()
    assert isinstance(layout, QVBoxLayout)
    return layout
