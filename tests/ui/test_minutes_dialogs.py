"""The minutes' dialogs: a paragraph, the adjustment and the correction, from the keyboard."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from jamdesk.domain.meetings import MeetingKind
from jamdesk.domain.minutes import Minutes, MinutesKind
from jamdesk.ui.minutes_dialogs import AdjustDialog, CorrectionDialog, ParagraphDialog
from jamdesk.ui.page import PageContext
from tests.ui.test_attendance_editor import type_text
from tests.ui.test_minutes_editor import Planned, plan_meeting

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def planned(page_context: PageContext) -> Planned:
    return plan_meeting(page_context.services)


def protocol(context: PageContext, planned: Planned) -> Minutes:
    return context.services.minutes.draft(planned.meeting_id, MinutesKind.PROTOCOL).value


def adjusted(context: PageContext, planned: Planned) -> Minutes:
    minutes = protocol(context, planned)
    service = context.services.minutes
    service.set_adjusters(minutes.id or 0, [planned.member_id])
    return service.mark_adjusted(minutes.id or 0, dt.date(2026, 12, 4)).value


def open_dialog(qtbot: QtBot, dialog: ParagraphDialog) -> ParagraphDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_paragraph_without_heading_is_refused_next_to_it_and_nothing_typed_is_lost(
    qtbot: QtBot, page_context: PageContext, planned: Planned
) -> None:
    minutes = protocol(page_context, planned)
    dialog = open_dialog(qtbot, ParagraphDialog(page_context, minutes, None))
    assert dialog.windowTitle() == "New paragraph"
    assert not dialog.number.isVisible()  # only a correction asks which paragraph
    dialog.summary.setFocus()
    type_text(qtbot, dialog.summary, "Frågan om lönekartläggning togs upp.")

    dialog.accept()

    assert dialog.isVisible()
    assert dialog.form.error_for("heading") == "The heading cannot be empty."
    assert dialog.summary.toPlainText() == "Frågan om lönekartläggning togs upp."
    assert len(page_context.services.minutes.paragraphs(minutes.id or 0)) == 4


def test_enter_breaks_the_line_and_ctrl_enter_saves(
    qtbot: QtBot, page_context: PageContext, planned: Planned
) -> None:
    minutes = protocol(page_context, planned)
    paragraph = page_context.services.minutes.paragraphs(minutes.id or 0)[3]
    dialog = open_dialog(qtbot, ParagraphDialog(page_context, minutes, paragraph))
    assert dialog.windowTitle() == "§ 4 Begäran om statistik"
    # The draft wrote the decision from the reporting request decided at the item.
    assert dialog.sent_to.text() == "Socialnämnden"
    dialog.decision.setFocus()
    dialog.decision.moveCursor(dialog.decision.textCursor().MoveOperation.End)

    qtbot.keyClick(dialog.decision, Qt.Key.Key_Return)
    type_text(qtbot, dialog.decision, "Beslutet skickas även till kommunstyrelsen.")
    qtbot.keyClick(dialog.decision, Qt.Key.Key_Return, CTRL)

    assert not dialog.isVisible()
    stored = page_context.services.minutes.paragraphs(minutes.id or 0)[3]
    assert stored.decision.endswith(
        "2027-03-31 återrapporterar könsuppdelad statistik för "
        "hemtjänsten.\nBeslutet skickas även till kommunstyrelsen."
    )
    assert dialog.saved_paragraph_id == paragraph.id


def test_save_and_next_walks_the_paragraphs_and_closes_after_the_last(
    qtbot: QtBot, page_context: PageContext, planned: Planned
) -> None:
    minutes = protocol(page_context, planned)
    paragraphs = page_context.services.minutes.paragraphs(minutes.id or 0)
    following = [p.id or 0 for p in paragraphs[2:]]
    dialog = open_dialog(
        qtbot, ParagraphDialog(page_context, minutes, paragraphs[1], following=following)
    )
    assert dialog.next_button.isVisible()

    dialog.decision.setPlainText("Örjan Berg utses att justera protokollet.")
    assert dialog.save_and_next()
    assert dialog.windowTitle() == "§ 3 Godkännande av dagordningen"
    dialog.decision.setPlainText("Dagordningen godkänns.")
    assert dialog.save_and_next()
    assert dialog.heading.text() == "Begäran om statistik"
    assert not dialog.next_button.isVisible()
    assert dialog.save_and_next()

    assert not dialog.isVisible()
    stored = page_context.services.minutes.paragraphs(minutes.id or 0)
    assert [p.decision for p in stored[1:3]] == [
        "Örjan Berg utses att justera protokollet.",
        "Dagordningen godkänns.",
    ]


def test_a_correction_asks_which_paragraph_it_corrects_and_starts_from_its_text(
    qtbot: QtBot, page_context: PageContext, planned: Planned
) -> None:
    original = adjusted(page_context, planned)
    service = page_context.services.minutes
    correction = service.create_correction(original.id or 0, "Fel nämnd i § 4.").value
    service.add_paragraph(correction.id or 0, "Mötets öppnande", number=1)
    dialog = open_dialog(qtbot, ParagraphDialog(page_context, correction, None))

    offered = [dialog.number.itemText(i) for i in range(dialog.number.count())]
    assert offered == [
        "§ 2 Val av justerare",
        "§ 3 Godkännande av dagordningen",
        "§ 4 Begäran om statistik",
    ]
    assert dialog.heading.text() == "Val av justerare"
    dialog.heading.setFocus()
    dialog.heading.selectAll()
    qtbot.keyClicks(dialog.heading, "Val av justerare (rattad)")
    dialog.number.setCurrentIndex(2)
    assert dialog.heading.text() == "Val av justerare (rattad)"  # typed text is never replaced

    dialog.accept()

    assert [(p.number, p.heading) for p in service.paragraphs(correction.id or 0)] == [
        (1, "Mötets öppnande"),
        (4, "Val av justerare (rattad)"),
    ]


def test_the_adjustment_date_starts_at_the_agreed_day_or_today(
    qtbot: QtBot, page_context: PageContext, planned: Planned
) -> None:
    minutes = protocol(page_context, planned)
    service = page_context.services.minutes
    dialog = AdjustDialog(page_context, minutes)
    qtbot.addWidget(dialog)
    assert dialog.date.date().toPython() == dt.date(2026, 11, 23)  # today in the tests
    assert dialog.facts.text() == "Protocol with §§ 1–4. Adjusters: none chosen."

    service.set_adjustment(minutes.id or 0, "Kommunhuset", dt.date(2026, 12, 8), None)
    service.set_adjusters(minutes.id or 0, [planned.member_id])
    dialog = AdjustDialog(page_context, service.get(minutes.id or 0))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.date.date().toPython() == dt.date(2026, 12, 8)
    assert dialog.facts.text() == "Protocol with §§ 1–4. Adjusters: Örjan Berg."

    # Today is before the meeting: the store refuses, the dialog says so by the date.
    dialog.date.setDate(QDate(2026, 11, 23))
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.form.error_for("adjusted_on") == (
        "Minutes cannot be adjusted on 2026-11-23, before the meeting (2026-12-01)."
    )
    assert not service.get(minutes.id or 0).adjusted

    dialog.date.setDate(QDate(2026, 12, 8))
    dialog.accept()
    assert not dialog.isVisible()
    assert service.get(minutes.id or 0).adjusted_on == dt.date(2026, 12, 8)


def test_a_correction_needs_a_reason_and_enter_makes_it(
    qtbot: QtBot, page_context: PageContext, planned: Planned
) -> None:
    original = adjusted(page_context, planned)
    dialog = CorrectionDialog(page_context, original)
    qtbot.addWidget(dialog)
    dialog.show()

    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.form.error_for("correction_reason") == (
        "The reason for the correction cannot be empty."
    )

    type_text(qtbot, dialog.reason, "Beslutet angav fel nämnd.")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    assert isinstance(dialog.saved, Minutes)
    assert dialog.saved.corrects_id == original.id
    assert dialog.saved.correction_reason == "Beslutet angav fel nämnd."
    assert page_context.services.minutes.get(original.id or 0).adjusted


def test_minutes_not_adjusted_are_changed_rather_than_corrected(
    qtbot: QtBot, page_context: PageContext
) -> None:
    planned = plan_meeting(page_context.services, MeetingKind.BUDGET_DIALOGUE)
    notes = page_context.services.minutes.draft(planned.meeting_id, MinutesKind.NOTES).value
    dialog = CorrectionDialog(page_context, notes)
    qtbot.addWidget(dialog)
    dialog.reason.setPlainText("Fel datum.")

    dialog.accept()

    assert dialog.form.general_error.text() == (
        "These minutes are not adjusted yet; change them instead of correcting them."
    )
