"""The Meetings page: the year's planning as a filtered list or a year view per board."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QStackedLayout,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jamdesk.domain.errors import DomainError, NotFoundError
from jamdesk.domain.meetings import (
    MEETING_KIND_LABELS,
    MEETING_STATUS_LABELS,
    MeetingKind,
    MeetingStatus,
)
from jamdesk.services.changes import RecordKind, RecordRef
from jamdesk.store.meeting_list import MeetingFilter, count_meetings, meeting_years
from jamdesk.ui.actions import ActionId
from jamdesk.ui.document_export import (
    export_for_registry,
    export_meeting_document,
    export_meeting_minutes,
    export_minutes,
    export_notice,
)
from jamdesk.ui.empty_state import EmptyState
from jamdesk.ui.meeting_dialog import MeetingDialog
from jamdesk.ui.meeting_workspace import MeetingWorkspace
from jamdesk.ui.meetings_model import MeetingColumn, MeetingIdRole, MeetingsTableModel
from jamdesk.ui.messages import label, show_error
from jamdesk.ui.page import Page, PageContext
from jamdesk.ui.year_view import YearView

COLUMN_WIDTHS_KEY = "meetingsPage/columnWidths"
VIEW_KEY = "meetingsPage/view"

# Sample texts that size the columns before the user has widened any of them.
_WIDTH_SAMPLES: dict[MeetingColumn, str] = {
    MeetingColumn.DATE: "2026-11-23",
    MeetingColumn.TIME: "13.00–15.00",
    MeetingColumn.KIND: "Delegation meeting",
    MeetingColumn.BOARDS: "Barn- och utbildningsnämnden, Socialnämnden",
    MeetingColumn.CALLED: "Called",
}

_SELECTION_ACTIONS = frozenset(
    {
        ActionId.EDIT_RECORD,
        ActionId.DELETE_RECORD,
        ActionId.DUPLICATE_MEETING,
        ActionId.EXPORT_DOCUMENT,
    }
)
# The page exports a meeting's documents itself, in the list and in the workspace alike.
_EXPORT_ACTIONS = frozenset({ActionId.EXPORT_DOCUMENT, ActionId.EXPORT_REGISTRY})

DialogRunner = Callable[[QDialog], int]


class MeetingsPage(Page):
    """Plan the year: list, filter, plan, edit, delete and duplicate meetings."""

    meeting_activated = Signal(int)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        # The window builds the page when it first asks for it: no asking back until built.
        self._built = False
        database = context.services.database
        # How the page shows a dialog; tests replace it to drive the dialog without exec().
        self.run_dialog: DialogRunner = lambda dialog: dialog.exec()
        self.model = MeetingsTableModel(database, self)
        self.table = self._build_table()
        self.list_state = EmptyState(self.table, self.tr("No meetings yet — plan the first one."))
        self.empty_label = self.list_state.label
        self.year_view = YearView(database, context.today, context.today().year, self)

        self.year_filter = self._filter_box(self.tr("Year"))
        self.kind_filter = self._filter_box(self.tr("Kind"))
        self.board_filter = self._filter_box(self.tr("Board"))
        self.status_filter = self._filter_box(self.tr("Status"))
        self._fill_fixed_filters()
        self._fill_years()
        self._fill_boards()
        self.filter_row = self._build_filter_row()

        self.list_button = self._view_button(self.tr("&List"))
        self.year_button = self._view_button(self.tr("&Year view"))
        group = QButtonGroup(self)
        group.setExclusive(True)
        group.addButton(self.list_button)
        group.addButton(self.year_button)

        self.views = QStackedWidget(self)
        self.views.addWidget(self.list_state)
        self.views.addWidget(self.year_view)
        self._lay_out()

        self.model.modelReset.connect(self._show_table_or_hint)
        self.model.rowsInserted.connect(self._show_table_or_hint)
        self.table.activated.connect(self._emit_activated)
        # Selecting a row moves the current index before it selects the row: tell the window
        # once the selection itself has changed.
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.year_view.meeting_activated.connect(self.meeting_activated)
        self.workspace: MeetingWorkspace | None = None
        self.meeting_activated.connect(self.open_workspace)
        self.year_view.current_changed.connect(self._selection_changed)
        for box in (self.year_filter, self.kind_filter, self.board_filter, self.status_filter):
            box.currentIndexChanged.connect(self._apply_filters)
        self.list_button.toggled.connect(lambda on: self.show_list() if on else None)
        self.year_button.toggled.connect(lambda on: self.show_year_view() if on else None)
        if QSettings().value(VIEW_KEY) == "year":
            self.show_year_view()
        else:
            self.show_list()
        self._show_table_or_hint()
        self._built = True

    # -- the window's contract -----------------------------------------------

    def refresh(self, changed: frozenset[RecordKind] = frozenset()) -> None:
        """Read the meetings again if ``changed`` (empty: anything) may concern them."""
        if self.workspace is not None:
            self._refresh_workspace(self.workspace, changed)
        if changed and not changed & {RecordKind.MEETING, RecordKind.BOARD}:
            return
        if not changed or RecordKind.BOARD in changed:
            self._fill_boards()
        self._fill_years()
        selected = self._list_selection()
        loaded = self.model.rowCount()
        # A year or board that went (an undone plan, say) falls back to "All" in its box.
        self.model.set_filters(self.current_filters())
        self.model.refresh()
        # Page in as far as before, so the list stays where the secretary left it.
        while self.model.rowCount() < loaded and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        if selected is not None:
            self._select_row_of(selected, fetch=False)
        self.year_view.refresh()

    def _refresh_workspace(
        self, workspace: MeetingWorkspace, changed: frozenset[RecordKind]
    ) -> None:
        try:
            self.context.services.meetings.get(workspace.meeting_id)
        except NotFoundError:  # the meeting went (an undone plan): back to the list
            self.close_workspace(reselect=False)
            return
        workspace.refresh(changed)

    def supported_actions(self) -> frozenset[ActionId]:
        """Plan always; edit, delete, duplicate and export when a meeting is selected."""
        if self.showing_workspace() and self.workspace is not None:
            actions = {ActionId.NEW_MEETING, ActionId.EXPORT_DOCUMENT}
            if self._has_minutes(self.workspace.meeting_id):
                actions.add(ActionId.EXPORT_REGISTRY)
            return self.workspace.supported_actions() | actions
        actions = {ActionId.NEW_MEETING, ActionId.NEW_RECORD}
        meeting_id = self.selected_meeting_id()
        if meeting_id is not None:
            actions |= _SELECTION_ACTIONS
            if self._has_minutes(meeting_id):
                actions.add(ActionId.EXPORT_REGISTRY)
        return frozenset(actions)

    def trigger(self, action: ActionId) -> None:
        """Carry out one of the page's actions."""
        workspace = self.workspace if self.showing_workspace() else None
        if action in _EXPORT_ACTIONS:
            self.export(action)
            return
        if workspace is not None and action is not ActionId.NEW_MEETING:
            workspace.trigger(action)
            return
        if action in (ActionId.NEW_MEETING, ActionId.NEW_RECORD):
            self.plan_meeting()
            return
        meeting_id = self.selected_meeting_id()
        if meeting_id is None:
            return
        if action is ActionId.EDIT_RECORD:
            self.edit_meeting(meeting_id)
        elif action is ActionId.DELETE_RECORD:
            self.delete_meeting(meeting_id)
        elif action is ActionId.DUPLICATE_MEETING:
            self.duplicate_meeting(meeting_id)

    def open_record(self, ref: RecordRef) -> bool:
        """Select the meeting ``ref`` in the list (clearing filters that hide it), or open
        the workspace of the meeting whose agenda item ``ref`` is."""
        if ref.kind is RecordKind.MINUTES:
            meeting_id = self.context.services.minutes.get(ref.id).meeting_id
            self.open_workspace(meeting_id).show_minutes(ref.id)
            return True
        if ref.kind is RecordKind.AGENDA:
            meeting_id = self.context.services.agenda.get_item(ref.id).meeting_id
            self.open_workspace(meeting_id).show_agenda_item(ref.id)
            return True
        if ref.kind is not RecordKind.MEETING:
            return False
        self.close_workspace()
        return self.select_meeting(ref.id)

    # -- what the page shows -------------------------------------------------

    def showing_empty_state(self) -> bool:
        """Return whether the list shows its hint instead of meetings."""
        return self.views.currentWidget() is self.list_state and (
            self.list_state.showing_empty_state()
        )

    def showing_year_view(self) -> bool:
        """Return whether the year view is shown rather than the list."""
        return self.views.currentWidget() is self.year_view

    def show_list(self) -> None:
        """Show the filtered list of meetings."""
        self.views.setCurrentWidget(self.list_state)
        self.filter_row.setVisible(True)
        self.list_button.setChecked(True)
        QSettings().setValue(VIEW_KEY, "list")
        self._selection_changed()

    def show_year_view(self) -> None:
        """Show the year view, starting at the year the list is filtered on, if any."""
        year = self.model.filters().year
        if year is not None:
            self.year_view.set_year(year)
        self.views.setCurrentWidget(self.year_view)
        self.filter_row.setVisible(False)
        self.year_button.setChecked(True)
        QSettings().setValue(VIEW_KEY, "year")
        self._selection_changed()

    def selected_meeting_id(self) -> int | None:
        """Return the meeting selected in the view shown, if exactly one is."""
        if self.showing_year_view():
            return self.year_view.selected_meeting_id()
        return self._list_selection()

    def select_meeting(self, meeting_id: int) -> bool:
        """Select the meeting in the view shown; the list drops filters that would hide it."""
        meeting = self.context.services.meetings.get(meeting_id)
        if self.showing_year_view():
            return self.year_view.select_meeting(meeting_id, meeting.date.year)
        if self._select_row_of(meeting_id, fetch=True):
            return True
        self.set_filters(MeetingFilter())
        return self._select_row_of(meeting_id, fetch=True)

    def set_filters(self, filters: MeetingFilter) -> None:
        """Set the filter boxes (and so the list) to ``filters``."""
        boxes: tuple[tuple[QComboBox, object], ...] = (
            (self.year_filter, filters.year),
            (self.kind_filter, None if filters.kind is None else filters.kind.value),
            (self.board_filter, filters.board_id),
            (self.status_filter, None if filters.status is None else filters.status.value),
        )
        for box, value in boxes:
            box.blockSignals(True)
            box.setCurrentIndex(max(0, box.findData(value)))
            box.blockSignals(False)
        self._apply_filters()

    def selected_board_id(self) -> int | None:
        """Return the board the list is filtered on, else the one board of the meeting."""
        if not self.showing_workspace():
            board = self.board_filter.currentData()
            if isinstance(board, int):
                return board
        meeting_id = self._meeting_in_view()
        if meeting_id is None:
            return None
        board_ids = self.context.services.meetings.get(meeting_id).board_ids
        return board_ids[0] if len(board_ids) == 1 else None

    # -- use cases -----------------------------------------------------------

    def export(self, action: ActionId) -> None:
        """Export the meeting's document (``EXPORT_DOCUMENT``) or its registry documents.

        In the workspace, the document follows the tab shown: the minutes tab exports the
        minutes it shows, every other tab the notice with the agenda.
        """
        meeting_id = self._meeting_in_view()
        if meeting_id is None:
            return
        if action is ActionId.EXPORT_REGISTRY:
            export_for_registry(self, self.context, meeting_id)
            return
        if self.workspace is None or not self.showing_workspace():
            export_meeting_document(self, self.context, meeting_id)
            return
        shown_minutes = getattr(self.workspace.tabs.currentWidget(), "current_minutes_id", None)
        if not callable(shown_minutes):
            export_notice(self, self.context, meeting_id)
            return
        minutes_id = shown_minutes()
        if isinstance(minutes_id, int):
            export_minutes(self, self.context, minutes_id)
        else:
            export_meeting_minutes(self, self.context, meeting_id)

    def _meeting_in_view(self) -> int | None:
        """Return the meeting of the workspace shown, else the one selected."""
        if self.showing_workspace() and self.workspace is not None:
            return self.workspace.meeting_id
        return self.selected_meeting_id()

    def _has_minutes(self, meeting_id: int) -> bool:
        return bool(self.context.services.minutes.for_meeting(meeting_id))

    def plan_meeting(self) -> None:
        """Plan a meeting in the dialog and select it once saved."""
        self._run_meeting_dialog(None)

    def edit_meeting(self, meeting_id: int) -> None:
        """Edit the meeting's details and who is called, in the dialog."""
        self._run_meeting_dialog(meeting_id)

    def delete_meeting(self, meeting_id: int) -> None:
        """Delete the meeting once the secretary confirms; the service refuses if records exist."""
        answer = QMessageBox.question(
            self,
            self.tr("Delete meeting"),
            self.tr(
                "Delete the meeting “{meeting}”? Its agenda and the list of those called go "
                "with it."
            ).format(meeting=self._describe(meeting_id)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        meetings = self.context.services.meetings
        try:
            self.context.operations.run(
                self.tr("delete meeting"), lambda: meetings.delete(meeting_id)
            )
        except DomainError as error:
            show_error(self, error)

    def duplicate_meeting(self, meeting_id: int) -> None:
        """Plan the meeting again in next year's slot and select the copy."""
        meetings = self.context.services.meetings
        try:
            copy = self.context.operations.run(
                self.tr("duplicate meeting to next year"),
                lambda: meetings.duplicate_to_next_year(meeting_id),
            )
        except DomainError as error:
            show_error(self, error)
            return
        if copy.id is not None:
            self.select_meeting(copy.id)

    def _run_meeting_dialog(self, meeting_id: int | None) -> None:
        dialog = MeetingDialog(self.context, meeting_id, self)
        self.run_dialog(dialog)
        saved = dialog.saved if dialog.result() == QDialog.DialogCode.Accepted else None
        dialog.deleteLater()
        if saved is not None and saved.id is not None:
            self.select_meeting(saved.id)

    def _describe(self, meeting_id: int) -> str:
        services = self.context.services
        meeting = services.meetings.get(meeting_id)
        names = [
            board.name for board_id in meeting.board_ids if (board := services.boards.get(board_id))
        ]
        parts = [
            label(MEETING_KIND_LABELS[meeting.kind]),
            f"{meeting.date.isoformat()} {meeting.start.strftime('%H.%M')}",
            *names,
        ]
        return ", ".join(parts)

    # -- filters -------------------------------------------------------------

    def _filter_box(self, name: str) -> QComboBox:
        box = QComboBox(self)
        box.setAccessibleName(name)
        # Sized for a short entry, so that the row never forces a narrow window wider.
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(9)
        return box

    def _fill_fixed_filters(self) -> None:
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in MeetingKind:
            self.kind_filter.addItem(label(MEETING_KIND_LABELS[kind]), kind.value)
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in MeetingStatus:
            self.status_filter.addItem(label(MEETING_STATUS_LABELS[status]), status.value)

    def _fill_years(self) -> None:
        years = meeting_years(self.context.services.database.connection)
        self._refill(self.year_filter, self.tr("All years"), [(str(y), y) for y in years])

    def _fill_boards(self) -> None:
        boards = self.context.services.boards.list_boards()
        self._refill(self.board_filter, self.tr("All boards"), [(b.name, b.id) for b in boards])

    @staticmethod
    def _refill(box: QComboBox, everything: str, entries: list[tuple[str, object]]) -> None:
        """Replace the box's entries, keeping the one chosen if it is still there."""
        chosen = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(everything, None)
        for text, value in entries:
            box.addItem(text, value)
        box.setCurrentIndex(max(0, box.findData(chosen)))
        box.blockSignals(False)

    def current_filters(self) -> MeetingFilter:
        """Return the filters the boxes choose."""
        year, kind = self.year_filter.currentData(), self.kind_filter.currentData()
        board, status = self.board_filter.currentData(), self.status_filter.currentData()
        return MeetingFilter(
            year=year if isinstance(year, int) else None,
            kind=None if kind is None else MeetingKind(kind),
            board_id=board if isinstance(board, int) else None,
            status=None if status is None else MeetingStatus(status),
        )

    def _apply_filters(self) -> None:
        self.model.set_filters(self.current_filters())
        self._show_table_or_hint()
        self._selection_changed()

    # -- building ------------------------------------------------------------

    def _build_filter_row(self) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        captions = (
            (self.tr("Ye&ar:"), self.year_filter),
            (self.tr("&Kind:"), self.kind_filter),
            (self.tr("&Board:"), self.board_filter),
            (self.tr("&Status:"), self.status_filter),
        )
        for caption, box in captions:
            text = QLabel(caption, row)
            text.setBuddy(box)
            layout.addWidget(text)
            layout.addWidget(box)
        layout.addStretch(1)
        # A narrow window clips the filters rather than growing wider than the screen.
        row.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        return row

    def _view_button(self, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setCheckable(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.filter_row, 1)
        top.addStretch(0)
        top.addWidget(self.list_button)
        top.addWidget(self.year_button)
        self.planning = QWidget(self)
        layout = QVBoxLayout(self.planning)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.views)
        # The planning views, or one meeting's workspace in their place.
        self._outer = QStackedLayout(self)
        self._outer.addWidget(self.planning)

    # -- one meeting's workspace ---------------------------------------------

    def open_workspace(self, meeting_id: int) -> MeetingWorkspace:
        """Show the meeting's agenda, attendance and recording in place of the list."""
        if self.workspace is not None and self.workspace.meeting_id == meeting_id:
            self._outer.setCurrentWidget(self.workspace)
            return self.workspace
        self.close_workspace()
        workspace = MeetingWorkspace(self.context, meeting_id, self)
        workspace.closed.connect(self.close_workspace)
        self._outer.addWidget(workspace)
        self._outer.setCurrentWidget(workspace)
        self.workspace = workspace
        workspace.tabs.currentWidget().setFocus()
        self._tell_window()
        return workspace

    def close_workspace(self, *, reselect: bool = True) -> None:
        """Go back from a meeting's workspace to the list, with that meeting selected."""
        workspace = self.workspace
        if workspace is None:
            return
        self.workspace = None
        self._outer.setCurrentWidget(self.planning)
        self._outer.removeWidget(workspace)
        # Closing first lets the recorder save notes still being typed.
        workspace.close()
        workspace.deleteLater()
        if reselect:
            self.select_meeting(workspace.meeting_id)
        self._tell_window()

    def showing_workspace(self) -> bool:
        """Return whether a meeting's workspace is shown instead of the list."""
        return self.workspace is not None and self._outer.currentWidget() is self.workspace

    def _tell_window(self) -> None:
        refresh = getattr(self.window(), "refresh_page_actions", None)
        if self._built and callable(refresh):
            refresh()

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Meetings"))
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setCornerButtonEnabled(False)
        rows = table.verticalHeader()
        rows.setVisible(False)
        # Fixed row heights keep scrolling a decade of meetings as fast as scrolling ten.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        columns = table.horizontalHeader()
        columns.setStretchLastSection(True)
        columns.setHighlightSections(False)
        self._size_columns(table)
        table.setSortingEnabled(True)
        table.sortByColumn(MeetingColumn.DATE, Qt.SortOrder.DescendingOrder)
        columns.sectionResized.connect(self._save_column_widths)
        return table

    def _size_columns(self, table: QTableView) -> None:
        metrics = table.fontMetrics()
        for column, sample in _WIDTH_SAMPLES.items():
            table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)
        # The last column stretches to the window, so its stored width means nothing.
        for section, width in enumerate(_stored_widths()[: len(MeetingColumn) - 1]):
            if width > 0:
                table.setColumnWidth(section, width)

    def _save_column_widths(self) -> None:
        header = self.table.horizontalHeader()
        widths = [header.sectionSize(column) for column in range(header.count())]
        QSettings().setValue(COLUMN_WIDTHS_KEY, ",".join(str(width) for width in widths))

    # -- selection and state -------------------------------------------------

    def _list_selection(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        meeting_id = index.data(MeetingIdRole)
        return meeting_id if isinstance(meeting_id, int) else None

    def _select_row_of(self, meeting_id: int, *, fetch: bool) -> bool:
        row = self.model.row_of(meeting_id, fetch_more=fetch)
        if row is None:
            return False
        index = self.model.index(row, MeetingColumn.DATE)
        self.table.selectRow(row)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _selection_changed(self) -> None:
        if not self._built:
            return
        refresh_actions = getattr(self.window(), "refresh_page_actions", None)
        if callable(refresh_actions):
            refresh_actions()

    def _show_table_or_hint(self) -> None:
        if self.model.total_count() > 0:
            self.list_state.set_empty(False)
            return
        if count_meetings(self.context.services.database.connection) == 0:
            self.list_state.set_message(self.tr("No meetings yet — plan the first one."))
        else:
            self.list_state.set_message(
                self.tr("No meetings match these filters. Choose “All …” to see more.")
            )
        self.list_state.set_empty(True)

    def _emit_activated(self, index: QModelIndex) -> None:
        meeting_id = index.data(MeetingIdRole)
        if isinstance(meeting_id, int):
            self.meeting_activated.emit(meeting_id)


def _stored_widths() -> list[int]:
    """Return the column widths the user left last time, or none."""
    stored = QSettings().value(COLUMN_WIDTHS_KEY, "")
    if not isinstance(stored, str):
        return []
    widths: list[int] = []
    for part in stored.split(","):
        try:
            widths.append(int(part))
        except ValueError:
            return []
    return widths
