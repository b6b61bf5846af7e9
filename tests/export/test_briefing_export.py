"""The chair's briefing before a dialogue, read back from the saved Word file."""

from __future__ import annotations

import datetime as dt
import io
import tempfile
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from hypothesis import given, settings
from hypothesis import strategies as st

from jamdesk.export.briefing_export import (
    NOTHING,
    Briefing,
    FollowUpLine,
    PlannedMeeting,
    Representative,
    briefing_file_name,
    build_briefing,
    export_briefing,
)
from jamdesk.export.text import clean, single_line


def style_name(paragraph: Paragraph) -> str:
    return "" if paragraph.style is None else str(paragraph.style.name)


TODAY = dt.date(2026, 11, 23)
SECTIONS = [
    "Försenat",
    "Öppna åtaganden",
    "Begärda återrapporteringar",
    "Inkomna svar att bedöma",
    "Obesvarade frågor",
]

BRIEFING = Briefing(
    organisation="Exempels kommun",
    delegation="Jämställdhetsdelegationen",
    board="Socialnämnden",
    today=TODAY,
    administration="Socialförvaltningen",
    next_meeting=PlannedMeeting(
        "Budgetdialog", dt.date(2026, 12, 7), dt.time(13, 0), dt.time(15, 0), "Stadshuset"
    ),
    last_dialogue=dt.date(2026, 10, 12),
    last_dialogue_kind="Resultatseminarium",
    representatives=(
        Representative("Anna Ählström", "Ordförande", "anna@exempel.se", "070-123"),
        Representative("Sven-Åke Öberg", "Socialchef"),
    ),
    overdue=(
        FollowUpLine(
            dt.date(2026, 9, 1),
            "Åtagande: Ta fram statistik",
            "Sven-Åke Öberg",
            dt.date(2026, 10, 31),
            "Pågår",
            days_overdue=23,
        ),
        FollowUpLine(
            dt.date(2026, 10, 13),
            "Återrapportering: Analys (Dnr KS 2026/101)",
            "",
            dt.date(2026, 11, 22),
            "Skickad",
            days_overdue=1,
        ),
    ),
    commitments=(
        FollowUpLine(
            dt.date(2026, 10, 12), "Utbilda chefer i 3R", "Örjan Ek", dt.date(2027, 3, 31), "Öppet"
        ),
    ),
    answers=(
        FollowUpLine(
            dt.date(2026, 11, 2),
            "Statistik över placeringar",
            "KS 2026/140",
            dt.date(2026, 11, 30),
            "Besvarad",
        ),
    ),
    questions=(
        FollowUpLine(
            dt.date(2026, 10, 12),
            "Hur fördelas bidragen?",
            "Lena Järvinen\ntill Sven-Åke Öberg",
            status="Obesvarad",
            meeting="Budgetdialog",
        ),
    ),
    author="Sara Sekreterare",
)


def rows(table: Table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def section_bodies(document: Document) -> dict[str, str | list[list[str]]]:
    """Return what follows each section heading: its table, or the paragraph saying nothing."""
    body = document.element.body
    found: dict[str, str | list[list[str]]] = {}
    tables = {table._tbl: table for table in document.tables}
    paragraphs = {paragraph._p: paragraph for paragraph in document.paragraphs}
    children = list(body)
    for index, child in enumerate(children):
        paragraph = paragraphs.get(child)
        if paragraph is None or paragraph.text not in SECTIONS:
            continue
        following = children[index + 1]
        found[paragraph.text] = (
            rows(tables[following]) if following in tables else paragraphs[following].text
        )
    return found


@pytest.fixture
def briefing_document(tmp_path: Path) -> Document:
    return docx.Document(str(export_briefing(BRIEFING, tmp_path)))


def test_the_briefing_is_saved_under_kind_board_and_day(tmp_path: Path) -> None:
    path = export_briefing(BRIEFING, tmp_path)

    assert path.name == "Underlag inför dialog Socialnämnden 2026-11-23.docx"
    assert briefing_file_name(BRIEFING) == path.name


def test_the_briefing_opens_with_the_meetings_and_the_people(briefing_document: Document) -> None:
    paragraphs = [(style_name(p), p.text) for p in briefing_document.paragraphs]

    assert paragraphs[0] == ("Title", "Underlag inför dialog med socialnämnden")
    assert paragraphs[2:5] == [
        ("Normal", "Nästa möte: Budgetdialog, måndag 7 december 2026, kl. 13.00–15.00, Stadshuset"),
        ("Normal", "Senaste dialog: 2026-10-12 (resultatseminarium)"),
        ("Normal", "Förvaltning: Socialförvaltningen"),
    ]
    assert paragraphs[1][1].startswith("Det som är öppet med socialnämnden per måndag 23 november")
    assert all(run.bold for run in briefing_document.paragraphs[2].runs[:1])
    assert rows(briefing_document.tables[0]) == [
        ["Namn", "Roll", "Kontakt"],
        ["Anna Ählström", "Ordförande", "anna@exempel.se\n070-123"],
        ["Sven-Åke Öberg", "Socialchef", ""],
    ]


def test_each_section_is_a_table_or_says_there_is_nothing(briefing_document: Document) -> None:
    headings = [p.text for p in briefing_document.paragraphs if style_name(p) == "Heading 1"]

    assert headings == ["Nämndens företrädare", *SECTIONS]
    assert section_bodies(briefing_document) == {
        "Försenat": [
            ["Senast", "Försenad", "Vad", "Vem", "Status"],
            ["2026-10-31", "23 dagar", "Åtagande: Ta fram statistik", "Sven-Åke Öberg", "Pågår"],
            ["2026-11-22", "1 dag", "Återrapportering: Analys (Dnr KS 2026/101)", "", "Skickad"],
        ],
        "Öppna åtaganden": [
            ["Datum", "Åtagande", "Ansvarig", "Senast", "Status"],
            ["2026-10-12", "Utbilda chefer i 3R", "Örjan Ek", "2027-03-31", "Öppet"],
        ],
        "Begärda återrapporteringar": NOTHING,
        "Inkomna svar att bedöma": [
            ["Inkom", "Begäran", "Dnr", "Begärt senast", "Status"],
            ["2026-11-02", "Statistik över placeringar", "KS 2026/140", "2026-11-30", "Besvarad"],
        ],
        "Obesvarade frågor": [
            ["Möte", "Fråga", "Ställd av", "Status"],
            ["Budgetdialog\n2026-10-12", "Hur fördelas bidragen?",
             "Lena Järvinen\ntill Sven-Åke Öberg", "Obesvarad"],
        ],
    }  # fmt: skip


def test_rows_stay_whole_and_headings_repeat(briefing_document: Document) -> None:
    for table in briefing_document.tables:
        for number, row in enumerate(table.rows):
            properties = row._tr.trPr
            assert properties is not None
            tags = [child.tag for child in properties]
            assert qn("w:cantSplit") in tags
            if number == 0:
                # The schema's order, which Word enforces: cantSplit before tblHeader.
                assert tags.index(qn("w:cantSplit")) < tags.index(qn("w:tblHeader"))


def test_the_header_has_the_day_and_no_diary_number(briefing_document: Document) -> None:
    section = briefing_document.sections[0]
    properties = briefing_document.core_properties

    assert [p.text for p in section.header.paragraphs] == [
        "Exempels kommun\tUnderlag inför dialog",
        "Jämställdhetsdelegationen\t2026-11-23",
    ]
    assert [p.text for p in section.footer.paragraphs] == ["Sida 1 (1)"]
    assert properties.category == "Underlag inför dialog"
    assert properties.title == "Underlag inför dialog med socialnämnden"
    assert properties.identifier == ""
    assert properties.author == "Sara Sekreterare"


def test_an_empty_briefing_shows_every_section_checked(tmp_path: Path) -> None:
    empty = Briefing(
        organisation="Exempels kommun",
        delegation="Jämställdhetsdelegationen",
        board="AB Ängsholmshem",
        today=TODAY,
    )
    document = docx.Document(str(export_briefing(empty, tmp_path)))
    paragraphs = [p.text for p in document.paragraphs]

    assert paragraphs[0] == "Underlag inför dialog med AB Ängsholmshem"
    assert "Nästa möte: Inget möte är planerat." in paragraphs
    assert "Senaste dialog: Ingen dialog har hållits med nämnden." in paragraphs
    assert not any(text.startswith("Förvaltning") for text in paragraphs)
    assert document.tables == []
    assert section_bodies(document) == dict.fromkeys(SECTIONS, NOTHING)


def test_the_briefing_exports_on_a_template_without_styles(tmp_path: Path) -> None:
    bare = docx.Document()
    for style in list(bare.styles):
        bare.styles.element.remove(style.element)
    template = tmp_path / "kommunens mall.docx"
    bare.save(str(template))

    document = docx.Document(io.BytesIO(build_briefing(BRIEFING, template).to_bytes()))

    assert style_name(document.paragraphs[0]) == "Title"
    assert rows(document.tables[1])[1][1] == "23 dagar"


ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=30)
LINES = st.lists(
    st.builds(
        FollowUpLine,
        date=st.none() | st.dates(),
        what=ANY_TEXT,
        who=ANY_TEXT,
        due=st.none() | st.dates(),
        status=ANY_TEXT,
        meeting=ANY_TEXT,
        days_overdue=st.integers(0, 5000),
    ),
    max_size=2,
)


@settings(max_examples=25, deadline=None)
@given(
    names=st.tuples(ANY_TEXT, ANY_TEXT, ANY_TEXT),
    place=ANY_TEXT,
    people=st.lists(st.builds(Representative, ANY_TEXT, ANY_TEXT, ANY_TEXT, ANY_TEXT), max_size=2),
    overdue=LINES,
    questions=LINES,
)
def test_any_text_in_any_field_exports_and_reads_back(
    names: tuple[str, str, str],
    place: str,
    people: list[Representative],
    overdue: list[FollowUpLine],
    questions: list[FollowUpLine],
) -> None:
    organisation, delegation, board = names
    briefing = Briefing(
        organisation=organisation,
        delegation=delegation,
        board=board,
        today=TODAY,
        administration=place,
        next_meeting=PlannedMeeting(place, TODAY, dt.time(9, 0), None, place),
        last_dialogue_kind=place,
        representatives=tuple(people),
        overdue=tuple(overdue),
        commitments=tuple(overdue),
        requests=tuple(questions),
        answers=tuple(overdue),
        questions=tuple(questions),
        author=place,
    )
    with tempfile.TemporaryDirectory() as folder:
        document = docx.Document(str(export_briefing(briefing, Path(folder))))

    bodies = section_bodies(document)
    overdue_body = bodies["Försenat"]
    if overdue:
        assert isinstance(overdue_body, list)
        assert [row[2] for row in overdue_body[1:]] == [clean(line.what) for line in overdue]
    else:
        assert overdue_body == NOTHING
    header = [p.text for p in document.sections[0].header.paragraphs]
    assert header[1] == f"{single_line(delegation)}\t2026-11-23"
