"""The main window: page navigation on the left, the chosen page on the right."""

from __future__ import annotations

import datetime as dt
import html
import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from jamdesk import __version__
from jamdesk.domain.errors import QT_TRANSLATE_NOOP, DomainError
from jamdesk.services.changes import RecordKind, RecordRef
from jamdesk.services.container import Services
from jamdesk.store.meeting_list import count_meetings
from jamdesk.store.organisation import load_organisation
from jamdesk.ui.actions import (
    ACTIONS,
    MENU_TITLES,
    PAGE_ACTIONS,
    ActionId,
    Menu,
    build_actions,
)
from jamdesk.ui.messages import show_error
from jamdesk.ui.operations import Operations
from jamdesk.ui.page import Page, PageContext

PAGE_CONTEXT = "Pages"

GEOMETRY_KEY = "mainWindow/geometry"
STATE_KEY = "mainWindow/state"
SPLITTER_KEY = "mainWindow/splitter"
PAGE_KEY = "mainWindow/page"

PageFactory = Callable[[PageContext, QWidget], Page]

if TYPE_CHECKING:
    from jamdesk.store.database import Database
    from jamdesk.ui.export_dialogs import BriefingDialog, ReportDialog
    from jamdesk.ui.organisation_dialog import OrganisationDialog
    from jamdesk.ui.search_popup import SearchPopup


def _page(module: str, name: str) -> PageFactory:
    """Return a factory that imports the page's module the first time the page is built."""

    # Importing every page (and what each one imports) before the window shows was most
    # of JämDesk's start; a page the secretary never opens is now never imported.
    def build(context: PageContext, parent: QWidget) -> Page:
        page_class = getattr(importlib.import_module(f"jamdesk.ui.{module}"), name)
        page: Page = page_class(context, parent)
        return page

    build.__qualname__ = name
    return build


# Actions the window carries out itself, whatever page is shown.
_WINDOW_ACTIONS = frozenset(
    {
        ActionId.QUIT,
        ActionId.UNDO,
        ActionId.REDO,
        ActionId.REFRESH,
        ActionId.CHECK_STORE,
        ActionId.ORGANISATION,
        ActionId.SETTINGS,
        ActionId.QUESTION_BANK,
        ActionId.EXPORT_REPORT,
        ActionId.EXPORT_BRIEFING,
        ActionId.FIND,
        ActionId.SHORTCUTS,
        ActionId.ABOUT,
        *PAGE_ACTIONS.values(),
    }
)


@dataclass(frozen=True)
class PageSpec:
    """A page the navigation offers: its key, its title and how to build it."""

    key: str
    title: str  # English source text, translated in the context "Pages" when shown
    factory: PageFactory
    # The kinds of record this page can open (search hits, links between records).
    opens: frozenset[RecordKind] = frozenset()


# Only pages that work are listed; a new page is added here and nowhere else.
PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "overview", QT_TRANSLATE_NOOP("Pages", "Overview"), _page("overview_page", "OverviewPage")
    ),
    PageSpec(
        "meetings",
        QT_TRANSLATE_NOOP("Pages", "Meetings"),
        _page("meetings_page", "MeetingsPage"),
        frozenset({RecordKind.MEETING, RecordKind.AGENDA, RecordKind.MINUTES}),
    ),
    PageSpec(
        "boards",
        QT_TRANSLATE_NOOP("Pages", "Boards"),
        _page("boards_page", "BoardsPage"),
        frozenset({RecordKind.BOARD}),
    ),
    PageSpec(
        "questions",
        QT_TRANSLATE_NOOP("Pages", "Questions"),
        _page("questions_page", "QuestionsPage"),
        frozenset({RecordKind.QUESTION}),
    ),
    PageSpec(
        "commitments",
        QT_TRANSLATE_NOOP("Pages", "Commitments"),
        _page("commitments_page", "CommitmentsPage"),
        frozenset({RecordKind.COMMITMENT}),
    ),
    PageSpec(
        "requests",
        QT_TRANSLATE_NOOP("Pages", "Reporting requests"),
        _page("requests_page", "RequestsPage"),
        frozenset({RecordKind.REQUEST}),
    ),
    PageSpec(
        "goals",
        QT_TRANSLATE_NOOP("Pages", "Goals"),
        _page("goals_page", "GoalsPage"),
        frozenset({RecordKind.GOAL}),
    ),
    PageSpec(
        "reviews",
        QT_TRANSLATE_NOOP("Pages", "Reviews and development needs"),
        _page("reviews_page", "ReviewsPage"),
        frozenset({RecordKind.REVIEW, RecordKind.NEED, RecordKind.ACTION_PLAN}),
    ),
    PageSpec(
        "people",
        QT_TRANSLATE_NOOP("Pages", "People"),
        _page("people_page", "PeoplePage"),
        frozenset({RecordKind.PERSON}),
    ),
)


class MainWindow(QMainWindow):
    """The window on one open store."""

    def __init__(
        self,
        services: Services,
        operations: Operations,
        pages: Sequence[PageSpec] = PAGES,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._database = services.database
        self._operations = operations
        self._pages = tuple(pages)
        self._built: dict[str, Page] = {}
        self.context = PageContext(services, operations, today, self.open_record)
        self.actions_by_id = build_actions(self)
        self._search_popup: SearchPopup | None = None
        # The report or briefing dialog opened last (kept for the tests).
        self.export_dialog: ReportDialog[Any] | BriefingDialog[Any] | None = None

        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.navigation.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Taller entries than a plain list's: the navigation is read at a glance and clicked.
        entry_height = self.navigation.fontMetrics().height() + 12
        for spec in self._pages:
            item = QListWidgetItem(QCoreApplication.translate(PAGE_CONTEXT, spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(0, entry_height))
            self.navigation.addItem(item)
        self.stack = QStackedWidget()

        self._splitter = QSplitter(Qt.Orientation.Horizontal)
        self._splitter.addWidget(self.navigation)
        self._splitter.addWidget(self.stack)
        self._splitter.setCollapsible(0, False)
        self._splitter.setStretchFactor(1, 1)
        # Wide enough for the longest page name in the language shown.
        metrics = self.navigation.fontMetrics()
        navigation_width = (
            max(
                (
                    metrics.horizontalAdvance(self.navigation.item(row).text())
                    for row in range(self.navigation.count())
                ),
                default=0,
            )
            + 2 * self.navigation.frameWidth()
        )
        self._splitter.setSizes([max(190, navigation_width + 16), 810])
        self.setCentralWidget(self._splitter)

        self._file_label = QLabel()
        self._count_label = QLabel()
        self.statusBar().addWidget(self._file_label)
        self.statusBar().addPermanentWidget(self._count_label)

        self._create_menus()
        self._create_toolbar()
        self._connect_actions()
        self.navigation.currentRowChanged.connect(self._show_row)
        operations.changed.connect(self._records_changed)
        operations.failed.connect(self._replay_failed)
        self.update_title()
        self.update_status()
        self._restore_settings()
        self._update_page_actions()

    # -- pages ---------------------------------------------------------------

    def page_keys(self) -> list[str]:
        """Return the keys of the pages the navigation offers, in order."""
        return [spec.key for spec in self._pages]

    def current_page_key(self) -> str | None:
        """Return the key of the page shown, or None if there is none."""
        row = self.navigation.currentRow()
        return self._pages[row].key if 0 <= row < len(self._pages) else None

    def current_page(self) -> Page | None:
        """Return the page shown, or None."""
        key = self.current_page_key()
        return None if key is None else self.page(key)

    def show_page(self, key: str) -> Page:
        """Show the page ``key`` (building it on first use) and return it."""
        row = self.page_keys().index(key)
        self.navigation.setCurrentRow(row)
        return self.page(key)

    def page(self, key: str) -> Page:
        """Return the page ``key``, building it the first time it is asked for."""
        if key not in self._built:
            spec = self._pages[self.page_keys().index(key)]
            widget = spec.factory(self.context, self.stack)
            self.stack.addWidget(widget)
            self._built[key] = widget
        return self._built[key]

    def open_record(self, ref: RecordRef) -> None:
        """Show the record ``ref`` on the page that holds records of its kind."""
        if ref.kind is RecordKind.ORGANISATION:
            self.edit_organisation()
            return
        for spec in self._pages:
            if ref.kind in spec.opens and self.show_page(spec.key).open_record(ref):
                return

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._pages):
            self.stack.setCurrentWidget(self.page(self._pages[row].key))
        self._update_page_actions()

    # -- actions -------------------------------------------------------------

    def action(self, action_id: ActionId) -> QAction:
        """Return the window's QAction for ``action_id``."""
        return self.actions_by_id[action_id]

    def _create_menus(self) -> None:
        menus: dict[Menu, QMenu] = {}
        for menu in Menu:
            menus[menu] = self.menuBar().addMenu(
                QCoreApplication.translate("Actions", MENU_TITLES[menu])
            )
        for action_id, spec in ACTIONS.items():
            if not self._offers(action_id):
                continue  # a page this window does not have
            if spec.separator_before:
                menus[spec.menu].addSeparator()
            menus[spec.menu].addAction(self.actions_by_id[action_id])

    def _create_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setMovable(False)
        for action_id, spec in ACTIONS.items():
            if spec.in_toolbar:
                toolbar.addAction(self.actions_by_id[action_id])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    def _connect_actions(self) -> None:
        actions = self.actions_by_id
        stack = self._operations.undo_stack
        actions[ActionId.QUIT].triggered.connect(self.close)
        actions[ActionId.UNDO].triggered.connect(stack.undo)
        actions[ActionId.REDO].triggered.connect(stack.redo)
        stack.canUndoChanged.connect(actions[ActionId.UNDO].setEnabled)
        stack.canRedoChanged.connect(actions[ActionId.REDO].setEnabled)
        stack.undoTextChanged.connect(self._name_undo)
        stack.redoTextChanged.connect(self._name_redo)
        actions[ActionId.UNDO].setEnabled(stack.canUndo())
        actions[ActionId.REDO].setEnabled(stack.canRedo())
        actions[ActionId.REFRESH].triggered.connect(lambda: self._records_changed(frozenset()))
        actions[ActionId.CHECK_STORE].triggered.connect(
            lambda: _show_store_check(self, self._database)
        )
        actions[ActionId.ORGANISATION].triggered.connect(self.edit_organisation)
        actions[ActionId.FIND].triggered.connect(self.show_search)
        actions[ActionId.SETTINGS].triggered.connect(
            lambda: _dialog("settings_dialog", "SettingsDialog", self).exec()
        )
        actions[ActionId.QUESTION_BANK].triggered.connect(
            lambda: _dialog("question_bank_dialog", "QuestionBankDialog", self.context, self).exec()
        )
        actions[ActionId.EXPORT_REPORT].triggered.connect(self.export_report)
        actions[ActionId.EXPORT_BRIEFING].triggered.connect(self.export_briefing)
        actions[ActionId.SHORTCUTS].triggered.connect(
            lambda: _dialog("shortcuts_dialog", "ShortcutsDialog", self).exec()
        )
        actions[ActionId.ABOUT].triggered.connect(self.show_about)
        for key, action_id in PAGE_ACTIONS.items():
            if key in self.page_keys():
                actions[action_id].triggered.connect(
                    lambda _checked=False, key=key: self.show_page(key)
                )
            else:
                actions[action_id].setVisible(False)
        for action_id, action in actions.items():
            if action_id not in _WINDOW_ACTIONS:
                action.triggered.connect(
                    lambda _checked=False, action_id=action_id: self._trigger(action_id)
                )

    def _trigger(self, action_id: ActionId) -> None:
        if action_id is ActionId.NEW_MEETING and "meetings" in self.page_keys():
            self.show_page("meetings")
        page = self.current_page()
        if page is not None and action_id in page.supported_actions():
            page.trigger(action_id)

    def _update_page_actions(self) -> None:
        page = self.current_page()
        supported = page.supported_actions() if page is not None else frozenset()
        for action_id, action in self.actions_by_id.items():
            if action_id in _WINDOW_ACTIONS:
                continue
            if action_id is ActionId.NEW_MEETING:
                action.setEnabled("meetings" in self.page_keys())
                continue
            action.setEnabled(action_id in supported)

    def refresh_page_actions(self) -> None:
        """Enable the actions the current page supports now (after its selection changed)."""
        self._update_page_actions()

    def _page_of(self, action_id: ActionId) -> str | None:
        for key, page_action in PAGE_ACTIONS.items():
            if page_action is action_id:
                return key
        return None

    def _offers(self, action_id: ActionId) -> bool:
        key = self._page_of(action_id)
        return key is None or key in self.page_keys()

    def _name_undo(self, text: str) -> None:
        base = self.tr("&Undo")
        self.actions_by_id[ActionId.UNDO].setText(
            self.tr("&Undo {change}").format(change=text) if text else base
        )

    def _name_redo(self, text: str) -> None:
        base = self.tr("&Redo")
        self.actions_by_id[ActionId.REDO].setText(
            self.tr("&Redo {change}").format(change=text) if text else base
        )

    # -- changes -------------------------------------------------------------

    def _records_changed(self, changed: frozenset[RecordKind]) -> None:
        for page in self._built.values():
            page.refresh(changed)
        if not changed or RecordKind.ORGANISATION in changed:
            self.update_title()
        self.update_status()
        self._update_page_actions()

    def _replay_failed(self, error: DomainError) -> None:
        show_error(self, error)

    # -- title and status ----------------------------------------------------

    def update_title(self) -> None:
        """Name the organisation (or the store's file) in the window title."""
        organisation = load_organisation(self._database.connection)
        name = organisation.name if organisation is not None else self._database.path.name
        self.setWindowTitle(self.tr("JämDesk — {organisation}").format(organisation=name))

    def update_status(self) -> None:
        """Show the store's file and how many meetings it holds in the status bar."""
        path = self._database.path
        self._file_label.setText(path.name)
        self._file_label.setToolTip(str(path))
        count = count_meetings(self._database.connection)
        self._count_label.setText(self.tr("Meetings: {count}").format(count=count))

    def show_search(self) -> SearchPopup:
        """Open the search over every record (kept, so it remembers the last search)."""
        if self._search_popup is None:
            from jamdesk.ui.search_popup import SearchPopup

            self._search_popup = SearchPopup(self.context, self)
        self._search_popup.show_search()
        return self._search_popup

    def edit_organisation(self) -> OrganisationDialog:
        """Open the organisation's settings (window-modal, so the window stays responsive)."""
        from jamdesk.ui.organisation_dialog import OrganisationDialog

        dialog = OrganisationDialog(self.context, self)
        dialog.open()
        return dialog

    def set_up_if_new(self) -> OrganisationDialog | None:
        """On a store without an organisation, ask for it first; return the dialog shown."""
        if self._services.organisation.get() is not None:
            return None
        return self.edit_organisation()

    # -- documents -----------------------------------------------------------

    def export_report(self) -> None:
        """Ask what a follow-up report covers (the board or goal chosen on the page first)."""
        board_id, goal_id = self._chosen_on_page("selected_board_id"), None
        if board_id is None:
            goal_id = self._chosen_on_page("selected_goal_id")
        from jamdesk.ui.document_export import export_report

        self.export_dialog = export_report(self, self.context, board_id=board_id, goal_id=goal_id)

    def export_briefing(self) -> None:
        """Ask which board the chair's briefing is about (the page's board chosen first)."""
        from jamdesk.ui.document_export import ask_briefing

        self.export_dialog = ask_briefing(
            self, self.context, self._chosen_on_page("selected_board_id")
        )

    def _chosen_on_page(self, hook: str) -> int | None:
        """Return what the page shown has chosen through its optional ``hook``, if anything."""
        ask = getattr(self.current_page(), hook, None)
        chosen = ask() if callable(ask) else None
        return chosen if isinstance(chosen, int) else None

    def show_about(self) -> None:
        """Say what JämDesk is, which version runs, and which store is open."""
        text = self.tr(
            "<h3>JämDesk {version}</h3>"
            "<p>The desk of the gender-equality delegation's secretary: dialogues with the "
            "boards, questions, commitments, reporting requests and the documents for the "
            "registry.</p>"
            "<p>Open store: {path}</p>"
            "<p>Free software under the GNU General Public License, version 3 or later.</p>"
        ).format(version=__version__, path=html.escape(str(self._database.path)))
        QMessageBox.about(self, self.tr("About JämDesk"), text)

    # -- settings ------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 700)
        state = settings.value(STATE_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = settings.value(SPLITTER_KEY)
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self._splitter.restoreState(splitter)
        key = settings.value(PAGE_KEY)
        keys = self.page_keys()
        if keys:
            self.navigation.setCurrentRow(keys.index(key) if key in keys else 0)

    def _save_settings(self) -> None:
        settings = QSettings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        settings.setValue(SPLITTER_KEY, self._splitter.saveState())
        key = self.current_page_key()
        if key is not None:
            settings.setValue(PAGE_KEY, key)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_settings()
        super().closeEvent(event)


def _dialog(module: str, name: str, *args: Any) -> QDialog:
    """Return a new dialog of the window's menus, its module imported when first asked for."""
    dialog: QDialog = getattr(importlib.import_module(f"jamdesk.ui.{module}"), name)(*args)
    return dialog


def _show_store_check(parent: QWidget, database: Database) -> None:
    from jamdesk.ui.store_check import show_store_check

    show_store_check(parent, database)
