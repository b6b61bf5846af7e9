"""The paragraph list of the minutes tab: numbers and headings, the one chosen in full below."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jamdesk.domain.minutes import MinutesKind, Paragraph, paragraph_range
from jamdesk.ui.empty_state import EmptyState
from jamdesk.ui.minutes_dialogs import WARNING_STYLE
from jamdesk.ui.minutes_model import ParagraphColumn, ParagraphModel, paragraph_text

SPLITTER_KEY = "minutesEditor/paragraphSplitter"
COLUMN_WIDTHS_KEY = "minutesEditor/columnWidths"


class ParagraphList(QWidget):
    """The paragraphs of the minutes shown, their buttons, and the signature block's range.

    It only shows: the buttons and ``edit_requested`` (Enter or a double click on a row)
    go to the minutes editor, which runs the changes.
    """

    edit_requested = Signal()
    current_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind = MinutesKind.PROTOCOL
        self.model = ParagraphModel(self)
        self.table = self._build_table()
        self.state = EmptyState(self.table, self.tr("No paragraphs yet — Ctrl+Shift+N adds one."))
        self.state.setFocusProxy(self.table)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.preview.setAccessibleName(self.tr("The paragraph chosen"))
        self.signature = QLabel(self)
        self.new_button = QPushButton(self.tr("New paragraph…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.new_button.setToolTip(self.tr("Add a paragraph (Ctrl+Shift+N)"))
        self.edit_button.setToolTip(self.tr("Write the paragraph chosen (Enter or F2)"))
        self.remove_button.setToolTip(self.tr("Remove the paragraph chosen (Del)"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(WARNING_STYLE)
        self.message.hide()
        self._lay_out()
        self.setFocusProxy(self.table)

    def show_paragraphs(
        self, paragraphs: Sequence[Paragraph], kind: MinutesKind, editable: bool
    ) -> None:
        """Show ``paragraphs``, keeping the one chosen (or choosing the first)."""
        chosen = self.selected()
        self._kind = kind
        self.model.set_paragraphs(paragraphs, kind)
        self.state.set_empty(not paragraphs)
        if paragraphs:
            row = self.model.row_of(chosen.id if chosen is not None else None)
            self.select(self.model.paragraph(row or 0).id)
        numbers = [paragraph.number for paragraph in paragraphs]
        if not numbers:
            self.signature.clear()
        elif kind is MinutesKind.PROTOCOL:
            self.signature.setText(
                self.tr("Signature block: {range}").format(range=paragraph_range(numbers))
            )
        else:
            self.signature.setText(self.tr("{count} items").format(count=len(numbers)))
        for button in (self.new_button, self.edit_button, self.remove_button):
            button.setVisible(editable)
        self._show_preview()

    def selected(self) -> Paragraph | None:
        """Return the paragraph chosen, or None."""
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.paragraph(index.row())

    def select(self, paragraph_id: int | None) -> None:
        """Choose the paragraph ``paragraph_id`` if it is listed."""
        row = self.model.row_of(paragraph_id)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, ParagraphColumn.HEADING))

    def following(self, paragraph: Paragraph) -> list[int]:
        """Return the ids of the paragraphs listed after ``paragraph``."""
        row = self.model.row_of(paragraph.id)
        later = self.model.paragraphs()[(row or 0) + 1 :] if row is not None else []
        return [p.id for p in later if p.id is not None]

    def show_message(self, text: str) -> None:
        """Say why a change of the list was refused (empty: say nothing)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _show_preview(self) -> None:
        paragraph = self.selected()
        if paragraph is None:
            self.preview.clear()
        else:
            self.preview.setPlainText(paragraph_text(paragraph, self._kind))

    def _current_changed(self) -> None:
        self._show_preview()
        self.current_changed.emit()

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Paragraphs"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.setCornerButtonEnabled(False)
        rows = table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        columns = table.horizontalHeader()
        columns.setStretchLastSection(True)
        columns.setHighlightSections(False)
        metrics = table.fontMetrics()
        table.setColumnWidth(ParagraphColumn.NUMBER, metrics.horizontalAdvance("§ 000") + 24)
        table.setColumnWidth(
            ParagraphColumn.DIARY_NUMBER, metrics.horizontalAdvance("KS 2026/1234") + 24
        )
        widths = QSettings().value(COLUMN_WIDTHS_KEY, "")
        if isinstance(widths, str):
            # The heading stretches; the number and diary number keep their widths.
            for column, width in enumerate(widths.split(",")[: ParagraphColumn.HEADING]):
                if width.isdigit() and int(width) > 0:
                    table.setColumnWidth(column, int(width))
        columns.sectionResized.connect(self._save_sizes)
        table.selectionModel().currentChanged.connect(self._current_changed)
        table.activated.connect(lambda _index: self.edit_requested.emit())
        return table

    def _lay_out(self) -> None:
        caption = QLabel(self.tr("Para&graphs:"), self)
        caption.setBuddy(self.table)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.signature)
        listing = QWidget(self)
        column = QVBoxLayout(listing)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(caption)
        column.addWidget(self.state, 1)
        column.addLayout(buttons)
        column.addWidget(self.message)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(listing)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        state = QSettings().value(SPLITTER_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.splitter.restoreState(state)
        self.splitter.splitterMoved.connect(self._save_sizes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _save_sizes(self) -> None:
        settings = QSettings()
        settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        header = self.table.horizontalHeader()
        widths = [str(header.sectionSize(column)) for column in range(header.count())]
        settings.setValue(COLUMN_WIDTHS_KEY, ",".join(widths))
