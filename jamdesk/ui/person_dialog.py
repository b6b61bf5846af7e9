"""The person editor: name, kind, title, contact details, board, and delegation seats."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jamdesk.domain.errors import DomainError
from jamdesk.domain.people import (
    DELEGATION_ROLE_LABELS,
    PERSON_KIND_LABELS,
    DelegationMembership,
    DelegationRole,
    Person,
    PersonKind,
)
from jamdesk.ui.form import Form, date_edit, date_of
from jamdesk.ui.messages import label
from jamdesk.ui.page import PageContext
from jamdesk.ui.register_fields import (
    RecordDialog,
    choose_enum,
    chosen_id,
    date_line,
    enter_runs,
    fill_choices,
    optional_date,
)


class PersonDialog(RecordDialog[Person]):
    """Add or edit a person; seats are given and ended at once, each an undoable change."""

    def __init__(
        self, context: PageContext, person: Person | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.person = person
        self.seats: list[DelegationMembership] = []
        self.setWindowTitle(self.tr("New person") if person is None else self.tr("Edit person"))

        self.name = QLineEdit("" if person is None else person.name, self)
        self.kind = QComboBox(self)
        choose_enum(self.kind, PERSON_KIND_LABELS, person.kind if person else PersonKind.OFFICIAL)
        self.title = QLineEdit("" if person is None else person.title, self)
        self.title.setPlaceholderText(self.tr("e.g. Förvaltningschef"))
        self.email = QLineEdit("" if person is None else person.email, self)
        self.phone = QLineEdit("" if person is None else person.phone, self)
        self.board = QComboBox(self)
        boards = [(b.id or 0, b.name) for b in context.services.boards.list_boards()]
        fill_choices(self.board, boards, person.board_id if person else None, self.tr("(none)"))
        self.form.add_row(self.tr("&Name:"), self.name, "name")
        self.form.add_row(self.tr("&Kind:"), self.kind, "kind")
        self.form.add_row(self.tr("&Title:"), self.title, "title")
        self.form.add_row(self.tr("&E-mail:"), self.email, "email")
        self.form.add_row(self.tr("&Phone:"), self.phone, "phone")
        self.form.add_row(self.tr("&Board:"), self.board, "board_id")

        self.finish_layout(self._seats_box())
        self._load_seats()
        self.name.setFocus()

    # -- delegation seats ----------------------------------------------------

    def _seats_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Seats in the delegation"), self)
        self.seat_table = QTableWidget(0, 3, box)
        self.seat_table.setHorizontalHeaderLabels(
            [self.tr("Role"), self.tr("From"), self.tr("Until")]
        )
        self.seat_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.seat_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.seat_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.seat_table.verticalHeader().setVisible(False)
        self.seat_table.horizontalHeader().setStretchLastSection(True)
        self.seat_table.setAccessibleName(self.tr("Seats in the delegation"))
        rows = self.seat_table.fontMetrics().height() + 8
        self.seat_table.setMinimumHeight(3 * rows)
        self.seat_table.setMaximumHeight(7 * rows)

        self.seat_form = Form(box)
        self.seat_role = QComboBox(box)
        choose_enum(self.seat_role, DELEGATION_ROLE_LABELS, DelegationRole.MEMBER)
        self.seat_from = date_edit(self.context.today(), box)
        self.seat_to = date_line(None, self.tr("YYYY-MM-DD, empty while serving"), box)
        self.add_seat_button = QPushButton(self.tr("&Add seat"), box)
        self.seat_form.add_row(self.tr("&Role:"), self.seat_role, "role", "person_id")
        self.seat_form.add_row(self.tr("&From:"), self.seat_from, "term_from")
        self.seat_form.add_row(self.tr("&Until:"), self.seat_to, "term_to")

        self.end_form = Form(box)
        self.end_on = date_edit(self.context.today(), box)
        self.end_seat_button = QPushButton(self.tr("En&d seat"), box)
        self.end_form.add_row(self.tr("Selected seat ends &on:"), self.end_on, "term_to")

        self.seat_hint = QLabel(self.tr("Save the person first; then give them a seat here."))
        self.seat_hint.setWordWrap(True)
        note = QLabel(self.tr("Seats are saved as soon as they are added or ended."), box)
        note.setWordWrap(True)

        adding = QHBoxLayout()
        adding.addWidget(self.seat_form, 1)
        adding.addWidget(self.add_seat_button)
        ending = QHBoxLayout()
        ending.addWidget(self.end_form, 1)
        ending.addWidget(self.end_seat_button)
        column = QVBoxLayout(box)
        column.addWidget(self.seat_hint)
        column.addWidget(self.seat_table)
        column.addLayout(adding)
        column.addLayout(ending)
        column.addWidget(note)

        self.add_seat_button.clicked.connect(self.add_seat)
        self.end_seat_button.clicked.connect(self.end_seat)
        self.seat_table.currentCellChanged.connect(lambda *_: self._update_seat_buttons())
        enter_runs(self.add_seat, self.seat_role, self.seat_from, self.seat_to)
        enter_runs(self.end_seat, self.end_on)
        return box

    def _load_seats(self) -> None:
        person_id = self.person.id if self.person else None
        self.seats = (
            [] if person_id is None else self.context.services.people.memberships(person_id)
        )
        self.seat_table.setRowCount(len(self.seats))
        for row, seat in enumerate(self.seats):
            texts = (
                label(DELEGATION_ROLE_LABELS[seat.role]),
                seat.term_from.isoformat(),
                "" if seat.term_to is None else seat.term_to.isoformat(),
            )
            for column, text in enumerate(texts):
                self.seat_table.setItem(row, column, QTableWidgetItem(text))
        self.seat_hint.setVisible(person_id is None)
        for widget in (self.seat_table, self.seat_form, self.end_form, self.add_seat_button):
            widget.setEnabled(person_id is not None)
        self._update_seat_buttons()

    def _update_seat_buttons(self) -> None:
        row = self.seat_table.currentRow()
        self.end_seat_button.setEnabled(0 <= row < len(self.seats))
        self.end_form.setEnabled(0 <= row < len(self.seats))

    def select_seat(self, row: int) -> None:
        """Make the seat on ``row`` of the seat table the one to end."""
        self.seat_table.setCurrentCell(row, 0)

    def add_seat(self) -> bool:
        """Give the person the seat described; refusals show next to the field concerned."""
        person_id = self.person.id if self.person else None
        if person_id is None:
            return False
        people = self.context.services.people
        self.seat_form.clear_errors()
        try:
            seat = DelegationMembership(
                person_id=person_id,
                role=DelegationRole(self.seat_role.currentData()),
                term_from=date_of(self.seat_from),
                term_to=optional_date(self.seat_to.text(), "term_to"),
            )
            self.context.operations.run(
                self.tr("give delegation seat"), lambda: people.add_membership(seat)
            )
        except DomainError as error:
            self.seat_form.show_error(error)
            return False
        self.seat_to.clear()
        self._load_seats()
        return True

    def end_seat(self) -> bool:
        """End the selected seat on the day given; a refusal shows under that day."""
        row = self.seat_table.currentRow()
        if not 0 <= row < len(self.seats) or self.seats[row].id is None:
            return False
        seat_id = self.seats[row].id or 0
        on = date_of(self.end_on)
        people = self.context.services.people
        self.end_form.clear_errors()
        try:
            self.context.operations.run(
                self.tr("end delegation seat"), lambda: people.end_membership(seat_id, on)
            )
        except DomainError as error:
            self.end_form.show_error(error)
            return False
        self._load_seats()
        return True

    # -- saving --------------------------------------------------------------

    def edited_person(self) -> Person:
        """Return the person as the fields describe them (not yet validated)."""
        base = self.person or Person("", PersonKind.OFFICIAL)
        return replace(
            base,
            name=self.name.text(),
            kind=PersonKind(self.kind.currentData()),
            title=self.title.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            board_id=chosen_id(self.board),
        )

    def save(self) -> Person:
        """Save the person through the people service."""
        person = self.edited_person()
        people = self.context.services.people
        if person.id is None:
            return self.context.operations.run(self.tr("add person"), lambda: people.create(person))
        return self.context.operations.run(self.tr("edit person"), lambda: people.update(person))
