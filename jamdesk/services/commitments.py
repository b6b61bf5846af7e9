"""Log what boards and managers commit to, and follow up whether they kept it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from dataclasses import replace

from jamdesk.domain.commitments import (
    COMMITMENT_STATUS_LABELS,
    COMMITMENT_TRANSITIONS,
    Commitment,
    CommitmentStatus,
)
from jamdesk.domain.errors import QT_TRANSLATE_NOOP, DomainError, ValidationError
from jamdesk.domain.history import StatusChange
from jamdesk.domain.transitions import check_transition
from jamdesk.services.changes import Outcome, RecordKind, outcome
from jamdesk.store.commitments import (
    fetch_commitment,
    fetch_overdue_commitments,
    fetch_pending_commitments,
    insert_commitment,
    replace_commitment_goals,
    update_commitment,
)
from jamdesk.store.database import Database
from jamdesk.store.follow_up_chain import ChainKind, delete_commitment, followers
from jamdesk.store.history import (
    COMMITMENT_EVENTS,
    append_change,
    fetch_history,
    insert_first_change,
)
from jamdesk.store.references import (
    meeting_of_agenda_item,
    missing_record,
    require_goals,
    require_row,
)


def _unique(goal_ids: Iterable[int]) -> tuple[int, ...]:
    return tuple(sorted(set(goal_ids)))


class CommitmentService:
    """The use cases of commitments and their follow-up."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def record(self, commitment: Commitment) -> Outcome[Commitment]:
        """Record a commitment; its history starts on the day it was made."""
        if commitment.id is not None:
            raise ValueError("record() takes a new commitment; use update() to change one")
        commitment = replace(commitment.validated(), goal_ids=_unique(commitment.goal_ids))
        with self._db.transaction() as conn:
            require_row(conn, "board", commitment.board_id, "board_id")
            require_row(conn, "person", commitment.made_by_id, "made_by_id")
            require_row(conn, "person", commitment.responsible_id, "responsible_id")
            require_row(conn, "meeting", commitment.meeting_id, "meeting_id")
            meeting_id = meeting_of_agenda_item(
                conn, commitment.agenda_item_id, commitment.meeting_id
            )
            require_row(conn, "question", commitment.question_id, "question_id")
            require_goals(conn, commitment.goal_ids)
            commitment = replace(commitment, meeting_id=meeting_id)
            commitment_id = insert_commitment(conn, commitment)
            replace_commitment_goals(conn, commitment_id, commitment.goal_ids)
            insert_first_change(
                conn,
                COMMITMENT_EVENTS,
                commitment_id,
                commitment.status.value,
                commitment.created_on,
            )
        return outcome(replace(commitment, id=commitment_id), RecordKind.COMMITMENT)

    def update(self, commitment: Commitment) -> Outcome[Commitment]:
        """Change what was promised, who answers for it and by when; never the status."""
        if commitment.id is None:
            raise ValueError("update() takes a stored commitment")
        with self._db.transaction() as conn:
            stored = self._load(conn, commitment.id)
            changed = replace(
                stored,
                description=commitment.description,
                responsible_id=commitment.responsible_id,
                responsible=commitment.responsible,
                due_on=commitment.due_on,
            ).validated()
            require_row(conn, "person", changed.responsible_id, "responsible_id")
            update_commitment(conn, changed)
        return outcome(changed, RecordKind.COMMITMENT)

    def change_status(
        self,
        commitment_id: int,
        new: CommitmentStatus,
        on: dt.date,
        note: str,
        *,
        due_on: dt.date | None = None,
    ) -> Outcome[Commitment]:
        """Change a commitment's status on ``on``; ``due_on`` sets a new due date with it."""
        with self._db.transaction() as conn:
            stored = self._load(conn, commitment_id)
            check_transition(COMMITMENT_TRANSITIONS, stored.status, new, COMMITMENT_STATUS_LABELS)
            if on < stored.created_on:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        "The change cannot be dated {on}: the commitment was made on {made}.",
                    ),
                    field="changed_on",
                    on=on.isoformat(),
                    made=stored.created_on.isoformat(),
                )
            # Taking up a commitment found not fulfilled again needs a due date (validated).
            changed = replace(
                stored, status=new, due_on=stored.due_on if due_on is None else due_on
            ).validated()
            update_commitment(conn, changed)
            append_change(
                conn, COMMITMENT_EVENTS, commitment_id, stored.status, new, on, note.strip()
            )
        return outcome(changed, RecordKind.COMMITMENT)

    def delete(self, commitment_id: int) -> Outcome[None]:
        """Delete a commitment nothing has come from yet, with its history and goals."""
        with self._db.transaction() as conn:
            self._load(conn, commitment_id)
            later = followers(conn, ChainKind.COMMITMENT, commitment_id)
            if later.requests:
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        "A reporting request came from this commitment, so the commitment "
                        "cannot be deleted.",
                    ),
                    field="id",
                )
            if later.agenda_meeting_on is not None:
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        "The commitment is on the agenda of the meeting on {date}; take it off "
                        "that agenda before deleting it.",
                    ),
                    field="id",
                    date=later.agenda_meeting_on.isoformat(),
                )
            delete_commitment(conn, commitment_id)
        return outcome(None, RecordKind.COMMITMENT)

    def set_goals(self, commitment_id: int, goal_ids: Iterable[int]) -> Outcome[Commitment]:
        """Tag a commitment with exactly ``goal_ids``."""
        goals = _unique(goal_ids)
        with self._db.transaction() as conn:
            stored = self._load(conn, commitment_id)
            require_goals(conn, goals)
            replace_commitment_goals(conn, commitment_id, goals)
        return outcome(replace(stored, goal_ids=goals), RecordKind.COMMITMENT)

    def get(self, commitment_id: int) -> Commitment:
        """Return the commitment ``commitment_id``."""
        return self._load(self._db.connection, commitment_id)

    def history(self, commitment_id: int) -> list[StatusChange]:
        """Return every status change of a commitment, oldest first."""
        conn = self._db.connection
        self._load(conn, commitment_id)
        return fetch_history(conn, COMMITMENT_EVENTS, commitment_id)

    def overdue(self, as_of: dt.date, board_id: int | None = None) -> list[Commitment]:
        """Return the commitments still pending after their due date, earliest due first."""
        return fetch_overdue_commitments(self._db.connection, as_of, board_id)

    def outstanding(self, board_id: int) -> list[Commitment]:
        """Return a board's commitments still to be kept, earliest due first."""
        return fetch_pending_commitments(self._db.connection, board_id)

    @staticmethod
    def _load(conn: sqlite3.Connection, commitment_id: int) -> Commitment:
        commitment = fetch_commitment(conn, commitment_id)
        if commitment is None:
            raise missing_record("commitment", commitment_id, "commitment_id")
        return commitment
