"""Ctrl+F: search every record as you type, and open the one you pick."""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSettings,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from jamdesk.domain.errors import QT_TRANSLATE_NOOP
from jamdesk.domain.meetings import MEETING_KIND_LABELS
from jamdesk.services.changes import RecordRef
from jamdesk.services.search import FoundGroup, FoundRecord
from jamdesk.store.search import SearchHit, SearchKind
from jamdesk.ui.empty_state import EmptyState
from jamdesk.ui.messages import label
from jamdesk.ui.page import PageContext
from jamdesk.ui.paged_model import COLUMN_CONTEXT

CONTEXT = "SearchPopup"
SIZE_KEY = "searchPopup/size"
# Long enough to let a word be typed whole, short enough to feel immediate.
DEBOUNCE_MS = 150

RefRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_BOLD_TAGS = re.compile("</?b>")
_GROUP = 0  # internal id of a group row; a hit's is its group's row + 1

GROUP_TITLES: dict[SearchKind, str] = {
    SearchKind.MEETING: QT_TRANSLATE_NOOP("SearchPopup", "Meetings ({count})"),
    SearchKind.AGENDA_ITEM: QT_TRANSLATE_NOOP("SearchPopup", "Agenda items ({count})"),
    SearchKind.QUESTION: QT_TRANSLATE_NOOP("SearchPopup", "Questions ({count})"),
    SearchKind.COMMITMENT: QT_TRANSLATE_NOOP("SearchPopup", "Commitments ({count})"),
    SearchKind.REQUEST: QT_TRANSLATE_NOOP("SearchPopup", "Reporting requests ({count})"),
    SearchKind.PARAGRAPH: QT_TRANSLATE_NOOP("SearchPopup", "Minutes and notes ({count})"),
    SearchKind.BOARD: QT_TRANSLATE_NOOP("SearchPopup", "Boards ({count})"),
    SearchKind.PERSON: QT_TRANSLATE_NOOP("SearchPopup", "People ({count})"),
    SearchKind.NEED: QT_TRANSLATE_NOOP("SearchPopup", "Development needs ({count})"),
    SearchKind.REVIEW: QT_TRANSLATE_NOOP("SearchPopup", "Document reviews ({count})"),
}
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
        RefRole,
    }
)
_COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("Columns", "Found"),
    QT_TRANSLATE_NOOP("Columns", "Where"),
)


def _translated(marked: str) -> str:
    """Return a text marked with QT_TRANSLATE_NOOP("SearchPopup", ...) in the user's language."""
    return QCoreApplication.translate(CONTEXT, marked)


def hit_title(hit: SearchHit) -> str:
    """Return the name a hit is listed under; a meeting without a title goes by its kind."""
    if hit.title.strip() or hit.meeting_kind is None:
        return hit.title
    return label(MEETING_KIND_LABELS[hit.meeting_kind])


def group_title(group: FoundGroup) -> str:
    """Return what a group row says: its kind and how many were found, "Questions (12)"."""
    return _translated(GROUP_TITLES[group.kind]).format(count=group.count)


def title_html(hit: SearchHit) -> str:
    """Return a hit's title as HTML, the words found in bold."""
    return hit.title_html if hit.title.strip() else html.escape(hit_title(hit))


def plain_text(marked: str) -> str:
    """Return a hit's HTML (escaped text, matches in <b>) as the plain text it shows."""
    return html.unescape(_BOLD_TAGS.sub("", marked)).replace("\n", " ")


def context_text(hit: SearchHit) -> str:
    """Return where a hit belongs: its § number, its date (2026-03-10) and its board."""
    parts = []
    if hit.kind is SearchKind.PARAGRAPH and hit.number is not None:
        parts.append(
            QCoreApplication.translate("SearchPopup", "§ {number}").format(number=hit.number)
        )
    if hit.date is not None:
        parts.append(hit.date.isoformat())
    if hit.board:
        parts.append(hit.board)
    return " · ".join(parts)


class SearchResultsModel(QAbstractItemModel):
    """The hits as a tree: a row per kind ("Questions (12)") holding that kind's best hits."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[FoundGroup] = []

    def set_groups(self, groups: list[FoundGroup]) -> None:
        """Show ``groups`` instead of what was shown."""
        self.beginResetModel()
        self._groups = list(groups)
        self.endResetModel()

    def groups(self) -> list[FoundGroup]:
        """Return the groups shown."""
        return list(self._groups)

    def group(self, index: _Index) -> FoundGroup | None:
        """Return the group at ``index``, or None for a hit."""
        if not index.isValid() or index.internalId() != _GROUP:
            return None
        return self._groups[index.row()]

    def found(self, index: _Index) -> FoundRecord | None:
        """Return the hit at ``index``, or None for a group row."""
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        return self._groups[index.internalId() - 1].records[index.row()]

    def index(self, row: int, column: int, parent: _Index = _ROOT) -> QModelIndex:
        # Checked here rather than by hasIndex(), which would call back into Python twice.
        if row < 0 or not 0 <= column < len(_COLUMN_TITLES):
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self._groups):
                return QModelIndex()
            return self.createIndex(row, column, _GROUP)
        if row >= self.rowCount(parent):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: _Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._groups[parent.row()].records)
        return 0

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return len(_COLUMN_TITLES)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _GROUP:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation is Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(_COLUMN_TITLES)
        ):
            return QCoreApplication.translate(COLUMN_CONTEXT, _COLUMN_TITLES[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks for many roles per cell on every repaint: answer the others at once.
        if role not in _ROLES or not index.isValid():
            return None
        if index.internalId() == _GROUP:
            return self._group_data(self._groups[index.row()], index.column(), role)
        return self._hit_data(self.found(index), index.column(), role)

    def _group_data(self, group: FoundGroup, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return group_title(group)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and group.count > len(group.records):
            return QCoreApplication.translate(
                "SearchPopup",
                "The best {shown} of {count} are listed; type more words to narrow the search.",
            ).format(shown=len(group.records), count=group.count)
        return None

    def _hit_data(self, found: FoundRecord | None, column: int, role: int) -> Any:
        if found is None:
            return None
        hit = found.hit
        if role == RefRole:
            return found.ref
        if role == Qt.ItemDataRole.DisplayRole and column == 1:
            return context_text(hit)
        if role == Qt.ItemDataRole.DisplayRole:
            snippet = plain_text(hit.snippet)
            return f"{hit_title(hit)}\n{snippet}" if snippet else hit_title(hit)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return hit_title(hit)
        return None


class SearchPopup(QDialog):
    """A search field over the results of every kind; Enter opens the hit chosen."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Search"))
        self.line_edit = QLineEdit(self)
        self.line_edit.setPlaceholderText(self.tr("Search meetings, questions, answers…"))
        self.line_edit.setClearButtonEnabled(True)
        self.line_edit.setAccessibleName(self.tr("Search everything"))
        self.line_edit.installEventFilter(self)
        self.model = SearchResultsModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the search field
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, header.fontMetrics().horizontalAdvance("2026-11-23 · " + "n" * 28))
        self.tree.activated.connect(self._open_index)
        self.tree.selectionModel().currentChanged.connect(self._show_preview)
        self.empty_state = EmptyState(self.tree, "", self)
        # The chosen hit in full, the words found in bold.
        self.preview = QLabel(self)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setWordWrap(True)
        self.preview.setMinimumHeight(3 * self.preview.fontMetrics().lineSpacing())
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.line_edit)
        layout.addWidget(self.empty_state, 1)
        layout.addWidget(self.preview)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self.line_edit.textChanged.connect(lambda _text: self._timer.start())
        self.line_edit.returnPressed.connect(self.open_current)
        size = QSettings().value(SIZE_KEY)
        self.resize(size if isinstance(size, QSize) else QSize(760, 520))
        self._show_results([])

    # -- the window's entry point ------------------------------------------------

    def show_search(self) -> None:
        """Show the popup over its window, the last words selected and searched again."""
        parent = self.parentWidget()
        if parent is not None:
            window = parent.window()
            top = window.mapToGlobal(QPoint(0, 0))
            self.move(top.x() + max(0, (window.width() - self.width()) // 2), top.y() + 60)
        self.show()
        self.raise_()
        self.activateWindow()
        self.line_edit.setFocus()
        self.line_edit.selectAll()
        self.search_now()  # the store may have changed since the last search

    # -- searching ----------------------------------------------------------------

    def search_now(self) -> None:
        """Search for what the field holds, at once."""
        self._timer.stop()
        text = self.line_edit.text()
        groups = self.context.services.search.search(text) if text.strip() else []
        self._show_results(groups)

    def _show_results(self, groups: list[FoundGroup]) -> None:
        self.model.set_groups(groups)
        self.tree.expandAll()
        text = self.line_edit.text().strip()
        if not text:
            self.empty_state.set_message(
                self.tr("Type to search everything: meetings, questions, answers, commitments…")
            )
        else:
            self.empty_state.set_message(self.tr("Nothing found for “{text}”.").format(text=text))
        self.empty_state.set_empty(not groups)
        hits = self.hit_indexes()
        if hits:
            self.tree.setCurrentIndex(hits[0])
            self.tree.scrollToTop()
        self._show_preview(self.tree.currentIndex())

    def hit_indexes(self) -> list[QModelIndex]:
        """Return the hit rows in the order shown, group after group."""
        model = self.model
        return [
            model.index(row, 0, model.index(group, 0))
            for group in range(model.rowCount())
            for row in range(model.rowCount(model.index(group, 0)))
        ]

    def _show_preview(self, current: QModelIndex) -> None:
        found = self.model.found(current)
        if found is None:
            self.preview.clear()
            return
        hit = found.hit
        parts = [title_html(hit), hit.snippet, html.escape(context_text(hit))]
        self.preview.setText("<br>".join(part for part in parts if part))

    # -- choosing and opening -------------------------------------------------------

    def current_ref(self) -> RecordRef | None:
        """Return the record of the hit chosen, or None when nothing was found."""
        found = self.model.found(self.tree.currentIndex())
        return None if found is None else found.ref

    def move_selection(self, step: int) -> None:
        """Choose the hit ``step`` rows below (or above) the one chosen, within the list."""
        hits = self.hit_indexes()
        if not hits:
            return
        current = self.tree.currentIndex().siblingAtColumn(0)
        position = hits.index(current) if current in hits else -1
        chosen = hits[max(0, min(len(hits) - 1, position + step))]
        self.tree.setCurrentIndex(chosen)
        self.tree.scrollTo(chosen)

    def open_current(self) -> bool:
        """Close the popup and open the chosen hit's record; return whether there was one."""
        if self._timer.isActive():
            self.search_now()  # Enter came before the pause: search what was typed
        ref = self.current_ref()
        if ref is None:
            return False
        self.accept()
        self.context.open_record(ref)
        return True

    def _open_index(self, index: QModelIndex) -> None:
        if self.model.found(index) is not None:
            self.tree.setCurrentIndex(index.siblingAtColumn(0))
            self.open_current()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            steps = {
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_PageDown: 10,
                Qt.Key.Key_PageUp: -10,
            }
            step = steps.get(Qt.Key(event.key()))
            if step is not None:
                self.move_selection(step)
                return True
        return super().eventFilter(watched, event)

    def done(self, result: int) -> None:
        QSettings().setValue(SIZE_KEY, self.size())
        super().done(result)
