"""A checkable list of goals grouped by kind, for tagging records with the goals they concern."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from jamdesk.domain.goals import GOAL_KIND_LABELS, Goal, GoalKind
from jamdesk.store.goals import goal_sort_key
from jamdesk.ui.messages import label

GoalIdRole = Qt.ItemDataRole.UserRole + 1


class GoalPicker(QWidget):
    """Goals under their kinds, each with a check box; a filter line narrows the list.

    Retired goals are offered only where the record already carries them, so an old
    tag can be seen and removed but not newly given.
    """

    changed = Signal()

    def __init__(
        self,
        goals: Sequence[Goal] = (),
        selected: Iterable[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter goals by code or title"))
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName(self.tr("Goals"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        self.setFocusProxy(self.tree)
        self.filter.textChanged.connect(self._apply_filter)
        self.tree.itemChanged.connect(self._item_changed)
        self.set_goals(goals, selected)

    def set_goals(self, goals: Sequence[Goal], selected: Iterable[int] = ()) -> None:
        """Offer ``goals`` (the active ones, and retired ones in ``selected``), ticking those."""
        chosen = set(selected)
        self.tree.blockSignals(True)
        self.tree.clear()
        groups: dict[GoalKind, QTreeWidgetItem] = {}
        for goal in sorted(goals, key=goal_sort_key):
            if goal.id is None or not (goal.active or goal.id in chosen):
                continue
            group = groups.get(goal.kind)
            if group is None:
                group = QTreeWidgetItem(self.tree, [label(GOAL_KIND_LABELS[goal.kind])])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups[goal.kind] = group
            item = QTreeWidgetItem(group, [self._goal_text(goal)])
            item.setData(0, GoalIdRole, goal.id)
            item.setToolTip(0, goal.description or goal.title)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            checked = goal.id in chosen
            item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self._update_group_texts()
        self._apply_filter(self.filter.text())

    def selected_ids(self) -> tuple[int, ...]:
        """Return the ids of the goals ticked, in ascending order."""
        return tuple(sorted(goal_id for goal_id, checked in self._items() if checked))

    def set_checked(self, goal_id: int, checked: bool) -> bool:
        """Tick (or untick) the goal ``goal_id``; return whether it is offered."""
        for item in self._goal_items():
            if item.data(0, GoalIdRole) == goal_id:
                state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                item.setCheckState(0, state)
                return True
        return False

    def offered_ids(self) -> tuple[int, ...]:
        """Return the ids of every goal offered, in the order shown."""
        return tuple(goal_id for goal_id, _ in self._items())

    def _goal_text(self, goal: Goal) -> str:
        text = f"{goal.code}  {goal.title}" if goal.code else goal.title
        if not goal.active:
            return self.tr("{goal} (retired)").format(goal=text)
        return text

    def _groups(self) -> list[QTreeWidgetItem]:
        items = (self.tree.topLevelItem(row) for row in range(self.tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    def _goal_items(self, group: QTreeWidgetItem | None = None) -> list[QTreeWidgetItem]:
        items: list[QTreeWidgetItem] = []
        for parent in self._groups() if group is None else [group]:
            children = (parent.child(row) for row in range(parent.childCount()))
            items.extend(child for child in children if child is not None)
        return items

    def _items(self) -> list[tuple[int, bool]]:
        return [
            (int(item.data(0, GoalIdRole)), item.checkState(0) == Qt.CheckState.Checked)
            for item in self._goal_items()
        ]

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        del column
        if item.parent() is not None:
            self._update_group_texts()
            self.changed.emit()

    def _update_group_texts(self) -> None:
        # Naming how many are ticked shows a choice hidden by the filter or a collapsed group.
        self.tree.blockSignals(True)
        for group in self._groups():
            ticked = sum(
                child.checkState(0) == Qt.CheckState.Checked for child in self._goal_items(group)
            )
            kind_text = group.data(0, GoalIdRole + 1) or group.text(0)
            group.setData(0, GoalIdRole + 1, kind_text)
            group.setText(
                0,
                self.tr("{kind} ({count} chosen)").format(kind=kind_text, count=ticked)
                if ticked
                else kind_text,
            )
        self.tree.blockSignals(False)

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for group in self._groups():
            visible = 0
            for child in self._goal_items(group):
                shown = not needle or needle in child.text(0).casefold()
                child.setHidden(not shown)
                visible += shown
            group.setHidden(visible == 0)
