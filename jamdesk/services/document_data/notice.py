"""Read the notice with its agenda (kallelse med föredragningslista) of one meeting."""

from __future__ import annotations

import datetime as dt
import sqlite3

from jamdesk.domain.meetings import ParticipantRole
from jamdesk.export.notice_export import AgendaEntry, CalledPerson, Notice
from jamdesk.export.swedish_labels import PARTICIPANT_ROLES
from jamdesk.services.document_data.common import meeting_heading, organisation_names
from jamdesk.services.meetings import require_meeting
from jamdesk.store import agenda as agenda_store
from jamdesk.store.meetings import fetch_participants
from jamdesk.store.people import load_person


def read_notice(conn: sqlite3.Connection, meeting_id: int, today: dt.date) -> Notice:
    """Return the notice of the meeting as issued ``today``; raise NotFoundError if none."""
    meeting = require_meeting(conn, meeting_id)
    organisation, delegation = organisation_names(conn)
    called: list[CalledPerson] = []
    secretary = ""
    for participant in fetch_participants(conn, meeting_id):
        person = load_person(conn, participant.person_id)
        if person is None or not participant.called:
            continue
        role = PARTICIPANT_ROLES[participant.role]
        if participant.role is ParticipantRole.SECRETARY and not secretary:
            secretary = person.name
        if person.title and participant.role in _TITLED_ROLES:
            role = person.title
        called.append(CalledPerson(person.name, role))
    items = tuple(
        AgendaEntry(item.position, item.title, item.diary_number)
        for item in agenda_store.fetch_items(conn, meeting_id)
    )
    closing = (
        f"Förhinder anmäls till sekreteraren {secretary}."
        if secretary
        else "Förhinder anmäls till delegationens sekreterare."
    )
    return Notice(
        organisation=organisation,
        body=delegation,
        meeting_kind=meeting_heading(conn, meeting),
        date=meeting.date,
        start=meeting.start,
        end=meeting.end,
        place=meeting.place,
        issued=min(today, meeting.date),
        called=tuple(called),
        items=items,
        author=secretary,
        closing=closing,
    )


# Officials and guests are called for what they do; their title says it best.
_TITLED_ROLES = frozenset(
    {ParticipantRole.BOARD_REPRESENTATIVE, ParticipantRole.OFFICIAL, ParticipantRole.GUEST}
)
