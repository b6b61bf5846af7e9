"""The questions an export asks: where to save, whether to replace, and what to report on.

The file and folder choices start in the folder the secretary exported to last (kept in
QSettings), suggesting the registry's own file name. The report and briefing dialogs read
their document through a function they are given when the user accepts, and stay open
showing the error next to the field when the reading refuses the choice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QInputDialog,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from jamdesk.domain.errors import QT_TRANSLATE_NOOP, DomainError
from jamdesk.ui.form import Form, date_edit, date_of
from jamdesk.ui.page import PageContext

LAST_FOLDER_KEY = "export/lastFolder"
WORD_SUFFIX = ".docx"

T = TypeVar("T")


_NO_SUBJECT = QT_TRANSLATE_NOOP(
    "DomainError", "Choose the board or the goal the report follows up."
)
_NO_BOARD = QT_TRANSLATE_NOOP("DomainError", "Choose the board the briefing is about.")
# How many file names a question lists before it says "and N more".
_LISTED_NAMES = 12


# -- where to save ----------------------------------------------------------------------


def last_export_folder() -> Path:
    """Return the folder exported to last, else the user's documents folder."""
    stored = QSettings().value(LAST_FOLDER_KEY, "")
    if isinstance(stored, str) and stored and Path(stored).is_dir():
        return Path(stored)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_export_folder(folder: Path) -> None:
    """Start the next export's file or folder choice in ``folder``."""
    QSettings().setValue(LAST_FOLDER_KEY, str(folder))


def choose_file(parent: QWidget | None, suggested_name: str) -> Path | None:
    """Ask where to save one document, suggesting ``suggested_name``; None if cancelled."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ExportDialogs", "Export document"),
        str(last_export_folder() / suggested_name),
        QCoreApplication.translate("ExportDialogs", "Word documents (*.docx)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != WORD_SUFFIX:
        # The dialog asked about replacing the name typed, not the one with the suffix.
        path = path.with_name(path.name + WORD_SUFFIX)
        if path.exists() and not confirm_replace(parent, path.parent, [path]):
            return None
    remember_export_folder(path.parent)
    return path


def choose_folder(parent: QWidget | None) -> Path | None:
    """Ask for the folder the registry's documents go to; None if cancelled."""
    chosen = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("ExportDialogs", "Export for the registry: choose a folder"),
        str(last_export_folder()),
    )
    if not chosen:
        return None
    folder = Path(chosen)
    remember_export_folder(folder)
    return folder


def confirm_replace(parent: QWidget | None, folder: Path, existing: Sequence[Path]) -> bool:
    """Ask whether to replace the files ``existing`` in ``folder``, naming how many."""
    names = "\n".join(path.name for path in existing[:_LISTED_NAMES])
    if len(existing) > _LISTED_NAMES:
        names += "\n" + QCoreApplication.translate("ExportDialogs", "… and {count} more").format(
            count=len(existing) - _LISTED_NAMES
        )
    # A plain name as the count: lupdate skips a translate() whose count is a call.
    count = len(existing)
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ExportDialogs", "Replace files?"),
        QCoreApplication.translate(
            "ExportDialogs",
            "The folder {folder} already holds %n of these documents. Replace them?\n\n{names}",
            None,
            count,
        ).format(folder=folder, names=names),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def choose_among(parent: QWidget | None, title: str, question: str, items: list[str]) -> int | None:
    """Ask which of ``items`` to take; return its position, or None if cancelled."""
    chosen, ok = QInputDialog.getItem(parent, title, question, items, 0, False)
    if not ok or chosen not in items:
        return None
    return items.index(chosen)


# -- what to report on ------------------------------------------------------------------


@dataclass(frozen=True)
class ReportOptions:
    """The follow-up report asked for: one board or one goal, a period, public or not."""

    board_id: int | None
    goal_id: int | None
    start: dt.date
    end: dt.date
    public: bool


class _ReadingDialog(QDialog, Generic[T]):
    """A dialog whose accept reads its document, staying open with the error if refused."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.form = Form(self)
        self.prepared: T | None = None
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _finish_layout(self, *extra: QWidget) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        for widget in extra:
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _read(self) -> T:
        raise NotImplementedError

    def accept(self) -> None:
        """Read the document chosen and close, or show why it cannot be read."""
        self.form.clear_errors()
        try:
            self.prepared = self._read()
        except DomainError as error:
            self.form.show_error(error)
            return
        super().accept()


def _fill_boards(box: QComboBox, context: PageContext, chosen: int | None) -> None:
    for board in context.services.boards.list_boards():
        if board.id is not None:
            box.addItem(board.name, board.id)
    box.setCurrentIndex(max(0, box.findData(chosen)))


class ReportDialog(_ReadingDialog[T]):
    """Ask what a follow-up report covers: a board or a goal, a period, public or not."""

    def __init__(
        self,
        context: PageContext,
        read: Callable[[ReportOptions], T],
        *,
        board_id: int | None = None,
        goal_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Follow-up report"))
        self.ok_button.setText(self.tr("&Export…"))
        self._read_report = read
        self.by_board = QRadioButton(self.tr("a &board"), self)
        self.by_goal = QRadioButton(self.tr("a &goal"), self)
        group = QButtonGroup(self)
        group.addButton(self.by_board)
        group.addButton(self.by_goal)
        self.board = QComboBox(self)
        self.board.setAccessibleName(self.tr("Board"))
        _fill_boards(self.board, context, board_id)
        self.goal = QComboBox(self)
        self.goal.setAccessibleName(self.tr("Goal"))
        for goal in context.services.goals.list_goals(include_inactive=True):
            if goal.id is not None:
                self.goal.addItem(f"{goal.code} {goal.title}".strip(), goal.id)
        self.goal.setCurrentIndex(max(0, self.goal.findData(goal_id)))
        for box in (self.board, self.goal):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(28)
        subject = QWidget(self)
        grid = QGridLayout(subject)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.by_board, 0, 0)
        grid.addWidget(self.board, 0, 1)
        grid.addWidget(self.by_goal, 1, 0)
        grid.addWidget(self.goal, 1, 1)
        grid.setColumnStretch(1, 1)

        today = context.today()
        self.start = date_edit(dt.date(today.year, 1, 1), self)
        self.end = date_edit(today, self)
        self.public = QCheckBox(self.tr("&Public version without personal names"), self)

        self.form.add_row(self.tr("Report on:"), subject, "board_id", "goal_id", "scope")
        self.form.add_row(self.tr("&From:"), self.start, "start")
        self.form.add_row(self.tr("&To:"), self.end, "end")
        self._finish_layout(self.public)

        self.by_board.toggled.connect(self._subject_changed)
        self.by_goal.toggled.connect(self._subject_changed)
        on_goal = goal_id is not None and board_id is None and self.goal.count() > 0
        (self.by_goal if on_goal or self.board.count() == 0 else self.by_board).setChecked(True)
        self._subject_changed()
        self.setMinimumWidth(460)

    def options(self) -> ReportOptions:
        """Return the report the dialog asks for."""
        board, goal = self.board.currentData(), self.goal.currentData()
        on_board = self.by_board.isChecked()
        return ReportOptions(
            board_id=board if on_board and isinstance(board, int) else None,
            goal_id=goal if not on_board and isinstance(goal, int) else None,
            start=date_of(self.start),
            end=date_of(self.end),
            public=self.public.isChecked(),
        )

    def _read(self) -> T:
        options = self.options()
        if options.board_id is None and options.goal_id is None:
            raise DomainError(_NO_SUBJECT, field="scope")
        return self._read_report(options)

    def _subject_changed(self) -> None:
        on_board = self.by_board.isChecked()
        self.board.setEnabled(on_board)
        self.goal.setEnabled(not on_board)
        (self.board if on_board else self.goal).setFocus()


class BriefingDialog(_ReadingDialog[T]):
    """Ask which board the chair's briefing is about."""

    def __init__(
        self,
        context: PageContext,
        read: Callable[[int], T],
        *,
        board_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Chair's briefing"))
        self.ok_button.setText(self.tr("&Export…"))
        self._read_briefing = read
        self.board = QComboBox(self)
        active = {board.id for board in context.services.boards.list_boards(context.today())}
        for board in context.services.boards.list_boards():
            # A ceased board stays offered only when it was the one selected.
            if board.id is not None and (board.id in active or board.id == board_id):
                self.board.addItem(board.name, board.id)
        self.board.setCurrentIndex(max(0, self.board.findData(board_id)))
        self.form.add_row(self.tr("&Board:"), self.board, "board_id")
        self._finish_layout()
        self.setMinimumWidth(420)
        self.board.setFocus()

    def board_id(self) -> int | None:
        """Return the board chosen."""
        value = self.board.currentData()
        return value if isinstance(value, int) else None

    def _read(self) -> T:
        board_id = self.board_id()
        if board_id is None:
            raise DomainError(_NO_BOARD, field="board_id")
        return self._read_briefing(board_id)
