"""Documents are written on a worker thread with progress, cancelling and a clear outcome."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer, QUrl
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from jamdesk.domain.errors import QT_TRANSLATE_NOOP, DomainError
from jamdesk.ui.export_runner import ExportResult, ExportRunner

WAIT_MS = 10_000


@dataclass
class SlowDocument:
    """A document whose writing waits for the test to let it go on."""

    file_name: str
    gate: threading.Event | None = None
    error: Exception | None = None
    started: threading.Event = field(default_factory=threading.Event)

    def write(self, path: Path, template: Path | None = None) -> Path:
        self.started.set()
        if self.gate is not None and not self.gate.wait(WAIT_MS / 1000):
            raise TimeoutError("the test never let the document be written")
        if self.error is not None:
            raise self.error
        path.write_bytes(b"PK a document")
        return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "export"
    path.mkdir()
    return path


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def run(
    window: QWidget,
    documents: list[SlowDocument],
    folder: Path,
    **options: object,
) -> ExportRunner:
    targets = [(document, folder / document.file_name) for document in documents]
    runner = ExportRunner(window, targets, None, **options)  # type: ignore[arg-type]
    runner.start()
    return runner


def finish(qtbot: QtBot, runner: ExportRunner) -> ExportResult:
    if runner.result is None:
        with qtbot.waitSignal(runner.done, timeout=WAIT_MS):
            pass
    assert runner.result is not None
    return runner.result


def opener(opened: list[QUrl]) -> Callable[[QUrl], object]:
    return opened.append


def test_one_document_is_written_and_can_be_opened(
    qtbot: QtBot, window: QWidget, folder: Path
) -> None:
    opened: list[QUrl] = []
    runner = run(window, [SlowDocument("Kallelse.docx")], folder, open_url=opener(opened))

    result = finish(qtbot, runner)

    path = folder / "Kallelse.docx"
    assert result.succeeded
    assert result.written == (path,)
    assert path.read_bytes() == b"PK a document"
    assert runner.message is not None
    assert runner.message.isVisible()
    assert runner.message.text() == f"Saved Kallelse.docx in the folder {folder}."
    assert runner.open_file_button is not None
    runner.open_file_button.click()
    assert opened == [QUrl.fromLocalFile(str(path))]
    assert not runner.message.isVisible()


def test_the_folder_of_several_documents_can_be_opened(
    qtbot: QtBot, window: QWidget, folder: Path
) -> None:
    opened: list[QUrl] = []
    documents = [SlowDocument(f"Dokument {number}.docx") for number in range(1, 4)]
    runner = run(window, documents, folder, open_url=opener(opened))

    result = finish(qtbot, runner)

    assert result.succeeded
    assert sorted(path.name for path in folder.iterdir()) == [
        "Dokument 1.docx",
        "Dokument 2.docx",
        "Dokument 3.docx",
    ]
    assert runner.message is not None
    assert runner.message.text() == f"Saved 3 documents in the folder {folder}:"
    assert runner.message.informativeText().splitlines() == [d.file_name for d in documents]
    assert runner.open_file_button is None  # which one? the folder shows them all
    assert runner.open_folder_button is not None
    runner.open_folder_button.click()
    assert opened == [QUrl.fromLocalFile(str(folder))]


def test_progress_counts_the_documents_and_cancel_stops_between_two(
    qtbot: QtBot, window: QWidget, folder: Path
) -> None:
    gate = threading.Event()
    documents = [SlowDocument(f"Dokument {number}.docx") for number in range(1, 6)]
    documents[1].gate = gate
    runner = run(window, documents, folder, progress_delay_ms=0)
    try:
        qtbot.waitUntil(lambda: runner.progress.labelText() == "Writing 2 of 5…", timeout=WAIT_MS)
        qtbot.waitUntil(runner.progress.isVisible, timeout=WAIT_MS)
        assert runner.progress.value() == 1
        assert runner.cancel_button.text() == "&Cancel"
        runner.cancel_button.click()
        assert not runner.cancel_button.isEnabled()
        assert runner.progress.isVisible()  # the document under way is still being written
        assert runner.progress.labelText() == "Stopping after the document being written…"
    finally:
        gate.set()

    result = finish(qtbot, runner)

    assert result.cancelled
    assert [path.name for path in result.written] == ["Dokument 1.docx", "Dokument 2.docx"]
    assert sorted(path.name for path in folder.iterdir()) == [
        "Dokument 1.docx",
        "Dokument 2.docx",
    ]
    assert not documents[2].started.is_set()
    assert runner.message is not None
    assert runner.message.text() == "The export was stopped after 2 of 5 documents."
    assert not runner.progress.isVisible()


def test_the_window_stays_responsive_while_a_document_is_written(
    qtbot: QtBot, window: QWidget, folder: Path
) -> None:
    gate = threading.Event()
    runner = run(window, [SlowDocument("Rapport.docx", gate)], folder, progress_delay_ms=100)
    seen_while_writing: list[bool] = []
    # A timer only fires if the GUI thread's event loop runs while the worker writes.
    QTimer.singleShot(50, lambda: seen_while_writing.append(runner.is_running()))
    try:
        qtbot.waitUntil(lambda: seen_while_writing == [True], timeout=WAIT_MS)
        assert runner.progress.labelText() == "Writing Rapport.docx…"
        qtbot.waitUntil(runner.progress.isVisible, timeout=WAIT_MS)
        # Closing the progress asks to stop, like Cancel; the document under way is finished.
        runner.progress.close()
        assert runner.progress.isVisible()
        assert runner.progress.labelText() == "Stopping after the document being written…"
    finally:
        gate.set()
    result = finish(qtbot, runner)
    assert result.succeeded
    assert not result.cancelled


class ShowSpy(QObject):
    """Record every time the watched widget is shown."""

    def __init__(self) -> None:
        super().__init__()
        self.shown = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.shown += 1
        return False


def test_quick_work_shows_no_progress_dialog_but_slow_work_does(
    qtbot: QtBot, window: QWidget, folder: Path
) -> None:
    quick_spy, slow_spy = ShowSpy(), ShowSpy()
    quick = run(window, [SlowDocument("Brev.docx")], folder)
    quick.progress.installEventFilter(quick_spy)
    finish(qtbot, quick)
    qtbot.wait(500)  # past the dialog's delay

    gate = threading.Event()
    slow = run(window, [SlowDocument("Rapport.docx", gate)], folder)
    slow.progress.installEventFilter(slow_spy)
    try:
        qtbot.waitUntil(lambda: slow_spy.shown > 0, timeout=WAIT_MS)
    finally:
        gate.set()
    finish(qtbot, slow)

    assert quick_spy.shown == 0
    assert slow_spy.shown == 1


def test_an_error_is_said_and_the_documents_written_before_are_named(
    qtbot: QtBot, window: QWidget, folder: Path
) -> None:
    full = DomainError(
        QT_TRANSLATE_NOOP(
            "DomainError",
            "Could not save {path}: the disk is full. Free some space or choose another"
            " folder, then export again.",
        ),
        field="path",
        path="Dokument 2.docx",
    )
    documents = [
        SlowDocument("Dokument 1.docx"),
        SlowDocument("Dokument 2.docx", error=full),
        SlowDocument("Dokument 3.docx"),
    ]
    runner = run(window, documents, folder)

    result = finish(qtbot, runner)

    assert result.error is full
    assert not result.succeeded
    assert [path.name for path in result.written] == ["Dokument 1.docx"]
    assert runner.message is not None
    assert runner.message.icon() == QMessageBox.Icon.Warning
    assert runner.message.text() == (
        "Could not save Dokument 2.docx: the disk is full. Free some space or choose another"
        " folder, then export again."
    )
    assert "Dokument 1.docx" in runner.message.informativeText()
    assert runner.open_file_button is None
    assert not documents[2].started.is_set()


def test_our_own_bug_goes_to_the_error_report_with_its_traceback(
    qtbot: QtBot, window: QWidget, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reported: list[BaseException] = []

    def hook(
        kind: type[BaseException], error: BaseException, traceback: TracebackType | None
    ) -> None:
        assert traceback is not None
        reported.append(error)

    monkeypatch.setattr(sys, "excepthook", hook)
    bug = RuntimeError("a bug of ours")
    runner = run(window, [SlowDocument("Brev.docx", error=bug)], folder)

    result = finish(qtbot, runner)

    assert reported == [bug]
    assert result.written == ()
    assert runner.message is None
