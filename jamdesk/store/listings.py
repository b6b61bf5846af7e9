"""Registry listings of boards, reporting requests and commitments, with their ids."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from jamdesk.domain.boards import BoardKind
from jamdesk.domain.commitments import CommitmentStatus
from jamdesk.domain.dates import date_from_iso, optional_date_from_iso
from jamdesk.domain.requests import ReportForm, RequestStatus
from jamdesk.store.people import swedish_sort_key


@dataclass(frozen=True)
class BoardListRow:
    """One board as the registry refers to it."""

    id: int
    name: str
    kind: BoardKind
    administration: str
    active_from: dt.date
    active_to: dt.date | None
    chair: str | None
    manager: str | None


@dataclass(frozen=True)
class RequestListRow:
    """One reporting request with the dates and diary numbers the registry files it under."""

    id: int
    board: str
    subject: str
    form: ReportForm
    due_on: dt.date
    status: RequestStatus
    sent_on: dt.date | None
    answered_on: dt.date | None
    request_diary_number: str
    answer_diary_number: str
    meeting_id: int | None


@dataclass(frozen=True)
class CommitmentListRow:
    """One commitment: who promised what, by when, and where it was made."""

    id: int
    board: str
    description: str
    responsible: str
    due_on: dt.date | None
    status: CommitmentStatus
    meeting_id: int | None


def list_boards(connection: sqlite3.Connection) -> list[BoardListRow]:
    """Return every board, in Swedish alphabetical order, with its chair and manager."""
    rows = connection.execute(
        """SELECT b.id, b.name, b.kind, b.administration, b.active_from, b.active_to,
                  chair.name, manager.name
             FROM board AS b
             LEFT JOIN person AS chair ON chair.id = b.chair_id
             LEFT JOIN person AS manager ON manager.id = b.manager_id"""
    ).fetchall()
    boards = [
        BoardListRow(
            id=row[0],
            name=row[1],
            kind=BoardKind(row[2]),
            administration=row[3],
            active_from=date_from_iso(row[4]),
            active_to=optional_date_from_iso(row[5]),
            chair=row[6],
            manager=row[7],
        )
        for row in rows
    ]
    # A municipality has a dozen boards: sorting them here gets å, ä, ö right.
    boards.sort(key=lambda board: (swedish_sort_key(board.name), board.id))
    return boards


def list_requests(connection: sqlite3.Connection) -> list[RequestListRow]:
    """Return every reporting request, the most recently made first."""
    rows = connection.execute(
        """SELECT r.id, b.name, r.subject, r.form, r.due_on, r.status, r.sent_on,
                  r.answered_on, r.request_diary_number, r.answer_diary_number, r.meeting_id
             FROM reporting_request AS r
             JOIN board AS b ON b.id = r.board_id
            ORDER BY r.created_on DESC, r.id DESC"""
    ).fetchall()
    return [
        RequestListRow(
            id=row[0],
            board=row[1],
            subject=row[2],
            form=ReportForm(row[3]),
            due_on=date_from_iso(row[4]),
            status=RequestStatus(row[5]),
            sent_on=optional_date_from_iso(row[6]),
            answered_on=optional_date_from_iso(row[7]),
            request_diary_number=row[8],
            answer_diary_number=row[9],
            meeting_id=row[10],
        )
        for row in rows
    ]


def list_commitments(connection: sqlite3.Connection) -> list[CommitmentListRow]:
    """Return every commitment, the most recently made first."""
    # The responsible person's record wins over the free text typed when there was none.
    rows = connection.execute(
        """SELECT c.id, b.name, c.description, coalesce(p.name, c.responsible), c.due_on,
                  c.status, c.meeting_id
             FROM commitment AS c
             JOIN board AS b ON b.id = c.board_id
             LEFT JOIN person AS p ON p.id = c.responsible_id
            ORDER BY c.created_on DESC, c.id DESC"""
    ).fetchall()
    return [
        CommitmentListRow(
            id=row[0],
            board=row[1],
            description=row[2],
            responsible=row[3],
            due_on=optional_date_from_iso(row[4]),
            status=CommitmentStatus(row[5]),
            meeting_id=row[6],
        )
        for row in rows
    ]
