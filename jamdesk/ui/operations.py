"""Run use cases from the window: undoable, and announced to every page that shows them."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from jamdesk.domain.errors import DomainError
from jamdesk.services.changes import Outcome, RecordKind
from jamdesk.store.undo import UndoLog, UndoStep

T = TypeVar("T")

# Which pages care about a table's rows changing (for undo and redo, which know tables).
TABLE_KINDS: dict[str, RecordKind] = {
    "organisation": RecordKind.ORGANISATION,
    "board": RecordKind.BOARD,
    "board_contact": RecordKind.BOARD,
    "person": RecordKind.PERSON,
    "delegation_membership": RecordKind.PERSON,
    "goal": RecordKind.GOAL,
    "meeting": RecordKind.MEETING,
    "meeting_board": RecordKind.MEETING,
    "meeting_participant": RecordKind.MEETING,
    "agenda_item": RecordKind.AGENDA,
    "agenda_item_link": RecordKind.AGENDA,
    "question": RecordKind.QUESTION,
    "question_event": RecordKind.QUESTION,
    "question_goal": RecordKind.QUESTION,
    "commitment": RecordKind.COMMITMENT,
    "commitment_event": RecordKind.COMMITMENT,
    "commitment_goal": RecordKind.COMMITMENT,
    "reporting_request": RecordKind.REQUEST,
    "reporting_request_event": RecordKind.REQUEST,
    "minutes": RecordKind.MINUTES,
    "minutes_adjuster": RecordKind.MINUTES,
    "minutes_paragraph": RecordKind.MINUTES,
    "development_need": RecordKind.NEED,
    "development_need_goal": RecordKind.NEED,
    "document_review": RecordKind.REVIEW,
    "document_review_goal": RecordKind.REVIEW,
    "action_plan_item": RecordKind.ACTION_PLAN,
    "question_bank_entry": RecordKind.QUESTION_BANK,
    "question_bank_kind": RecordKind.QUESTION_BANK,
    "question_bank_goal": RecordKind.QUESTION_BANK,
}


def kinds_of(tables: frozenset[str]) -> frozenset[RecordKind]:
    """Return the kinds of record that changing ``tables`` touched."""
    return frozenset(TABLE_KINDS[table] for table in tables if table in TABLE_KINDS)


class Operations(QObject):
    """Runs use cases, records each as one undoable step, and says what changed."""

    changed = Signal(object)  # frozenset[RecordKind]
    failed = Signal(object)  # DomainError raised by an undo or redo

    def __init__(self, undo_log: UndoLog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._log = undo_log
        self.undo_stack = QUndoStack(self)

    def run(
        self,
        description: str,
        use_case: Callable[[], Outcome[T]],
        *,
        merge_key: Hashable | None = None,
    ) -> T:
        """Run ``use_case`` as one undoable step named ``description``; return its value.

        A DomainError from the use case propagates unchanged (nothing was written), so the
        editor that asked can show it next to the field concerned. Consecutive steps with
        the same ``merge_key`` (an autosave of the same text, say) undo as one.
        """
        mark = self._log.mark()
        result = use_case()
        step = self._log.step_since(mark)
        if step is not None:
            self.undo_stack.push(_StepCommand(self, description, step, merge_key))
        if result.changed:
            self.changed.emit(result.changed)
        return result.value

    def clear(self) -> None:
        """Forget the undo history (the store itself is untouched)."""
        self.undo_stack.clear()
        self._log.forget_all()

    def replay(self, step: UndoStep) -> UndoStep | None:
        """Undo or redo ``step``; return the reversing step, or None if the store refused."""
        try:
            reverse = self._log.replay(step)
        except DomainError as error:
            # The steps around a refused one can no longer be replayed safely; the stack
            # cannot be cleared from inside one of its own commands, so it is done next.
            QTimer.singleShot(0, self.clear)
            self.failed.emit(error)
            return None
        self.changed.emit(kinds_of(step.tables | reverse.tables))
        return reverse


# The QUndoCommand id of steps that may merge; their merge keys decide whether they do.
_MERGEABLE = 1


class _StepCommand(QUndoCommand):
    """One use case on the undo stack; its first redo is the use case already run."""

    def __init__(
        self,
        operations: Operations,
        description: str,
        step: UndoStep,
        merge_key: Hashable | None = None,
    ) -> None:
        super().__init__(description)
        self._operations = operations
        self._step: UndoStep | None = step
        self._done = True
        self._merge_key = merge_key

    def id(self) -> int:
        return -1 if self._merge_key is None else _MERGEABLE

    def mergeWith(self, other: QUndoCommand) -> bool:
        # Only steps that follow each other in the log merge: anything logged between them
        # (a step undone and then dropped from the stack) must not be replayed with them.
        if (
            not isinstance(other, _StepCommand)
            or other._merge_key != self._merge_key
            or self._step is None
            or other._step is None
            or other._step.first != self._step.last + 1
        ):
            return False
        self._step = UndoStep(
            self._step.first, other._step.last, self._step.tables | other._step.tables
        )
        return True

    def redo(self) -> None:
        if self._done:
            return  # pushed after the use case ran: nothing to do the first time
        self._replay()
        self._done = True

    def undo(self) -> None:
        self._replay()
        self._done = False

    def _replay(self) -> None:
        if self._step is None:
            return
        reverse = self._operations.replay(self._step)
        if reverse is None:
            # The store refused (adjusted minutes never change back): this step and
            # everything around it can no longer be replayed safely.
            self._step = None
            self.setObsolete(True)
            return
        self._step = reverse
