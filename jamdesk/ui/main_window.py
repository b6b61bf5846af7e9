"""The main window: page navigation on the left, the chosen page on the right."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from jamdesk import __version__
from jamdesk.domain.errors import QT_TRANSLATE_NOOP
from jamdesk.store.database import Database
from jamdesk.store.meeting_list import count_meetings
from jamdesk.store.organisation import load_organisation
from jamdesk.ui.meetings_page import MeetingsPage

PAGE_CONTEXT = "Pages"

GEOMETRY_KEY = "mainWindow/geometry"
STATE_KEY = "mainWindow/state"
SPLITTER_KEY = "mainWindow/splitter"
PAGE_KEY = "mainWindow/page"

PageFactory = Callable[[Database, QWidget], QWidget]


@dataclass(frozen=True)
class PageSpec:
    """A page the navigation offers: its settings key, its title and how to build it."""

    key: str
    title: str  # English source text, translated in the context "Pages" when shown
    factory: PageFactory


# Only pages that work are listed; later pages (Overview, Boards, Questions, ...) are
# added here and nowhere else.
PAGES: tuple[PageSpec, ...] = (
    PageSpec("meetings", QT_TRANSLATE_NOOP("Pages", "Meetings"), MeetingsPage),
)


class MainWindow(QMainWindow):
    """The window on one open store."""

    def __init__(
        self,
        database: Database,
        pages: Sequence[PageSpec] = PAGES,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._pages = tuple(pages)
        self._built: dict[str, QWidget] = {}

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
        self._splitter.setSizes([180, 820])
        self.setCentralWidget(self._splitter)

        self._file_label = QLabel()
        self._count_label = QLabel()
        self.statusBar().addWidget(self._file_label)
        self.statusBar().addPermanentWidget(self._count_label)

        self._create_menus()
        self.navigation.currentRowChanged.connect(self._show_row)
        self.update_title()
        self.update_status()
        self._restore_settings()

    # -- pages ---------------------------------------------------------------

    def page_keys(self) -> list[str]:
        """Return the keys of the pages the navigation offers, in order."""
        return [spec.key for spec in self._pages]

    def current_page_key(self) -> str | None:
        """Return the key of the page shown, or None if there is none."""
        row = self.navigation.currentRow()
        return self._pages[row].key if 0 <= row < len(self._pages) else None

    def show_page(self, key: str) -> QWidget:
        """Show the page ``key`` (building it on first use) and return it."""
        row = self.page_keys().index(key)
        self.navigation.setCurrentRow(row)
        return self.page(key)

    def page(self, key: str) -> QWidget:
        """Return the page ``key``, building it the first time it is asked for."""
        if key not in self._built:
            spec = self._pages[self.page_keys().index(key)]
            widget = spec.factory(self._database, self.stack)
            self.stack.addWidget(widget)
            self._built[key] = widget
        return self._built[key]

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._pages):
            self.stack.setCurrentWidget(self.page(self._pages[row].key))

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

    # -- menus ---------------------------------------------------------------

    def _create_menus(self) -> None:
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(quit_action)

        about_action = QAction(self.tr("&About JämDesk"), self)
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(self.show_about)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(about_action)

        self.quit_action = quit_action
        self.about_action = about_action

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
            self.resize(1000, 640)
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
