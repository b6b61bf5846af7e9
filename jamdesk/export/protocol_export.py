"""The protocol (protokoll) of a decision meeting as a Word document.

The first page reads like every Swedish municipal protocol: place and time, who decided,
substitutes and others present, the adjusters and the place and time of adjustment, the
signatures with the paragraph range, and the notice certificate (anslag/bevis) the registry
fills in when the adjustment is announced on the official notice board. The paragraphs
follow on a new page, each under a heading Word's navigation pane lists. A correction of
adjusted minutes is a document of its own that refers to the protocol it corrects.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from docx.text.paragraph import Paragraph

from jamdesk.domain.dates import swedish_time
from jamdesk.domain.minutes import paragraph_range
from jamdesk.export.attendance_text import (
    FILL_IN,
    Attendee,
    Correction,
    keep_together,
    label_table,
    lines,
    place_and_time,
)
from jamdesk.export.document_builder import DocumentBuilder, DocumentMeta
from jamdesk.export.file_names import document_file_name
from jamdesk.export.text import add_text, swedish_date

KIND = "Protokoll"
CORRECTION_KIND = "Rättelse av protokoll"
DRAFT_LINE = "Utkast – ej justerat"
NOTICE_HEADING = "ANSLAG/BEVIS"
NOTICE_STATEMENT = "Protokollet är justerat. Justeringen har tillkännagivits genom anslag."
# Kommunallagen (8 kap. 12 §): the notice stays on the notice board at least three weeks.
NOTICE_PERIOD = dt.timedelta(weeks=3)
# Share of the text width in the signature block: role, signature, paragraphs.
_SIGNATURE_WIDTHS = (3, 7, 4)
SIGNATURE_LINE = "_" * 28
_NOTICE_WIDTHS = (3, 4)
_RECIPIENT_SEPARATORS = re.compile(r"[\n,;]")


@dataclass(frozen=True)
class ProtocolParagraph:
    """One paragraph (§) of the protocol."""

    number: int
    heading: str
    diary_number: str = ""
    summary: str = ""
    decision: str = ""
    sent_to: str = ""

    def title(self) -> str:
        """Return the heading line: “§ 14  Dnr KS 2026/123  Heading”."""
        parts = [f"§ {self.number}"]
        if self.diary_number.strip():
            parts.append(f"Dnr {self.diary_number}")
        parts.append(self.heading)
        return "  ".join(parts)

    def recipients(self) -> list[str]:
        """Return whom the decision is sent to, one per line as the secretary listed them."""
        return [part.strip() for part in _RECIPIENT_SEPARATORS.split(self.sent_to) if part.strip()]


@dataclass(frozen=True)
class Protocol:
    """Everything the protocol says, in Swedish, ready to be written out."""

    organisation: str
    body: str
    date: dt.date
    start: dt.time
    end: dt.time | None
    place: str
    meeting_kind: str = "Sammanträde"
    deciding: tuple[Attendee, ...] = ()
    substitutes: tuple[Attendee, ...] = ()
    others: tuple[Attendee, ...] = ()
    absent: tuple[str, ...] = ()
    secretary: str = ""
    chair: str = ""
    adjusters: tuple[str, ...] = ()
    adjustment_place: str = ""
    adjustment_date: dt.date | None = None
    adjustment_time: dt.time | None = None
    # None while the protocol is a draft, not yet adjusted.
    adjusted_on: dt.date | None = None
    minutes_kept_at: str = ""
    paragraphs: tuple[ProtocolParagraph, ...] = ()
    diary_number: str = ""
    correction: Correction | None = None

    @property
    def kind(self) -> str:
        """Return what the document is: a protocol or the correction of one."""
        return KIND if self.correction is None else CORRECTION_KIND

    def paragraph_range(self) -> str:
        """Return the protocol's paragraphs as the signature block cites them: “§§ 12–19”."""
        return paragraph_range(paragraph.number for paragraph in self.paragraphs)

    def notice_dates(self) -> tuple[dt.date, dt.date] | None:
        """Return when the notice of adjustment goes up and comes down, once adjusted."""
        if self.adjusted_on is None:
            return None
        return self.adjusted_on, self.adjusted_on + NOTICE_PERIOD


def protocol_meta(protocol: Protocol) -> DocumentMeta:
    """Return what the header and the file's properties say about the protocol."""
    # A page of a draft must say so on its own, wherever it ends up.
    kind = protocol.kind if protocol.adjusted_on is not None else f"{protocol.kind} (utkast)"
    return DocumentMeta(
        organisation=protocol.organisation,
        body=protocol.body,
        kind=kind,
        date=protocol.date,
        title=f"{protocol.kind}: {protocol.body} {protocol.date.isoformat()}",
        diary_number=protocol.diary_number,
        author=protocol.secretary,
    )


def build_protocol(protocol: Protocol, template: Path | None = None) -> DocumentBuilder:
    """Return the protocol built on ``template`` (JämDesk's own if None), not yet saved."""
    builder = DocumentBuilder(template, protocol_meta(protocol))
    _write_title(builder, protocol)
    _write_attendance(builder, protocol)
    _write_signatures(builder, protocol)
    _write_notice_certificate(builder, protocol)
    for number, paragraph in enumerate(protocol.paragraphs):
        _write_paragraph(builder, paragraph, new_page=number == 0)
    return builder


def protocol_file_name(protocol: Protocol) -> str:
    """Return the file name the registry files the protocol under, dated with the meeting."""
    # A correction shares the original's date and diary number; its own kind keeps it from
    # taking the original's file name in the registry's folder.
    return document_file_name(protocol.kind, protocol.body, protocol.date, protocol.diary_number)


def export_protocol(protocol: Protocol, folder: Path, template: Path | None = None) -> Path:
    """Write the protocol into ``folder`` under its registry file name and return the path."""
    path = folder / protocol_file_name(protocol)
    build_protocol(protocol, template).save(path)
    return path


def _write_title(builder: DocumentBuilder, protocol: Protocol) -> None:
    builder.heading(protocol.kind, level=0)
    builder.heading(protocol.body, level=2)
    builder.paragraph(protocol.meeting_kind)
    if protocol.correction is not None:
        builder.paragraph(protocol.correction.reference("protokoll"))
        builder.paragraph(protocol.correction.reason_line())
    if protocol.adjusted_on is None:
        add_text(builder.paragraph(), DRAFT_LINE, bold=True)


def _write_attendance(builder: DocumentBuilder, protocol: Protocol) -> None:
    rows = [
        (
            "Plats och tid",
            place_and_time(protocol.place, protocol.date, protocol.start, protocol.end),
        ),
        ("Beslutande", lines(protocol.deciding) or FILL_IN),
    ]
    if protocol.substitutes:
        rows.append(("Ersättare", lines(protocol.substitutes)))
    if protocol.others:
        rows.append(("Övriga närvarande", lines(protocol.others)))
    if protocol.absent:
        rows.append(("Frånvarande", "\n".join(protocol.absent)))
    rows.append(("Justerare", "\n".join(protocol.adjusters) or FILL_IN))
    rows.append(("Justeringens plats och tid", _adjustment_place_and_time(protocol)))
    builder.paragraph()
    label_table(builder, rows)


def _adjustment_place_and_time(protocol: Protocol) -> str:
    parts = [protocol.adjustment_place.strip()]
    if protocol.adjustment_date is None:
        parts.append(FILL_IN)
    else:
        parts.append(swedish_date(protocol.adjustment_date))
        if protocol.adjustment_time is not None:
            parts[-1] += f", kl. {swedish_time(protocol.adjustment_time)}"
    return ", ".join(part for part in parts if part)


def _write_signatures(builder: DocumentBuilder, protocol: Protocol) -> None:
    # An empty line above each signature line leaves room to sign.
    def signature(name: str) -> str:
        return f"\n{SIGNATURE_LINE}\n{name}"

    cited = protocol.paragraph_range()
    rows = [
        ("\nSekreterare", signature(protocol.secretary), f"\nParagrafer {cited}" if cited else ""),
        ("\nOrdförande", signature(protocol.chair), ""),
    ]
    rows.extend(("\nJusterare", signature(name), "") for name in protocol.adjusters or ("",))
    builder.paragraph()
    _bold_line(builder, "Underskrifter")
    keep_together(label_table(builder, rows, _SIGNATURE_WIDTHS, bold_columns=frozenset()))


def _write_notice_certificate(builder: DocumentBuilder, protocol: Protocol) -> None:
    dates = protocol.notice_dates()
    posted, removed = (FILL_IN, FILL_IN) if dates is None else (d.isoformat() for d in dates)
    rows = [
        ("Organ", protocol.body),
        ("Sammanträdesdatum", protocol.date.isoformat()),
        ("Datum då anslaget sätts upp", posted),
        ("Datum då anslaget tas ned", removed),
        ("Förvaringsplats för protokollet", protocol.minutes_kept_at.strip() or FILL_IN),
        ("Underskrift", f"\n{FILL_IN}"),
    ]
    builder.paragraph()
    heading = builder.paragraph()
    heading.paragraph_format.keep_with_next = True
    add_text(heading, NOTICE_HEADING, bold=True)
    statement = builder.paragraph(NOTICE_STATEMENT)
    statement.paragraph_format.keep_with_next = True
    keep_together(label_table(builder, rows, _NOTICE_WIDTHS, style="Table Grid"))


def _write_paragraph(
    builder: DocumentBuilder, paragraph: ProtocolParagraph, new_page: bool
) -> None:
    heading = builder.heading(paragraph.title(), level=1)
    if new_page:  # a break before the heading rather than an empty paragraph carrying one
        heading.paragraph_format.page_break_before = True
    if paragraph.summary.strip():
        builder.paragraph(paragraph.summary)
    if paragraph.decision.strip():
        _bold_line(builder, "Beslut")
        builder.paragraph(paragraph.decision)
    recipients = paragraph.recipients()
    if recipients:
        _bold_line(builder, "Beslutet skickas till")
        builder.paragraph("\n".join(recipients))


def _bold_line(builder: DocumentBuilder, text: str) -> Paragraph:
    paragraph = builder.paragraph(keep_with_next=True)
    add_text(paragraph, text, bold=True)
    return paragraph
