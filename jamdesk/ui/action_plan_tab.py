"""The Reviews page's tab for the charter's action plan: actions by article, overdue in red.

Its texts are filed under the Reviews page's translation context, as the other tabs' are
(see ``review_tabs``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from jamdesk.domain.action_plan import ACTION_STATUS_LABELS, ActionPlanItem
from jamdesk.domain.errors import QT_TRANSLATE_NOOP
from jamdesk.services.changes import RecordKind
from jamdesk.store.review_lists import ActionList, ActionListRow, ActionSort
from jamdesk.ui.messages import label
from jamdesk.ui.page import PageContext
from jamdesk.ui.paged_model import Column
from jamdesk.ui.register_table import RegisterModel, RegisterTable, first_line
from jamdesk.ui.review_dialogs import ActionDialog
from jamdesk.ui.review_tabs import ReviewsPageTab


def _action_columns() -> list[Column[ActionListRow]]:
    return [
        Column(
            QT_TRANSLATE_NOOP("Columns", "Article"),
            lambda r: r.goal_code or r.goal_title,
            ActionSort.ARTICLE,
            tooltip=lambda r: r.goal_title,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Action"),
            lambda r: first_line(r.action),
            ActionSort.ACTION,
            tooltip=lambda r: r.action,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Priority"), lambda r: r.priority, ActionSort.PRIORITY),
        Column(QT_TRANSLATE_NOOP("Columns", "Board"), lambda r: r.board, ActionSort.BOARD),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Due"),
            lambda r: "" if r.due_on is None else r.due_on.isoformat(),
            ActionSort.DUE,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Status"),
            lambda r: label(ACTION_STATUS_LABELS[r.status]),
            ActionSort.STATUS,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Resources"), lambda r: r.resources),
        Column(QT_TRANSLATE_NOOP("Columns", "Indicator"), lambda r: r.indicator),
    ]


class ActionPlanTab(ReviewsPageTab[ActionPlanItem]):
    """The charter's action plan by article; overdue actions in red. Actions are not deleted."""

    record_kind = RecordKind.ACTION_PLAN

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.source: ActionList = ActionList(context.services.database.connection)
        model: RegisterModel[ActionListRow] = RegisterModel(
            self.source,
            _action_columns(),
            lambda row: row.id,
            sort=ActionSort.ARTICLE,
            emphasis=lambda row: row.overdue_on(self.context.today()),
            parent=self,
        )
        self.table = RegisterTable(
            model,
            name=QCoreApplication.translate("ReviewsPage", "Action plan"),
            settings_key="reviewsPage/actionPlan",
            empty_message=self.store_empty_message(),
            width_samples={0: "Art. 32", 1: "Ta fram könsuppdelad statistik för alla"},
            parent=self,
        )
        buttons = self.command_buttons(
            QCoreApplication.translate("ReviewsPage", "&New action…"), deletable=False
        )
        self.lay_out(buttons)

    def load_record(self, record_id: int) -> ActionPlanItem | None:
        """Return the action ``record_id``, or None."""
        return self.context.services.action_plan.get(record_id)

    def make_editor(self, record: ActionPlanItem | None) -> ActionDialog:
        """Return the editor on the action ``record``, or on a new action."""
        return ActionDialog(self.context, record, self)

    def store_empty_message(self) -> str:
        """Return the hint shown while the plan holds no action."""
        return QCoreApplication.translate(
            "ReviewsPage", "No actions in the plan yet — add the charter's first action."
        )
