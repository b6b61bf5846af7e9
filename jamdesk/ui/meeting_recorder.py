"""Recording a meeting as it happens: notes per agenda item and quick entry from the keyboard.

Notes are saved about a second after typing stops, on leaving the item, on focus loss and
when the widget closes or is destroyed, so nothing typed is lost. Questions, commitments and
reporting requests are entered in small forms opened by their window shortcuts; Enter in the
last field (or Ctrl+Enter anywhere) saves and clears the form for the next one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jamdesk.domain.errors import DomainError, NotFoundError
from jamdesk.domain.meetings import MEETING_STATUS_LABELS, AgendaItem, MeetingStatus
from jamdesk.domain.questions import Question
from jamdesk.services.changes import RecordKind
from jamdesk.ui.actions import ActionId
from jamdesk.ui.empty_state import EmptyState
from jamdesk.ui.meeting_entry_forms import (
    AnswerForm,
    CommitmentForm,
    EntryForm,
    EntryScope,
    QuestionForm,
    RequestForm,
    matches_key,
    read_choices,
)
from jamdesk.ui.meeting_recorder_models import (
    AgendaListModel,
    RecordedModel,
    RecordedRow,
    recorded_rows,
)
from jamdesk.ui.meeting_recorder_notes import NotesState, save_when_destroyed, write_notes
from jamdesk.ui.messages import error_text, label
from jamdesk.ui.page import Page, PageContext
from jamdesk.ui.paged_model import RecordIdRole

SPLITTER_KEY = "meetingRecorder/splitter"
RIGHT_SPLITTER_KEY = "meetingRecorder/rightSplitter"
COLUMN_WIDTHS_KEY = "meetingRecorder/columnWidths"
NOTES_IDLE_MS = 1000

# Moving between agenda items: navigation inside the recorder, not window actions.
PREVIOUS_ITEM_KEYS = ("Ctrl+PgUp", "Alt+Up")
NEXT_ITEM_KEYS = ("Ctrl+PgDown", "Alt+Down")
ENTRY_ACTIONS = (ActionId.NEW_QUESTION, ActionId.NEW_COMMITMENT, ActionId.NEW_REQUEST)
_ENTRY_SHORTCUTS = {"Ctrl+Shift+Q": 0, "Ctrl+Shift+C": 1, "Ctrl+Shift+R": 2}

_RECORD_KINDS = frozenset(
    {RecordKind.QUESTION, RecordKind.COMMITMENT, RecordKind.REQUEST, RecordKind.PERSON}
)
_CHOICE_KINDS = frozenset(
    {RecordKind.MEETING, RecordKind.BOARD, RecordKind.PERSON, RecordKind.GOAL}
)


class _Keys(QObject):
    """Offers key presses on the recorder's widgets to ``handler`` before the widgets see them.

    ``handler(watched, event, act)`` returns whether the key is the recorder's; it acts only
    when ``act`` is true. Claiming a key at its ShortcutOverride keeps a window action with
    the same shortcut from firing as well; the key press that follows does the work.
    """

    def __init__(
        self, handler: Callable[[QObject, QKeyEvent, bool], bool], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._handler = handler

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not isinstance(event, QKeyEvent):
            return False
        if kind == QEvent.Type.ShortcutOverride and self._handler(watched, event, False):
            event.accept()
            return True
        return kind == QEvent.Type.KeyPress and self._handler(watched, event, True)


class MeetingRecorder(Page):
    """Record a meeting as it happens: notes per agenda item and what was asked and promised.

    Like a Page, it offers window actions (new question, commitment, reporting request,
    F2 to answer the question chosen) and reads the store again in ``refresh``, which the
    widget holding it calls whenever operations announce a change.
    """

    def __init__(self, context: PageContext, meeting_id: int, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.meeting_id = meeting_id
        self._meeting = context.services.meetings.get(meeting_id)
        self._names: dict[int, str] = {}
        self._boards: dict[int, str] = {}
        self._questions: dict[int, Question] = {}
        self._notes_state = NotesState()
        self._loading_notes = False
        self._notes_step = self.tr("write notes")
        self.scope = EntryScope(context, meeting_id, self.current_item_id, self.recorded_on)

        self.status_label = QLabel()
        self.mark_held_button = QPushButton(self.tr("Mark meeting held"))
        self.mark_held_button.clicked.connect(self.mark_held)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.hide()

        self.agenda_model = AgendaListModel(self)
        self.agenda_view = QListView()
        self.agenda_view.setModel(self.agenda_model)
        self.agenda_view.setUniformItemSizes(True)
        self.agenda_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agenda_view.setAccessibleName(self.tr("Agenda items"))
        self.agenda_view.selectionModel().currentChanged.connect(self._agenda_row_changed)
        self.agenda_empty = EmptyState(
            self.agenda_view,
            self.tr("The agenda has no items yet: what you record is kept for the whole meeting."),
        )

        self.item_title = QLabel()
        font = self.item_title.font()
        font.setBold(True)
        self.item_title.setFont(font)
        self.item_title.setWordWrap(True)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("What was said at this item. Saved as you type."))
        self.notes.textChanged.connect(self._notes_typed)
        self.notes.installEventFilter(self)
        self.notes_status = QLabel()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(NOTES_IDLE_MS)
        self._timer.timeout.connect(self.save_notes)

        self.question_form = QuestionForm(self.scope)
        self.commitment_form = CommitmentForm(self.scope)
        self.request_form = RequestForm(self.scope)
        self.answer_form = AnswerForm(self.scope)
        self.entry = QStackedWidget()
        for form in self._forms():
            box = QGroupBox(
                self.tr("{form} — Enter in the last field saves, Esc closes").format(
                    form=form.title
                )
            )
            QVBoxLayout(box).addWidget(form)
            self.entry.addWidget(box)
            form.closed.connect(self.close_entry)
        self.entry.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.entry.hide()

        self.recorded_model = RecordedModel(self)
        self.recorded_view = self._build_recorded_view()
        self.recorded_empty = EmptyState(
            self.recorded_view,
            self.tr("Nothing recorded at this item yet — {shortcut} records a question.").format(
                shortcut=_native("Ctrl+Shift+Q")
            ),
        )
        self._layout()
        keys = _Keys(self._key_pressed, self)
        for widget in (self, *self.findChildren(QWidget)):
            widget.installEventFilter(keys)
        # Not a method: by the time ``destroyed`` comes, the recorder itself is gone.
        state, step = self._notes_state, self._notes_step
        self.destroyed.connect(lambda *_: save_when_destroyed(context, state, step))
        self.refresh(frozenset())

    # -- Page ----------------------------------------------------------------

    def refresh(self, changed: frozenset[RecordKind]) -> None:
        """Read again what ``changed`` (empty: everything) may have altered."""
        if not changed or changed & _CHOICE_KINDS:
            try:
                self._load_meeting()
            except NotFoundError:  # deleted elsewhere: the workspace holding us closes
                self.setEnabled(False)
                return
        if not changed or RecordKind.AGENDA in changed:
            self._load_agenda()
        if not changed or changed & _RECORD_KINDS:
            self._load_records()

    def supported_actions(self) -> frozenset[ActionId]:
        """New question, commitment and reporting request; F2 answers the question chosen."""
        if self._selected_question() is None:
            return frozenset(ENTRY_ACTIONS)
        return frozenset({*ENTRY_ACTIONS, ActionId.EDIT_RECORD})

    def trigger(self, action: ActionId) -> None:
        """Open the entry form for ``action``, or the answer to the question chosen."""
        if action in ENTRY_ACTIONS:
            self.open_entry(
                (self.question_form, self.commitment_form, self.request_form)[
                    ENTRY_ACTIONS.index(action)
                ]
            )
        elif action is ActionId.EDIT_RECORD:
            self.answer_selected()

    # -- what the user does --------------------------------------------------

    def current_item_id(self) -> int | None:
        """Return the agenda item being recorded, or None if the agenda is empty."""
        return self._notes_state.item_id

    def recorded_on(self) -> dt.date:
        """Return the day records made here are dated: the meeting's."""
        return self._meeting.date

    def go_to_item(self, item_id: int | None) -> None:
        """Save the notes of the item left, then record at ``item_id``."""
        if item_id == self._notes_state.item_id:
            return
        self.save_notes()
        self._show_item(item_id)

    def step_item(self, step: int) -> None:
        """Move ``step`` items down (or up, if negative) the agenda."""
        items = self.agenda_model.items
        row = self.agenda_model.row_of(self._notes_state.item_id)
        if not items or row is None:
            return
        self.go_to_item(items[max(0, min(len(items) - 1, row + step))].id)

    def save_notes(self) -> bool:
        """Save the notes typed since the last save, undoable with the item's earlier saves."""
        self._timer.stop()
        state = self._notes_state
        if not state.unsaved() or state.item_id is None:
            return True
        item_id, typed = state.item_id, state.typed
        try:
            saved = write_notes(self.context, item_id, typed, self._notes_step)
        except DomainError as error:
            self.notes_status.setText(
                self.tr("The notes are not saved: {reason}").format(reason=error_text(error))
            )
            return False
        if state.item_id == item_id:
            state.saved = saved.notes
        self.notes_status.setText(self.tr("Notes saved."))
        return True

    def open_entry(self, form: EntryForm) -> None:
        """Show ``form`` below the notes with the cursor in its first field."""
        box = form.parentWidget()
        for page in (self.entry.widget(index) for index in range(self.entry.count())):
            # The stack takes the height of the form shown, not of the tallest one.
            policy = QSizePolicy.Policy.Preferred if page is box else QSizePolicy.Policy.Ignored
            if page is not None:
                page.setSizePolicy(policy, policy)
        if box is not None:
            self.entry.setCurrentWidget(box)
        self.entry.show()
        self.entry.adjustSize()
        form.start()

    def close_entry(self) -> None:
        """Hide the entry form (keeping what it holds) and go back to the notes."""
        self.entry.hide()
        self.notes.setFocus()

    def entry_form(self) -> EntryForm | None:
        """Return the entry form shown, or None."""
        if self.entry.isHidden():
            return None
        return next(
            (f for f in self._forms() if f.parentWidget() is self.entry.currentWidget()), None
        )

    def answer_selected(self) -> None:
        """Open the answer to the question chosen in the list of what was recorded."""
        question = self._selected_question()
        if question is not None:
            self.answer_form.set_question(question)
            self.open_entry(self.answer_form)

    def mark_held(self) -> bool:
        """Mark the meeting held, as one undo step; False if refused."""
        meetings = self.context.services.meetings
        self.message.hide()
        try:
            self.context.operations.run(
                self.tr("mark the meeting held"),
                lambda: meetings.set_status(self.meeting_id, MeetingStatus.HELD),
            )
        except DomainError as error:
            self.message.setText(error_text(error))
            self.message.show()
            return False
        return True

    # -- Qt events -----------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.notes and event.type() == QEvent.Type.FocusOut:
            self.save_notes()
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_notes()
        super().closeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_notes()
        super().hideEvent(event)

    def _key_pressed(self, watched: QObject, event: QKeyEvent, act: bool) -> bool:
        for shortcut, action in zip(_ENTRY_SHORTCUTS, ENTRY_ACTIONS, strict=True):
            if matches_key(event, shortcut):
                if act:
                    self.trigger(action)
                return True
        # Alt+Up and Alt+Down open and close a combo box's list; Ctrl+PgUp/PgDown still move.
        in_combo = isinstance(watched, QComboBox)
        for keys, step in ((PREVIOUS_ITEM_KEYS, -1), (NEXT_ITEM_KEYS, 1)):
            if matches_key(event, *(keys[:1] if in_combo else keys)):
                if act:
                    self.step_item(step)
                return True
        if watched is self.recorded_view and matches_key(event, "F2"):
            if act:
                self.answer_selected()
            return self._selected_question() is not None
        return False

    # -- reading -------------------------------------------------------------

    def _load_meeting(self) -> None:
        services = self.context.services
        meeting = self._meeting = services.meetings.get(self.meeting_id)
        self.status_label.setText(
            self.tr("Status: {status}").format(status=label(MEETING_STATUS_LABELS[meeting.status]))
        )
        self.mark_held_button.setEnabled(meeting.status is MeetingStatus.PLANNED)
        people = services.people.list_people()
        self._names = {p.id: p.name for p in people if p.id is not None}
        all_boards = services.boards.list_boards()
        self._boards = {b.id: b.name for b in all_boards if b.id is not None}
        self.scope.choices = read_choices(
            services, meeting, names=self._names, people=people, all_boards=all_boards
        )
        for form in self._forms():
            form.update_choices()

    def _load_agenda(self) -> None:
        items = self.context.services.agenda.items(self.meeting_id)
        self.agenda_model.set_items(items)
        self.agenda_empty.set_empty(not items)
        state = self._notes_state
        stored = next((item for item in items if item.id == state.item_id), None)
        if stored is None:
            self._show_item(items[0].id if items else None)
            return
        if state.unsaved():
            state.saved = stored.notes  # what is typed wins; it is saved next
        elif stored.notes.strip() != state.saved.strip():
            self._set_notes(stored.notes)  # changed elsewhere, by undo for instance
        self._show_current(stored)

    def _load_records(self) -> None:
        at = self.context.services.meetings.records_at(self.meeting_id, self._notes_state.item_id)
        chosen = self._selected_row()
        self._questions = {q.id: q for q in at.questions if q.id is not None}
        rows = recorded_rows(at, self._names, self._boards)
        self.recorded_model.set_rows(rows)
        self.recorded_empty.set_empty(not rows)
        for number, row in enumerate(rows):
            if chosen is not None and (row.kind, row.id) == (chosen.kind, chosen.id):
                self.recorded_view.selectRow(number)
        self._actions_changed()

    # -- showing -------------------------------------------------------------

    def _show_item(self, item_id: int | None) -> None:
        state = self._notes_state
        item = next((i for i in self.agenda_model.items if i.id == item_id), None)
        state.item_id = item_id if item is not None else None
        self._set_notes(item.notes if item is not None else "")
        self.notes.setEnabled(item is not None)
        self.notes_status.clear()
        if self.entry_form() is self.answer_form:
            self.close_entry()
        self._show_current(item)
        self._load_records()

    def _show_current(self, item: AgendaItem | None) -> None:
        self.item_title.setText(
            f"{item.position}. {item.title}" if item else self.tr("The meeting as a whole")
        )
        self.agenda_model.set_current(item.id if item else None)
        row = self.agenda_model.row_of(item.id if item else None)
        if row is not None and self.agenda_view.currentIndex().row() != row:
            self.agenda_view.setCurrentIndex(self.agenda_model.index(row))

    def _set_notes(self, text: str) -> None:
        self._loading_notes = True
        try:
            self.notes.setPlainText(text)
        finally:
            self._loading_notes = False
        self._notes_state.typed = self._notes_state.saved = text

    def _notes_typed(self) -> None:
        if self._loading_notes:
            return
        self._notes_state.typed = self.notes.toPlainText()
        self._timer.start()

    def _agenda_row_changed(self, current: QModelIndex) -> None:
        item_id = current.data(RecordIdRole)
        if isinstance(item_id, int):
            self.go_to_item(item_id)

    def _selected_row(self) -> RecordedRow | None:
        index = self.recorded_view.currentIndex()
        rows = self.recorded_model.rows
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def _selected_question(self) -> Question | None:
        row = self._selected_row()
        if row is None or row.kind is not RecordKind.QUESTION:
            return None
        return self._questions.get(row.id)

    def _actions_changed(self) -> None:
        refresh = getattr(self.window(), "refresh_page_actions", None)
        if callable(refresh):
            refresh()

    def _forms(self) -> tuple[EntryForm, ...]:
        return (self.question_form, self.commitment_form, self.request_form, self.answer_form)

    # -- building ------------------------------------------------------------

    def _build_recorded_view(self) -> QTableView:
        view = QTableView()
        view.setModel(self.recorded_model)
        view.setAccessibleName(self.tr("Recorded at this item"))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.horizontalHeader().setStretchLastSection(True)
        widths = QSettings().value(COLUMN_WIDTHS_KEY, "")
        samples = ("Reporting request", "x" * 40, "Anna Andersson to Socialnämnden")
        for column, sample in enumerate(samples):
            view.setColumnWidth(column, view.fontMetrics().horizontalAdvance(sample) + 24)
        if isinstance(widths, str):
            for column, width in enumerate(widths.split(",")[: len(samples)]):
                if width.isdigit() and int(width) > 0:
                    view.setColumnWidth(column, int(width))
        view.horizontalHeader().sectionResized.connect(self._save_sizes)
        view.selectionModel().currentChanged.connect(self._actions_changed)
        view.doubleClicked.connect(self.answer_selected)
        return view

    def _layout(self) -> None:
        header = QHBoxLayout()
        hint = QLabel(
            self.tr(
                "{question} question · {commitment} commitment · {request} reporting request · "
                "{previous} / {next} previous / next item"
            ).format(
                question=_native("Ctrl+Shift+Q"),
                commitment=_native("Ctrl+Shift+C"),
                request=_native("Ctrl+Shift+R"),
                previous=_native(PREVIOUS_ITEM_KEYS[0]),
                next=_native(NEXT_ITEM_KEYS[0]),
            )
        )
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        header.addWidget(self.status_label)
        header.addSpacing(24)
        header.addWidget(hint, 1)
        header.addWidget(self.mark_held_button)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(_buddy(self.tr("Agenda &items:"), self.agenda_view))
        column.addWidget(self.agenda_empty, 1)

        notes = QWidget()
        column = QVBoxLayout(notes)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.item_title)
        column.addWidget(_buddy(self.tr("Note&s:"), self.notes))
        column.addWidget(self.notes, 1)
        column.addWidget(self.notes_status)
        records = QWidget()
        column = QVBoxLayout(records)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.entry)
        column.addWidget(_buddy(self.tr("Recorded at this ite&m:"), self.recorded_view))
        column.addWidget(self.recorded_empty, 1)

        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.addWidget(notes)
        self.right_splitter.addWidget(records)
        self.right_splitter.setSizes([280, 420])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right_splitter)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 740])
        for splitter, key in (
            (self.splitter, SPLITTER_KEY),
            (self.right_splitter, RIGHT_SPLITTER_KEY),
        ):
            state = QSettings().value(key)
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)
            splitter.splitterMoved.connect(self._save_sizes)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.agenda_view, self.notes)

    def _save_sizes(self) -> None:
        settings = QSettings()
        settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        settings.setValue(RIGHT_SPLITTER_KEY, self.right_splitter.saveState())
        header = self.recorded_view.horizontalHeader()
        widths = [str(header.sectionSize(column)) for column in range(header.count())]
        settings.setValue(COLUMN_WIDTHS_KEY, ",".join(widths))


def _native(shortcut: str) -> str:
    return QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)


def _buddy(text: str, widget: QWidget) -> QLabel:
    caption = QLabel(text)
    caption.setBuddy(widget)
    return caption
