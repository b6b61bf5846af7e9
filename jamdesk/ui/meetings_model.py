"""The meetings list as a Qt table model: paged, filtered and sorted in SQL, holding ids."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from jamdesk.domain.dates import swedish_time
from jamdesk.domain.meetings import MEETING_KIND_LABELS, MEETING_STATUS_LABELS
from jamdesk.store.database import Database
from jamdesk.store.meeting_list import (
    MeetingFilter,
    MeetingRow,
    MeetingSort,
    count_meetings,
    fetch_meetings,
)
from jamdesk.ui.messages import label

MeetingIdRole = Qt.ItemDataRole.UserRole + 1

PAGE_SIZE = 200

_Index = QModelIndex | QPersistentModelIndex


class MeetingColumn(IntEnum):
    DATE = 0
    TIME = 1
    KIND = 2
    BOARDS = 3
    CALLED = 4
    STATUS = 5


# Time sorts with the date: a meeting's start only means something within its day.
_SORT_BY_COLUMN: dict[MeetingColumn, MeetingSort] = {
    MeetingColumn.DATE: MeetingSort.DATE,
    MeetingColumn.TIME: MeetingSort.DATE,
    MeetingColumn.KIND: MeetingSort.KIND,
    MeetingColumn.BOARDS: MeetingSort.BOARDS,
    MeetingColumn.CALLED: MeetingSort.CALLED,
    MeetingColumn.STATUS: MeetingSort.STATUS,
}


def time_span(row: MeetingRow) -> str:
    """Return the meeting's time the Swedish way: 13.00–15.00, or 13.00 without an end."""
    if row.end is None:
        return swedish_time(row.start)
    return f"{swedish_time(row.start)}–{swedish_time(row.end)}"


class MeetingsTableModel(QAbstractTableModel):
    """The store's meetings that pass the filters, newest first, fetched a page at a time."""

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._rows: list[MeetingRow] = []
        self._total = 0
        self._sort = MeetingSort.DATE
        self._descending = True
        self._filters = MeetingFilter()
        self._load_first_page()

    # -- reading -------------------------------------------------------------

    def refresh(self) -> None:
        """Read the meetings again from the store, keeping the sort order."""
        self.beginResetModel()
        self._load_first_page()
        self.endResetModel()

    def total_count(self) -> int:
        """Return how many meetings passed the filters at the last read."""
        return self._total

    def filters(self) -> MeetingFilter:
        """Return the filters the list applies."""
        return self._filters

    def set_filters(self, filters: MeetingFilter) -> None:
        """Show only the meetings that pass ``filters`` (filtered in SQL)."""
        if filters == self._filters:
            return
        self._filters = filters
        self.refresh()

    def meeting_id(self, row: int) -> int:
        """Return the id of the meeting shown on ``row``."""
        return self._rows[row].id

    def row_of(self, meeting_id: int, *, fetch_more: bool = False) -> int | None:
        """Return the row showing ``meeting_id``, or None; ``fetch_more`` pages on to find it."""
        searched = 0
        while True:
            for number in range(searched, len(self._rows)):
                if self._rows[number].id == meeting_id:
                    return number
            searched = len(self._rows)
            if not fetch_more or not self.canFetchMore(QModelIndex()):
                return None
            self.fetchMore(QModelIndex())

    def sort_key(self) -> tuple[MeetingSort, bool]:
        """Return the current SQL order: the sort and whether it is descending."""
        return self._sort, self._descending

    def _load_first_page(self) -> None:
        connection = self._database.connection
        self._total = count_meetings(connection, self._filters)
        self._rows = fetch_meetings(
            connection,
            offset=0,
            limit=PAGE_SIZE,
            sort=self._sort,
            descending=self._descending,
            filters=self._filters,
        )

    # -- Qt's model interface ------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(MeetingColumn)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        start = len(self._rows)
        page = fetch_meetings(
            self._database.connection,
            offset=start,
            limit=min(PAGE_SIZE, self._total - start),
            sort=self._sort,
            descending=self._descending,
            filters=self._filters,
        )
        if not page:
            # Meetings were removed since the count; stop asking for more.
            self._total = start
            return
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row_number, column = index.row(), index.column()
        if not (0 <= row_number < len(self._rows)) or not (0 <= column < len(MeetingColumn)):
            return None
        row = self._rows[row_number]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, MeetingColumn(column))
        if role == MeetingIdRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            # A narrow Boards column elides the names; the tooltip always has them all.
            if column == MeetingColumn.BOARDS and row.boards:
                return "\n".join(row.boards)
            if column == MeetingColumn.CALLED and row.called:
                return "\n".join(row.called)
            return self._tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == MeetingColumn.CALLED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(MeetingColumn):
            return None
        titles = {
            MeetingColumn.DATE: self.tr("Date"),
            MeetingColumn.TIME: self.tr("Time"),
            MeetingColumn.KIND: self.tr("Kind"),
            MeetingColumn.BOARDS: self.tr("Boards"),
            MeetingColumn.CALLED: self.tr("Called"),
            MeetingColumn.STATUS: self.tr("Status"),
        }
        return titles[MeetingColumn(section)]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(MeetingColumn):
            sort = _SORT_BY_COLUMN[MeetingColumn(column)]
            descending = order == Qt.SortOrder.DescendingOrder
        else:
            # Column -1 asks for the "natural" order: ours is newest first.
            sort, descending = MeetingSort.DATE, True
        if (sort, descending) == (self._sort, self._descending):
            return
        self._sort, self._descending = sort, descending
        self.refresh()

    # -- texts ---------------------------------------------------------------

    @staticmethod
    def _display(row: MeetingRow, column: MeetingColumn) -> str:
        if column is MeetingColumn.DATE:
            return row.date.isoformat()
        if column is MeetingColumn.TIME:
            return time_span(row)
        if column is MeetingColumn.KIND:
            return label(MEETING_KIND_LABELS[row.kind])
        if column is MeetingColumn.BOARDS:
            return ", ".join(row.boards)
        if column is MeetingColumn.CALLED:
            return str(len(row.called))
        return label(MEETING_STATUS_LABELS[row.status])

    @staticmethod
    def _tooltip(row: MeetingRow) -> str | None:
        lines = [text for text in (row.title, row.place) if text]
        return "\n".join(lines) if lines else None
