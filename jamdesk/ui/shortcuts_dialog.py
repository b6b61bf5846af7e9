"""Help → Keyboard shortcuts: every action and its keys, read from the action table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jamdesk.ui.actions import ACTIONS, MENU_TITLES


class ShortcutsDialog(QDialog):
    """Lists the keyboard shortcuts, menu by menu."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [(spec.menu, spec.text, spec.shortcut) for spec in ACTIONS.values() if spec.shortcut]
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for number, (menu, text, shortcut) in enumerate(rows):
            menu_text = QCoreApplication.translate("Actions", MENU_TITLES[menu]).replace("&", "")
            action_text = QCoreApplication.translate("Actions", text).replace("&", "")
            keys = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            for column, value in enumerate((menu_text, action_text, keys)):
                self.table.setItem(number, column, QTableWidgetItem(value))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 560)
