"""A register's table, and the page built on one.

``RegisterTable`` (a sortable SQL-paged table with its empty-state hint, remembered
column widths and selection by record id) and ``RegisterModel`` (rows that may be
drawn muted) are shared by the Boards, People, Goals and Reviews pages; ``RegisterPage``
is the page contract those registers share: New, Edit (and Delete where a register
allows it) on the selected row, an editor that selects what it saved, and filters
lifted to show a record asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jamdesk.services.changes import RecordKind, RecordRef
from jamdesk.ui.actions import ActionId
from jamdesk.ui.empty_state import EmptyState
from jamdesk.ui.page import Page, PageContext
from jamdesk.ui.paged_model import Column, PagedTableModel, RowSource
from jamdesk.ui.register_fields import RecordDialog, Stored, open_editor

R = TypeVar("R")
S = TypeVar("S", bound=Stored)

_Index = QModelIndex | QPersistentModelIndex


class RegisterModel(PagedTableModel[R]):
    """A paged table whose rows may be drawn muted: ceased boards, retired goals."""

    def __init__(
        self,
        source: RowSource[R],
        columns: Sequence[Column[R]],
        row_id: Callable[[R], int],
        *,
        sort: str,
        descending: bool = False,
        muted: Callable[[R], bool] | None = None,
        emphasis: Callable[[R], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        self._muted = muted
        super().__init__(
            source,
            columns,
            row_id,
            sort=sort,
            descending=descending,
            emphasis=emphasis,
            parent=parent,
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and self._muted is not None
            and index.isValid()
            and 0 <= index.row() < self.rowCount()
            and self._muted(self.row(index.row()))
        ):
            colour = QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
            return QBrush(colour)
        return super().data(index, role)


class RegisterTable(QWidget):
    """A register's table: sorted and paged in SQL, a hint when empty, widths remembered."""

    activated = Signal(int)  # the record id of the row Enter or a double click chose
    current_changed = Signal()

    def __init__(
        self,
        model: PagedTableModel[Any],
        *,
        name: str,
        settings_key: str,
        empty_message: str,
        width_samples: Mapping[int, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.settings_key = settings_key
        self.view = QTableView(self)
        self.view.setModel(model)
        self.view.setAccessibleName(name)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setCornerButtonEnabled(False)
        rows = self.view.verticalHeader()
        rows.setVisible(False)
        # Uniform row heights keep long lists as fast to scroll as short ones.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        metrics = self.view.fontMetrics()
        for column, sample in (width_samples or {}).items():
            self.view.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)
        self._restore_widths()
        # The indicator first: enabling sorting sorts by it, and it must show the model's order.
        descending = model.sort_key()[1]
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(model.column_of_sort(), order)
        self.view.setSortingEnabled(True)
        header.sectionResized.connect(self._save_widths)

        self.empty = EmptyState(self.view, empty_message, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)

        model.modelReset.connect(self._update_empty)
        model.rowsInserted.connect(self._update_empty)
        self.view.activated.connect(self._activate)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.current_changed.emit())
        self._update_empty()

    # -- selection -----------------------------------------------------------

    def current_id(self) -> int | None:
        """Return the record id of the current row, or None."""
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.record_id(index.row())

    def select(self, record_id: int) -> bool:
        """Make the row of ``record_id`` current (paging it in if need be); True if shown."""
        row = self.model.row_of(record_id)
        while row is None and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(record_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def reload(self) -> None:
        """Read the rows again, keeping the current record selected if it is still listed."""
        current = self.current_id()
        self.model.refresh()
        if current is not None:
            self.select(current)
        self.current_changed.emit()

    # -- empty state ---------------------------------------------------------

    def showing_empty_state(self) -> bool:
        """Return whether the hint is shown instead of the table."""
        return self.empty.showing_empty_state()

    def set_empty_message(self, message: str) -> None:
        """Change the hint, for instance when a filter rather than the store is empty."""
        self.empty.set_message(message)

    def _update_empty(self) -> None:
        self.empty.set_empty(self.model.total_count() == 0)

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated.emit(self.model.record_id(index.row()))

    # -- column widths -------------------------------------------------------

    def _key(self) -> str:
        return f"{self.settings_key}/columnWidths"

    def _save_widths(self) -> None:
        header = self.view.horizontalHeader()
        widths = [header.sectionSize(column) for column in range(header.count())]
        QSettings().setValue(self._key(), ",".join(str(width) for width in widths))

    def _restore_widths(self) -> None:
        stored = QSettings().value(self._key(), "")
        if not isinstance(stored, str) or not stored:
            return
        try:
            widths = [int(part) for part in stored.split(",")]
        except ValueError:
            return
        # The last column stretches to the window, so its stored width means nothing.
        for column, width in enumerate(widths[: self.model.columnCount() - 1]):
            if width > 0:
                self.view.setColumnWidth(column, width)


def selected_actions(table: RegisterTable, *with_selection: ActionId) -> frozenset[ActionId]:
    """Return NEW_RECORD, plus ``with_selection`` when the table has a current row."""
    actions = {ActionId.NEW_RECORD}
    if table.current_id() is not None:
        actions.update(with_selection)
    return frozenset(actions)


def first_line(text: str) -> str:
    """Return the first line of ``text``, for a cell one line high."""
    return text.strip().splitlines()[0] if text.strip() else ""


def tell_window_actions_changed(widget: QWidget) -> None:
    """Ask the window (if there is one) to enable the actions the page supports now.

    Never call it while the page is being built: the window builds pages on demand,
    and would build this one again.
    """
    refresh = getattr(widget.window(), "refresh_page_actions", None)
    if callable(refresh):
        refresh()


class CountsAll(Protocol):
    """A register's row source, which can tell whether the store holds any record at all."""

    def count_all(self) -> int: ...


class RegisterPage(Page, Generic[S]):
    """A page (or a tab) over one register table: New, Edit and Delete on its current row.

    A subclass sets ``source`` and ``table``, says which record kind it holds, fills in
    the hooks (how to load a record and edit it, the filters lifted to show a record, the
    empty messages) and ends its set-up with ``lay_out``.
    """

    record_kind: ClassVar[RecordKind]
    # The actions a selected row adds to NEW_RECORD; registers that keep their history
    # (boards, people, goals) retire records rather than delete them.
    selection_actions: ClassVar[tuple[ActionId, ...]] = (ActionId.EDIT_RECORD,)
    source: CountsAll
    table: RegisterTable

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.dialog: QDialog | None = None  # the editor opened last, kept for the tests

    def lay_out(self, buttons: Sequence[QWidget], filters: Sequence[QWidget] = ()) -> None:
        """Set a bar (``buttons`` left, ``filters`` right) over the table, and wire the table."""
        bar = QHBoxLayout()
        for widget in buttons:
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in filters:
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.table.activated.connect(self.edit_record)
        self.table.current_changed.connect(self._selection_changed)
        self.update_empty_message()
        self.update_buttons()

    # -- the page contract ---------------------------------------------------

    def supported_actions(self) -> frozenset[ActionId]:
        """New always; the ``selection_actions`` with a row selected."""
        return selected_actions(self.table, *self.selection_actions)

    def trigger(self, action: ActionId) -> None:
        """Carry out a window action on the register."""
        if action is ActionId.NEW_RECORD:
            self.new_record()
        elif action is ActionId.EDIT_RECORD:
            self.edit_current()
        elif action is ActionId.DELETE_RECORD:
            self.delete_current()

    def open_record(self, ref: RecordRef) -> bool:
        """Select the record ``ref``, lifting the filters that hide it."""
        if ref.kind is not self.record_kind:
            return False
        if self.table.select(ref.id):
            return True
        self.show_everything()
        return self.table.select(ref.id)

    def showing_empty_state(self) -> bool:
        """Return whether the page shows its hint instead of the table."""
        return self.table.showing_empty_state()

    # -- hooks ---------------------------------------------------------------

    def load_record(self, record_id: int) -> S | None:
        """Return the stored record ``record_id``, or None."""
        raise NotImplementedError

    def make_editor(self, record: S | None) -> RecordDialog[S]:
        """Return the editor on ``record``, or on a new record for None."""
        raise NotImplementedError

    def delete_record(self, record_id: int) -> bool:
        """Delete the record ``record_id`` once the user confirms; return whether it went."""
        del record_id
        return False

    def show_everything(self) -> None:
        """Lift the filters, so that every record of the register is listed."""

    def store_empty_message(self) -> str:
        """Return the hint shown while the store holds no record of the register."""
        raise NotImplementedError

    def filtered_empty_message(self) -> str:
        """Return the hint shown while the filters hide every record."""
        return self.store_empty_message()

    def update_buttons(self) -> None:
        """Enable the page's buttons for the row selected now."""

    # -- commands ------------------------------------------------------------

    def new_record(self) -> RecordDialog[S]:
        """Open the editor for a new record."""
        return self._open_editor(None)

    def edit_record(self, record_id: int) -> RecordDialog[S] | None:
        """Open the editor on the record ``record_id``; None if there is no such record."""
        record = self.load_record(record_id)
        return None if record is None else self._open_editor(record)

    def edit_current(self) -> RecordDialog[S] | None:
        """Open the editor on the selected record."""
        record_id = self.table.current_id()
        return None if record_id is None else self.edit_record(record_id)

    def delete_current(self) -> bool:
        """Delete the selected record once the user confirms."""
        record_id = self.table.current_id()
        return record_id is not None and self.delete_record(record_id)

    def _open_editor(self, record: S | None) -> RecordDialog[S]:
        dialog = self.make_editor(record)
        self.open_dialog(dialog)
        return dialog

    def open_dialog(self, dialog: RecordDialog[S]) -> None:
        """Open ``dialog`` without blocking; select what it saves."""
        self.dialog = dialog
        open_editor(dialog, self.show_saved)

    def show_saved(self, record: S) -> None:
        """Select the record just saved, lifting the filters if they hide it."""
        if record.id is not None and not self.table.select(record.id):
            self.show_everything()
            self.table.select(record.id)

    def reload(self) -> None:
        """Read the rows again (the filters may have changed) and say why none are left."""
        self.table.reload()
        self.update_empty_message()

    def update_empty_message(self) -> None:
        """Say why the table is empty: nothing stored yet, or the filters hide it all."""
        if self.source.count_all() == 0:
            self.table.set_empty_message(self.store_empty_message())
        else:
            self.table.set_empty_message(self.filtered_empty_message())

    def _selection_changed(self) -> None:
        self.update_buttons()
        tell_window_actions_changed(self)
