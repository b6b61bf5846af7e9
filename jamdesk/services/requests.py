"""Demand report-back from boards: draft, send, receive the answer and assess it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace

from jamdesk.domain.errors import QT_TRANSLATE_NOOP, DomainError, ValidationError
from jamdesk.domain.history import StatusChange
from jamdesk.domain.requests import (
    REQUEST_STATUS_LABELS,
    REQUEST_TRANSITIONS,
    ReportingRequest,
    RequestStatus,
)
from jamdesk.domain.transitions import check_transition
from jamdesk.services.changes import Outcome, RecordKind, outcome
from jamdesk.store.database import Database
from jamdesk.store.follow_up_chain import ChainKind, delete_request, followers
from jamdesk.store.history import REQUEST_EVENTS, append_change, fetch_history, insert_first_change
from jamdesk.store.references import (
    meeting_of_agenda_item,
    meeting_of_paragraph,
    missing_record,
    require_row,
)
from jamdesk.store.requests import (
    fetch_overdue_requests,
    fetch_request,
    fetch_requests_awaiting_assessment,
    fetch_requests_due_between,
    insert_request,
    update_request,
)

# What the request says may change only while the delegation is still writing it.
_EDITABLE_STATUSES = frozenset({RequestStatus.DRAFT, RequestStatus.SUPPLEMENT_REQUESTED})


def _not_before(on: dt.date, earlier: dt.date | None, template: str, field: str) -> None:
    if earlier is not None and on < earlier:
        raise ValidationError(template, field=field, on=on.isoformat(), earlier=earlier.isoformat())


class RequestService:
    """The use cases of reporting requests."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def create(self, request: ReportingRequest) -> Outcome[ReportingRequest]:
        """Create a draft request; its history starts on the day it was made."""
        if request.id is not None:
            raise ValueError("create() takes a new request; use update() to change one")
        if request.status is not RequestStatus.DRAFT or (
            request.sent_on or request.answered_on or request.assessed_on
        ):
            raise ValueError("a new request is a draft; send it with mark_sent()")
        request = request.validated()
        with self._db.transaction() as conn:
            require_row(conn, "board", request.board_id, "board_id")
            require_row(conn, "meeting", request.meeting_id, "meeting_id")
            meeting_id = meeting_of_paragraph(conn, request.paragraph_id, request.meeting_id)
            meeting_id = meeting_of_agenda_item(conn, request.agenda_item_id, meeting_id)
            require_row(conn, "question", request.question_id, "question_id")
            require_row(conn, "commitment", request.commitment_id, "commitment_id")
            request = replace(request, meeting_id=meeting_id)
            request_id = insert_request(conn, request)
            insert_first_change(
                conn, REQUEST_EVENTS, request_id, request.status.value, request.created_on
            )
        return outcome(replace(request, id=request_id), RecordKind.REQUEST)

    def update(self, request: ReportingRequest) -> Outcome[ReportingRequest]:
        """Change what is asked, in what form and by when, while the request is with us."""
        if request.id is None:
            raise ValueError("update() takes a stored request")
        with self._db.transaction() as conn:
            stored = self._load(conn, request.id)
            if stored.status not in _EDITABLE_STATUSES:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        "A request that is “{status}” can no longer be changed: "
                        "only drafts and requests for a supplement can.",
                    ),
                    field="status",
                    status=REQUEST_STATUS_LABELS[stored.status],
                )
            changed = replace(
                stored,
                subject=request.subject,
                form=request.form,
                form_details=request.form_details,
                due_on=request.due_on,
            ).validated()
            _not_before(
                changed.due_on,
                stored.assessed_on,
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "The due date {on} comes before the supplement was requested ({earlier}).",
                ),
                "due_on",
            )
            update_request(conn, changed)
        return outcome(changed, RecordKind.REQUEST)

    def mark_sent(
        self, request_id: int, on: dt.date, diary_number: str, note: str = ""
    ) -> Outcome[ReportingRequest]:
        """Record that a draft was sent to the board on ``on`` under ``diary_number``."""
        with self._db.transaction() as conn:
            stored = self._load(conn, request_id)
            check_transition(
                REQUEST_TRANSITIONS, stored.status, RequestStatus.SENT, REQUEST_STATUS_LABELS
            )
            _not_before(
                on,
                stored.created_on,
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "The request cannot be sent on {on}: it was made on {earlier}.",
                ),
                "sent_on",
            )
            changed = replace(
                stored,
                status=RequestStatus.SENT,
                sent_on=on,
                request_diary_number=diary_number.strip(),
            )
            self._write_change(conn, stored, changed, on, note)
        return outcome(changed, RecordKind.REQUEST)

    def mark_answered(
        self, request_id: int, on: dt.date, answer_diary_number: str, note: str = ""
    ) -> Outcome[ReportingRequest]:
        """Record that the board's answer (or supplement) came on ``on``."""
        with self._db.transaction() as conn:
            stored = self._load(conn, request_id)
            check_transition(
                REQUEST_TRANSITIONS, stored.status, RequestStatus.ANSWERED, REQUEST_STATUS_LABELS
            )
            _not_before(
                on,
                stored.sent_on,
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "The answer cannot have come on {on}: the request was sent on {earlier}.",
                ),
                "answered_on",
            )
            if stored.status is RequestStatus.SUPPLEMENT_REQUESTED:
                _not_before(
                    on,
                    stored.assessed_on,
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        "The supplement cannot have come on {on}: it was requested on {earlier}.",
                    ),
                    "answered_on",
                )
            # After a supplement, assessed_on keeps the earlier assessment's date (rule 7).
            changed = replace(
                stored,
                status=RequestStatus.ANSWERED,
                answered_on=on,
                answer_diary_number=answer_diary_number.strip(),
            )
            self._write_change(conn, stored, changed, on, note)
        return outcome(changed, RecordKind.REQUEST)

    def assess(
        self,
        request_id: int,
        sufficient: bool,
        on: dt.date,
        note: str,
        new_due_on: dt.date | None = None,
    ) -> Outcome[ReportingRequest]:
        """Assess the answer on ``on``: sufficient, or a supplement is requested."""
        new = (
            RequestStatus.ASSESSED_SUFFICIENT if sufficient else RequestStatus.SUPPLEMENT_REQUESTED
        )
        with self._db.transaction() as conn:
            stored = self._load(conn, request_id)
            check_transition(REQUEST_TRANSITIONS, stored.status, new, REQUEST_STATUS_LABELS)
            _not_before(
                on,
                stored.answered_on,
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "The answer cannot be assessed on {on}: it came on {earlier}.",
                ),
                "assessed_on",
            )
            if new_due_on is not None:
                if sufficient:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "DomainError",
                            "A new due date is only given when a supplement is requested.",
                        ),
                        field="due_on",
                    )
                _not_before(
                    new_due_on,
                    on,
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        "The supplement cannot be due on {on}, before it is requested ({earlier}).",
                    ),
                    "due_on",
                )
            changed = replace(
                stored,
                status=new,
                assessed_on=on,
                assessment_note=note.strip(),
                due_on=stored.due_on if new_due_on is None else new_due_on,
            )
            self._write_change(conn, stored, changed, on, note)
        return outcome(changed, RecordKind.REQUEST)

    def delete(self, request_id: int) -> Outcome[None]:
        """Delete a draft request; one that was sent is the board's to answer and stays."""
        with self._db.transaction() as conn:
            stored = self._load(conn, request_id)
            if stored.status is not RequestStatus.DRAFT:
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        "The request was sent to the board, so it cannot be deleted; only "
                        "drafts can.",
                    ),
                    field="id",
                )
            later = followers(conn, ChainKind.REQUEST, request_id)
            if later.agenda_meeting_on is not None:
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        "The request is on the agenda of the meeting on {date}; take it off "
                        "that agenda before deleting it.",
                    ),
                    field="id",
                    date=later.agenda_meeting_on.isoformat(),
                )
            delete_request(conn, request_id)
        return outcome(None, RecordKind.REQUEST)

    def get(self, request_id: int) -> ReportingRequest:
        """Return the reporting request ``request_id``."""
        return self._load(self._db.connection, request_id)

    def history(self, request_id: int) -> list[StatusChange]:
        """Return every status change of a request, oldest first."""
        conn = self._db.connection
        self._load(conn, request_id)
        return fetch_history(conn, REQUEST_EVENTS, request_id)

    def overdue(self, as_of: dt.date, board_id: int | None = None) -> list[ReportingRequest]:
        """Return the requests whose answer is late on ``as_of``, earliest due first."""
        return fetch_overdue_requests(self._db.connection, as_of, board_id)

    def due_within(
        self, as_of: dt.date, days: int, board_id: int | None = None
    ) -> list[ReportingRequest]:
        """Return the requests awaiting an answer due in the ``days`` days from ``as_of``."""
        if days < 0:
            raise ValueError("days must not be negative")
        last = as_of + dt.timedelta(days=days)
        return fetch_requests_due_between(self._db.connection, as_of, last, board_id)

    def awaiting_assessment(self, board_id: int | None = None) -> list[ReportingRequest]:
        """Return the answered requests not yet assessed, oldest answer first."""
        return fetch_requests_awaiting_assessment(self._db.connection, board_id)

    @staticmethod
    def _write_change(
        conn: sqlite3.Connection,
        stored: ReportingRequest,
        changed: ReportingRequest,
        on: dt.date,
        note: str,
    ) -> None:
        """Write the request in its new status together with the event that records it."""
        assert stored.id is not None
        update_request(conn, changed)
        append_change(
            conn, REQUEST_EVENTS, stored.id, stored.status, changed.status, on, note.strip()
        )

    @staticmethod
    def _load(conn: sqlite3.Connection, request_id: int) -> ReportingRequest:
        request = fetch_request(conn, request_id)
        if request is None:
            raise missing_record("reporting_request", request_id, "request_id")
        return request
