"""The follow-up report (uppföljningsrapport) for one board or one goal, as a Word document.

It sums up a period: the dialogues held, the questions asked and answered, the commitments
made and kept, the reporting requested and received, and everything overdue on the day it is
compiled. The public version is the delegation's progress report to residents (the CEMR
charter's public commitment): the same sections without a single person's name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from jamdesk.export.document_builder import DocumentBuilder, DocumentMeta
from jamdesk.export.file_names import document_file_name
from jamdesk.export.report_sections import (
    Column,
    CommitmentEntry,
    DialogueEntry,
    OverdueEntry,
    QuestionEntry,
    RequestEntry,
    write_commitments,
    write_dialogues,
    write_overdue,
    write_questions,
    write_requests,
    write_table,
)
from jamdesk.export.text import swedish_day

__all__ = [
    "KIND",
    "PUBLIC_KIND",
    "CommitmentEntry",
    "DialogueEntry",
    "FollowUpReport",
    "OverdueEntry",
    "QuestionEntry",
    "ReportSummary",
    "RequestEntry",
    "build_report",
    "export_report",
    "report_file_name",
    "report_kind",
    "report_meta",
]

KIND = "Uppföljningsrapport"
PUBLIC_KIND = "Uppföljningsrapport – offentlig version"
CHARTER = (
    "den europeiska deklarationen för jämställdhet mellan kvinnor och män"
    " på lokal och regional nivå (CEMR)"
)
_SUMMARY_COLUMNS = (Column("Under perioden", share=1), Column("Antal", cm=2.0))


@dataclass(frozen=True)
class ReportSummary:
    """The counts of the period; “overdue” is judged on the day the report is compiled."""

    dialogues: int = 0
    questions_asked: int = 0
    questions_answered: int = 0
    commitments_made: int = 0
    commitments_fulfilled: int = 0
    commitments_overdue: int = 0
    requests_made: int = 0
    requests_answered: int = 0
    requests_sufficient: int = 0
    requests_overdue: int = 0


@dataclass(frozen=True)
class FollowUpReport:
    """Everything the follow-up report says, in Swedish, ready to be written out.

    ``subject`` is the subtitle (the board's name, or “Mål: 3 Jämställd utbildning”);
    ``name`` is what the file is named after (the board's or the goal's name).
    """

    organisation: str
    delegation: str
    subject: str
    name: str
    start: dt.date
    end: dt.date
    compiled: dt.date
    summary: ReportSummary
    dialogues: tuple[DialogueEntry, ...] = ()
    questions: tuple[QuestionEntry, ...] = ()
    commitments: tuple[CommitmentEntry, ...] = ()
    requests: tuple[RequestEntry, ...] = ()
    overdue: tuple[OverdueEntry, ...] = ()
    # Per goal the records come from several boards, so each table names the board.
    by_goal: bool = False
    public: bool = False
    author: str = ""


def period_text(start: dt.date, end: dt.date) -> str:
    """Return “1 januari 2026 – 31 december 2026”."""
    return f"{swedish_day(start)} – {swedish_day(end)}"


def report_kind(report: FollowUpReport) -> str:
    """Return the kind of document the header and file name give the report."""
    return PUBLIC_KIND if report.public else KIND


def report_meta(report: FollowUpReport) -> DocumentMeta:
    """Return what the header and the file's properties say about the report."""
    kind = report_kind(report)
    return DocumentMeta(
        organisation=report.organisation,
        body=report.delegation,
        kind=kind,
        date=report.compiled,
        title=f"{kind}: {report.subject} {report.start.isoformat()}–{report.end.isoformat()}",
        # The public version names nobody, not even in the file's properties.
        author="" if report.public else report.author,
    )


def public_intro(report: FollowUpReport) -> str:
    """Return the sentence that opens the public version."""
    where = f" i {report.organisation}" if report.organisation.strip() else ""
    return (
        f"Det här är den offentliga lägesrapporten från {report.delegation}{where} om arbetet"
        f" för jämställdhet, enligt {CHARTER}. Den redovisar vad delegationen har frågat,"
        " vilka åtaganden som har gjorts, vilken återrapportering som har begärts och vad som"
        " är försenat, utan personuppgifter."
    )


def _summary_rows(report: FollowUpReport) -> list[tuple[str, str]]:
    summary, today = report.summary, swedish_day(report.compiled)
    return [
        (label, str(count))
        for label, count in (
            ("Dialoger som har hållits", summary.dialogues),
            ("Frågor som har ställts", summary.questions_asked),
            ("Frågor som har besvarats", summary.questions_answered),
            ("Åtaganden som har gjorts", summary.commitments_made),
            ("Åtaganden som har uppfyllts", summary.commitments_fulfilled),
            (f"Åtaganden försenade per {today}", summary.commitments_overdue),
            ("Begäranden om återrapportering", summary.requests_made),
            ("Återrapporteringar som har kommit in", summary.requests_answered),
            ("Återrapporteringar som har bedömts som tillräckliga", summary.requests_sufficient),
            (f"Återrapporteringar försenade per {today}", summary.requests_overdue),
        )
    ]


def build_report(report: FollowUpReport, template: Path | None = None) -> DocumentBuilder:
    """Return the follow-up report built on ``template`` (JämDesk's own if None), not saved."""
    builder = DocumentBuilder(template, report_meta(report))
    builder.heading(report_kind(report), level=0)
    builder.heading(report.subject, level=2)
    builder.labelled("Period", period_text(report.start, report.end))
    builder.labelled("Sammanställd", swedish_day(report.compiled))
    if report.public:
        builder.paragraph(public_intro(report))
    builder.heading("Sammanfattning", level=1)
    write_table(builder, _SUMMARY_COLUMNS, _summary_rows(report))
    builder.heading("Dialoger", level=1)
    write_dialogues(builder, report.dialogues, report.by_goal)
    builder.heading("Frågor", level=1)
    write_questions(builder, report.questions, report.by_goal, report.public)
    builder.heading("Åtaganden", level=1)
    write_commitments(builder, report.commitments, report.by_goal, report.public)
    builder.heading("Återrapporteringar", level=1)
    write_requests(builder, report.requests, report.by_goal)
    builder.heading(f"Försenat per {swedish_day(report.compiled)}", level=1)
    write_overdue(builder, report.overdue, report.by_goal, report.public)
    return builder


def report_file_name(report: FollowUpReport) -> str:
    """Return the file name of the report, dated with the day it was compiled."""
    return document_file_name(report_kind(report), report.name, report.compiled)


def export_report(report: FollowUpReport, folder: Path, template: Path | None = None) -> Path:
    """Write the report into ``folder`` under its file name and return the path."""
    path = folder / report_file_name(report)
    build_report(report, template).save(path)
    return path
