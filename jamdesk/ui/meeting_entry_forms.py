"""Quick entry at a live meeting: small forms for questions, commitments, requests and answers.

Enter moves to the next field; Enter in the last field (or Ctrl+Enter anywhere) saves and
clears the form for the next entry, Esc closes it. Each save is one undoable step.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from jamdesk.domain.boards import Board
from jamdesk.domain.commitments import Commitment
from jamdesk.domain.dates import parse_date
from jamdesk.domain.errors import QT_TRANSLATE_NOOP, DomainError
from jamdesk.domain.meetings import Attendance, Meeting, ParticipantRole
from jamdesk.domain.people import Person
from jamdesk.domain.questions import Question, QuestionStatus
from jamdesk.domain.requests import REPORT_FORM_LABELS, ReportForm, ReportingRequest
from jamdesk.services.changes import Outcome
from jamdesk.services.container import Services
from jamdesk.ui.form import Form
from jamdesk.ui.messages import label
from jamdesk.ui.page import PageContext


def months_after(day: dt.date, months: int) -> dt.date:
    """Return the same day ``months`` later, or the month's last day if it is shorter."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def matches_key(event: QKeyEvent, *texts: str) -> bool:
    """Return whether the key pressed is one of ``texts`` (keypad keys count as plain ones)."""
    combination = event.keyCombination()
    modifiers = combination.keyboardModifiers() & ~Qt.KeyboardModifier.KeypadModifier
    pressed = QKeySequence(QKeyCombination(modifiers, combination.key()))
    return any(pressed == QKeySequence(text) for text in texts)


@dataclass
class EntryChoices:
    """What the entry forms offer: the meeting's boards and people, read on each refresh."""

    members: list[tuple[int, str]] = field(default_factory=list)
    boards: list[tuple[int, str]] = field(default_factory=list)
    board_people: dict[int, list[tuple[int, str]]] = field(default_factory=dict)
    managers: dict[int, int | None] = field(default_factory=dict)
    goals: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class EntryScope:
    """Where entries go: the meeting, its current agenda item, the day and the choices."""

    context: PageContext
    meeting_id: int
    item_id: Callable[[], int | None]
    recorded_on: Callable[[], dt.date]
    choices: EntryChoices = field(default_factory=EntryChoices)


# Who sits for the delegation at a meeting, and the attendance of those who came.
_DELEGATION = frozenset(
    {
        ParticipantRole.CHAIR,
        ParticipantRole.VICE_CHAIR,
        ParticipantRole.MEMBER,
        ParticipantRole.SUBSTITUTE,
    }
)
_CAME = frozenset({Attendance.PRESENT, Attendance.SUBSTITUTE_SERVING})


def read_choices(
    services: Services,
    meeting: Meeting,
    *,
    names: dict[int, str],
    people: Sequence[Person],
    all_boards: Sequence[Board],
) -> EntryChoices:
    """Return what the forms offer at ``meeting``: who may ask, the boards, their people, goals."""
    assert meeting.id is not None  # read from the store
    boards = [b for b in all_boards if b.id in meeting.board_ids] or [
        b for b in all_boards if b.is_active(meeting.date)
    ]
    participants = services.meetings.participants(meeting.id)
    members = [p for p in participants if p.role in _DELEGATION]
    asking = [p.person_id for p in members if p.attendance in _CAME] or [
        p.person_id for p in members if p.attendance is not Attendance.ABSENT
    ]
    if not members:
        asking = [s.person.id for s in services.people.members_serving(meeting.date) if s.person.id]
    others = [p.person_id for p in participants if p.role not in _DELEGATION]
    choices = EntryChoices()
    choices.members = [(pid, names.get(pid, "")) for pid in asking]
    choices.boards = [(b.id, b.name) for b in boards if b.id is not None]
    choices.managers = {b.id: b.manager_id for b in boards if b.id is not None}
    for board in boards:
        assert board.id is not None
        ids = [board.manager_id, *(c.person.id for c in services.boards.contacts(board.id))]
        ids += [p.id for p in people if p.board_id == board.id]
        ids += [pid for pid in others if pid not in ids]
        unique = dict.fromkeys(pid for pid in ids if pid is not None and pid in names)
        choices.board_people[board.id] = [(pid, names[pid]) for pid in unique]
    choices.goals = [
        (g.id, f"{g.code} {g.title}".strip()) for g in services.goals.list_goals() if g.id
    ]
    return choices


def _fill(combo: QComboBox, entries: list[tuple[int, str]], keep: bool = True) -> None:
    """Put ``entries`` (id 0 meaning nobody) in the combo, keeping the choice if it is there."""
    chosen = combo.currentData() if keep else None
    combo.blockSignals(True)
    combo.clear()
    for value, text in entries:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
    combo.blockSignals(False)


def _chosen(combo: QComboBox) -> int | None:
    value = combo.currentData()
    return value if isinstance(value, int) and value > 0 else None


class EntryForm(Form):
    """A quick-entry form: Enter moves on, Enter in the last field or Ctrl+Enter saves."""

    saved = Signal(object)
    closed = Signal()
    keep_open = True

    def __init__(self, scope: EntryScope, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scope = scope
        self.title = title
        self.board = QComboBox()
        self._order: list[QWidget] = []
        self._people_board: int | None = None

    def field(self, caption: str, widget: QWidget, *names: str) -> QWidget:
        """Add a field in entry order; errors for ``names`` show below it."""
        self.add_row(caption, widget, *names)
        self._order.append(widget)
        widget.installEventFilter(self)
        return widget

    def add_board(self, caption: str) -> None:
        """Add the board field; choosing another board proposes its people."""
        self.field(caption, self.board, "board_id")
        self.board.currentIndexChanged.connect(self._board_changed)

    def fill_people(self, combo: QComboBox, nobody: str | None, same_board: bool) -> None:
        """Offer the board's people; on a new board, propose its manager."""
        board_id = _chosen(self.board) or 0
        people = self.scope.choices.board_people.get(board_id, [])
        _fill(combo, people if nobody is None else [(0, nobody), *people], keep=same_board)
        if not same_board:
            manager = self.scope.choices.managers.get(board_id)
            combo.setCurrentIndex(max(combo.findData(manager), 0))

    def start(self) -> None:
        """Put the cursor in the first field."""
        self._order[0].setFocus()

    def update_choices(self) -> None:
        """Offer the boards and people read last."""
        _fill(self.board, self.scope.choices.boards)
        self._board_changed()

    def propose_people(self, same_board: bool) -> None:
        """Offer the people of the board chosen."""

    def _board_changed(self) -> None:
        board_id = _chosen(self.board)
        same_board, self._people_board = board_id == self._people_board, board_id
        self.propose_people(same_board)

    def submit(self) -> bool:
        """Save the entry; on success clear it for the next one, else show why next to it."""
        self.clear_errors()
        try:
            record = self.save()
        except DomainError as error:
            self.show_error(error)
            return False
        self.clear_for_next()
        self.saved.emit(record)
        if self.keep_open:
            self._order[0].setFocus()
        else:
            self.closed.emit()
        return True

    def save(self) -> object:
        """Save what the fields hold through operations; raise a DomainError if refused."""
        raise NotImplementedError

    def clear_for_next(self) -> None:
        """Empty the fields the next entry will not share."""

    def run(self, description: str, use_case: Callable[[], Outcome[Any]]) -> object:
        """Run the use case as one undoable step."""
        return self.scope.context.operations.run(description, use_case)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if matches_key(event, "Esc"):
            self.clear_errors()
            self.closed.emit()
            return True
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        shown = [widget for widget in self._order if widget.isVisibleTo(self)]
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if control or watched is shown[-1]:
            self.submit()
        elif watched in shown:
            shown[shown.index(watched) + 1].setFocus()
        return True


class QuestionForm(EntryForm):
    """Who asked what of which board and manager, and the answer if one was given."""

    def __init__(self, scope: EntryScope, parent: QWidget | None = None) -> None:
        super().__init__(scope, self.tr("New question"), parent)
        self.asked_by = QComboBox()
        self.field(self.tr("As&ked by:"), self.asked_by, "asked_by_id")
        self.add_board(self.tr("To boar&d:"))
        self.addressed_to = QComboBox()
        self.field(self.tr("Addressed t&o:"), self.addressed_to, "addressed_to_id")
        self.text = QLineEdit()
        self.field(self.tr("&Question:"), self.text, "text")
        self.answer = QLineEdit()
        self.answer.setPlaceholderText(self.tr("If it was answered at once"))
        self.field(self.tr("Ans&wer:"), self.answer, "answer")
        self.goals = QListWidget()
        self.goals.setMaximumHeight(self.goals.fontMetrics().height() * 5)
        self.goals.setToolTip(self.tr("Space ticks a goal the question concerns."))
        self.field(self.tr("&Goals:"), self.goals, "goal_ids")

    def update_choices(self) -> None:
        choices = self.scope.choices
        _fill(self.asked_by, [*choices.members, (0, self.tr("(not recorded)"))])
        super().update_choices()
        ticked = set(self.goal_ids())
        self.goals.clear()
        for goal_id, title in choices.goals:
            item = QListWidgetItem(title, self.goals)
            item.setData(Qt.ItemDataRole.UserRole, goal_id)
            item.setCheckState(
                Qt.CheckState.Checked if goal_id in ticked else Qt.CheckState.Unchecked
            )
        self.goals.setVisible(bool(choices.goals))

    def propose_people(self, same_board: bool) -> None:
        self.fill_people(self.addressed_to, self.tr("(nobody named)"), same_board)

    def goal_ids(self) -> list[int]:
        """Return the goals ticked."""
        items = (self.goals.item(row) for row in range(self.goals.count()))
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def save(self) -> object:
        scope = self.scope
        board_id = _chosen(self.board)
        if board_id is None:
            raise DomainError(_NO_BOARD, field="board_id")
        answer = self.answer.text()
        question = Question(
            meeting_id=scope.meeting_id,
            board_id=board_id,
            text=self.text.text(),
            asked_by_id=_chosen(self.asked_by),
            addressed_to_id=_chosen(self.addressed_to),
            agenda_item_id=scope.item_id(),
            answer=answer,
            status=QuestionStatus.ANSWERED if answer.strip() else QuestionStatus.OPEN,
            goal_ids=tuple(self.goal_ids()),
        )
        questions = scope.context.services.questions
        return self.run(
            self.tr("record question"), lambda: questions.record(question, scope.recorded_on())
        )

    def clear_for_next(self) -> None:
        self.text.clear()
        self.answer.clear()
        for row in range(self.goals.count()):
            self.goals.item(row).setCheckState(Qt.CheckState.Unchecked)


_NO_BOARD = QT_TRANSLATE_NOOP("DomainError", "Choose the board.")


def _date_field(months: int, scope: EntryScope) -> QLineEdit:
    edit = QLineEdit(months_after(scope.context.today(), months).isoformat())
    edit.setPlaceholderText(QCoreApplication.translate("EntryForm", "YYYY-MM-DD"))
    edit.setMaxLength(10)
    return edit


class CommitmentForm(EntryForm):
    """What a board or manager promised, who answers for it, and by when."""

    def __init__(self, scope: EntryScope, parent: QWidget | None = None) -> None:
        super().__init__(scope, self.tr("New commitment"), parent)
        self.add_board(self.tr("Boar&d:"))
        self.made_by = QComboBox()
        self.field(self.tr("Made b&y:"), self.made_by, "made_by_id")
        self.description = QLineEdit()
        self.field(self.tr("&Commitment:"), self.description, "description")
        self.responsible = QComboBox()
        self.responsible.setEditable(True)
        self.responsible.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.responsible.setToolTip(self.tr("Choose a person or type who answers for it."))
        self.field(self.tr("Res&ponsible:"), self.responsible, "responsible_id", "responsible")
        self.due = _date_field(3, scope)
        self.field(self.tr("D&ue date:"), self.due, "due_on")

    def propose_people(self, same_board: bool) -> None:
        self.fill_people(self.made_by, self.tr("(not named)"), same_board)
        typed = self.responsible.currentText()
        self.fill_people(self.responsible, None, True)
        self.responsible.setEditText(typed)

    def save(self) -> object:
        scope = self.scope
        board_id = _chosen(self.board)
        if board_id is None:
            raise DomainError(_NO_BOARD, field="board_id")
        due = self.due.text().strip()
        typed = self.responsible.currentText().strip()
        found = self.responsible.findText(typed, Qt.MatchFlag.MatchFixedString) if typed else -1
        responsible_id = self.responsible.itemData(found) if found >= 0 else None
        commitment = Commitment(
            board_id=board_id,
            description=self.description.text(),
            created_on=scope.recorded_on(),
            due_on=parse_date(due, "due_on") if due else None,
            made_by_id=_chosen(self.made_by),
            responsible_id=responsible_id,
            responsible="" if responsible_id is not None else typed,
            meeting_id=scope.meeting_id,
            agenda_item_id=scope.item_id(),
        )
        commitments = scope.context.services.commitments
        return self.run(self.tr("record commitment"), lambda: commitments.record(commitment))

    def clear_for_next(self) -> None:
        self.description.clear()
        self.responsible.setCurrentIndex(-1)
        self.responsible.clearEditText()
        self.due.setText(months_after(self.scope.context.today(), 3).isoformat())


class RequestForm(EntryForm):
    """What the delegation asks a board to report, in what form and by when (a draft)."""

    def __init__(self, scope: EntryScope, parent: QWidget | None = None) -> None:
        super().__init__(scope, self.tr("New reporting request"), parent)
        self.add_board(self.tr("Boar&d:"))
        self.subject = QLineEdit()
        self.field(self.tr("&What to report:"), self.subject, "subject")
        self.form = QComboBox()
        for value, text in REPORT_FORM_LABELS.items():
            self.form.addItem(label(text), value.value)
        self.field(self.tr("In what f&orm:"), self.form, "form")
        self.details = QLineEdit()
        self.details.setPlaceholderText(self.tr("e.g. broken down by sex and age"))
        self.field(self.tr("Detai&ls:"), self.details, "form_details")
        self.due = _date_field(2, scope)
        self.field(self.tr("D&ue date:"), self.due, "due_on")

    def save(self) -> object:
        scope = self.scope
        board_id = _chosen(self.board)
        if board_id is None:
            raise DomainError(_NO_BOARD, field="board_id")
        request = ReportingRequest(
            board_id=board_id,
            subject=self.subject.text(),
            form=ReportForm(self.form.currentData()),
            due_on=parse_date(self.due.text(), "due_on"),
            created_on=scope.recorded_on(),
            form_details=self.details.text(),
            meeting_id=scope.meeting_id,
            agenda_item_id=scope.item_id(),
        )
        requests = scope.context.services.requests
        return self.run(self.tr("record reporting request"), lambda: requests.create(request))

    def clear_for_next(self) -> None:
        self.subject.clear()
        self.details.clear()
        self.due.setText(months_after(self.scope.context.today(), 2).isoformat())


class AnswerForm(EntryForm):
    """The answer to a question recorded earlier."""

    keep_open = False

    def __init__(self, scope: EntryScope, parent: QWidget | None = None) -> None:
        super().__init__(scope, self.tr("Answer"), parent)
        self.question_id: int | None = None
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.add_row(self.tr("Question:"), self.question)
        self.answer = QLineEdit()
        self.field(self.tr("Ans&wer:"), self.answer, "answer")

    def set_question(self, question: Question) -> None:
        """Answer ``question``."""
        self.question_id = question.id
        self.question.setText(question.text)
        self.answer.setText(question.answer)

    def save(self) -> object:
        question_id, answer = self.question_id, self.answer.text()
        if question_id is None:
            raise ValueError("no question to answer")
        questions = self.scope.context.services.questions
        on = self.scope.recorded_on()
        return self.run(
            self.tr("answer question"), lambda: questions.answer(question_id, answer, on)
        )

    def clear_for_next(self) -> None:
        self.answer.clear()
