"""Record the questions put at meetings, their answers and their follow-up."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from dataclasses import replace

from jamdesk.domain.errors import QT_TRANSLATE_NOOP, DomainError
from jamdesk.domain.history import StatusChange
from jamdesk.domain.questions import (
    QUESTION_STATUS_LABELS,
    QUESTION_TRANSITIONS,
    Question,
    QuestionStatus,
)
from jamdesk.domain.text import required_text
from jamdesk.domain.transitions import check_transition
from jamdesk.services.changes import Outcome, RecordKind, outcome
from jamdesk.store.database import Database
from jamdesk.store.follow_up_chain import ChainKind, delete_question, followers
from jamdesk.store.history import QUESTION_EVENTS, append_change, fetch_history, insert_first_change
from jamdesk.store.questions import (
    fetch_pending_questions,
    fetch_question,
    insert_question,
    replace_question_goals,
    update_question,
)
from jamdesk.store.references import (
    meeting_of_agenda_item,
    missing_record,
    require_goals,
    require_row,
)


def _unique(goal_ids: Iterable[int]) -> tuple[int, ...]:
    return tuple(sorted(set(goal_ids)))


class QuestionService:
    """The use cases of questions and answers."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def record(self, question: Question, on: dt.date) -> Outcome[Question]:
        """Record a question put at a meeting, with its first status dated ``on``."""
        if question.id is not None:
            raise ValueError("record() takes a new question; use the update methods")
        question = replace(question.validated(), goal_ids=_unique(question.goal_ids))
        if question.status is QuestionStatus.ANSWERED and question.answered_on is None:
            # Asked and answered at the same meeting.
            question = replace(question, answered_on=on)
        with self._db.transaction() as conn:
            self._check_references(conn, question)
            question_id = insert_question(conn, question)
            replace_question_goals(conn, question_id, question.goal_ids)
            insert_first_change(conn, QUESTION_EVENTS, question_id, question.status.value, on)
        return outcome(replace(question, id=question_id), RecordKind.QUESTION)

    def update_text(self, question_id: int, text: str) -> Outcome[Question]:
        """Correct the wording of a question."""
        text = required_text(text, "text", QT_TRANSLATE_NOOP("DomainError", "The question"))
        with self._db.transaction() as conn:
            changed = replace(self._load(conn, question_id), text=text)
            update_question(conn, changed)
        return outcome(changed, RecordKind.QUESTION)

    def update(self, question_id: int, text: str, answer: str) -> Outcome[Question]:
        """Correct the wording of a question and of its answer; never the status."""
        text = required_text(text, "text", QT_TRANSLATE_NOOP("DomainError", "The question"))
        with self._db.transaction() as conn:
            changed = replace(self._load(conn, question_id), text=text, answer=answer).validated()
            update_question(conn, changed)
        return outcome(changed, RecordKind.QUESTION)

    def delete(self, question_id: int) -> Outcome[None]:
        """Delete a question nothing has come from yet, with its history and goals."""
        with self._db.transaction() as conn:
            self._load(conn, question_id)
            later = followers(conn, ChainKind.QUESTION, question_id)
            if later.commitments:
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        "A commitment came from this question, so the question cannot be deleted.",
                    ),
                    field="id",
                )
            if later.requests:
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        "A reporting request came from this question, so the question cannot "
                        "be deleted.",
                    ),
                    field="id",
                )
            if later.agenda_meeting_on is not None:
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        "The question is on the agenda of the meeting on {date}; take it off "
                        "that agenda before deleting it.",
                    ),
                    field="id",
                    date=later.agenda_meeting_on.isoformat(),
                )
            delete_question(conn, question_id)
        return outcome(None, RecordKind.QUESTION)

    def answer(
        self, question_id: int, answer: str, on: dt.date, note: str = ""
    ) -> Outcome[Question]:
        """Record the answer a question got on ``on``."""
        answer = required_text(answer, "answer", QT_TRANSLATE_NOOP("DomainError", "The answer"))
        with self._db.transaction() as conn:
            stored = self._load(conn, question_id)
            new = QuestionStatus.ANSWERED
            check_transition(QUESTION_TRANSITIONS, stored.status, new, QUESTION_STATUS_LABELS)
            changed = replace(stored, answer=answer, answered_on=on, status=new)
            update_question(conn, changed)
            append_change(conn, QUESTION_EVENTS, question_id, stored.status, new, on, note.strip())
        return outcome(changed, RecordKind.QUESTION)

    def change_status(
        self, question_id: int, new: QuestionStatus, on: dt.date, note: str
    ) -> Outcome[Question]:
        """Change a question's status on ``on``, for instance to needing follow-up."""
        with self._db.transaction() as conn:
            stored = self._load(conn, question_id)
            check_transition(QUESTION_TRANSITIONS, stored.status, new, QUESTION_STATUS_LABELS)
            changed = replace(stored, status=new).validated()
            if new is QuestionStatus.ANSWERED and changed.answered_on is None:
                changed = replace(changed, answered_on=on)
            update_question(conn, changed)
            append_change(conn, QUESTION_EVENTS, question_id, stored.status, new, on, note.strip())
        return outcome(changed, RecordKind.QUESTION)

    def set_goals(self, question_id: int, goal_ids: Iterable[int]) -> Outcome[Question]:
        """Tag a question with exactly ``goal_ids``."""
        goals = _unique(goal_ids)
        with self._db.transaction() as conn:
            stored = self._load(conn, question_id)
            require_goals(conn, goals)
            replace_question_goals(conn, question_id, goals)
        return outcome(replace(stored, goal_ids=goals), RecordKind.QUESTION)

    def get(self, question_id: int) -> Question:
        """Return the question ``question_id``."""
        return self._load(self._db.connection, question_id)

    def history(self, question_id: int) -> list[StatusChange]:
        """Return every status change of a question, oldest first."""
        conn = self._db.connection
        self._load(conn, question_id)
        return fetch_history(conn, QUESTION_EVENTS, question_id)

    def open_for_board(self, board_id: int) -> list[Question]:
        """Return a board's questions that are open or need follow-up, oldest first."""
        return fetch_pending_questions(self._db.connection, board_id)

    @staticmethod
    def _load(conn: sqlite3.Connection, question_id: int) -> Question:
        question = fetch_question(conn, question_id)
        if question is None:
            raise missing_record("question", question_id, "question_id")
        return question

    @staticmethod
    def _check_references(conn: sqlite3.Connection, question: Question) -> None:
        require_row(conn, "meeting", question.meeting_id, "meeting_id")
        require_row(conn, "board", question.board_id, "board_id")
        require_row(conn, "person", question.asked_by_id, "asked_by_id")
        require_row(conn, "person", question.addressed_to_id, "addressed_to_id")
        meeting_of_agenda_item(conn, question.agenda_item_id, question.meeting_id)
        require_goals(conn, question.goal_ids)
