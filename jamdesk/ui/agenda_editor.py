"""The agenda builder of one meeting: numbered items, proposed follow-ups, the question bank."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
)
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jamdesk.domain.errors import QT_TRANSLATE_NOOP, DomainError, NotFoundError
from jamdesk.domain.meetings import AGENDA_ITEM_KIND_LABELS, AgendaItem, AgendaItemKind
from jamdesk.services.agenda_proposals import PROPOSAL_REASON_LABELS, Proposal, ProposalKind
from jamdesk.services.changes import Outcome, RecordKind
from jamdesk.ui.actions import ActionId
from jamdesk.ui.empty_state import EmptyState
from jamdesk.ui.form import Form
from jamdesk.ui.messages import label, show_error
from jamdesk.ui.page import Page, PageContext
from jamdesk.ui.paged_model import COLUMN_CONTEXT, OVERDUE_COLOUR
from jamdesk.ui.question_bank_dialog import QuestionBankDialog

T = TypeVar("T")

AgendaItemIdRole = Qt.ItemDataRole.UserRole + 1
AGENDA_MIME_TYPE = "application/x-jamdesk-agenda-item"
SPLITTER_KEY = "agendaEditor/splitter"
PROPOSAL_COLUMNS_KEY = "agendaEditor/proposalColumns"

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

# What the agenda and its proposals are read from.
_AGENDA_KINDS = frozenset({RecordKind.AGENDA, RecordKind.MEETING})
_PROPOSAL_KINDS = _AGENDA_KINDS | {
    RecordKind.BOARD,
    RecordKind.COMMITMENT,
    RecordKind.REQUEST,
    RecordKind.QUESTION,
}


class AgendaModel(QAbstractListModel):
    """The meeting's items as a numbered list; a move dragged in the view goes to ``mover``.

    The model never writes: ``mover(item_id, new_position)`` runs the move as a use case
    and returns whether it succeeded; the refresh that follows shows the new order.
    """

    def __init__(
        self, mover: Callable[[int, int], bool] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._items: list[AgendaItem] = []
        self._mover = mover

    def set_items(self, items: Sequence[AgendaItem]) -> None:
        """Show ``items``, in the order given."""
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> AgendaItem:
        """Return the item on ``row``."""
        return self._items[row]

    def row_of(self, item_id: int) -> int | None:
        """Return the row showing the item ``item_id``, or None."""
        for row, item in enumerate(self._items):
            if item.id == item_id:
                return row
        return None

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if item.diary_number:
                return QCoreApplication.translate(
                    "AgendaEditor", "{position}. {title} (Dnr {diary_number})"
                ).format(position=item.position, title=item.title, diary_number=item.diary_number)
            return f"{item.position}. {item.title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("AgendaEditor", "{kind}: {title}").format(
                kind=label(AGENDA_ITEM_KIND_LABELS[item.kind]), title=item.title
            )
        if role == AgendaItemIdRole:
            return item.id
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            # Items are dropped between others, never onto one.
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [AGENDA_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = [str(self._items[index.row()].id) for index in indexes if index.isValid()]
        data.setData(AGENDA_MIME_TYPE, ",".join(ids[:1]).encode("ascii"))
        return data

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: _Index,
    ) -> bool:
        del row, column, parent
        # Only the list's own items are dropped here, and whatever the action, they move.
        return action != Qt.DropAction.IgnoreAction and data.hasFormat(AGENDA_MIME_TYPE)

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: _Index,
    ) -> bool:
        del column
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, 0, parent):
            return False
        try:
            item_id = int(bytes(data.data(AGENDA_MIME_TYPE).data()).decode("ascii"))
        except ValueError:
            return False
        source = self.row_of(item_id)
        if source is None:
            return False
        if row < 0:
            # Dropped onto an item (before it) or onto the empty space below the last.
            row = parent.row() if parent.isValid() else len(self._items)
        return self._move(source, row)

    def moveRows(
        self,
        source_parent: _Index,
        source_row: int,
        count: int,
        destination_parent: _Index,
        destination_child: int,
    ) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or count != 1:
            return False
        if not 0 <= source_row < len(self._items):
            return False
        return self._move(source_row, destination_child)

    def _move(self, source: int, before: int) -> bool:
        """Move the item on ``source`` in front of the row ``before`` (counted before the move)."""
        before = max(0, min(before, len(self._items)))
        target = before if before <= source else before - 1
        item_id = self._items[source].id
        if target == source or item_id is None or self._mover is None:
            return False
        return self._mover(item_id, target + 1)


class ProposalColumn:
    TITLE = 0
    BOARD = 1
    REASON = 2


_PROPOSAL_TITLES = (
    QT_TRANSLATE_NOOP("Columns", "Proposed item"),
    QT_TRANSLATE_NOOP("Columns", "Board"),
    QT_TRANSLATE_NOOP("Columns", "Why"),
)


class ProposalsModel(QAbstractTableModel):
    """The proposed follow-ups with a checkbox each; all are checked until the user says no."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._proposals: list[Proposal] = []
        # Unchecked rather than checked keys, so that a new proposal starts checked.
        self._unchecked: set[tuple[ProposalKind, int]] = set()

    def set_proposals(self, proposals: Sequence[Proposal]) -> None:
        """Show ``proposals``, keeping the checkboxes of those shown before."""
        self.beginResetModel()
        self._proposals = list(proposals)
        keys = {proposal.key for proposal in self._proposals}
        self._unchecked &= keys
        self.endResetModel()

    def proposal(self, row: int) -> Proposal:
        """Return the proposal on ``row``."""
        return self._proposals[row]

    def checked(self) -> list[Proposal]:
        """Return the checked proposals, in the order shown."""
        return [p for p in self._proposals if p.key not in self._unchecked]

    def set_checked(self, row: int, checked: bool) -> None:
        """Check or uncheck the proposal on ``row``."""
        key = self._proposals[row].key
        if checked:
            self._unchecked.discard(key)
        else:
            self._unchecked.add(key)
        index = self.index(row, ProposalColumn.TITLE)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._proposals)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(_PROPOSAL_TITLES)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._proposals):
            return None
        proposal = self._proposals[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == ProposalColumn.TITLE:
                return proposal.title
            if column == ProposalColumn.BOARD:
                return proposal.board
            return label(PROPOSAL_REASON_LABELS[proposal.reason])
        if role == Qt.ItemDataRole.CheckStateRole and column == ProposalColumn.TITLE:
            unchecked = proposal.key in self._unchecked
            return Qt.CheckState.Unchecked if unchecked else Qt.CheckState.Checked
        if proposal.overdue and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_COLOUR)
        if proposal.overdue and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.column() != ProposalColumn.TITLE
            or role != Qt.ItemDataRole.CheckStateRole
        ):
            return False
        state = value.value if isinstance(value, Qt.CheckState) else value
        self.set_checked(index.row(), state == Qt.CheckState.Checked.value)
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == ProposalColumn.TITLE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(_PROPOSAL_TITLES)
        ):
            return QCoreApplication.translate(COLUMN_CONTEXT, _PROPOSAL_TITLES[section])
        return None


class AgendaItemDialog(QDialog):
    """Add an item to the agenda, or change one: its kind, title and diary number."""

    def __init__(
        self,
        context: PageContext,
        meeting_id: int,
        item: AgendaItem | None = None,
        position: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._meeting_id = meeting_id
        self._item = item
        self._position = position
        self.saved_item_id: int | None = None
        self.setWindowTitle(self.tr("New agenda item") if item is None else self.tr("Agenda item"))
        self.form = Form(self)
        self.kind = QComboBox()
        for kind in AgendaItemKind:
            self.kind.addItem(label(AGENDA_ITEM_KIND_LABELS[kind]), kind.value)
        chosen = AgendaItemKind.OTHER if item is None else item.kind
        self.kind.setCurrentIndex(self.kind.findData(chosen.value))
        self.title = QLineEdit(item.title if item is not None else "")
        self.title.setPlaceholderText(self.tr("e.g. Information om jämställdhetsbudgeten"))
        self.diary_number = QLineEdit(item.diary_number if item is not None else "")
        self.diary_number.setPlaceholderText(self.tr("e.g. KS 2026/123"))
        self.form.add_row(self.tr("&Kind:"), self.kind, "kind")
        self.form.add_row(self.tr("&Title:"), self.title, "title")
        self.form.add_row(self.tr("&Diary number:"), self.diary_number, "diary_number")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.title.setFocus()
        self.resize(560, self.sizeHint().height())

    def accept(self) -> None:
        """Save through the agenda service; on a refusal, say why by the field and stay open."""
        self.form.clear_errors()
        agenda = self._context.services.agenda
        kind = AgendaItemKind(self.kind.currentData())
        title = self.title.text()
        diary = self.diary_number.text()
        item = self._item
        try:
            if item is None or item.id is None:
                saved = self._context.operations.run(
                    self.tr("add agenda item"),
                    lambda: agenda.add_item(
                        self._meeting_id, kind, title, diary, position=self._position
                    ),
                )
            else:
                item_id = item.id
                saved = self._context.operations.run(
                    self.tr("change agenda item"),
                    lambda: agenda.update_item(
                        item_id, kind=kind, title=title, diary_number=diary, notes=item.notes
                    ),
                )
        except DomainError as error:
            self.form.show_error(error)
            return
        self.saved_item_id = saved.id
        super().accept()


class AgendaEditor(Page):
    """Build a meeting's agenda: reorder its items, accept proposed follow-ups, add questions."""

    def __init__(
        self, context: PageContext, meeting_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.meeting_id = meeting_id
        self.item_dialog: AgendaItemDialog | None = None
        self.bank_dialog: QuestionBankDialog | None = None
        self._dropped: set[tuple[ProposalKind, int]] = set()
        self._reloads = 0

        self.model = AgendaModel(self._move_to, self)
        self.list = self._build_list()
        self.proposals_model = ProposalsModel(self)
        self.proposals = self._build_proposals_table()

        self.new_button = QPushButton(self.tr("Ne&w item…"))
        self.edit_button = QPushButton(self.tr("E&dit…"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move d&own"))
        self.bank_button = QPushButton(self.tr("From the &question bank…"))
        self.accept_button = QPushButton(self.tr("Add &checked to the agenda"))
        self.drop_button = QPushButton(self.tr("Dro&p"))
        self.drop_button.setToolTip(
            self.tr("Leave the selected proposals out while this agenda is open")
        )
        self.new_button.clicked.connect(lambda: self.trigger(ActionId.NEW_AGENDA_ITEM))
        self.edit_button.clicked.connect(lambda: self.trigger(ActionId.EDIT_RECORD))
        self.remove_button.clicked.connect(lambda: self.trigger(ActionId.DELETE_RECORD))
        self.up_button.clicked.connect(lambda: self.trigger(ActionId.MOVE_UP))
        self.down_button.clicked.connect(lambda: self.trigger(ActionId.MOVE_DOWN))
        self.bank_button.clicked.connect(self.open_question_bank)
        self.accept_button.clicked.connect(self.accept_checked)
        self.drop_button.clicked.connect(self.drop_selected)

        self.agenda_state = EmptyState(
            self.list, self.tr("The agenda is empty — add the first item with New item.")
        )
        self.proposals_state = EmptyState(self.proposals, "")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self._agenda_panel())
        self.splitter.addWidget(self._proposals_panel())
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self._restore_settings()
        self.splitter.splitterMoved.connect(self._save_splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.list.selectionModel().selectionChanged.connect(self._selection_changed)
        self.proposals_model.dataChanged.connect(self._update_buttons)
        self.proposals_model.modelReset.connect(self._update_buttons)
        self.refresh(frozenset())

    # -- what the workspace asks -----------------------------------------------

    def refresh(self, changed: frozenset[RecordKind]) -> None:
        """Read the agenda and proposals again if ``changed`` (empty: anything) concerns them."""
        self._reloads += 1
        try:
            if not changed or changed & _AGENDA_KINDS:
                self._load_agenda()
            if not changed or changed & _PROPOSAL_KINDS:
                self._load_proposals()
        except NotFoundError:
            # The meeting itself is gone (undo of its planning); the workspace will close.
            self.model.set_items([])
            self.proposals_model.set_proposals([])
        self._update_buttons()

    def supported_actions(self) -> frozenset[ActionId]:
        """Return the actions that act on the agenda: new, and on the selected item."""
        actions = {ActionId.NEW_AGENDA_ITEM}
        row = self.selected_row()
        if row is not None:
            actions |= {ActionId.EDIT_RECORD, ActionId.DELETE_RECORD}
            if row > 0:
                actions.add(ActionId.MOVE_UP)
            if row < self.model.rowCount() - 1:
                actions.add(ActionId.MOVE_DOWN)
        return frozenset(actions)

    def trigger(self, action: ActionId) -> None:
        """Carry out ``action``, one of ``supported_actions()``."""
        handlers: dict[ActionId, Callable[[], object]] = {
            ActionId.NEW_AGENDA_ITEM: self.new_item,
            ActionId.EDIT_RECORD: self.edit_item,
            ActionId.DELETE_RECORD: self.remove_item,
            ActionId.MOVE_UP: lambda: self.move_selected(-1),
            ActionId.MOVE_DOWN: lambda: self.move_selected(1),
        }
        handler = handlers.get(action)
        if handler is not None:
            handler()

    # -- the agenda ------------------------------------------------------------

    def selected_row(self) -> int | None:
        """Return the row of the selected item, or None."""
        rows = self.list.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def selected_item(self) -> AgendaItem | None:
        """Return the selected item, or None."""
        row = self.selected_row()
        return None if row is None else self.model.item(row)

    def select_item(self, item_id: int) -> None:
        """Select and show the item ``item_id`` if it is on the agenda."""
        row = self.model.row_of(item_id)
        if row is not None:
            index = self.model.index(row)
            self.list.setCurrentIndex(index)
            self.list.scrollTo(index)

    def new_item(self) -> None:
        """Open the editor for a new item, placed after the selected one (or last)."""
        selected = self.selected_item()
        position = None if selected is None else selected.position + 1
        self._open_item_dialog(
            AgendaItemDialog(self.context, self.meeting_id, None, position, self)
        )

    def edit_item(self) -> None:
        """Open the editor for the selected item."""
        item = self.selected_item()
        if item is not None:
            self._open_item_dialog(
                AgendaItemDialog(self.context, self.meeting_id, item, None, self)
            )

    def remove_item(self) -> None:
        """Remove the selected item, once the user confirms."""
        item = self.selected_item()
        if item is None or item.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove agenda item"),
            self.tr("Remove item {position}, “{title}”, from the agenda?").format(
                position=item.position, title=item.title
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        item_id = item.id
        row = self.selected_row() or 0
        removed = self._run(
            self.tr("remove agenda item"),
            lambda: self.context.services.agenda.remove_item(item_id),
        )
        if removed and self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1)))

    def move_selected(self, step: int) -> None:
        """Move the selected item ``step`` places (−1 up, 1 down)."""
        item = self.selected_item()
        if item is None or item.id is None:
            return
        position = item.position + step
        if 1 <= position <= self.model.rowCount():
            self._move_to(item.id, position)

    def _move_to(self, item_id: int, position: int) -> bool:
        done = self._run(
            self.tr("move agenda item"),
            lambda: self.context.services.agenda.move_item(item_id, position),
        )
        if done:
            self.select_item(item_id)
        return done

    # -- proposals and the question bank ---------------------------------------

    def accept_checked(self) -> None:
        """Add the checked proposals to the agenda as follow-up items, as one step."""
        chosen = self.proposals_model.checked()
        if not chosen:
            return
        service = self.context.services.agenda_proposals
        added: list[AgendaItem] = []

        def accept() -> Outcome[list[AgendaItem]]:
            result = service.accept(self.meeting_id, chosen)
            added.extend(result.value)
            return result

        if self._run(self.tr("add follow-ups to the agenda"), accept) and added:
            self.select_item(added[0].id or 0)

    def drop_selected(self) -> None:
        """Hide the selected proposals for as long as this editor is open."""
        rows = {index.row() for index in self.proposals.selectionModel().selectedRows()}
        current = self.proposals.currentIndex()
        if not rows and current.isValid():
            rows = {current.row()}
        if not rows:
            return
        self._dropped |= {self.proposals_model.proposal(row).key for row in rows}
        self._load_proposals()
        self._update_buttons()

    def open_question_bank(self) -> QuestionBankDialog:
        """Open the question bank to pick questions for this meeting's agenda."""
        dialog = QuestionBankDialog(self.context, self, pick_for_meeting=self.meeting_id)
        self.bank_dialog = dialog
        before = self._reloads

        def added() -> None:
            self._reload_if_not_refreshed(before)
            if dialog.added_item_ids:
                self.select_item(dialog.added_item_ids[0])

        dialog.accepted.connect(added)
        dialog.open()
        return dialog

    # -- inside ----------------------------------------------------------------

    def _run(self, description: str, use_case: Callable[[], Outcome[T]]) -> bool:
        """Run a use case as one undoable step; say why if refused. Return whether it ran."""
        before = self._reloads
        try:
            self.context.operations.run(description, use_case)
        except DomainError as error:
            show_error(self, error)
            return False
        self._reload_if_not_refreshed(before)
        return True

    def _reload_if_not_refreshed(self, before: int) -> None:
        # Whoever embeds the editor refreshes it after every change; where nobody has
        # (a bare editor), it reads again itself rather than show a stale agenda.
        if self._reloads == before:
            self.refresh(frozenset())

    def _open_item_dialog(self, dialog: AgendaItemDialog) -> None:
        self.item_dialog = dialog
        before = self._reloads

        def saved() -> None:
            self._reload_if_not_refreshed(before)
            if dialog.saved_item_id is not None:
                self.select_item(dialog.saved_item_id)

        dialog.accepted.connect(saved)
        dialog.open()

    def _load_agenda(self) -> None:
        selected = self.selected_item()
        self.model.set_items(self.context.services.agenda.items(self.meeting_id))
        self.agenda_state.set_empty(self.model.rowCount() == 0)
        if selected is not None and selected.id is not None:
            self.select_item(selected.id)

    def _load_proposals(self) -> None:
        meeting = self.context.services.meetings.get(self.meeting_id)
        proposals = self.context.services.agenda_proposals.propose(
            self.meeting_id, self.context.today()
        )
        shown = [p for p in proposals if p.key not in self._dropped]
        self.proposals_model.set_proposals(shown)
        if not meeting.board_ids:
            message = self.tr("No boards take part in this meeting, so nothing is proposed.")
        else:
            message = self.tr(
                "Nothing outstanding with the boards taking part: no follow-ups to propose."
            )
        self.proposals_state.set_message(message)
        self.proposals_state.set_empty(not shown)

    def _selection_changed(self) -> None:
        self._update_buttons()
        refresh = getattr(self.window(), "refresh_page_actions", None)
        if callable(refresh):
            refresh()

    def _update_buttons(self) -> None:
        supported = self.supported_actions()
        self.edit_button.setEnabled(ActionId.EDIT_RECORD in supported)
        self.remove_button.setEnabled(ActionId.DELETE_RECORD in supported)
        self.up_button.setEnabled(ActionId.MOVE_UP in supported)
        self.down_button.setEnabled(ActionId.MOVE_DOWN in supported)
        self.accept_button.setEnabled(bool(self.proposals_model.checked()))
        self.drop_button.setEnabled(self.proposals_model.rowCount() > 0)

    def _build_list(self) -> QListView:
        view = QListView(self)
        view.setModel(self.model)
        view.setAccessibleName(self.tr("Agenda items"))
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDragEnabled(True)
        view.setAcceptDrops(True)
        view.setDropIndicatorShown(True)
        view.setUniformItemSizes(True)
        view.setAlternatingRowColors(True)
        view.activated.connect(lambda _index: self.edit_item())
        return view

    def _build_proposals_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.proposals_model)
        table.setAccessibleName(self.tr("Proposed follow-ups"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setCornerButtonEnabled(False)
        rows = table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        columns = table.horizontalHeader()
        # The item's title takes what the board and the reason leave; both are elided with
        # their whole text in the tooltip.
        columns.setStretchLastSection(False)
        columns.setSectionResizeMode(ProposalColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        columns.setHighlightSections(False)
        metrics = table.fontMetrics()
        table.setColumnWidth(ProposalColumn.BOARD, metrics.horizontalAdvance("Socialnämnden") + 16)
        table.setColumnWidth(
            ProposalColumn.REASON, metrics.horizontalAdvance("Commitment overdue") + 16
        )
        columns.sectionResized.connect(self._save_columns)
        return table

    def _agenda_panel(self) -> QWidget:
        panel = QWidget(self)
        caption = QLabel(self.tr("Agenda &items:"))
        caption.setBuddy(self.list)
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addStretch(1)
        top.addWidget(self.bank_button)
        # Two short rows rather than one long one keep the editor usable in a narrow window.
        buttons = QGridLayout()
        for column, button in enumerate((self.new_button, self.edit_button, self.remove_button)):
            buttons.addWidget(button, 0, column)
        buttons.addWidget(self.up_button, 1, 0)
        buttons.addWidget(self.down_button, 1, 1)
        buttons.setColumnStretch(3, 1)
        layout = QVBoxLayout(panel)
        layout.addLayout(top)
        layout.addWidget(self.agenda_state, 1)
        layout.addLayout(buttons)
        return panel

    def _proposals_panel(self) -> QWidget:
        panel = QWidget(self)
        caption = QLabel(self.tr("Proposed fo&llow-ups:"))
        caption.setBuddy(self.proposals)
        hint = QLabel(
            self.tr(
                "Outstanding commitments, reporting requests and questions of the boards "
                "taking part. Uncheck what should not be on the agenda."
            )
        )
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.drop_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(panel)
        layout.addWidget(caption)
        layout.addWidget(hint)
        layout.addWidget(self.proposals_state, 1)
        layout.addLayout(buttons)
        return panel

    def _restore_settings(self) -> None:
        settings = QSettings()
        sizes = _int_list(settings.value(SPLITTER_KEY, ""))
        if len(sizes) == 2 and all(size > 0 for size in sizes):
            self.splitter.setSizes(sizes)
        else:
            self.splitter.setSizes([520, 480])
        widths = _int_list(settings.value(PROPOSAL_COLUMNS_KEY, ""))
        # The title column stretches, so only the others' widths are kept.
        for column, width in enumerate(widths[: len(_PROPOSAL_TITLES)]):
            if width > 0 and column != ProposalColumn.TITLE:
                self.proposals.setColumnWidth(column, width)

    def _save_splitter(self) -> None:
        QSettings().setValue(SPLITTER_KEY, ",".join(str(s) for s in self.splitter.sizes()))

    def _save_columns(self) -> None:
        header = self.proposals.horizontalHeader()
        widths = [header.sectionSize(column) for column in range(header.count())]
        QSettings().setValue(PROPOSAL_COLUMNS_KEY, ",".join(str(width) for width in widths))


def _int_list(stored: object) -> list[int]:
    """Return the comma-separated integers QSettings kept, or none if unreadable."""
    if not isinstance(stored, str) or not stored:
        return []
    try:
        return [int(part) for part in stored.split(",")]
    except ValueError:
        return []
