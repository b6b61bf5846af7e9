"""The Reporting requests page: draft → sent → answered → assessed, and its filters."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from jamdesk.domain.requests import ReportForm, ReportingRequest, RequestStatus, request_is_overdue
from jamdesk.services.changes import RecordKind, RecordRef
from jamdesk.store.database import Database
from jamdesk.ui.actions import ActionId
from jamdesk.ui.follow_up_editors import RequestEditor
from jamdesk.ui.page import PageContext
from jamdesk.ui.request_dialogs import AssessDialog, MarkAnsweredDialog, MarkSentDialog
from jamdesk.ui.requests_page import RequestsPage
from tests.store.test_follow_up_store import Seed, seed_follow_up
from tests.ui.conftest import TODAY

D = dt.date
DUE, BOARD, SUBJECT, FORM, STATUS, SENT, ANSWERED = range(7)


def open_page(qtbot: QtBot, context: PageContext) -> RequestsPage:
    """Return the page as the window shows it, refreshed whenever operations change things."""
    page = RequestsPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    context.operations.changed.connect(page.refresh)
    return page


def cells(page: RequestsPage, row: int = 0) -> list[str]:
    return [page.model.index(row, number).data() for number in range(page.model.columnCount())]


def create(context: PageContext, seed: Seed, subject: str, **changes: Any) -> int:
    values: dict[str, Any] = {
        "board_id": seed.social,
        "subject": subject,
        "form": ReportForm.STATISTICS_BY_SEX,
        "due_on": D(2026, 12, 15),
        "created_on": D(2026, 11, 2),
        "meeting_id": seed.dialogue,
        "paragraph_id": seed.paragraph,
    }
    values.update(changes)
    saved = context.services.requests.create(ReportingRequest(**values)).value
    assert saved.id is not None
    return saved.id


@pytest.fixture
def seed(db: Database) -> Seed:
    return seed_follow_up(db)


def test_a_request_is_sent_answered_and_assessed_with_its_dates(
    page_context: PageContext, qtbot: QtBot, seed: Seed
) -> None:
    create(page_context, seed, "Statistik över hemtjänsten per kön")
    page = open_page(qtbot, page_context)
    page.table.selectRow(0)
    assert cells(page)[STATUS] == "Draft"

    page.trigger(ActionId.CHANGE_STATUS)
    sent = page.dialog
    assert isinstance(sent, MarkSentDialog)
    sent.date.setDate(QDate(2026, 11, 5))
    qtbot.keyClicks(sent.diary_number, "KS 2026/321")
    qtbot.keyClick(sent.diary_number, Qt.Key.Key_Return)
    assert (cells(page)[STATUS], cells(page)[SENT]) == ("Sent", "2026-11-05")

    page.trigger(ActionId.CHANGE_STATUS)
    answered = page.dialog
    assert isinstance(answered, MarkAnsweredDialog)
    assert answered.date.date() == QDate(2026, 11, 23)
    answered.date.setDate(QDate(2026, 11, 20))
    qtbot.keyClicks(answered.diary_number, "KS 2026/400")
    answered.accept()
    assert (cells(page)[STATUS], cells(page)[ANSWERED]) == ("Answered", "2026-11-20")

    page.trigger(ActionId.CHANGE_STATUS)
    assess = page.dialog
    assert isinstance(assess, AssessDialog)
    assess.note.setText("Tydlig statistik per kön.")
    assess.accept()

    assert cells(page)[STATUS] == "Assessed sufficient"
    panel = " ".join(page.detail.toPlainText().split())
    for expected in (
        "Sent on 2026-11-05",
        "Diary number KS 2026/321",
        "Answer received on 2026-11-20",
        "Answer's diary number KS 2026/400",
        "Assessed on 2026-11-23",
        "2026-11-23 Answered → Assessed sufficient Tydlig statistik per kön.",
    ):
        assert expected in panel
    assert page.detail.links()[-1].text == (
        "Answer received on 2026-11-20, diary number KS 2026/400 (Assessed sufficient)"
    )

    page.trigger(ActionId.CHANGE_STATUS)
    assert page.dialog is None
    assert "settled" in page.notice.text()


def test_a_supplement_sets_a_new_due_date_and_undo_takes_it_back(
    page_context: PageContext, qtbot: QtBot, seed: Seed
) -> None:
    request_id = create(page_context, seed, "Analys av resursfördelningen")
    requests = page_context.services.requests
    requests.mark_sent(request_id, D(2026, 11, 3), "KS 2026/10")
    requests.mark_answered(request_id, D(2026, 11, 20), "KS 2026/11")
    page = open_page(qtbot, page_context)
    page.table.selectRow(0)

    page.trigger(ActionId.CHANGE_STATUS)
    assess = page.dialog
    assert isinstance(assess, AssessDialog)
    assess.supplement.setChecked(True)
    assess.due.date.setDate(QDate(2027, 1, 31))
    assess.note.setText("Analysen saknar uppdelning på flickor och pojkar.")
    assess.accept()

    assert (cells(page)[STATUS], cells(page)[DUE]) == ("Supplement requested", "2027-01-31")
    page_context.operations.undo_stack.undo()
    assert (cells(page)[STATUS], cells(page)[DUE]) == ("Answered", "2026-12-15")
    assert "Supplement requested" not in page.detail.toPlainText()


def test_overdue_requests_are_emphasised_and_filtered(
    example_context: PageContext, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    page = open_page(qtbot, example_context)
    qtmodeltester.check(page.model)
    everything = page.model.total_count()

    page.filter_bar.overdue.setChecked(True)

    assert 0 < page.model.total_count() < everything
    for row in range(page.model.rowCount()):
        shown = page.model.row(row)
        assert request_is_overdue(shown.status, shown.due_on, TODAY)
        assert page.model.index(row, DUE).data(Qt.ItemDataRole.FontRole).bold()
    page.filter_bar.overdue.setChecked(False)
    page.filter_bar.select(page.filter_bar.status, RequestStatus.DRAFT.value)
    assert {cells(page, row)[STATUS] for row in range(page.model.rowCount())} == {"Draft"}
    qtmodeltester.check(page.model)


def test_only_drafts_are_edited_and_deleted(
    page_context: PageContext, qtbot: QtBot, seed: Seed, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = create(page_context, seed, "Utkast om statistik")
    sent = create(page_context, seed, "Skickad begäran")
    page_context.services.requests.mark_sent(sent, D(2026, 11, 5), "KS 2026/7")
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
    page = open_page(qtbot, page_context)

    page.open_record(RecordRef(RecordKind.REQUEST, sent))
    page.trigger(ActionId.EDIT_RECORD)
    assert page.dialog is None
    assert "only drafts" in page.notice.text()
    page.trigger(ActionId.DELETE_RECORD)
    assert "only drafts can" in page.notice.text()

    page.open_record(RecordRef(RecordKind.REQUEST, draft))
    page.trigger(ActionId.EDIT_RECORD)
    editor = page.dialog
    assert isinstance(editor, RequestEditor)
    editor.subject.clear()
    editor.accept()
    assert editor.form.error_for("subject") != ""
    editor.subject.setText("Könsuppdelad statistik över hemtjänsten")
    editor.report_form.setCurrentIndex(editor.report_form.findData("resource_analysis"))
    editor.accept()
    assert page.dialog is None
    assert cells(page, page.model.row_of(draft) or 0)[FORM] == "Resource-allocation analysis"

    page.trigger(ActionId.DELETE_RECORD)
    assert page.model.total_count() == 1
    assert cells(page)[SUBJECT] == "Skickad begäran"


def test_no_requests_yet_and_no_requests_matching(
    page_context: PageContext, qtbot: QtBot, seed: Seed
) -> None:
    page = open_page(qtbot, page_context)
    assert page.empty_state.label.text().startswith("No reporting requests yet")

    create(page_context, seed, "Statistik")
    page.refresh(frozenset())
    page.filter_bar.select(page.filter_bar.year, 2026)
    assert not page.showing_empty_state()
    page.filter_bar.overdue.setChecked(True)

    assert page.empty_state.label.text() == "No reporting requests match these filters."
    assert page.showing_empty_state()
