"""The end-to-end tests' world: a store set up as the secretary finds it on 2026-11-23,
the real window open on it, private QSettings and message boxes that never block."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from jamdesk.domain.boards import Board, BoardKind
from jamdesk.domain.commitments import Commitment
from jamdesk.domain.meetings import Meeting, MeetingKind, MeetingStatus, ParticipantRole
from jamdesk.domain.organisation import Organisation
from jamdesk.domain.people import DelegationMembership, DelegationRole, Person, PersonKind
from jamdesk.domain.requests import ReportForm, ReportingRequest
from jamdesk.services.container import Services, build_services
from jamdesk.store.database import Database
from jamdesk.store.undo import UndoLog
from jamdesk.ui.main_window import MainWindow
from jamdesk.ui.operations import Operations

TODAY = dt.date(2026, 11, 23)
EARLIER_DIALOGUE = dt.date(2026, 3, 10)

SOCIAL_COMMITMENT = "Ta fram en jämställdhetsanalys av hemtjänstens biståndsbeslut"
OVERDUE_REQUEST = "Könsuppdelad statistik över försörjningsstödet"
TECHNICAL_COMMITMENT = "Redovisa snöröjningens prioriteringar ur ett jämställdhetsperspektiv"


@pytest.fixture(autouse=True)
def qt_settings(tmp_path: Path, qapp: QApplication) -> Iterator[Path]:
    """Keep every QSettings of the test in a temporary folder, never the user's own."""
    folder = tmp_path / "settings"
    folder.mkdir()
    previous_format = QSettings.defaultFormat()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    qapp.setOrganizationName("JamDesk")
    qapp.setApplicationName("JamDesk")
    yield folder
    QSettings.setDefaultFormat(previous_format)


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer every message box at once (No to a question) and collect what it said.

    A message box would block the test; the flow expects none, so the test asserts the
    list stays empty and, if not, shows what the window wanted to tell the secretary.
    """
    said: list[str] = []

    def answer(*args: Any, **_kwargs: Any) -> QMessageBox.StandardButton:
        said.append(" | ".join(str(arg) for arg in args[1:3]))
        return QMessageBox.StandardButton.No

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, answer)
    return said


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Bring ``window`` to the front, as the secretary's click on it would."""
    window.activateWindow()
    # Activation comes asynchronously (and qWaitForWindowActive does not wait for it offscreen).
    qtbot.waitUntil(window.isActiveWindow)


# -- the store, set up through the services ------------------------------------------------


@dataclass(frozen=True)
class Cast:
    """The ids of the records the flow starts from."""

    social: int
    technical: int
    manager: int
    chair: int
    vice_chair: int
    member: int
    social_commitment: int
    overdue_request: int
    technical_commitment: int


def _person(services: Services, name: str, kind: PersonKind, title: str = "") -> int:
    person = services.people.create(Person(name, kind, title=title)).value
    assert person.id is not None
    return person.id


def _held_dialogue(
    services: Services, kind: MeetingKind, day: dt.date, board_id: int, called: list[int]
) -> int:
    meeting = services.meetings.plan(
        Meeting(kind, day, dt.time(13, 0), dt.time(15, 0), "Sessionssalen", board_ids=(board_id,))
    ).value
    assert meeting.id is not None
    roles = (ParticipantRole.CHAIR, ParticipantRole.VICE_CHAIR, ParticipantRole.MEMBER)
    for person_id, role in zip(called, roles, strict=True):
        services.meetings.call(meeting.id, person_id, role)
    services.meetings.set_status(meeting.id, MeetingStatus.HELD)
    return meeting.id


def set_up_store(services: Services) -> Cast:
    """Set up the organisation, two boards, the delegation and what is outstanding."""
    services.organisation.set_up(
        Organisation("Exempelkommun", "Jämställdhetsdelegationen", dt.date(2024, 3, 8))
    )
    manager = _person(services, "Örjan Lindqvist", PersonKind.OFFICIAL, "Socialchef")
    board_chair = _person(services, "Karin Öberg", PersonKind.POLITICIAN)
    social = services.boards.create(
        Board(
            "Socialnämnden",
            BoardKind.BOARD,
            dt.date(2019, 1, 1),
            "Socialförvaltningen",
            chair_id=board_chair,
            manager_id=manager,
        )
    ).value
    technical = services.boards.create(
        Board("Tekniska nämnden", BoardKind.BOARD, dt.date(2019, 1, 1))
    ).value
    assert social.id is not None and technical.id is not None

    delegation = [
        _person(services, name, PersonKind.POLITICIAN)
        for name in ("Anna Ek", "Bertil Ödman", "Cecilia Holm")
    ]
    roles = (DelegationRole.CHAIR, DelegationRole.VICE_CHAIR, DelegationRole.MEMBER)
    for person_id, role in zip(delegation, roles, strict=True):
        services.people.add_membership(DelegationMembership(person_id, role, dt.date(2023, 1, 1)))

    earlier = _held_dialogue(
        services, MeetingKind.RESULTS_SEMINAR, EARLIER_DIALOGUE, social.id, delegation
    )
    commitment = services.commitments.record(
        Commitment(
            social.id,
            SOCIAL_COMMITMENT,
            EARLIER_DIALOGUE,
            due_on=dt.date(2027, 1, 31),
            made_by_id=manager,
            meeting_id=earlier,
        )
    ).value
    request = services.requests.create(
        ReportingRequest(
            social.id,
            OVERDUE_REQUEST,
            ReportForm.STATISTICS_BY_SEX,
            due_on=dt.date(2026, 10, 31),
            created_on=EARLIER_DIALOGUE,
            meeting_id=earlier,
        )
    ).value
    assert request.id is not None
    services.requests.mark_sent(request.id, dt.date(2026, 3, 20), "KS 2026/41")

    check_in = _held_dialogue(
        services, MeetingKind.CHECK_IN, dt.date(2026, 5, 12), technical.id, delegation
    )
    contrast = services.commitments.record(
        Commitment(
            technical.id,
            TECHNICAL_COMMITMENT,
            dt.date(2026, 5, 12),
            due_on=dt.date(2027, 2, 28),
            meeting_id=check_in,
        )
    ).value
    assert commitment.id is not None and contrast.id is not None
    return Cast(
        social=social.id,
        technical=technical.id,
        manager=manager,
        chair=delegation[0],
        vice_chair=delegation[1],
        member=delegation[2],
        social_commitment=commitment.id,
        overdue_request=request.id,
        technical_commitment=contrast.id,
    )


@pytest.fixture
def services(db: Database) -> Services:
    """Return the services of the test's store."""
    return build_services(db)


@pytest.fixture
def cast(services: Services) -> Cast:
    """Set the store up as the secretary finds it on 2026-11-23."""
    return set_up_store(services)


@pytest.fixture
def window(qtbot: QtBot, services: Services, cast: Cast, db: Database) -> Iterator[MainWindow]:
    """Open the real window on the store, today being 2026-11-23."""
    del cast  # the store is set up before the window opens on it
    operations = Operations(UndoLog(db))
    shown = MainWindow(services, operations, today=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.show()
    activate(qtbot, shown)
    yield shown
    shown.close()
