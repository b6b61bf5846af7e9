"""Why a store could not be opened or written: the user's environment, not our bug."""

from __future__ import annotations

from jamdesk.domain.errors import QT_TRANSLATE_NOOP, DomainError


class StoreError(DomainError):
    """The store cannot be used as asked; the message says what to do."""


class StoreOpenError(StoreError):
    """The file cannot be opened as a JämDesk store; it was left untouched."""


class NewerStoreError(StoreOpenError):
    """The file was written by a newer JämDesk than this one."""


class StoreBusyError(StoreError):
    """Another program holds the file locked."""


def busy_error(path: str) -> StoreBusyError:
    """Return the error for a file that another program holds locked."""
    return StoreBusyError(
        QT_TRANSLATE_NOOP(
            "DomainError",
            "The file {path} is in use by another program. Close that program "
            "(or the other JämDesk window) and try again.",
        ),
        path=path,
    )
