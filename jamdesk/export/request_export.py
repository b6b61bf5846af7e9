"""The reporting request (begäran om återrapportering) as a Word letter to one board.

The letter says who it is for, what the delegation asks the board to report, in what form and
by which date (in bold, so it is not missed), where the request was decided, where the answer
goes and under which diary number, and who signs for the delegation. It receives plain data:
the service that reads the store fills it in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from docx.shared import Mm

from jamdesk.export.document_builder import DocumentBuilder, DocumentMeta
from jamdesk.export.file_names import document_file_name
from jamdesk.export.swedish_labels import in_running_text
from jamdesk.export.text import add_text, single_line, swedish_date

KIND = "Begäran om återrapportering"
FORM_HEADING = "Form för återrapporteringen"
DUE_HEADING = "Senast"
BACKGROUND_HEADING = "Bakgrund"
ANSWER_HEADING = "Svar"
# Where the names after "Att:" line up.
_ATTENTION_TAB = Mm(12)


@dataclass(frozen=True)
class Signatory:
    """Someone who signs for the delegation, with the role written in Swedish (“Ordförande”)."""

    name: str
    role: str
    contact: str = ""


@dataclass(frozen=True)
class RequestLetter:
    """Everything the letter says, in Swedish, ready to be written out.

    ``attention`` holds the addressee's lines after the board ("Nour Sjöström, ordförande");
    ``background`` holds whole sentences on where the request comes from.
    """

    organisation: str
    delegation: str
    board: str
    subject: str
    form: str
    due_on: dt.date
    date: dt.date
    form_details: str = ""
    diary_number: str = ""
    administration: str = ""
    attention: tuple[str, ...] = ()
    background: tuple[str, ...] = ()
    signatories: tuple[Signatory, ...] = ()
    author: str = ""


def request_meta(letter: RequestLetter) -> DocumentMeta:
    """Return what the header and the file's properties say about the letter."""
    return DocumentMeta(
        organisation=letter.organisation,
        body=letter.delegation,
        kind=KIND,
        date=letter.date,
        title=f"{KIND}: {single_line(letter.subject)}",
        diary_number=letter.diary_number,
        author=letter.author,
    )


def _sentence_start(name: str) -> str:
    """Return ``name`` to open a sentence with: its first letter in upper case."""
    name = single_line(name)
    return name[:1].upper() + name[1:]


def _address(letter: RequestLetter) -> str:
    lines = [single_line(letter.board), single_line(letter.administration)]
    attention = [line for line in map(single_line, letter.attention) if line]
    for number, line in enumerate(attention):
        lines.append(f"{'Att:' if number == 0 else ''}\t{line}")
    return "\n".join(line for line in lines if line)


def _answer_to(letter: RequestLetter) -> str:
    registry = ", ".join(part for part in ("registrator", single_line(letter.organisation)) if part)
    if letter.diary_number.strip():
        return f"Svaret skickas till {registry}, märkt med Dnr {single_line(letter.diary_number)}."
    delegation = in_running_text(single_line(letter.delegation)) or "delegationen"
    return f"Svaret skickas till {registry}, märkt ”Återrapportering till {delegation}”."


def build_request(letter: RequestLetter, template: Path | None = None) -> DocumentBuilder:
    """Return the letter built on ``template`` (JämDesk's own if None), not yet saved."""
    builder = DocumentBuilder(template, request_meta(letter))
    address = builder.paragraph(_address(letter))
    address.paragraph_format.tab_stops.add_tab_stop(_ATTENTION_TAB)
    builder.paragraph()
    builder.heading(KIND, level=0)
    builder.heading(letter.subject, level=1)
    delegation = _sentence_start(letter.delegation) or "Delegationen"
    board = in_running_text(single_line(letter.board)) or "nämnden"
    builder.paragraph(
        f"{delegation} ber härmed {board} att återrapportera om ”{single_line(letter.subject)}”."
    )

    builder.heading(FORM_HEADING, level=2)
    builder.paragraph(letter.form)
    if letter.form_details.strip():
        builder.paragraph(letter.form_details)

    builder.heading(DUE_HEADING, level=2)
    due = builder.paragraph()
    add_text(due, f"Återrapporteringen ska lämnas senast {swedish_date(letter.due_on)}.", bold=True)

    background = [line for line in letter.background if line.strip()]
    if background:
        builder.heading(BACKGROUND_HEADING, level=2)
        for line in background:
            builder.paragraph(line)

    builder.heading(ANSWER_HEADING, level=2)
    builder.paragraph(_answer_to(letter))

    builder.paragraph()
    closing = builder.paragraph(f"För {single_line(letter.delegation)}")
    closing.paragraph_format.keep_with_next = True
    last = len(letter.signatories) - 1
    for number, signatory in enumerate(letter.signatories):
        # Room to sign by hand above the printed name; the block stays on one page.
        space = builder.paragraph("\n")
        space.paragraph_format.keep_with_next = True
        lines = [signatory.name, signatory.role, signatory.contact]
        signed = builder.paragraph("\n".join(line for line in lines if line.strip()))
        signed.paragraph_format.keep_with_next = number < last
    return builder


def request_file_name(letter: RequestLetter) -> str:
    """Return the file name the registry files the letter under: diary number, board, date."""
    return document_file_name(KIND, letter.board, letter.date, letter.diary_number)


def export_request(letter: RequestLetter, folder: Path, template: Path | None = None) -> Path:
    """Write the letter into ``folder`` under its registry file name and return the path."""
    path = folder / request_file_name(letter)
    build_request(letter, template).save(path)
    return path
