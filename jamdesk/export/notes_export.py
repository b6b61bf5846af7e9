"""The notes (minnesanteckningar) of a dialogue as a Word document.

A dialogue takes no decisions, so its notes are less formal than a protocol: who took part
(from the delegation, from each board, others), what was said under each item, and then
what the registry and the boards need to find again: the questions and their answers, what
the boards committed to, and what the delegation will follow up. A section with nothing
recorded is left out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from jamdesk.export.attendance_text import (
    FILL_IN,
    Attendee,
    Correction,
    label_table,
    lines,
    place_and_time,
)
from jamdesk.export.document_builder import DocumentBuilder, DocumentMeta
from jamdesk.export.file_names import document_file_name
from jamdesk.export.text import add_text, swedish_list

KIND = "Minnesanteckningar"
CORRECTION_KIND = "Rättelse av minnesanteckningar"
NOT_ANSWERED = "Ej besvarad"
QUESTIONS_HEADING = "Frågor och svar"
COMMITMENTS_HEADING = "Åtaganden"
FOLLOW_UP_HEADING = "Delegationen följer upp"
# Share of the text width per column; the labels name boards (“Från barn- och
# utbildningsnämnden”), so they get more room than a protocol's.
_LABEL_WIDTHS = (1, 2)
_COMMITMENT_WIDTHS = (8, 4, 4, 3)
_FOLLOW_UP_WIDTHS = (8, 4, 3)


@dataclass(frozen=True)
class AttendanceGroup:
    """Those present from one side: “Från delegationen”, “Från socialnämnden”, “Övriga”."""

    heading: str
    people: tuple[Attendee, ...]


@dataclass(frozen=True)
class NotesItem:
    """One numbered item of the notes: what was said under it."""

    number: int
    heading: str
    text: str = ""


@dataclass(frozen=True)
class QuestionEntry:
    """A question asked at the dialogue and the answer given, if any."""

    text: str
    asked_by: str = ""
    addressed_to: str = ""
    board: str = ""
    answer: str = ""

    def asked(self) -> str:
        """Return who asked whom: “Fråga från Lena Järvinen till Leila Göransson”."""
        line = "Fråga"
        if self.asked_by.strip():
            line += f" från {self.asked_by}"
        to = ", ".join(part for part in (self.addressed_to, self.board) if part.strip())
        if to:
            line += f" till {to}"
        return line


@dataclass(frozen=True)
class CommitmentEntry:
    """What a board or manager promised at the dialogue, by whom and by when."""

    description: str
    made_by: str = ""
    responsible: str = ""
    due: dt.date | None = None
    board: str = ""


@dataclass(frozen=True)
class FollowUpEntry:
    """What the delegation will follow up: a reporting request or an open question."""

    subject: str
    board: str = ""
    due: dt.date | None = None


@dataclass(frozen=True)
class MeetingNotes:
    """Everything the notes say, in Swedish, ready to be written out."""

    organisation: str
    body: str
    # The kind of meeting with the boards: “Budgetdialog med socialnämnden”.
    meeting_title: str
    date: dt.date
    start: dt.time
    end: dt.time | None
    place: str
    present: tuple[AttendanceGroup, ...] = ()
    items: tuple[NotesItem, ...] = ()
    questions: tuple[QuestionEntry, ...] = ()
    commitments: tuple[CommitmentEntry, ...] = ()
    follow_ups: tuple[FollowUpEntry, ...] = ()
    secretary: str = ""
    adjusters: tuple[str, ...] = ()
    adjusted_on: dt.date | None = None
    diary_number: str = ""
    correction: Correction | None = None

    @property
    def kind(self) -> str:
        """Return what the document is: notes or the correction of notes."""
        return KIND if self.correction is None else CORRECTION_KIND


def notes_meta(notes: MeetingNotes) -> DocumentMeta:
    """Return what the header and the file's properties say about the notes."""
    return DocumentMeta(
        organisation=notes.organisation,
        body=notes.body,
        kind=notes.kind,
        date=notes.date,
        title=f"{notes.kind}: {notes.meeting_title} {notes.date.isoformat()}",
        diary_number=notes.diary_number,
        author=notes.secretary,
    )


def build_notes(notes: MeetingNotes, template: Path | None = None) -> DocumentBuilder:
    """Return the notes built on ``template`` (JämDesk's own if None), not yet saved."""
    builder = DocumentBuilder(template, notes_meta(notes))
    builder.heading(notes.kind, level=0)
    builder.heading(notes.meeting_title, level=2)
    if notes.correction is not None:
        builder.paragraph(notes.correction.reference("minnesanteckningar"))
        builder.paragraph(notes.correction.reason_line())
    when = place_and_time(notes.place, notes.date, notes.start, notes.end)
    label_table(builder, [("Plats och tid", when)], _LABEL_WIDTHS)
    groups = [group for group in notes.present if group.people]
    if groups:
        builder.heading("Närvarande", level=1)
        rows = ((group.heading, lines(group.people)) for group in groups)
        label_table(builder, rows, _LABEL_WIDTHS)
    _write_items(builder, notes.items)
    _write_questions(builder, notes.questions)
    _write_commitments(builder, notes.commitments)
    _write_follow_ups(builder, notes.follow_ups)
    _write_closing(builder, notes)
    return builder


def notes_file_name(notes: MeetingNotes) -> str:
    """Return the file name the registry files the notes under, dated with the meeting."""
    return document_file_name(notes.kind, notes.body, notes.date, notes.diary_number)


def export_notes(notes: MeetingNotes, folder: Path, template: Path | None = None) -> Path:
    """Write the notes into ``folder`` under their registry file name and return the path."""
    path = folder / notes_file_name(notes)
    build_notes(notes, template).save(path)
    return path


def _write_items(builder: DocumentBuilder, items: tuple[NotesItem, ...]) -> None:
    if not items:
        return
    builder.heading("Anteckningar", level=1)
    for item in items:
        builder.heading(f"{item.number}. {item.heading}", level=2)
        if item.text.strip():
            builder.paragraph(item.text)


def _write_questions(builder: DocumentBuilder, questions: tuple[QuestionEntry, ...]) -> None:
    if not questions:
        return
    builder.heading(QUESTIONS_HEADING, level=1)
    for question in questions:
        asked = builder.paragraph()
        asked.paragraph_format.keep_with_next = True
        add_text(asked, question.asked(), bold=True)
        text = builder.paragraph(question.text)
        text.paragraph_format.keep_with_next = True
        answer = builder.paragraph()
        add_text(answer, "Svar: ", bold=True)
        add_text(answer, question.answer if question.answer.strip() else NOT_ANSWERED)


def _write_commitments(builder: DocumentBuilder, commitments: tuple[CommitmentEntry, ...]) -> None:
    if not commitments:
        return
    builder.heading(COMMITMENTS_HEADING, level=1)
    # One board's dialogue needs no board column; a joint dialogue says whose promise it is.
    several = len({entry.board for entry in commitments}) > 1
    builder.table(
        ("Åtagande", "Lämnat av", "Ansvarig", "Klart senast"),
        (
            (
                entry.description,
                ", ".join(part for part in (entry.made_by, entry.board if several else "") if part),
                entry.responsible,
                _date(entry.due),
            )
            for entry in commitments
        ),
        widths=_COMMITMENT_WIDTHS,
    )


def _write_follow_ups(builder: DocumentBuilder, follow_ups: tuple[FollowUpEntry, ...]) -> None:
    if not follow_ups:
        return
    builder.heading(FOLLOW_UP_HEADING, level=1)
    builder.table(
        ("Vad", "Nämnd", "Senast"),
        ((entry.subject, entry.board, _date(entry.due)) for entry in follow_ups),
        widths=_FOLLOW_UP_WIDTHS,
    )


def _write_closing(builder: DocumentBuilder, notes: MeetingNotes) -> None:
    builder.paragraph()
    builder.paragraph(f"Vid anteckningarna: {notes.secretary.strip() or FILL_IN}")
    if notes.adjusted_on is not None:
        adjusted = f"Justerat {notes.adjusted_on.isoformat()}"
        if notes.adjusters:
            adjusted += f" av {swedish_list(notes.adjusters)}"
        builder.paragraph(adjusted)


def dialogue_title(meeting_kind: str, boards: Sequence[str]) -> str:
    """Return “Budgetdialog med socialnämnden och tekniska nämnden”."""
    return f"{meeting_kind} med {swedish_list(boards)}" if boards else meeting_kind


def _date(day: dt.date | None) -> str:
    return "" if day is None else day.isoformat()
