"""Taking attendance at a meeting: who was called, who came, and who serves for whom."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jamdesk.domain.errors import DomainError
from jamdesk.domain.meetings import PARTICIPANT_ROLE_LABELS, Attendance, ParticipantRole
from jamdesk.domain.people import DelegationRole, Person, PersonKind
from jamdesk.services.changes import RecordKind
from jamdesk.ui.actions import ActionId
from jamdesk.ui.attendance_model import (
    SEATS,
    AttendanceColumn,
    AttendanceEdit,
    AttendanceModel,
    ChoiceDelegate,
    next_attendance,
)
from jamdesk.ui.empty_state import EmptyState
from jamdesk.ui.messages import error_text, label
from jamdesk.ui.page import Page, PageContext

COLUMN_WIDTHS_KEY = "attendanceEditor/columnWidths"

_SEAT_ROLES: dict[DelegationRole, ParticipantRole] = {
    DelegationRole.CHAIR: ParticipantRole.CHAIR,
    DelegationRole.VICE_CHAIR: ParticipantRole.VICE_CHAIR,
    DelegationRole.MEMBER: ParticipantRole.MEMBER,
    DelegationRole.SUBSTITUTE: ParticipantRole.SUBSTITUTE,
}

# Texts that size the columns before the user has widened any of them.
_WIDTH_SAMPLES = ("Karin Åkesson-Lindqvist", "Board representative", "Substitute serving")


class _Keys(QObject):
    """Calls ``handler`` for key presses on the widgets it watches; True means handled."""

    def __init__(self, handler: Callable[[QObject, QKeyEvent], bool], parent: QObject) -> None:
        super().__init__(parent)
        self._handler = handler

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._handler(watched, event)
        return False


def _is_enter(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class AttendanceEditor(Page):
    """Who was called to the meeting and whether they came, each change saved at once."""

    def __init__(self, context: PageContext, meeting_id: int, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.meeting_id = meeting_id
        self.model = AttendanceModel(self)
        self.model.edited.connect(self._save_edit)
        self.table = self._build_table()
        self.empty = EmptyState(
            self.table,
            self.tr(
                "Nobody is called to this meeting yet — add whoever came below, "
                "or call people when you plan the meeting."
            ),
        )
        heading = QLabel(self.tr("&Who was called, and who came:"))
        heading.setBuddy(self.table)
        hint = QLabel(self.tr("Space changes the attendance, F2 chooses from a list."))
        hint.setWordWrap(True)
        self.mark_all_present = QPushButton(self.tr("Mark everyone not recorded as &present"))
        self.mark_all_present.clicked.connect(self.mark_unrecorded_present)
        self.person_picker = self._build_person_picker()
        self.role_picker = QComboBox()
        for role, text in PARTICIPANT_ROLE_LABELS.items():
            self.role_picker.addItem(label(text), role.value)
        self.add_button = QPushButton(self.tr("A&dd"))
        self.add_button.clicked.connect(self.add_person)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()

        keys = _Keys(self._key_pressed, self)
        for watched in (self.table, self.person_picker, self.role_picker):
            watched.installEventFilter(keys)
        line_edit = self.person_picker.lineEdit()
        if line_edit is not None:
            # Enter chosen in the completer's list reaches the line edit past the filter.
            line_edit.returnPressed.connect(self._add_from_enter)

        adding = QHBoxLayout()
        picker_label = QLabel(self.tr("Add someone who &came:"))
        picker_label.setBuddy(self.person_picker)
        role_label = QLabel(self.tr("as:"))
        role_label.setBuddy(self.role_picker)
        adding.addWidget(picker_label)
        adding.addWidget(self.person_picker, 1)
        adding.addWidget(role_label)
        adding.addWidget(self.role_picker)
        adding.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.mark_all_present)
        layout.addLayout(top)
        layout.addWidget(self.empty, 1)
        layout.addWidget(hint)
        layout.addLayout(adding)
        layout.addWidget(self.error)
        self.setTabOrder(self.table, self.mark_all_present)
        self.setTabOrder(self.mark_all_present, self.person_picker)
        self.setTabOrder(self.person_picker, self.role_picker)
        self.setTabOrder(self.role_picker, self.add_button)
        self._people: list[Person] = []
        self._roles_on_date: dict[int, ParticipantRole] = {}
        self.refresh(frozenset())

    # -- Page ----------------------------------------------------------------

    def refresh(self, changed: frozenset[RecordKind]) -> None:
        """Read the participants again if ``changed`` (empty: anything) may concern them."""
        if changed and not changed & {RecordKind.MEETING, RecordKind.PERSON}:
            return
        services = self.context.services
        current = self._current_person()
        meeting = services.meetings.get(self.meeting_id)
        participants = services.meetings.participants(self.meeting_id)
        self._people = services.people.list_people()
        names = {person.id: person.name for person in self._people if person.id is not None}
        self.model.set_rows(participants, names)
        self.empty.set_empty(not participants)
        self._roles_on_date = _roles_on(self.context, meeting.date)
        self._fill_person_picker({p.person_id for p in participants})
        self.mark_all_present.setEnabled(
            any(p.attendance is Attendance.UNKNOWN for p in participants)
        )
        row = self.model.row_of(current) if current is not None else None
        if row is None and participants:
            row = 0
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, AttendanceColumn.ATTENDANCE))

    def supported_actions(self) -> frozenset[ActionId]:
        """Add someone who came; edit the attendance of the participant chosen."""
        actions = {ActionId.NEW_RECORD}
        if self.table.currentIndex().isValid():
            actions.add(ActionId.EDIT_RECORD)
        return frozenset(actions)

    def trigger(self, action: ActionId) -> None:
        """Carry out ``action``, one of ``supported_actions()``."""
        if action is ActionId.NEW_RECORD:
            self.person_picker.setFocus()
            line_edit = self.person_picker.lineEdit()
            if line_edit is not None:
                line_edit.selectAll()
        elif action is ActionId.EDIT_RECORD:
            self.edit_current()

    # -- changes -------------------------------------------------------------

    def cycle_current(self) -> None:
        """Move the current participant's attendance on: not recorded, present, absent."""
        index = self.table.currentIndex()
        if not index.isValid():
            return
        participant = self.model.participant(index.row())
        attendance = next_attendance(participant)
        serving = None
        if attendance is Attendance.SUBSTITUTE_SERVING:
            serving = self._only_seat_needing_substitute(participant.person_id)
        self._save_edit(AttendanceEdit(participant.person_id, attendance, serving))

    def edit_current(self) -> None:
        """Open the list of choices for the current cell (attendance unless serving-for)."""
        index = self.table.currentIndex()
        if not index.isValid():
            return
        if index.column() not in (AttendanceColumn.ATTENDANCE, AttendanceColumn.SERVING_FOR):
            index = self.model.index(index.row(), AttendanceColumn.ATTENDANCE)
            self.table.setCurrentIndex(index)
        self.table.setFocus()
        self.table.edit(index)

    def set_attendance(
        self, person_id: int, attendance: Attendance, serving_for_id: int | None = None
    ) -> bool:
        """Record the person's attendance as one undoable step; False if refused."""
        return self._save_edit(AttendanceEdit(person_id, attendance, serving_for_id))

    def mark_unrecorded_present(self) -> bool:
        """Record everyone not yet recorded as present, in one undoable step."""
        meetings = self.context.services.meetings
        return self._run(
            self.tr("mark everyone present"),
            lambda: meetings.mark_unrecorded_present(self.meeting_id),
        )

    def add_person(self) -> bool:
        """Record the person chosen in the picker as present, in the role chosen."""
        person_id = self._picked_person()
        if person_id is None:
            typed = self.person_picker.currentText().strip()
            message = (
                self.tr("Choose someone from the register: nobody is called “{name}”.").format(
                    name=typed
                )
                if typed
                else self.tr("Type the name of the person who came.")
            )
            self._show_error(message)
            self.person_picker.setFocus()
            return False
        role = ParticipantRole(self.role_picker.currentData())
        meetings = self.context.services.meetings
        saved = self._run(
            self.tr("add someone who came"),
            lambda: meetings.record_attendance(
                self.meeting_id, person_id, Attendance.PRESENT, role=role
            ),
        )
        if saved:
            self.person_picker.setCurrentIndex(-1)
            self.person_picker.clearEditText()
            row = self.model.row_of(person_id)
            if row is not None:
                self.table.setCurrentIndex(self.model.index(row, AttendanceColumn.ATTENDANCE))
            self.person_picker.setFocus()
        return saved

    def error_text(self) -> str:
        """Return the message shown about the last refused change, or an empty string."""
        return "" if self.error.isHidden() else self.error.text()

    def _save_edit(self, edit: AttendanceEdit) -> bool:
        meetings = self.context.services.meetings
        saved = self._run(
            self.tr("record attendance"),
            lambda: meetings.record_attendance(
                self.meeting_id, edit.person_id, edit.attendance, edit.serving_for_id
            ),
        )
        row = self.model.row_of(edit.person_id)
        if row is not None:
            column = self.table.currentIndex().column()
            self.table.setCurrentIndex(self.model.index(row, max(column, 0)))
        return saved

    def _run(self, description: str, use_case: Callable[[], Any]) -> bool:
        self.error.hide()
        try:
            self.context.operations.run(description, use_case)
        except DomainError as error:
            self._show_error(error_text(error))
            return False
        return True

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    # -- building ------------------------------------------------------------

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Attendance"))
        table.setItemDelegate(ChoiceDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        metrics = table.fontMetrics()
        for column, sample in enumerate(_WIDTH_SAMPLES):
            table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 32)
        stored = QSettings().value(COLUMN_WIDTHS_KEY, "")
        if isinstance(stored, str) and stored:
            for column, width in enumerate(stored.split(",")[: len(AttendanceColumn) - 1]):
                if width.isdigit() and int(width) > 0:
                    table.setColumnWidth(column, int(width))
        header.sectionResized.connect(self._save_column_widths)
        table.selectionModel().currentChanged.connect(self._current_changed)
        return table

    def _build_person_picker(self) -> QComboBox:
        picker = QComboBox()
        picker.setEditable(True)
        picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        picker.setAccessibleName(self.tr("Person who came"))
        completer = QCompleter(picker.model(), picker)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        picker.setCompleter(completer)
        picker.editTextChanged.connect(self._suggest_role)
        return picker

    def _fill_person_picker(self, participating: set[int]) -> None:
        typed = self.person_picker.currentText()
        self.person_picker.blockSignals(True)
        self.person_picker.clear()
        for person in self._people:
            if person.id is not None and person.id not in participating:
                self.person_picker.addItem(person.name, person.id)
        self.person_picker.setCurrentIndex(-1)
        self.person_picker.setEditText(typed)
        self.person_picker.blockSignals(False)
        line_edit = self.person_picker.lineEdit()
        if line_edit is not None:
            line_edit.setPlaceholderText(self.tr("Type a name…"))

    def _save_column_widths(self) -> None:
        header = self.table.horizontalHeader()
        widths = [str(header.sectionSize(column)) for column in range(header.count())]
        QSettings().setValue(COLUMN_WIDTHS_KEY, ",".join(widths))

    # -- reacting ------------------------------------------------------------

    def _key_pressed(self, watched: QObject, event: QKeyEvent) -> bool:
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if watched is self.table:
            space = event.key() == Qt.Key.Key_Space and plain == Qt.KeyboardModifier.NoModifier
            if space and self.table.state() != QAbstractItemView.State.EditingState:
                self.cycle_current()
                return True
            return False
        if _is_enter(event):
            self._add_from_enter()
            return True
        return False

    def _add_from_enter(self) -> None:
        """Add the person typed, taking the one name the completer offers for a part."""
        completer = self.person_picker.completer()
        if completer is not None:
            popup = completer.popup()
            if popup is not None:
                popup.hide()
            if self._picked_person() is None and completer.completionCount() == 1:
                self.person_picker.setEditText(completer.currentCompletion())
        self.add_person()

    def _picked_person(self) -> int | None:
        typed = self.person_picker.currentText().strip()
        if not typed:
            return None
        index = self.person_picker.findText(typed, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            return None
        value = self.person_picker.itemData(index)
        return value if isinstance(value, int) else None

    def _suggest_role(self) -> None:
        person_id = self._picked_person()
        if person_id is None:
            return
        role = self._roles_on_date.get(person_id)
        if role is None:
            person = next((p for p in self._people if p.id == person_id), None)
            role = _role_of_outsider(person)
        self.role_picker.setCurrentIndex(max(self.role_picker.findData(role.value), 0))

    def _current_person(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.participant(index.row()).person_id if index.isValid() else None

    def _current_changed(self) -> None:
        refresh = getattr(self.window(), "refresh_page_actions", None)
        if callable(refresh):
            refresh()

    def _only_seat_needing_substitute(self, substitute_id: int) -> int | None:
        """Return the one absent member nobody serves for yet, if there is exactly one."""
        rows = [self.model.participant(row) for row in range(self.model.rowCount())]
        covered = {p.serving_for_id for p in rows if p.person_id != substitute_id}
        absent = [
            p.person_id
            for p in rows
            if p.role in SEATS and p.attendance is Attendance.ABSENT and p.person_id not in covered
        ]
        return absent[0] if len(absent) == 1 else None


def _roles_on(context: PageContext, day: dt.date) -> dict[int, ParticipantRole]:
    """Return the role each delegation member holds on ``day``."""
    return {
        seat.person.id: _SEAT_ROLES[seat.membership.role]
        for seat in context.services.people.members_serving(day)
        if seat.person.id is not None
    }


def _role_of_outsider(person: Person | None) -> ParticipantRole:
    """Return the likely role of someone without a seat in the delegation."""
    if person is None:
        return ParticipantRole.GUEST
    if person.kind is PersonKind.OFFICIAL:
        return ParticipantRole.OFFICIAL
    if person.board_id is not None:
        return ParticipantRole.BOARD_REPRESENTATIVE
    return ParticipantRole.GUEST
