"""Start the window: the Qt application, the store, and what happens when things go wrong."""

from __future__ import annotations

import contextlib
import logging
import signal
import sys
from collections.abc import Callable, Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from jamdesk.domain.errors import QT_TRANSLATE_NOOP, DomainError
from jamdesk.paths import resources_dir, user_data_dir
from jamdesk.services.container import Services
from jamdesk.store.database import Database, open_database
from jamdesk.store.errors import StoreOpenError
from jamdesk.store.undo import UndoLog
from jamdesk.ui.main_window import MainWindow
from jamdesk.ui.messages import error_text
from jamdesk.ui.operations import Operations
from jamdesk.ui.translation import apply_language, remove_translation

log = logging.getLogger(__name__)

ORGANISATION_NAME = "JamDesk"
APPLICATION_NAME = "JamDesk"
# Shown in window titles; Qt appends it to a title that does not already name it.
DISPLAY_NAME = "JämDesk"

EXIT_CANNOT_OPEN = 2
LOG_FILE_NAME = "jamdesk.log"

# The log file this process writes, once start_log_file has opened it.
_log_path: Path | None = None


def run_gui(db: Path, *, is_default: bool, build_services: Callable[[Database], Services]) -> int:
    """Open the store ``db`` in the main window; return the exit status."""
    app = application()
    start_log_file()
    translator = apply_language(app)
    previous_hook = sys.excepthook
    sys.excepthook = report_unexpected_error
    try:
        try:
            database = open_store(db, is_default=is_default)
        except DomainError as error:
            log.warning("cannot open %s: %s", db, error.message)
            QMessageBox.critical(
                None,
                QCoreApplication.translate("Application", "JämDesk cannot open the store"),
                error_text(error),
            )
            return EXIT_CANNOT_OPEN
        try:
            operations = Operations(UndoLog(database))
            window = MainWindow(build_services(database), operations)
            window.show()
            window.set_up_if_new()
            with closing_on_signals(window):
                return app.exec()
        finally:
            database.close()
    finally:
        sys.excepthook = previous_hook
        if translator is not None:
            remove_translation(app, translator)


def application() -> QApplication:
    """Return the running QApplication (creating it if need be), named for QSettings."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION_NAME)
    app.setApplicationName(APPLICATION_NAME)
    app.setApplicationDisplayName(DISPLAY_NAME)
    icon = resources_dir() / "icons" / "jamdesk.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def start_log_file() -> Path | None:
    """Also write the log to a file in the user's data folder; return its path.

    A window started from the desktop has no terminal, so the file is where an
    unexpected error's details can be found afterwards.
    """
    global _log_path
    if _log_path is not None:
        return _log_path
    path = user_data_dir() / LOG_FILE_NAME
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError as exc:
        log.warning("cannot write the log file %s: %s", path, exc)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    _log_path = path
    return path


@contextlib.contextmanager
def closing_on_signals(window: MainWindow) -> Iterator[None]:
    """Close the window, saving its settings, on Ctrl+C or a polite kill from a terminal."""
    # Python runs its signal handlers only when it gets control back from Qt's event
    # loop; a timer that does nothing gives it that chance four times a second.
    wake = QTimer()
    wake.timeout.connect(lambda: None)
    wake.start(250)
    previous = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
    for number in previous:
        signal.signal(number, lambda _number, _frame: window.close())
    try:
        yield
    finally:
        wake.stop()
        for number, handler in previous.items():
            signal.signal(number, handler if handler is not None else signal.SIG_DFL)


def open_store(db: Path, *, is_default: bool) -> Database:
    """Open the store; the default store's folder is created first, private to the user."""
    if is_default:
        folder = db.parent
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreOpenError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "JämDesk could not create its folder {folder}: {reason}. "
                    "Check that you may write there, or start JämDesk with --db FILE.",
                ),
                folder=str(folder),
                reason=exc.strerror or str(exc),
            ) from exc
    return open_database(db)


def report_unexpected_error(
    kind: type[BaseException], error: BaseException, traceback: TracebackType | None
) -> None:
    """Log an uncaught exception with its traceback and tell the user briefly."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, traceback)
        return
    if isinstance(error, DomainError):
        # The user's environment (a full disk, a locked file): say what to do.
        log.warning("%s", error.message, exc_info=(kind, error, traceback))
        text = error_text(error)
    else:
        log.error("unexpected error", exc_info=(kind, error, traceback))
        # Spelt out (not behind a helper) so that Qt Linguist's lupdate finds the text.
        text = QCoreApplication.translate(
            "Application",
            "Something went wrong inside JämDesk: {error}\n\n"
            "What you saved before is kept. The details were written to {log}; "
            "please pass them on to whoever supports JämDesk.",
        ).format(
            error=f"{kind.__name__}: {error}",
            log=_log_path
            if _log_path is not None
            else QCoreApplication.translate("Application", "the terminal output"),
        )
    if QApplication.instance() is None:
        return
    try:
        QMessageBox.critical(None, QCoreApplication.translate("Application", "JämDesk"), text)
    except Exception:  # never let the error report itself crash the window
        log.exception("could not show the error message")
