"""Errors a secretary can act on, kept translatable.

Each error carries an English message template and its parameters apart, so the
user interface can look the template up in its translation catalogue and fill in
the parameters afterwards, while logs and the command line use the English text.
"""

from __future__ import annotations

from typing import Any


def translatable(context: str, text: str) -> str:
    """Mark a string for Qt Linguist without translating it here (QT_TRANSLATE_NOOP)."""
    del context
    return text


# Qt Linguist's Python parser finds strings marked with this exact name.
QT_TRANSLATE_NOOP = translatable

ERROR_CONTEXT = "DomainError"


class DomainError(Exception):
    """A rule of the delegation's work was broken by the input."""

    def __init__(self, template: str, /, field: str | None = None, **params: Any) -> None:
        self.template = template
        self.params = params
        self.field = field
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """Return the English message with its parameters filled in."""
        return self.template.format(**self.params)


class ValidationError(DomainError):
    """A field holds a value that cannot be saved."""


class TransitionError(DomainError):
    """A status change that the rules do not allow."""


class NotFoundError(DomainError):
    """A record the input refers to does not exist."""
