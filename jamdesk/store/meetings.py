"""Meetings in the store: the meeting row, the boards taking part and the participants."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from jamdesk.domain.dates import date_from_iso, date_to_iso, time_from_text, time_to_text
from jamdesk.domain.meetings import (
    Attendance,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Participant,
    ParticipantRole,
)


@dataclass(frozen=True)
class MeetingRecords:
    """How many records made at a meeting refer to it, by kind."""

    questions: int
    commitments: int
    requests: int
    minutes: int
    needs: int
    reviews: int


_MEETING_COLUMNS = "id, kind, title, meeting_date, start_time, end_time, place, status, notes"


def _meeting_params(meeting: Meeting) -> tuple[object, ...]:
    return (
        meeting.kind.value,
        meeting.title,
        date_to_iso(meeting.date),
        time_to_text(meeting.start),
        None if meeting.end is None else time_to_text(meeting.end),
        meeting.place,
        meeting.status.value,
        meeting.notes,
    )


def insert_meeting(connection: sqlite3.Connection, meeting: Meeting) -> int:
    """Insert the meeting and its boards; return the new id."""
    cursor = connection.execute(
        "INSERT INTO meeting (kind, title, meeting_date, start_time, end_time, place, status,"
        " notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        _meeting_params(meeting),
    )
    meeting_id = cursor.lastrowid
    assert meeting_id is not None
    set_meeting_boards(connection, meeting_id, meeting.board_ids)
    return meeting_id


def update_meeting(connection: sqlite3.Connection, meeting: Meeting) -> None:
    """Write the meeting's fields (status included) and replace its boards."""
    assert meeting.id is not None
    connection.execute(
        "UPDATE meeting SET kind = ?, title = ?, meeting_date = ?, start_time = ?, end_time = ?,"
        " place = ?, status = ?, notes = ? WHERE id = ?",
        (*_meeting_params(meeting), meeting.id),
    )
    set_meeting_boards(connection, meeting.id, meeting.board_ids)


def set_meeting_boards(
    connection: sqlite3.Connection, meeting_id: int, board_ids: Iterable[int]
) -> None:
    """Replace the boards taking part in the meeting."""
    connection.execute("DELETE FROM meeting_board WHERE meeting_id = ?", (meeting_id,))
    connection.executemany(
        "INSERT INTO meeting_board (meeting_id, board_id) VALUES (?, ?)",
        [(meeting_id, board_id) for board_id in board_ids],
    )


def set_meeting_status(
    connection: sqlite3.Connection, meeting_id: int, status: MeetingStatus
) -> None:
    """Store the meeting's new status."""
    connection.execute("UPDATE meeting SET status = ? WHERE id = ?", (status.value, meeting_id))


def delete_meeting(connection: sqlite3.Connection, meeting_id: int) -> None:
    """Delete the meeting; its boards, participants and agenda go with it."""
    connection.execute("DELETE FROM meeting WHERE id = ?", (meeting_id,))


def get_meeting(connection: sqlite3.Connection, meeting_id: int) -> Meeting | None:
    """Return the meeting with its boards, or None if there is none with that id."""
    row = connection.execute(
        f"SELECT {_MEETING_COLUMNS} FROM meeting WHERE id = ?", (meeting_id,)
    ).fetchone()
    if row is None:
        return None
    board_ids = tuple(
        board_id
        for (board_id,) in connection.execute(
            "SELECT board_id FROM meeting_board WHERE meeting_id = ? ORDER BY board_id",
            (meeting_id,),
        )
    )
    return Meeting(
        id=row[0],
        kind=MeetingKind(row[1]),
        title=row[2],
        date=date_from_iso(row[3]),
        start=time_from_text(row[4]),
        end=None if row[5] is None else time_from_text(row[5]),
        place=row[6],
        status=MeetingStatus(row[7]),
        board_ids=board_ids,
        notes=row[8],
    )


def count_meeting_records(connection: sqlite3.Connection, meeting_id: int) -> MeetingRecords:
    """Return how many questions, commitments and other records refer to the meeting."""
    row = connection.execute(
        """
        SELECT (SELECT count(*) FROM question WHERE meeting_id = :id),
               (SELECT count(*) FROM commitment WHERE meeting_id = :id),
               (SELECT count(*) FROM reporting_request WHERE meeting_id = :id),
               (SELECT count(*) FROM minutes WHERE meeting_id = :id),
               (SELECT count(*) FROM development_need WHERE meeting_id = :id),
               (SELECT count(*) FROM document_review WHERE meeting_id = :id)
        """,
        {"id": meeting_id},
    ).fetchone()
    return MeetingRecords(*(int(value) for value in row))


def boards_with_records(connection: sqlite3.Connection, meeting_id: int) -> dict[int, str]:
    """Return the names, by id, of the boards that the meeting's records concern."""
    rows = connection.execute(
        """
        SELECT id, name FROM board WHERE id IN (
            SELECT board_id FROM question WHERE meeting_id = :id
            UNION SELECT board_id FROM commitment WHERE meeting_id = :id
            UNION SELECT board_id FROM reporting_request WHERE meeting_id = :id)
        """,
        {"id": meeting_id},
    )
    return {int(board_id): str(name) for board_id, name in rows}


def has_adjusted_minutes(connection: sqlite3.Connection, meeting_id: int) -> bool:
    """Return whether any minutes of the meeting are adjusted."""
    row = connection.execute(
        "SELECT EXISTS (SELECT 1 FROM minutes WHERE meeting_id = ? AND adjusted = 1)",
        (meeting_id,),
    ).fetchone()
    return bool(row[0])


def _participant(row: tuple[Any, ...]) -> Participant:
    return Participant(
        meeting_id=row[0],
        person_id=row[1],
        role=ParticipantRole(row[2]),
        called=bool(row[3]),
        attendance=Attendance(row[4]),
        serving_for_id=row[5],
    )


_PARTICIPANT_COLUMNS = "meeting_id, person_id, role, called, attendance, serving_for_id"


def get_participant(
    connection: sqlite3.Connection, meeting_id: int, person_id: int
) -> Participant | None:
    """Return the person's place at the meeting, or None if they have none."""
    row = connection.execute(
        f"SELECT {_PARTICIPANT_COLUMNS} FROM meeting_participant"
        " WHERE meeting_id = ? AND person_id = ?",
        (meeting_id, person_id),
    ).fetchone()
    return None if row is None else _participant(row)


def fetch_participants(connection: sqlite3.Connection, meeting_id: int) -> list[Participant]:
    """Return everyone called to or attending the meeting, by role and then by name."""
    rows = connection.execute(
        """
        SELECT mp.meeting_id, mp.person_id, mp.role, mp.called, mp.attendance,
               mp.serving_for_id
          FROM meeting_participant mp JOIN person p ON p.id = mp.person_id
         WHERE mp.meeting_id = ?
         ORDER BY CASE mp.role WHEN 'chair' THEN 0 WHEN 'vice_chair' THEN 1
                  WHEN 'member' THEN 2 WHEN 'substitute' THEN 3 WHEN 'secretary' THEN 4
                  WHEN 'board_representative' THEN 5 WHEN 'official' THEN 6 ELSE 7 END,
                  p.name, p.id
        """,
        (meeting_id,),
    ).fetchall()
    return [_participant(row) for row in rows]


def save_participant(connection: sqlite3.Connection, participant: Participant) -> None:
    """Insert the participant, or overwrite the person's existing place at the meeting."""
    connection.execute(
        f"INSERT INTO meeting_participant ({_PARTICIPANT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (meeting_id, person_id) DO UPDATE SET role = excluded.role,"
        " called = excluded.called, attendance = excluded.attendance,"
        " serving_for_id = excluded.serving_for_id",
        (
            participant.meeting_id,
            participant.person_id,
            participant.role.value,
            int(participant.called),
            participant.attendance.value,
            participant.serving_for_id,
        ),
    )


def delete_participant(connection: sqlite3.Connection, meeting_id: int, person_id: int) -> None:
    """Remove the person from the meeting."""
    connection.execute(
        "DELETE FROM meeting_participant WHERE meeting_id = ? AND person_id = ?",
        (meeting_id, person_id),
    )


def serving_for(connection: sqlite3.Connection, meeting_id: int, person_id: int) -> list[int]:
    """Return the substitutes recorded as serving for the person at the meeting."""
    rows = connection.execute(
        "SELECT person_id FROM meeting_participant WHERE meeting_id = ? AND serving_for_id = ?",
        (meeting_id, person_id),
    )
    return [int(value) for (value,) in rows]
