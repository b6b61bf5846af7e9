"""The Boards page: the boards and committees the delegation meets, ceased ones greyed."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QPushButton, QWidget

from jamdesk.domain.boards import BOARD_KIND_LABELS, Board
from jamdesk.domain.errors import QT_TRANSLATE_NOOP
from jamdesk.services.changes import RecordKind
from jamdesk.store.register_lists import BoardList, BoardListRow, BoardSort
from jamdesk.ui.actions import ActionId
from jamdesk.ui.board_dialog import BoardDialog, CeaseBoardDialog
from jamdesk.ui.document_export import export_briefing
from jamdesk.ui.messages import label
from jamdesk.ui.page import PageContext
from jamdesk.ui.paged_model import Column
from jamdesk.ui.register_table import RegisterModel, RegisterPage, RegisterTable

_SETTINGS_KEY = "boardsPage"


def _board_columns(page: BoardsPage) -> list[Column[BoardListRow]]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.name, BoardSort.NAME),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Kind"),
            lambda r: label(BOARD_KIND_LABELS[r.kind]),
            BoardSort.KIND,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Administration"),
            lambda r: r.administration,
            BoardSort.ADMINISTRATION,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Chair"), lambda r: r.chair, BoardSort.CHAIR),
        Column(QT_TRANSLATE_NOOP("Columns", "Manager"), lambda r: r.manager, BoardSort.MANAGER),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Active from"),
            lambda r: r.active_from.isoformat(),
            BoardSort.ACTIVE_FROM,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Status"), page.status_text, BoardSort.ACTIVE_TO),
    ]


class BoardsPage(RegisterPage[Board]):
    """The register of boards: add, edit, deactivate (with the day it ceased), reactivate.

    Boards are deactivated, never deleted.
    """

    record_kind = RecordKind.BOARD
    # Export writes the chair's briefing on the selected board.
    selection_actions = (ActionId.EDIT_RECORD, ActionId.EXPORT_DOCUMENT)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.source: BoardList = BoardList(context.services.database.connection)
        self.source.hide_ceased_before = context.today()
        self.model: RegisterModel[BoardListRow] = RegisterModel(
            self.source,
            _board_columns(self),
            lambda row: row.id,
            sort=BoardSort.NAME,
            muted=lambda row: row.ceased_before(self.context.today()),
            parent=self,
        )
        self.table = RegisterTable(
            self.model,
            name=self.tr("Boards"),
            settings_key=_SETTINGS_KEY,
            empty_message=self.store_empty_message(),
            width_samples={0: "Barn- och utbildningsnämnden", 1: "Executive board"},
            parent=self,
        )
        self.show_ceased = QCheckBox(self.tr("Show &ceased boards"), self)
        self.new_button = QPushButton(self.tr("&New board…"), self)
        self.edit_button = QPushButton(self.tr("Ed&it…"), self)
        self.deactivate_button = QPushButton(self.tr("&Deactivate…"), self)
        self.reactivate_button = QPushButton(self.tr("&Reactivate"), self)

        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_current)
        self.deactivate_button.clicked.connect(self.deactivate_current)
        self.reactivate_button.clicked.connect(self.reactivate_current)
        self.show_ceased.toggled.connect(self._show_ceased_toggled)
        buttons = (
            self.new_button,
            self.edit_button,
            self.deactivate_button,
            self.reactivate_button,
        )
        self.lay_out(buttons, (self.show_ceased,))

    def refresh(self, changed: frozenset[RecordKind] = frozenset()) -> None:
        """Read the boards again if ``changed`` (empty: anything) may concern them."""
        if not changed or changed & {RecordKind.BOARD, RecordKind.PERSON}:
            if not self.show_ceased.isChecked():
                self.source.hide_ceased_before = self.context.today()
            self.reload()

    def trigger(self, action: ActionId) -> None:
        """Carry out a window action; Export writes the selected board's chair's briefing."""
        if action is ActionId.EXPORT_DOCUMENT:
            board_id = self.table.current_id()
            if board_id is not None:
                export_briefing(self, self.context, board_id)
            return
        super().trigger(action)

    def selected_board_id(self) -> int | None:
        """Return the selected board, for the window's report and briefing."""
        return self.table.current_id()

    # -- texts ---------------------------------------------------------------

    def status_text(self, row: BoardListRow) -> str:
        """Return "active", "ceased 2024-12-31", "ceases …" or "starts …" as of today."""
        today = self.context.today()
        if row.active_from > today:
            return self.tr("starts {date}").format(date=row.active_from.isoformat())
        if row.active_to is None:
            return self.tr("active")
        if row.active_to < today:
            return self.tr("ceased {date}").format(date=row.active_to.isoformat())
        return self.tr("ceases {date}").format(date=row.active_to.isoformat())

    def store_empty_message(self) -> str:
        """Return the hint shown while there are no boards at all."""
        return self.tr("No boards yet — add the first board the delegation meets.")

    def filtered_empty_message(self) -> str:
        """Return the hint shown while every board has ceased and ceased ones are hidden."""
        return self.tr("Every board has ceased — tick “Show ceased boards” to see them.")

    # -- commands ------------------------------------------------------------

    def load_record(self, record_id: int) -> Board | None:
        """Return the board ``record_id``, or None."""
        return self.context.services.boards.get(record_id)

    def make_editor(self, record: Board | None) -> BoardDialog:
        """Return the editor on the board ``record``, or on a new board."""
        return BoardDialog(self.context, record, self)

    def deactivate_current(self) -> CeaseBoardDialog | None:
        """Ask the day the selected board ceased, then record it."""
        board_id = self.table.current_id()
        board = None if board_id is None else self.context.services.boards.get(board_id)
        if board is None:
            return None
        dialog = CeaseBoardDialog(self.context, board, self)
        self.open_dialog(dialog)
        return dialog

    def reactivate_current(self) -> None:
        """Make the selected ceased board active again."""
        board_id = self.table.current_id()
        if board_id is None:
            return
        boards = self.context.services.boards
        self.context.operations.run(
            self.tr("reactivate board"), lambda: boards.reactivate(board_id)
        )
        self.table.select(board_id)

    def show_saved(self, record: Board) -> None:
        """Select the board just saved, showing ceased boards if it has ceased."""
        if record.id is None:
            return
        if record.active_to is not None and record.active_to < self.context.today():
            # A ceased board stays in view, greyed, where the user just acted on it.
            self.show_ceased.setChecked(True)
        self.table.select(record.id)

    # -- filters and buttons -------------------------------------------------

    def show_everything(self) -> None:
        """Show ceased boards too."""
        self.show_ceased.setChecked(True)

    def _show_ceased_toggled(self, checked: bool) -> None:
        self.source.hide_ceased_before = None if checked else self.context.today()
        self.reload()

    def update_buttons(self) -> None:
        """Enable editing, deactivating and reactivating as the selected board allows."""
        index = self.table.view.currentIndex()
        row = self.model.row(index.row()) if index.isValid() else None
        self.edit_button.setEnabled(row is not None)
        ends = None if row is None else row.active_to
        # A board due to cease later may still have its last day moved.
        self.deactivate_button.setEnabled(
            row is not None and (ends is None or ends >= self.context.today())
        )
        self.reactivate_button.setEnabled(ends is not None)
