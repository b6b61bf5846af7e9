"""The protocol, read back from the saved Word file as the registry opens it."""

from __future__ import annotations

import dataclasses
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

from jamdesk.export.attendance_text import FILL_IN, Attendee, Correction
from jamdesk.export.protocol_export import (
    Protocol,
    ProtocolParagraph,
    build_protocol,
    export_protocol,
    protocol_file_name,
)
from jamdesk.export.text import clean, single_line

PROTOCOL = Protocol(
    organisation="Exempels kommun",
    body="Jämställdhetsdelegationen",
    date=dt.date(2026, 11, 23),
    start=dt.time(13, 0),
    end=dt.time(15, 30),
    place="Stadshuset, sammanträdesrum Ängen",
    deciding=(
        Attendee("Anna Åberg", "ordförande"),
        Attendee("Örjan Ek", "vice ordförande"),
        Attendee("Lena Öst"),
        Attendee("Eva Ek", serving_for="Anna Öst"),
    ),
    substitutes=(Attendee("Per Ström"),),
    others=(
        Attendee("Sara Sekreterare", "sekreterare"),
        Attendee("Ulla Ärlig", "jämställdhetsstrateg"),
    ),
    absent=("Anna Öst",),
    secretary="Sara Sekreterare",
    chair="Anna Åberg",
    adjusters=("Lena Öst", "Örjan Ek"),
    adjustment_place="Kommunledningskontoret",
    adjustment_date=dt.date(2026, 11, 27),
    adjustment_time=dt.time(10, 0),
    adjusted_on=dt.date(2026, 11, 27),
    minutes_kept_at="Kommunledningskontoret",
    paragraphs=(
        ProtocolParagraph(12, "Val av justerare", summary="Lena Öst och Örjan Ek väljs."),
        ProtocolParagraph(
            13,
            "Återrapportering från socialnämnden",
            "KS 2026/123",
            "Socialnämnden har redovisat könsuppdelad statistik.\nStatistiken visar skillnader.",
            "Delegationen godkänner redovisningen.",
            "Socialnämnden, Kommunstyrelsen\nRevisionen",
        ),
        ProtocolParagraph(14, "Mötets avslutande"),
    ),
    diary_number="KS 2026/100",
)


def rows(table: Table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def style_name(paragraph: Paragraph) -> str:
    """Return the paragraph's style name; a template without styles leaves it unstyled."""
    return "" if paragraph.style is None else str(paragraph.style.name)


def texts(document: Document) -> list[str]:
    return [paragraph.text for paragraph in document.paragraphs]


def content(document: Document) -> list[Paragraph | Table]:
    return list(document.iter_inner_content())


def header(document: Document) -> list[str]:
    return [paragraph.text for paragraph in document.sections[0].header.paragraphs]


def saved(protocol: Protocol, folder: Path) -> Document:
    return docx.Document(str(export_protocol(protocol, folder)))


@pytest.fixture
def document(tmp_path: Path) -> Document:
    return saved(PROTOCOL, tmp_path)


def test_the_protocol_is_saved_under_its_registry_name(tmp_path: Path) -> None:
    path = export_protocol(PROTOCOL, tmp_path)

    assert path.name == "KS 2026-100 Protokoll Jämställdhetsdelegationen 2026-11-23.docx"
    assert protocol_file_name(PROTOCOL) == path.name


def test_the_title_names_the_body_and_the_meeting(document: Document) -> None:
    paragraphs = [(style_name(p), p.text) for p in document.paragraphs]

    assert paragraphs[:3] == [
        ("Title", "Protokoll"),
        ("Heading 2", "Jämställdhetsdelegationen"),
        ("Normal", "Sammanträde"),
    ]
    assert "Utkast – ej justerat" not in texts(document)


def test_the_first_page_lists_who_decided_and_who_else_was_there(document: Document) -> None:
    assert rows(document.tables[0]) == [
        [
            "Plats och tid",
            "Stadshuset, sammanträdesrum Ängen, måndag 23 november 2026, kl. 13.00–15.30",
        ],
        [
            "Beslutande",
            "Anna Åberg, ordförande\nÖrjan Ek, vice ordförande\nLena Öst\n"
            "Eva Ek (ersättare för Anna Öst)",
        ],
        ["Ersättare", "Per Ström"],
        ["Övriga närvarande", "Sara Sekreterare, sekreterare\nUlla Ärlig, jämställdhetsstrateg"],
        ["Frånvarande", "Anna Öst"],
        ["Justerare", "Lena Öst\nÖrjan Ek"],
        [
            "Justeringens plats och tid",
            "Kommunledningskontoret, fredag 27 november 2026, kl. 10.00",
        ],
    ]
    # The labels are bold, and the layout has no grid: it is the page, not a table to read.
    assert all(row.cells[0].paragraphs[0].runs[0].bold for row in document.tables[0].rows)
    assert document.tables[0]._tbl.tblPr.find(qn("w:tblStyle")) is None


def test_the_signature_block_cites_the_paragraph_range(document: Document) -> None:
    signatures = document.tables[1]
    underscores = "_" * 28

    assert "Underskrifter" in texts(document)
    assert rows(signatures) == [
        ["\nSekreterare", f"\n{underscores}\nSara Sekreterare", "\nParagrafer §§ 12–14"],
        ["\nOrdförande", f"\n{underscores}\nAnna Åberg", ""],
        ["\nJusterare", f"\n{underscores}\nLena Öst", ""],
        ["\nJusterare", f"\n{underscores}\nÖrjan Ek", ""],
    ]
    assert signatures._tbl.tblPr.find(qn("w:tblStyle")) is None
    # The block stays on one page: no row splits, each row keeps with the next.
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in signatures.rows)
    assert all(
        row.cells[0].paragraphs[0].paragraph_format.keep_with_next for row in signatures.rows[:-1]
    )


def test_the_notice_certificate_counts_three_weeks_from_the_adjustment(
    document: Document,
) -> None:
    assert "ANSLAG/BEVIS" in texts(document)
    assert "Protokollet är justerat. Justeringen har tillkännagivits genom anslag." in texts(
        document
    )
    assert rows(document.tables[2]) == [
        ["Organ", "Jämställdhetsdelegationen"],
        ["Sammanträdesdatum", "2026-11-23"],
        ["Datum då anslaget sätts upp", "2026-11-27"],
        ["Datum då anslaget tas ned", "2026-12-18"],
        ["Förvaringsplats för protokollet", "Kommunledningskontoret"],
        ["Underskrift", f"\n{FILL_IN}"],
    ]


def test_each_paragraph_follows_on_a_new_page_under_a_navigable_heading(
    document: Document,
) -> None:
    headings = [p for p in document.paragraphs if p.text.startswith("§")]

    assert [(style_name(p), p.text) for p in headings] == [
        ("Heading 1", "§ 12  Val av justerare"),
        ("Heading 1", "§ 13  Dnr KS 2026/123  Återrapportering från socialnämnden"),
        ("Heading 1", "§ 14  Mötets avslutande"),
    ]
    assert [p.paragraph_format.page_break_before for p in headings] == [True, None, None]
    # The paragraphs come after the first page: signatures and certificate are tables 1 and 2.
    order = [item._element for item in content(document)]
    assert order.index(headings[0]._element) > order.index(document.tables[2]._element)


def test_a_paragraph_gives_summary_decision_and_recipients_in_order(
    document: Document,
) -> None:
    all_texts = texts(document)
    start = all_texts.index("§ 13  Dnr KS 2026/123  Återrapportering från socialnämnden")

    assert all_texts[start + 1 : start + 6] == [
        "Socialnämnden har redovisat könsuppdelad statistik.\nStatistiken visar skillnader.",
        "Beslut",
        "Delegationen godkänner redovisningen.",
        "Beslutet skickas till",
        "Socialnämnden\nKommunstyrelsen\nRevisionen",
    ]
    labels = [p for p in document.paragraphs if p.text in ("Beslut", "Beslutet skickas till")]
    assert all(p.runs[0].bold and p.paragraph_format.keep_with_next for p in labels)
    # A paragraph without decision or recipients says neither.
    assert all_texts[all_texts.index("§ 12  Val av justerare") + 1 :][:2] == [
        "Lena Öst och Örjan Ek väljs.",
        "§ 13  Dnr KS 2026/123  Återrapportering från socialnämnden",
    ]


def test_the_header_footer_and_properties_frame_the_protocol(document: Document) -> None:
    properties = document.core_properties

    assert header(document) == [
        "Exempels kommun\tProtokoll",
        "Jämställdhetsdelegationen\t2026-11-23",
        "\tDnr KS 2026/100",
    ]
    assert [p.text for p in document.sections[0].footer.paragraphs] == ["Sida 1 (1)"]
    assert properties.category == "Protokoll"
    assert properties.title == "Protokoll: Jämställdhetsdelegationen 2026-11-23"
    assert properties.author == "Sara Sekreterare"


def test_a_draft_says_so_and_leaves_the_dates_to_fill_in(tmp_path: Path) -> None:
    draft = dataclasses.replace(
        PROTOCOL,
        adjusted_on=None,
        adjustment_place="",
        adjustment_date=None,
        adjustment_time=None,
        adjusters=(),
        minutes_kept_at="",
    )
    document = saved(draft, tmp_path)
    line = next(p for p in document.paragraphs if p.text == "Utkast – ej justerat")

    assert line.runs[0].bold
    assert header(document)[0] == "Exempels kommun\tProtokoll (utkast)"
    assert protocol_file_name(draft) == protocol_file_name(PROTOCOL)
    assert rows(document.tables[0])[-2:] == [
        ["Justerare", FILL_IN],
        ["Justeringens plats och tid", FILL_IN],
    ]
    # One signature line for an adjuster still to be chosen.
    assert [row[0] for row in rows(document.tables[1])] == [
        "\nSekreterare",
        "\nOrdförande",
        "\nJusterare",
    ]
    assert rows(document.tables[2])[2:5] == [
        ["Datum då anslaget sätts upp", FILL_IN],
        ["Datum då anslaget tas ned", FILL_IN],
        ["Förvaringsplats för protokollet", FILL_IN],
    ]


def test_a_correction_refers_to_the_protocol_it_corrects(tmp_path: Path) -> None:
    correction = dataclasses.replace(
        PROTOCOL,
        correction=Correction(dt.date(2026, 11, 23), dt.date(2026, 11, 27), "Fel beslutstext."),
        paragraphs=(PROTOCOL.paragraphs[1],),
        adjusted_on=dt.date(2026, 12, 4),
    )
    document = saved(correction, tmp_path)

    assert texts(document)[:5] == [
        "Rättelse av protokoll",
        "Jämställdhetsdelegationen",
        "Sammanträde",
        "Rättelse av protokoll från sammanträdet 2026-11-23, justerat 2026-11-27",
        "Skäl till rättelsen: Fel beslutstext.",
    ]
    assert rows(document.tables[1])[0][2] == "\nParagrafer § 13"
    assert header(document)[0] == "Exempels kommun\tRättelse av protokoll"
    # The correction must not take the original's file name in the registry's folder.
    assert protocol_file_name(correction) != protocol_file_name(PROTOCOL)
    assert "Rättelse av protokoll" in protocol_file_name(correction)


def test_a_correction_without_a_reason_leaves_a_line_to_fill_in(tmp_path: Path) -> None:
    correction = dataclasses.replace(
        PROTOCOL, correction=Correction(dt.date(2026, 11, 23), None, "  ")
    )
    document = saved(correction, tmp_path)

    assert "Rättelse av protokoll från sammanträdet 2026-11-23" in texts(document)
    assert f"Skäl till rättelsen: {FILL_IN}" in texts(document)


ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=30)


@settings(max_examples=25, deadline=None)
@given(
    words=st.lists(ANY_TEXT, min_size=12, max_size=12),
    paragraphs=st.lists(st.tuples(ANY_TEXT, ANY_TEXT, ANY_TEXT, ANY_TEXT), max_size=3),
)
def test_any_text_in_any_field_exports_and_reads_back(
    words: list[str], paragraphs: list[tuple[str, str, str, str]]
) -> None:
    protocol = Protocol(
        organisation=words[0],
        body=words[1],
        date=dt.date(2026, 5, 4),
        start=dt.time(13, 0),
        end=None,
        place=words[2],
        meeting_kind=words[3],
        deciding=(Attendee(words[4], words[5], words[6]),),
        substitutes=(Attendee(words[7]),),
        others=(Attendee(words[8], words[9]),),
        absent=(words[10],),
        secretary=words[11],
        chair=words[0],
        adjusters=(words[1], words[2]),
        adjustment_place=words[3],
        minutes_kept_at=words[4],
        paragraphs=tuple(
            ProtocolParagraph(number, heading or "Rubrik", diary, text, text, sent_to)
            for number, (heading, diary, text, sent_to) in enumerate(paragraphs, start=1)
        ),
        diary_number=words[5],
        correction=Correction(dt.date(2026, 5, 4), None, words[6]),
    )
    with tempfile.TemporaryDirectory() as folder:
        document = saved(protocol, Path(folder))

    assert header(document)[1] == f"{single_line(words[1])}\t2026-05-04"
    assert rows(document.tables[2])[0] == ["Organ", clean(words[1])]
    headings = [p.text for p in document.paragraphs if style_name(p) == "Heading 1"]
    assert len(headings) == len(paragraphs)
    assert all(text.startswith(f"§ {n}") for n, text in enumerate(headings, start=1))


def test_the_protocol_exports_on_a_template_without_styles(tmp_path: Path) -> None:
    bare = docx.Document()
    for style in list(bare.styles):
        bare.styles.element.remove(style.element)
    template = tmp_path / "kommunens mall.docx"
    bare.save(str(template))

    document = docx.Document(io.BytesIO(build_protocol(PROTOCOL, template).to_bytes()))

    assert style_name(document.paragraphs[0]) == "Title"
    assert rows(document.tables[2])[1] == ["Sammanträdesdatum", "2026-11-23"]
    assert any(
        style_name(p) == "Heading 1" and p.text.startswith("§ 13") for p in document.paragraphs
    )
