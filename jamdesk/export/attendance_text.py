"""What protocols and notes share: who attended, where and when, and how that is set out.

The first page of a Swedish protocol, and the head of a dialogue's notes, is a column of
labels ("Plats och tid", "Beslutande", "Justerare", …) with the values beside them. Labels
that long do not fit a tab stop, so the column is a borderless table: a label wraps in its
own cell and every line of a value starts at the same place.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import cast

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Length, Pt
from docx.styles.style import _TableStyle
from docx.table import Table, _Row

from jamdesk.export.document_builder import DocumentBuilder
from jamdesk.export.text import add_text, swedish_date, time_span

# Written where a value is still to be filled in by hand on the printed page.
FILL_IN = "_" * 30
# Share of the text width: label, value.
LABEL_WIDTHS = (2, 5)


@dataclass(frozen=True)
class Attendee:
    """Someone present, as a document lists them: “Eva Ek (ersättare för Anna Öst)”."""

    name: str
    # The role or title written after a comma: “ordförande”, “förvaltningschef”.
    role: str = ""
    # The member a serving substitute stands in for.
    serving_for: str = ""

    def line(self) -> str:
        """Return the attendee on one line, role and substitution included."""
        text = self.name
        if self.role.strip():
            text += f", {self.role}"
        if self.serving_for.strip():
            text += f" (ersättare för {self.serving_for})"
        return text


@dataclass(frozen=True)
class Correction:
    """What a correction of adjusted minutes refers to, and why it was made."""

    original_date: dt.date
    original_adjusted_on: dt.date | None
    reason: str = ""

    def reference(self, of_what: str) -> str:
        """Return “Rättelse av protokoll från sammanträdet 2026-11-23, justerat 2026-11-27”."""
        text = f"Rättelse av {of_what} från sammanträdet {self.original_date.isoformat()}"
        if self.original_adjusted_on is not None:
            text += f", justerat {self.original_adjusted_on.isoformat()}"
        return text

    def reason_line(self) -> str:
        """Return “Skäl till rättelsen: …”, with a line to fill in when no reason was given."""
        return f"Skäl till rättelsen: {self.reason if self.reason.strip() else FILL_IN}"


def lines(attendees: Iterable[Attendee]) -> str:
    """Return the attendees one per line."""
    return "\n".join(attendee.line() for attendee in attendees)


def place_and_time(place: str, date: dt.date, start: dt.time, end: dt.time | None) -> str:
    """Return “Kommunhuset, måndag 23 november 2026, kl. 13.00–15.00”."""
    when = f"{swedish_date(date)}, kl. {time_span(start, end)}"
    return f"{place}, {when}" if place.strip() else when


def label_table(
    builder: DocumentBuilder,
    rows: Iterable[Sequence[str]],
    widths: Sequence[float] = LABEL_WIDTHS,
    *,
    bold_columns: frozenset[int] = frozenset({0}),
    style: str | None = None,
) -> Table:
    """Add a table of labels and values, borderless unless ``style`` is given."""
    document = builder.document
    table_style = cast(_TableStyle, builder.style(style)) if style is not None else None
    table: Table = document.add_table(rows=0, cols=len(widths), style=table_style)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    total = sum(widths)
    # add_row copies these grid widths into every new cell, which Word reads.
    for column, share in zip(table.columns, widths, strict=True):
        column.width = Length(int(builder.text_width() * share / total))
    for values in rows:
        row = table.add_row()  # type: ignore[no-untyped-call]
        _keep_row_whole(row)
        for number, (cell, value) in enumerate(zip(row.cells, values, strict=True)):
            paragraph = cell.paragraphs[0]
            paragraph.paragraph_format.space_after = Pt(6)
            add_text(paragraph, value, bold=True if number in bold_columns else None)
    return table


def keep_together(table: Table) -> None:
    """Keep the whole table on one page, as a signature block must be."""
    rows = table.rows
    for row in rows[:-1]:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = True


def _keep_row_whole(row: _Row) -> None:
    """Keep a row from breaking across two pages."""
    row._tr.get_or_add_trPr().append(parse_xml(f"<w:cantSplit {nsdecls('w')}/>"))
