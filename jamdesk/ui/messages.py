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
    try:
        return template.format(**error.params)
    except (KeyError, IndexError, ValueError):
        # A translation with a misspelt placeholder must not hide the error itself.
        log.warning("translation of %r does not fit its parameters", error.template)
        return error.message


def label(text: str) -> str:
    """Return one of the domain's ``*_LABELS`` values in the user's language."""
    return QCoreApplication.translate(LABEL_CONTEXT, text)


def show_error(parent: QWidget | None, error: DomainError) -> None:
    """Tell the user, in a message box, what went wrong and what to do about it."""
    QMessageBox.warning(
        parent, QCoreApplication.translate("Messages", "JämDesk"), error_text(error)
    )
