"""The recorder's item models: the agenda being recorded and what was recorded at an item."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from jamdesk.domain.commitments import Commitment
from jamdesk.domain.errors import QT_TRANSLATE_NOOP
from jamdesk.domain.meetings import AGENDA_ITEM_KIND_LABELS, AgendaItem
from jamdesk.domain.questions import Question
from jamdesk.domain.requests import REPORT_FORM_LABELS, REQUEST_STATUS_LABELS, ReportingRequest
from jamdesk.services.changes import RecordKind
from jamdesk.services.meetings import RecordsAtItem
from jamdesk.ui.messages import label
from jamdesk.ui.paged_model import COLUMN_CONTEXT, RecordIdRole

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

_RECORD_COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Recorded"),
    QT_TRANSLATE_NOOP("Columns", "Text"),
    QT_TRANSLATE_NOOP("Columns", "Who"),
    QT_TRANSLATE_NOOP("Columns", "Answer or due date"),
)


class AgendaListModel(QAbstractListModel):
    """The meeting's agenda items, numbered, the one being recorded in bold."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[AgendaItem] = []
        self.current_id: int | None = None

    def set_items(self, items: list[AgendaItem]) -> None:
        """Show ``items`` in agenda order."""
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def set_current(self, item_id: int | None) -> None:
        """Show ``item_id`` as the item being recorded."""
        self.current_id = item_id
        if self.items:
            self.dataChanged.emit(self.index(0), self.index(len(self.items) - 1))

    def row_of(self, item_id: int | None) -> int | None:
        """Return the row of the item, or None."""
        return next((row for row, item in enumerate(self.items) if item.id == item_id), None)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.position}. {item.title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            kind = label(AGENDA_ITEM_KIND_LABELS[item.kind])
            return f"{kind} · {item.diary_number}" if item.diary_number else kind
        if role == RecordIdRole:
            return item.id
        if role == Qt.ItemDataRole.FontRole and item.id == self.current_id:
            font = QFont()
            font.setBold(True)
            return font
        return None


@dataclass(frozen=True)
class RecordedRow:
    """One record made at the item, as the list under the notes shows it."""

    kind: RecordKind
    id: int
    cells: tuple[str, str, str, str]
    tooltip: str


class RecordedModel(QAbstractTableModel):
    """The questions, commitments and reporting requests recorded at the current item."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RecordedRow] = []

    def set_rows(self, rows: list[RecordedRow]) -> None:
        """Show ``rows``."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(_RECORD_COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip
        if role == RecordIdRole:
            return row.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(_RECORD_COLUMNS)
        ):
            return QCoreApplication.translate(COLUMN_CONTEXT, _RECORD_COLUMNS[section])
        return None


def recorded_rows(
    at: RecordsAtItem, names: dict[int, str], boards: dict[int, str]
) -> list[RecordedRow]:
    """Return the rows showing ``at``, naming people and boards from ``names`` and ``boards``."""
    rows = [_question_row(q, names, boards) for q in at.questions]
    rows += [_commitment_row(c, names, boards) for c in at.commitments]
    rows += [_request_row(r, boards) for r in at.requests]
    return rows


# The rows' texts are the recorder's: they keep its translation context.


def _question_row(question: Question, names: dict[int, str], boards: dict[int, str]) -> RecordedRow:
    board = boards.get(question.board_id, "")
    addressed = names.get(question.addressed_to_id or 0)
    asker = names.get(question.asked_by_id or 0) or QCoreApplication.translate(
        "MeetingRecorder", "Not recorded"
    )
    to = f"{board} ({addressed})" if addressed else board
    answer = question.answer or QCoreApplication.translate("MeetingRecorder", "No answer yet")
    who = QCoreApplication.translate("MeetingRecorder", "{asker} to {board}").format(
        asker=asker, board=to
    )
    tip = "\n".join((question.text, who, answer))
    return RecordedRow(
        RecordKind.QUESTION,
        question.id or 0,
        (QCoreApplication.translate("MeetingRecorder", "Question"), question.text, who, answer),
        tip,
    )


def _commitment_row(
    commitment: Commitment, names: dict[int, str], boards: dict[int, str]
) -> RecordedRow:
    board = boards.get(commitment.board_id, "")
    made_by = names.get(commitment.made_by_id or 0)
    who = f"{made_by}, {board}" if made_by else board
    due = (
        QCoreApplication.translate("MeetingRecorder", "Due {date}").format(
            date=commitment.due_on.isoformat()
        )
        if commitment.due_on
        else QCoreApplication.translate("MeetingRecorder", "No due date")
    )
    responsible = names.get(commitment.responsible_id or 0) or commitment.responsible
    tip_lines = (commitment.description, who, due, responsible)
    kind = QCoreApplication.translate("MeetingRecorder", "Commitment")
    cells = (kind, commitment.description, who, due)
    return RecordedRow(
        RecordKind.COMMITMENT, commitment.id or 0, cells, "\n".join(filter(None, tip_lines))
    )


def _request_row(request: ReportingRequest, boards: dict[int, str]) -> RecordedRow:
    board = boards.get(request.board_id, "")
    detail = QCoreApplication.translate("MeetingRecorder", "Due {date} · {form} · {status}").format(
        date=request.due_on.isoformat(),
        form=label(REPORT_FORM_LABELS[request.form]),
        status=label(REQUEST_STATUS_LABELS[request.status]),
    )
    kind = QCoreApplication.translate("MeetingRecorder", "Reporting request")
    cells = (kind, request.subject, board, detail)
    tip = "\n".join(filter(None, (request.subject, request.form_details, detail)))
    return RecordedRow(RecordKind.REQUEST, request.id or 0, cells, tip)
