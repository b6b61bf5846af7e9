"""Tools → Check the store: the same checks as ``jamdesk check``, with the result shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from jamdesk.store.database import Database
from jamdesk.store.health import run_checks


def show_store_check(parent: QWidget, database: Database) -> list[str]:
    """Check the open store, tell the user the result and return the problems found."""
    problems = run_checks(database.connection)
    title = QCoreApplication.translate("StoreCheck", "Check the store")
    if not problems:
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate(
                "StoreCheck",
                "The store is sound: SQLite's checks and JämDesk's own rules all pass.",
            ),
        )
        return problems
    box = QMessageBox(QMessageBox.Icon.Warning, title, "", parent=parent)
    box.setText(
        QCoreApplication.translate(
            "StoreCheck",
            "The check found {count} problems. Keep a copy of the file and pass the details "
            "on to whoever supports JämDesk.",
        ).format(count=len(problems))
    )
    box.setDetailedText("\n".join(problems))
    box.exec()
    return problems
