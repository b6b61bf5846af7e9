"""Record development needs and reviews of governance documents, tagged with goals."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from jamdesk.domain.reviews import DevelopmentNeed, DocumentReview, NeedStatus
from jamdesk.services.changes import Outcome, RecordKind, outcome
from jamdesk.store import reviews as store
from jamdesk.store.database import Database
from jamdesk.store.references import missing_record, require_goals, require_row


def _stored_need(connection: sqlite3.Connection, need_id: int) -> DevelopmentNeed:
    need = store.load_need(connection, need_id)
    if need is None:
        raise missing_record("development_need", need_id, "id")
    return need


def _need_references(connection: sqlite3.Connection, need: DevelopmentNeed) -> None:
    require_row(connection, "board", need.board_id, "board_id")
    require_row(connection, "meeting", need.meeting_id, "meeting_id")
    require_goals(connection, need.goal_ids)


def _review_references(connection: sqlite3.Connection, review: DocumentReview) -> None:
    require_row(connection, "board", review.board_id, "board_id")
    require_row(connection, "person", review.reviewer_id, "reviewer_id")
    require_row(connection, "meeting", review.meeting_id, "meeting_id")
    require_goals(connection, review.goal_ids)


def _unique(goal_ids: tuple[int, ...]) -> tuple[int, ...]:
    """Return the goal ids without repeats, in ascending order as the store lists them."""
    return tuple(sorted(set(goal_ids)))


class ReviewService:
    """The use cases of development needs and document reviews."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # --- development needs ----------------------------------------------------------------

    def get_need(self, need_id: int) -> DevelopmentNeed | None:
        """Return the development need ``need_id`` with its goals, or None."""
        return store.load_need(self._db.connection, need_id)

    def list_needs(self, board_id: int | None = None) -> list[DevelopmentNeed]:
        """Return the development needs (of one board if given), latest identified first."""
        return store.list_needs(self._db.connection, board_id)

    def create_need(self, need: DevelopmentNeed) -> Outcome[DevelopmentNeed]:
        """Record a development need, with the goals it concerns."""
        checked = replace(need.validated(), goal_ids=_unique(need.goal_ids), id=None)
        with self._db.transaction() as conn:
            _need_references(conn, checked)
            created = replace(checked, id=store.insert_need(conn, checked))
        return outcome(created, RecordKind.NEED)

    def update_need(self, need: DevelopmentNeed) -> Outcome[DevelopmentNeed]:
        """Change a development need, its status and its goals."""
        checked = replace(need.validated(), goal_ids=_unique(need.goal_ids))
        if checked.id is None:
            raise ValueError("a development need must have an id to be updated")
        with self._db.transaction() as conn:
            require_row(conn, "development_need", checked.id, "id")
            _need_references(conn, checked)
            store.update_need(conn, checked)
        return outcome(checked, RecordKind.NEED)

    def set_need_status(self, need_id: int, status: NeedStatus) -> Outcome[DevelopmentNeed]:
        """Mark a development need open, being addressed or closed."""
        with self._db.transaction() as conn:
            need = _stored_need(conn, need_id)
            store.set_need_status(conn, need_id, status)
        return outcome(replace(need, status=status), RecordKind.NEED)

    def delete_need(self, need_id: int) -> Outcome[DevelopmentNeed]:
        """Remove a development need recorded by mistake, with its goal tags."""
        with self._db.transaction() as conn:
            need = _stored_need(conn, need_id)
            store.delete_need(conn, need_id)
        return outcome(need, RecordKind.NEED)

    # --- document reviews -----------------------------------------------------------------

    def get_review(self, review_id: int) -> DocumentReview | None:
        """Return the document review ``review_id`` with its goals, or None."""
        return store.load_review(self._db.connection, review_id)

    def list_reviews(self, board_id: int | None = None) -> list[DocumentReview]:
        """Return the document reviews (of one board if given), latest review first."""
        return store.list_reviews(self._db.connection, board_id)

    def create_review(self, review: DocumentReview) -> Outcome[DocumentReview]:
        """Record the review of a board's governance document, with the goals it concerns."""
        checked = replace(review.validated(), goal_ids=_unique(review.goal_ids), id=None)
        with self._db.transaction() as conn:
            _review_references(conn, checked)
            created = replace(checked, id=store.insert_review(conn, checked))
        return outcome(created, RecordKind.REVIEW)

    def update_review(self, review: DocumentReview) -> Outcome[DocumentReview]:
        """Change a document review and its goals."""
        checked = replace(review.validated(), goal_ids=_unique(review.goal_ids))
        if checked.id is None:
            raise ValueError("a document review must have an id to be updated")
        with self._db.transaction() as conn:
            require_row(conn, "document_review", checked.id, "id")
            _review_references(conn, checked)
            store.update_review(conn, checked)
        return outcome(checked, RecordKind.REVIEW)

    def delete_review(self, review_id: int) -> Outcome[DocumentReview]:
        """Remove a document review recorded by mistake, with its goal tags."""
        with self._db.transaction() as conn:
            review = store.load_review(conn, review_id)
            if review is None:
                raise missing_record("document_review", review_id, "id")
            store.delete_review(conn, review_id)
        return outcome(review, RecordKind.REVIEW)
