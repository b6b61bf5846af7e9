"""Exporting Word documents from the window's pages: the right document, where asked, or why not."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from jamdesk.domain.minutes import MinutesKind
from jamdesk.services.changes import RecordKind, RecordRef
from jamdesk.services.container import build_services
from jamdesk.services.documents import distinct_file_names
from jamdesk.services.example.municipality import Scale, write_example
from jamdesk.store.database import Database, open_database
from jamdesk.store.requests import requests_decided_at
from jamdesk.store.undo import UndoLog
from jamdesk.ui.actions import ActionId
from jamdesk.ui.boards_page import BoardsPage
from jamdesk.ui.document_export import TEMPLATE_KEY, chosen_template, store_template
from jamdesk.ui.export_dialogs import BriefingDialog, ReportDialog
from jamdesk.ui.export_runner import ExportResult, ExportRunner
from jamdesk.ui.follow_up_page import FollowUpPage
from jamdesk.ui.main_window import MainWindow
from jamdesk.ui.meetings_page import MeetingsPage
from jamdesk.ui.operations import Operations
from jamdesk.ui.page import PageContext
from jamdesk.ui.requests_page import RequestsPage
from jamdesk.ui.settings_dialog import SettingsDialog
from tests.export.test_safe_write import read_only_folder  # noqa: F401 (a fixture)
from tests.ui.conftest import TODAY

WAIT_MS = 20_000


# -- helpers ----------------------------------------------------------------------------


def lines_of(path: Path) -> list[str]:
    """Return the text of every paragraph of the Word file, tables included, in order."""
    body = docx.Document(str(path)).element.body
    lines = ("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p")))
    return [line for line in lines if line]


def finished(qtbot: QtBot, parent: QWidget) -> ExportRunner:
    """Return the export the widget started, once it has finished writing."""
    runners = parent.findChildren(ExportRunner)
    assert len(runners) == 1, "no export was started"
    runner = runners[0]
    if runner.result is None:
        with qtbot.waitSignal(runner.done, timeout=WAIT_MS):
            pass
    return runner


def result_of(runner: ExportRunner) -> ExportResult:
    assert runner.result is not None
    return runner.result


class Answers:
    """Answers the file dialogs and message boxes an export asks, and records them."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
        self.target = target
        self.suggested: list[str] = []
        self.warnings: list[str] = []
        self.questions: list[str] = []
        self.choices: list[list[str]] = []
        self.choose = ""
        self.replace = QMessageBox.StandardButton.Yes
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._save)
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", self._folder)
        monkeypatch.setattr(QMessageBox, "warning", self._warning)
        monkeypatch.setattr(QMessageBox, "question", self._question)
        monkeypatch.setattr(QInputDialog, "getItem", self._item)

    def _save(self, parent: Any, title: str, start: str, filters: str) -> tuple[str, str]:
        self.suggested.append(Path(start).name)
        return str(self.target), filters

    def _folder(self, parent: Any, title: str, start: str) -> str:
        return str(self.target)

    def _warning(self, parent: Any, title: str, text: str) -> QMessageBox.StandardButton:
        self.warnings.append(text)
        return QMessageBox.StandardButton.Ok

    def _question(self, parent: Any, title: str, text: str, *args: Any) -> Any:
        self.questions.append(text)
        return self.replace

    def _item(self, parent: Any, title: str, label: str, items: list[str], *args: Any) -> Any:
        self.choices.append(list(items))
        return self.choose, bool(self.choose)


@pytest.fixture(scope="module")
def example_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return the small example municipality, written once for the module."""
    path = tmp_path_factory.mktemp("example") / "exempel.sqlite"
    write_example(path, scale=Scale.SMALL, seed=1, today=TODAY, force=False)
    return path


@pytest.fixture
def example_db(example_file: Path, tmp_path: Path) -> Iterator[Database]:
    """Return a fresh copy of the example for one test (quicker than writing it again)."""
    path = tmp_path / "exempel.sqlite"
    shutil.copyfile(example_file, path)
    database = open_database(path)
    yield database
    database.close()


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "export"
    folder.mkdir()
    return folder


def meetings_page(context: PageContext, qtbot: QtBot) -> MeetingsPage:
    page = MeetingsPage(context)
    qtbot.addWidget(page)
    page.show_list()
    return page


def meeting_with(context: PageContext, *, minutes: int, requests: bool = False) -> int:
    """Return a meeting of the example with ``minutes`` minutes (and requests it decided)."""
    rows = context.services.database.execute(
        """
        SELECT m.id FROM meeting m
         WHERE (SELECT count(*) FROM minutes n WHERE n.meeting_id = m.id) = ?
           AND (? = 0 OR EXISTS (SELECT 1 FROM reporting_request r WHERE r.meeting_id = m.id))
         ORDER BY m.meeting_date
        """,
        (minutes, int(requests)),
    ).fetchall()
    assert rows, "the example has no such meeting"
    return int(rows[0][0])


# -- meetings ---------------------------------------------------------------------------


def test_a_meeting_without_minutes_exports_its_notice(
    example_context: PageContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    meeting_id = meeting_with(example_context, minutes=0)
    answers = Answers(monkeypatch, out / "kallelse.docx")
    page = meetings_page(example_context, qtbot)
    assert page.select_meeting(meeting_id)
    assert ActionId.EXPORT_DOCUMENT in page.supported_actions()
    assert ActionId.EXPORT_REGISTRY not in page.supported_actions()

    page.trigger(ActionId.EXPORT_DOCUMENT)
    runner = finished(qtbot, page)

    assert answers.choices == []  # nothing to choose between
    date = example_context.services.meetings.get(meeting_id).date.isoformat()
    assert answers.suggested == [f"Kallelse Jämställdhetsdelegationen {date}.docx"]
    assert result_of(runner).written == (out / "kallelse.docx",)
    lines = lines_of(out / "kallelse.docx")
    assert lines[0] == "Kallelse"
    titles = [item.title for item in example_context.services.agenda.items(meeting_id)]
    assert [line for line in lines if line in titles] == titles
    assert runner.message is not None
    assert runner.message.text() == f"Saved kallelse.docx in the folder {out}."


def test_a_meeting_with_minutes_asks_which_document(
    example_context: PageContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    meeting_id = meeting_with(example_context, minutes=1, requests=True)
    minutes = example_context.services.minutes.for_meeting(meeting_id)[0]
    assert minutes.id is not None
    answers = Answers(monkeypatch, out / "mote.docx")
    protocol = minutes.kind is MinutesKind.PROTOCOL
    answers.choose = "Minutes (protocol)" if protocol else "Minutes (notes)"
    page = meetings_page(example_context, qtbot)
    page.select_meeting(meeting_id)

    page.trigger(ActionId.EXPORT_DOCUMENT)
    finished(qtbot, page)

    assert answers.choices == [["Notice with the agenda", answers.choose]]
    lines = lines_of(out / "mote.docx")
    assert lines[0] in {"Protokoll", "Minnesanteckningar"}
    headings = [p.heading for p in example_context.services.minutes.paragraphs(minutes.id)]
    assert all(any(heading in line for line in lines) for heading in headings)


def test_choosing_nothing_exports_nothing(
    example_context: PageContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    answers = Answers(monkeypatch, out / "mote.docx")
    page = meetings_page(example_context, qtbot)
    page.select_meeting(meeting_with(example_context, minutes=1))

    page.trigger(ActionId.EXPORT_DOCUMENT)

    assert len(answers.choices) == 1
    assert page.findChildren(ExportRunner) == []
    assert list(out.iterdir()) == []


def test_the_workspace_exports_the_document_of_the_tab_shown(
    example_context: PageContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    meeting_id = meeting_with(example_context, minutes=2)  # the minutes and a correction
    original, correction = example_context.services.minutes.for_meeting(meeting_id)
    assert correction.corrects_id == original.id and correction.id is not None
    page = meetings_page(example_context, qtbot)
    workspace = page.open_workspace(meeting_id)
    assert {ActionId.EXPORT_DOCUMENT, ActionId.EXPORT_REGISTRY} <= page.supported_actions()

    Answers(monkeypatch, out / "agenda.docx")
    workspace.tabs.setCurrentWidget(workspace.agenda)
    page.trigger(ActionId.EXPORT_DOCUMENT)
    finished(qtbot, page).deleteLater()
    qtbot.waitUntil(lambda: not page.findChildren(ExportRunner))

    Answers(monkeypatch, out / "rattelse.docx")
    workspace.tabs.setCurrentWidget(workspace.minutes)
    workspace.minutes.show_minutes(correction.id)
    page.trigger(ActionId.EXPORT_DOCUMENT)
    finished(qtbot, page)

    assert lines_of(out / "agenda.docx")[0] == "Kallelse"
    assert any("Rättelse" in line for line in lines_of(out / "rattelse.docx"))


def test_the_registry_gets_the_minutes_and_the_requests_in_one_folder(
    example_context: PageContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    meeting_id = meeting_with(example_context, minutes=1, requests=True)
    expected = distinct_file_names(
        example_context.services.documents.for_registry(meeting_id, TODAY)
    )
    answers = Answers(monkeypatch, out)
    page = meetings_page(example_context, qtbot)
    page.select_meeting(meeting_id)
    assert ActionId.EXPORT_REGISTRY in page.supported_actions()

    page.trigger(ActionId.EXPORT_REGISTRY)
    runner = finished(qtbot, page)

    assert result_of(runner).succeeded
    assert sorted(path.name for path in out.iterdir()) == sorted(expected)
    assert len(expected) >= 2
    assert any("Protokoll" in name or "Minnesanteckningar" in name for name in expected)
    assert any("Begäran om återrapportering" in name for name in expected)
    connection = example_context.services.database.connection
    subjects = {
        example_context.services.requests.get(request_id).subject
        for request_id in requests_decided_at(connection, meeting_id)
    }
    letters = [name for name in expected if "Begäran" in name]
    found = {line for name in letters for line in lines_of(out / name) if line in subjects}
    assert found == subjects
    assert answers.questions == []  # nothing there to replace yet

    runner.deleteLater()
    qtbot.waitUntil(lambda: not page.findChildren(ExportRunner))
    answers.replace = QMessageBox.StandardButton.No
    page.trigger(ActionId.EXPORT_REGISTRY)

    assert answers.questions[0].startswith(
        f"The folder {out} already holds {len(expected)} of these documents."
    )
    assert page.findChildren(ExportRunner) == []


def test_a_read_only_folder_is_refused_with_a_message_and_nothing_is_left(
    example_context: PageContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    read_only_folder: Path,  # noqa: F811
) -> None:
    Answers(monkeypatch, read_only_folder)
    page = meetings_page(example_context, qtbot)
    page.select_meeting(meeting_with(example_context, minutes=1, requests=True))

    page.trigger(ActionId.EXPORT_REGISTRY)
    runner = finished(qtbot, page)

    assert result_of(runner).error is not None
    assert runner.message is not None
    assert runner.message.text() == (
        f"You may not save files in the folder {read_only_folder}. Choose another folder."
    )
    assert list(read_only_folder.iterdir()) == []


# -- requests, boards -------------------------------------------------------------------


def test_a_request_exports_its_letter(
    example_context: PageContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    request = example_context.services.requests.get(1)
    Answers(monkeypatch, out / "begaran.docx")
    page = RequestsPage(example_context)
    qtbot.addWidget(page)
    assert ActionId.EXPORT_DOCUMENT not in page.supported_actions()
    assert page.open_record(RecordRef(RecordKind.REQUEST, 1))
    assert ActionId.EXPORT_DOCUMENT in page.supported_actions()

    page.trigger(ActionId.EXPORT_DOCUMENT)
    finished(qtbot, page)

    lines = lines_of(out / "begaran.docx")
    assert "Begäran om återrapportering" in lines
    assert request.subject in lines


def test_a_board_exports_the_chairs_briefing(
    example_context: PageContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    board = next(
        b for b in example_context.services.boards.list_boards() if b.name == "Socialnämnden"
    )
    assert board.id is not None
    Answers(monkeypatch, out / "underlag.docx")
    page = BoardsPage(example_context)
    qtbot.addWidget(page)
    assert page.table.select(board.id)
    assert page.selected_board_id() == board.id

    page.trigger(ActionId.EXPORT_DOCUMENT)
    finished(qtbot, page)

    assert lines_of(out / "underlag.docx")[0] == "Underlag inför dialog med socialnämnden"


# -- the window's own exports -----------------------------------------------------------


@pytest.fixture
def window(example_db: Database, qtbot: QtBot) -> Iterator[MainWindow]:
    shown = MainWindow(
        build_services(example_db), Operations(UndoLog(example_db)), today=lambda: TODAY
    )
    qtbot.addWidget(shown)
    yield shown


def test_the_report_starts_with_the_board_of_the_page_and_writes_it(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    Answers(monkeypatch, out / "rapport.docx")
    page = window.show_page("requests")
    assert isinstance(page, RequestsPage)
    page.open_record(RecordRef(RecordKind.REQUEST, 1))
    board = window.context.services.boards.get(page.selected_board_id() or 0)
    assert board is not None
    assert window.action(ActionId.EXPORT_REPORT).isEnabled()

    window.action(ActionId.EXPORT_REPORT).trigger()
    dialog = window.export_dialog
    assert isinstance(dialog, ReportDialog)
    assert dialog.board.currentText() == board.name
    dialog.public.setChecked(True)
    dialog.accept()
    finished(qtbot, window)

    lines = lines_of(out / "rapport.docx")
    assert any(board.name in line for line in lines)
    assert any("Uppföljningsrapport" in line for line in lines)


def test_the_report_follows_the_board_a_follow_up_list_is_filtered_on(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    Answers(monkeypatch, out / "rapport.docx")
    page = window.show_page("commitments")
    assert isinstance(page, FollowUpPage)
    social = next(
        b for b in window.context.services.boards.list_boards() if b.name == "Socialnämnden"
    )
    assert page.filter_bar.select(page.filter_bar.board, social.id)

    window.action(ActionId.EXPORT_REPORT).trigger()

    dialog = window.export_dialog
    assert isinstance(dialog, ReportDialog)
    assert dialog.by_board.isChecked()
    assert dialog.board.currentText() == "Socialnämnden"
    dialog.reject()


def test_the_briefing_from_the_window_asks_for_the_board(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    Answers(monkeypatch, out / "underlag.docx")
    window.show_page("overview")

    window.action(ActionId.EXPORT_BRIEFING).trigger()
    dialog = window.export_dialog
    assert isinstance(dialog, BriefingDialog)
    dialog.board.setCurrentIndex(dialog.board.findText("Socialnämnden"))
    dialog.accept()
    finished(qtbot, window)

    assert lines_of(out / "underlag.docx")[0] == "Underlag inför dialog med socialnämnden"


# -- the template -----------------------------------------------------------------------


def test_a_macro_template_is_refused_in_the_settings(qtbot: QtBot, tmp_path: Path) -> None:
    macros = tmp_path / "Mall.dotm"
    macros.write_bytes(b"PK")
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()

    dialog.template.setText(str(macros))
    dialog.accept()

    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.template_error.text().startswith(f"The template {macros} contains macros")
    assert chosen_template() is None

    dialog.own_template_button.click()
    dialog.accept()
    assert not dialog.isVisible()
    assert chosen_template() is None


def test_a_bare_template_without_styles_still_exports(
    example_context: PageContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    bare = out.parent / "Tom mall.docx"
    docx.Document().save(str(bare))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(bare), ""))
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.choose_template_button.click()
    dialog.accept()
    assert chosen_template() == bare

    meeting_id = meeting_with(example_context, minutes=0)
    Answers(monkeypatch, out / "kallelse.docx")
    page = meetings_page(example_context, qtbot)
    page.select_meeting(meeting_id)
    page.trigger(ActionId.EXPORT_DOCUMENT)
    runner = finished(qtbot, page)

    assert result_of(runner).succeeded
    assert lines_of(out / "kallelse.docx")[0] == "Kallelse"


def test_a_template_that_went_is_explained_before_anything_is_asked(
    example_context: PageContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    gone = out.parent / "Borttagen mall.dotx"
    store_template(gone)
    answers = Answers(monkeypatch, out / "kallelse.docx")
    page = meetings_page(example_context, qtbot)
    page.select_meeting(meeting_with(example_context, minutes=0))

    page.trigger(ActionId.EXPORT_DOCUMENT)

    assert answers.suggested == []
    assert page.findChildren(ExportRunner) == []
    assert answers.warnings == [
        f"The template {gone} does not exist.\n\n"
        "Choose another template under Tools → Settings, or JämDesk's own."
    ]
    assert QSettings().value(TEMPLATE_KEY) == str(gone)  # kept, for when it comes back


def test_exporting_before_any_minutes_says_so_on_the_minutes_tab(
    example_context: PageContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    answers = Answers(monkeypatch, out / "protokoll.docx")
    page = meetings_page(example_context, qtbot)
    meeting_id = meeting_with(example_context, minutes=0)
    workspace = page.open_workspace(meeting_id)
    workspace.tabs.setCurrentWidget(workspace.minutes)
    date = example_context.services.meetings.get(meeting_id).date.isoformat()

    page.trigger(ActionId.EXPORT_DOCUMENT)

    assert answers.warnings == [
        f"The meeting on {date} has no minutes yet. Draft them in the meeting first."
    ]
    assert page.findChildren(ExportRunner) == []


def test_the_window_loads_python_docx_only_when_a_document_is_exported() -> None:
    probe = (
        "import sys, jamdesk.ui.main_window, jamdesk.ui.document_export;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'docx'"
        " or m.startswith('jamdesk.export') or m == 'jamdesk.services.documents'))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert loaded.stdout.strip() == "[]"
