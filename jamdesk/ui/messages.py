"""Domain errors and labels as the user reads them: translated, then filled in."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from jamdesk.domain.errors import ERROR_CONTEXT, DomainError

log = logging.getLogger(__name__)

LABEL_CONTEXT = "DomainLabel"


def error_text(error: DomainError) -> str:
    """Return the error's message in the user's language, with its parameters filled in."""
    template = QCoreApplication.translate(ERROR_CONTEXT, error.template)
    params = {name: _translated_param(value) for name, value in error.params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        # A translation with a misspelt placeholder must not hide the error itself.
        log.warning("translation of %r does not fit its parameters", error.template)
        return error.message


def _translated_param(value: object) -> object:
    """Translate a parameter that is itself marked text (a field's name, a status label).

    Such parameters come from QT_TRANSLATE_NOOP in the "DomainError" or "DomainLabel"
    context; anything else (names, dates the user typed) has no entry and stays as it is.
    """
    if not isinstance(value, str) or not value:
        return value
    for context in (ERROR_CONTEXT, LABEL_CONTEXT):
        translated = QCoreApplication.translate(context, value)
        if translated and translated != value:
            return translated
    return value


def label(text: str) -> str:
    """Return one of the domain's ``*_LABELS`` values in the user's language."""
    return QCoreApplication.translate(LABEL_CONTEXT, text)


def show_error(parent: QWidget | None, error: DomainError) -> None:
    """Tell the user, in a message box, what went wrong and what to do about it."""
    QMessageBox.warning(
        parent, QCoreApplication.translate("Messages", "JämDesk"), error_text(error)
    )
