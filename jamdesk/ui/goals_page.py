"""The Goals page: own goals, the national sub-goals and the charter's articles, as data."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QWidget,
)

from jamdesk.domain.errors import QT_TRANSLATE_NOOP
from jamdesk.domain.goals import GOAL_KIND_LABELS, Goal, GoalKind
from jamdesk.services.changes import RecordKind
from jamdesk.store.register_lists import GoalList, GoalSort
from jamdesk.ui.goal_dialog import GoalDialog
from jamdesk.ui.messages import label
from jamdesk.ui.page import PageContext
from jamdesk.ui.paged_model import Column
from jamdesk.ui.register_table import RegisterModel, RegisterPage, RegisterTable, first_line

_SETTINGS_KEY = "goalsPage"


class GoalsPage(RegisterPage[Goal]):
    """The register of goals: add, edit, retire (never delete) and offer again."""

    record_kind = RecordKind.GOAL

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.source: GoalList = GoalList(context.services.database.connection)
        self.source.include_inactive = False
        self.model: RegisterModel[Goal] = RegisterModel(
            self.source,
            self._columns(),
            lambda goal: goal.id or 0,
            sort=GoalSort.ORDER,
            muted=lambda goal: not goal.active,
            parent=self,
        )
        self.table = RegisterTable(
            self.model,
            name=self.tr("Goals"),
            settings_key=_SETTINGS_KEY,
            empty_message=self.store_empty_message(),
            width_samples={0: "National sub-goal", 1: "Art. 32", 2: "Jämn fördelning av makt"},
            parent=self,
        )
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("All kinds"), None)
        for kind, text in GOAL_KIND_LABELS.items():
            self.kind.addItem(label(text), kind.value)
        kind_label = QLabel(self.tr("&Show:"), self)
        kind_label.setBuddy(self.kind)
        self.show_retired = QCheckBox(self.tr("Show &retired goals"), self)
        self.new_button = QPushButton(self.tr("&New goal…"), self)
        self.edit_button = QPushButton(self.tr("Ed&it…"), self)
        self.deactivate_button = QPushButton(self.tr("&Deactivate"), self)
        self.reactivate_button = QPushButton(self.tr("Re&activate"), self)

        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_current)
        self.deactivate_button.clicked.connect(lambda: self.set_current_active(False))
        self.reactivate_button.clicked.connect(lambda: self.set_current_active(True))
        self.kind.currentIndexChanged.connect(self._filter_changed)
        self.show_retired.toggled.connect(self._filter_changed)
        buttons = (
            self.new_button,
            self.edit_button,
            self.deactivate_button,
            self.reactivate_button,
        )
        self.lay_out(buttons, (kind_label, self.kind, self.show_retired))

    def _columns(self) -> list[Column[Goal]]:
        return [
            Column(
                QT_TRANSLATE_NOOP("Columns", "Kind"),
                lambda g: label(GOAL_KIND_LABELS[g.kind]),
                GoalSort.ORDER,
            ),
            Column(QT_TRANSLATE_NOOP("Columns", "Code"), lambda g: g.code, GoalSort.CODE),
            Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda g: g.title, GoalSort.TITLE),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Status"),
                lambda g: self.tr("active") if g.active else self.tr("retired"),
                GoalSort.ACTIVE,
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Description"),
                lambda g: first_line(g.description),
                None,
                tooltip=lambda g: g.description or g.title,
            ),
        ]

    def refresh(self, changed: frozenset[RecordKind] = frozenset()) -> None:
        """Read the goals again if ``changed`` (empty: anything) may concern them."""
        if not changed or RecordKind.GOAL in changed:
            self.reload()

    def set_kind(self, kind: GoalKind | None) -> None:
        """Show the goals of ``kind`` only, or of every kind (None)."""
        self.kind.setCurrentIndex(0 if kind is None else self.kind.findData(kind.value))

    # -- commands ------------------------------------------------------------

    def load_record(self, record_id: int) -> Goal | None:
        """Return the goal ``record_id``, or None."""
        return self.context.services.goals.get(record_id)

    def make_editor(self, record: Goal | None) -> GoalDialog:
        """Return the editor on the goal ``record``, or on a new goal of the kind shown."""
        kind = record.kind if record is not None else self.source.kind or GoalKind.OWN
        return GoalDialog(self.context, record, kind, self)

    def selected_goal_id(self) -> int | None:
        """Return the selected goal, for the window's follow-up report."""
        return self.table.current_id()

    def set_current_active(self, active: bool) -> None:
        """Retire the selected goal (its past tags stay) or offer it for tagging again."""
        goal_id = self.table.current_id()
        if goal_id is None:
            return
        goals = self.context.services.goals
        description = self.tr("reactivate goal") if active else self.tr("deactivate goal")
        self.context.operations.run(description, lambda: goals.set_active(goal_id, active))
        if not active:
            # The retired goal stays in view, greyed, where the user just acted on it.
            self.show_retired.setChecked(True)
        self.table.select(goal_id)

    # -- filters and buttons -------------------------------------------------

    def show_everything(self) -> None:
        """Show goals of every kind, retired ones too."""
        self.kind.setCurrentIndex(0)
        self.show_retired.setChecked(True)

    def _filter_changed(self) -> None:
        value = self.kind.currentData()
        self.source.kind = None if value is None else GoalKind(value)
        self.source.include_inactive = self.show_retired.isChecked()
        self.reload()

    def store_empty_message(self) -> str:
        """Return the hint shown while there are no goals at all."""
        return self.tr(
            "No goals yet — add your own goals, the national sub-goals or the charter's articles."
        )

    def filtered_empty_message(self) -> str:
        """Return the hint shown while the filters hide every goal."""
        return self.tr("No goals to show — choose “All kinds” or tick “Show retired goals”.")

    def update_buttons(self) -> None:
        """Enable editing, retiring and offering again as the selected goal allows."""
        index = self.table.view.currentIndex()
        goal = self.model.row(index.row()) if index.isValid() else None
        self.edit_button.setEnabled(goal is not None)
        self.deactivate_button.setEnabled(goal is not None and goal.active)
        self.reactivate_button.setEnabled(goal is not None and not goal.active)
