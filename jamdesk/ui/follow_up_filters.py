"""The filter bar above the follow-up lists: board, status, due dates, goal, meeting kind, year."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from jamdesk.domain.meetings import MEETING_KIND_LABELS, MeetingKind
from jamdesk.store.follow_up_lists import OUTSTANDING, FollowUpFilters
from jamdesk.ui.messages import label

# How far ahead "Due within" may look: a year covers any delegation's planning.
MAX_DUE_WITHIN_DAYS = 366


class FollowUpFilterBar(QWidget):
    """Combos and boxes that narrow a follow-up list; ``changed`` fires on every change."""

    changed = Signal()

    def __init__(
        self,
        statuses: Sequence[tuple[str, str]],
        *,
        due_dates: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        """Offer ``statuses`` (value, translated label); ``due_dates`` adds the due filters."""
        super().__init__(parent)
        self._quiet = False
        self._due_dates = due_dates
        self.board = QComboBox(self)
        self.board.setAccessibleName(self.tr("Board"))
        self.status = QComboBox(self)
        self.status.addItem(self.tr("All"), None)
        self.status.addItem(self.tr("Outstanding"), OUTSTANDING)
        for value, text in statuses:
            self.status.addItem(text, value)
        self.overdue = QCheckBox(self.tr("&Overdue only"), self)
        self.due_within = QSpinBox(self)
        self.due_within.setRange(0, MAX_DUE_WITHIN_DAYS)
        self.due_within.setSpecialValueText(self.tr("any time"))
        self.due_within.setSuffix(self.tr(" days"))
        self.due_within.setAccelerated(True)
        self.goal = QComboBox(self)
        self.meeting_kind = QComboBox(self)
        self.meeting_kind.addItem(self.tr("All kinds"), None)
        for kind, text in MEETING_KIND_LABELS.items():
            self.meeting_kind.addItem(label(text), kind.value)
        self.year = QComboBox(self)
        self.clear_button = QPushButton(self.tr("C&lear filters"), self)
        self.set_options([], [], [])
        self._lay_out(due_dates)
        for combo in (self.board, self.status, self.goal, self.meeting_kind, self.year):
            # Long goal titles must not push the bar wider than the window.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
            combo.currentIndexChanged.connect(self._emit_changed)
        self.overdue.toggled.connect(self._emit_changed)
        self.due_within.valueChanged.connect(self._emit_changed)
        self.clear_button.clicked.connect(self.clear)

    def _lay_out(self, due_dates: bool) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        cells: list[tuple[str, QWidget]] = [
            (self.tr("&Board:"), self.board),
            (self.tr("&Status:"), self.status),
            (self.tr("&Goal:"), self.goal),
            (self.tr("Meeting &kind:"), self.meeting_kind),
            (self.tr("&Year:"), self.year),
        ]
        if due_dates:
            cells.append((self.tr("Due &within:"), self.due_within))
        for number, (caption, widget) in enumerate(cells):
            row, column = divmod(number, 3)
            text = QLabel(caption, self)
            text.setBuddy(widget)
            grid.addWidget(text, row, column * 2)
            grid.addWidget(widget, row, column * 2 + 1)
        last_row = (len(cells) - 1) // 3
        if due_dates:
            grid.addWidget(self.overdue, 0, 6)
        else:
            # Questions are never due: the due filters stay hidden and off.
            self.overdue.hide()
            self.due_within.hide()
        grid.addWidget(self.clear_button, last_row, 6)
        grid.setColumnStretch(7, 1)

    # -- options -------------------------------------------------------------

    def set_options(
        self,
        boards: Sequence[tuple[int, str]],
        goals: Sequence[tuple[int, str]],
        years: Sequence[int],
    ) -> None:
        """Offer these boards, goals and years, keeping what is chosen where it still exists."""
        self._quiet = True
        try:
            before = self.filters()
            _refill(self.board, self.tr("All boards"), boards, before.board_id)
            _refill(self.goal, self.tr("All goals"), goals, before.goal_id)
            _refill(self.year, self.tr("All years"), [(y, str(y)) for y in years], before.year)
        finally:
            self._quiet = False
        if self.filters() != before:
            self.changed.emit()

    # -- the filters ---------------------------------------------------------

    def filters(self) -> FollowUpFilters:
        """Return the filters chosen."""
        kind = self.meeting_kind.currentData()
        return FollowUpFilters(
            board_id=self.board.currentData(),
            status=self.status.currentData(),
            overdue_only=self._due_dates and self.overdue.isChecked(),
            due_within_days=self.due_within.value() if self._due_dates else 0,
            goal_id=self.goal.currentData(),
            meeting_kind=None if kind is None else MeetingKind(kind),
            year=self.year.currentData(),
        )

    def clear(self) -> None:
        """Let every row through again."""
        self._quiet = True
        try:
            for combo in (self.board, self.status, self.goal, self.meeting_kind, self.year):
                combo.setCurrentIndex(0)
            self.overdue.setChecked(False)
            self.due_within.setValue(0)
        finally:
            self._quiet = False
        self.changed.emit()

    def select(self, combo: QComboBox, value: object) -> bool:
        """Choose the entry of ``combo`` holding ``value``; return whether there was one."""
        index = combo.findData(value)
        if index < 0:
            return False
        combo.setCurrentIndex(index)
        return True

    def _emit_changed(self) -> None:
        if not self._quiet:
            self.changed.emit()


def _refill(
    combo: QComboBox, everything: str, entries: Sequence[tuple[int, str]], keep: int | None
) -> None:
    """Fill ``combo`` with "everything" and ``entries``, choosing ``keep`` if still there."""
    offered = [(combo.itemData(i), combo.itemText(i)) for i in range(1, combo.count())]
    if combo.count() and offered == list(entries):
        return  # nothing new: keep the combo (and an open pop-up) as it is
    combo.clear()
    combo.addItem(everything, None)
    for value, text in entries:
        combo.addItem(text, value)
    index = combo.findData(keep) if keep is not None else 0
    combo.setCurrentIndex(max(index, 0))
