"""A table model over any SQL-backed list: counted, sorted and filtered in SQL, paged in.

Lists over a decade of records stay fast because the model never holds or sorts more than
the pages the view has asked for; sorting and filtering re-run the query.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)

RecordIdRole = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200
COLUMN_CONTEXT = "Columns"

_Index = QModelIndex | QPersistentModelIndex
# Qt's own default argument: the invalid index stands for the root of a flat table.
_ROOT = QModelIndex()

# Overdue rows are drawn in this red, readable on light and dark backgrounds alike.
OVERDUE_COLOUR = QColor(190, 30, 45)


class RowSource(Protocol[R_co]):
    """Where a list's rows come from: the store, with the page's filters applied."""

    def count(self) -> int:
        """Return how many rows the current filters let through."""
        ...

    def fetch(self, sort: str, descending: bool, offset: int, limit: int) -> Sequence[R_co]:
        """Return one page of rows in the order asked for."""
        ...


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its English title (translated in "Columns"), its text and its sort key."""

    title: str
    text: Callable[[R], str]
    sort: str | None = None
    tooltip: Callable[[R], str] | None = None
    align_right: bool = False


class PagedTableModel(QAbstractTableModel, Generic[R]):
    """The rows of a RowSource, fetched a page at a time, each row knowing its record id."""

    def __init__(
        self,
        source: RowSource[R],
        columns: Sequence[Column[R]],
        row_id: Callable[[R], int],
        *,
        sort: str,
        descending: bool,
        emphasis: Callable[[R], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._columns = tuple(columns)
        self._row_id = row_id
        self._emphasis = emphasis
        self._sort = sort
        self._descending = descending
        self._rows: list[R] = []
        self._total = 0
        self._load_first_page()

    # -- reading -------------------------------------------------------------

    def refresh(self) -> None:
        """Read the rows again (after a change or a new filter), keeping the order."""
        self.beginResetModel()
        self._load_first_page()
        self.endResetModel()

    def total_count(self) -> int:
        """Return how many rows the source had at the last read."""
        return self._total

    def row(self, row: int) -> R:
        """Return the row object shown on ``row``."""
        return self._rows[row]

    def record_id(self, row: int) -> int:
        """Return the record id shown on ``row``."""
        return self._row_id(self._rows[row])

    def row_of(self, record_id: int) -> int | None:
        """Return the row showing ``record_id`` among those fetched, or None."""
        for number, row in enumerate(self._rows):
            if self._row_id(row) == record_id:
                return number
        return None

    def sort_key(self) -> tuple[str, bool]:
        """Return the current sort key and whether it runs descending."""
        return self._sort, self._descending

    def _load_first_page(self) -> None:
        self._total = self._source.count()
        self._rows = list(self._source.fetch(self._sort, self._descending, 0, PAGE_SIZE))

    # -- Qt model interface --------------------------------------------------

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: _Index = _ROOT) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = _ROOT) -> None:
        if parent.isValid():
            return
        more = list(self._source.fetch(self._sort, self._descending, len(self._rows), PAGE_SIZE))
        if not more:
            self._total = len(self._rows)  # the store shrank since it was counted
            return
        first = len(self._rows)
        self.beginInsertRows(_ROOT, first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip is not None else column.text(row)
        if role == RecordIdRole:
            return self._row_id(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if self._emphasis is not None and self._emphasis(row):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE_COLOUR)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return QCoreApplication.translate(COLUMN_CONTEXT, self._columns[section].title)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        key = self._columns[column].sort
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending) and self._rows:
            return
        self._sort, self._descending = key, descending
        self.refresh()

    def column_of_sort(self) -> int:
        """Return the column that shows the current sort key, or -1."""
        for number, column in enumerate(self._columns):
            if column.sort == self._sort:
                return number
        return -1
