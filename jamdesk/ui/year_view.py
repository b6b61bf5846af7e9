"""The year view: one row per board, one column per month, and who has gone a year unheard."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSettings,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jamdesk.domain.errors import QT_TRANSLATE_NOOP
from jamdesk.domain.meetings import (
    MEETING_KIND_LABELS,
    MEETING_STATUS_LABELS,
    MeetingKind,
    MeetingStatus,
)
from jamdesk.store.database import Database
from jamdesk.store.year_view import MONTHS, BoardYear, YearMeeting, board_years
from jamdesk.ui.messages import label
from jamdesk.ui.paged_model import COLUMN_CONTEXT, OVERDUE_COLOUR

CONTEXT = "YearView"

# The meeting's kind in two letters, so that a month cell holds several meetings.
KIND_ABBREVIATIONS: dict[MeetingKind, str] = {
    MeetingKind.BUDGET_DIALOGUE: QT_TRANSLATE_NOOP("YearView", "BD"),
    MeetingKind.RESULTS_SEMINAR: QT_TRANSLATE_NOOP("YearView", "RS"),
    MeetingKind.CHECK_IN: QT_TRANSLATE_NOOP("YearView", "CI"),
    MeetingKind.DELEGATION_MEETING: QT_TRANSLATE_NOOP("YearView", "DM"),
    MeetingKind.OTHER: QT_TRANSLATE_NOOP("YearView", "OM"),
}

MONTH_TITLES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Columns", "Jan"),
    QT_TRANSLATE_NOOP("Columns", "Feb"),
    QT_TRANSLATE_NOOP("Columns", "Mar"),
    QT_TRANSLATE_NOOP("Columns", "Apr"),
    QT_TRANSLATE_NOOP("Columns", "May"),
    QT_TRANSLATE_NOOP("Columns", "Jun"),
    QT_TRANSLATE_NOOP("Columns", "Jul"),
    QT_TRANSLATE_NOOP("Columns", "Aug"),
    QT_TRANSLATE_NOOP("Columns", "Sep"),
    QT_TRANSLATE_NOOP("Columns", "Oct"),
    QT_TRANSLATE_NOOP("Columns", "Nov"),
    QT_TRANSLATE_NOOP("Columns", "Dec"),
)
BOARD_TITLE = QT_TRANSLATE_NOOP("Columns", "Board")
LAST_TITLE = QT_TRANSLATE_NOOP("Columns", "Last dialogue")

BOARD_COLUMN = 0
LAST_COLUMN = MONTHS + 1

# The cell's meetings as rich text: planned in brackets, cancelled struck out and grey.
CellHtmlRole = Qt.ItemDataRole.UserRole + 10
# The ids of the cell's meetings, in date order.
MeetingIdsRole = Qt.ItemDataRole.UserRole + 11
# Whether the board has had no held dialogue in the twelve months up to today.
FlaggedRole = Qt.ItemDataRole.UserRole + 12

COLUMN_WIDTHS_KEY = "meetingsPage/yearViewColumnWidths"

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def _tr(marked: str) -> str:
    """Return a text marked with QT_TRANSLATE_NOOP("YearView", ...) in the user's language."""
    return QCoreApplication.translate(CONTEXT, marked)


def meeting_mark(meeting: YearMeeting) -> str:
    """Return the meeting as a cell shows it: "BD 12" held, "(RS 20)" planned."""
    text = f"{_tr(KIND_ABBREVIATIONS[meeting.kind])} {meeting.date.day}"
    return f"({text})" if meeting.status is MeetingStatus.PLANNED else text


def meeting_summary(meeting: YearMeeting) -> str:
    """Return the meeting's full kind, date, time and status on one line."""
    start = meeting.start.strftime("%H.%M")
    time = start if meeting.end is None else f"{start}–{meeting.end.strftime('%H.%M')}"
    summary = QCoreApplication.translate("YearView", "{kind}, {date}, {time}, {status}").format(
        kind=label(MEETING_KIND_LABELS[meeting.kind]),
        date=meeting.date.isoformat(),
        time=time,
        status=label(MEETING_STATUS_LABELS[meeting.status]),
    )
    return f"{summary} — {meeting.title}" if meeting.title else summary


class YearViewModel(QAbstractTableModel):
    """The boards active in a year, their meetings month by month and their last dialogue."""

    def __init__(
        self,
        database: Database,
        today: Callable[[], dt.date],
        year: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._today = today
        self._year = year
        self._rows: list[BoardYear] = board_years(database.connection, year, today())

    def year(self) -> int:
        """Return the year shown."""
        return self._year

    def set_year(self, year: int) -> None:
        """Show ``year``."""
        if year != self._year:
            self._year = year
            self.refresh()

    def refresh(self) -> None:
        """Read the year again from the store (one query)."""
        self.beginResetModel()
        self._rows = board_years(self._database.connection, self._year, self._today())
        self.endResetModel()

    def board(self, row: int) -> BoardYear:
        """Return the board shown on ``row``."""
        return self._rows[row]

    def meetings_at(self, index: _Index) -> tuple[YearMeeting, ...]:
        """Return the meetings of the month cell ``index`` (none for other columns)."""
        if not index.isValid() or not 1 <= index.column() <= MONTHS:
            return ()
        return self._rows[index.row()].months[index.column() - 1]

    def index_of_meeting(self, meeting_id: int) -> QModelIndex:
        """Return the first cell showing ``meeting_id``, or an invalid index."""
        for row, board in enumerate(self._rows):
            for month, meetings in enumerate(board.months):
                if any(meeting.id == meeting_id for meeting in meetings):
                    return self.index(row, month + 1)
        return QModelIndex()

    # -- Qt's model interface ------------------------------------------------

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else MONTHS + 2

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == BOARD_COLUMN:
            return QCoreApplication.translate(COLUMN_CONTEXT, BOARD_TITLE)
        if 1 <= section <= MONTHS:
            return QCoreApplication.translate(COLUMN_CONTEXT, MONTH_TITLES[section - 1])
        if section == LAST_COLUMN:
            return QCoreApplication.translate(COLUMN_CONTEXT, LAST_TITLE)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        board = self._rows[index.row()]
        column = index.column()
        if 1 <= column <= MONTHS:
            return self._month_data(board.months[column - 1], role)
        if column not in (BOARD_COLUMN, LAST_COLUMN):
            return None
        if role == FlaggedRole:
            return board.needs_dialogue
        if role == Qt.ItemDataRole.DisplayRole:
            return board.name if column == BOARD_COLUMN else self._last_text(board)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._flag_text(board) if board.needs_dialogue else None
        if board.needs_dialogue and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_COLOUR)
        if (
            board.needs_dialogue
            and column == BOARD_COLUMN
            and role == Qt.ItemDataRole.DecorationRole
        ):
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None

    def _month_data(self, meetings: tuple[YearMeeting, ...], role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return ", ".join(meeting_mark(meeting) for meeting in meetings)
        if role == CellHtmlRole:
            return ", ".join(_mark_html(meeting) for meeting in meetings)
        if role == MeetingIdsRole:
            return [meeting.id for meeting in meetings]
        if role == Qt.ItemDataRole.ToolTipRole and meetings:
            return "\n".join(meeting_summary(meeting) for meeting in meetings)
        return None

    @staticmethod
    def _last_text(board: BoardYear) -> str:
        if board.last_held is None:
            return QCoreApplication.translate("YearView", "Never")
        return board.last_held.isoformat()

    @staticmethod
    def _flag_text(board: BoardYear) -> str:
        if board.last_held is None:
            return QCoreApplication.translate(
                "YearView", "No dialogue has been held with {board} yet."
            ).format(board=board.name)
        return QCoreApplication.translate(
            "YearView",
            "No dialogue held with {board} in the last 12 months; the last was on {date}.",
        ).format(board=board.name, date=board.last_held.isoformat())


def _mark_html(meeting: YearMeeting) -> str:
    text = html.escape(meeting_mark(meeting))
    if meeting.status is MeetingStatus.CANCELLED:
        return f'<s style="color: gray">{text}</s>'
    return text


class _RichTextDelegate(QStyledItemDelegate):
    """Draws a month cell's rich text, so one cell shows held, planned and cancelled apart."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        markup = index.data(CellHtmlRole)
        if not markup:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""  # the background, focus and selection only; the text comes after
        # Qt leaves the widget out when painting for drag pixmaps; its stubs say otherwise.
        widget: QWidget | None = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        document = _document(markup, item)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, widget)
        painter.save()
        painter.translate(
            text_rect.left(), text_rect.top() + (text_rect.height() - document.size().height()) / 2
        )
        document.drawContents(painter)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        markup = index.data(CellHtmlRole)
        if not markup:
            return super().sizeHint(option, index)
        size = _document(markup, option).size()
        return QSize(int(size.width()) + 4, int(size.height()))


def _document(markup: str, option: QStyleOptionViewItem) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(option.font)
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    colour = option.palette.color(role).name()
    document.setHtml(f'<span style="color: {colour}">{markup}</span>')
    return document


MenuRunner = Callable[[QMenu, QPoint], "QAction | None"]


def _exec_menu(menu: QMenu, where: QPoint) -> QAction | None:
    """Show the menu at ``where``; return the action chosen, None when dismissed."""
    chosen: QAction | None = menu.exec(where)
    return chosen


class YearView(QWidget):
    """A year's dialogues per board; Enter or a double-click opens a cell's meeting."""

    meeting_activated = Signal(int)
    current_changed = Signal()

    def __init__(
        self,
        database: Database,
        today: Callable[[], dt.date],
        year: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # How a menu is shown; tests replace it to choose without a blocking exec().
        self.exec_menu: MenuRunner = _exec_menu
        self.model = YearViewModel(database, today, year, self)
        self.year_box = QSpinBox(self)
        self.year_box.setRange(1900, 2200)
        self.year_box.setValue(year)
        self.year_box.setAccessibleName(self.tr("Year"))
        year_label = QLabel(self.tr("Ye&ar:"), self)
        year_label.setBuddy(self.year_box)
        self.legend = QLabel(
            self.tr(
                "BD budget dialogue, RS results seminar, CI check-in, DM delegation meeting, "
                "OM other. "
                "Held: BD 12; planned: (BD 12); cancelled: struck out. "
                "Red: no dialogue held in the last 12 months."
            ),
            self,
        )
        self.legend.setWordWrap(True)
        self.legend.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.table = self._build_table()

        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year_box)
        top.addWidget(self.legend, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)

        self.year_box.valueChanged.connect(self.model.set_year)
        self.table.activated.connect(self.activate)
        self.table.selectionModel().currentChanged.connect(self.current_changed)
        self.model.modelReset.connect(self.current_changed)

    def set_year(self, year: int) -> None:
        """Show ``year``."""
        self.year_box.setValue(year)

    def refresh(self) -> None:
        """Read the year again, keeping the cell that was current."""
        current = self.table.currentIndex()
        row, column = current.row(), current.column()
        self.model.refresh()
        if current.isValid() and row < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, column))

    def selected_meeting_id(self) -> int | None:
        """Return the meeting of the current cell if it holds exactly one."""
        meetings = self.model.meetings_at(self.table.currentIndex())
        return meetings[0].id if len(meetings) == 1 else None

    def select_meeting(self, meeting_id: int, year: int) -> bool:
        """Show ``year`` and make the cell of ``meeting_id`` current; return whether found."""
        self.set_year(year)
        index = self.model.index_of_meeting(meeting_id)
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def activate(self, index: QModelIndex) -> None:
        """Open the cell's meeting, or offer a menu when the month holds several."""
        meetings = self.model.meetings_at(index)
        if len(meetings) == 1:
            self.meeting_activated.emit(meetings[0].id)
        elif meetings:
            rect = self.table.visualRect(index)
            chosen = self.choose_meeting(meetings, self.table.viewport().mapToGlobal(rect.center()))
            if chosen is not None:
                self.meeting_activated.emit(chosen)

    def choose_meeting(self, meetings: tuple[YearMeeting, ...], where: QPoint) -> int | None:
        """Ask which of ``meetings`` to open with a menu at ``where``; return its id."""
        menu = QMenu(self)
        for meeting in meetings:
            action = menu.addAction(meeting_summary(meeting))
            action.setData(meeting.id)
        chosen = self.exec_menu(menu, where)
        menu.deleteLater()
        data = chosen.data() if chosen is not None else None
        return data if isinstance(data, int) else None

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Year view"))
        table.setItemDelegate(_RichTextDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
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
        # Room for a long board name and the warning icon before it.
        table.setColumnWidth(
            BOARD_COLUMN, metrics.horizontalAdvance("Barn- och utbildningsnämnden") + 40
        )
        for month in range(1, MONTHS + 1):
            table.setColumnWidth(month, metrics.horizontalAdvance("(BD 12), CI 30") + 12)
        for section, width in enumerate(_stored_widths()[:LAST_COLUMN]):
            if width > 0:
                table.setColumnWidth(section, width)
        columns.sectionResized.connect(self._save_column_widths)
        return table

    def _save_column_widths(self) -> None:
        header = self.table.horizontalHeader()
        widths = [header.sectionSize(column) for column in range(header.count())]
        QSettings().setValue(COLUMN_WIDTHS_KEY, ",".join(str(width) for width in widths))


def _stored_widths() -> list[int]:
    """Return the column widths the user left last time, or none."""
    stored = QSettings().value(COLUMN_WIDTHS_KEY, "")
    if not isinstance(stored, str):
        return []
    try:
        return [int(part) for part in stored.split(",")]
    except ValueError:
        return []
