"""A list or table that shows a friendly hint instead of an empty grid."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget


class EmptyState(QWidget):
    """Holds a content widget and shows ``message`` in its place while there is nothing."""

    def __init__(self, content: QWidget, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.label = QLabel(message)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.label.setFont(font)
        self._layout = QStackedLayout(self)
        self._layout.addWidget(self.content)
        self._layout.addWidget(self.label)

    def set_empty(self, empty: bool) -> None:
        """Show the hint when ``empty``, else the content."""
        self._layout.setCurrentWidget(self.label if empty else self.content)

    def set_message(self, message: str) -> None:
        """Change the hint, for instance when a filter rather than the store is empty."""
        self.label.setText(message)

    def showing_empty_state(self) -> bool:
        """Return whether the hint is shown."""
        return self._layout.currentWidget() is self.label
