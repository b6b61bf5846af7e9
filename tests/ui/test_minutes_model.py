"""The paragraph list of minutes: § numbers for a protocol, 1, 2, 3 for notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from jamdesk.domain.minutes import MinutesKind, Paragraph
from jamdesk.ui.minutes_model import ParagraphColumn, ParagraphModel, paragraph_text
from jamdesk.ui.paged_model import RecordIdRole

BODY = "Jämställdhetsdelegationen"


def paragraphs() -> list[Paragraph]:
    return [
        Paragraph(1, BODY, 2026, 12, "Mötets öppnande", id=5),
        Paragraph(
            1,
            BODY,
            2026,
            13,
            "Begäran om återrapportering",
            diary_number="KS 2026/40",
            summary="Delegationen har sett behov av statistik.",
            decision="Jämställdhetsdelegationen begär att Socialnämnden återrapporterar.",
            sent_to="Socialnämnden",
            id=6,
        ),
    ]


def test_a_protocol_lists_its_paragraphs_by_section_number(qtmodeltester: ModelTester) -> None:
    model = ParagraphModel()
    model.set_paragraphs(paragraphs(), MinutesKind.PROTOCOL)

    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert [model.index(1, column).data() for column in range(3)] == [
        "§ 13",
        "KS 2026/40",
        "Begäran om återrapportering",
    ]
    assert model.headerData(ParagraphColumn.NUMBER, Qt.Orientation.Horizontal) == "§"
    assert model.index(0, 0).data(RecordIdRole) == 5
    assert model.row_of(6) == 1
    assert model.row_of(99) is None
    assert "Socialnämnden återrapporterar" in model.index(1, 2).data(Qt.ItemDataRole.ToolTipRole)


def test_notes_are_numbered_one_two_three(qtmodeltester: ModelTester) -> None:
    model = ParagraphModel()
    notes = [Paragraph(2, BODY, 2026, n, f"Punkt {n}", id=n) for n in (1, 2, 3)]
    model.set_paragraphs(notes, MinutesKind.NOTES)

    qtmodeltester.check(model)
    assert [model.index(row, 0).data() for row in range(3)] == ["1", "2", "3"]
    assert model.headerData(ParagraphColumn.NUMBER, Qt.Orientation.Horizontal) == "No."
    model.set_paragraphs([], MinutesKind.NOTES)
    assert model.rowCount() == 0


def test_the_preview_shows_summary_decision_and_recipients() -> None:
    first, second = paragraphs()

    text = paragraph_text(second, MinutesKind.PROTOCOL)

    assert text == (
        "Summary:\nDelegationen har sett behov av statistik.\n\n"
        "Decision:\nJämställdhetsdelegationen begär att Socialnämnden återrapporterar.\n\n"
        "The decision is sent to: Socialnämnden"
    )
    assert "Enter or F2" in paragraph_text(first, MinutesKind.PROTOCOL)
