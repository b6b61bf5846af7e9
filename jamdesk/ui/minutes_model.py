"""The paragraphs of one set of minutes as a table: § number (or item number), Dnr, heading."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from jamdesk.domain.errors import QT_TRANSLATE_NOOP
from jamdesk.domain.minutes import MinutesKind, Paragraph
from jamdesk.ui.paged_model import COLUMN_CONTEXT, RecordIdRole

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class ParagraphColumn:
    NUMBER = 0
    DIARY_NUMBER = 1
    HEADING = 2


_TITLES = (
    QT_TRANSLATE_NOOP("Columns", "§"),
    QT_TRANSLATE_NOOP("Columns", "Dnr"),
    QT_TRANSLATE_NOOP("Columns", "Heading"),
)
# Notes are numbered 1, 2, 3 rather than in the body's § series.
_NOTES_NUMBER_TITLE = QT_TRANSLATE_NOOP("Columns", "No.")


def paragraph_number(number: int, kind: MinutesKind) -> str:
    """Return how the minutes name a paragraph's number: "§ 14" in a protocol, "14" in notes."""
    return f"§ {number}" if kind is MinutesKind.PROTOCOL else str(number)


def paragraph_text(paragraph: Paragraph, kind: MinutesKind) -> str:
    """Return the paragraph's summary, decision and recipients as the preview shows them."""
    # The texts belong to the minutes tab, so they keep its translation context.
    translate = QCoreApplication.translate
    parts = []
    if paragraph.summary:
        parts.append(translate("MinutesEditor", "Summary:\n{text}").format(text=paragraph.summary))
    if paragraph.decision:
        parts.append(
            translate("MinutesEditor", "Decision:\n{text}").format(text=paragraph.decision)
        )
    if paragraph.sent_to:
        parts.append(
            translate("MinutesEditor", "The decision is sent to: {names}").format(
                names=paragraph.sent_to
            )
        )
    if parts:
        return "\n\n".join(parts)
    if kind is MinutesKind.PROTOCOL:
        return translate(
            "MinutesEditor", "Nothing written in this paragraph yet — Enter or F2 writes it."
        )
    return translate("MinutesEditor", "Nothing written at this item yet — Enter or F2 writes it.")


class ParagraphModel(QAbstractTableModel):
    """The paragraphs of the minutes shown, by number; read-only (edits go through dialogs)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paragraphs: list[Paragraph] = []
        self._kind = MinutesKind.PROTOCOL

    def set_paragraphs(self, paragraphs: Sequence[Paragraph], kind: MinutesKind) -> None:
        """Show ``paragraphs`` of minutes of ``kind``, in the order given."""
        self.beginResetModel()
        self._paragraphs = list(paragraphs)
        # A reset makes the views read the headers again, so the number column's title follows.
        self._kind = kind
        self.endResetModel()

    @property
    def kind(self) -> MinutesKind:
        """Return the kind of the minutes shown."""
        return self._kind

    def paragraphs(self) -> list[Paragraph]:
        """Return the paragraphs shown, in order."""
        return list(self._paragraphs)

    def paragraph(self, row: int) -> Paragraph:
        """Return the paragraph on ``row``."""
        return self._paragraphs[row]

    def row_of(self, paragraph_id: int | None) -> int | None:
        """Return the row of the paragraph ``paragraph_id``, or None."""
        for row, paragraph in enumerate(self._paragraphs):
            if paragraph.id == paragraph_id:
                return row
        return None

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._paragraphs)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(_TITLES)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._paragraphs):
            return None
        paragraph = self._paragraphs[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ParagraphColumn.NUMBER:
                return paragraph_number(paragraph.number, self._kind)
            if column == ParagraphColumn.DIARY_NUMBER:
                return paragraph.diary_number
            if column == ParagraphColumn.HEADING:
                return paragraph.heading
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n\n".join(
                text for text in (paragraph.heading, paragraph.summary, paragraph.decision) if text
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ParagraphColumn.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RecordIdRole:
            return paragraph.id
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation != Qt.Orientation.Horizontal
            or role != Qt.ItemDataRole.DisplayRole
            or not 0 <= section < len(_TITLES)
        ):
            return None
        title = _TITLES[section]
        if section == ParagraphColumn.NUMBER and self._kind is MinutesKind.NOTES:
            title = _NOTES_NUMBER_TITLE
        return QCoreApplication.translate(COLUMN_CONTEXT, title)
