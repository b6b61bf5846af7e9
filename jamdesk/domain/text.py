"""Checks on the free text users type."""

from __future__ import annotations

from jamdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError


def required_text(value: str, field: str, label: str) -> str:
    """Return ``value`` stripped, or raise a ValidationError if nothing is left."""
    stripped = value.strip()
    if not stripped:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "{label} cannot be empty."),
            field=field,
            label=label,
        )
    return stripped
