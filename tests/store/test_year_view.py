"""The year view query: boards of the year, their meetings by month, and who needs a dialogue."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from jamdesk.domain.meetings import MeetingKind, MeetingStatus
from jamdesk.store.database import Database
from jamdesk.store.year_view import BoardYear, board_years, twelve_months_before
from tests.store.test_meetings_store import add_board

TODAY = dt.date(2026, 11, 23)


def add_meeting(
    db: Database,
    date: str,
    boards: Iterable[int],
    *,
    kind: str = "budget_dialogue",
    status: str = "held",
    start: str = "13:00",
) -> int:
    with db.transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO meeting (kind, meeting_date, start_time, status) VALUES (?, ?, ?, ?)",
            (kind, date, start, status),
        )
        meeting_id = cursor.lastrowid
        assert meeting_id is not None
        conn.executemany(
            "INSERT INTO meeting_board (meeting_id, board_id) VALUES (?, ?)",
            [(meeting_id, board) for board in boards],
        )
    return meeting_id


def by_name(rows: list[BoardYear]) -> dict[str, BoardYear]:
    return {row.name: row for row in rows}


def marks(row: BoardYear) -> dict[int, list[tuple[str, int, str]]]:
    """Return the row's months that hold meetings: kind, day and status of each."""
    return {
        number + 1: [(m.kind.value, m.date.day, m.status.value) for m in month]
        for number, month in enumerate(row.months)
        if month
    }


def test_rows_are_the_boards_active_that_year_in_swedish_order(db: Database) -> None:
    add_board(db, "Överförmyndarnämnden")
    add_board(db, "Arbetsmarknadsnämnden", active_from="2021-01-01")
    add_board(db, "Ängsholmshem")
    add_board(db, "Servicenämnden", active_to="2023-12-31")
    add_board(db, "Valnämnden", active_from="2027-01-01")
    add_board(db, "Kommunstyrelsen")

    names = [row.name for row in board_years(db.connection, 2026, TODAY)]
    old_names = [row.name for row in board_years(db.connection, 2020, TODAY)]

    assert names == [
        "Arbetsmarknadsnämnden",
        "Kommunstyrelsen",
        "Ängsholmshem",
        "Överförmyndarnämnden",
    ]
    assert old_names == [
        "Kommunstyrelsen",
        "Servicenämnden",
        "Ängsholmshem",
        "Överförmyndarnämnden",
    ]


def test_each_month_holds_the_boards_meetings_in_date_order(db: Database) -> None:
    social = add_board(db, "Socialnämnden")
    culture = add_board(db, "Kultur- och fritidsnämnden")
    add_meeting(db, "2026-03-20", [social], kind="results_seminar", status="planned")
    add_meeting(db, "2026-03-12", [social, culture])
    add_meeting(db, "2026-10-05", [culture], kind="check_in", status="cancelled")
    add_meeting(db, "2025-03-12", [social])  # another year
    add_meeting(db, "2027-01-04", [social])  # another year

    rows = by_name(board_years(db.connection, 2026, TODAY))

    assert marks(rows["Socialnämnden"]) == {
        3: [("budget_dialogue", 12, "held"), ("results_seminar", 20, "planned")]
    }
    assert marks(rows["Kultur- och fritidsnämnden"]) == {
        3: [("budget_dialogue", 12, "held")],
        10: [("check_in", 5, "cancelled")],
    }
    [first, second] = rows["Socialnämnden"].months[2]
    assert (first.start, first.end, first.status) == (dt.time(13, 0), None, MeetingStatus.HELD)
    assert second.kind is MeetingKind.RESULTS_SEMINAR


def test_a_board_without_a_held_dialogue_in_twelve_months_is_flagged(db: Database) -> None:
    recent = add_board(db, "Socialnämnden")
    stale = add_board(db, "Tekniska nämnden")
    only_planned = add_board(db, "Valnämnden")
    never = add_board(db, "Räddningsnämnden")
    ceased = add_board(db, "Servicenämnden", active_to="2023-12-31")
    add_meeting(db, "2026-02-10", [recent], kind="check_in")
    add_meeting(db, "2025-06-01", [stale])
    add_meeting(db, "2026-05-01", [stale], kind="delegation_meeting")  # not a dialogue
    add_meeting(db, "2026-04-01", [stale], status="cancelled")
    add_meeting(db, "2026-12-01", [only_planned], status="planned")
    add_meeting(db, "2025-11-23", [only_planned])  # exactly twelve months before today
    add_meeting(db, "2023-05-01", [ceased])
    del never

    rows = by_name(board_years(db.connection, 2023, TODAY))

    flags = {name: (row.needs_dialogue, row.last_held) for name, row in rows.items()}
    assert flags == {
        "Socialnämnden": (False, dt.date(2026, 2, 10)),
        "Tekniska nämnden": (True, dt.date(2025, 6, 1)),
        "Valnämnden": (True, dt.date(2025, 11, 23)),
        "Räddningsnämnden": (True, None),
        # A board that has ceased needs no more dialogues.
        "Servicenämnden": (False, dt.date(2023, 5, 1)),
    }


def test_a_held_dialogue_yesterday_clears_the_flag(db: Database) -> None:
    board = add_board(db, "Socialnämnden")
    add_meeting(db, "2025-11-24", [board])

    [row] = board_years(db.connection, 2026, TODAY)
    [later] = board_years(db.connection, 2026, TODAY + dt.timedelta(days=1))

    assert not row.needs_dialogue
    assert later.needs_dialogue


def test_the_whole_year_is_one_statement(db: Database) -> None:
    boards = [add_board(db, f"Nämnd {number}") for number in range(8)]
    for month in range(1, 13):
        add_meeting(db, f"2026-{month:02d}-10", boards[month % 8 : month % 8 + 2])
    statements: list[str] = []
    db.connection.set_trace_callback(statements.append)
    try:
        rows = board_years(db.connection, 2026, TODAY)
    finally:
        db.connection.set_trace_callback(None)

    assert len(rows) == 8
    assert sum(len(month) for row in rows for month in row.months) == 23
    assert len(statements) == 1


def test_twelve_months_before_a_leap_day_is_the_28th() -> None:
    assert twelve_months_before(dt.date(2028, 2, 29)) == dt.date(2027, 2, 28)
    assert twelve_months_before(TODAY) == dt.date(2025, 11, 23)
