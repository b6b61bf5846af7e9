"""The tabs of the Reviews page for document reviews and development needs, and their base.

A tab is a register page of its own (New, Edit, Delete on its table), shown inside the
Reviews page. To the translator the tabs are that page, so their texts are filed under
its context with ``QCoreApplication.translate("ReviewsPage", …)`` rather than ``self.tr``.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QPushButton, QWidget

from jamdesk.domain.errors import QT_TRANSLATE_NOOP
from jamdesk.domain.reviews import (
    DOCUMENT_KIND_LABELS,
    NEED_STATUS_LABELS,
    DevelopmentNeed,
    DocumentReview,
    NeedStatus,
)
from jamdesk.services.changes import RecordKind
from jamdesk.store.review_lists import (
    NeedList,
    NeedListRow,
    NeedSort,
    ReviewList,
    ReviewListRow,
    ReviewSort,
)
from jamdesk.ui.actions import ActionId
from jamdesk.ui.messages import label
from jamdesk.ui.page import PageContext
from jamdesk.ui.paged_model import Column
from jamdesk.ui.register_fields import Stored, chosen_id, fill_choices
from jamdesk.ui.register_table import RegisterModel, RegisterPage, RegisterTable, first_line
from jamdesk.ui.review_dialogs import NeedDialog, ReviewDialog

S = TypeVar("S", bound=Stored)

_OPEN_NEEDS = frozenset({NeedStatus.OPEN, NeedStatus.ADDRESSED})


class ReviewsPageTab(RegisterPage[S]):
    """A tab of the Reviews page: a bar of buttons (and filters) over one register's table."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.board: QComboBox | None = None  # the board filter, on tabs that have one

    def command_buttons(self, new_text: str, *, deletable: bool) -> list[QWidget]:
        """Return New, Edit (and Delete if ``deletable``) buttons acting on this tab."""
        new_button = QPushButton(new_text, self)
        new_button.clicked.connect(lambda: self.trigger(ActionId.NEW_RECORD))
        edit_button = QPushButton(QCoreApplication.translate("ReviewsPage", "Ed&it…"), self)
        edit_button.clicked.connect(lambda: self.trigger(ActionId.EDIT_RECORD))
        buttons: list[QWidget] = [new_button, edit_button]
        if deletable:
            delete_button = QPushButton(QCoreApplication.translate("ReviewsPage", "De&lete…"), self)
            delete_button.clicked.connect(lambda: self.trigger(ActionId.DELETE_RECORD))
            buttons.append(delete_button)
        return buttons

    def board_filter(self) -> tuple[QLabel, QComboBox]:
        """Return a choice of board, filled with every board, and its caption."""
        combo = QComboBox(self)
        caption = QLabel(QCoreApplication.translate("ReviewsPage", "&Board:"), self)
        caption.setBuddy(combo)
        self.board = combo
        self.fill_board_filter()
        return caption, combo

    def fill_board_filter(self) -> None:
        """Offer the boards as they are now in the board filter, keeping the one chosen."""
        if self.board is None:
            return
        boards = [(b.id or 0, b.name) for b in self.context.services.boards.list_boards()]
        current = chosen_id(self.board)
        self.board.blockSignals(True)
        all_boards = QCoreApplication.translate("ReviewsPage", "All boards")
        fill_choices(self.board, boards, current, all_boards)
        self.board.blockSignals(False)

    def chosen_board(self) -> int | None:
        """Return the board chosen in the board filter, None for every board."""
        return None if self.board is None else chosen_id(self.board)

    def show_everything(self) -> None:
        """Show the records of every board."""
        if self.board is not None:
            self.board.setCurrentIndex(0)

    def refresh(self, changed: frozenset[RecordKind] = frozenset()) -> None:
        """Read the list again if ``changed`` (empty: anything) may concern it."""
        if not changed or RecordKind.BOARD in changed:
            self.fill_board_filter()
        if not changed or changed & {self.record_kind, RecordKind.BOARD, RecordKind.GOAL}:
            self.table.reload()
        self.update_empty_message()

    def show_saved(self, record: S) -> None:
        """Select the record just saved, if the filters list it."""
        if record.id is not None:
            self.table.select(record.id)

    def confirm_delete(self, question: str) -> bool:
        """Ask ``question`` (Undo brings the record back); return whether the answer is yes."""
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("ReviewsPage", "Delete"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


# --- document reviews ----------------------------------------------------------------------


def _review_columns() -> list[Column[ReviewListRow]]:
    return [
        Column(
            QT_TRANSLATE_NOOP("Columns", "Reviewed on"),
            lambda r: r.reviewed_on.isoformat(),
            ReviewSort.REVIEWED_ON,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Board"), lambda r: r.board, ReviewSort.BOARD),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Document"),
            lambda r: r.document_title,
            ReviewSort.TITLE,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Kind"),
            lambda r: label(DOCUMENT_KIND_LABELS[r.document_kind]),
            ReviewSort.KIND,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Version"), lambda r: r.version),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Document date"),
            lambda r: "" if r.document_date is None else r.document_date.isoformat(),
            ReviewSort.DOCUMENT_DATE,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Goals"), lambda r: ", ".join(r.goals)),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Findings"),
            lambda r: first_line(r.findings),
            tooltip=lambda r: r.findings,
        ),
    ]


class DocumentReviewsTab(ReviewsPageTab[DocumentReview]):
    """The reviews of the boards' governance documents, latest first, by board if chosen."""

    record_kind = RecordKind.REVIEW
    selection_actions = (ActionId.EDIT_RECORD, ActionId.DELETE_RECORD)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.source: ReviewList = ReviewList(context.services.database.connection)
        model: RegisterModel[ReviewListRow] = RegisterModel(
            self.source,
            _review_columns(),
            lambda row: row.id,
            sort=ReviewSort.REVIEWED_ON,
            descending=True,
            parent=self,
        )
        self.table = RegisterTable(
            model,
            name=QCoreApplication.translate("ReviewsPage", "Document reviews"),
            settings_key="reviewsPage/reviews",
            empty_message="",
            width_samples={
                0: "2026-11-23",
                1: "Barn- och utbildningsnämnden",
                2: "Delårsrapport per augusti 2026",
            },
            parent=self,
        )
        buttons = self.command_buttons(
            QCoreApplication.translate("ReviewsPage", "&New review…"), deletable=True
        )
        caption, board = self.board_filter()
        board.currentIndexChanged.connect(self._filter_changed)
        self.lay_out(buttons, (caption, board))

    def load_record(self, record_id: int) -> DocumentReview | None:
        """Return the review ``record_id``, or None."""
        return self.context.services.reviews.get_review(record_id)

    def make_editor(self, record: DocumentReview | None) -> ReviewDialog:
        """Return the editor on the review ``record``, or on a new review."""
        return ReviewDialog(self.context, record, self)

    def delete_record(self, record_id: int) -> bool:
        """Delete the review once the user confirms; Undo brings it back."""
        reviews = self.context.services.reviews
        review = self.load_record(record_id)
        if review is None:
            return False
        question = QCoreApplication.translate(
            "ReviewsPage",
            "Delete the review of “{document}” made on {date}? Undo brings it back.",
        ).format(document=review.document_title, date=review.reviewed_on.isoformat())
        if not self.confirm_delete(question):
            return False
        self.context.operations.run(
            QCoreApplication.translate("ReviewsPage", "delete document review"),
            lambda: reviews.delete_review(record_id),
        )
        return True

    def store_empty_message(self) -> str:
        """Return the hint shown while no review is recorded."""
        return QCoreApplication.translate(
            "ReviewsPage",
            "No document reviews yet — record the first governance document you review.",
        )

    def filtered_empty_message(self) -> str:
        """Return the hint shown while the board chosen has no reviews."""
        return QCoreApplication.translate(
            "ReviewsPage", "No reviews of this board's documents yet."
        )

    def _filter_changed(self) -> None:
        self.source.board_id = self.chosen_board()
        self.reload()


# --- development needs ---------------------------------------------------------------------


def _need_columns() -> list[Column[NeedListRow]]:
    return [
        Column(
            QT_TRANSLATE_NOOP("Columns", "Identified on"),
            lambda r: r.identified_on.isoformat(),
            NeedSort.IDENTIFIED_ON,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Board"), lambda r: r.board, NeedSort.BOARD),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Development need"),
            lambda r: first_line(r.description),
            NeedSort.DESCRIPTION,
            tooltip=lambda r: r.description,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Status"),
            lambda r: label(NEED_STATUS_LABELS[r.status]),
            NeedSort.STATUS,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Goals"), lambda r: ", ".join(r.goals)),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Note"),
            lambda r: first_line(r.note),
            tooltip=lambda r: r.note,
        ),
    ]


class NeedsTab(ReviewsPageTab[DevelopmentNeed]):
    """The development needs, open ones by default, closed ones greyed when shown."""

    record_kind = RecordKind.NEED
    selection_actions = (ActionId.EDIT_RECORD, ActionId.DELETE_RECORD)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.source: NeedList = NeedList(context.services.database.connection)
        self.source.statuses = _OPEN_NEEDS
        model: RegisterModel[NeedListRow] = RegisterModel(
            self.source,
            _need_columns(),
            lambda row: row.id,
            sort=NeedSort.IDENTIFIED_ON,
            descending=True,
            muted=lambda row: row.status is NeedStatus.CLOSED,
            parent=self,
        )
        self.table = RegisterTable(
            model,
            name=QCoreApplication.translate("ReviewsPage", "Development needs"),
            settings_key="reviewsPage/needs",
            empty_message="",
            width_samples={0: "2026-11-23", 1: "Barn- och utbildningsnämnden"},
            parent=self,
        )
        buttons = self.command_buttons(
            QCoreApplication.translate("ReviewsPage", "&New need…"), deletable=True
        )
        caption, board = self.board_filter()
        board.currentIndexChanged.connect(self._filter_changed)
        self.status = QComboBox(self)
        self.status.addItem(
            QCoreApplication.translate("ReviewsPage", "Open or being addressed"), "open"
        )
        self.status.addItem(QCoreApplication.translate("ReviewsPage", "All, closed too"), "all")
        self.status.currentIndexChanged.connect(self._filter_changed)
        self.lay_out(buttons, (caption, board, self.status))

    def load_record(self, record_id: int) -> DevelopmentNeed | None:
        """Return the development need ``record_id``, or None."""
        return self.context.services.reviews.get_need(record_id)

    def make_editor(self, record: DevelopmentNeed | None) -> NeedDialog:
        """Return the editor on the development need ``record``, or on a new one."""
        return NeedDialog(self.context, record, self)

    def delete_record(self, record_id: int) -> bool:
        """Delete the need once the user confirms; Undo brings it back."""
        reviews = self.context.services.reviews
        need = self.load_record(record_id)
        if need is None:
            return False
        question = QCoreApplication.translate(
            "ReviewsPage", "Delete the development need “{need}”? Undo brings it back."
        ).format(need=first_line(need.description))
        if not self.confirm_delete(question):
            return False
        self.context.operations.run(
            QCoreApplication.translate("ReviewsPage", "delete development need"),
            lambda: reviews.delete_need(record_id),
        )
        return True

    def show_everything(self) -> None:
        """Show the needs of every board, closed ones too."""
        super().show_everything()
        self.status.setCurrentIndex(1)

    def store_empty_message(self) -> str:
        """Return the hint shown while no need is recorded."""
        return QCoreApplication.translate(
            "ReviewsPage", "No development needs yet — note the first gap the delegation finds."
        )

    def filtered_empty_message(self) -> str:
        """Return the hint shown while the filters hide every need."""
        return QCoreApplication.translate(
            "ReviewsPage",
            "No development needs match — choose “All boards” and “All, closed too”.",
        )

    def _filter_changed(self) -> None:
        self.source.board_id = self.chosen_board()
        open_only = self.status.currentData() == "open"
        self.source.statuses = _OPEN_NEEDS if open_only else None
        self.reload()
