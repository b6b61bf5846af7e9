"""The Reviews page: document reviews, development needs and the charter's action plan."""

from __future__ import annotations

from enum import IntEnum
from typing import Any, TypeVar

from PySide6.QtWidgets import QDialog, QTabWidget, QVBoxLayout, QWidget

from jamdesk.services.changes import RecordKind, RecordRef
from jamdesk.ui.action_plan_tab import ActionPlanTab
from jamdesk.ui.actions import ActionId
from jamdesk.ui.page import Page, PageContext
from jamdesk.ui.register_table import RegisterTable, tell_window_actions_changed
from jamdesk.ui.review_tabs import DocumentReviewsTab, NeedsTab, ReviewsPageTab

T = TypeVar("T", bound=ReviewsPageTab[Any])


class ReviewTab(IntEnum):
    REVIEWS = 0
    NEEDS = 1
    ACTION_PLAN = 2


class ReviewsPage(Page):
    """Three registers in tabs: reviews of governance documents, needs and the action plan.

    The window's commands act on the tab shown; ``reviews``, ``needs`` and ``action_plan``
    are the tabs' tables.
    """

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.tabs = QTabWidget(self)
        self.review_tab = self._add(DocumentReviewsTab(context, self), self.tr("&Document reviews"))
        self.need_tab = self._add(NeedsTab(context, self), self.tr("Develo&pment needs"))
        self.action_tab = self._add(ActionPlanTab(context, self), self.tr("CEMR &action plan"))
        self._tabs: dict[ReviewTab, ReviewsPageTab[Any]] = {
            ReviewTab.REVIEWS: self.review_tab,
            ReviewTab.NEEDS: self.need_tab,
            ReviewTab.ACTION_PLAN: self.action_tab,
        }
        self.reviews = self.review_tab.table
        self.needs = self.need_tab.table
        self.action_plan = self.action_tab.table
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda _: tell_window_actions_changed(self))

    def _add(self, tab: T, title: str) -> T:
        self.tabs.addTab(tab, title)
        return tab

    # -- the page contract ---------------------------------------------------

    def refresh(self, changed: frozenset[RecordKind] = frozenset()) -> None:
        """Read the lists again that ``changed`` (empty: anything) may concern."""
        for tab in self._tabs.values():
            tab.refresh(changed)

    def supported_actions(self) -> frozenset[ActionId]:
        """New always; edit with a row selected; delete for reviews and needs only."""
        return self.current_tab().supported_actions()

    def trigger(self, action: ActionId) -> None:
        """Carry out a window action on the tab shown."""
        self.current_tab().trigger(action)

    def open_record(self, ref: RecordRef) -> bool:
        """Show the tab holding ``ref`` and select it, lifting filters that hide it."""
        for number, tab in self._tabs.items():
            if tab.record_kind is ref.kind:
                self.tabs.setCurrentIndex(number)
                return tab.open_record(ref)
        return False

    @property
    def dialog(self) -> QDialog | None:
        """Return the editor opened last on the tab shown."""
        return self.current_tab().dialog

    def current_tab(self) -> ReviewsPageTab[Any]:
        """Return the tab shown."""
        return self._tabs[ReviewTab(self.tabs.currentIndex())]

    def show_tab(self, tab: ReviewTab) -> RegisterTable:
        """Show ``tab`` and return its table."""
        self.tabs.setCurrentIndex(tab)
        return self._tabs[tab].table
