"""The Commitments page: overdue in red, due-date filters, status changes, editing, undo."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from jamdesk.domain.commitments import Commitment, CommitmentStatus, commitment_is_overdue
from jamdesk.domain.errors import QT_TRANSLATE_NOOP
from jamdesk.domain.questions import Question
from jamdesk.domain.requests import ReportForm, ReportingRequest
from jamdesk.services.changes import RecordKind, RecordRef
from jamdesk.services.container import build_services
from jamdesk.store.database import Database
from jamdesk.store.undo import UndoLog
from jamdesk.ui.actions import ActionId
from jamdesk.ui.commitments_page import CommitmentsPage
from jamdesk.ui.follow_up_editors import CommitmentEditor
from jamdesk.ui.main_window import MainWindow, PageSpec
from jamdesk.ui.operations import Operations
from jamdesk.ui.page import PageContext
from jamdesk.ui.paged_model import OVERDUE_COLOUR
from jamdesk.ui.questions_page import QuestionsPage
from jamdesk.ui.status_dialog import StatusDialog
from tests.store.test_follow_up_store import Seed, seed_follow_up
from tests.ui.conftest import TODAY

D = dt.date
DUE, BOARD, DESCRIPTION, RESPONSIBLE, STATUS = 0, 1, 2, 3, 4


def open_page(qtbot: QtBot, context: PageContext) -> CommitmentsPage:
    """Return the page as the window shows it, refreshed whenever operations change things."""
    page = CommitmentsPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    context.operations.changed.connect(page.refresh)
    return page


def column(page: CommitmentsPage, number: int) -> list[str]:
    return [page.model.index(row, number).data() for row in range(page.model.rowCount())]


def record(context: PageContext, seed: Seed, description: str, **changes: Any) -> int:
    values: dict[str, Any] = {
        "board_id": seed.social,
        "description": description,
        "created_on": D(2026, 3, 10),
        "due_on": D(2026, 12, 1),
        "meeting_id": seed.dialogue,
        "responsible": "Socialchefen",
    }
    values.update(changes)
    saved = context.services.commitments.record(Commitment(**values)).value
    assert saved.id is not None
    return saved.id


@pytest.fixture
def seed(db: Database) -> Seed:
    return seed_follow_up(db)


def test_overdue_rows_are_red_and_bold_and_the_filters_work(
    example_context: PageContext, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    page = open_page(qtbot, example_context)
    qtmodeltester.check(page.model)

    page.filter_bar.overdue.setFocus()
    qtbot.keyClick(page.filter_bar.overdue, Qt.Key.Key_Space)

    assert page.filter_bar.overdue.isChecked()
    assert page.model.rowCount() > 0
    for row in range(page.model.rowCount()):
        shown = page.model.row(row)
        assert commitment_is_overdue(shown.status, shown.due_on, TODAY)
        brush = page.model.index(row, DUE).data(Qt.ItemDataRole.ForegroundRole)
        font = page.model.index(row, DUE).data(Qt.ItemDataRole.FontRole)
        assert isinstance(brush, QBrush) and brush.color() == OVERDUE_COLOUR
        assert isinstance(font, QFont) and font.bold()
    qtmodeltester.check(page.model)

    qtbot.keyClick(page.filter_bar.overdue, Qt.Key.Key_Space)
    page.filter_bar.due_within.setFocus()
    page.filter_bar.due_within.lineEdit().selectAll()
    qtbot.keyClicks(page.filter_bar.due_within, "30")
    assert page.filter_bar.due_within.value() == 30
    last = TODAY + dt.timedelta(days=30)
    for row in range(page.model.rowCount()):
        shown = page.model.row(row)
        assert shown.due_on is not None and TODAY <= shown.due_on <= last
        assert shown.status in (CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS)
        assert page.model.index(row, DUE).data(Qt.ItemDataRole.FontRole) is None


def test_the_empty_store_and_empty_filters_say_different_things(
    page_context: PageContext, qtbot: QtBot, seed: Seed
) -> None:
    page = open_page(qtbot, page_context)
    assert page.showing_empty_state()
    assert page.empty_state.label.text().startswith("No commitments yet")

    record(page_context, seed, "Ta fram statistik per kön")
    page.refresh(frozenset({RecordKind.COMMITMENT}))
    assert column(page, DESCRIPTION) == ["Ta fram statistik per kön"]
    page.filter_bar.select(page.filter_bar.status, CommitmentStatus.FULFILLED.value)

    assert page.showing_empty_state()
    assert page.empty_state.label.text() == "No commitments match these filters."


def test_a_status_change_writes_a_dated_history_entry_that_undo_removes(
    page_context: PageContext, qtbot: QtBot, seed: Seed
) -> None:
    record(page_context, seed, "Ta fram statistik per kön")
    page = open_page(qtbot, page_context)
    page.table.selectRow(0)

    page.trigger(ActionId.CHANGE_STATUS)
    dialog = page.dialog
    assert isinstance(dialog, StatusDialog)
    dialog.choose(CommitmentStatus.FULFILLED)
    dialog.date.setDate(dialog.date.date().addDays(-3))
    dialog.note.setText("Statistiken redovisades i nämnden.")
    dialog.accept()

    assert column(page, STATUS) == ["Fulfilled"]
    panel = page.detail.toPlainText()
    assert "2026-11-20" in panel
    assert "Open → Fulfilled" in panel
    assert "Statistiken redovisades i nämnden." in panel

    page_context.operations.undo_stack.undo()

    assert column(page, STATUS) == ["Open"]
    assert "Open → Fulfilled" not in page.detail.toPlainText()
    assert "2026-11-20" not in page.detail.toPlainText()


def test_a_closed_commitment_says_its_status_cannot_change(
    page_context: PageContext, qtbot: QtBot, seed: Seed
) -> None:
    record(page_context, seed, "Avslutat", status=CommitmentStatus.WITHDRAWN, due_on=None)
    page = open_page(qtbot, page_context)
    page.table.selectRow(0)

    page.trigger(ActionId.CHANGE_STATUS)

    assert page.dialog is None
    assert "can no longer change" in page.notice.text()
    assert "Withdrawn" in page.notice.text()


def test_the_editor_changes_responsible_and_due_date_and_keeps_a_refused_input(
    page_context: PageContext, qtbot: QtBot, seed: Seed
) -> None:
    record(page_context, seed, "Ta fram statistik per kön")
    page = open_page(qtbot, page_context)
    page.table.selectRow(0)
    page.trigger(ActionId.EDIT_RECORD)
    editor = page.dialog
    assert isinstance(editor, CommitmentEditor)

    editor.due.enabled.setChecked(False)
    editor.responsible.setText("Förvaltningschefen")
    editor.accept()

    assert page.dialog is editor
    assert "due date" in editor.form.error_for("due_on")
    assert editor.responsible.text() == "Förvaltningschefen"
    editor.due.enabled.setChecked(True)
    editor.responsible_person.setCurrentIndex(editor.responsible_person.findData(seed.manager))
    editor.accept()

    assert page.dialog is None
    # A registered person wins over the free text.
    assert column(page, RESPONSIBLE) == ["Göran Öberg"]
    assert column(page, DUE) == ["2026-12-01"]


def test_delete_refuses_a_commitment_a_request_came_from(
    page_context: PageContext, qtbot: QtBot, seed: Seed, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = record(page_context, seed, "Redovisa statistik")
    page_context.services.requests.create(
        ReportingRequest(
            board_id=seed.social,
            subject="Statistik",
            form=ReportForm.STATISTICS_BY_SEX,
            due_on=D(2026, 12, 1),
            created_on=D(2026, 3, 12),
            commitment_id=kept,
        )
    )
    gone = record(page_context, seed, "Utbilda cheferna")
    asked: list[str] = []

    def answer_yes(_parent: Any, _title: str, text: str, *_args: Any) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    page = open_page(qtbot, page_context)

    assert page.open_record(RecordRef(RecordKind.COMMITMENT, gone))
    page.trigger(ActionId.DELETE_RECORD)
    assert "Utbilda cheferna" in asked[-1]
    assert column(page, DESCRIPTION) == ["Redovisa statistik"]

    page.open_record(RecordRef(RecordKind.COMMITMENT, kept))
    page.trigger(ActionId.DELETE_RECORD)
    assert "A reporting request came from this commitment" in page.notice.text()

    page_context.operations.undo_stack.undo()
    assert sorted(column(page, DESCRIPTION)) == ["Redovisa statistik", "Utbilda cheferna"]


def test_the_chain_shows_the_question_and_the_request(
    page_context: PageContext, qtbot: QtBot, seed: Seed
) -> None:
    question = page_context.services.questions.record(
        Question(meeting_id=seed.dialogue, board_id=seed.social, text="Hur många män?"),
        on=D(2026, 3, 10),
    ).value
    commitment_id = record(page_context, seed, "Redovisa statistik", question_id=question.id)
    request = page_context.services.requests.create(
        ReportingRequest(
            board_id=seed.social,
            subject="Statistik per kön",
            form=ReportForm.STATISTICS_BY_SEX,
            due_on=D(2026, 12, 1),
            created_on=D(2026, 3, 12),
            commitment_id=commitment_id,
        )
    ).value
    page = open_page(qtbot, page_context)
    page.table.selectRow(0)

    links = page.detail.links()
    assert [link.ref for link in links] == [
        RecordRef(RecordKind.MEETING, seed.dialogue),
        RecordRef(RecordKind.QUESTION, question.id or 0),
        RecordRef(RecordKind.REQUEST, request.id or 0),
    ]
    assert links[2].text.startswith("Reporting request made on 2026-03-12 (Draft)")


def test_in_the_window_actions_follow_the_selection_and_links_switch_pages(
    db: Database, seed: Seed, qtbot: QtBot
) -> None:
    services = build_services(db)
    question = services.questions.record(
        Question(meeting_id=seed.dialogue, board_id=seed.social, text="Hur många män?"),
        on=D(2026, 3, 10),
    ).value
    services.commitments.record(
        Commitment(
            board_id=seed.social,
            description="Redovisa statistik",
            created_on=D(2026, 3, 10),
            due_on=D(2026, 12, 1),
            question_id=question.id,
        )
    )
    pages = (
        PageSpec(
            "questions",
            QT_TRANSLATE_NOOP("Pages", "Questions"),
            QuestionsPage,
            frozenset({RecordKind.QUESTION}),
        ),
        PageSpec(
            "commitments",
            QT_TRANSLATE_NOOP("Pages", "Commitments"),
            CommitmentsPage,
            frozenset({RecordKind.COMMITMENT}),
        ),
    )
    window = MainWindow(services, Operations(UndoLog(db)), pages=pages, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("commitments")
    assert isinstance(page, CommitmentsPage)
    assert not window.action(ActionId.CHANGE_STATUS).isEnabled()

    page.table.selectRow(0)
    assert window.action(ActionId.CHANGE_STATUS).isEnabled()
    window.action(ActionId.CHANGE_STATUS).trigger()
    dialog = page.dialog
    assert isinstance(dialog, StatusDialog)
    dialog.choose(CommitmentStatus.IN_PROGRESS)
    dialog.accept()
    # The window refreshes the page after the change, as after any operation.
    assert column(page, STATUS) == ["In progress"]

    question_link = next(
        number
        for number, link in enumerate(page.detail.links())
        if link.ref.kind is RecordKind.QUESTION
    )
    page.detail.anchorClicked.emit(page.detail.link_url(question_link))

    assert window.current_page_key() == "questions"
    questions = window.current_page()
    assert isinstance(questions, QuestionsPage)
    assert questions.current_id == question.id
    assert "Hur många män?" in questions.detail.toPlainText()
