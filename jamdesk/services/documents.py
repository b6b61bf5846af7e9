"""The documents JämDesk hands to the registry, read from the store and ready to write.

Reading is quick and needs the store's one connection, so it happens where the caller is;
building and writing the Word file needs no store at all, so the window can do it on a worker
thread while it stays responsive. A ``PreparedDocument`` is the seam between the two.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from jamdesk.domain.errors import QT_TRANSLATE_NOOP, DomainError
from jamdesk.domain.minutes import MinutesKind
from jamdesk.export.briefing_export import briefing_file_name, build_briefing
from jamdesk.export.document_builder import DocumentBuilder
from jamdesk.export.notes_export import build_notes, notes_file_name
from jamdesk.export.notice_export import build_notice, notice_file_name
from jamdesk.export.protocol_export import build_protocol, protocol_file_name
from jamdesk.export.report_export import build_report, report_file_name
from jamdesk.export.request_export import build_request, request_file_name
from jamdesk.services.document_data.briefing import read_briefing
from jamdesk.services.document_data.minutes import read_notes, read_protocol
from jamdesk.services.document_data.notice import read_notice
from jamdesk.services.document_data.report import ReportScope, read_follow_up_report
from jamdesk.services.document_data.request import read_request_letter
from jamdesk.services.meetings import require_meeting
from jamdesk.services.minutes import require_minutes
from jamdesk.store import minutes as minutes_store
from jamdesk.store.database import Database
from jamdesk.store.requests import requests_decided_at


class DocumentKind(StrEnum):
    NOTICE = "notice"
    MINUTES = "minutes"
    REQUEST = "request"
    REPORT = "report"
    BRIEFING = "briefing"


@dataclass(frozen=True)
class PreparedDocument:
    """One document read from the store: its registry file name and how to build it."""

    kind: DocumentKind
    file_name: str
    build: Callable[[Path | None], DocumentBuilder]

    def write(self, path: Path, template: Path | None = None) -> Path:
        """Build the document on ``template`` and write it to ``path``, whole or not at all."""
        self.build(template).save(path)
        return path


def _prepared(
    kind: DocumentKind,
    data: Any,
    build: Callable[[Any, Path | None], DocumentBuilder],
    file_name: Callable[[Any], str],
) -> PreparedDocument:
    return PreparedDocument(kind, file_name(data), lambda template: build(data, template))


NO_MINUTES = QT_TRANSLATE_NOOP(
    "DomainError", "The meeting on {date} has no minutes yet. Draft them in the meeting first."
)


class DocumentService:
    """Read each kind of document from the store."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def notice(self, meeting_id: int, today: dt.date) -> PreparedDocument:
        """Return the notice with the agenda of the meeting, issued ``today``."""
        data = read_notice(self._db.connection, meeting_id, today)
        return _prepared(DocumentKind.NOTICE, data, build_notice, notice_file_name)

    def minutes(self, minutes_id: int) -> PreparedDocument:
        """Return the protocol or the notes ``minutes_id`` (a correction is minutes too)."""
        conn = self._db.connection
        minutes = require_minutes(conn, minutes_id)
        if minutes.kind is MinutesKind.PROTOCOL:
            protocol = read_protocol(conn, minutes_id)
            return _prepared(DocumentKind.MINUTES, protocol, build_protocol, protocol_file_name)
        notes = read_notes(conn, minutes_id)
        return _prepared(DocumentKind.MINUTES, notes, build_notes, notes_file_name)

    def meeting_minutes(self, meeting_id: int) -> list[PreparedDocument]:
        """Return the meeting's minutes and their corrections; raise if it has none."""
        conn = self._db.connection
        meeting = require_meeting(conn, meeting_id)
        found = minutes_store.fetch_minutes_for_meeting(conn, meeting_id)
        if not found:
            raise DomainError(NO_MINUTES, field="meeting_id", date=meeting.date.isoformat())
        return [self.minutes(minutes.id) for minutes in found if minutes.id is not None]

    def request(self, request_id: int, today: dt.date) -> PreparedDocument:
        """Return the letter asking a board to report back."""
        data = read_request_letter(self._db.connection, request_id, today)
        return _prepared(DocumentKind.REQUEST, data, build_request, request_file_name)

    def report(
        self,
        scope: ReportScope,
        start: dt.date,
        end: dt.date,
        today: dt.date,
        *,
        public: bool = False,
    ) -> PreparedDocument:
        """Return the follow-up report of a board or goal for the period, or its public version."""
        data = read_follow_up_report(self._db.connection, scope, start, end, today, public)
        return _prepared(DocumentKind.REPORT, data, build_report, report_file_name)

    def briefing(self, board_id: int, today: dt.date) -> PreparedDocument:
        """Return the chair's briefing on everything outstanding with the board."""
        data = read_briefing(self._db.connection, board_id, today)
        return _prepared(DocumentKind.BRIEFING, data, build_briefing, briefing_file_name)

    def for_registry(self, meeting_id: int, today: dt.date) -> list[PreparedDocument]:
        """Return what the registry files for a meeting: its minutes and the requests decided."""
        documents = self.meeting_minutes(meeting_id)
        for request_id in requests_decided_at(self._db.connection, meeting_id):
            documents.append(self.request(request_id, today))
        return documents


def distinct_file_names(documents: Sequence[PreparedDocument]) -> list[str]:
    """Return the documents' file names, numbered " (2)", " (3)" where two would collide."""
    taken: set[str] = set()
    names = []
    for document in documents:
        stem, dot, suffix = document.file_name.rpartition(".")
        name, number = document.file_name, 1
        while name.casefold() in taken:  # Windows and macOS ignore case in names
            number += 1
            name = f"{stem} ({number}).{suffix}" if dot else f"{document.file_name} ({number})"
        taken.add(name.casefold())
        names.append(name)
    return names


def write_documents(
    documents: Sequence[PreparedDocument],
    folder: Path,
    template: Path | None = None,
    progress: Callable[[int], None] | None = None,
) -> list[Path]:
    """Write each document into ``folder`` under its own registry file name; return the paths.

    Each file is complete or absent: a failure stops here, with the earlier files written.
    """
    written: list[Path] = []
    for number, (document, name) in enumerate(
        zip(documents, distinct_file_names(documents), strict=True)
    ):
        if progress is not None:
            progress(number)
        written.append(document.write(folder / name, template))
    if progress is not None:
        progress(len(documents))
    return written


def existing_files(documents: Iterable[PreparedDocument], folder: Path) -> list[Path]:
    """Return the files writing ``documents`` into ``folder`` would replace."""
    names = distinct_file_names(list(documents))
    return [folder / name for name in names if (folder / name).exists()]
