"""The People page: the delegation's members, the officials and everyone else one meets."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from jamdesk.domain.errors import QT_TRANSLATE_NOOP
from jamdesk.domain.people import DELEGATION_ROLE_LABELS, PERSON_KIND_LABELS, Person
from jamdesk.services.changes import RecordKind
from jamdesk.store.register_lists import PersonList, PersonListRow, PersonScope, PersonSort
from jamdesk.ui.messages import label
from jamdesk.ui.page import PageContext
from jamdesk.ui.paged_model import Column
from jamdesk.ui.person_dialog import PersonDialog
from jamdesk.ui.register_table import RegisterModel, RegisterPage, RegisterTable

_SETTINGS_KEY = "peoplePage"


class PeoplePage(RegisterPage[Person]):
    """The register of people: add and edit them, give and end delegation seats.

    People are never deleted.
    """

    record_kind = RecordKind.PERSON

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.source: PersonList = PersonList(context.services.database.connection, context.today())
        self.model: RegisterModel[PersonListRow] = RegisterModel(
            self.source, self._columns(), lambda row: row.id, sort=PersonSort.NAME, parent=self
        )
        self.table = RegisterTable(
            self.model,
            name=self.tr("People"),
            settings_key=_SETTINGS_KEY,
            empty_message=self.store_empty_message(),
            width_samples={0: "Sven-Åke Öberg", 1: "Politician", 2: "Förvaltningschef"},
            parent=self,
        )
        self.scope = QComboBox(self)
        self.scope.addItem(self.tr("Delegation members"), PersonScope.MEMBERS.value)
        self.scope.addItem(self.tr("Officials"), PersonScope.OFFICIALS.value)
        self.scope.addItem(self.tr("Everyone"), PersonScope.EVERYONE.value)
        self.scope.setCurrentIndex(self.scope.findData(PersonScope.EVERYONE.value))
        scope_label = QLabel(self.tr("&Show:"), self)
        scope_label.setBuddy(self.scope)
        self.new_button = QPushButton(self.tr("&New person…"), self)
        self.edit_button = QPushButton(self.tr("Ed&it…"), self)

        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_current)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.lay_out((self.new_button, self.edit_button), (scope_label, self.scope))

    def _columns(self) -> list[Column[PersonListRow]]:
        return [
            Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.name, PersonSort.NAME),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Kind"),
                lambda r: label(PERSON_KIND_LABELS[r.kind]),
                PersonSort.KIND,
            ),
            Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title, PersonSort.TITLE),
            Column(QT_TRANSLATE_NOOP("Columns", "Board"), lambda r: r.board, PersonSort.BOARD),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Delegation seat"), self.seat_text, PersonSort.SEAT
            ),
            Column(QT_TRANSLATE_NOOP("Columns", "E-mail"), lambda r: r.email, PersonSort.EMAIL),
            Column(QT_TRANSLATE_NOOP("Columns", "Phone"), lambda r: r.phone, PersonSort.PHONE),
        ]

    def refresh(self, changed: frozenset[RecordKind] = frozenset()) -> None:
        """Read the people again if ``changed`` (empty: anything) may concern them."""
        if not changed or changed & {RecordKind.PERSON, RecordKind.BOARD}:
            self.source.on = self.context.today()
            self.reload()

    def set_scope(self, scope: PersonScope) -> None:
        """Show everyone, the delegation's members or the officials."""
        self.scope.setCurrentIndex(self.scope.findData(scope.value))

    # -- texts ---------------------------------------------------------------

    def seat_text(self, row: PersonListRow) -> str:
        """Return the seat held today ("Chair"), or the one to come ("Member from …")."""
        if row.seat_role is None or row.seat_from is None:
            return ""
        role = label(DELEGATION_ROLE_LABELS[row.seat_role])
        if row.seat_from > self.context.today():
            return self.tr("{role} from {date}").format(role=role, date=row.seat_from.isoformat())
        if row.seat_to is not None:
            return self.tr("{role} until {date}").format(role=role, date=row.seat_to.isoformat())
        return role

    def store_empty_message(self) -> str:
        """Return the hint shown while there is no one at all."""
        return self.tr("No people yet — add the delegation's members and the officials you meet.")

    def filtered_empty_message(self) -> str:
        """Return the hint shown while no one has a seat, or no officials are known."""
        if self.source.scope is PersonScope.MEMBERS:
            return self.tr(
                "No one has a seat in the delegation today — open a politician and add a seat."
            )
        return self.tr("No officials yet — add the managers and officials you meet.")

    # -- commands ------------------------------------------------------------

    def load_record(self, record_id: int) -> Person | None:
        """Return the person ``record_id``, or None."""
        return self.context.services.people.get(record_id)

    def make_editor(self, record: Person | None) -> PersonDialog:
        """Return the editor on the person ``record``, or on a new person."""
        return PersonDialog(self.context, record, self)

    # -- filters and buttons -------------------------------------------------

    def show_everything(self) -> None:
        """Show everyone, members and officials alike."""
        self.set_scope(PersonScope.EVERYONE)

    def _scope_changed(self) -> None:
        self.source.scope = PersonScope(self.scope.currentData())
        self.source.on = self.context.today()
        self.reload()

    def update_buttons(self) -> None:
        """Let the selected person be edited."""
        self.edit_button.setEnabled(self.table.current_id() is not None)
