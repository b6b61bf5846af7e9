"""The main window on real stores: meetings list, empty state, settings, start-up errors."""

from __future__ import annotations

import datetime as dt
import logging
import signal
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPoint,
    QSettings,
    QSize,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from jamdesk import __version__
from jamdesk.domain.errors import ValidationError
from jamdesk.services.container import build_services
from jamdesk.services.example.municipality import Scale, write_example
from jamdesk.store.database import Database, open_database
from jamdesk.store.errors import StoreError
from jamdesk.store.meeting_list import MeetingSort, count_meetings
from jamdesk.store.undo import UndoLog
from jamdesk.ui import application as application_module
from jamdesk.ui.actions import ActionId
from jamdesk.ui.application import report_unexpected_error, run_gui, start_log_file
from jamdesk.ui.main_window import GEOMETRY_KEY, PAGE_KEY, MainWindow, PageSpec
from jamdesk.ui.meetings_model import MeetingColumn, MeetingsTableModel
from jamdesk.ui.meetings_page import COLUMN_WIDTHS_KEY, MeetingsPage
from jamdesk.ui.messages import error_text
from jamdesk.ui.operations import Operations
from jamdesk.ui.page import Page, PageContext
from jamdesk.ui.translation import LANGUAGE_KEY, TsTranslator, translation_file

if TYPE_CHECKING:
    from tests.ui.conftest import StoreBuilder


def open_window(qtbot: QtBot, database: Database, **kwargs: Any) -> MainWindow:
    window = MainWindow(build_services(database), Operations(UndoLog(database)), **kwargs)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def meetings_page(window: MainWindow) -> MeetingsPage:
    page = window.show_page("meetings")
    assert isinstance(page, MeetingsPage)
    return page


def row_texts(model: MeetingsTableModel, row: int) -> list[str]:
    return [model.index(row, column).data() for column in range(model.columnCount())]


def status_texts(window: MainWindow) -> list[str]:
    return [label.text() for label in window.statusBar().findChildren(QLabel)]


@pytest.fixture
def critical_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, ...]]:
    """Answer every critical message box at once and record what it said."""
    calls: list[tuple[Any, ...]] = []

    def answer(*args: Any) -> QMessageBox.StandardButton:
        calls.append(args)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", answer)
    return calls


def test_window_lists_the_meetings_of_the_store(filled: Database, qtbot: QtBot) -> None:
    window = open_window(qtbot, filled)
    page = meetings_page(window)

    assert window.windowTitle() == "JämDesk — Exempelkommun"
    assert [window.navigation.item(r).text() for r in range(window.navigation.count())] == [
        "Overview",
        "Meetings",
        "Boards",
        "Questions",
        "Commitments",
        "Reporting requests",
        "Goals",
        "Reviews and development needs",
        "People",
    ]
    assert window.current_page_key() == "meetings"
    assert page.table.isVisible()
    assert not page.empty_label.isVisible()
    assert row_texts(page.model, 0) == [
        "2026-11-23",
        "13.00–15.00",
        "Budget dialogue",
        "Barn- och utbildningsnämnden, Socialnämnden",
        "0",
        "Planned",
    ]
    assert row_texts(page.model, 3)[2:] == [
        "Check-in meeting",
        "Barn- och utbildningsnämnden",
        "0",
        "Cancelled",
    ]
    header = page.table.horizontalHeader()
    assert header.sortIndicatorSection() == MeetingColumn.DATE
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert "store.sqlite" in status_texts(window)
    assert "Meetings: 4" in status_texts(window)


def test_empty_store_shows_the_hint_until_a_meeting_exists(
    builder: StoreBuilder, qtbot: QtBot
) -> None:
    window = open_window(qtbot, builder.db)
    page = meetings_page(window)

    assert page.showing_empty_state()
    assert page.empty_label.isVisible()
    assert page.empty_label.text() == "No meetings yet — plan the first one."
    assert not page.table.isVisible()
    assert window.windowTitle() == "JämDesk — store.sqlite"  # no organisation yet
    assert "Meetings: 0" in status_texts(window)

    builder.meeting("2026-02-03", kind="other")
    page.refresh()
    window.update_status()

    assert not page.showing_empty_state()
    assert page.table.isVisible()
    assert "Meetings: 1" in status_texts(window)


def test_clicking_a_header_sorts_the_table(filled: Database, qtbot: QtBot) -> None:
    window = open_window(qtbot, filled)
    page = meetings_page(window)
    header = page.table.horizontalHeader()
    position = QPoint(header.sectionViewportPosition(MeetingColumn.KIND) + 5, header.height() // 2)

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)

    descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert page.model.sort_key() == (MeetingSort.KIND, descending)
    kinds = [page.model.index(r, MeetingColumn.KIND).data() for r in range(4)]
    by_stored_value = [
        "Budget dialogue",
        "Check-in meeting",
        "Delegation meeting",
        "Results seminar",
    ]
    assert kinds == (by_stored_value[::-1] if descending else by_stored_value)


def test_enter_on_a_row_names_its_meeting(filled: Database, qtbot: QtBot) -> None:
    window = open_window(qtbot, filled)
    page = meetings_page(window)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(2, MeetingColumn.KIND))

    with qtbot.waitSignal(page.meeting_activated) as activated:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)

    assert activated.args == [page.model.meeting_id(2)]
    assert page.model.index(2, MeetingColumn.DATE).data() == "2026-03-10"


def test_table_pages_in_more_meetings_as_it_scrolls(builder: StoreBuilder, qtbot: QtBot) -> None:
    builder.many_meetings(450, builder.board("Socialnämnden"))
    window = open_window(qtbot, builder.db)
    page = meetings_page(window)
    assert page.model.rowCount() < 450

    for _ in range(10):  # a few scrolls are enough; a broken fetchMore must not loop forever
        if not page.model.canFetchMore(page.table.rootIndex()):
            break
        page.table.scrollToBottom()
        QApplication.processEvents()

    assert page.model.rowCount() == 450
    assert page.model.index(449, MeetingColumn.DATE).data() == "2020-01-01"


def test_geometry_is_saved_on_close_and_restored(filled: Database, qtbot: QtBot) -> None:
    window = open_window(qtbot, filled)
    assert window.size() != QSize(712, 434)
    window.resize(712, 434)

    window.close()

    assert not QSettings().value(GEOMETRY_KEY).isEmpty()
    again = open_window(qtbot, filled)
    assert again.size() == QSize(712, 434)


def test_quit_closes_the_window_and_saves_its_settings(filled: Database, qtbot: QtBot) -> None:
    window = open_window(qtbot, filled)
    assert window.action(ActionId.QUIT).shortcut().toString() == "Ctrl+Q"

    window.action(ActionId.QUIT).trigger()

    assert not window.isVisible()
    assert QSettings().value(PAGE_KEY) == "overview"


def test_column_widths_are_kept(filled: Database, qtbot: QtBot) -> None:
    window = open_window(qtbot, filled)
    assert meetings_page(window).table.columnWidth(MeetingColumn.BOARDS) != 333

    meetings_page(window).table.setColumnWidth(MeetingColumn.BOARDS, 333)

    assert str(QSettings().value(COLUMN_WIDTHS_KEY)).split(",")[MeetingColumn.BOARDS] == "333"
    window.close()
    again = open_window(qtbot, filled)
    assert meetings_page(again).table.columnWidth(MeetingColumn.BOARDS) == 333


def test_pages_are_built_on_first_use_and_reached_by_keyboard(
    filled: Database, qtbot: QtBot
) -> None:
    built: list[str] = []

    class OtherPage(Page):
        def __init__(self, context: PageContext, parent: QWidget) -> None:
            super().__init__(context, parent)
            built.append("other")
            self.label = QLabel("Other page", self)

    pages = [
        PageSpec("meetings", "Meetings", MeetingsPage),
        PageSpec("other", "Other", OtherPage),
    ]
    window = open_window(qtbot, filled, pages=pages)
    assert built == []
    window.navigation.setFocus()

    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)

    assert window.current_page_key() == "other"
    assert built == ["other"]
    current = window.stack.currentWidget()
    assert isinstance(current, OtherPage)
    assert current.label.text() == "Other page"

    window.close()
    again = open_window(qtbot, filled, pages=pages)
    assert again.current_page_key() == "other"  # the last page is where one comes back


def test_about_names_the_version_and_the_store(
    filled: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[Any, ...]] = []
    monkeypatch.setattr(QMessageBox, "about", lambda *args: shown.append(args))
    window = open_window(qtbot, filled)

    window.action(ActionId.ABOUT).trigger()

    [(parent, title, text)] = shown
    assert parent is window
    assert title == "About JämDesk"
    assert __version__ in text
    assert "store.sqlite" in text


NOT_A_STORE = (
    "{path} is not a JämDesk file. Choose a file that JämDesk saved; this one was not changed."
)


def test_run_gui_refuses_a_file_that_is_not_a_store(
    tmp_path: Path, critical_calls: list[tuple[Any, ...]]
) -> None:
    path = tmp_path / "anteckningar.sqlite"
    content = b"Mina anteckningar, ingen databas.\n"
    path.write_bytes(content)
    hook = sys.excepthook

    status = run_gui(path, is_default=False, build_services=build_services)

    assert status == 2
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["anteckningar.sqlite", "settings"]
    [(parent, _title, text)] = critical_calls
    assert parent is None
    assert text == NOT_A_STORE.format(path=path)
    assert sys.excepthook is hook


def test_run_gui_reports_a_default_folder_it_cannot_create(
    tmp_path: Path, critical_calls: list[tuple[Any, ...]]
) -> None:
    blocker = tmp_path / "jamdesk"
    blocker.write_text("a file where the folder should be", encoding="utf-8")

    status = run_gui(blocker / "jamdesk.sqlite", is_default=True, build_services=build_services)

    assert status == 2
    [(_parent, _title, text)] = critical_calls
    assert text.startswith(f"JämDesk could not create its folder {blocker}: ")
    assert blocker.read_text(encoding="utf-8") == "a file where the folder should be"


def test_run_gui_shows_the_error_in_the_language_chosen_in_the_settings(
    tmp_path: Path, critical_calls: list[tuple[Any, ...]]
) -> None:
    QSettings().setValue(LANGUAGE_KEY, "sv")
    path = tmp_path / "bild.sqlite"
    path.write_bytes(b"\x89PNG not a store")
    swedish = TsTranslator()
    assert swedish.load_ts(translation_file("sv"))
    template = swedish.translate("DomainError", NOT_A_STORE)
    assert template is not None
    assert template != NOT_A_STORE

    assert run_gui(path, is_default=False, build_services=build_services) == 2

    [(_parent, title, text)] = critical_calls
    assert text == template.format(path=path)
    assert title != "JämDesk cannot open the store"
    # run_gui takes its translation away again when it returns.
    assert QCoreApplication.translate("DomainError", NOT_A_STORE) == NOT_A_STORE


def run_gui_then(qapp: QApplication, store: Path, action: Callable[[MainWindow], None]) -> int:
    """Run the window on ``store``, do ``action`` to it once it shows, return the status."""

    def act() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                action(widget)

    actor = QTimer()
    actor.setSingleShot(True)
    actor.timeout.connect(act)
    actor.start(0)
    # Should the window not close, end the event loop rather than hang the suite.
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(qapp.quit)
    guard.start(10_000)
    try:
        return run_gui(store, is_default=True, build_services=build_services)
    finally:
        guard.stop()
        actor.stop()


def test_run_gui_creates_the_default_folder_and_shows_the_window(
    tmp_path: Path, qapp: QApplication
) -> None:
    store = tmp_path / "data" / "jamdesk" / "jamdesk.sqlite"
    seen: list[tuple[str, bool]] = []

    def look_and_close(window: MainWindow) -> None:
        seen.append((window.windowTitle(), sys.excepthook is report_unexpected_error))
        window.close()

    status = run_gui_then(qapp, store, look_and_close)

    assert status == 0
    assert seen == [("JämDesk — jamdesk.sqlite", True)]
    assert store.is_file()
    assert stat.S_IMODE(store.parent.stat().st_mode) == 0o700
    # Closing the last connection checkpoints and removes the write-ahead log.
    assert not Path(f"{store}-wal").exists()


def test_ctrl_c_closes_the_window_and_keeps_its_settings(
    tmp_path: Path, qapp: QApplication
) -> None:
    store = tmp_path / "jamdesk.sqlite"
    handler = signal.getsignal(signal.SIGINT)
    closed: list[bool] = []

    def press_ctrl_c(window: MainWindow) -> None:
        signal.raise_signal(signal.SIGINT)
        closed.append(not window.isVisible())

    status = run_gui_then(qapp, store, press_ctrl_c)

    assert status == 0
    assert closed == [True]
    assert QSettings().value(PAGE_KEY) == "overview"
    assert signal.getsignal(signal.SIGINT) is handler


def test_unexpected_errors_are_logged_and_reported(
    critical_calls: list[tuple[Any, ...]], caplog: pytest.LogCaptureFixture
) -> None:
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        with caplog.at_level(logging.ERROR):
            report_unexpected_error(RuntimeError, exc, exc.__traceback__)

    [(_parent, _title, text)] = critical_calls
    assert "RuntimeError: boom" in text
    assert "What you saved before is kept." in text
    assert "Traceback" in caplog.text
    assert 'raise RuntimeError("boom")' in caplog.text


def test_unexpected_errors_go_to_a_log_file_the_message_names(
    critical_calls: list[tuple[Any, ...]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(application_module, "_log_path", None)
    before = list(logging.getLogger().handlers)
    try:
        path = start_log_file()
        assert path == tmp_path / "data" / "jamdesk" / "jamdesk.log"
        try:
            raise RuntimeError("kaboom")
        except RuntimeError as exc:
            report_unexpected_error(RuntimeError, exc, exc.__traceback__)
    finally:
        for handler in set(logging.getLogger().handlers) - set(before):
            logging.getLogger().removeHandler(handler)
            handler.close()

    [(_parent, _title, text)] = critical_calls
    assert str(path) in text
    written = path.read_text(encoding="utf-8")
    assert "Traceback" in written
    assert 'raise RuntimeError("kaboom")' in written


def test_store_errors_reaching_the_hook_show_their_message(
    critical_calls: list[tuple[Any, ...]],
) -> None:
    error = StoreError("The disk holding {path} is full. Free some space and try again.", path="x")

    report_unexpected_error(StoreError, error, None)

    [(_parent, _title, text)] = critical_calls
    assert text == "The disk holding x is full. Free some space and try again."


def test_main_window_lists_example_meetings(tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "exempel.sqlite"
    write_example(path, scale=Scale.SMALL, seed=1, today=dt.date(2026, 11, 23), force=False)
    database = open_database(path)
    try:
        window = open_window(qtbot, database)
        page = meetings_page(window)
        total = count_meetings(database.connection)
        name = database.execute("SELECT name FROM organisation WHERE id = 1").fetchone()[0]
        newest = database.execute(
            "SELECT m.id, m.meeting_date, m.status,"
            " (SELECT count(*) FROM meeting_board mb WHERE mb.meeting_id = m.id)"
            " FROM meeting m ORDER BY m.meeting_date DESC, m.start_time DESC, m.id DESC LIMIT 1"
        ).fetchone()

        assert total > 0
        assert window.windowTitle() == f"JämDesk — {name}"
        assert f"Meetings: {total}" in status_texts(window)
        assert not page.showing_empty_state()
        assert page.model.meeting_id(0) == newest[0]
        assert page.model.index(0, MeetingColumn.DATE).data() == newest[1]
        assert page.model.index(0, MeetingColumn.STATUS).data() in {"Planned", "Held", "Cancelled"}
        boards = page.model.index(0, MeetingColumn.BOARDS).data()
        assert len(boards.split(", ")) == newest[3] or (boards == "" and newest[3] == 0)
        dialogue_kinds = {"Budget dialogue", "Results seminar", "Check-in meeting"}
        while page.model.canFetchMore(QModelIndex()):
            page.model.fetchMore(QModelIndex())
        assert page.model.rowCount() == total
        for row in range(page.model.rowCount()):
            if page.model.index(row, MeetingColumn.KIND).data() in dialogue_kinds:
                assert page.model.index(row, MeetingColumn.BOARDS).data() != ""
        window.close()
    finally:
        database.close()


def test_the_application_carries_the_jamdesk_icon(qapp: QApplication) -> None:
    application_module.application()

    assert not QApplication.windowIcon().isNull()
    assert not QApplication.windowIcon().pixmap(32).isNull()


def test_a_new_store_asks_for_the_organisation_first(db: Database, qtbot: QtBot) -> None:
    window = open_window(qtbot, db)

    dialog = window.set_up_if_new()

    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Set up JämDesk"
    dialog.name.setText("Sjöviks kommun")
    dialog.accept()
    assert window.windowTitle() == "JämDesk — Sjöviks kommun"
    assert window.set_up_if_new() is None


def test_error_parameters_that_are_marked_text_are_translated_too(qapp: QApplication) -> None:
    class Swedish(QTranslator):
        def translate(
            self, context: str, source: str, disambiguation: str | None = None, n: int = -1
        ) -> str | None:
            return {
                ("DomainError", "{label} cannot be empty."): "{label} får inte vara tomt.",
                ("DomainError", "The title"): "Rubriken",
            }.get((context, source))

        def isEmpty(self) -> bool:
            return False

    translator = Swedish()
    qapp.installTranslator(translator)
    try:
        error = ValidationError("{label} cannot be empty.", field="title", label="The title")
        assert error_text(error) == "Rubriken får inte vara tomt."
        typed = ValidationError("{label} cannot be empty.", field="x", label="Sjöviks kommun")
        assert error_text(typed) == "Sjöviks kommun får inte vara tomt."
    finally:
        qapp.removeTranslator(translator)
