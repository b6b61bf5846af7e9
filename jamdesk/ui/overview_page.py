"""The Overview page: what needs the secretary's attention today, one short list per concern."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jamdesk.domain.dates import swedish_time
from jamdesk.domain.errors import QT_TRANSLATE_NOOP
from jamdesk.domain.meetings import MEETING_KIND_LABELS
from jamdesk.services.changes import RecordKind, RecordRef
from jamdesk.store.organisation import ORGANISATION_ID
from jamdesk.store.overview import SECTION_LIMIT, Overview, read_overview
from jamdesk.ui.empty_state import EmptyState
from jamdesk.ui.messages import label
from jamdesk.ui.page import Page, PageContext
from jamdesk.ui.paged_model import COLUMN_CONTEXT, OVERDUE_COLOUR, RecordIdRole

RecordRefRole = Qt.ItemDataRole.UserRole + 2
SETTINGS_GROUP = "overviewPage"

# What the overview shows comes from these kinds of record; other changes leave it alone.
OVERVIEW_KINDS = frozenset(
    {
        RecordKind.MEETING,
        RecordKind.BOARD,
        RecordKind.QUESTION,
        RecordKind.COMMITMENT,
        RecordKind.REQUEST,
        RecordKind.ORGANISATION,
        RecordKind.ACTION_PLAN,
    }
)

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class SectionKey(StrEnum):
    ACTION_PLAN = "actionPlan"
    UPCOMING = "upcoming"
    OVERDUE_COMMITMENTS = "overdueCommitments"
    OVERDUE_REQUESTS = "overdueRequests"
    AWAITING_ASSESSMENT = "awaitingAssessment"
    UNANSWERED_QUESTIONS = "unansweredQuestions"
    QUIET_BOARDS = "quietBoards"


@dataclass(frozen=True)
class OverviewLine:
    """One row of a section: its cells, the record it opens, and whether it is overdue."""

    cells: tuple[str, ...]
    ref: RecordRef
    tooltip: str = ""
    overdue: bool = False


class OverviewListModel(QAbstractTableModel):
    """A few lines, each opening one record; the first cell turns red when overdue."""

    def __init__(self, columns: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)  # English titles, translated in "Columns"
        self._lines: list[OverviewLine] = []

    def set_lines(self, lines: Sequence[OverviewLine]) -> None:
        """Show ``lines`` instead of what was shown."""
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def line(self, row: int) -> OverviewLine:
        """Return the line shown on ``row``."""
        return self._lines[row]

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        text = line.cells[index.column()] if index.column() < len(line.cells) else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return line.tooltip or text
        if role == RecordRefRole:
            return line.ref
        if role == RecordIdRole:
            return line.ref.id
        if line.overdue and index.column() == 0:
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
            return QCoreApplication.translate(COLUMN_CONTEXT, self._columns[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class OverviewSection(QGroupBox):
    """A titled short list with a hint when it is empty and a note when it is cut short."""

    def __init__(
        self,
        key: SectionKey,
        columns: Sequence[tuple[str, str]],
        rows: int,
        empty: str,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.key = key
        self.model = OverviewListModel([title for title, _ in columns], self)
        self.view = _build_view(self.model, rows, self)
        metrics = self.view.fontMetrics()
        for column, (_, sample) in enumerate(columns[:-1]):  # the last one stretches
            self.view.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)
        self.empty_state = EmptyState(self.view, empty, self)
        # A table's size hint ignores its fixed height; the hint in its place must not.
        self.empty_state.setFixedHeight(self.view.maximumHeight())
        self.more = QLabel(self)
        self.more.setWordWrap(True)
        self.more.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_state)
        layout.addWidget(self.more)
        # A section is as tall as its rows: the page's spare room goes below the last one.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._settings_key = f"{SETTINGS_GROUP}/{key.value}/columnWidths"
        self._restore_widths()
        self.view.horizontalHeader().sectionResized.connect(self._save_widths)

    def show_lines(self, title: str, lines: Sequence[OverviewLine], more: str = "") -> None:
        """Show ``lines`` under ``title``, with ``more`` saying what was left out."""
        self.setTitle(title)
        self.view.setAccessibleName(title.replace("&", ""))
        self.model.set_lines(lines)
        self.empty_state.set_empty(not lines)
        self.more.setText(more)
        self.more.setVisible(bool(more))

    def _restore_widths(self) -> None:
        stored = QSettings().value(self._settings_key, "")
        parts = stored.split(",") if isinstance(stored, str) and stored else []
        if len(parts) != self.model.columnCount() - 1 or not all(p.isdigit() for p in parts):
            return
        for column, width in enumerate(parts):
            self.view.setColumnWidth(column, int(width))

    def _save_widths(self, column: int) -> None:
        # The last column stretches with the window: only the user's own widths are kept.
        last = self.model.columnCount() - 1
        if column >= last:
            return
        widths = [str(self.view.columnWidth(number)) for number in range(last)]
        QSettings().setValue(self._settings_key, ",".join(widths))


def _build_view(model: OverviewListModel, rows: int, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab moves on to the next section
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    row_height = view.fontMetrics().height() + 8
    vertical = view.verticalHeader()
    vertical.setVisible(False)
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform rows
    vertical.setDefaultSectionSize(row_height)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    # The section never scrolls: it is tall enough for every row it can show.
    view.setFixedHeight(header.sizeHint().height() + rows * row_height + 2 * view.frameWidth())
    return view


class OverviewPage(Page):
    """Meetings ahead, what is overdue, what waits for the delegation, and quiet boards."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.overview: Overview | None = None
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.sections = self._build_sections()

        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(self.sections[SectionKey.ACTION_PLAN], 0, 0, 1, 2, top)
        order = [key for key in SectionKey if key is not SectionKey.ACTION_PLAN]
        for number, key in enumerate(order):
            grid.addWidget(self.sections[key], 1 + number // 2, number % 2, top)
        grid.setRowStretch(1 + len(order) // 2, 1)
        for left, right in itertools.pairwise(SectionKey):
            QWidget.setTabOrder(self.sections[left].view, self.sections[right].view)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from list to list
        scroll.setWidget(grid_holder)

        self.empty_state = EmptyState(scroll, "", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty_state, 1)
        self.reload()

    # -- the page contract ---------------------------------------------------

    def refresh(self, changed: frozenset[RecordKind] = frozenset()) -> None:
        """Read the overview again if ``changed`` (empty: anything) may alter it."""
        if not changed or changed & OVERVIEW_KINDS:
            self.reload()

    def reload(self) -> None:
        """Read everything the page shows, as of today."""
        overview = read_overview(self.context.services.database.connection, self.context.today())
        self.overview = overview
        self.heading.setText(
            self.tr("What needs attention on {date}").format(date=overview.as_of.isoformat())
        )
        if overview.is_empty():
            self.empty_state.set_message(
                self.tr(
                    "Nothing to follow up: no meetings in the next 30 days and nothing overdue."
                )
                if overview.has_boards
                else self.tr(
                    "Nothing to follow up yet. Start by adding the boards and planning the "
                    "first dialogue."
                )
            )
        self.empty_state.set_empty(overview.is_empty())
        self._show_action_plan(overview)
        self._show_meetings(overview)
        self._show_follow_ups(overview)

    def showing_empty_state(self) -> bool:
        """Return whether the page shows the hint for a store with nothing to follow up."""
        return self.empty_state.showing_empty_state()

    def section(self, key: SectionKey) -> OverviewSection:
        """Return one section of the page."""
        return self.sections[key]

    def showEvent(self, event: QShowEvent) -> None:
        # Left open overnight, the page must not show yesterday's "overdue".
        if self.overview is not None and self.overview.as_of != self.context.today():
            self.reload()
        super().showEvent(event)

    # -- building ------------------------------------------------------------

    def _build_sections(self) -> dict[SectionKey, OverviewSection]:
        # Each column: its English title (translated in "Columns") and a sample of its width.
        date = (QT_TRANSLATE_NOOP("Columns", "Date"), "2026-11-23")
        due = (QT_TRANSLATE_NOOP("Columns", "Due"), "2026-11-23")
        board = (QT_TRANSLATE_NOOP("Columns", "Board"), "Vård- och omsorgsnämnden")
        request = (QT_TRANSLATE_NOOP("Columns", "Reporting request"), "")
        specs: dict[SectionKey, tuple[list[tuple[str, str]], str]] = {
            SectionKey.ACTION_PLAN: ([due, (QT_TRANSLATE_NOOP("Columns", "Action plan"), "")], ""),
            SectionKey.UPCOMING: (
                [
                    date,
                    (QT_TRANSLATE_NOOP("Columns", "Time"), "13.00–15.00"),
                    (QT_TRANSLATE_NOOP("Columns", "Kind"), "Delegation meeting"),
                    (QT_TRANSLATE_NOOP("Columns", "Boards"), ""),
                ],
                self.tr("No meetings are planned in the next 30 days."),
            ),
            SectionKey.OVERDUE_COMMITMENTS: (
                [due, board, (QT_TRANSLATE_NOOP("Columns", "Commitment"), "")],
                self.tr("No commitment is overdue."),
            ),
            SectionKey.OVERDUE_REQUESTS: (
                [due, board, request],
                self.tr("No reporting request is overdue."),
            ),
            SectionKey.AWAITING_ASSESSMENT: (
                [(QT_TRANSLATE_NOOP("Columns", "Answered"), "2026-11-23"), board, request],
                self.tr("No answer is waiting to be assessed."),
            ),
            SectionKey.UNANSWERED_QUESTIONS: (
                [
                    (QT_TRANSLATE_NOOP("Columns", "Asked"), "2026-11-23"),
                    board,
                    (QT_TRANSLATE_NOOP("Columns", "Question"), ""),
                ],
                self.tr("Every question from the meetings held has been answered."),
            ),
            SectionKey.QUIET_BOARDS: (
                [(QT_TRANSLATE_NOOP("Columns", "Last dialogue"), "2026-11-23"), board],
                self.tr("Every active board has had a dialogue in the last 12 months."),
            ),
        }
        sections: dict[SectionKey, OverviewSection] = {}
        for key, (columns, empty) in specs.items():
            rows = 1 if key is SectionKey.ACTION_PLAN else SECTION_LIMIT
            section = OverviewSection(key, columns, rows, empty, self)
            section.view.activated.connect(self._open)
            sections[key] = section
        return sections

    # -- filling -------------------------------------------------------------

    def _show_action_plan(self, overview: Overview) -> None:
        section = self.sections[SectionKey.ACTION_PLAN]
        deadline = overview.action_plan
        section.setVisible(deadline is not None)
        if deadline is None:
            section.show_lines(self.tr("Charter &action plan"), [])
            return
        overdue = deadline.due_on < overview.as_of
        if overdue:
            status = self.tr("The deadline has passed and no action plan is recorded.")
        elif deadline.has_plan:
            status = self.tr("Due; actions are being recorded.")
        else:
            status = self.tr("Due; no actions are recorded yet.")
        tooltip = self.tr(
            "The charter, signed on {signed}, asks for an action plan within two years."
        ).format(signed=deadline.signed_on.isoformat())
        line = OverviewLine(
            (deadline.due_on.isoformat(), status),
            RecordRef(RecordKind.ORGANISATION, ORGANISATION_ID),
            tooltip,
            overdue,
        )
        section.show_lines(self.tr("Charter &action plan"), [line])

    def _show_meetings(self, overview: Overview) -> None:
        upcoming = overview.upcoming
        lines = [
            OverviewLine(
                (
                    meeting.date.isoformat(),
                    swedish_time(meeting.start)
                    if meeting.end is None
                    else f"{swedish_time(meeting.start)}–{swedish_time(meeting.end)}",
                    label(MEETING_KIND_LABELS[meeting.kind]),
                    ", ".join(meeting.boards),
                ),
                RecordRef(RecordKind.MEETING, meeting.id),
                "\n".join(text for text in (meeting.title, *meeting.boards) if text),
            )
            for meeting in upcoming.rows
        ]
        self.sections[SectionKey.UPCOMING].show_lines(
            self.tr("&Meetings in the next 30 days: {count}").format(count=upcoming.total),
            lines,
            self._more(upcoming.total, len(lines), self.tr("The first {shown} of {total}.")),
        )

    def _show_follow_ups(self, overview: Overview) -> None:
        oldest = self.tr("The {shown} oldest of {total}.")
        commitments = overview.overdue_commitments
        self.sections[SectionKey.OVERDUE_COMMITMENTS].show_lines(
            self.tr("Overdue &commitments: {count}").format(count=commitments.total),
            [
                OverviewLine(
                    (row.due_on.isoformat(), row.board, row.description),
                    RecordRef(RecordKind.COMMITMENT, row.id),
                    row.description,
                    overdue=True,
                )
                for row in commitments.rows
            ],
            self._more(commitments.total, len(commitments.rows), oldest),
        )
        for key, section, title, overdue in (
            (
                SectionKey.OVERDUE_REQUESTS,
                overview.overdue_requests,
                self.tr("Overdue reporting &requests: {count}"),
                True,
            ),
            (
                SectionKey.AWAITING_ASSESSMENT,
                overview.awaiting_assessment,
                self.tr("Answers to a&ssess: {count}"),
                False,
            ),
        ):
            self.sections[key].show_lines(
                title.format(count=section.total),
                [
                    OverviewLine(
                        (_date(row.date), row.board, row.subject),
                        RecordRef(RecordKind.REQUEST, row.id),
                        row.subject,
                        overdue,
                    )
                    for row in section.rows
                ],
                self._more(section.total, len(section.rows), oldest),
            )
        questions = overview.unanswered_questions
        self.sections[SectionKey.UNANSWERED_QUESTIONS].show_lines(
            self.tr("Unanswered &questions: {count}").format(count=questions.total),
            [
                OverviewLine(
                    (row.asked_on.isoformat(), row.board, row.text),
                    RecordRef(RecordKind.QUESTION, row.id),
                    row.text,
                )
                for row in questions.rows
            ],
            self._more(questions.total, len(questions.rows), oldest),
        )
        quiet = overview.quiet_boards
        never = self.tr("None yet")
        self.sections[SectionKey.QUIET_BOARDS].show_lines(
            self.tr("&Boards without a dialogue in 12 months: {count}").format(count=quiet.total),
            [
                OverviewLine(
                    (_date(row.last_dialogue, never), row.name),
                    RecordRef(RecordKind.BOARD, row.id),
                )
                for row in quiet.rows
            ],
            self._more(
                quiet.total, len(quiet.rows), self.tr("The {shown} longest quiet of {total}.")
            ),
        )

    @staticmethod
    def _more(total: int, shown: int, template: str) -> str:
        return template.format(shown=shown, total=total) if total > shown else ""

    def _open(self, index: QModelIndex) -> None:
        ref = index.data(RecordRefRole)
        if isinstance(ref, RecordRef):
            self.context.open_record(ref)


def _date(value: dt.date | None, missing: str = "") -> str:
    return missing if value is None else value.isoformat()
