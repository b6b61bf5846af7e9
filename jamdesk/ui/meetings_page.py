"""The Meetings page: every meeting in a sortable table, or a hint when there are none."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedLayout,
    QTableView,
    QWidget,
)

from jamdesk.services.changes import RecordKind
from jamdesk.ui.meetings_model import MeetingColumn, MeetingIdRole, MeetingsTableModel
from jamdesk.ui.page import Page, PageContext

COLUMN_WIDTHS_KEY = "meetingsPage/columnWidths"

# Sample texts that size the columns before the user has widened any of them.
_WIDTH_SAMPLES: dict[MeetingColumn, str] = {
    MeetingColumn.DATE: "2026-11-23",
    MeetingColumn.TIME: "13.00–15.00",
    MeetingColumn.KIND: "Delegation meeting",
    MeetingColumn.BOARDS: "Barn- och utbildningsnämnden, Socialnämnden",
}


class MeetingsPage(Page):
    """List the store's meetings, newest first, with their kind, boards and status."""

    meeting_activated = Signal(int)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = MeetingsTableModel(context.services.database, self)
        self.table = self._build_table()
        self.empty_label = self._build_empty_label()

        self._layout = QStackedLayout(self)
        self._layout.addWidget(self.empty_label)
        self._layout.addWidget(self.table)

        self.model.modelReset.connect(self._show_table_or_hint)
        self.model.rowsInserted.connect(self._show_table_or_hint)
        self.table.activated.connect(self._emit_activated)
        self._show_table_or_hint()

    def refresh(self, changed: frozenset[RecordKind] = frozenset()) -> None:
        """Read the meetings again if ``changed`` (empty: anything) may concern them."""
        if not changed or changed & {RecordKind.MEETING, RecordKind.BOARD}:
            self.model.refresh()

    def showing_empty_state(self) -> bool:
        """Return whether the page shows the hint for a store without meetings."""
        return self._layout.currentWidget() is self.empty_label

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

    def _build_empty_label(self) -> QLabel:
        hint = QLabel(self.tr("No meetings yet — plan the first one."), self)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        font = hint.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        hint.setFont(font)
        return hint

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

    def _show_table_or_hint(self) -> None:
        empty = self.model.total_count() == 0
        self._layout.setCurrentWidget(self.empty_label if empty else self.table)

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
