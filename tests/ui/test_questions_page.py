"""The Questions page, driven as the secretary drives it: filters, keyboard, dialogs, undo."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from jamdesk.domain.commitments import Commitment
from jamdesk.domain.meetings import MeetingKind
from jamdesk.domain.questions import Question, QuestionStatus
from jamdesk.services.changes import RecordKind, RecordRef
from jamdesk.store.database import Database
from jamdesk.store.follow_up_lists import QuestionSort
from jamdesk.store.people import swedish_sort_key
from jamdesk.ui.actions import ActionId
from jamdesk.ui.follow_up_editors import QuestionEditor
from jamdesk.ui.page import PageContext
from jamdesk.ui.paged_model import PAGE_SIZE
from jamdesk.ui.questions_page import QuestionsPage
from jamdesk.ui.status_dialog import StatusDialog
from tests.store.test_follow_up_store import Seed, seed_follow_up
from tests.ui.conftest import TODAY, OpenedRecords

D = dt.date
BOARD, TEXT, STATUS = 2, 3, 4


def open_page(qtbot: QtBot, context: PageContext) -> QuestionsPage:
    """Return the page as the window shows it, refreshed whenever operations change things."""
    page = QuestionsPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    context.operations.changed.connect(page.refresh)
    return page


def column(page: QuestionsPage, number: int) -> list[str]:
    return [page.model.index(row, number).data() for row in range(page.model.rowCount())]


def choose(page: QuestionsPage, combo_name: str, text: str) -> None:
    """Pick an entry of a filter combo by its text, with the keyboard (Home, then Down)."""
    combo = getattr(page.filter_bar, combo_name)
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not offered in {combo_name}"
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(index):
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def record(context: PageContext, seed: Seed, text: str, **changes: Any) -> int:
    question = Question(
        meeting_id=seed.dialogue,
        board_id=seed.social,
        text=text,
        agenda_item_id=seed.dialogue_item,
        asked_by_id=seed.member,
        addressed_to_id=seed.manager,
    )
    for name, value in changes.items():
        question = question.__class__(**{**question.__dict__, name: value})
    saved = context.services.questions.record(question, on=D(2026, 3, 10)).value
    assert saved.id is not None
    return saved.id


@pytest.fixture
def seed(db: Database) -> Seed:
    return seed_follow_up(db)


# -- on the example municipality ----------------------------------------------


def test_the_list_passes_the_model_checks_and_sorts_in_sql_on_a_header_click(
    example_context: PageContext, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    page = open_page(qtbot, example_context)

    qtmodeltester.check(page.model)
    dates = column(page, 0)
    assert dates == sorted(dates, reverse=True)
    assert (
        page.model.total_count()
        == example_context.services.database.execute("SELECT count(*) FROM question").fetchone()[0]
    )
    assert not page.showing_empty_state()

    header = page.table.horizontalHeader()
    position = QPoint(header.sectionViewportPosition(BOARD) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)

    sort, descending = page.model.sort_key()
    assert sort == QuestionSort.BOARD
    boards = column(page, BOARD)
    assert len(set(boards)) > 3
    assert boards == sorted(boards, key=swedish_sort_key, reverse=descending)
    qtmodeltester.check(page.model)


def test_filters_narrow_the_list_in_sql(example_context: PageContext, qtbot: QtBot) -> None:
    page = open_page(qtbot, example_context)
    total = page.model.total_count()

    choose(page, "status", "Outstanding")
    assert set(column(page, STATUS)) == {"Open", "Needs follow-up"}
    choose(page, "meeting_kind", "Check-in meeting")
    assert set(column(page, 1)) <= {"Check-in meeting"}
    choose(page, "meeting_kind", "All kinds")
    board = page.filter_bar.board.itemText(1)
    choose(page, "board", board)
    assert set(column(page, BOARD)) <= {board}
    page.refresh(frozenset({RecordKind.BOARD}))  # a change elsewhere keeps the choice
    assert page.filter_bar.board.currentText() == board
    assert set(column(page, BOARD)) <= {board}
    page.filter_bar.clear_button.click()
    assert page.model.total_count() == total
    choose(page, "year", "2026")
    assert all(date.startswith("2026-") for date in column(page, 0))
    # Questions are never due: the bar offers no due-date filters here.
    assert page.filter_bar.overdue.isHidden()
    assert page.filter_bar.due_within.isHidden()

    goal_id, tagged = example_context.services.database.execute(
        "SELECT goal_id, count(*) FROM question_goal GROUP BY goal_id ORDER BY 2 DESC LIMIT 1"
    ).fetchone()
    page.filter_bar.clear_button.click()
    page.filter_bar.select(page.filter_bar.goal, goal_id)
    assert page.model.total_count() == tagged


# -- the empty states ------------------------------------------------------------


def test_an_empty_store_and_a_filter_that_hides_everything_say_different_things(
    page_context: PageContext, qtbot: QtBot, seed: Seed
) -> None:
    page = open_page(qtbot, page_context)

    assert page.showing_empty_state()
    assert "No questions yet" in page.empty_state.label.text()

    record(page_context, seed, "Hur många kvinnor får hemtjänst?")
    page.refresh(frozenset({RecordKind.QUESTION}))
    assert not page.showing_empty_state()
    choose(page, "status", "Answered")

    assert page.showing_empty_state()
    assert page.empty_state.label.text() == "No questions match these filters."


# -- changing a question ------------------------------------------------------


def test_a_status_change_shows_in_the_history_and_can_be_undone(
    page_context: PageContext, qtbot: QtBot, seed: Seed
) -> None:
    question_id = record(page_context, seed, "Hur fördelas resurserna?")
    page = open_page(qtbot, page_context)
    page.table.selectRow(0)
    assert page.current_id == question_id
    assert ActionId.CHANGE_STATUS in page.supported_actions()

    page.trigger(ActionId.CHANGE_STATUS)
    dialog = page.dialog
    assert isinstance(dialog, StatusDialog)
    dialog.choose(QuestionStatus.NEEDS_FOLLOW_UP)
    # QTest types ASCII only; Swedish letters are set as text elsewhere.
    qtbot.keyClicks(dialog.note, "Svar utlovat till mars")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)

    assert page.dialog is None
    assert column(page, STATUS) == ["Needs follow-up"]
    panel = page.detail.toPlainText()
    assert "2026-11-23" in panel
    assert "Open → Needs follow-up" in panel
    assert "Svar utlovat till mars" in panel

    page_context.operations.undo_stack.undo()

    assert column(page, STATUS) == ["Open"]
    panel = page.detail.toPlainText()
    assert "Open → Needs follow-up" not in panel
    assert "Svar utlovat till mars" not in panel


def test_answering_needs_the_answer_next_to_its_field(
    page_context: PageContext, qtbot: QtBot, seed: Seed
) -> None:
    record(page_context, seed, "Hur fördelas resurserna?")
    page = open_page(qtbot, page_context)
    page.table.selectRow(0)
    page.trigger(ActionId.CHANGE_STATUS)
    dialog = page.dialog
    assert isinstance(dialog, StatusDialog)

    dialog.choose(QuestionStatus.ANSWERED)
    dialog.accept()

    assert page.dialog is dialog
    assert dialog.form.error_for("answer") != ""
    dialog.answer.setPlainText("Sex av tio som får bistånd är kvinnor.")
    dialog.accept()

    assert column(page, STATUS) == ["Answered"]
    assert column(page, 5) == ["2026-11-23"]
    assert "Sex av tio som får bistånd är kvinnor." in page.detail.toPlainText()


def test_enter_opens_the_editor_and_a_refused_save_keeps_what_was_typed(
    page_context: PageContext, qtbot: QtBot, seed: Seed
) -> None:
    record(page_context, seed, "Hur fördelas resurserna?")
    page = open_page(qtbot, page_context)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, TEXT))

    qtbot.keyClick(page.table, Qt.Key.Key_Return)

    editor = page.dialog
    assert isinstance(editor, QuestionEditor)
    editor.text.clear()
    qtbot.keyClick(editor.text, Qt.Key.Key_Return)
    assert editor.form.error_for("text") != ""
    editor.text.insertPlainText("Hur fördelas biståndet mellan kvinnor och män?")
    qtbot.keyClicks(editor.answer, "Det vet vi inte")
    qtbot.keyClick(editor.answer, Qt.Key.Key_Return)

    assert page.dialog is None
    assert column(page, TEXT) == ["Hur fördelas biståndet mellan kvinnor och män?"]
    assert "Det vet vi inte" in page.detail.toPlainText()


def test_f2_opens_the_editor_too(page_context: PageContext, qtbot: QtBot, seed: Seed) -> None:
    record(page_context, seed, "Hur fördelas resurserna?")
    page = open_page(qtbot, page_context)
    page.table.selectRow(0)

    page.trigger(ActionId.EDIT_RECORD)

    assert isinstance(page.dialog, QuestionEditor)
    assert page.dialog.text.toPlainText() == "Hur fördelas resurserna?"


def test_delete_asks_naming_the_question_and_refuses_one_a_commitment_came_from(
    page_context: PageContext, qtbot: QtBot, seed: Seed, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = record(page_context, seed, "Vad har hänt med statistiken?")
    page_context.services.commitments.record(
        Commitment(
            board_id=seed.social,
            description="Ta fram statistik",
            created_on=D(2026, 3, 10),
            due_on=D(2026, 12, 1),
            question_id=kept,
        )
    )
    gone = record(page_context, seed, "Hur många kvinnor är chefer?")
    asked: list[str] = []

    def answer_yes(_parent: Any, _title: str, text: str, *_args: Any) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    page = open_page(qtbot, page_context)

    page.open_record(RecordRef(RecordKind.QUESTION, gone))
    page.trigger(ActionId.DELETE_RECORD)

    assert "Hur många kvinnor är chefer?" in asked[-1]
    assert column(page, TEXT) == ["Vad har hänt med statistiken?"]
    assert page.current_id is None

    page.open_record(RecordRef(RecordKind.QUESTION, kept))
    page.trigger(ActionId.DELETE_RECORD)

    assert "A commitment came from this question" in page.notice.text()
    assert column(page, TEXT) == ["Vad har hänt med statistiken?"]


def test_no_is_the_safe_answer(
    page_context: PageContext, qtbot: QtBot, seed: Seed, monkeypatch: pytest.MonkeyPatch
) -> None:
    record(page_context, seed, "Vad har hänt?")
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.No)
    page = open_page(qtbot, page_context)
    page.table.selectRow(0)

    page.trigger(ActionId.DELETE_RECORD)

    assert page.model.total_count() == 1


# -- the chain and opening records ------------------------------------------


def test_the_chain_links_open_the_records_they_name(
    page_context: PageContext, qtbot: QtBot, seed: Seed, opened: OpenedRecords
) -> None:
    question_id = record(page_context, seed, "Hur fördelas resurserna?")
    commitment = page_context.services.commitments.record(
        Commitment(
            board_id=seed.social,
            description="Redovisa fördelningen per kön",
            created_on=D(2026, 3, 10),
            due_on=D(2026, 12, 1),
            question_id=question_id,
        )
    ).value
    page = open_page(qtbot, page_context)
    page.table.selectRow(0)

    texts = [link.text for link in page.detail.links()]
    assert texts[0] == "Budget dialogue on 2026-03-10"
    assert texts[1] == "Agenda item 1: Frågor om hemtjänsten"
    assert texts[2].startswith("Commitment made on 2026-03-10 (Open): Redovisa fördelningen")
    page.detail.anchorClicked.emit(page.detail.link_url(2))

    assert opened.refs == [RecordRef(RecordKind.COMMITMENT, commitment.id or 0)]
    page.detail.anchorClicked.emit(page.detail.link_url(0))
    assert opened.refs[-1] == RecordRef(RecordKind.MEETING, seed.dialogue)


def test_open_record_clears_filters_that_hide_it_and_fetches_its_page(
    page_context: PageContext, qtbot: QtBot, seed: Seed, db: Database
) -> None:
    with db.transaction() as conn:
        conn.executemany(
            "INSERT INTO question (meeting_id, board_id, text) VALUES (?, ?, ?)",
            [(seed.dialogue, seed.social, f"Fråga {n:04d}") for n in range(PAGE_SIZE * 2 + 50)],
        )
    last = db.execute("SELECT max(id) FROM question").fetchone()[0]
    page = open_page(qtbot, page_context)
    page.table.sortByColumn(TEXT, Qt.SortOrder.DescendingOrder)
    choose(page, "status", "Answered")
    assert page.model.total_count() == 0

    assert page.open_record(RecordRef(RecordKind.QUESTION, 1))

    assert page.filter_bar.filters().status is None
    assert page.current_id == 1
    selected = page.table.selectionModel().selectedRows()
    assert [page.model.record_id(index.row()) for index in selected] == [1]
    assert page.model.rowCount() > PAGE_SIZE * 2
    assert "Fråga 0000" in page.detail.toPlainText()
    assert not page.open_record(RecordRef(RecordKind.QUESTION, last + 1))
    assert not page.open_record(RecordRef(RecordKind.COMMITMENT, 1))


def test_meeting_kind_and_date_show_where_the_question_was_asked(
    page_context: PageContext, qtbot: QtBot, seed: Seed
) -> None:
    record(
        page_context,
        seed,
        "Hur många flickor och pojkar?",
        meeting_id=seed.seminar,
        board_id=seed.school,
        agenda_item_id=seed.seminar_item,
    )
    page = open_page(qtbot, page_context)

    assert [page.model.index(0, n).data() for n in range(3)] == [
        "2026-04-15",
        "Results seminar",
        "Barn- och utbildningsnämnden",
    ]
    choose(page, "meeting_kind", "Budget dialogue")
    assert page.showing_empty_state()
    assert page.filter_bar.meeting_kind.currentData() == MeetingKind.BUDGET_DIALOGUE.value


def test_column_widths_and_splitter_are_remembered(page_context: PageContext, qtbot: QtBot) -> None:
    page = open_page(qtbot, page_context)
    page.splitter.setSizes([700, 300])
    page.table.horizontalHeader().resizeSection(TEXT, 321)
    sizes = page.splitter.sizes()

    again = open_page(qtbot, page_context)

    assert again.table.horizontalHeader().sectionSize(TEXT) == 321
    assert again.splitter.sizes() == sizes
    assert page.today() == TODAY
