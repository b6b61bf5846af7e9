"""The goal editor: own goals, national sub-goals and the charter's articles alike."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from jamdesk.domain.goals import GOAL_KIND_LABELS, Goal, GoalKind
from jamdesk.ui.page import PageContext
from jamdesk.ui.register_fields import RecordDialog, choose_enum, text_box


class GoalDialog(RecordDialog[Goal]):
    """Add or edit a goal; a refused save stays open with the reason under the field."""

    def __init__(
        self,
        context: PageContext,
        goal: Goal | None,
        kind: GoalKind = GoalKind.OWN,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.goal = goal
        self.setWindowTitle(self.tr("New goal") if goal is None else self.tr("Edit goal"))
        self.kind = QComboBox(self)
        choose_enum(self.kind, GOAL_KIND_LABELS, goal.kind if goal else kind)
        self.code = QLineEdit("" if goal is None else goal.code, self)
        self.code.setPlaceholderText(self.tr("e.g. Art. 12, 5 or M3"))
        self.title = QLineEdit("" if goal is None else goal.title, self)
        self.description = text_box("" if goal is None else goal.description, 8, self)
        self.sort_order = QSpinBox(self)
        self.sort_order.setRange(0, 9999)
        self.sort_order.setValue(self._next_order(kind) if goal is None else goal.sort_order)
        self.sort_order.setToolTip(self.tr("Goals of a kind are listed by this number."))
        self.active = QCheckBox(self.tr("Offered for &tagging"), self)
        self.active.setChecked(True if goal is None else goal.active)
        self.form.add_row(self.tr("&Kind:"), self.kind, "kind")
        self.form.add_row(self.tr("&Code:"), self.code, "code")
        self.form.add_row(self.tr("T&itle:"), self.title, "title")
        self.form.add_row(self.tr("&Description:"), self.description, "description")
        self.form.add_row(self.tr("&Position in list:"), self.sort_order, "sort_order")
        self.form.add_row("", self.active, "active")
        if goal is None:
            # A new goal goes last among its kind, whichever kind is chosen.
            self.kind.currentIndexChanged.connect(
                lambda _: self.sort_order.setValue(
                    self._next_order(GoalKind(self.kind.currentData()))
                )
            )
        self.finish_layout()
        (self.code if goal is None else self.title).setFocus()

    def _next_order(self, kind: GoalKind) -> int:
        goals = self.context.services.goals.list_goals(kind, include_inactive=True)
        return max((goal.sort_order for goal in goals), default=0) + 1

    def edited_goal(self) -> Goal:
        """Return the goal as the fields describe it (not yet validated)."""
        base = self.goal or Goal(GoalKind.OWN, "")
        return replace(
            base,
            kind=GoalKind(self.kind.currentData()),
            code=self.code.text(),
            title=self.title.text(),
            description=self.description.toPlainText(),
            sort_order=self.sort_order.value(),
            active=self.active.isChecked(),
        )

    def save(self) -> Goal:
        """Save the goal through the goal service."""
        goal = self.edited_goal()
        goals = self.context.services.goals
        if goal.id is None:
            return self.context.operations.run(self.tr("add goal"), lambda: goals.create(goal))
        return self.context.operations.run(self.tr("edit goal"), lambda: goals.update(goal))
