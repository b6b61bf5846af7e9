"""Editors for document reviews, development needs and the charter's action plan."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TypeVar

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from jamdesk.domain.action_plan import ACTION_STATUS_LABELS, ActionPlanItem, ActionStatus
from jamdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from jamdesk.domain.goals import GoalKind
from jamdesk.domain.reviews import (
    DOCUMENT_KIND_LABELS,
    NEED_STATUS_LABELS,
    DevelopmentNeed,
    DocumentKind,
    DocumentReview,
    NeedStatus,
)
from jamdesk.ui.form import date_edit, date_of
from jamdesk.ui.goal_picker import GoalPicker
from jamdesk.ui.page import PageContext
from jamdesk.ui.register_fields import (
    RecordDialog,
    Stored,
    choose_enum,
    chosen_id,
    date_line,
    fill_choices,
    optional_date,
    text_box,
)

S = TypeVar("S", bound=Stored)


def _board_choices(context: PageContext, keep: int | None) -> list[tuple[int, str]]:
    """Return the boards active today, and the board ``keep`` even if it has ceased."""
    boards = context.services.boards.list_boards()
    today = context.today()
    return [(b.id or 0, b.name) for b in boards if b.is_active(today) or b.id == keep]


# A few lines of text are room enough; the goals below need the height more.
_TEXT_LINES = 6


class _WideDialog(RecordDialog[S]):
    """A register editor wide enough for a goal's title and a line of findings."""

    def finish_layout(self, *below_form: QWidget, save_shortcut: bool = True) -> None:
        """Lay out the form and OK/Cancel, then widen the dialog."""
        super().finish_layout(*below_form, save_shortcut=save_shortcut)
        # Room for them without scrolling sideways.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 90)


class ReviewDialog(_WideDialog[DocumentReview]):
    """Record or edit the review of a board's governance document."""

    def __init__(
        self, context: PageContext, review: DocumentReview | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(
            self.tr("New document review") if review is None else self.tr("Edit document review")
        )
        self.review = review
        self.board = QComboBox(self)
        board_id = review.board_id if review else None
        fill_choices(self.board, _board_choices(context, board_id), board_id)
        self.document_title = QLineEdit("" if review is None else review.document_title, self)
        self.document_kind = QComboBox(self)
        choose_enum(
            self.document_kind,
            DOCUMENT_KIND_LABELS,
            review.document_kind if review else DocumentKind.BUDGET,
        )
        self.version = QLineEdit("" if review is None else review.version, self)
        self.document_date = date_line(
            review.document_date if review else None, self.tr("YYYY-MM-DD"), self
        )
        self.reviewed_on = date_edit(review.reviewed_on if review else context.today(), self)
        self.findings = text_box("" if review is None else review.findings, _TEXT_LINES, self)
        self.goals = GoalPicker(
            context.services.goals.list_goals(include_inactive=True),
            review.goal_ids if review else (),
            self,
        )
        self.form.add_row(self.tr("&Board:"), self.board, "board_id")
        self.form.add_row(self.tr("Document &title:"), self.document_title, "document_title")
        self.form.add_row(self.tr("&Kind of document:"), self.document_kind, "document_kind")
        self.form.add_row(self.tr("&Version:"), self.version, "version")
        self.form.add_row(self.tr("Document &date:"), self.document_date, "document_date")
        self.form.add_row(self.tr("&Reviewed on:"), self.reviewed_on, "reviewed_on")
        self.form.add_row(self.tr("&Findings:"), self.findings, "findings")
        self.form.add_row(self.tr("&Goals:"), self.goals, "goal_ids")
        self.finish_layout()
        self.document_title.setFocus()

    def save(self) -> DocumentReview:
        """Record the review, or save the changes to it, through the review service."""
        board_id = chosen_id(self.board)
        if board_id is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("DomainError", "Choose the board whose document was reviewed."),
                field="board_id",
            )
        base = self.review or DocumentReview(board_id, "", DocumentKind.OTHER, dt.date.min)
        review = replace(
            base,
            board_id=board_id,
            document_title=self.document_title.text(),
            document_kind=DocumentKind(self.document_kind.currentData()),
            version=self.version.text(),
            document_date=optional_date(self.document_date.text(), "document_date"),
            reviewed_on=date_of(self.reviewed_on),
            findings=self.findings.toPlainText(),
            goal_ids=self.goals.selected_ids(),
        )
        reviews = self.context.services.reviews
        run = self.context.operations.run
        if review.id is None:
            return run(self.tr("record document review"), lambda: reviews.create_review(review))
        return run(self.tr("edit document review"), lambda: reviews.update_review(review))


class NeedDialog(_WideDialog[DevelopmentNeed]):
    """Record or edit a development need the delegation found."""

    def __init__(
        self, context: PageContext, need: DevelopmentNeed | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(
            self.tr("New development need") if need is None else self.tr("Edit development need")
        )
        self.need = need
        self.description = text_box("" if need is None else need.description, _TEXT_LINES, self)
        self.board = QComboBox(self)
        board_id = need.board_id if need else None
        fill_choices(
            self.board, _board_choices(context, board_id), board_id, self.tr("(no one board)")
        )
        self.identified_on = date_edit(need.identified_on if need else context.today(), self)
        self.status = QComboBox(self)
        choose_enum(self.status, NEED_STATUS_LABELS, need.status if need else NeedStatus.OPEN)
        self.note = text_box("" if need is None else need.note, _TEXT_LINES, self)
        self.goals = GoalPicker(
            context.services.goals.list_goals(include_inactive=True),
            need.goal_ids if need else (),
            self,
        )
        self.form.add_row(self.tr("&Development need:"), self.description, "description")
        self.form.add_row(self.tr("&Board:"), self.board, "board_id")
        self.form.add_row(self.tr("&Identified on:"), self.identified_on, "identified_on")
        self.form.add_row(self.tr("&Status:"), self.status, "status")
        self.form.add_row(self.tr("&Note:"), self.note, "note")
        self.form.add_row(self.tr("&Goals:"), self.goals, "goal_ids")
        self.finish_layout()
        self.description.setFocus()

    def save(self) -> DevelopmentNeed:
        """Record the need, or save the changes to it, through the review service."""
        base = self.need or DevelopmentNeed("", dt.date.min)
        need = replace(
            base,
            description=self.description.toPlainText(),
            board_id=chosen_id(self.board),
            identified_on=date_of(self.identified_on),
            status=NeedStatus(self.status.currentData()),
            note=self.note.toPlainText(),
            goal_ids=self.goals.selected_ids(),
        )
        reviews = self.context.services.reviews
        run = self.context.operations.run
        if need.id is None:
            return run(self.tr("record development need"), lambda: reviews.create_need(need))
        return run(self.tr("edit development need"), lambda: reviews.update_need(need))


class ActionDialog(_WideDialog[ActionPlanItem]):
    """Add or edit an action of the charter's action plan."""

    def __init__(
        self, context: PageContext, item: ActionPlanItem | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("New action") if item is None else self.tr("Edit action"))
        self.item = item
        self.action = text_box("" if item is None else item.action, _TEXT_LINES, self)
        self.article = QComboBox(self)
        goals = context.services.goals.list_goals(include_inactive=True)
        keep = item.goal_id if item else None
        articles = [
            (goal.id or 0, f"{goal.code}  {goal.title}" if goal.code else goal.title)
            for goal in goals
            if goal.id == keep or (goal.active and goal.kind is GoalKind.CHARTER)
        ]
        fill_choices(self.article, articles, keep, self.tr("(no article)"))
        self.priority = QLineEdit("" if item is None else item.priority, self)
        self.resources = QLineEdit("" if item is None else item.resources, self)
        self.indicator = QLineEdit("" if item is None else item.indicator, self)
        self.board = QComboBox(self)
        board_id = item.board_id if item else None
        fill_choices(self.board, _board_choices(context, board_id), board_id, self.tr("(none)"))
        self.due = date_line(item.due_on if item else None, self.tr("YYYY-MM-DD"), self)
        self.status = QComboBox(self)
        choose_enum(
            self.status, ACTION_STATUS_LABELS, item.status if item else ActionStatus.PLANNED
        )
        self.form.add_row(self.tr("&Action:"), self.action, "action")
        self.form.add_row(self.tr("Charter a&rticle:"), self.article, "goal_id")
        self.form.add_row(self.tr("&Priority:"), self.priority, "priority")
        self.form.add_row(self.tr("R&esources:"), self.resources, "resources")
        self.form.add_row(self.tr("&Indicator:"), self.indicator, "indicator")
        self.form.add_row(self.tr("&Board:"), self.board, "board_id")
        self.form.add_row(self.tr("&Due:"), self.due, "due_on")
        self.form.add_row(self.tr("&Status:"), self.status, "status")
        self.finish_layout()
        self.action.setFocus()

    def save(self) -> ActionPlanItem:
        """Add the action, or save the changes to it, through the action plan service."""
        base = self.item or ActionPlanItem("")
        item = replace(
            base,
            action=self.action.toPlainText(),
            goal_id=chosen_id(self.article),
            priority=self.priority.text(),
            resources=self.resources.text(),
            indicator=self.indicator.text(),
            board_id=chosen_id(self.board),
            due_on=optional_date(self.due.text(), "due_on"),
            status=ActionStatus(self.status.currentData()),
        )
        plan = self.context.services.action_plan
        run = self.context.operations.run
        if item.id is None:
            return run(self.tr("add action"), lambda: plan.create(item))
        return run(self.tr("edit action"), lambda: plan.update(item))
