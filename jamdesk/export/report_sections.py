"""The lines of the follow-up report and the tables they are written in.

Each kind of line is a plain dataclass of Swedish text ready to print; each ``write_*``
function adds its section's table, or a sentence saying the section is empty. A public
report leaves out every column that names a person: who asked, to whom, who is responsible.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from jamdesk.export.document_builder import DocumentBuilder, StyleSpec

NOT_ANSWERED = "Ej besvarad"
# Commitment (ett åtagande) and request (en återrapportering) differ in gender.
OVERDUE_COMMITMENT = "Försenat"
OVERDUE_REQUEST = "Försenad"
# Tables of six or seven columns need a smaller type than the running text to stay readable.
TABLE_TEXT = "Tabelltext"
_TABLE_TEXT_SPEC = StyleSpec(size=9, space_after=0)


@dataclass(frozen=True)
class DialogueEntry:
    """A dialogue held in the period."""

    date: dt.date
    kind: str
    title: str
    boards: str = ""


@dataclass(frozen=True)
class QuestionEntry:
    """A question asked in the period; an empty answer prints as “Ej besvarad”."""

    asked_on: dt.date
    question: str
    answer: str
    status: str
    asked_by: str = ""
    addressed_to: str = ""
    board: str = ""


@dataclass(frozen=True)
class CommitmentEntry:
    """A commitment made in the period."""

    made_on: dt.date
    description: str
    due_on: dt.date | None
    status: str
    overdue: bool = False
    responsible: str = ""
    board: str = ""


@dataclass(frozen=True)
class RequestEntry:
    """A reporting request made in the period."""

    made_on: dt.date
    subject: str
    form: str
    due_on: dt.date
    status: str
    answered_on: dt.date | None = None
    assessment: str = ""
    overdue: bool = False
    board: str = ""


@dataclass(frozen=True)
class OverdueEntry:
    """Something overdue on the day the report is compiled, whenever it was made."""

    due_on: dt.date
    kind: str
    what: str
    status: str
    responsible: str = ""
    board: str = ""


def _iso(date: dt.date | None) -> str:
    return "" if date is None else date.isoformat()


def _marked(status: str, overdue: bool, mark: str) -> str:
    return f"{status}\n{mark}" if overdue else status


def _asked(entry: QuestionEntry) -> str:
    """Return who asked whom in one cell: the asker, then “till …” on a line of its own."""
    to_whom = f"till {entry.addressed_to}" if entry.addressed_to.strip() else ""
    return "\n".join(part for part in (entry.asked_by, to_whom) if part.strip())


class Column(NamedTuple):
    """A column of a report table: fixed at ``cm`` centimetres, or a ``share`` of the rest."""

    heading: str
    cm: float = 0.0
    share: float = 0.0
    shown: bool = True


# Wide enough for “2026-11-23” in the table type without a break.
DATE = 2.1
STATUS = 2.0
BOARD = 3.2


def _widths(builder: DocumentBuilder, columns: Sequence[Column]) -> list[float]:
    """Return each column's width in centimetres: the fixed ones first, the rest shared."""
    fixed = sum(column.cm for column in columns)
    shares = sum(column.share for column in columns) or 1.0
    # A template with very narrow margins still gets every text column some room.
    rest = max(builder.text_width().cm - fixed, 2.0 * sum(c.share > 0 for c in columns))
    return [column.cm or rest * column.share / shares for column in columns]


def write_table(
    builder: DocumentBuilder,
    columns: Sequence[Column],
    rows: Iterable[Sequence[str]],
) -> None:
    """Add a table of the shown ``columns`` in the smaller table type, filled row by row."""
    shown = [column.shown for column in columns]
    visible = [column for column in columns if column.shown]
    builder.style(TABLE_TEXT, _TABLE_TEXT_SPEC)  # defined here where the template lacks it
    builder.table(
        [column.heading for column in visible],
        (tuple(v for v, keep in zip(row, shown, strict=True) if keep) for row in rows),
        _widths(builder, visible),
        cell_style=TABLE_TEXT,
    )


def write_dialogues(
    builder: DocumentBuilder, entries: Sequence[DialogueEntry], by_goal: bool
) -> None:
    """Add the dialogues held in the period."""
    if not entries:
        builder.paragraph("Inga dialoger hölls under perioden.")
        return
    columns = (
        Column("Datum", cm=DATE),
        Column("Slag", cm=3.2),
        Column("Rubrik", share=3),
        Column("Nämnd", share=2, shown=by_goal),
    )
    rows = ((_iso(entry.date), entry.kind, entry.title, entry.boards) for entry in entries)
    write_table(builder, columns, rows)


def write_questions(
    builder: DocumentBuilder, entries: Sequence[QuestionEntry], by_goal: bool, public: bool
) -> None:
    """Add the questions asked in the period, with their answers."""
    if not entries:
        builder.paragraph("Inga frågor ställdes under perioden.")
        return
    columns = (
        Column("Datum", cm=DATE),
        Column("Nämnd", cm=BOARD, shown=by_goal),
        Column("Fråga", share=1),
        Column("Ställd av", cm=2.0, shown=not public and not by_goal),
        Column("Till", cm=2.0, shown=not public and not by_goal),
        # Across boards the board needs the room: who asked whom shares one column.
        Column("Ställd av / till", cm=2.4, shown=not public and by_goal),
        Column("Svar", share=1),
        Column("Status", cm=STATUS),
    )
    rows = (
        (
            _iso(entry.asked_on),
            entry.board,
            entry.question,
            entry.asked_by,
            entry.addressed_to,
            _asked(entry),
            entry.answer if entry.answer.strip() else NOT_ANSWERED,
            entry.status,
        )
        for entry in entries
    )
    write_table(builder, columns, rows)


def write_commitments(
    builder: DocumentBuilder, entries: Sequence[CommitmentEntry], by_goal: bool, public: bool
) -> None:
    """Add the commitments made in the period, the overdue ones marked."""
    if not entries:
        builder.paragraph("Inga åtaganden gjordes under perioden.")
        return
    columns = (
        Column("Datum", cm=DATE),
        Column("Nämnd", cm=BOARD, shown=by_goal),
        Column("Åtagande", share=2),
        Column("Ansvarig", share=1, shown=not public),
        Column("Senast", cm=DATE),
        Column("Status", cm=STATUS),
    )
    rows = (
        (
            _iso(entry.made_on),
            entry.board,
            entry.description,
            entry.responsible,
            _iso(entry.due_on),
            _marked(entry.status, entry.overdue, OVERDUE_COMMITMENT),
        )
        for entry in entries
    )
    write_table(builder, columns, rows)


def write_requests(
    builder: DocumentBuilder, entries: Sequence[RequestEntry], by_goal: bool
) -> None:
    """Add the reporting requests made in the period, with what came back."""
    if not entries:
        builder.paragraph("Ingen återrapportering begärdes under perioden.")
        return
    columns = (
        Column("Nämnd", cm=BOARD, shown=by_goal),
        Column("Återrapportering", share=3),
        Column("Form", share=2),
        Column("Senast", cm=DATE),
        Column("Status", cm=STATUS),
        Column("Besvarad", cm=DATE),
        Column("Bedömning", share=2),
    )
    rows = (
        (
            entry.board,
            entry.subject,
            entry.form,
            _iso(entry.due_on),
            _marked(entry.status, entry.overdue, OVERDUE_REQUEST),
            _iso(entry.answered_on),
            entry.assessment,
        )
        for entry in entries
    )
    write_table(builder, columns, rows)


def write_overdue(
    builder: DocumentBuilder, entries: Sequence[OverdueEntry], by_goal: bool, public: bool
) -> None:
    """Add everything overdue on the day of the report, the longest overdue first."""
    if not entries:
        builder.paragraph("Inget är försenat.")
        return
    columns = (
        Column("Senast", cm=DATE),
        Column("Nämnd", cm=BOARD, shown=by_goal),
        Column("Slag", cm=3.0),
        Column("Vad", share=2),
        Column("Ansvarig", share=1, shown=not public),
        Column("Status", cm=STATUS),
    )
    rows = (
        (
            _iso(entry.due_on),
            entry.board,
            entry.kind,
            entry.what,
            entry.responsible,
            entry.status,
        )
        for entry in entries
    )
    write_table(builder, columns, rows)
