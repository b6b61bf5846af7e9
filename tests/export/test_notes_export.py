"""The notes of a dialogue, read back from the saved Word file as the registry opens it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import tempfile
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.table import Table
from docx.text.paragraph import Paragraph
from hypothesis import given, settings
from hypothesis import strategies as st

from jamdesk.export.attendance_text import FILL_IN, Attendee, Correction
from jamdesk.export.notes_export import (
    AttendanceGroup,
    CommitmentEntry,
    FollowUpEntry,
    MeetingNotes,
    NotesItem,
    QuestionEntry,
    build_notes,
    dialogue_title,
    export_notes,
    notes_file_name,
)
from jamdesk.export.text import clean, single_line, swedish_list

NOTES = MeetingNotes(
    organisation="Exempels kommun",
    body="Jämställdhetsdelegationen",
    meeting_title="Budgetdialog med socialnämnden och tekniska nämnden",
    date=dt.date(2026, 10, 6),
    start=dt.time(9, 0),
    end=dt.time(11, 30),
    place="Stadshuset, sammanträdesrum Ängen",
    present=(
        AttendanceGroup(
            "Från delegationen",
            (Attendee("Anna Åberg", "ordförande"), Attendee("Lena Öst")),
        ),
        AttendanceGroup("Från socialnämnden", (Attendee("Örjan Ek", "socialchef"),)),
        AttendanceGroup("Från tekniska nämnden", ()),
        AttendanceGroup("Övriga", (Attendee("Sara Sekreterare", "sekreterare"),)),
    ),
    items=(
        NotesItem(1, "Mötets öppnande", "Ordföranden hälsade välkommen."),
        NotesItem(2, "Budgetunderlaget", "Förvaltningen redogjorde.\nDiskussion följde."),
        NotesItem(3, "Mötets avslutande"),
    ),
    questions=(
        QuestionEntry(
            "Hur fördelas resurserna mellan kvinnor och män?",
            "Lena Öst",
            "Örjan Ek",
            "socialnämnden",
            "Statistik tas fram till nästa dialog.",
        ),
        QuestionEntry("Finns det könsuppdelad statistik?", board="tekniska nämnden"),
    ),
    commitments=(
        CommitmentEntry(
            "Ta fram könsuppdelad statistik",
            "Örjan Ek",
            "Ulla Ärlig",
            dt.date(2027, 3, 31),
            "socialnämnden",
        ),
        CommitmentEntry("Se över lokalfördelningen", board="tekniska nämnden"),
    ),
    follow_ups=(
        FollowUpEntry(
            "Återrapportering: Könsuppdelad statistik", "Socialnämnden", dt.date(2027, 4, 1)
        ),
        FollowUpEntry("Fråga: Finns det könsuppdelad statistik?", "Tekniska nämnden"),
    ),
    secretary="Sara Sekreterare",
    diary_number="KS 2026/200",
)


def rows(table: Table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def style_name(paragraph: Paragraph) -> str:
    """Return the paragraph's style name; a template without styles leaves it unstyled."""
    return "" if paragraph.style is None else str(paragraph.style.name)


def styled(document: Document) -> list[tuple[str, str]]:
    return [(style_name(p), p.text) for p in document.paragraphs]


def saved(notes: MeetingNotes, folder: Path) -> Document:
    return docx.Document(str(export_notes(notes, folder)))


@pytest.fixture
def document(tmp_path: Path) -> Document:
    return saved(NOTES, tmp_path)


def test_the_notes_are_saved_under_their_registry_name(tmp_path: Path) -> None:
    path = export_notes(NOTES, tmp_path)

    assert path.name == "KS 2026-200 Minnesanteckningar Jämställdhetsdelegationen 2026-10-06.docx"
    assert notes_file_name(NOTES) == path.name


def test_the_notes_say_what_meeting_where_and_who_was_there(document: Document) -> None:
    assert styled(document)[:3] == [
        ("Title", "Minnesanteckningar"),
        ("Heading 2", "Budgetdialog med socialnämnden och tekniska nämnden"),
        ("Heading 1", "Närvarande"),
    ]
    assert rows(document.tables[0]) == [
        [
            "Plats och tid",
            "Stadshuset, sammanträdesrum Ängen, tisdag 6 oktober 2026, kl. 09.00–11.30",
        ]
    ]
    # A group with nobody present is left out.
    assert rows(document.tables[1]) == [
        ["Från delegationen", "Anna Åberg, ordförande\nLena Öst"],
        ["Från socialnämnden", "Örjan Ek, socialchef"],
        ["Övriga", "Sara Sekreterare, sekreterare"],
    ]


def test_the_items_are_numbered_headings_with_their_text(document: Document) -> None:
    paragraphs = styled(document)
    start = paragraphs.index(("Heading 1", "Anteckningar"))

    assert paragraphs[start + 1 : start + 6] == [
        ("Heading 2", "1. Mötets öppnande"),
        ("Normal", "Ordföranden hälsade välkommen."),
        ("Heading 2", "2. Budgetunderlaget"),
        ("Normal", "Förvaltningen redogjorde.\nDiskussion följde."),
        ("Heading 2", "3. Mötets avslutande"),
    ]


def test_questions_say_who_asked_whom_and_what_was_answered(document: Document) -> None:
    paragraphs = [p.text for p in document.paragraphs]
    start = paragraphs.index("Frågor och svar")

    assert paragraphs[start + 1 : start + 7] == [
        "Fråga från Lena Öst till Örjan Ek, socialnämnden",
        "Hur fördelas resurserna mellan kvinnor och män?",
        "Svar: Statistik tas fram till nästa dialog.",
        "Fråga till tekniska nämnden",
        "Finns det könsuppdelad statistik?",
        "Svar: Ej besvarad",
    ]
    asked = document.paragraphs[start + 1]
    assert asked.runs[0].bold and asked.paragraph_format.keep_with_next


def test_commitments_and_follow_ups_are_tables(document: Document) -> None:
    commitments, follow_ups = document.tables[2], document.tables[3]

    # Two boards' commitments: "Lämnat av" says whose promise it is.
    assert rows(commitments) == [
        ["Åtagande", "Lämnat av", "Ansvarig", "Klart senast"],
        ["Ta fram könsuppdelad statistik", "Örjan Ek, socialnämnden", "Ulla Ärlig", "2027-03-31"],
        ["Se över lokalfördelningen", "tekniska nämnden", "", ""],
    ]
    assert rows(follow_ups) == [
        ["Vad", "Nämnd", "Senast"],
        ["Återrapportering: Könsuppdelad statistik", "Socialnämnden", "2027-04-01"],
        ["Fråga: Finns det könsuppdelad statistik?", "Tekniska nämnden", ""],
    ]
    headings = [text for style, text in styled(document) if style == "Heading 1"]
    assert headings == [
        "Närvarande",
        "Anteckningar",
        "Frågor och svar",
        "Åtaganden",
        "Delegationen följer upp",
    ]


def test_one_boards_commitments_need_no_board(tmp_path: Path) -> None:
    notes = dataclasses.replace(
        NOTES, commitments=(CommitmentEntry("Utbilda cheferna", "Örjan Ek", board=""),)
    )

    assert rows(saved(notes, tmp_path).tables[2])[1] == ["Utbilda cheferna", "Örjan Ek", "", ""]


def test_empty_sections_are_left_out_and_the_secretary_closes(tmp_path: Path) -> None:
    notes = dataclasses.replace(
        NOTES, present=(), items=(), questions=(), commitments=(), follow_ups=()
    )
    document = saved(notes, tmp_path)

    assert [text for _, text in styled(document)] == [
        "Minnesanteckningar",
        "Budgetdialog med socialnämnden och tekniska nämnden",
        "",
        "Vid anteckningarna: Sara Sekreterare",
    ]
    assert len(document.tables) == 1


def test_adjusted_notes_say_when_and_by_whom(tmp_path: Path) -> None:
    notes = dataclasses.replace(
        NOTES, adjusted_on=dt.date(2026, 10, 9), adjusters=("Lena Öst", "Anna Åberg")
    )
    texts = [p.text for p in saved(notes, tmp_path).paragraphs]

    assert texts[-2:] == [
        "Vid anteckningarna: Sara Sekreterare",
        "Justerat 2026-10-09 av Lena Öst och Anna Åberg",
    ]


def test_notes_without_a_secretary_leave_a_line_to_fill_in(tmp_path: Path) -> None:
    texts = [p.text for p in saved(dataclasses.replace(NOTES, secretary=""), tmp_path).paragraphs]

    assert texts[-1] == f"Vid anteckningarna: {FILL_IN}"


def test_a_correction_of_notes_refers_to_the_notes_it_corrects(tmp_path: Path) -> None:
    notes = dataclasses.replace(
        NOTES, correction=Correction(dt.date(2026, 10, 6), dt.date(2026, 10, 9), "Fel namn.")
    )
    document = saved(notes, tmp_path)

    assert [p.text for p in document.paragraphs][:4] == [
        "Rättelse av minnesanteckningar",
        "Budgetdialog med socialnämnden och tekniska nämnden",
        "Rättelse av minnesanteckningar från sammanträdet 2026-10-06, justerat 2026-10-09",
        "Skäl till rättelsen: Fel namn.",
    ]
    assert notes_file_name(notes) != notes_file_name(NOTES)


def test_the_header_footer_and_properties_frame_the_notes(document: Document) -> None:
    section = document.sections[0]

    assert [p.text for p in section.header.paragraphs] == [
        "Exempels kommun\tMinnesanteckningar",
        "Jämställdhetsdelegationen\t2026-10-06",
        "\tDnr KS 2026/200",
    ]
    assert [p.text for p in section.footer.paragraphs] == ["Sida 1 (1)"]
    assert document.core_properties.category == "Minnesanteckningar"
    assert document.core_properties.title == (
        "Minnesanteckningar: Budgetdialog med socialnämnden och tekniska nämnden 2026-10-06"
    )


def test_boards_are_joined_as_swedish_lists_them() -> None:
    assert dialogue_title("Resultatseminarium", []) == "Resultatseminarium"
    assert swedish_list(["a"]) == "a"
    assert swedish_list(["a", "", "b"]) == "a och b"
    assert swedish_list(["a", "b", "c"]) == "a, b och c"


ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=30)


@settings(max_examples=25, deadline=None)
@given(words=st.lists(ANY_TEXT, min_size=10, max_size=10))
def test_any_text_in_any_field_exports_and_reads_back(words: list[str]) -> None:
    notes = MeetingNotes(
        organisation=words[0],
        body=words[1],
        meeting_title=words[2],
        date=dt.date(2026, 5, 4),
        start=dt.time(13, 0),
        end=None,
        place=words[3],
        present=(AttendanceGroup(words[4], (Attendee(words[5], words[6], words[7]),)),),
        items=(NotesItem(1, words[8], words[9]),),
        questions=(QuestionEntry(words[0], words[1], words[2], words[3], words[4]),),
        commitments=(CommitmentEntry(words[5], words[6], words[7], None, words[8]),),
        follow_ups=(FollowUpEntry(words[9], words[0]),),
        secretary=words[1],
        adjusters=(words[2],),
        adjusted_on=dt.date(2026, 5, 6),
        diary_number=words[3],
        correction=Correction(dt.date(2026, 5, 4), None, words[4]),
    )
    with tempfile.TemporaryDirectory() as folder:
        document = saved(notes, Path(folder))

    header = [p.text for p in document.sections[0].header.paragraphs]
    assert header[1] == f"{single_line(words[1])}\t2026-05-04"
    assert rows(document.tables[-1])[1] == [clean(words[9]), clean(words[0]), ""]


def test_the_notes_export_on_a_template_without_styles(tmp_path: Path) -> None:
    bare = docx.Document()
    for style in list(bare.styles):
        bare.styles.element.remove(style.element)
    template = tmp_path / "kommunens mall.docx"
    bare.save(str(template))

    document = docx.Document(io.BytesIO(build_notes(NOTES, template).to_bytes()))

    assert style_name(document.paragraphs[0]) == "Title"
    assert rows(document.tables[2])[0] == ["Åtagande", "Lämnat av", "Ansvarig", "Klart senast"]
