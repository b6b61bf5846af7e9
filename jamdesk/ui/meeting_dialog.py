"""Plan or edit a meeting: kind, boards, date and time, place, and who is called."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jamdesk.domain.boards import Board
from jamdesk.domain.errors import DomainError
from jamdesk.domain.meetings import (
    MEETING_KIND_LABELS,
    PARTICIPANT_ROLE_LABELS,
    Meeting,
    MeetingKind,
    ParticipantRole,
)
from jamdesk.domain.people import DelegationRole
from jamdesk.ui.form import Form, date_edit, date_of, time_edit, time_of
from jamdesk.ui.messages import label
from jamdesk.ui.page import PageContext

BoardIdRole = Qt.ItemDataRole.UserRole + 1
PersonIdRole = Qt.ItemDataRole.UserRole + 2
RoleRole = Qt.ItemDataRole.UserRole + 3
# Whether a called entry stands for a delegation seat (and follows the date).
SeatRole = Qt.ItemDataRole.UserRole + 4

_DEFAULT_START = dt.time(13, 0)
_DEFAULT_END = dt.time(15, 0)
_LIST_ROWS = 7


def _checked(item: QListWidgetItem) -> bool:
    return item.checkState() == Qt.CheckState.Checked


class MeetingDialog(QDialog):
    """Plan a meeting, or edit one, and call people to it; saving is one undoable step."""

    def __init__(
        self,
        context: PageContext,
        meeting_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._meeting_id = meeting_id
        services = context.services
        self._boards: dict[int, Board] = {
            board.id: board for board in services.boards.list_boards() if board.id is not None
        }
        self._names: dict[int, str] = {
            person.id: person.name for person in services.people.list_people() if person.id
        }
        self.saved: Meeting | None = None
        existing = None if meeting_id is None else services.meetings.get(meeting_id)

        self.form = Form(self)
        self.kind_box = QComboBox(self)
        for kind in MeetingKind:
            self.kind_box.addItem(label(MEETING_KIND_LABELS[kind]), kind.value)
        self.date_edit = date_edit(context.today(), self)
        self.start_edit = time_edit(_DEFAULT_START, self)
        self.end_edit = time_edit(_DEFAULT_END, self)
        self.no_end_box = QCheckBox(self.tr("&Without end time"), self)
        self.place_edit = QLineEdit(self)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("For example: Budgetdialog 2027"))
        self.boards_list = self._list(self.tr("Boards taking part"))
        self.called_list = self._list(self.tr("Called"))
        self.person_box = QComboBox(self)
        self.person_box.setAccessibleName(self.tr("Person to add"))
        for person_id, name in self._names.items():
            self.person_box.addItem(name, person_id)
        self.role_box = QComboBox(self)
        self.role_box.setAccessibleName(self.tr("Role"))
        for role in ParticipantRole:
            self.role_box.addItem(label(PARTICIPANT_ROLE_LABELS[role]), role.value)
        self.role_box.setCurrentIndex(self.role_box.findData(ParticipantRole.OFFICIAL.value))
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.notes_edit.fontMetrics().height() * 4)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self._lay_out()

        if existing is None:
            self.setWindowTitle(self.tr("Plan a meeting"))
            self._fill_boards(())
            self._fill_seats()
        else:
            self.setWindowTitle(self.tr("Edit the meeting"))
            self._load(existing)
        self.date_edit.dateChanged.connect(self._date_changed)
        self.no_end_box.toggled.connect(lambda on: self.end_edit.setEnabled(not on))
        self.boards_list.itemChanged.connect(self._board_toggled)
        self.add_button.clicked.connect(self.add_person)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.kind_box.setFocus()

    # -- reading the form ----------------------------------------------------

    def meeting(self) -> Meeting:
        """Return the meeting as the form describes it (not yet validated)."""
        return Meeting(
            kind=MeetingKind(self.kind_box.currentData()),
            date=date_of(self.date_edit),
            start=time_of(self.start_edit),
            end=None if self.no_end_box.isChecked() else time_of(self.end_edit),
            place=self.place_edit.text(),
            title=self.title_edit.text(),
            board_ids=self.checked_boards(),
            notes=self.notes_edit.toPlainText(),
            id=self._meeting_id,
        )

    def checked_boards(self) -> tuple[int, ...]:
        """Return the ids of the boards ticked, in list order."""
        items = (self.boards_list.item(row) for row in range(self.boards_list.count()))
        return tuple(int(item.data(BoardIdRole)) for item in items if _checked(item))

    def called(self) -> list[tuple[int, ParticipantRole]]:
        """Return the people ticked as called, with their roles, in list order."""
        items = (self.called_list.item(row) for row in range(self.called_list.count()))
        return [
            (int(item.data(PersonIdRole)), ParticipantRole(item.data(RoleRole)))
            for item in items
            if _checked(item)
        ]

    # -- saving --------------------------------------------------------------

    def accept(self) -> None:
        """Save through the service as one undoable step, or show why not and stay open."""
        self.form.clear_errors()
        meeting, called = self.meeting(), self.called()
        meetings = self._context.services.meetings
        try:
            if self._meeting_id is None:
                self.saved = self._context.operations.run(
                    self.tr("plan meeting"),
                    lambda: meetings.plan_with_participants(meeting, called),
                )
            else:
                self.saved = self._context.operations.run(
                    self.tr("edit meeting"),
                    lambda: meetings.update_with_participants(meeting, called),
                )
        except DomainError as error:
            self.form.show_error(error)
            return
        super().accept()

    # -- called people -------------------------------------------------------

    def add_person(self) -> None:
        """Call the person chosen below the list, in the role chosen beside them."""
        person_id = self.person_box.currentData()
        if not isinstance(person_id, int):
            return
        role = ParticipantRole(self.role_box.currentData())
        item = self._called_item(person_id)
        if item is None:
            item = self._add_called(person_id, role, checked=True)
        else:
            self._set_role(item, role)
            item.setCheckState(Qt.CheckState.Checked)
        self.called_list.setCurrentItem(item)

    def _called_item(self, person_id: int) -> QListWidgetItem | None:
        for row in range(self.called_list.count()):
            item = self.called_list.item(row)
            if item.data(PersonIdRole) == person_id:
                return item
        return None

    def _add_called(
        self, person_id: int, role: ParticipantRole, *, checked: bool, seat: bool = False
    ) -> QListWidgetItem:
        item = QListWidgetItem()
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setData(PersonIdRole, person_id)
        item.setData(SeatRole, seat)
        self._set_role(item, role)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.called_list.addItem(item)
        return item

    def _set_role(self, item: QListWidgetItem, role: ParticipantRole) -> None:
        name = self._names.get(int(item.data(PersonIdRole)), "")
        item.setData(RoleRole, role.value)
        item.setText(
            self.tr("{name} — {role}").format(name=name, role=label(PARTICIPANT_ROLE_LABELS[role]))
        )

    def _fill_seats(self) -> None:
        """List the delegation serving on the date; members are ticked for a new meeting."""
        serving = self._context.services.people.members_serving(date_of(self.date_edit))
        serving_ids = {seat.person.id for seat in serving}
        for row in reversed(range(self.called_list.count())):
            item = self.called_list.item(row)
            person_id = item.data(PersonIdRole)
            # Seats not held on the new date go; people already called stay (not seat entries).
            if item.data(SeatRole) and person_id not in serving_ids:
                self.called_list.takeItem(row)
        for seat in serving:
            person_id = seat.person.id
            if person_id is None or self._called_item(person_id) is not None:
                continue
            # Substitutes are listed but not ticked: they are called when a member cannot come.
            tick = (
                self._meeting_id is None and seat.membership.role is not DelegationRole.SUBSTITUTE
            )
            role = ParticipantRole(seat.membership.role.value)
            self._add_called(person_id, role, checked=tick, seat=True)

    # -- boards --------------------------------------------------------------

    def _fill_boards(self, checked: tuple[int, ...]) -> None:
        """Offer the boards active on the date, and any ticked board whatever its period."""
        day = date_of(self.date_edit)
        self.boards_list.blockSignals(True)
        self.boards_list.clear()
        for board_id, board in self._boards.items():  # in Swedish name order
            active = board.is_active(day)
            if not active and board_id not in checked:
                continue  # a ceased board is not offered for a new date
            item = QListWidgetItem(board.name if active else self._inactive_text(board))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setData(BoardIdRole, board_id)
            ticked = board_id in checked
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.boards_list.addItem(item)
        self.boards_list.blockSignals(False)

    def _inactive_text(self, board: Board) -> str:
        if board.active_to is not None and board.active_to < date_of(self.date_edit):
            return self.tr("{name} (ceased {date})").format(
                name=board.name, date=board.active_to.isoformat()
            )
        return self.tr("{name} (from {date})").format(
            name=board.name, date=board.active_from.isoformat()
        )

    def _board_toggled(self, item: QListWidgetItem) -> None:
        """Suggest, unticked, the chair and manager of a board that is ticked."""
        if not _checked(item):
            return
        board = self._boards.get(int(item.data(BoardIdRole)))
        if board is None:
            return
        suggestions = (
            (board.chair_id, ParticipantRole.BOARD_REPRESENTATIVE),
            (board.manager_id, ParticipantRole.OFFICIAL),
        )
        for person_id, role in suggestions:
            if person_id is not None and self._called_item(person_id) is None:
                self._add_called(person_id, role, checked=False)

    def _date_changed(self) -> None:
        self._fill_boards(self.checked_boards())
        self._fill_seats()

    # -- layout and loading --------------------------------------------------

    def _list(self, name: str) -> QListWidget:
        widget = QListWidget(self)
        widget.setAccessibleName(name)
        widget.setUniformItemSizes(True)
        widget.setFixedHeight(widget.fontMetrics().height() * _LIST_ROWS + 12)
        return widget

    def _lay_out(self) -> None:
        form = self.form
        form.add_row(self.tr("&Kind:"), self.kind_box, "kind")
        # Dates and times keep their natural width, like the end time beside its check box.
        for edit in (self.date_edit, self.start_edit):
            edit.setMaximumWidth(edit.sizeHint().width())
        form.add_row(self.tr("&Date:"), self.date_edit, "date")
        form.add_row(self.tr("&Starts:"), self.start_edit, "start")
        ends = QWidget(self)
        row = QHBoxLayout(ends)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.end_edit)
        row.addWidget(self.no_end_box)
        row.addStretch(1)
        ends.setFocusProxy(self.end_edit)
        form.add_row(self.tr("&Ends:"), ends, "end")
        form.add_row(self.tr("&Place:"), self.place_edit, "place")
        form.add_row(self.tr("&Title:"), self.title_edit, "title")
        form.add_row(self.tr("&Boards taking part:"), self.boards_list, "board_ids")
        form.add_row(self.tr("&Called:"), self.called_list, "person_id", "role")
        adding = QWidget(self)
        row = QHBoxLayout(adding)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.person_box, 1)
        row.addWidget(self.role_box)
        row.addWidget(self.add_button)
        adding.setFocusProxy(self.person_box)
        form.add_row(self.tr("Add pe&rson:"), adding)
        form.add_row(self.tr("&Notes:"), self.notes_edit, "notes")
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addWidget(self.buttons)

    def _load(self, meeting: Meeting) -> None:
        self.kind_box.setCurrentIndex(self.kind_box.findData(meeting.kind.value))
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(date_edit(meeting.date).date())
        self.date_edit.blockSignals(False)
        self.start_edit.setTime(time_edit(meeting.start).time())
        if meeting.end is None:
            self.no_end_box.setChecked(True)
            self.end_edit.setEnabled(False)
        else:
            self.end_edit.setTime(time_edit(meeting.end).time())
        self.place_edit.setText(meeting.place)
        self.title_edit.setText(meeting.title)
        self.notes_edit.setPlainText(meeting.notes)
        self._fill_boards(meeting.board_ids)
        assert meeting.id is not None
        called = [p for p in self._context.services.meetings.participants(meeting.id) if p.called]
        for participant in called:
            self._add_called(participant.person_id, participant.role, checked=True)
        self._fill_seats()
