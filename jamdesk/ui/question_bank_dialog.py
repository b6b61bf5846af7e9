"""The question bank's editor (Tools → Question bank), and its pick mode for an agenda."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
)
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jamdesk.domain.errors import QT_TRANSLATE_NOOP, DomainError
from jamdesk.domain.goals import Goal
from jamdesk.domain.meetings import MEETING_KIND_LABELS, MeetingKind
from jamdesk.domain.question_bank import METHOD_STEP_LABELS, MethodStep, QuestionBankEntry
from jamdesk.services.agenda_proposals import shortened
from jamdesk.services.changes import Outcome, RecordKind
from jamdesk.ui.actions import ACTIONS, ActionId
from jamdesk.ui.empty_state import EmptyState
from jamdesk.ui.form import Form
from jamdesk.ui.messages import error_text, label, show_error
from jamdesk.ui.page import PageContext
from jamdesk.ui.paged_model import COLUMN_CONTEXT

T = TypeVar("T")

EntryIdRole = Qt.ItemDataRole.UserRole + 1
GEOMETRY_KEY = "questionBankDialog/geometry"
COLUMNS_KEY = "questionBankDialog/columnWidths"

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_BANK_KINDS = frozenset({RecordKind.QUESTION_BANK, RecordKind.GOAL})


class BankColumn:
    TEXT = 0
    STEP = 1
    KINDS = 2
    GOALS = 3
    IN_USE = 4


_TITLES = (
    QT_TRANSLATE_NOOP("Columns", "Question"),
    QT_TRANSLATE_NOOP("Columns", "3R/4R step"),
    QT_TRANSLATE_NOOP("Columns", "Meeting kinds"),
    QT_TRANSLATE_NOOP("Columns", "Goals"),
    QT_TRANSLATE_NOOP("Columns", "In use"),
)


def _goal_name(goal: Goal) -> str:
    return f"{goal.code} {goal.title}" if goal.code else goal.title


class QuestionBankModel(QAbstractTableModel):
    """The bank's entries, as the filters let them through; retired ones greyed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[QuestionBankEntry] = []
        self._goal_names: dict[int, str] = {}

    def set_entries(self, entries: Sequence[QuestionBankEntry], goal_names: dict[int, str]) -> None:
        """Show ``entries``; goals are named from ``goal_names``."""
        self.beginResetModel()
        self._entries = list(entries)
        self._goal_names = dict(goal_names)
        self.endResetModel()

    def entry(self, row: int) -> QuestionBankEntry:
        """Return the entry on ``row``."""
        return self._entries[row]

    def row_of(self, entry_id: int) -> int | None:
        """Return the row showing the entry ``entry_id``, or None."""
        for row, entry in enumerate(self._entries):
            if entry.id == entry_id:
                return row
        return None

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(_TITLES)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(entry, index.column())
        if role == EntryIdRole:
            return entry.id
        if not entry.active and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _text(self, entry: QuestionBankEntry, column: int) -> str:
        if column == BankColumn.TEXT:
            return entry.text
        if column == BankColumn.STEP:
            return "" if entry.method_step is None else label(METHOD_STEP_LABELS[entry.method_step])
        if column == BankColumn.KINDS:
            return ", ".join(label(MEETING_KIND_LABELS[kind]) for kind in entry.meeting_kinds)
        if column == BankColumn.GOALS:
            return "; ".join(self._goal_names.get(goal_id, "?") for goal_id in entry.goal_ids)
        yes = QCoreApplication.translate("QuestionBankDialog", "Yes")
        return yes if entry.active else QCoreApplication.translate("QuestionBankDialog", "No")

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(_TITLES)
        ):
            return QCoreApplication.translate(COLUMN_CONTEXT, _TITLES[section])
        return None


class QuestionBankEntryDialog(QDialog):
    """Write a question for the bank, or change one: text, 3R/4R step, meeting kinds, goals."""

    def __init__(
        self,
        context: PageContext,
        entry: QuestionBankEntry | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._entry = entry
        self.saved_entry_id: int | None = None
        self.setWindowTitle(
            self.tr("New question for the bank") if entry is None else self.tr("Bank question")
        )
        self.form = Form(self)
        self.text = QLineEdit(entry.text if entry is not None else "")
        self.text.setPlaceholderText(
            self.tr("e.g. Hur fördelas resurserna mellan kvinnor och män?")
        )
        self.text.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 40))
        self.step = QComboBox()
        self.step.addItem(self.tr("No step"), "")
        for step in MethodStep:
            self.step.addItem(label(METHOD_STEP_LABELS[step]), step.value)
        current = "" if entry is None or entry.method_step is None else entry.method_step.value
        self.step.setCurrentIndex(self.step.findData(current))
        self.kinds: dict[MeetingKind, QCheckBox] = {}
        kinds_box = QWidget()
        grid = QGridLayout(kinds_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for number, kind in enumerate(MeetingKind):
            box = QCheckBox(label(MEETING_KIND_LABELS[kind]))
            box.setChecked(entry is not None and kind in entry.meeting_kinds)
            self.kinds[kind] = box
            grid.addWidget(box, number // 2, number % 2)
        self.goals = QListWidget()
        self.goals.setUniformItemSizes(True)
        self.goals.setMaximumHeight(self.fontMetrics().height() * 9)
        tagged = set(entry.goal_ids) if entry is not None else set()
        offered = context.services.goals.list_goals(include_inactive=True)
        for goal in offered:
            if not goal.active and goal.id not in tagged:
                continue
            item = QListWidgetItem(_goal_name(goal))
            item.setData(Qt.ItemDataRole.UserRole, goal.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = goal.id in tagged
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.goals.addItem(item)

        self.form.add_row(self.tr("&Question:"), self.text, "text")
        self.form.add_row(self.tr("3R/4R &step:"), self.step, "method_step")
        self.form.add_row(self.tr("Suits &meetings:"), kinds_box, "meeting_kinds")
        self.form.add_row(self.tr("&Goals:"), self.goals, "goal_ids")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.text.setFocus()

    def set_kinds(self, kinds: Sequence[MeetingKind]) -> None:
        """Tick exactly ``kinds`` among the meeting kinds."""
        for kind, box in self.kinds.items():
            box.setChecked(kind in kinds)

    def set_goals(self, goal_ids: Sequence[int]) -> None:
        """Tick exactly ``goal_ids`` among the goals offered."""
        for row in range(self.goals.count()):
            item = self.goals.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) in goal_ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def entry(self) -> QuestionBankEntry:
        """Return the entry as the fields describe it (not yet validated)."""
        step = self.step.currentData()
        goal_ids = [
            int(self.goals.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.goals.count())
            if self.goals.item(row).checkState() == Qt.CheckState.Checked
        ]
        old = self._entry
        return QuestionBankEntry(
            text=self.text.text(),
            meeting_kinds=tuple(kind for kind, box in self.kinds.items() if box.isChecked()),
            method_step=MethodStep(step) if step else None,
            goal_ids=tuple(goal_ids),
            active=True if old is None else old.active,
            sort_order=0 if old is None else old.sort_order,
            id=None if old is None else old.id,
        )

    def accept(self) -> None:
        """Save through the bank's service; on a refusal, say why by the field and stay open."""
        self.form.clear_errors()
        entry = self.entry()
        bank = self._context.services.question_bank
        try:
            if entry.id is None:
                saved = self._context.operations.run(
                    self.tr("add bank question"), lambda: bank.create(entry)
                )
            else:
                saved = self._context.operations.run(
                    self.tr("change bank question"), lambda: bank.update(entry)
                )
        except DomainError as error:
            self.form.show_error(error)
            return
        self.saved_entry_id = saved.id
        super().accept()


class QuestionBankDialog(QDialog):
    """Keep the question bank; in pick mode, choose questions for one meeting's agenda."""

    def __init__(
        self,
        context: PageContext,
        parent: QWidget | None = None,
        *,
        pick_for_meeting: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = pick_for_meeting
        self.pick_mode = pick_for_meeting is not None
        self.entry_dialog: QuestionBankEntryDialog | None = None
        self.added_item_ids: list[int] = []
        self.setWindowTitle(
            self.tr("Add questions from the bank") if self.pick_mode else self.tr("Question bank")
        )
        self.model = QuestionBankModel(self)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("Any kind of meeting"), "")
        for kind in MeetingKind:
            self.kind_filter.addItem(label(MEETING_KIND_LABELS[kind]), kind.value)
        self.step_filter = QComboBox()
        self.step_filter.addItem(self.tr("Any 3R/4R step"), "")
        for step in MethodStep:
            self.step_filter.addItem(label(METHOD_STEP_LABELS[step]), step.value)
        self.goal_filter = QComboBox()
        # Goal titles are long; the list opens wide, the closed box stays narrow.
        for combo in (self.kind_filter, self.step_filter, self.goal_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        self.show_inactive = QCheckBox(self.tr("Show &retired questions"))
        self.show_inactive.setVisible(not self.pick_mode)
        if pick_for_meeting is not None:
            kind = context.services.meetings.get(pick_for_meeting).kind
            self.kind_filter.setCurrentIndex(self.kind_filter.findData(kind.value))
        self.table = self._build_table()
        self.list_state = EmptyState(self.table, "")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()

        self.new_button = QPushButton(self.tr("&New…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.active_button = QPushButton(self.tr("Re&tire"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.new_button.clicked.connect(self.new_entry)
        self.edit_button.clicked.connect(self.edit_entry)
        self.active_button.clicked.connect(self.toggle_active)
        self.delete_button.clicked.connect(self.delete_entry)
        self.buttons = self._build_buttons()

        layout = QVBoxLayout(self)
        layout.addLayout(self._filters_row())
        layout.addWidget(self.show_inactive)
        layout.addWidget(self.list_state, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self._load_goal_filter()
        for combo in (self.kind_filter, self.step_filter, self.goal_filter):
            combo.currentIndexChanged.connect(lambda _index: self.reload())
        self.show_inactive.toggled.connect(lambda _on: self.reload())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.activated.connect(lambda _index: self._activated())
        context.operations.changed.connect(self.refresh)
        self._add_shortcuts()
        self.reload()
        self._restore_settings()
        self.table.setFocus()

    # -- reading ---------------------------------------------------------------

    def refresh(self, changed: frozenset[RecordKind]) -> None:
        """Read the bank again if ``changed`` (empty: anything) concerns it."""
        if not changed or changed & _BANK_KINDS:
            if RecordKind.GOAL in changed or not changed:
                self._load_goal_filter()
            self.reload()

    def reload(self) -> None:
        """Read the entries the filters let through, keeping the selection where it can."""
        selected = self.selected_ids()
        kind = self.kind_filter.currentData()
        step = self.step_filter.currentData()
        goal = self.goal_filter.currentData()
        entries = self.context.services.question_bank.entries(
            meeting_kind=MeetingKind(kind) if kind else None,
            method_step=MethodStep(step) if step else None,
            goal_id=goal if isinstance(goal, int) and goal > 0 else None,
            include_inactive=self.show_inactive.isChecked() and not self.pick_mode,
        )
        names = {
            goal.id: _goal_name(goal)
            for goal in self.context.services.goals.list_goals(include_inactive=True)
            if goal.id is not None
        }
        self.model.set_entries(entries, names)
        self.table.setColumnHidden(BankColumn.IN_USE, not self.show_inactive.isChecked())
        filtered = bool(kind or step or (isinstance(goal, int) and goal > 0))
        self.list_state.set_message(
            self.tr("No questions in the bank match the filters — try another kind, step or goal.")
            if filtered
            else self.tr("The question bank is empty — add the first question with New.")
        )
        self.list_state.set_empty(not entries)
        for entry_id in selected:
            self.select_entry(entry_id, keep=True)
        self._update_buttons()

    def selected_ids(self) -> list[int]:
        """Return the ids of the selected entries, top to bottom."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [entry_id for row in rows if (entry_id := self.model.entry(row).id) is not None]

    def select_entry(self, entry_id: int, keep: bool = False) -> None:
        """Select the entry ``entry_id`` (adding it to the selection with ``keep``)."""
        row = self.model.row_of(entry_id)
        if row is None:
            return
        selection = self.table.selectionModel()
        flags = selection.SelectionFlag.Rows | (
            selection.SelectionFlag.Select if keep else selection.SelectionFlag.ClearAndSelect
        )
        index = self.model.index(row, 0)
        selection.select(index, flags)
        selection.setCurrentIndex(index, selection.SelectionFlag.NoUpdate)
        self.table.scrollTo(index)

    # -- keeping the bank ------------------------------------------------------

    def new_entry(self) -> QuestionBankEntryDialog:
        """Open the editor for a new question, tagged with the kind filtered on."""
        dialog = QuestionBankEntryDialog(self.context, None, self)
        kind = self.kind_filter.currentData()
        if kind:
            dialog.set_kinds([MeetingKind(kind)])
        step = self.step_filter.currentData()
        if step:
            dialog.step.setCurrentIndex(dialog.step.findData(step))
        return self._open_entry_dialog(dialog)

    def edit_entry(self) -> QuestionBankEntryDialog | None:
        """Open the editor for the selected question."""
        entry = self._single_selected()
        if entry is None:
            return None
        return self._open_entry_dialog(QuestionBankEntryDialog(self.context, entry, self))

    def toggle_active(self) -> None:
        """Retire the selected question from the agendas' picks, or offer it again."""
        entry = self._single_selected()
        if entry is None or entry.id is None:
            return
        entry_id, active = entry.id, not entry.active
        description = self.tr("offer bank question") if active else self.tr("retire bank question")
        bank = self.context.services.question_bank
        if self._run(description, lambda: bank.set_active(entry_id, active)):
            self.select_entry(entry_id)

    def delete_entry(self) -> None:
        """Delete the selected question for good, once the user confirms."""
        entry = self._single_selected()
        if entry is None or entry.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete bank question"),
            self.tr(
                "Delete “{text}” from the question bank? Agendas it was added to keep their "
                "items. To keep it out of the way without deleting it, retire it instead."
            ).format(text=shortened(entry.text, 80)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            entry_id = entry.id
            bank = self.context.services.question_bank
            self._run(self.tr("delete bank question"), lambda: bank.delete(entry_id))

    # -- pick mode -------------------------------------------------------------

    def accept(self) -> None:
        """In pick mode, add the selected questions to the agenda; stay open if refused."""
        if not self.pick_mode or self.meeting_id is None:
            super().accept()
            return
        self.error.hide()
        meeting_id, entry_ids = self.meeting_id, self.selected_ids()
        bank = self.context.services.question_bank
        try:
            added = self.context.operations.run(
                self.tr("add questions from the bank"),
                lambda: bank.add_to_agenda(meeting_id, entry_ids),
            )
        except DomainError as error:
            self.error.setText(error_text(error))
            self.error.show()
            self.table.setFocus()
            return
        self.added_item_ids = [item.id for item in added if item.id is not None]
        super().accept()

    def done(self, result: int) -> None:
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)

    # -- inside ----------------------------------------------------------------

    def _run(self, description: str, use_case: Callable[[], Outcome[T]]) -> bool:
        try:
            self.context.operations.run(description, use_case)
        except DomainError as error:
            show_error(self, error)
            return False
        return True

    def _single_selected(self) -> QuestionBankEntry | None:
        index = self.table.currentIndex()
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else (index.row() if index.isValid() else None)
        return None if row is None else self.model.entry(row)

    def _open_entry_dialog(self, dialog: QuestionBankEntryDialog) -> QuestionBankEntryDialog:
        self.entry_dialog = dialog

        def saved() -> None:
            if dialog.saved_entry_id is not None:
                self.select_entry(dialog.saved_entry_id)

        dialog.accepted.connect(saved)
        dialog.open()
        return dialog

    def _activated(self) -> None:
        if self.pick_mode:
            self.accept()
        else:
            self.edit_entry()

    def _load_goal_filter(self) -> None:
        chosen = self.goal_filter.currentData()
        self.goal_filter.blockSignals(True)
        self.goal_filter.clear()
        self.goal_filter.addItem(self.tr("Any goal"), 0)
        for goal in self.context.services.goals.list_goals():
            self.goal_filter.addItem(_goal_name(goal), goal.id)
        found = self.goal_filter.findData(chosen) if chosen is not None else -1
        self.goal_filter.setCurrentIndex(max(found, 0))
        self.goal_filter.blockSignals(False)

    def _update_buttons(self) -> None:
        entry = self._single_selected()
        for button in (self.edit_button, self.active_button, self.delete_button):
            button.setEnabled(entry is not None)
        self.active_button.setText(
            self.tr("Re&tire") if entry is None or entry.active else self.tr("Of&fer again")
        )
        if self.pick_mode:
            add = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
            add.setEnabled(bool(self.selected_ids()))

    def _filters_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for caption, combo in (
            (self.tr("&Meeting:"), self.kind_filter),
            (self.tr("3R/4R &step:"), self.step_filter),
            (self.tr("&Goal:"), self.goal_filter),
        ):
            text = QLabel(caption)
            text.setBuddy(combo)
            row.addWidget(text)
            row.addWidget(combo, 1)
        return row

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Questions in the bank"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
            if self.pick_mode
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setCornerButtonEnabled(False)
        table.setAlternatingRowColors(True)
        rows = table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        columns = table.horizontalHeader()
        columns.setStretchLastSection(True)
        columns.setHighlightSections(False)
        metrics = table.fontMetrics()
        table.setColumnWidth(BankColumn.TEXT, metrics.horizontalAdvance("M" * 34))
        steps = [label(text) for text in METHOD_STEP_LABELS.values()]
        table.setColumnWidth(
            BankColumn.STEP, max(metrics.horizontalAdvance(step) for step in steps) + 24
        )
        table.setColumnWidth(BankColumn.KINDS, metrics.horizontalAdvance("M" * 16))
        return table

    def _build_buttons(self) -> QDialogButtonBox:
        if self.pick_mode:
            box = QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
            )
            box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add to the agenda"))
            box.accepted.connect(self.accept)
            box.rejected.connect(self.reject)
            for button in (
                self.new_button,
                self.edit_button,
                self.active_button,
                self.delete_button,
            ):
                button.hide()
            return box
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        box.rejected.connect(self.reject)
        for button in (self.new_button, self.edit_button, self.active_button, self.delete_button):
            box.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setAutoDefault(False)
        return box

    def _add_shortcuts(self) -> None:
        if self.pick_mode:
            return
        # The window's menus are out of reach behind a modal dialog: the same keys here.
        for action_id, slot in (
            (ActionId.NEW_RECORD, self.new_entry),
            (ActionId.EDIT_RECORD, self.edit_entry),
            (ActionId.DELETE_RECORD, self.delete_entry),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(ACTIONS[action_id].shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            self.addAction(action)

    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(900, 520)
        stored = settings.value(COLUMNS_KEY, "")
        if isinstance(stored, str) and stored:
            try:
                widths = [int(part) for part in stored.split(",")]
            except ValueError:
                widths = []
            for column, width in enumerate(widths[: len(_TITLES) - 1]):
                if width > 0:
                    self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().sectionResized.connect(self._save_columns)

    def _save_columns(self) -> None:
        header = self.table.horizontalHeader()
        widths = [header.sectionSize(column) for column in range(header.count())]
        QSettings().setValue(COLUMNS_KEY, ",".join(str(width) for width in widths))
