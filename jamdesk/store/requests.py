"""Reporting requests as rows, and the follow-up lists over them."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from jamdesk.domain.dates import date_from_iso, date_to_iso, optional_date_from_iso
from jamdesk.domain.requests import (
    AWAITING_ANSWER_STATUSES,
    ReportForm,
    ReportingRequest,
    RequestStatus,
)
from jamdesk.store.sql import placeholders

_COLUMNS = """
    r.id, r.board_id, r.subject, r.form, r.form_details, r.due_on, r.created_on,
    r.meeting_id, r.paragraph_id, r.agenda_item_id, r.question_id, r.commitment_id,
    r.status, r.sent_on, r.answered_on, r.assessed_on, r.request_diary_number,
    r.answer_diary_number, r.assessment_note
"""

# The statuses of AWAITING_ANSWER_STATUSES as SQL parameters, so the lists below follow
# the domain's rule rather than a copy of it.
_AWAITING = tuple(sorted(status.value for status in AWAITING_ANSWER_STATUSES))
_AWAITING_PLACEHOLDERS = ", ".join("?" for _ in _AWAITING)


def _optional_iso(value: dt.date | None) -> str | None:
    return None if value is None else date_to_iso(value)


def _request_from_row(row: Any) -> ReportingRequest:
    return ReportingRequest(
        id=row[0],
        board_id=row[1],
        subject=row[2],
        form=ReportForm(row[3]),
        form_details=row[4],
        due_on=date_from_iso(row[5]),
        created_on=date_from_iso(row[6]),
        meeting_id=row[7],
        paragraph_id=row[8],
        agenda_item_id=row[9],
        question_id=row[10],
        commitment_id=row[11],
        status=RequestStatus(row[12]),
        sent_on=optional_date_from_iso(row[13]),
        answered_on=optional_date_from_iso(row[14]),
        assessed_on=optional_date_from_iso(row[15]),
        request_diary_number=row[16],
        answer_diary_number=row[17],
        assessment_note=row[18],
    )


def _request_values(request: ReportingRequest) -> tuple[object, ...]:
    return (
        request.board_id,
        request.subject,
        request.form.value,
        request.form_details,
        date_to_iso(request.due_on),
        date_to_iso(request.created_on),
        request.meeting_id,
        request.paragraph_id,
        request.agenda_item_id,
        request.question_id,
        request.commitment_id,
        request.status.value,
        _optional_iso(request.sent_on),
        _optional_iso(request.answered_on),
        _optional_iso(request.assessed_on),
        request.request_diary_number,
        request.answer_diary_number,
        request.assessment_note,
    )


_WRITTEN_COLUMNS = (
    "board_id, subject, form, form_details, due_on, created_on, meeting_id, paragraph_id, "
    "agenda_item_id, question_id, commitment_id, status, sent_on, answered_on, assessed_on, "
    "request_diary_number, answer_diary_number, assessment_note"
)


def insert_request(connection: sqlite3.Connection, request: ReportingRequest) -> int:
    """Insert a reporting request and return its id."""
    marks = placeholders(len(_WRITTEN_COLUMNS.split(",")))
    cursor = connection.execute(
        f"INSERT INTO reporting_request ({_WRITTEN_COLUMNS}) VALUES ({marks})",
        _request_values(request),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def update_request(connection: sqlite3.Connection, request: ReportingRequest) -> None:
    """Write every column of a stored reporting request."""
    assignments = ", ".join(f"{column.strip()} = ?" for column in _WRITTEN_COLUMNS.split(","))
    connection.execute(
        f"UPDATE reporting_request SET {assignments} WHERE id = ?",
        (*_request_values(request), request.id),
    )


def fetch_request(connection: sqlite3.Connection, request_id: int) -> ReportingRequest | None:
    """Return the reporting request ``request_id``, or None."""
    row = connection.execute(
        f"SELECT {_COLUMNS} FROM reporting_request r WHERE r.id = ?", (request_id,)
    ).fetchone()
    return None if row is None else _request_from_row(row)


def _awaiting_answer(
    connection: sqlite3.Connection, due_condition: str, params: list[object], board_id: int | None
) -> list[ReportingRequest]:
    sql = (
        f"SELECT {_COLUMNS} FROM reporting_request r "
        f"WHERE r.status IN ({_AWAITING_PLACEHOLDERS}) AND {due_condition}"
    )
    all_params: list[object] = [*_AWAITING, *params]
    if board_id is not None:
        sql += " AND r.board_id = ?"
        all_params.append(board_id)
    rows = connection.execute(sql + " ORDER BY r.due_on, r.id", all_params).fetchall()
    return [_request_from_row(row) for row in rows]


def fetch_overdue_requests(
    connection: sqlite3.Connection, as_of: dt.date, board_id: int | None = None
) -> list[ReportingRequest]:
    """Return the requests whose answer was due before ``as_of``, earliest due date first."""
    # Same rule as domain.requests.request_is_overdue: awaiting an answer and due_on < as_of.
    return _awaiting_answer(connection, "r.due_on < ?", [date_to_iso(as_of)], board_id)


def fetch_requests_due_between(
    connection: sqlite3.Connection, first: dt.date, last: dt.date, board_id: int | None = None
) -> list[ReportingRequest]:
    """Return the requests awaiting an answer due from ``first`` to ``last`` inclusive."""
    return _awaiting_answer(
        connection,
        "r.due_on BETWEEN ? AND ?",
        [date_to_iso(first), date_to_iso(last)],
        board_id,
    )


def fetch_requests_awaiting_assessment(
    connection: sqlite3.Connection, board_id: int | None = None
) -> list[ReportingRequest]:
    """Return the answered requests the delegation has still to assess, oldest answer first."""
    sql = f"SELECT {_COLUMNS} FROM reporting_request r WHERE r.status = ?"
    params: list[object] = [RequestStatus.ANSWERED.value]
    if board_id is not None:
        sql += " AND r.board_id = ?"
        params.append(board_id)
    rows = connection.execute(sql + " ORDER BY r.answered_on, r.id", params).fetchall()
    return [_request_from_row(row) for row in rows]


def requests_decided_at(connection: sqlite3.Connection, meeting_id: int) -> list[int]:
    """Return the ids of the reporting requests the meeting decided, oldest first.

    A request belongs to the meeting where it was made, or to the meeting whose minutes hold
    the paragraph that decided it (a request written up after the meeting says so).
    """
    rows = connection.execute(
        """
        SELECT r.id FROM reporting_request r WHERE r.meeting_id = ?
        UNION
        SELECT r.id FROM reporting_request r
          JOIN minutes_paragraph p ON p.id = r.paragraph_id
          JOIN minutes m ON m.id = p.minutes_id
         WHERE m.meeting_id = ?
        ORDER BY 1
        """,
        (meeting_id, meeting_id),
    )
    return [int(request_id) for (request_id,) in rows]


def cite_paragraph(connection: sqlite3.Connection, agenda_item_id: int, paragraph_id: int) -> None:
    """Have the requests made at the agenda item cite the paragraph, unless they cite one."""
    connection.execute(
        "UPDATE reporting_request SET paragraph_id = ?"
        " WHERE agenda_item_id = ? AND paragraph_id IS NULL",
        (paragraph_id, agenda_item_id),
    )
