"""The notice read from the store: who is called, the agenda in order, the meeting's words."""

from __future__ import annotations

import datetime as dt

import pytest

from jamdesk.domain.boards import Board, BoardKind
from jamdesk.domain.errors import NotFoundError
from jamdesk.domain.meetings import AgendaItemKind, Meeting, MeetingKind, ParticipantRole
from jamdesk.domain.organisation import Organisation
from jamdesk.domain.people import Person, PersonKind
from jamdesk.services.agenda import AgendaService
from jamdesk.services.boards import BoardService
from jamdesk.services.document_data.notice import read_notice
from jamdesk.services.meetings import MeetingService
from jamdesk.services.organisation import OrganisationService
from jamdesk.services.people import PersonService
from jamdesk.store.database import Database

TODAY = dt.date(2026, 11, 9)


def _setup(db: Database) -> int:
    OrganisationService(db).set_up(Organisation("Ekby kommun", "Jämställdhetsdelegationen"))
    people = PersonService(db)
    chair = people.create(Person("Åsa Öberg", PersonKind.POLITICIAN)).value
    secretary = people.create(Person("Sara Ek", PersonKind.OFFICIAL, title="Utredare")).value
    manager = people.create(
        Person("Örjan Lind", PersonKind.OFFICIAL, title="Förvaltningschef")
    ).value
    board = (
        BoardService(db)
        .create(Board("Socialnämnden", BoardKind.BOARD, active_from=dt.date(2020, 1, 1)))
        .value
    )
    assert board.id and chair.id and secretary.id and manager.id
    meetings = MeetingService(db)
    meeting = meetings.plan(
        Meeting(
            MeetingKind.BUDGET_DIALOGUE,
            dt.date(2026, 11, 23),
            dt.time(13, 0),
            dt.time(15, 0),
            place="Stadshuset",
            board_ids=(board.id,),
        )
    ).value
    assert meeting.id is not None
    meetings.call(meeting.id, chair.id, ParticipantRole.CHAIR)
    meetings.call(meeting.id, secretary.id, ParticipantRole.SECRETARY)
    meetings.call(meeting.id, manager.id, ParticipantRole.BOARD_REPRESENTATIVE)
    AgendaService(db).add_item(
        meeting.id, AgendaItemKind.FOLLOW_UP, "Könsuppdelad statistik i budgeten", "KS 2026/7"
    )
    return meeting.id


def test_the_notice_calls_each_person_in_a_role_and_lists_the_agenda(db: Database) -> None:
    meeting_id = _setup(db)

    notice = read_notice(db.connection, meeting_id, TODAY)

    assert (notice.organisation, notice.body) == ("Ekby kommun", "Jämställdhetsdelegationen")
    assert notice.meeting_kind == "Budgetdialog med socialnämnden"
    assert (notice.date, notice.start, notice.end) == (
        dt.date(2026, 11, 23),
        dt.time(13, 0),
        dt.time(15, 0),
    )
    assert notice.issued == TODAY
    assert [(person.name, person.role) for person in notice.called] == [
        ("Åsa Öberg", "Ordförande"),
        ("Sara Ek", "Sekreterare"),
        ("Örjan Lind", "Förvaltningschef"),
    ]
    assert notice.items[-1].title == "Könsuppdelad statistik i budgeten"
    assert notice.items[-1].diary_number == "KS 2026/7"
    assert [item.number for item in notice.items] == list(range(1, len(notice.items) + 1))
    assert notice.closing == "Förhinder anmäls till sekreteraren Sara Ek."
    assert notice.author == "Sara Ek"


def test_a_notice_issued_after_the_meeting_is_dated_with_the_meeting(db: Database) -> None:
    meeting_id = _setup(db)

    assert read_notice(db.connection, meeting_id, dt.date(2027, 1, 5)).issued == dt.date(
        2026, 11, 23
    )


def test_a_missing_meeting_is_not_found(db: Database) -> None:
    with pytest.raises(NotFoundError, match="404"):
        read_notice(db.connection, 404, TODAY)
