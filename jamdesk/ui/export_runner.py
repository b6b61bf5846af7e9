"""Write prepared documents on a worker thread while the window stays responsive.

Building a Word file takes seconds for a decade's report, so it runs on a ``QThread``; the
documents were read from the store beforehand on the GUI thread, and writing needs no store.
A progress dialog appears when the work lasts more than a moment and may be cancelled
between documents. The outcome is said in a message box that stays non-blocking, so tests
(and the window) go on while it is shown: the file(s) written, with "Open file" and "Open
folder", or the error's message.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget

from jamdesk.domain.errors import DomainError
from jamdesk.ui.messages import error_text

# How long the work may take before the progress dialog shows: a notice or a letter is
# written before the user would notice a dialog flash up.
PROGRESS_DELAY_MS = 400

# How many file names a message lists before it says "and N more".
_LISTED_NAMES = 12


class WritableDocument(Protocol):
    """A document ready to be written: ``PreparedDocument`` of the documents service."""

    def write(self, path: Path, template: Path | None = None) -> Path: ...


# A document and the path it is written to.
ExportTarget = tuple[WritableDocument, Path]


@dataclass(frozen=True)
class ExportResult:
    """What an export came to: the files written, and why it stopped early if it did."""

    written: tuple[Path, ...]
    total: int
    cancelled: bool = False
    error: DomainError | None = None

    @property
    def succeeded(self) -> bool:
        """Return whether every document was written."""
        return len(self.written) == self.total and self.error is None


class _WriteThread(QThread):
    """Write the targets one after the other; stop between two documents when cancelled."""

    progressed = Signal(int)  # the number of documents written so far

    def __init__(self, targets: Sequence[ExportTarget], template: Path | None) -> None:
        super().__init__()
        self._targets = tuple(targets)
        self._template = template
        self._stop = threading.Event()
        # Read by the GUI thread only once the thread has finished.
        self.written: list[Path] = []
        self.cancelled = False
        self.error: DomainError | None = None
        self.crash: Exception | None = None

    def cancel(self) -> None:
        """Stop once the document being written is complete."""
        self._stop.set()

    def stopping(self) -> bool:
        """Return whether the thread was asked to stop."""
        return self._stop.is_set()

    def run(self) -> None:
        try:
            for number, (document, path) in enumerate(self._targets):
                if self._stop.is_set():
                    self.cancelled = True
                    return
                self.progressed.emit(number)
                self.written.append(document.write(path, self._template))
        except DomainError as error:  # the user's environment: a full disk, a locked file
            self.error = error
        except Exception as error:  # our bug: reported with its traceback on the GUI thread
            self.crash = error


# Threads still writing, kept here so that Qt never destroys a running thread, even when
# the widget that started it goes first.
_running: set[_WriteThread] = set()


def _wait_for_running_threads() -> None:
    """Let every export finish its document before the application quits."""
    for thread in list(_running):
        thread.cancel()
        thread.wait()


_waiting_apps: list[QCoreApplication] = []


def _wait_before_quitting() -> None:
    """Have the application wait for running exports when it quits (once per application)."""
    app = QCoreApplication.instance()
    if app is not None and not any(app is known for known in _waiting_apps):
        app.aboutToQuit.connect(_wait_for_running_threads)
        _waiting_apps.append(app)


class _ProgressDialog(QProgressDialog):
    """A progress dialog that asks to cancel when closed, rather than hiding mid-document."""

    def reject(self) -> None:
        # Escape, and closing the window, end here: cancel, and show the stop under way.
        self.canceled.emit()


class ExportRunner(QObject):
    """Write ``targets`` on a worker thread with a progress dialog, then say how it went.

    ``done`` fires with the ``ExportResult`` once the thread has finished and the message
    (``self.message``) is shown. ``open_url`` opens a written file or its folder; tests
    replace it.
    """

    done = Signal(object)

    def __init__(
        self,
        parent: QWidget,
        targets: Sequence[ExportTarget],
        template: Path | None = None,
        *,
        open_url: Callable[[QUrl], object] | None = None,
        progress_delay_ms: int = PROGRESS_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self._widget = parent
        self.targets: tuple[ExportTarget, ...] = tuple(targets)
        self.open_url: Callable[[QUrl], object] = open_url or QDesktopServices.openUrl
        self.result: ExportResult | None = None
        self.message: QMessageBox | None = None
        self.open_file_button: QPushButton | None = None
        self.open_folder_button: QPushButton | None = None
        self._thread = _WriteThread(self.targets, template)
        self._thread.progressed.connect(self._progressed)
        self._thread.finished.connect(self._thread_finished)
        self.progress = self._progress_dialog(progress_delay_ms)

    # -- running -------------------------------------------------------------

    def start(self) -> None:
        """Start writing; the progress dialog shows if it takes longer than a moment."""
        _wait_before_quitting()
        thread = self._thread
        _running.add(thread)
        # Also when this runner went with its widget before the thread finished.
        thread.finished.connect(lambda: _running.discard(thread))
        self.progress.setValue(0)  # starts the dialog's delay
        self._thread.start()

    def is_running(self) -> bool:
        """Return whether the export has yet to finish."""
        return self.result is None

    def cancel(self) -> None:
        """Stop after the document being written (the Cancel button of the progress)."""
        if self.result is not None:
            return
        self._thread.cancel()
        self.progress.setLabelText(self.tr("Stopping after the document being written…"))
        self.cancel_button.setEnabled(False)

    def _progress_dialog(self, delay_ms: int) -> QProgressDialog:
        count = len(self.targets)
        dialog = _ProgressDialog(self._widget)
        dialog.setWindowTitle(self.tr("Exporting"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(delay_ms)
        # Our own button, so that cancelling can disable it (the dialog would delete its own).
        self.cancel_button = QPushButton(self.tr("&Cancel"), dialog)
        dialog.setCancelButton(self.cancel_button)
        # One document has no steps to count: a busy bar shows it is under way.
        dialog.setRange(0, count if count > 1 else 0)
        dialog.setLabelText(self._writing_text(0))
        dialog.canceled.disconnect()  # no reset: it would hide the dialog while writing
        dialog.canceled.connect(self.cancel)
        return dialog

    def _writing_text(self, number: int) -> str:
        count = len(self.targets)
        if count == 1:
            return self.tr("Writing {name}…").format(name=self.targets[0][1].name)
        return self.tr("Writing {number} of {count}…").format(number=number + 1, count=count)

    def _progressed(self, number: int) -> None:
        if self.result is not None or self._thread.stopping():
            return
        self.progress.setLabelText(self._writing_text(number))
        if len(self.targets) > 1:
            self.progress.setValue(number)

    def _thread_finished(self) -> None:
        thread = self._thread
        _running.discard(thread)
        self.progress.hide()
        self.progress.deleteLater()
        self.result = ExportResult(
            tuple(thread.written), len(self.targets), thread.cancelled, thread.error
        )
        if thread.crash is not None:
            crash = thread.crash
            sys.excepthook(type(crash), crash, crash.__traceback__)
        else:
            self._tell(self.result)
        self.done.emit(self.result)

    # -- the outcome ---------------------------------------------------------

    def _tell(self, result: ExportResult) -> None:
        box = QMessageBox(self._widget)
        box.setWindowTitle(self.tr("JämDesk"))
        box.setWindowModality(Qt.WindowModality.WindowModal)
        folder = self._folder()
        if result.error is not None:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setText(error_text(result.error))
            if result.written:
                box.setInformativeText(self._kept_text(result, folder))
        elif result.cancelled:
            box.setIcon(QMessageBox.Icon.Information)
            box.setText(
                self.tr("The export was stopped after {written} of {count} documents.").format(
                    written=len(result.written), count=result.total
                )
            )
            if result.written:
                box.setInformativeText(self._kept_text(result, folder))
        else:
            box.setIcon(QMessageBox.Icon.Information)
            box.setText(self._saved_text(result, folder))
            if len(result.written) > 1:
                box.setInformativeText(_names(result.written))
        if len(result.written) == 1 and result.error is None and not result.cancelled:
            self.open_file_button = box.addButton(
                self.tr("&Open file"), QMessageBox.ButtonRole.ActionRole
            )
        if result.written:
            self.open_folder_button = box.addButton(
                self.tr("Open fol&der"), QMessageBox.ButtonRole.ActionRole
            )
        close = box.addButton(self.tr("&Close"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.open_file_button or close)
        box.setEscapeButton(close)
        box.buttonClicked.connect(self._answered)
        box.finished.connect(self._message_closed)
        self.message = box
        box.open()

    def _saved_text(self, result: ExportResult, folder: Path) -> str:
        if len(result.written) == 1:
            return self.tr("Saved {name} in the folder {folder}.").format(
                name=result.written[0].name, folder=folder
            )
        return self.tr("Saved {count} documents in the folder {folder}:").format(
            count=len(result.written), folder=folder
        )

    def _kept_text(self, result: ExportResult, folder: Path) -> str:
        return self.tr(
            "The documents written before are kept in the folder {folder}: {names}"
        ).format(folder=folder, names=_names(result.written))

    def _folder(self) -> Path:
        written = self.result.written if self.result is not None else ()
        paths = written or tuple(path for _document, path in self.targets)
        return paths[0].parent if paths else Path()

    def _answered(self, button: object) -> None:
        result = self.result
        if result is None or not result.written:
            return
        if button is self.open_file_button:
            self.open_url(QUrl.fromLocalFile(str(result.written[0])))
        elif button is self.open_folder_button:
            self.open_url(QUrl.fromLocalFile(str(self._folder())))

    def _message_closed(self) -> None:
        if self.message is not None:
            self.message.deleteLater()
        self.deleteLater()


def _names(paths: Sequence[Path]) -> str:
    """Return the file names, one a line, the list cut short when it is long."""
    names = [path.name for path in paths[:_LISTED_NAMES]]
    more = len(paths) - len(names)
    if more > 0:
        names.append(
            QCoreApplication.translate("ExportRunner", "… and {count} more").format(count=more)
        )
    return "\n".join(names)


def start_export(
    parent: QWidget, targets: Sequence[ExportTarget], template: Path | None = None
) -> ExportRunner:
    """Write ``targets`` on a worker thread with progress; return the runner doing it."""
    runner = ExportRunner(parent, targets, template)
    runner.start()
    return runner
