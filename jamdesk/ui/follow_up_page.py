"""What the Questions, Commitments and Reporting requests pages share.

A filter bar on top; below it, side by side in a remembered splitter, the list (paged and
sorted in SQL, overdue rows emphasised) and the detail panel of the record chosen: its
full text, its dated history and the chain it belongs to, as links.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from PySide6.QtCore import QByteArray, QCoreApplication, QItemSelection, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jamdesk.domain.errors import DomainError
from jamdesk.services.changes import RecordKind, RecordRef
from jamdesk.store.follow_up_query import FollowUpRows
from jamdesk.ui.actions import ActionId
from jamdesk.ui.empty_state import EmptyState
from jamdesk.ui.follow_up_detail import DetailContent, FollowUpDetail
from jamdesk.ui.follow_up_filters import FollowUpFilterBar
from jamdesk.ui.messages import error_text
from jamdesk.ui.page import Page, PageContext
from jamdesk.ui.paged_model import Column, PagedTableModel


class _Row(Protocol):
    @property
    def id(self) -> int: ...


R = TypeVar("R", bound=_Row)

# A change to any of these may alter a row, a filter's choices or a chain shown.
WATCHED_KINDS = frozenset(
    {
        RecordKind.QUESTION,
        RecordKind.COMMITMENT,
        RecordKind.REQUEST,
        RecordKind.BOARD,
        RecordKind.MEETING,
        RecordKind.AGENDA,
        RecordKind.MINUTES,
        RecordKind.GOAL,
        RecordKind.PERSON,
    }
)

_RECORD_ACTIONS = frozenset({ActionId.EDIT_RECORD, ActionId.CHANGE_STATUS, ActionId.DELETE_RECORD})


class FollowUpPage(Page, Generic[R]):
    """A follow-up list with its filters and the detail of the chosen record."""

    kind: ClassVar[RecordKind]
    settings_key: ClassVar[str]
    due_dates: ClassVar[bool] = True
    # Texts that size the columns before the user has widened any of them.
    width_samples: ClassVar[tuple[str, ...]] = ()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        # Until built, the window must not be asked to look at this page's actions: it
        # would ask for the page it is still building.
        self._built = False
        self._today = context.today()
        self.source: FollowUpRows[R] = self.make_source()
        self.filter_bar = FollowUpFilterBar(
            self.status_options(), due_dates=self.due_dates, parent=self
        )
        self._load_options()
        self.source.filters = self.filter_bar.filters()
        sort, descending = self._stored_sort()
        # The model reads its first page here, the only read while the page is built.
        self.model: PagedTableModel[R] = PagedTableModel(
            self.source,
            self.columns(),
            self.row_id,
            sort=sort,
            descending=descending,
            emphasis=self.emphasised,
            parent=self,
        )
        self.table = self._build_table()
        self.empty_state = EmptyState(self.table, "", self)
        self.detail = FollowUpDetail(self)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #b3261e;")
        self.notice.hide()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.empty_state)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)
        # The editor or status dialog open now, if any (tests drive it without exec()).
        self.dialog: QDialog | None = None
        self.current_id: int | None = None

        self._restore_layout()
        self.filter_bar.changed.connect(self._filters_changed)
        self.model.modelReset.connect(self._model_reset)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _index: self.trigger(ActionId.EDIT_RECORD))
        self.detail.record_link_activated.connect(context.open_record)
        self.table.horizontalHeader().sectionResized.connect(self._save_layout)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._save_layout)
        self.splitter.splitterMoved.connect(self._save_layout)
        self._model_reset()
        self._show(None)
        self._built = True

    # -- what each page says -------------------------------------------------

    def make_source(self) -> FollowUpRows[R]:
        """Return the store query this page lists."""
        raise NotImplementedError

    def columns(self) -> Sequence[Column[R]]:
        """Return the table's columns."""
        raise NotImplementedError

    def default_sort(self) -> tuple[str, bool]:
        """Return the sort key and direction the list starts with."""
        raise NotImplementedError

    def status_options(self) -> list[tuple[str, str]]:
        """Return the statuses the filter offers: value and translated label."""
        raise NotImplementedError

    def row_id(self, row: R) -> int:
        """Return the record id of a row."""
        return row.id

    def emphasised(self, row: R) -> bool:
        """Return whether a row is drawn emphasised (overdue)."""
        del row
        return False

    def empty_store_text(self) -> str:
        """Return the sentence shown when the store holds none of these records."""
        raise NotImplementedError

    def filtered_out_text(self) -> str:
        """Return the sentence shown when the filters hide every record."""
        raise NotImplementedError

    def describe(self, row: R) -> DetailContent:
        """Return the detail panel's content for a row."""
        raise NotImplementedError

    def name_of(self, row: R) -> str:
        """Return how the record is named in a confirmation."""
        raise NotImplementedError

    def edit(self, row: R) -> QDialog | None:
        """Return the editor for a row, or None after saying why it cannot be edited."""
        raise NotImplementedError

    def status_change(self, row: R) -> QDialog | None:
        """Return the dialog that moves a row's status on, or None after saying why not."""
        raise NotImplementedError

    def delete(self, row: R) -> None:
        """Delete the row's record through operations (may raise DomainError)."""
        raise NotImplementedError

    def delete_question_text(self, row: R) -> str:
        """Return the confirmation question for deleting a row."""
        raise NotImplementedError

    # -- the Page interface --------------------------------------------------

    def refresh(self, changed: frozenset[RecordKind] = frozenset()) -> None:
        """Read the list, its choices and the detail again if ``changed`` may concern them."""
        if changed and not changed & WATCHED_KINDS:
            return
        self._load_options()
        self._reload()

    def supported_actions(self) -> frozenset[ActionId]:
        """Return the record actions while a record is chosen."""
        return _RECORD_ACTIONS if self.current_row() is not None else frozenset()

    def trigger(self, action: ActionId) -> None:
        """Edit, change the status of or delete the chosen record."""
        row = self.current_row()
        if row is None or action not in _RECORD_ACTIONS:
            return
        self.hide_notice()
        if action is ActionId.EDIT_RECORD:
            self.show_dialog(self.edit(row))
        elif action is ActionId.CHANGE_STATUS:
            self.show_dialog(self.status_change(row))
        else:
            self._confirm_delete(row)

    def open_record(self, ref: RecordRef) -> bool:
        """Choose and show ``ref``; clear the filters first if they hide it."""
        if ref.kind is not self.kind or self.source.row(ref.id) is None:
            return False
        sort, descending = self.model.sort_key()
        position = self.source.position(ref.id, sort, descending)
        if position is None:
            self.filter_bar.clear()
            position = self.source.position(ref.id, sort, descending)
        self._select(ref.id, position)
        self.table.setFocus()
        return True

    # -- state for tests and the window --------------------------------------

    def selected_board_id(self) -> int | None:
        """Return the board filtered on, else the board of the record chosen (for reports)."""
        board = self.filter_bar.filters().board_id
        if isinstance(board, int):
            return board
        chosen = getattr(self.current_row(), "board_id", None)
        return chosen if isinstance(chosen, int) else None

    def selected_goal_id(self) -> int | None:
        """Return the goal filtered on, if any (for the window's follow-up report)."""
        goal = self.filter_bar.filters().goal_id
        return goal if isinstance(goal, int) else None

    def current_row(self) -> R | None:
        """Return the row of the record shown in the detail panel, or None."""
        return None if self.current_id is None else self.source.row(self.current_id)

    def showing_empty_state(self) -> bool:
        """Return whether the list shows its hint instead of rows."""
        return self.empty_state.showing_empty_state()

    def show_dialog(self, dialog: QDialog | None) -> None:
        """Open ``dialog`` window-modal without blocking, keeping it in ``self.dialog``."""
        if dialog is None:
            return
        self.dialog = dialog
        # Each editor is built for one record: once closed it is of no further use.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def show_notice(self, text: str) -> None:
        """Say above the list why something could not be done."""
        self.notice.setText(text)
        self.notice.show()

    def hide_notice(self) -> None:
        """Take the notice away."""
        self.notice.clear()
        self.notice.hide()

    # -- reading -------------------------------------------------------------

    def _load_options(self) -> None:
        services = self.context.services
        boards = [(b.id, b.name) for b in services.boards.list_boards() if b.id is not None]
        goals = [
            (g.id, f"{g.code} {g.title}".strip())
            for g in services.goals.list_goals(include_inactive=True)
            if g.id is not None
        ]
        self.filter_bar.blockSignals(True)
        try:
            self.filter_bar.set_options(boards, goals, self.source.years())
        finally:
            self.filter_bar.blockSignals(False)

    def _filters_changed(self) -> None:
        self.hide_notice()
        self._reload()

    def _reload(self) -> None:
        """Read the list with the filters chosen, keeping the record shown if it still exists."""
        self._today = self.context.today()
        self.source.as_of = self._today
        self.source.filters = self.filter_bar.filters()
        self.model.refresh()  # _model_reset follows
        self._show(self.current_id)

    def _model_reset(self) -> None:
        """Show the hint if nothing is listed, else select the record shown if it is loaded."""
        empty = self.model.total_count() == 0
        if empty:
            store_empty = self.source.store_is_empty()
            self.empty_state.set_message(
                self.empty_store_text() if store_empty else self.filtered_out_text()
            )
        self.empty_state.set_empty(empty)
        if self.current_id is not None:
            # A new order or filter keeps the choice; no page is fetched just for it.
            row = self.model.row_of(self.current_id)
            if row is not None:
                self._select_row(row)

    def _select(self, record_id: int, position: int | None) -> None:
        """Show ``record_id``; select its row if it is at ``position`` of the list."""
        if position is not None:
            if self.model.rowCount() <= position:
                # One query up to the record, not one per page on the way.
                self.source.minimum_rows = position + 1
                try:
                    while self.model.rowCount() <= position and self.model.canFetchMore():
                        self.model.fetchMore()
                finally:
                    self.source.minimum_rows = 0
            if position < self.model.rowCount():
                self._select_row(position)
        if self.current_id != record_id:  # selecting the row may have shown it already
            self._show(record_id)

    def _select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if rows and self.model.record_id(rows[0].row()) != self.current_id:
            self.hide_notice()
            self._show(self.model.record_id(rows[0].row()))

    def _show(self, record_id: int | None) -> None:
        row = None if record_id is None else self.source.row(record_id)
        self.current_id = None if row is None else record_id
        if row is None:
            self.detail.show_message(
                QCoreApplication.translate(
                    "FollowUpPage", "Choose a record in the list to see it here."
                )
            )
        else:
            self.detail.show_content(self.describe(row))
        refresh_actions = getattr(self.window(), "refresh_page_actions", None)
        if self._built and callable(refresh_actions):
            refresh_actions()

    def today(self) -> dt.date:
        """Return the day the list was last read on (what "overdue" is judged against)."""
        return self._today

    # -- changing ------------------------------------------------------------

    def _confirm_delete(self, row: R) -> None:
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("FollowUpPage", "Delete"),
            self.delete_question_text(row),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.delete(row)
        except DomainError as error:
            self.show_notice(error_text(error))

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        self.table.setFocus()

    # -- remembered layout ---------------------------------------------------

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setCornerButtonEnabled(False)
        rows = table.verticalHeader()
        rows.setVisible(False)
        # Fixed row heights keep scrolling a decade of records as fast as scrolling ten.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        metrics = table.fontMetrics()
        for column, sample in enumerate(self.width_samples):
            table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)
        # The indicator first: enabling sorting sorts by whatever it shows.
        _sort, descending = self.model.sort_key()
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(self.model.column_of_sort(), order)
        table.setSortingEnabled(True)
        return table

    def _restore_layout(self) -> None:
        settings = QSettings()
        header = settings.value(f"{self.settings_key}/header")
        if isinstance(header, QByteArray) and not header.isEmpty():
            self.table.horizontalHeader().restoreState(header)
        splitter = settings.value(f"{self.settings_key}/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([600, 400])

    def _stored_sort(self) -> tuple[str, bool]:
        """Return the order the user left the list in, or the page's default."""
        settings = QSettings()
        sort = settings.value(f"{self.settings_key}/sort")
        descending = settings.value(f"{self.settings_key}/descending")
        if isinstance(sort, str) and sort in self.source.orders:
            return sort, descending in (True, "true")
        return self.default_sort()

    def _save_layout(self, *_args: Any) -> None:
        settings = QSettings()
        sort, descending = self.model.sort_key()
        settings.setValue(f"{self.settings_key}/sort", sort)
        settings.setValue(f"{self.settings_key}/descending", descending)
        settings.setValue(f"{self.settings_key}/header", self.table.horizontalHeader().saveState())
        settings.setValue(f"{self.settings_key}/splitter", self.splitter.saveState())
