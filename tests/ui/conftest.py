"""Fixtures for the window tests: private QSettings and stores filled with plain SQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from jamdesk.services.changes import RecordRef
from jamdesk.services.container import build_services
from jamdesk.services.example.municipality import Scale, write_example
from jamdesk.store.database import Database, open_database
from jamdesk.store.undo import UndoLog
from jamdesk.ui.operations import Operations
from jamdesk.ui.page import PageContext


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


@dataclass
class StoreBuilder:
    """Write organisations, boards and meetings into a store with plain SQL."""

    db: Database

    def organisation(self, name: str = "Exempelkommun") -> None:
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO organisation (id, name, delegation_name) VALUES (1, ?, ?)",
                (name, "Jämställdhetsdelegationen"),
            )

    def board(self, name: str) -> int:
        with self.db.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO board (name, kind, active_from) VALUES (?, 'board', '2020-01-01')",
                (name,),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def meeting(
        self,
        date: str,
        *,
        kind: str = "budget_dialogue",
        start: str = "13:00",
        end: str | None = "15:00",
        status: str = "planned",
        boards: Iterable[int] = (),
        title: str = "",
        place: str = "",
    ) -> int:
        with self.db.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO meeting (kind, title, meeting_date, start_time, end_time, place,"
                " status) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (kind, title, date, start, end, place, status),
            )
            meeting_id = cursor.lastrowid
            assert meeting_id is not None
            conn.executemany(
                "INSERT INTO meeting_board (meeting_id, board_id) VALUES (?, ?)",
                [(meeting_id, board_id) for board_id in boards],
            )
        return meeting_id

    def many_meetings(self, count: int, board_id: int) -> None:
        """Add ``count`` check-ins on consecutive days from 2020-01-01, one board each."""
        first = dt.date(2020, 1, 1)
        with self.db.transaction() as conn:
            for day in range(count):
                cursor = conn.execute(
                    "INSERT INTO meeting (kind, meeting_date, start_time, status)"
                    " VALUES ('check_in', ?, '09:00', 'held')",
                    ((first + dt.timedelta(days=day)).isoformat(),),
                )
                conn.execute(
                    "INSERT INTO meeting_board (meeting_id, board_id) VALUES (?, ?)",
                    (cursor.lastrowid, board_id),
                )


@pytest.fixture
def builder(db: Database) -> StoreBuilder:
    """Return a builder writing into the test's store."""
    return StoreBuilder(db)


@pytest.fixture
def filled(builder: StoreBuilder) -> Database:
    """Return a store with an organisation, three boards and four meetings."""
    builder.organisation("Exempelkommun")
    bun = builder.board("Barn- och utbildningsnämnden")
    soc = builder.board("Socialnämnden")
    ks = builder.board("Kommunstyrelsen")
    builder.meeting(
        "2026-11-23",
        kind="budget_dialogue",
        start="13:00",
        end="15:00",
        status="planned",
        boards=[soc, bun],
        title="Budgetdialog 2027",
        place="Sessionssalen",
    )
    builder.meeting("2026-03-10", kind="results_seminar", status="held", boards=[ks])
    builder.meeting("2026-06-02", kind="delegation_meeting", start="09:30", end=None, status="held")
    builder.meeting("2025-10-01", kind="check_in", status="cancelled", boards=[bun])
    return builder.db


TODAY = dt.date(2026, 11, 23)


@dataclass
class OpenedRecords:
    """The records a page asked the window to open, in order."""

    refs: list[RecordRef]


@pytest.fixture
def opened() -> OpenedRecords:
    """Collect what pages ask the window to open."""
    return OpenedRecords([])


@pytest.fixture
def page_context(db: Database, opened: OpenedRecords) -> PageContext:
    """Return what the window gives a page, on the empty store ``db``, today 2026-11-23."""
    return PageContext(
        services=build_services(db),
        operations=Operations(UndoLog(db)),
        today=lambda: TODAY,
        open_record=opened.refs.append,
    )


@pytest.fixture
def example_db(tmp_path: Path) -> Iterator[Database]:
    """Return the small example municipality as of 2026-11-23, on a real file."""
    path = tmp_path / "exempel.sqlite"
    write_example(path, scale=Scale.SMALL, seed=1, today=TODAY, force=False)
    database = open_database(path)
    yield database
    database.close()


@pytest.fixture
def example_context(example_db: Database, opened: OpenedRecords) -> PageContext:
    """Return what the window gives a page, on the small example municipality."""
    return PageContext(
        services=build_services(example_db),
        operations=Operations(UndoLog(example_db)),
        today=lambda: TODAY,
        open_record=opened.refs.append,
    )
