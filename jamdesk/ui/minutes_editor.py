"""The minutes of one meeting: draft them, write their paragraphs, adjust them, correct them.

A delegation meeting gets a protocol (§ numbers running on through the year), a dialogue
gets notes (items 1, 2, 3). Once adjusted the minutes are shown read-only with the reason;
a correction is a record of its own, chosen in the version selector next to the original.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jamdesk.domain.errors import DomainError, NotFoundError
from jamdesk.domain.meetings import Meeting, MeetingKind
from jamdesk.domain.minutes import Minutes, MinutesKind, Paragraph
from jamdesk.services.changes import RecordKind
from jamdesk.ui.actions import ActionId
from jamdesk.ui.messages import error_text
from jamdesk.ui.minutes_dialogs import (
    WARNING_STYLE,
    AdjustDialog,
    CorrectionDialog,
    ParagraphDialog,
)
from jamdesk.ui.minutes_header import MinutesHeader
from jamdesk.ui.minutes_model import paragraph_number
from jamdesk.ui.minutes_paragraphs import ParagraphList
from jamdesk.ui.minutes_versions import VersionBar
from jamdesk.ui.page import Page, PageContext

SPLITTER_KEY = "minutesEditor/splitter"

# What the minutes are read from: themselves, the meeting (its kind, its people), the agenda.
_KINDS = frozenset({RecordKind.MINUTES, RecordKind.MEETING, RecordKind.AGENDA, RecordKind.PERSON})


class MinutesEditor(Page):
    """Write a meeting's minutes: the head, the paragraphs, adjustment and corrections."""

    def __init__(self, context: PageContext, meeting_id: int, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.meeting_id = meeting_id
        self._meeting: Meeting | None = None
        self._versions: list[Minutes] = []
        self._shown_id: int | None = None
        self._reloads = 0
        self.paragraph_dialog: ParagraphDialog | None = None
        self.adjust_dialog: AdjustDialog | None = None
        self.correction_dialog: CorrectionDialog | None = None

        self.empty_title = QLabel(self.tr("No minutes yet"))
        self.empty_hint = QLabel()
        self.draft_button = QPushButton()
        self.draft_button.clicked.connect(self.draft)
        self.draft_error = _message_label()

        self.versions = VersionBar(self)
        self.versions.chosen.connect(self._show_version)
        self.header = MinutesHeader(context, self)
        self.paragraphs = ParagraphList(self)
        self.paragraphs.new_button.clicked.connect(self.new_paragraph)
        self.paragraphs.edit_button.clicked.connect(self.edit_paragraph)
        self.paragraphs.remove_button.clicked.connect(self.remove_paragraph)
        self.paragraphs.edit_requested.connect(self.edit_paragraph)
        self.paragraphs.current_changed.connect(self._actions_changed)
        self.adjust_button = QPushButton(self.tr("Mar&k adjusted…"))
        self.correction_button = QPushButton(self.tr("Ma&ke a correction…"))
        self.adjust_button.clicked.connect(self.mark_adjusted)
        self.correction_button.clicked.connect(self.make_correction)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._empty_page())
        self.stack.addWidget(self._minutes_page())
        QVBoxLayout(self).addWidget(self.stack)
        self._restore_sizes()
        self.refresh(frozenset())

    # -- what the workspace asks -----------------------------------------------

    def refresh(self, changed: frozenset[RecordKind]) -> None:
        """Read the minutes again if ``changed`` (empty: anything) may concern them."""
        if changed and not changed & _KINDS:
            return
        self._reloads += 1
        try:
            self._load()
        except NotFoundError:  # the meeting is gone (undo of its planning): the workspace closes
            self.setEnabled(False)

    def supported_actions(self) -> frozenset[ActionId]:
        """Draft the minutes, or add, write and remove paragraphs of minutes not adjusted."""
        minutes = self.shown_minutes()
        if minutes is None:
            return frozenset({ActionId.NEW_RECORD})
        if minutes.adjusted:
            return frozenset()
        if self.selected_paragraph() is None:
            return frozenset({ActionId.NEW_RECORD})
        return frozenset({ActionId.NEW_RECORD, ActionId.EDIT_RECORD, ActionId.DELETE_RECORD})

    def trigger(self, action: ActionId) -> None:
        """Carry out ``action``, one of ``supported_actions()``."""
        if action not in self.supported_actions():
            return
        handlers: dict[ActionId, Callable[[], object]] = {
            ActionId.NEW_RECORD: self.new_paragraph if self._versions else self.draft,
            ActionId.EDIT_RECORD: self.edit_paragraph,
            ActionId.DELETE_RECORD: self.remove_paragraph,
        }
        handlers[action]()

    def current_minutes_id(self) -> int | None:
        """Return the id of the minutes shown (the original or a correction), or None."""
        minutes = self.shown_minutes()
        return None if minutes is None else minutes.id

    def show_minutes(self, minutes_id: int) -> None:
        """Show the minutes ``minutes_id`` (the original or one of its corrections)."""
        if any(minutes.id == minutes_id for minutes in self._versions):
            self._show_version(minutes_id)

    # -- reading ---------------------------------------------------------------

    def shown_minutes(self) -> Minutes | None:
        """Return the minutes shown, or None if the meeting has none."""
        return next((m for m in self._versions if m.id == self._shown_id), None)

    def original(self) -> Minutes | None:
        """Return the meeting's minutes that the corrections correct."""
        return next((m for m in self._versions if m.corrects_id is None), None)

    def selected_paragraph(self) -> Paragraph | None:
        """Return the paragraph chosen in the list, or None."""
        return self.paragraphs.selected()

    # -- what the secretary does -------------------------------------------------

    def draft(self) -> bool:
        """Draft the protocol (delegation meeting) or the notes (dialogue); False if refused."""
        self.draft_error.hide()
        meeting = self.context.services.meetings.get(self.meeting_id)
        protocol = meeting.kind is MeetingKind.DELEGATION_MEETING
        kind = MinutesKind.PROTOCOL if protocol else MinutesKind.NOTES
        service = self.context.services.minutes
        before = self._reloads
        try:
            drafted = self.context.operations.run(
                self.tr("draft the protocol") if protocol else self.tr("draft the notes"),
                lambda: service.draft(self.meeting_id, kind),
            )
        except DomainError as error:
            self.draft_error.setText(error_text(error))
            self.draft_error.show()
            return False
        self._shown_id = drafted.id
        self._reload_if_not_refreshed(before)
        model = self.paragraphs.model
        if model.rowCount():
            self.paragraphs.select(model.paragraph(0).id)
        self.paragraphs.table.setFocus()
        return True

    def new_paragraph(self) -> ParagraphDialog | None:
        """Open the dialog for a new paragraph of the minutes shown."""
        minutes = self.shown_minutes()
        if minutes is None or minutes.adjusted:
            return None
        return self._open_paragraph_dialog(ParagraphDialog(self.context, minutes, None, self))

    def edit_paragraph(self) -> ParagraphDialog | None:
        """Open the dialog writing the paragraph chosen; "Save and next" goes on from there."""
        minutes, paragraph = self.shown_minutes(), self.selected_paragraph()
        if minutes is None or minutes.adjusted or paragraph is None:
            return None
        following = self.paragraphs.following(paragraph)
        dialog = ParagraphDialog(self.context, minutes, paragraph, self, following=following)
        return self._open_paragraph_dialog(dialog)

    def remove_paragraph(self) -> bool:
        """Remove the paragraph chosen once the user confirms; False if not removed."""
        minutes, paragraph = self.shown_minutes(), self.selected_paragraph()
        if minutes is None or paragraph is None or paragraph.id is None:
            return False
        number = paragraph_number(paragraph.number, minutes.kind)
        if minutes.corrects_id is not None:
            question = self.tr("Remove {number} “{heading}” from the correction?")
        elif minutes.kind is MinutesKind.PROTOCOL:
            question = self.tr(
                "Remove {number} “{heading}” from the protocol? The paragraphs after it "
                "move up one number."
            )
        else:
            question = self.tr(
                "Remove item {number} “{heading}” from the notes? The items after it move up "
                "one number."
            )
        answer = QMessageBox.question(
            self,
            self.tr("Remove paragraph"),
            question.format(number=number, heading=paragraph.heading),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        model, paragraph_id = self.paragraphs.model, paragraph.id
        row = model.row_of(paragraph_id) or 0
        service = self.context.services.minutes
        if not self._run(
            self.tr("remove paragraph"), lambda: service.remove_paragraph(paragraph_id)
        ):
            return False
        if model.rowCount():
            self.paragraphs.select(model.paragraph(min(row, model.rowCount() - 1)).id)
        return True

    def mark_adjusted(self) -> AdjustDialog | None:
        """Save what is typed in the head, then ask the date of adjustment."""
        minutes = self.shown_minutes()
        if minutes is None or minutes.adjusted or not self._save_header():
            return None
        minutes = self.shown_minutes() or minutes
        dialog = AdjustDialog(self.context, minutes, self)
        self.adjust_dialog = dialog
        self._when_accepted(dialog, lambda: None)
        dialog.open()
        return dialog

    def make_correction(self) -> CorrectionDialog | None:
        """Ask why, then start a correction of the adjusted original and show it."""
        original = self.original()
        if original is None or not original.adjusted:
            return None
        dialog = CorrectionDialog(self.context, original, self)
        self.correction_dialog = dialog

        def show_correction() -> None:
            if isinstance(dialog.saved, Minutes) and dialog.saved.id is not None:
                self._show_version(dialog.saved.id)

        self._when_accepted(dialog, show_correction)
        dialog.open()
        return dialog

    def error_text(self) -> str:
        """Return the message shown about the last refused change of the list, or ''."""
        message = self.paragraphs.message
        return "" if message.isHidden() else message.text()

    # -- inside ----------------------------------------------------------------

    def _run(self, description: str, use_case: Callable[[], Any]) -> bool:
        self.paragraphs.show_message("")
        before = self._reloads
        try:
            self.context.operations.run(description, use_case)
        except DomainError as error:
            self.paragraphs.show_message(error_text(error))
            return False
        self._reload_if_not_refreshed(before)
        return True

    def _reload_if_not_refreshed(self, before: int) -> None:
        # Whoever embeds the editor refreshes it after every change; where nobody has
        # (a bare editor), it reads again itself rather than show stale minutes.
        if self._reloads == before:
            self.refresh(frozenset())

    def _when_accepted(self, dialog: QDialog, then: Callable[[], None]) -> None:
        before = self._reloads

        def accepted() -> None:
            self._reload_if_not_refreshed(before)
            then()
            self.paragraphs.table.setFocus()

        dialog.accepted.connect(accepted)

    def _open_paragraph_dialog(self, dialog: ParagraphDialog) -> ParagraphDialog:
        self.paragraph_dialog = dialog
        self._when_accepted(dialog, lambda: self.paragraphs.select(dialog.saved_paragraph_id))
        dialog.open()
        return dialog

    def _save_header(self) -> bool:
        """Save every field of the head that was typed but not yet left."""
        header = self.header
        return all((header.save_details(), header.save_adjustment(), header.save_reason()))

    def _show_version(self, minutes_id: int) -> None:
        if minutes_id != self._shown_id:
            self._shown_id = minutes_id
            self.header.clear_errors()
            self.paragraphs.show_message("")
            self._load()
        self._actions_changed()

    def _load(self) -> None:
        services = self.context.services
        self._meeting = services.meetings.get(self.meeting_id)
        self._versions = services.minutes.for_meeting(self.meeting_id)
        if not self._versions:
            self._shown_id = None
            self._show_empty(self._meeting)
            self._actions_changed()
            return
        if self.shown_minutes() is None:
            original = self.original() or self._versions[0]
            self._shown_id = original.id
        minutes = self.shown_minutes()
        assert minutes is not None and minutes.id is not None
        self.stack.setCurrentIndex(1)
        self.versions.show_versions(self._versions, minutes)
        self.header.show_minutes(
            minutes,
            services.meetings.participants(self.meeting_id),
            services.people.list_people(),
            max(self._meeting.date, self.context.today()),
        )
        self.paragraphs.show_paragraphs(
            services.minutes.paragraphs(minutes.id), minutes.kind, not minutes.adjusted
        )
        self._show_buttons(minutes)
        self._actions_changed()

    def _show_empty(self, meeting: Meeting) -> None:
        self.stack.setCurrentIndex(0)
        protocol = meeting.kind is MeetingKind.DELEGATION_MEETING
        self.draft_button.setText(
            self.tr("&Draft the protocol") if protocol else self.tr("&Draft the notes")
        )
        self.empty_hint.setText(
            self.tr(
                "The draft has a paragraph for every agenda item, written from the notes, "
                "questions, commitments and reporting requests recorded there. You then edit "
                "every paragraph."
            )
        )

    def _show_buttons(self, minutes: Minutes) -> None:
        self.adjust_button.setVisible(not minutes.adjusted)
        original = self.original()
        self.correction_button.setVisible(
            minutes.adjusted and original is not None and original.adjusted
        )

    def _actions_changed(self) -> None:
        supported = self.supported_actions()
        self.paragraphs.edit_button.setEnabled(ActionId.EDIT_RECORD in supported)
        self.paragraphs.remove_button.setEnabled(ActionId.DELETE_RECORD in supported)
        refresh = getattr(self.window(), "refresh_page_actions", None)
        if callable(refresh):
            refresh()

    # -- building ----------------------------------------------------------------

    def _empty_page(self) -> QWidget:
        page = QWidget(self)
        font = self.empty_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.empty_title.setFont(font)
        for text in (self.empty_hint, self.draft_error):
            text.setWordWrap(True)
            text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # A column of readable width in the middle; no alignment flags on the wrapped texts,
        # which would lose their height for the width they get.
        box = QWidget(page)
        box.setMaximumWidth(self.fontMetrics().horizontalAdvance("x" * 72))
        column = QVBoxLayout(box)
        column.addWidget(self.empty_title, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.empty_hint)
        column.addWidget(self.draft_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.draft_error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 10)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        return page

    def _minutes_page(self) -> QWidget:
        page = QWidget(self)

        head = QGroupBox(self.tr("Head of the minutes"), page)
        column = QVBoxLayout(head)
        column.addWidget(self.header)
        column.addStretch(1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, page)
        self.splitter.addWidget(head)
        self.splitter.addWidget(self.paragraphs)
        self.splitter.setStretchFactor(1, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.adjust_button)
        bottom.addWidget(self.correction_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.versions)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        return page

    def _restore_sizes(self) -> None:
        self.splitter.setSizes([420, 780])
        state = QSettings().value(SPLITTER_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.splitter.restoreState(state)
        self.splitter.splitterMoved.connect(self._save_sizes)

    def _save_sizes(self) -> None:
        QSettings().setValue(SPLITTER_KEY, self.splitter.saveState())


def _message_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(WARNING_STYLE)
    label.hide()
    return label
