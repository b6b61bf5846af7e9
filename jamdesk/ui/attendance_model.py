"""The attendance table: one row per participant, with the choices its cells are edited from."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from jamdesk.domain.errors import QT_TRANSLATE_NOOP
from jamdesk.domain.meetings import (
    ATTENDANCE_LABELS,
    PARTICIPANT_ROLE_LABELS,
    Attendance,
    Participant,
    ParticipantRole,
)
from jamdesk.ui.messages import label
from jamdesk.ui.paged_model import COLUMN_CONTEXT, RecordIdRole

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

# The delegation's own seats: the people a substitute can serve for.
SEATS = frozenset({ParticipantRole.CHAIR, ParticipantRole.VICE_CHAIR, ParticipantRole.MEMBER})


class AttendanceColumn(IntEnum):
    NAME = 0
    ROLE = 1
    ATTENDANCE = 2
    SERVING_FOR = 3


_COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("Columns", "Name"),
    QT_TRANSLATE_NOOP("Columns", "Called as"),
    QT_TRANSLATE_NOOP("Columns", "Attendance"),
    QT_TRANSLATE_NOOP("Columns", "Serving for"),
)


def next_attendance(participant: Participant) -> Attendance:
    """Return the attendance Space moves to: substitutes may also be serving."""
    order = [Attendance.UNKNOWN, Attendance.PRESENT, Attendance.ABSENT]
    if participant.role is ParticipantRole.SUBSTITUTE:
        order.insert(2, Attendance.SUBSTITUTE_SERVING)
    if participant.attendance not in order:
        return Attendance.UNKNOWN
    return order[(order.index(participant.attendance) + 1) % len(order)]


@dataclass(frozen=True)
class AttendanceEdit:
    """What the user chose for one participant."""

    person_id: int
    attendance: Attendance
    serving_for_id: int | None


class AttendanceModel(QAbstractTableModel):
    """The meeting's participants; edits are announced, never written by the model."""

    edited = Signal(object)  # AttendanceEdit

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Participant] = []
        self._names: dict[int, str] = {}

    def set_rows(self, participants: list[Participant], names: dict[int, str]) -> None:
        """Show ``participants``, naming people from ``names``."""
        self.beginResetModel()
        self._rows = list(participants)
        self._names = dict(names)
        self.endResetModel()

    def participant(self, row: int) -> Participant:
        """Return the participant shown on ``row``."""
        return self._rows[row]

    def row_of(self, person_id: int) -> int | None:
        """Return the row of the person, or None."""
        for number, participant in enumerate(self._rows):
            if participant.person_id == person_id:
                return number
        return None

    def name(self, person_id: int | None) -> str:
        """Return the person's name as shown."""
        return "" if person_id is None else self._names.get(person_id, "")

    def choices(self, index: _Index) -> list[tuple[str, Any]]:
        """Return the texts and values the cell's editor offers."""
        if index.column() == AttendanceColumn.ATTENDANCE:
            return [(label(text), value.value) for value, text in ATTENDANCE_LABELS.items()]
        own = self._rows[index.row()].person_id
        nobody = QCoreApplication.translate("AttendanceEditor", "(nobody)")
        seats = [
            (self.name(p.person_id), p.person_id)
            for p in self._rows
            if p.role in SEATS and p.person_id != own
        ]
        return [(nobody, 0), *seats]

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(AttendanceColumn)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        participant = self._rows[index.row()]
        column = AttendanceColumn(index.column())
        if role == RecordIdRole:
            return participant.person_id
        if role == Qt.ItemDataRole.EditRole:
            if column is AttendanceColumn.ATTENDANCE:
                return participant.attendance.value
            if column is AttendanceColumn.SERVING_FOR:
                return participant.serving_for_id or 0
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(participant, column, role == Qt.ItemDataRole.ToolTipRole)
        return None

    def _text(self, participant: Participant, column: AttendanceColumn, tip: bool) -> str:
        if column is AttendanceColumn.NAME:
            return self.name(participant.person_id)
        if column is AttendanceColumn.ROLE:
            role = label(PARTICIPANT_ROLE_LABELS[participant.role])
            if participant.called:
                return role
            came = QCoreApplication.translate("AttendanceEditor", "{role} (came uncalled)")
            return came.format(role=role)
        if column is AttendanceColumn.ATTENDANCE:
            return label(ATTENDANCE_LABELS[participant.attendance])
        if participant.serving_for_id is None and tip:
            return QCoreApplication.translate(
                "AttendanceEditor", "A substitute serving for a member: press F2 to choose whom."
            )
        return self.name(participant.serving_for_id)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(_COLUMN_TITLES)
        ):
            return QCoreApplication.translate(COLUMN_CONTEXT, _COLUMN_TITLES[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (AttendanceColumn.ATTENDANCE, AttendanceColumn.SERVING_FOR):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        participant = self._rows[index.row()]
        if index.column() == AttendanceColumn.ATTENDANCE:
            attendance = Attendance(value)
            serving = (
                participant.serving_for_id if attendance is Attendance.SUBSTITUTE_SERVING else None
            )
        elif index.column() == AttendanceColumn.SERVING_FOR:
            serving = int(value) or None
            attendance = (
                Attendance.SUBSTITUTE_SERVING if serving is not None else participant.attendance
            )
        else:
            return False
        self.edited.emit(AttendanceEdit(participant.person_id, attendance, serving))
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a combo box of the choices its model offers; choosing commits."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        del option
        editor = QComboBox(parent)
        model = index.model()
        if isinstance(model, AttendanceModel):
            for text, value in model.choices(index):
                editor.addItem(text, value)
        editor.activated.connect(lambda _row: self._commit(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QComboBox) and editor.currentData() != index.data(
            Qt.ItemDataRole.EditRole
        ):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def _commit(self, editor: QComboBox) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
