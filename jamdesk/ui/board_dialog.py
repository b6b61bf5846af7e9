"""The board editor (name, kind, administration, chair, manager, contacts) and the ceasing."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jamdesk.domain.boards import BOARD_KIND_LABELS, Board, BoardKind
from jamdesk.domain.people import Person
from jamdesk.ui.form import date_edit, date_of
from jamdesk.ui.page import PageContext
from jamdesk.ui.register_fields import (
    RecordDialog,
    choose_enum,
    chosen_id,
    enter_runs,
    fill_choices,
)


def person_choice(person: Person) -> tuple[int, str]:
    """Return a person as a choice: their name, and their title where they have one."""
    text = f"{person.name} — {person.title}" if person.title else person.name
    return person.id or 0, text


class BoardDialog(RecordDialog[Board]):
    """Add or edit a board and its contacts; a refused save stays open with the reason."""

    def __init__(
        self, context: PageContext, board: Board | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.board = board
        services = context.services
        self.setWindowTitle(self.tr("New board") if board is None else self.tr("Edit board"))
        people = [person_choice(person) for person in services.people.list_people()]
        self._people = dict(people)

        self.name = QLineEdit("" if board is None else board.name, self)
        self.kind = QComboBox(self)
        choose_enum(self.kind, BOARD_KIND_LABELS, board.kind if board else BoardKind.BOARD)
        self.administration = QLineEdit("" if board is None else board.administration, self)
        self.chair = QComboBox(self)
        fill_choices(self.chair, people, board.chair_id if board else None, self.tr("(no one)"))
        self.manager = QComboBox(self)
        fill_choices(self.manager, people, board.manager_id if board else None, self.tr("(no one)"))
        self.active_from = date_edit(board.active_from if board else context.today(), self)

        self.contacts = QListWidget(self)
        self.contacts.setAccessibleName(self.tr("Contacts"))
        self.contact_person = QComboBox(self)
        fill_choices(self.contact_person, people)
        self.contact_capacity = QLineEdit(self)
        self.contact_capacity.setPlaceholderText(self.tr("Capacity, e.g. analyst"))
        self.add_contact_button = QPushButton(self.tr("&Add contact"), self)
        self.remove_contact_button = QPushButton(self.tr("Re&move contact"), self)
        if board is not None and board.id is not None:
            for row in services.boards.contacts(board.id):
                self._add_contact_item(row.contact.person_id, row.contact.capacity)

        self.form.add_row(self.tr("&Name:"), self.name, "name")
        self.form.add_row(self.tr("&Kind:"), self.kind, "kind")
        self.form.add_row(self.tr("A&dministration:"), self.administration, "administration")
        self.form.add_row(self.tr("&Chair:"), self.chair, "chair_id")
        self.form.add_row(self.tr("Mana&ger:"), self.manager, "manager_id")
        self.form.add_row(self.tr("Active &from:"), self.active_from, "active_from", "active_to")
        self.form.add_row(self.tr("C&ontacts:"), self._contacts_box(), "contacts")

        self.finish_layout()
        self.add_contact_button.clicked.connect(self.add_contact)
        self.remove_contact_button.clicked.connect(self.remove_contact)
        self.contacts.currentRowChanged.connect(self._update_contact_buttons)
        enter_runs(self.add_contact, self.contact_person, self.contact_capacity)
        self._update_contact_buttons()
        self.name.setFocus()

    def _contacts_box(self) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.contacts)
        rows = self.contacts.fontMetrics().height() + 6
        self.contacts.setMinimumHeight(3 * rows)
        self.contacts.setMaximumHeight(8 * rows)
        self.contact_capacity.setMinimumWidth(
            self.contact_capacity.fontMetrics().horizontalAdvance("x" * 20)
        )
        adding = QHBoxLayout()
        adding.addWidget(self.contact_person, 3)
        adding.addWidget(self.contact_capacity, 2)
        adding.addWidget(self.add_contact_button)
        adding.addWidget(self.remove_contact_button)
        column.addLayout(adding)
        return box

    # -- contacts ------------------------------------------------------------

    def contact_list(self) -> list[tuple[int, str]]:
        """Return the contacts as they stand in the editor: (person id, capacity)."""
        result: list[tuple[int, str]] = []
        for row in range(self.contacts.count()):
            item = self.contacts.item(row)
            result.append(
                (item.data(Qt.ItemDataRole.UserRole), item.data(Qt.ItemDataRole.UserRole + 1))
            )
        return result

    def add_contact(self) -> None:
        """Add the person chosen (or change the capacity they are a contact in)."""
        person_id = chosen_id(self.contact_person)
        if person_id is None:
            return
        capacity = self.contact_capacity.text().strip()
        for row in range(self.contacts.count()):
            if self.contacts.item(row).data(Qt.ItemDataRole.UserRole) == person_id:
                self.contacts.takeItem(row)
                break
        self._add_contact_item(person_id, capacity)
        self.contact_capacity.clear()
        self.contacts.setCurrentRow(self.contacts.count() - 1)

    def remove_contact(self) -> None:
        """Remove the selected contact from the board."""
        row = self.contacts.currentRow()
        if row >= 0:
            self.contacts.takeItem(row)
        self._update_contact_buttons()

    def _add_contact_item(self, person_id: int, capacity: str) -> None:
        name = self._people.get(person_id, str(person_id))
        text = self.tr("{person} ({capacity})").format(person=name, capacity=capacity)
        item = QListWidgetItem(text if capacity else name)
        item.setData(Qt.ItemDataRole.UserRole, person_id)
        item.setData(Qt.ItemDataRole.UserRole + 1, capacity)
        self.contacts.addItem(item)

    def _update_contact_buttons(self) -> None:
        self.remove_contact_button.setEnabled(self.contacts.currentRow() >= 0)
        self.add_contact_button.setEnabled(self.contact_person.count() > 0)

    # -- saving --------------------------------------------------------------

    def edited_board(self) -> Board:
        """Return the board as the fields describe it (not yet validated)."""
        base = self.board or Board("", BoardKind.BOARD, self.context.today())
        return replace(
            base,
            name=self.name.text(),
            kind=BoardKind(self.kind.currentData()),
            administration=self.administration.text(),
            chair_id=chosen_id(self.chair),
            manager_id=chosen_id(self.manager),
            active_from=date_of(self.active_from),
        )

    def save(self) -> Board:
        """Save the board and its contacts through the board service."""
        board = self.edited_board()
        contacts = self.contact_list()
        boards = self.context.services.boards
        description = self.tr("add board") if self.board is None else self.tr("edit board")
        return self.context.operations.run(description, lambda: boards.save(board, contacts))


class CeaseBoardDialog(RecordDialog[Board]):
    """Ask the last day a board existed, and record that it ceased then."""

    def __init__(self, context: PageContext, board: Board, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.board = board
        self.setWindowTitle(self.tr("Deactivate {board}").format(board=board.name))
        self.ceased_on = date_edit(board.active_to or context.today(), self)
        self.form.add_row(self.tr("&Ceased on:"), self.ceased_on, "active_to")
        self.finish_layout(save_shortcut=False)
        self.ceased_on.setFocus()

    def save(self) -> Board | None:
        """Record that the board ceased on the day given; refusals show under the date."""
        board_id = self.board.id
        if board_id is None:
            return None
        on = date_of(self.ceased_on)
        boards = self.context.services.boards
        return self.context.operations.run(
            self.tr("deactivate board"), lambda: boards.deactivate(board_id, on)
        )
