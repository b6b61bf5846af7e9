"""Editors' forms: a field-by-field layout where a refused save says what is wrong in place."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from jamdesk.domain.errors import DomainError
from jamdesk.ui.messages import error_text

# Dates and times are always shown the Swedish way, whatever the interface language.
DATE_FORMAT = "yyyy-MM-dd"
TIME_FORMAT = "HH.mm"


class Form(QWidget):
    """Rows of labelled fields, each with room for its own error message below it.

    ``show_error`` puts a DomainError next to the field it names (its ``field``), focuses
    that field and returns True; an error naming no known field goes to the form's
    general message line. Nothing typed is touched, so a failed save loses nothing.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QFormLayout()
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self.general_error = _error_label()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self._layout)
        outer.addWidget(self.general_error)

    def add_row(self, label: str, widget: QWidget, *fields: str) -> QWidget:
        """Add ``widget`` under ``label``; errors for any of ``fields`` show below it."""
        error = _error_label()
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        self._layout.addRow(label, holder)
        caption = self._layout.labelForField(holder)
        if isinstance(caption, QLabel):
            caption.setBuddy(widget)
        for field in fields:
            self._fields[field] = widget
            self._errors[field] = error
        return widget

    def clear_errors(self) -> None:
        """Hide every error message."""
        for label in (*self._errors.values(), self.general_error):
            label.clear()
            label.hide()

    def show_error(self, error: DomainError) -> bool:
        """Show ``error`` next to its field (or on the general line); True if a field had it."""
        self.clear_errors()
        text = error_text(error)
        label = self._errors.get(error.field or "")
        if label is None:
            self.general_error.setText(text)
            self.general_error.show()
            return False
        label.setText(text)
        label.show()
        self._fields[error.field or ""].setFocus()
        return True

    def error_for(self, field: str) -> str:
        """Return the error shown for ``field``, or an empty string."""
        label = self._errors.get(field)
        return label.text() if label is not None and not label.isHidden() else ""


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    # An error red that reads on light and dark palettes alike.
    label.setStyleSheet("color: #b3261e;")
    label.hide()
    return label


def date_edit(value: dt.date | None = None, parent: QWidget | None = None) -> QDateEdit:
    """Return a date field showing 2026-11-23, with a calendar pop-up."""
    edit = QDateEdit(parent)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    if value is not None:
        edit.setDate(QDate(value.year, value.month, value.day))
    return edit


def time_edit(value: dt.time | None = None, parent: QWidget | None = None) -> QTimeEdit:
    """Return a time field showing 13.00."""
    edit = QTimeEdit(parent)
    edit.setDisplayFormat(TIME_FORMAT)
    if value is not None:
        edit.setTime(QTime(value.hour, value.minute))
    return edit


def date_of(edit: QDateEdit) -> dt.date:
    """Return the date a date field holds."""
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


def time_of(edit: QTimeEdit) -> dt.time:
    """Return the time a time field holds."""
    value = edit.time()
    return dt.time(value.hour(), value.minute())
