"""What the register editors share: record choosers, optional dates, and the editor frame.

``RecordDialog`` is the frame of every register editor (boards, people, goals, reviews,
development needs, the action plan): a form, OK/Cancel, and a save through operations
that stays open with the reason next to the field when the service refuses it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from enum import StrEnum
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from jamdesk.domain.dates import parse_date
from jamdesk.domain.errors import DomainError
from jamdesk.ui.form import Form
from jamdesk.ui.messages import label
from jamdesk.ui.page import PageContext

E = TypeVar("E", bound=StrEnum)


class Stored(Protocol):
    """A record that has an id once it is stored."""

    @property
    def id(self) -> int | None: ...


S = TypeVar("S", bound=Stored)

# --- choosers ------------------------------------------------------------------------------


def fill_choices(
    combo: QComboBox,
    choices: Sequence[tuple[int, str]],
    current: int | None = None,
    none_text: str | None = None,
) -> None:
    """Offer ``choices`` (id, text) in ``combo``, first ``none_text`` (for no record) if given."""
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for record_id, text in choices:
        combo.addItem(text, record_id)
    index = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(index, 0))


def chosen_id(combo: QComboBox) -> int | None:
    """Return the record id chosen in a combo filled by ``fill_choices``, or None."""
    value = combo.currentData()
    return value if isinstance(value, int) else None


def choose_enum(combo: QComboBox, labels: Mapping[E, str], current: E) -> None:
    """Offer an enum's translated labels in ``combo``, with ``current`` chosen."""
    combo.clear()
    for value, text in labels.items():
        combo.addItem(label(text), value.value)
    combo.setCurrentIndex(max(combo.findData(current.value), 0))


# --- text and dates ------------------------------------------------------------------------


def optional_date(text: str, field: str) -> dt.date | None:
    """Return the date typed (YYYY-MM-DD), None for an empty field, or raise a ValidationError."""
    return parse_date(text, field) if text.strip() else None


def date_line(value: dt.date | None, placeholder: str, parent: QWidget) -> QLineEdit:
    """Return a line for an optional date, showing ``value`` as 2026-11-23."""
    edit = QLineEdit("" if value is None else value.isoformat(), parent)
    edit.setPlaceholderText(placeholder)
    return edit


def text_box(text: str, lines: int, parent: QWidget) -> QPlainTextEdit:
    """Return a box for a few lines of text, at most ``lines`` high."""
    box = QPlainTextEdit(text, parent)
    # Tab leaves the box (keyboard first); Ctrl+Enter saves the dialog.
    box.setTabChangesFocus(True)
    box.setMaximumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


# --- keys and buttons ----------------------------------------------------------------------


def add_save_shortcut(dialog: QDialog) -> None:
    """Let Ctrl+Enter save from anywhere, multi-line fields included."""
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(keys), dialog, dialog.accept)


class _EnterRuns(QObject):
    """Runs an action on Enter in the widgets it watches, instead of saving the dialog."""

    def __init__(self, action: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self._action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self._action()
            return True
        return super().eventFilter(watched, event)


def enter_runs(action: Callable[[], object], *widgets: QWidget) -> None:
    """Make Enter in ``widgets`` run ``action`` (add a contact, a seat) rather than save."""
    if not widgets:
        return
    watcher = _EnterRuns(action, widgets[0])
    for widget in widgets:
        widget.installEventFilter(watcher)


def button_box(dialog: QDialog) -> QDialogButtonBox:
    """Return OK/Cancel buttons wired to the dialog's accept and reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setDefault(True)
    ok.setAutoDefault(True)
    return buttons


# --- the editor frame ----------------------------------------------------------------------


class RecordDialog(QDialog, Generic[S]):
    """An editor that saves one record through operations; ``saved`` holds what was saved."""

    def __init__(self, context: PageContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context = context
        self.saved: S | None = None
        self.form = Form(self)

    def finish_layout(self, *below_form: QWidget, save_shortcut: bool = True) -> None:
        """Lay out the form, ``below_form`` and OK/Cancel; Ctrl+Enter saves if asked."""
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        for widget in below_form:
            layout.addWidget(widget)
        layout.addWidget(button_box(self))
        if save_shortcut:
            add_save_shortcut(self)

    def save(self) -> S | None:
        """Run the editor's use case and return the record saved (None: nothing to save).

        A DomainError says why the service refused it.
        """
        raise NotImplementedError

    def accept(self) -> None:
        """Save through the service; on a refusal show why next to the field and stay open."""
        try:
            saved = self.save()
        except DomainError as error:
            self.form.show_error(error)
            return
        if saved is None:
            return
        self.saved = saved
        super().accept()


def open_editor(dialog: RecordDialog[S], show_saved: Callable[[S], object]) -> None:
    """Open ``dialog`` without blocking; once it has saved, hand the record to ``show_saved``."""

    def accepted() -> None:
        saved = dialog.saved
        if saved is not None:
            show_saved(saved)

    dialog.accepted.connect(accepted)
    dialog.open()
