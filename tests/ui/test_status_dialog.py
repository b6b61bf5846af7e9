"""The status dialog: only the next statuses the rules allow, a dated note, errors in place."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from jamdesk.domain.commitments import Commitment, CommitmentStatus
from jamdesk.domain.questions import Question, QuestionStatus
from jamdesk.services.changes import RecordKind
from jamdesk.store.database import Database
from jamdesk.ui.page import PageContext
from jamdesk.ui.status_dialog import StatusDialog
from tests.store.test_follow_up_store import Seed, seed_follow_up

D = dt.date


@pytest.fixture
def seed(db: Database) -> Seed:
    return seed_follow_up(db)


def question(context: PageContext, seed: Seed) -> int:
    saved = context.services.questions.record(
        Question(meeting_id=seed.dialogue, board_id=seed.social, text="Hur många kvinnor?"),
        on=D(2026, 3, 10),
    ).value
    assert saved.id is not None
    return saved.id


def commitment(
    context: PageContext, seed: Seed, status: CommitmentStatus, due: dt.date | None
) -> int:
    saved = context.services.commitments.record(
        Commitment(
            board_id=seed.social,
            description="Redovisa statistik per kön",
            created_on=D(2026, 3, 10),
            due_on=due,
            status=status,
        )
    ).value
    assert saved.id is not None
    return saved.id


def offered(dialog: StatusDialog) -> list[str]:
    return [dialog.status.itemText(index) for index in range(dialog.status.count())]


def open_dialog(
    qtbot: QtBot, context: PageContext, kind: RecordKind, record_id: int
) -> StatusDialog:
    dialog = StatusDialog(context, kind, record_id)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_a_question_offers_only_the_statuses_that_may_follow(
    page_context: PageContext, qtbot: QtBot, seed: Seed
) -> None:
    question_id = question(page_context, seed)
    dialog = open_dialog(qtbot, page_context, RecordKind.QUESTION, question_id)

    assert dialog.current.text() == "Open"
    assert offered(dialog) == ["Answered", "Needs follow-up"]
    assert dialog.date.date() == QDate(2026, 11, 23)
    # The answer field shows only while "Answered" is chosen; the due date never for questions.
    assert dialog.answer.parentWidget().isVisible()
    dialog.choose(QuestionStatus.NEEDS_FOLLOW_UP)
    assert not dialog.answer.parentWidget().isVisible()
    assert not dialog.due.parentWidget().isVisible()


def test_a_commitment_in_progress_may_be_closed_three_ways(
    page_context: PageContext, qtbot: QtBot, seed: Seed
) -> None:
    commitment_id = commitment(page_context, seed, CommitmentStatus.IN_PROGRESS, D(2026, 12, 1))

    dialog = open_dialog(qtbot, page_context, RecordKind.COMMITMENT, commitment_id)

    assert dialog.current.text() == "In progress"
    assert offered(dialog) == ["Fulfilled", "Not fulfilled", "Withdrawn"]
    assert dialog.due.parentWidget().isVisible()
    assert not dialog.answer.parentWidget().isVisible()


def test_a_date_before_the_last_change_is_refused_next_to_the_date(
    page_context: PageContext, qtbot: QtBot, seed: Seed
) -> None:
    question_id = question(page_context, seed)
    dialog = open_dialog(qtbot, page_context, RecordKind.QUESTION, question_id)
    dialog.choose(QuestionStatus.NEEDS_FOLLOW_UP)
    dialog.date.setDate(QDate(2026, 3, 1))
    qtbot.keyClicks(dialog.note, "Oklart svar")

    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert "2026-03-10" in dialog.form.error_for("changed_on")
    assert dialog.note.text() == "Oklart svar"
    assert page_context.services.questions.get(question_id).status is QuestionStatus.OPEN
    assert page_context.operations.undo_stack.count() == 0

    dialog.date.setDate(QDate(2026, 3, 20))
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    history = page_context.services.questions.history(question_id)
    assert (history[-1].changed_on, history[-1].to_status, history[-1].note) == (
        D(2026, 3, 20),
        "needs_follow_up",
        "Oklart svar",
    )
    assert page_context.operations.undo_stack.undoText() == "change the status of a question"


def test_taking_up_a_commitment_again_may_need_a_new_due_date(
    page_context: PageContext, qtbot: QtBot, seed: Seed
) -> None:
    commitment_id = commitment(page_context, seed, CommitmentStatus.NOT_FULFILLED, None)
    dialog = open_dialog(qtbot, page_context, RecordKind.COMMITMENT, commitment_id)
    dialog.choose(CommitmentStatus.IN_PROGRESS)

    dialog.accept()

    assert dialog.isVisible()
    assert "due date" in dialog.form.error_for("due_on")
    dialog.due.enabled.setChecked(True)
    dialog.due.date.setDate(QDate(2027, 3, 31))
    dialog.accept()

    assert not dialog.isVisible()
    stored = page_context.services.commitments.get(commitment_id)
    assert (stored.status, stored.due_on) == (CommitmentStatus.IN_PROGRESS, D(2027, 3, 31))


def test_answering_records_the_answer_and_its_date(
    page_context: PageContext, qtbot: QtBot, seed: Seed
) -> None:
    question_id = question(page_context, seed)
    dialog = open_dialog(qtbot, page_context, RecordKind.QUESTION, question_id)
    dialog.choose(QuestionStatus.ANSWERED)
    dialog.answer.setPlainText("Sex av tio är kvinnor.")

    # Enter in the answer box saves; Shift+Enter would break the line.
    qtbot.keyClick(dialog.answer, Qt.Key.Key_Return)

    stored = page_context.services.questions.get(question_id)
    assert (stored.status, stored.answer, stored.answered_on) == (
        QuestionStatus.ANSWERED,
        "Sex av tio är kvinnor.",
        D(2026, 11, 23),
    )
    assert page_context.operations.undo_stack.undoText() == "answer question"
