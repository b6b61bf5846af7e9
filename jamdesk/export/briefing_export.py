"""The chair's briefing before a dialogue with one board (underlag inför dialog) as Word.

One page or two the chair reads before meeting a board: the next meeting, who represents the
board, when the last dialogue was held, and then everything still outstanding with it: what is
overdue first, then open commitments, requested reports not yet answered, answers the
delegation has still to assess and questions without a sufficient answer. Every section is
printed even when empty ("Inget att följa upp."), so the chair sees that it was checked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from jamdesk.export.document_builder import DocumentBuilder, DocumentMeta
from jamdesk.export.file_names import document_file_name
from jamdesk.export.swedish_labels import in_running_text
from jamdesk.export.text import add_text, single_line, swedish_date, time_span

KIND = "Underlag inför dialog"
NOTHING = "Inget att följa upp."
REPRESENTATIVES_HEADING = "Nämndens företrädare"
OVERDUE_HEADING = "Försenat"
COMMITMENTS_HEADING = "Öppna åtaganden"
REQUESTS_HEADING = "Begärda återrapporteringar"
ANSWERS_HEADING = "Inkomna svar att bedöma"
QUESTIONS_HEADING = "Obesvarade frågor"


@dataclass(frozen=True)
class PlannedMeeting:
    """The next meeting planned with the board, its kind in Swedish (“Budgetdialog”)."""

    kind: str
    date: dt.date
    start: dt.time
    end: dt.time | None = None
    place: str = ""


@dataclass(frozen=True)
class Representative:
    """Someone who speaks for the board: chair, manager or contact, and in what role."""

    name: str
    role: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class FollowUpLine:
    """One outstanding record as a row of its section's table.

    ``date`` is when it arose (made, sent, answered or asked), ``who`` whoever answers for it
    (for a request: its diary number), ``due`` the date it is or was due, ``meeting`` the kind
    of meeting a question was asked at, and ``days_overdue`` how late it is, for the overdue
    section.
    """

    date: dt.date | None
    what: str
    who: str = ""
    due: dt.date | None = None
    status: str = ""
    meeting: str = ""
    days_overdue: int = 0


@dataclass(frozen=True)
class Briefing:
    """Everything the briefing says, in Swedish, ready to be written out."""

    organisation: str
    delegation: str
    board: str
    today: dt.date
    administration: str = ""
    next_meeting: PlannedMeeting | None = None
    last_dialogue: dt.date | None = None
    last_dialogue_kind: str = ""
    representatives: tuple[Representative, ...] = ()
    overdue: tuple[FollowUpLine, ...] = ()
    commitments: tuple[FollowUpLine, ...] = ()
    requests: tuple[FollowUpLine, ...] = ()
    answers: tuple[FollowUpLine, ...] = ()
    questions: tuple[FollowUpLine, ...] = ()
    author: str = ""


def _iso(date: dt.date | None) -> str:
    return "" if date is None else date.isoformat()


@dataclass(frozen=True)
class _Section:
    heading: str
    columns: tuple[str, ...]
    widths: tuple[float, ...]
    cells: Callable[[FollowUpLine], tuple[str, ...]]
    lines: Callable[[Briefing], tuple[FollowUpLine, ...]]


def _days(count: int) -> str:
    return "1 dag" if count == 1 else f"{count} dagar"


def _meeting_cell(line: FollowUpLine) -> str:
    return "\n".join(part for part in (line.meeting, _iso(line.date)) if part)


# Column widths in millimetres of A4's text width; an ISO date needs 24 mm not to wrap.
_SECTIONS = (
    _Section(
        OVERDUE_HEADING,
        ("Senast", "Försenad", "Vad", "Vem", "Status"),
        (24, 22, 58, 32, 24),
        lambda line: (
            _iso(line.due),
            _days(line.days_overdue),
            line.what,
            line.who,
            line.status,
        ),
        lambda briefing: briefing.overdue,
    ),
    _Section(
        COMMITMENTS_HEADING,
        ("Datum", "Åtagande", "Ansvarig", "Senast", "Status"),
        (24, 60, 32, 24, 20),
        lambda line: (_iso(line.date), line.what, line.who, _iso(line.due), line.status),
        lambda briefing: briefing.commitments,
    ),
    _Section(
        REQUESTS_HEADING,
        ("Skickad", "Begäran", "Dnr", "Senast", "Status"),
        (24, 60, 28, 24, 24),
        lambda line: (_iso(line.date), line.what, line.who, _iso(line.due), line.status),
        lambda briefing: briefing.requests,
    ),
    _Section(
        ANSWERS_HEADING,
        ("Inkom", "Begäran", "Dnr", "Begärt senast", "Status"),
        (24, 60, 28, 24, 24),
        lambda line: (_iso(line.date), line.what, line.who, _iso(line.due), line.status),
        lambda briefing: briefing.answers,
    ),
    _Section(
        QUESTIONS_HEADING,
        ("Möte", "Fråga", "Ställd av", "Status"),
        (38, 64, 34, 24),
        lambda line: (_meeting_cell(line), line.what, line.who, line.status),
        lambda briefing: briefing.questions,
    ),
)


def _title(briefing: Briefing) -> str:
    board = in_running_text(single_line(briefing.board))
    return f"{KIND} med {board}" if board else KIND


def briefing_meta(briefing: Briefing) -> DocumentMeta:
    """Return what the header and the file's properties say about the briefing."""
    return DocumentMeta(
        organisation=briefing.organisation,
        body=briefing.delegation,
        kind=KIND,
        date=briefing.today,
        title=_title(briefing),
        author=briefing.author,
    )


def _fact(builder: DocumentBuilder, label: str, value: str) -> None:
    """Add “Label: value” with the label in bold; long labels need no aligned column."""
    paragraph = builder.paragraph()
    add_text(paragraph, f"{label}: ", bold=True)
    add_text(paragraph, value)


def _meeting_text(meeting: PlannedMeeting) -> str:
    when = f"{swedish_date(meeting.date)}, kl. {time_span(meeting.start, meeting.end)}"
    parts = (single_line(meeting.kind), when, single_line(meeting.place))
    return ", ".join(part for part in parts if part)


def _last_dialogue_text(briefing: Briefing) -> str:
    if briefing.last_dialogue is None:
        return "Ingen dialog har hållits med nämnden."
    kind = single_line(briefing.last_dialogue_kind)
    return f"{briefing.last_dialogue.isoformat()}" + (f" ({kind.lower()})" if kind else "")


def _representative_rows(briefing: Briefing) -> Iterator[tuple[str, str, str]]:
    for person in briefing.representatives:
        contact = (single_line(person.email), single_line(person.phone))
        yield person.name, person.role, "\n".join(part for part in contact if part)


def build_briefing(briefing: Briefing, template: Path | None = None) -> DocumentBuilder:
    """Return the briefing built on ``template`` (JämDesk's own if None), not yet saved."""
    builder = DocumentBuilder(template, briefing_meta(briefing))
    builder.heading(_title(briefing), level=0)
    board = in_running_text(single_line(briefing.board)) or "nämnden"
    builder.paragraph(
        f"Det som är öppet med {board} per {swedish_date(briefing.today)}. Försenade åtaganden"
        " och återrapporteringar står under Försenat och upprepas inte längre ned."
    )
    next_meeting = briefing.next_meeting
    _fact(
        builder,
        "Nästa möte",
        "Inget möte är planerat." if next_meeting is None else _meeting_text(next_meeting),
    )
    _fact(builder, "Senaste dialog", _last_dialogue_text(briefing))
    if briefing.administration.strip():
        _fact(builder, "Förvaltning", single_line(briefing.administration))

    builder.heading(REPRESENTATIVES_HEADING, level=1)
    if briefing.representatives:
        builder.table(
            ("Namn", "Roll", "Kontakt"),
            _representative_rows(briefing),
            widths=(40, 56, 64),
            keep_rows_whole=True,
        )
    else:
        builder.paragraph("Nämnden har ingen ordförande, chef eller kontaktperson registrerad.")

    for section in _SECTIONS:
        builder.heading(section.heading, level=1)
        lines: Sequence[FollowUpLine] = section.lines(briefing)
        if not lines:
            builder.paragraph(NOTHING)
            continue
        builder.table(
            section.columns,
            (section.cells(line) for line in lines),
            widths=section.widths,
            keep_rows_whole=True,
        )
    return builder


def briefing_file_name(briefing: Briefing) -> str:
    """Return the file name of the briefing: kind, board and the day it was made."""
    return document_file_name(KIND, briefing.board, briefing.today)


def export_briefing(briefing: Briefing, folder: Path, template: Path | None = None) -> Path:
    """Write the briefing into ``folder`` under its file name and return the path."""
    path = folder / briefing_file_name(briefing)
    build_briefing(briefing, template).save(path)
    return path
