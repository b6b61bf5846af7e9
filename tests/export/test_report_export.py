"""The follow-up report, read back from the saved Word file, and its public version."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import sqlite3
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import Table
from hypothesis import given, settings
from hypothesis import strategies as st

from jamdesk.export.report_export import (
    CommitmentEntry,
    DialogueEntry,
    FollowUpReport,
    OverdueEntry,
    QuestionEntry,
    ReportSummary,
    RequestEntry,
    build_report,
    export_report,
    report_file_name,
)
from jamdesk.export.report_sections import TABLE_TEXT
from jamdesk.export.text import clean, single_line
from jamdesk.services.document_data.report import ReportScope, read_follow_up_report
from jamdesk.services.example.municipality import Scale, write_example
from jamdesk.store.database import Database, open_database

D = dt.date
NAMES = ("Åsa Lindström", "Göran Öberg", "Märta Ek", "Sara Sekreterare", "Ekonomienheten")

REPORT = FollowUpReport(
    organisation="Exempels kommun",
    delegation="Jämställdhetsdelegationen",
    subject="Socialnämnden",
    name="Socialnämnden",
    start=D(2026, 1, 1),
    end=D(2026, 12, 31),
    compiled=D(2026, 11, 23),
    summary=ReportSummary(2, 2, 1, 2, 0, 1, 2, 2, 1, 1),
    dialogues=(
        DialogueEntry(D(2026, 3, 10), "Budgetdialog", "Budgetdialog med socialnämnden"),
        DialogueEntry(D(2026, 9, 1), "Resultatseminarium", "Gemensamt seminarium"),
    ),
    questions=(
        QuestionEntry(
            D(2026, 3, 10),
            "Hur fördelas biståndet mellan kvinnor och män?",
            "Lika, enligt statistiken.",
            "Besvarad",
            asked_by="Åsa Lindström",
            addressed_to="Göran Öberg",
        ),
        QuestionEntry(
            D(2026, 9, 1),
            "Hur ser vårdtiderna ut?",
            "",
            "Obesvarad",
            asked_by="Åsa Lindström",
            addressed_to="Socialnämnden",
        ),
    ),
    commitments=(
        CommitmentEntry(
            D(2026, 3, 10),
            "Analysera biståndsbesluten",
            D(2026, 6, 30),
            "Pågår",
            overdue=True,
            responsible="Ekonomienheten",
        ),
        CommitmentEntry(
            D(2026, 9, 1), "Följa upp vårdtiderna", D(2026, 12, 31), "Öppet", responsible="Märta Ek"
        ),
    ),
    requests=(
        RequestEntry(
            D(2026, 3, 10),
            "Biståndsbeslut per kön",
            "Könsuppdelad statistik",
            D(2026, 5, 31),
            "Bedömd som tillräcklig",
            answered_on=D(2026, 5, 20),
            assessment="Statistiken är fullständig.",
        ),
        RequestEntry(
            D(2026, 9, 1),
            "Vårdtider per kön",
            "Åtgärder",
            D(2026, 10, 15),
            "Komplettering begärd",
            answered_on=D(2026, 10, 10),
            overdue=True,
        ),
    ),
    overdue=(
        OverdueEntry(D(2026, 1, 15), "Återrapportering", "Statistik över hemtjänsten", "Skickad"),
        OverdueEntry(
            D(2026, 6, 30), "Åtagande", "Analysera biståndsbesluten", "Pågår", "Ekonomienheten"
        ),
    ),
    author="Sara Sekreterare",
)
GOAL_REPORT = dataclasses.replace(
    REPORT,
    subject="Mål: 1 Jämn fördelning av makt och inflytande",
    name="Mål 1 Jämn fördelning av makt och inflytande",
    by_goal=True,
    dialogues=tuple(
        dataclasses.replace(entry, boards="Kultur- och fritidsnämnden, Socialnämnden")
        for entry in REPORT.dialogues
    ),
    questions=tuple(dataclasses.replace(e, board="Socialnämnden") for e in REPORT.questions),
    commitments=tuple(dataclasses.replace(e, board="Socialnämnden") for e in REPORT.commitments),
    requests=tuple(dataclasses.replace(e, board="Socialnämnden") for e in REPORT.requests),
    overdue=tuple(dataclasses.replace(e, board="Socialnämnden") for e in REPORT.overdue),
)
SECTIONS = [
    "Sammanfattning",
    "Dialoger",
    "Frågor",
    "Åtaganden",
    "Återrapporteringar",
    "Försenat per 23 november 2026",
]


def rows(table: Table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def saved(report: FollowUpReport, folder: Path) -> Document:
    return docx.Document(str(export_report(report, folder)))


def every_text(path: Path) -> str:
    """Return the text of every part of the .docx: body, tables, headers, footers, properties."""
    with zipfile.ZipFile(path) as archive:
        parts = [archive.read(name).decode("utf-8") for name in archive.namelist()]
    # Runs joined without a gap: a name cannot hide by being split between two runs.
    text = "".join(re.sub(r"<[^>]+>", "", part) for part in parts)
    return unicodedata.normalize("NFC", text)


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> Document:
    return saved(REPORT, tmp_path_factory.mktemp("report"))


def test_the_report_is_saved_under_its_kind_subject_and_day(tmp_path: Path) -> None:
    path = export_report(REPORT, tmp_path)

    assert path.name == "Uppföljningsrapport Socialnämnden 2026-11-23.docx"
    assert report_file_name(REPORT) == path.name
    assert report_file_name(GOAL_REPORT) == (
        "Uppföljningsrapport Mål 1 Jämn fördelning av makt och inflytande 2026-11-23.docx"
    )
    assert report_file_name(dataclasses.replace(REPORT, public=True)) == (
        "Uppföljningsrapport – offentlig version Socialnämnden 2026-11-23.docx"
    )


def test_the_report_opens_with_subject_period_and_day(document: Document) -> None:
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]

    assert paragraphs[:5] == [
        ("Title", "Uppföljningsrapport"),
        ("Heading 2", "Socialnämnden"),
        ("Normal", "Period\t1 januari 2026 – 31 december 2026"),
        ("Normal", "Sammanställd\t23 november 2026"),
        ("Heading 1", "Sammanfattning"),
    ]
    assert [text for style, text in paragraphs if style == "Heading 1"] == SECTIONS


def test_the_summary_counts_the_period(document: Document) -> None:
    assert rows(document.tables[0]) == [
        ["Under perioden", "Antal"],
        ["Dialoger som har hållits", "2"],
        ["Frågor som har ställts", "2"],
        ["Frågor som har besvarats", "1"],
        ["Åtaganden som har gjorts", "2"],
        ["Åtaganden som har uppfyllts", "0"],
        ["Åtaganden försenade per 23 november 2026", "1"],
        ["Begäranden om återrapportering", "2"],
        ["Återrapporteringar som har kommit in", "2"],
        ["Återrapporteringar som har bedömts som tillräckliga", "1"],
        ["Återrapporteringar försenade per 23 november 2026", "1"],
    ]


def test_each_section_is_a_table_of_its_records(document: Document) -> None:
    _, dialogues, questions, commitments, requests, overdue = document.tables

    assert rows(dialogues) == [
        ["Datum", "Slag", "Rubrik"],
        ["2026-03-10", "Budgetdialog", "Budgetdialog med socialnämnden"],
        ["2026-09-01", "Resultatseminarium", "Gemensamt seminarium"],
    ]
    assert rows(questions) == [
        ["Datum", "Fråga", "Ställd av", "Till", "Svar", "Status"],
        ["2026-03-10", "Hur fördelas biståndet mellan kvinnor och män?", "Åsa Lindström",
         "Göran Öberg", "Lika, enligt statistiken.", "Besvarad"],
        ["2026-09-01", "Hur ser vårdtiderna ut?", "Åsa Lindström", "Socialnämnden",
         "Ej besvarad", "Obesvarad"],
    ]  # fmt: skip
    assert rows(commitments) == [
        ["Datum", "Åtagande", "Ansvarig", "Senast", "Status"],
        ["2026-03-10", "Analysera biståndsbesluten", "Ekonomienheten", "2026-06-30",
         "Pågår\nFörsenat"],
        ["2026-09-01", "Följa upp vårdtiderna", "Märta Ek", "2026-12-31", "Öppet"],
    ]  # fmt: skip
    assert rows(requests) == [
        ["Återrapportering", "Form", "Senast", "Status", "Besvarad", "Bedömning"],
        ["Biståndsbeslut per kön", "Könsuppdelad statistik", "2026-05-31",
         "Bedömd som tillräcklig", "2026-05-20", "Statistiken är fullständig."],
        ["Vårdtider per kön", "Åtgärder", "2026-10-15", "Komplettering begärd\nFörsenad",
         "2026-10-10", ""],
    ]  # fmt: skip
    assert rows(overdue) == [
        ["Senast", "Slag", "Vad", "Ansvarig", "Status"],
        ["2026-01-15", "Återrapportering", "Statistik över hemtjänsten", "", "Skickad"],
        ["2026-06-30", "Åtagande", "Analysera biståndsbesluten", "Ekonomienheten", "Pågår"],
    ]
    for table in document.tables:
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
        assert {p.style.name for row in table.rows for c in row.cells for p in c.paragraphs} == {
            TABLE_TEXT
        }


def test_the_header_footer_and_properties_frame_the_report(document: Document) -> None:
    section = document.sections[0]
    properties = document.core_properties

    assert [p.text for p in section.header.paragraphs] == [
        "Exempels kommun\tUppföljningsrapport",
        "Jämställdhetsdelegationen\t2026-11-23",
    ]
    assert [p.text for p in section.footer.paragraphs] == ["Sida 1 (1)"]
    assert properties.category == "Uppföljningsrapport"
    assert properties.title == "Uppföljningsrapport: Socialnämnden 2026-01-01–2026-12-31"
    assert properties.author == "Sara Sekreterare"
    assert properties.identifier == ""


def test_the_goal_report_names_the_board_of_every_record(tmp_path: Path) -> None:
    document = saved(GOAL_REPORT, tmp_path)
    _, dialogues, questions, commitments, requests, overdue = document.tables

    assert document.paragraphs[1].text == "Mål: 1 Jämn fördelning av makt och inflytande"
    assert rows(dialogues)[0] == ["Datum", "Slag", "Rubrik", "Nämnd"]
    assert rows(dialogues)[1][3] == "Kultur- och fritidsnämnden, Socialnämnden"
    # Across boards, who asked whom shares one column to leave the board room.
    assert rows(questions)[0] == ["Datum", "Nämnd", "Fråga", "Ställd av / till", "Svar", "Status"]
    assert rows(questions)[1][1] == "Socialnämnden"
    assert rows(questions)[1][3] == "Åsa Lindström\ntill Göran Öberg"
    assert rows(commitments)[0][:2] == ["Datum", "Nämnd"]
    assert rows(requests)[0][0] == "Nämnd"
    assert rows(overdue)[1][:2] == ["2026-01-15", "Socialnämnden"]


def test_empty_sections_say_so_in_a_sentence(tmp_path: Path) -> None:
    empty = FollowUpReport(
        organisation="Exempels kommun",
        delegation="Jämställdhetsdelegationen",
        subject="Tekniska nämnden",
        name="Tekniska nämnden",
        start=D(2026, 1, 1),
        end=D(2026, 6, 30),
        compiled=D(2026, 7, 1),
        summary=ReportSummary(),
    )
    document = saved(empty, tmp_path)
    texts = [p.text for p in document.paragraphs]

    assert len(document.tables) == 1  # the summary, all zero
    assert {row[1] for row in rows(document.tables[0])[1:]} == {"0"}
    assert "Period\t1 januari 2026 – 30 juni 2026" in texts
    for sentence in (
        "Inga dialoger hölls under perioden.",
        "Inga frågor ställdes under perioden.",
        "Inga åtaganden gjordes under perioden.",
        "Ingen återrapportering begärdes under perioden.",
        "Inget är försenat.",
    ):
        assert sentence in texts


# -- the public version ----------------------------------------------------------------


def test_the_public_version_introduces_itself_and_drops_the_name_columns(
    tmp_path: Path,
) -> None:
    path = export_report(dataclasses.replace(GOAL_REPORT, public=True), tmp_path)
    document = docx.Document(str(path))
    headings = [cell for table in document.tables for cell in rows(table)[0]]

    assert document.paragraphs[0].text == "Uppföljningsrapport – offentlig version"
    assert document.sections[0].header.paragraphs[0].text == (
        "Exempels kommun\tUppföljningsrapport – offentlig version"
    )
    intro = document.paragraphs[4].text
    assert intro.startswith(
        "Det här är den offentliga lägesrapporten från Jämställdhetsdelegationen"
    )
    assert "(CEMR)" in intro
    assert not {"Ställd av", "Till", "Ställd av / till", "Ansvarig"} & set(headings)
    assert rows(document.tables[2])[0] == ["Datum", "Nämnd", "Fråga", "Svar", "Status"]
    assert document.core_properties.author == ""
    assert document.core_properties.last_modified_by == ""
    assert "Nämnd" in headings  # boards and goals are named


def test_the_public_version_names_nobody_anywhere(tmp_path: Path) -> None:
    internal = every_text(export_report(REPORT, tmp_path))
    public = every_text(export_report(dataclasses.replace(REPORT, public=True), tmp_path))

    assert [name for name in NAMES if name in internal] == list(NAMES)
    assert [name for name in NAMES if name in public] == []
    assert "Socialnämnden" in public
    assert "Hur ser vårdtiderna ut?" in public


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("example") / "exempel.sqlite"
    write_example(path, scale=Scale.SMALL, seed=1, today=D(2026, 11, 23), force=False)
    database = open_database(path)
    yield database
    database.close()


def _busiest(conn: sqlite3.Connection, column: str, table: str) -> int:
    row = conn.execute(
        f"SELECT {column} FROM {table} GROUP BY {column} ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    return int(row[0])


@pytest.mark.parametrize("scope_kind", ["board", "goal"])
def test_no_persons_name_of_the_store_is_in_the_public_document(
    example: Database, tmp_path: Path, scope_kind: str
) -> None:
    conn = example.connection
    if scope_kind == "board":
        scope = ReportScope(board_id=_busiest(conn, "board_id", "question"))
    else:
        scope = ReportScope(goal_id=_busiest(conn, "goal_id", "question_goal"))
    names = [
        unicodedata.normalize("NFC", row[0]) for row in conn.execute("SELECT name FROM person")
    ]
    texts = {}
    for public in (False, True):
        report = read_follow_up_report(
            conn, scope, D(2026, 1, 1), D(2026, 12, 31), D(2026, 11, 23), public
        )
        report = dataclasses.replace(report, author=names[0])  # as the facade may set it
        folder = tmp_path / str(public)
        folder.mkdir()
        texts[public] = every_text(export_report(report, folder))

    assert [name for name in names if name in texts[False]]  # the check can see names
    assert [name for name in names if name in texts[True]] == []


# -- any text, any template --------------------------------------------------------------

ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=30)


@settings(max_examples=15, deadline=None)
@given(texts=st.lists(ANY_TEXT, min_size=12, max_size=12), public=st.booleans())
def test_any_text_in_any_field_exports_and_reads_back(texts: list[str], public: bool) -> None:
    (org, delegation, subject, kind, title, question, answer, person,
     description, subject_text, form, assessment) = texts  # fmt: skip
    report = FollowUpReport(
        organisation=org,
        delegation=delegation,
        subject=subject,
        name=subject,
        start=D(2026, 1, 1),
        end=D(2026, 12, 31),
        compiled=D(2026, 11, 23),
        summary=ReportSummary(dialogues=1),
        dialogues=(DialogueEntry(D(2026, 2, 2), kind, title, boards=org),),
        questions=(QuestionEntry(D(2026, 2, 2), question, answer, kind, person, person, org),),
        commitments=(CommitmentEntry(D(2026, 2, 2), description, None, kind, True, person),),
        requests=(
            RequestEntry(
                D(2026, 2, 2), subject_text, form, D(2026, 3, 3), kind, assessment=assessment
            ),
        ),
        overdue=(OverdueEntry(D(2026, 3, 3), kind, description, kind, person),),
        by_goal=bool(len(org) % 2),
        public=public,
        author=person,
    )
    document = docx.Document(io.BytesIO(build_report(report).to_bytes()))

    header = [p.text for p in document.sections[0].header.paragraphs]
    assert header[1] == f"{single_line(delegation)}\t2026-11-23"
    questions = rows(document.tables[2])
    assert questions[1][questions[0].index("Fråga")] == clean(question)
    expected_answer = clean(answer) if answer.strip() else "Ej besvarad"
    assert questions[1][questions[0].index("Svar")] == expected_answer
    assert rows(document.tables[3])[1][1 + report.by_goal] == clean(description)
    assert rows(document.tables[4])[1][report.by_goal] == clean(subject_text)
    assert document.core_properties.author == ("" if public else single_line(person)[:255])


def _bare_template(tmp_path: Path, table_text_size: float | None = None) -> Path:
    bare = docx.Document()
    for style in list(bare.styles):
        bare.styles.element.remove(style.element)
    if table_text_size is not None:
        own = bare.styles.add_style(TABLE_TEXT, WD_STYLE_TYPE.PARAGRAPH)
        own.font.size = Pt(table_text_size)
    template = tmp_path / "kommunens mall.docx"
    bare.save(str(template))
    return template


def test_the_report_exports_on_a_template_without_styles(tmp_path: Path) -> None:
    document = docx.Document(io.BytesIO(build_report(REPORT, _bare_template(tmp_path)).to_bytes()))

    assert document.paragraphs[0].style.name == "Title"
    assert rows(document.tables[2])[1][1] == "Hur fördelas biståndet mellan kvinnor och män?"
    assert document.styles[TABLE_TEXT].font.size == Pt(9)


def test_the_templates_own_table_text_style_is_kept(tmp_path: Path) -> None:
    template = _bare_template(tmp_path, table_text_size=8)
    document = docx.Document(io.BytesIO(build_report(REPORT, template).to_bytes()))

    assert document.styles[TABLE_TEXT].font.size == Pt(8)
    assert document.tables[1].rows[1].cells[0].paragraphs[0].style.name == TABLE_TEXT
