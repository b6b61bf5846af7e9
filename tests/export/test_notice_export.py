"""The notice with its agenda, read back from the saved Word file."""

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
from hypothesis import given, settings
from hypothesis import strategies as st

from jamdesk.export.notice_export import (
    AgendaEntry,
    CalledPerson,
    Notice,
    build_notice,
    export_notice,
    notice_file_name,
)
from jamdesk.export.text import clean, single_line

NOTICE = Notice(
    organisation="Exempels kommun",
    body="Jämställdhetsdelegationen",
    meeting_kind="Sammanträde",
    date=dt.date(2026, 11, 23),
    start=dt.time(13, 0),
    end=dt.time(15, 0),
    place="Stadshuset, sammanträdesrum Ängen",
    issued=dt.date(2026, 11, 9),
    called=(
        CalledPerson("Anna Åberg", "Ordförande"),
        CalledPerson("Örjan Ek", "Vice ordförande"),
        CalledPerson("Lena Öst", "Ledamot"),
        CalledPerson("Sara Sekreterare", "Sekreterare"),
    ),
    items=(
        AgendaEntry(1, "Mötets öppnande"),
        AgendaEntry(2, "Val av justerare"),
        AgendaEntry(3, "Godkännande av föredragningslistan"),
        AgendaEntry(
            4, "Återrapportering från socialnämnden\nKönsuppdelad statistik", "KS 2026/123"
        ),
        AgendaEntry(5, "Information om CEMR-handlingsplanen", "KS 2025/88"),
    ),
    diary_number="KS 2026/100",
    author="Sara Sekreterare",
    closing="Förhinder anmäls till sekreteraren.",
)


def rows(table: Table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


@pytest.fixture
def notice_document(tmp_path: Path) -> Document:
    return docx.Document(str(export_notice(NOTICE, tmp_path)))


def test_the_notice_is_saved_under_its_registry_name(tmp_path: Path) -> None:
    path = export_notice(NOTICE, tmp_path)

    assert path.name == "KS 2026-100 Kallelse Jämställdhetsdelegationen 2026-11-23.docx"
    assert notice_file_name(NOTICE) == path.name
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_the_notice_says_what_when_and_where(notice_document: Document) -> None:
    paragraphs = [(p.style.name, p.text) for p in notice_document.paragraphs]

    assert paragraphs[:4] == [
        ("Title", "Kallelse"),
        ("Heading 2", "Sammanträde, Jämställdhetsdelegationen"),
        ("Normal", "Tid\tmåndag 23 november 2026, kl. 13.00–15.00"),
        ("Normal", "Plats\tStadshuset, sammanträdesrum Ängen"),
    ]
    assert ("Heading 1", "Kallade") in paragraphs
    assert ("Heading 1", "Föredragningslista") in paragraphs
    assert paragraphs[-1] == ("Normal", "Förhinder anmäls till sekreteraren.")


def test_the_called_are_listed_with_their_roles(notice_document: Document) -> None:
    assert rows(notice_document.tables[0]) == [
        ["Namn", "Roll"],
        ["Anna Åberg", "Ordförande"],
        ["Örjan Ek", "Vice ordförande"],
        ["Lena Öst", "Ledamot"],
        ["Sara Sekreterare", "Sekreterare"],
    ]


def test_the_agenda_is_a_numbered_table_with_diary_numbers(notice_document: Document) -> None:
    agenda = notice_document.tables[1]

    assert rows(agenda) == [
        ["Nr", "Ärende", "Dnr"],
        ["1", "Mötets öppnande", ""],
        ["2", "Val av justerare", ""],
        ["3", "Godkännande av föredragningslistan", ""],
        ["4", "Återrapportering från socialnämnden\nKönsuppdelad statistik", "KS 2026/123"],
        ["5", "Information om CEMR-handlingsplanen", "KS 2025/88"],
    ]
    assert agenda.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(run.bold for cell in agenda.rows[0].cells for run in cell.paragraphs[0].runs)


def test_the_header_footer_and_properties_frame_the_notice(notice_document: Document) -> None:
    section = notice_document.sections[0]
    properties = notice_document.core_properties

    assert [p.text for p in section.header.paragraphs] == [
        "Exempels kommun\tKallelse",
        "Jämställdhetsdelegationen\t2026-11-09",
        "\tDnr KS 2026/100",
    ]
    assert [p.text for p in section.footer.paragraphs] == ["Sida 1 (1)"]
    footer_xml = str(section.footer._element.xml)
    assert " PAGE " in footer_xml
    assert " NUMPAGES " in footer_xml
    assert properties.category == "Kallelse"
    assert properties.title == "Kallelse: Sammanträde 2026-11-23"
    assert "KS 2026/100" in properties.keywords


def test_an_open_ended_meeting_without_place_or_called_list(tmp_path: Path) -> None:
    notice = Notice(
        organisation="Exempels kommun",
        body="Jämställdhetsdelegationen",
        meeting_kind="Avstämningsmöte med tekniska nämnden",
        date=dt.date(2027, 2, 1),
        start=dt.time(9, 30),
        end=None,
        place="  ",
        issued=dt.date(2027, 1, 15),
    )
    document = docx.Document(str(export_notice(notice, tmp_path)))
    texts = [p.text for p in document.paragraphs]

    assert "Tid\tmåndag 1 februari 2027, kl. 09.30" in texts
    assert not any(text.startswith("Plats") for text in texts)
    assert "Kallade" not in texts
    assert len(document.tables) == 1
    assert rows(document.tables[0]) == [["Nr", "Ärende", "Dnr"]]


ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=40)


@settings(max_examples=15, deadline=None)
@given(
    body=ANY_TEXT,
    place=ANY_TEXT,
    diary=ANY_TEXT,
    names=st.lists(st.tuples(ANY_TEXT, ANY_TEXT), max_size=3),
    items=st.lists(st.tuples(ANY_TEXT, ANY_TEXT), max_size=4),
)
def test_any_text_in_any_field_exports_and_reads_back(
    body: str,
    place: str,
    diary: str,
    names: list[tuple[str, str]],
    items: list[tuple[str, str]],
) -> None:
    notice = Notice(
        organisation=body[::-1],
        body=body,
        meeting_kind=place[:10],
        date=dt.date(2026, 5, 4),
        start=dt.time(13, 0),
        end=dt.time(15, 0),
        place=place,
        issued=dt.date(2026, 4, 20),
        called=tuple(CalledPerson(name, role) for name, role in names),
        items=tuple(
            AgendaEntry(number, title, item_diary)
            for number, (title, item_diary) in enumerate(items, start=1)
        ),
        diary_number=diary,
        author=diary[::-1],
        closing=place,
    )
    with tempfile.TemporaryDirectory() as folder:
        document = docx.Document(str(export_notice(notice, Path(folder))))

    agenda = document.tables[-1]
    assert rows(agenda)[1:] == [
        [str(number), clean(title), clean(item_diary)]
        for number, (title, item_diary) in enumerate(items, start=1)
    ]
    header = [p.text for p in document.sections[0].header.paragraphs]
    assert header[1] == f"{single_line(body)}\t2026-04-20"
    assert document.core_properties.category == "Kallelse"


def test_the_notice_exports_on_a_template_without_styles(tmp_path: Path) -> None:
    bare = docx.Document()
    for style in list(bare.styles):
        bare.styles.element.remove(style.element)
    template = tmp_path / "kommunens mall.docx"
    bare.save(str(template))

    document = docx.Document(io.BytesIO(build_notice(NOTICE, template).to_bytes()))

    assert document.paragraphs[0].style.name == "Title"
    assert rows(document.tables[1])[4][2] == "KS 2026/123"
