"""The request workflow dialogs: mark sent, record the answer, assess it — errors in place."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from jamdesk.domain.requests import ReportForm, ReportingRequest, RequestStatus
from jamdesk.store.database import Database
from jamdesk.ui.page import PageContext
from jamdesk.ui.request_dialogs import (
    AssessDialog,
    MarkAnsweredDialog,
    MarkSentDialog,
    workflow_dialog,
)
from tests.store.test_follow_up_store import Seed, seed_follow_up

D = dt.date


@pytest.fixture
def seed(db: Database) -> Seed:
    return seed_follow_up(db)


@pytest.fixture
def request_id(page_context: PageContext, seed: Seed) -> int:
    saved = page_context.services.requests.create(
        ReportingRequest(
            board_id=seed.social,
            subject="Könsuppdelad statistik över hemtjänsten",
            form=ReportForm.STATISTICS_BY_SEX,
            due_on=D(2026, 12, 15),
            created_on=D(2026, 11, 2),
        )
    ).value
    assert saved.id is not None
    return saved.id


def test_mark_sent_defaults_to_today_and_refuses_a_day_before_the_request_was_made(
    page_context: PageContext, qtbot: QtBot, request_id: int
) -> None:
    dialog = MarkSentDialog(page_context, request_id)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.date.date() == QDate(2026, 11, 23)
    dialog.date.setDate(QDate(2026, 10, 30))
    qtbot.keyClicks(dialog.diary_number, "KS 2026/77")

    qtbot.keyClick(dialog.diary_number, Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert "2026-11-02" in dialog.form.error_for("sent_on")
    assert dialog.diary_number.text() == "KS 2026/77"
    dialog.date.setDate(QDate(2026, 11, 4))
    qtbot.keyClick(dialog.diary_number, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    stored = page_context.services.requests.get(request_id)
    assert (stored.status, stored.sent_on, stored.request_diary_number) == (
        RequestStatus.SENT,
        D(2026, 11, 4),
        "KS 2026/77",
    )
    page_context.operations.undo_stack.undo()
    assert page_context.services.requests.get(request_id).status is RequestStatus.DRAFT


def test_an_answer_cannot_come_before_the_request_was_sent(
    page_context: PageContext, qtbot: QtBot, request_id: int
) -> None:
    page_context.services.requests.mark_sent(request_id, D(2026, 11, 10), "KS 2026/77")
    dialog = MarkAnsweredDialog(page_context, request_id)
    qtbot.addWidget(dialog)
    dialog.date.setDate(QDate(2026, 11, 9))

    dialog.accept()

    assert "2026-11-10" in dialog.form.error_for("answered_on")
    dialog.date.setDate(QDate(2026, 11, 22))
    dialog.diary_number.setText("KS 2026/90")
    dialog.accept()
    stored = page_context.services.requests.get(request_id)
    assert (stored.status, stored.answered_on, stored.answer_diary_number) == (
        RequestStatus.ANSWERED,
        D(2026, 11, 22),
        "KS 2026/90",
    )


def test_assessing_asks_for_a_supplement_with_a_new_due_date(
    page_context: PageContext, qtbot: QtBot, request_id: int
) -> None:
    requests = page_context.services.requests
    requests.mark_sent(request_id, D(2026, 11, 5), "KS 2026/77")
    requests.mark_answered(request_id, D(2026, 11, 20), "KS 2026/90")
    dialog = AssessDialog(page_context, request_id)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.sufficient.isChecked()
    assert not dialog.due.parentWidget().isVisible()

    dialog.supplement.setFocus()
    qtbot.keyClick(dialog.supplement, Qt.Key.Key_Space)
    assert dialog.supplement.isChecked()
    assert dialog.due.parentWidget().isVisible()
    assert dialog.due.date.date() == QDate(2026, 12, 23)
    dialog.due.date.setDate(QDate(2026, 11, 1))
    dialog.note.setText("Analysen saknar flickor och pojkar.")
    dialog.accept()

    assert "before it is requested" in dialog.form.error_for("due_on")
    dialog.due.date.setDate(QDate(2027, 1, 31))
    dialog.accept()

    stored = requests.get(request_id)
    assert (stored.status, stored.assessed_on, stored.due_on, stored.assessment_note) == (
        RequestStatus.SUPPLEMENT_REQUESTED,
        D(2026, 11, 23),
        D(2027, 1, 31),
        "Analysen saknar flickor och pojkar.",
    )


def test_a_sufficient_answer_settles_the_request(
    page_context: PageContext, qtbot: QtBot, request_id: int
) -> None:
    requests = page_context.services.requests
    requests.mark_sent(request_id, D(2026, 11, 5), "KS 2026/77")
    requests.mark_answered(request_id, D(2026, 11, 20), "KS 2026/90")
    dialog = AssessDialog(page_context, request_id)
    qtbot.addWidget(dialog)

    dialog.accept()

    stored = requests.get(request_id)
    assert (stored.status, stored.answered_on, stored.assessed_on, stored.due_on) == (
        RequestStatus.ASSESSED_SUFFICIENT,
        D(2026, 11, 20),
        D(2026, 11, 23),
        D(2026, 12, 15),
    )
    assert workflow_dialog(page_context, stored) is None


def test_the_next_step_follows_the_status(page_context: PageContext, request_id: int) -> None:
    requests = page_context.services.requests

    assert isinstance(workflow_dialog(page_context, requests.get(request_id)), MarkSentDialog)
    requests.mark_sent(request_id, D(2026, 11, 5), "KS 2026/77")
    assert isinstance(workflow_dialog(page_context, requests.get(request_id)), MarkAnsweredDialog)
    requests.mark_answered(request_id, D(2026, 11, 20), "KS 2026/90")
    assert isinstance(workflow_dialog(page_context, requests.get(request_id)), AssessDialog)
    requests.assess(request_id, False, D(2026, 11, 21), "Komplettera", D(2027, 1, 15))
    # A supplement comes back as another answer.
    assert isinstance(workflow_dialog(page_context, requests.get(request_id)), MarkAnsweredDialog)
