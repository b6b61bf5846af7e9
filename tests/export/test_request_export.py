"""The reporting-request letter, read back from the saved Word file."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import tempfile
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.text.paragraph import Paragraph
from hypothesis import given, settings
from hypothesis import strategies as st

from jamdesk.export.request_export import (
    RequestLetter,
    Signatory,
    build_request,
    export_request,
    request_file_name,
)
from jamdesk.export.text import clean, single_line


def style_name(paragraph: Paragraph) -> str:
    return "" if paragraph.style is None else str(paragraph.style.name)


LETTER = RequestLetter(
    organisation="Exempels kommun",
    delegation="Jämställdhetsdelegationen",
    board="Socialnämnden",
    subject="Könsuppdelad statistik över ekonomiskt bistånd",
    form="Könsuppdelad statistik",
    form_details="Per kön och åldersgrupp, jämförd med de två föregående åren.",
    due_on=dt.date(2027, 1, 29),
    date=dt.date(2026, 11, 25),
    diary_number="KS 2026/123",
    administration="Socialförvaltningen",
    attention=("Anna Ählström, ordförande", "Sven-Åke Öberg, socialchef"),
    background=(
        "Beslutat av jämställdhetsdelegationen 2026-11-23, § 14, Dnr KS 2026/123.",
        "Vid mötet frågade Lena Järvinen: ”Hur fördelas biståndet?”",
    ),
    signatories=(
        Signatory("Linnéa Älmqvist", "Ordförande"),
        Signatory("Sara Sekreterare", "Sekreterare", "sara@exempel.se, 08-123 45"),
    ),
    author="Sara Sekreterare",
)


def texts(document: Document) -> list[tuple[str, str]]:
    return [(style_name(p), p.text) for p in document.paragraphs]


@pytest.fixture
def letter_document(tmp_path: Path) -> Document:
    return docx.Document(str(export_request(LETTER, tmp_path)))


def test_the_letter_is_saved_under_its_registry_name(tmp_path: Path) -> None:
    path = export_request(LETTER, tmp_path)

    assert path.name == "KS 2026-123 Begäran om återrapportering Socialnämnden 2026-11-25.docx"
    assert request_file_name(LETTER) == path.name
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_the_letter_is_addressed_to_the_board_its_chair_and_manager(
    letter_document: Document,
) -> None:
    assert texts(letter_document)[:5] == [
        (
            "Normal",
            "Socialnämnden\nSocialförvaltningen\nAtt:\tAnna Ählström, ordförande"
            "\n\tSven-Åke Öberg, socialchef",
        ),
        ("Normal", ""),
        ("Title", "Begäran om återrapportering"),
        ("Heading 1", "Könsuppdelad statistik över ekonomiskt bistånd"),
        (
            "Normal",
            "Jämställdhetsdelegationen ber härmed socialnämnden att återrapportera om"
            " ”Könsuppdelad statistik över ekonomiskt bistånd”.",
        ),
    ]


def test_form_due_date_background_and_answer_follow_in_order(letter_document: Document) -> None:
    paragraphs = texts(letter_document)
    headings = [text for style, text in paragraphs if style == "Heading 2"]

    assert headings == ["Form för återrapporteringen", "Senast", "Bakgrund", "Svar"]
    following = {text: paragraphs[i + 1][1] for i, (style, text) in enumerate(paragraphs)
                 if style == "Heading 2"}  # fmt: skip
    assert following["Form för återrapporteringen"] == "Könsuppdelad statistik"
    assert ("Normal", LETTER.form_details) in paragraphs
    assert following["Senast"] == "Återrapporteringen ska lämnas senast fredag 29 januari 2027."
    assert following["Bakgrund"] == LETTER.background[0]
    assert ("Normal", LETTER.background[1]) in paragraphs
    assert following["Svar"] == (
        "Svaret skickas till registrator, Exempels kommun, märkt med Dnr KS 2026/123."
    )


def test_the_due_date_is_in_bold(letter_document: Document) -> None:
    (due,) = [p for p in letter_document.paragraphs if p.text.startswith("Återrapporteringen ska")]

    assert due.runs and all(run.bold for run in due.runs)


def test_the_delegations_chair_and_secretary_sign(letter_document: Document) -> None:
    paragraphs = [p.text for p in letter_document.paragraphs]
    signed_from = paragraphs.index("För Jämställdhetsdelegationen")

    assert [text for text in paragraphs[signed_from:] if text.strip()] == [
        "För Jämställdhetsdelegationen",
        "Linnéa Älmqvist\nOrdförande",
        "Sara Sekreterare\nSekreterare\nsara@exempel.se, 08-123 45",
    ]
    # Room to sign by hand above each name.
    assert paragraphs[signed_from + 1] == "\n"


def test_the_header_footer_and_properties_frame_the_letter(letter_document: Document) -> None:
    section = letter_document.sections[0]
    properties = letter_document.core_properties

    assert [p.text for p in section.header.paragraphs] == [
        "Exempels kommun\tBegäran om återrapportering",
        "Jämställdhetsdelegationen\t2026-11-25",
        "\tDnr KS 2026/123",
    ]
    assert [p.text for p in section.footer.paragraphs] == ["Sida 1 (1)"]
    assert " NUMPAGES " in str(section.footer._element.xml)
    assert properties.category == "Begäran om återrapportering"
    assert properties.title == (
        "Begäran om återrapportering: Könsuppdelad statistik över ekonomiskt bistånd"
    )
    assert properties.identifier == "KS 2026/123"
    assert properties.author == "Sara Sekreterare"
    assert properties.language == "sv-SE"


def test_a_draft_without_diary_number_or_background(tmp_path: Path) -> None:
    draft = dataclasses.replace(
        LETTER, diary_number="", background=(), signatories=(), attention=(), administration=""
    )
    path = export_request(draft, tmp_path)
    document = docx.Document(str(path))
    paragraphs = [p.text for p in document.paragraphs]

    assert path.name == "Begäran om återrapportering Socialnämnden 2026-11-25.docx"
    assert paragraphs[0] == "Socialnämnden"
    assert "Bakgrund" not in paragraphs
    assert (
        "Svaret skickas till registrator, Exempels kommun, märkt ”Återrapportering till"
        " jämställdhetsdelegationen”."
    ) in paragraphs
    assert paragraphs[-1] == "För Jämställdhetsdelegationen"
    assert len(document.sections[0].header.paragraphs) == 2


def test_a_company_keeps_its_capitals_in_running_text(tmp_path: Path) -> None:
    company = dataclasses.replace(LETTER, board="AB Ängsholmshem")
    document = docx.Document(io.BytesIO(build_request(company).to_bytes()))

    assert (
        "Jämställdhetsdelegationen ber härmed AB Ängsholmshem att återrapportera om"
        f" ”{LETTER.subject}”."
    ) in [p.text for p in document.paragraphs]


def test_the_letter_exports_on_a_template_without_styles(tmp_path: Path) -> None:
    bare = docx.Document()
    for style in list(bare.styles):
        bare.styles.element.remove(style.element)
    template = tmp_path / "kommunens mall.docx"
    bare.save(str(template))

    document = docx.Document(io.BytesIO(build_request(LETTER, template).to_bytes()))

    title, subject = document.paragraphs[2:4]
    assert (style_name(title), style_name(subject)) == ("Title", "Heading 1")
    assert "Senast" in [p.text for p in document.paragraphs]


ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=40)


@settings(max_examples=25, deadline=None)
@given(
    organisation=ANY_TEXT,
    delegation=ANY_TEXT,
    board=ANY_TEXT,
    subject=ANY_TEXT,
    form=ANY_TEXT,
    details=ANY_TEXT,
    diary=ANY_TEXT,
    lines=st.lists(ANY_TEXT, max_size=3),
    names=st.lists(st.tuples(ANY_TEXT, ANY_TEXT, ANY_TEXT), max_size=2),
)
def test_any_text_in_any_field_exports_and_reads_back(
    organisation: str,
    delegation: str,
    board: str,
    subject: str,
    form: str,
    details: str,
    diary: str,
    lines: list[str],
    names: list[tuple[str, str, str]],
) -> None:
    letter = RequestLetter(
        organisation=organisation,
        delegation=delegation,
        board=board,
        subject=subject,
        form=form,
        form_details=details,
        due_on=dt.date(2027, 1, 29),
        date=dt.date(2026, 11, 25),
        diary_number=diary,
        administration=details,
        attention=tuple(lines),
        background=tuple(lines),
        signatories=tuple(Signatory(*name) for name in names),
        author=diary,
    )
    with tempfile.TemporaryDirectory() as folder:
        document = docx.Document(str(export_request(letter, Path(folder))))

    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[2] == "Begäran om återrapportering"
    assert paragraphs[3] == clean(subject)
    assert "Återrapporteringen ska lämnas senast fredag 29 januari 2027." in paragraphs
    header = [p.text for p in document.sections[0].header.paragraphs]
    assert header[1] == f"{single_line(delegation)}\t2026-11-25"
    assert document.core_properties.category == "Begäran om återrapportering"
