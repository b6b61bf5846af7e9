"""Where an export is saved, what it replaces, and what a report or briefing covers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from jamdesk.domain.errors import DomainError
from jamdesk.ui.export_dialogs import (
    BriefingDialog,
    ReportDialog,
    ReportOptions,
    choose_among,
    choose_file,
    choose_folder,
    confirm_replace,
    last_export_folder,
)
from jamdesk.ui.page import PageContext
from tests.ui.test_translation import swedish  # noqa: F401 (a fixture)


class SaveDialog:
    """Stands in for QFileDialog.getSaveFileName: records the question, answers ``answer``."""

    def __init__(self, answer: str) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, parent: QWidget | None, title: str, start: str, filters: str) -> Any:
        self.asked.append(start)
        return self.answer, filters


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "diariet"
    path.mkdir()
    return path


def test_the_save_dialog_suggests_the_registry_name_in_the_last_folder(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = SaveDialog(str(folder / "Kallelse 2026-11-23"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", first)

    chosen = choose_file(None, "Kallelse Jämställdhetsdelegationen 2026-11-23.docx")

    # A name typed without the suffix still becomes a Word document.
    assert chosen == folder / "Kallelse 2026-11-23.docx"
    assert Path(first.asked[0]).name == "Kallelse Jämställdhetsdelegationen 2026-11-23.docx"
    assert last_export_folder() == folder

    second = SaveDialog("")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", second)
    assert choose_file(None, "Protokoll.docx") is None
    assert second.asked == [str(folder / "Protokoll.docx")]


def test_adding_the_suffix_asks_before_replacing_that_file(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (folder / "Brev.docx").write_bytes(b"the registry's copy")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialog(str(folder / "Brev")))
    asked: list[str] = []

    def refuse(*args: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", refuse)

    assert choose_file(None, "Brev.docx") is None
    assert "Brev.docx" in asked[0]


def test_a_folder_that_went_is_not_suggested(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gone = folder / "borta"
    gone.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(gone))
    assert choose_folder(None) == gone
    assert last_export_folder() == gone

    gone.rmdir()

    assert last_export_folder() != gone
    assert last_export_folder().is_dir()


def test_replacing_files_names_how_many(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def answer(*args: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    existing = [folder / "Protokoll.docx", folder / "Begäran.docx"]

    assert confirm_replace(None, folder, existing)
    assert asked[0].startswith(f"The folder {folder} already holds 2 of these documents.")
    assert "Protokoll.docx\nBegäran.docx" in asked[0]


@pytest.mark.usefixtures("swedish")
def test_the_replace_question_reads_swedish_with_the_count(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(*args: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)

    assert not confirm_replace(None, folder, [folder / "Protokoll.docx"])
    assert asked[0].startswith(f"Mappen {folder} innehåller redan 1 av dokumenten.")


def test_choosing_among_documents_returns_the_position(monkeypatch: pytest.MonkeyPatch) -> None:
    items = ["Notice with the agenda", "Minutes (protocol)"]
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args: ("Minutes (protocol)", True))
    assert choose_among(None, "Export document", "Which?", items) == 1
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args: ("Minutes (protocol)", False))
    assert choose_among(None, "Export document", "Which?", items) is None


# -- the report's options ---------------------------------------------------------------


def board_named(context: PageContext, name: str) -> int:
    board = next(b for b in context.services.boards.list_boards() if b.name == name)
    assert board.id is not None
    return board.id


def test_the_report_starts_with_the_board_chosen_and_this_year(
    example_context: PageContext, qtbot: QtBot
) -> None:
    social = board_named(example_context, "Socialnämnden")
    read: list[ReportOptions] = []
    dialog = ReportDialog(example_context, read.append, board_id=social)
    qtbot.addWidget(dialog)

    assert dialog.by_board.isChecked()
    assert dialog.board.currentText() == "Socialnämnden"
    assert not dialog.goal.isEnabled()
    assert not dialog.public.isChecked()
    assert dialog.public.text() == "&Public version without personal names"

    dialog.public.setChecked(True)
    dialog.accept()

    assert read == [
        ReportOptions(social, None, dt.date(2026, 1, 1), dt.date(2026, 11, 23), public=True)
    ]
    assert dialog.result() == ReportDialog.DialogCode.Accepted


def test_the_report_may_follow_a_goal_instead(example_context: PageContext, qtbot: QtBot) -> None:
    goals = example_context.services.goals.list_goals(include_inactive=True)
    goal_id = goals[1].id
    read: list[ReportOptions] = []
    dialog = ReportDialog(example_context, read.append, goal_id=goal_id)
    qtbot.addWidget(dialog)

    assert dialog.by_goal.isChecked()
    assert dialog.goal.currentData() == goal_id
    assert not dialog.board.isEnabled()
    dialog.accept()

    assert read[0].goal_id == goal_id
    assert read[0].board_id is None


def test_a_refused_period_is_explained_next_to_it_and_the_dialog_stays(
    example_context: PageContext, qtbot: QtBot
) -> None:
    from jamdesk.services.document_data.report import ReportScope

    def read(options: ReportOptions) -> object:
        scope = ReportScope(board_id=options.board_id, goal_id=options.goal_id)
        return example_context.services.documents.report(
            scope, options.start, options.end, dt.date(2026, 11, 23)
        )

    dialog = ReportDialog(example_context, read)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start.setDate(dialog.end.date().addDays(1))

    dialog.accept()

    assert dialog.isVisible()
    assert dialog.prepared is None
    assert dialog.form.error_for("start").startswith("The period starts on 2026-11-24")

    dialog.start.setDate(dialog.end.date().addDays(-30))
    dialog.accept()

    assert not dialog.isVisible()
    assert dialog.prepared is not None


def test_the_briefing_offers_the_active_boards_with_the_chosen_one_first(
    example_context: PageContext, qtbot: QtBot
) -> None:
    social = board_named(example_context, "Socialnämnden")
    read: list[int] = []
    dialog = BriefingDialog(example_context, read.append, board_id=social)
    qtbot.addWidget(dialog)

    assert dialog.board.currentText() == "Socialnämnden"
    assert dialog.board.count() == len(
        example_context.services.boards.list_boards(dt.date(2026, 11, 23))
    )
    dialog.accept()

    assert read == [social]


def test_a_briefing_refused_by_the_reading_keeps_the_dialog_open(
    example_context: PageContext, qtbot: QtBot
) -> None:
    def refuse(board_id: int) -> object:
        raise DomainError("There is no board with id {id}.", field="board_id", id=board_id)

    dialog = BriefingDialog(example_context, refuse)
    qtbot.addWidget(dialog)
    dialog.show()

    dialog.accept()

    assert dialog.isVisible()
    assert dialog.form.error_for("board_id").startswith("There is no board with id")
