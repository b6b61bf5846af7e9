"""File names the registry can file as they are, valid on Windows, macOS and Linux.

A name reads ``{diary} {kind} {body} {date}.docx``, for example
``KS 2026-123 Protokoll Jämställdhetsdelegationen 2026-11-23.docx``, so the documents of one
case sort together in a folder. Without a diary number it starts with the kind.
"""

from __future__ import annotations

import datetime as dt
import re

from jamdesk.export.text import single_line

MAX_LENGTH = 150
# NTFS counts a name in UTF-16 code units, most Linux file systems in UTF-8 bytes; both allow
# 255. An emoji is one character but two units and four bytes.
_MAX_UTF16_UNITS = 255
_MAX_UTF8_BYTES = 255
# Windows forbids these in any name; a slash in a diary number becomes a hyphen.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_SPACES = re.compile(r"\s+")
# Windows maps these names (with any extension) to devices; ¹²³ count as digits there too.
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{device}{digit}" for device in ("COM", "LPT") for digit in "0123456789¹²³"}
)
DEFAULT_STEM = "Dokument"


def document_file_name(
    kind: str,
    body: str,
    date: dt.date,
    diary_number: str = "",
    extension: str = ".docx",
) -> str:
    """Return ``{diary} {kind} {body} {date}{extension}``, safe as a file name."""
    diary_number, kind = _sanitise(diary_number), _sanitise(kind)
    body = _sanitise(body)[:MAX_LENGTH]

    def joined() -> str:
        return " ".join(part for part in (diary_number, kind, body, date.isoformat()) if part)

    # A long body name gives way first: the diary number, kind and date identify the file.
    while body and not _fits(joined() + extension):
        body = body[:-1].rstrip(" .")
    return safe_file_name(joined(), extension)


def safe_file_name(stem: str, extension: str = ".docx") -> str:
    """Return ``stem`` + ``extension`` made a valid file name on Windows, capped in length."""
    extension = _sanitise(extension).replace(" ", "")
    if extension and not extension.startswith("."):
        extension = "." + extension
    stem = _trimmed(_sanitise(stem), extension) or DEFAULT_STEM
    if _is_reserved(stem):
        stem = _trimmed("_" + stem, extension)
    return stem + extension


def _is_reserved(stem: str) -> bool:
    """Return whether Windows takes ``stem`` (with any extension) for a device."""
    return stem.split(".")[0].rstrip(" ").upper() in _RESERVED


def _sanitise(text: str) -> str:
    """Return ``text`` on one line, without characters Windows forbids in names."""
    text = _FORBIDDEN.sub("-", single_line(text))
    return _SPACES.sub(" ", text).strip(" .")


def _fits(name: str) -> bool:
    return (
        len(name) <= MAX_LENGTH
        and len(name.encode("utf-16-le")) // 2 <= _MAX_UTF16_UNITS
        and len(name.encode("utf-8")) <= _MAX_UTF8_BYTES
    )


def _trimmed(stem: str, extension: str) -> str:
    """Return ``stem`` shortened so the name fits; Windows drops trailing dots and spaces."""
    stem = stem[: max(MAX_LENGTH - len(extension), 0)].rstrip(" .")
    while stem and not _fits(stem + extension):
        stem = stem[:-1].rstrip(" .")
    return stem
