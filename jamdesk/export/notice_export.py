"""The notice with its agenda (kallelse med föredragningslista) as a Word document.

The notice tells who is called to which meeting, when and where, and lists the numbered items
(opening items first, as the secretary ordered them), each with its diary number where the item
belongs to a case. It receives plain data: the service that reads the store fills it in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from jamdesk.export.document_builder import DocumentBuilder, DocumentMeta
from jamdesk.export.file_names import document_file_name
from jamdesk.export.text import swedish_date, time_span

KIND = "Kallelse"
AGENDA_HEADING = "Föredragningslista"
CALLED_HEADING = "Kallade"
# Share of the text width per column: number, item, diary number.
_AGENDA_WIDTHS = (1, 11, 4)
_CALLED_WIDTHS = (3, 2)


@dataclass(frozen=True)
class CalledPerson:
    """Someone called to the meeting, with the role written in Swedish (“Ordförande”)."""

    name: str
    role: str = ""


@dataclass(frozen=True)
class AgendaEntry:
    """One numbered item on the agenda."""

    number: int
    title: str
    diary_number: str = ""


@dataclass(frozen=True)
class Notice:
    """Everything the notice says, in Swedish, ready to be written out."""

    organisation: str
    body: str
    meeting_kind: str
    date: dt.date
    start: dt.time
    end: dt.time | None
    place: str
    issued: dt.date
    called: tuple[CalledPerson, ...] = ()
    items: tuple[AgendaEntry, ...] = ()
    diary_number: str = ""
    author: str = ""
    closing: str = ""


def notice_meta(notice: Notice) -> DocumentMeta:
    """Return what the header and the file's properties say about the notice."""
    return DocumentMeta(
        organisation=notice.organisation,
        body=notice.body,
        kind=KIND,
        date=notice.issued,
        title=f"{KIND}: {notice.meeting_kind} {notice.date.isoformat()}",
        diary_number=notice.diary_number,
        author=notice.author,
    )


def build_notice(notice: Notice, template: Path | None = None) -> DocumentBuilder:
    """Return the notice built on ``template`` (JämDesk's own if None), not yet saved."""
    builder = DocumentBuilder(template, notice_meta(notice))
    builder.heading(KIND, level=0)
    builder.heading(_subject(notice), level=2)
    builder.labelled(
        "Tid", f"{swedish_date(notice.date)}, kl. {time_span(notice.start, notice.end)}"
    )
    if notice.place.strip():
        builder.labelled("Plats", notice.place)
    if notice.called:
        builder.heading(CALLED_HEADING, level=1)
        builder.table(
            ("Namn", "Roll"),
            ((person.name, person.role) for person in notice.called),
            widths=_CALLED_WIDTHS,
        )
    builder.heading(AGENDA_HEADING, level=1)
    builder.table(
        ("Nr", "Ärende", "Dnr"),
        ((str(item.number), item.title, item.diary_number) for item in notice.items),
        widths=_AGENDA_WIDTHS,
    )
    if notice.closing.strip():
        builder.paragraph()
        builder.paragraph(notice.closing)
    return builder


def _subject(notice: Notice) -> str:
    """Return what the meeting is and whose, without naming the body twice."""
    # "Jämställdhetsdelegationens sammanträde" names the body already.
    if notice.body.strip().lower() in notice.meeting_kind.lower():
        return notice.meeting_kind
    return ", ".join(part for part in (notice.meeting_kind, notice.body) if part)


def notice_file_name(notice: Notice) -> str:
    """Return the file name the registry files the notice under, dated with the meeting."""
    return document_file_name(KIND, notice.body, notice.date, notice.diary_number)


def export_notice(notice: Notice, folder: Path, template: Path | None = None) -> Path:
    """Write the notice into ``folder`` under its registry file name and return the path."""
    path = folder / notice_file_name(notice)
    build_notice(notice, template).save(path)
    return path
