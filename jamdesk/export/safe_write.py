"""Write a file completely or not at all, with a message the secretary can act on.

An export is written to a temporary file beside the target and renamed into place only when
it is complete, so a full disk or a crash never leaves half a document (or destroys the
previous version) in a folder the registry reads. The temporary file sits in the target's
folder because a rename is only atomic within one file system.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from jamdesk.domain.errors import QT_TRANSLATE_NOOP, DomainError

# EDQUOT (quota exceeded) is missing from errno on Windows.
_DISK_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NO_PERMISSION = {errno.EACCES, errno.EPERM, errno.EROFS}
# Windows reports a file held open by Word as a sharing or lock violation.
_WINDOWS_IN_USE = {32, 33}


def write_atomically(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Write ``path`` through ``write`` into a temporary file, then rename it into place."""
    folder = path.parent
    if not folder.is_dir():
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError", "The folder {folder} does not exist. Choose another folder."
            ),
            field="path",
            folder=str(folder),
        )
    temporary = folder / f".~{path.stem[:40]}.{secrets.token_hex(4)}.tmp"
    # os.open with 0o666 lets the umask decide the mode, as for any file the user saves;
    # tempfile's private 0o600 would lock colleagues out of a shared folder.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(temporary, flags, 0o666)
    except OSError as error:  # nothing was created, so nothing is removed
        raise _write_error(error, path) from error
    try:
        _fill(descriptor, write)
    except OSError as error:
        _remove(temporary)
        raise _write_error(error, path) from error
    except BaseException:
        # Our bug or an interrupt: leave nothing behind and let the caller see the traceback.
        _remove(temporary)
        raise
    try:
        temporary.replace(path)
    except OSError as error:
        _remove(temporary)
        if isinstance(error, PermissionError) or getattr(error, "winerror", None) in (
            _WINDOWS_IN_USE
        ):
            raise _in_use_error(path) from error
        raise _write_error(error, path) from error
    _sync_folder(folder)


def _fill(descriptor: int, write: Callable[[BinaryIO], None]) -> None:
    """Fill the open file ``descriptor`` through ``write``, close it, and have it on disk."""
    with os.fdopen(descriptor, "wb") as stream:
        write(stream)
        stream.flush()
        os.fsync(stream.fileno())


def _remove(temporary: Path) -> None:
    with contextlib.suppress(OSError):
        temporary.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (not on Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _in_use_error(path: Path) -> DomainError:
    return DomainError(
        QT_TRANSLATE_NOOP(
            "DomainError",
            "Could not replace {path}: the file is open in another program or write-protected."
            " Close it (for example in Word) and export again.",
        ),
        field="path",
        path=str(path),
    )


def _write_error(error: OSError, path: Path) -> DomainError:
    """Return the message for a failed write of ``path`` that the user can act on."""
    if error.errno in _DISK_FULL:
        return DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "Could not save {path}: the disk is full. Free some space or choose another"
                " folder, then export again.",
            ),
            field="path",
            path=str(path),
        )
    if error.errno in _NO_PERMISSION or isinstance(error, PermissionError):
        return DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "You may not save files in the folder {folder}. Choose another folder.",
            ),
            field="path",
            folder=str(path.parent),
        )
    if getattr(error, "winerror", None) in _WINDOWS_IN_USE:
        return _in_use_error(path)
    return DomainError(
        QT_TRANSLATE_NOOP("DomainError", "Could not save {path}: {reason}."),
        field="path",
        path=str(path),
        reason=error.strerror or str(error),
    )
