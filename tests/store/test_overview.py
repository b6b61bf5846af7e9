"""The Overview's queries: what is due, overdue, unanswered or quiet, as of a given day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from jamdesk.services.container import build_services
from jamdesk.services.example.municipality import Scale, write_example
from jamdesk.store.database import Database, open_database
from jamdesk.store.overview import (
    SECTION_LIMIT,
    action_plan_deadline,
    months_before,
    overdue_commitments,
    overdue_requests,
    quiet_boards,
    read_overview,
    requests_awaiting_assessment,
    unanswered_questions,
    upcoming_meetings,
)

TODAY = dt.date(2026, 11, 23)


def day(offset: int) -> str:
    """Return the ISO date ``offset`` days from TODAY."""
    return (TODAY + dt.timedelta(days=offset)).isoformat()


@dataclass
class Records:
    """Write exactly the rows a test needs, with plain SQL."""

    db: Database

    def _insert(self, sql: str, params: Iterable[object]) -> int:
        with self.db.transaction() as conn:
            row_id = conn.execute(sql, tuple(params)).lastrowid
        assert row_id is not None
        return row_id

    def organisation(self, signed: str | None) -> None:
        self._insert(
            "INSERT INTO organisation (id, name, delegation_name, charter_signed_on)"
            " VALUES (1, 'Jämköpings kommun', 'Jämställdhetsdelegationen', ?)",
            (signed,),
        )

    def board(
        self, name: str, active_from: str = "2020-01-01", active_to: str | None = None
    ) -> int:
        return self._insert(
            "INSERT INTO board (name, kind, active_from, active_to) VALUES (?, 'board', ?, ?)",
            (name, active_from, active_to),
        )

    def meeting(
        self,
        date: str,
        *,
        boards: Iterable[int] = (),
        kind: str = "budget_dialogue",
        status: str = "planned",
        start: str = "13:00",
    ) -> int:
        meeting_id = self._insert(
            "INSERT INTO meeting (kind, meeting_date, start_time, status) VALUES (?, ?, ?, ?)",
            (kind, date, start, status),
        )
        with self.db.transaction() as conn:
            conn.executemany(
                "INSERT INTO meeting_board (meeting_id, board_id) VALUES (?, ?)",
                [(meeting_id, board_id) for board_id in boards],
            )
        return meeting_id

    def commitment(self, board: int, due_on: str, status: str = "open", text: str = "") -> int:
        return self._insert(
            "INSERT INTO commitment (board_id, description, created_on, due_on, status)"
            " VALUES (?, ?, '2020-01-01', ?, ?)",
            (board, text or f"Åtagande med förfallodag {due_on}", due_on, status),
        )

    def request(self, board: int, due_on: str, status: str, answered_on: str | None = None) -> int:
        return self._insert(
            "INSERT INTO reporting_request (board_id, subject, form, due_on, created_on, status,"
            " answered_on) VALUES (?, ?, 'statistics_by_sex', ?, '2020-01-01', ?, ?)",
            (board, f"Statistik uppdelad på kön, {status}", due_on, status, answered_on),
        )

    def question(self, meeting: int, board: int, status: str = "open") -> int:
        answer = "" if status == "open" else "Svar"
        return self._insert(
            "INSERT INTO question (meeting_id, board_id, text, answer, status)"
            " VALUES (?, ?, 'Hur fördelas resurserna mellan kvinnor och män?', ?, ?)",
            (meeting, board, answer, status),
        )

    def action(self, status: str = "planned") -> int:
        return self._insert(
            "INSERT INTO action_plan_item (action, status) VALUES (?, ?)",
            ("Införa könsuppdelad statistik", status),
        )


@pytest.fixture
def records(db: Database) -> Records:
    return Records(db)


def test_a_new_store_has_nothing_to_show(db: Database) -> None:
    overview = read_overview(db.connection, TODAY)

    assert overview.is_empty()
    assert not overview.has_boards
    assert overview.as_of == TODAY


def test_a_store_with_only_an_inactive_board_is_empty_but_not_new(records: Records) -> None:
    records.board("Servicenämnden", active_to="2023-12-31")

    overview = read_overview(records.db.connection, TODAY)

    assert overview.is_empty()
    assert overview.has_boards


def test_upcoming_meetings_are_the_planned_ones_of_the_next_30_days_soonest_first(
    records: Records,
) -> None:
    board = records.board("Socialnämnden")
    later_today = records.meeting(day(0), boards=[board], start="15:00")
    earlier_today = records.meeting(day(0), boards=[board], start="09:00")
    last_day = records.meeting(day(30), boards=[board])
    records.meeting(day(31), boards=[board])
    records.meeting(day(-1), boards=[board])
    records.meeting(day(3), boards=[board], status="cancelled")
    records.meeting(day(-2), boards=[board], status="held")

    section = upcoming_meetings(records.db.connection, TODAY)

    assert section.total == 3
    assert [row.id for row in section.rows] == [earlier_today, later_today, last_day]
    assert section.rows[0].start == dt.time(9, 0)
    assert section.rows[0].boards == ("Socialnämnden",)


def test_upcoming_meeting_lists_its_boards_in_swedish_order(records: Records) -> None:
    boards = [records.board(name) for name in ("Östra nämnden", "Ängsnämnden", "Åsnämnden")]
    records.meeting(day(5), boards=boards)
    records.meeting(day(6), kind="delegation_meeting")

    rows = upcoming_meetings(records.db.connection, TODAY).rows

    assert rows[0].boards == ("Åsnämnden", "Ängsnämnden", "Östra nämnden")
    assert rows[1].boards == ()


def test_each_section_shows_the_first_few_and_counts_them_all(records: Records) -> None:
    board = records.board("Socialnämnden")
    ids = [records.meeting(day(offset), boards=[board]) for offset in range(7, 0, -1)]

    section = upcoming_meetings(records.db.connection, TODAY)

    assert section.total == 7
    assert len(section.rows) == SECTION_LIMIT
    assert [row.id for row in section.rows] == list(reversed(ids))[:SECTION_LIMIT]
    assert len(upcoming_meetings(records.db.connection, TODAY, limit=2).rows) == 2


def test_overdue_commitments_are_pending_ones_due_before_today_oldest_first(
    records: Records,
) -> None:
    board = records.board("Tekniska nämnden")
    recent = records.commitment(board, day(-1))
    oldest = records.commitment(board, day(-200), status="in_progress")
    records.commitment(board, day(0))  # due today: not yet overdue
    for status in ("fulfilled", "not_fulfilled", "withdrawn"):
        records.commitment(board, day(-30), status=status)

    section = overdue_commitments(records.db.connection, TODAY)

    assert section.total == 2
    assert [row.id for row in section.rows] == [oldest, recent]
    assert section.rows[0].board == "Tekniska nämnden"
    assert section.rows[0].due_on == TODAY - dt.timedelta(days=200)


def test_overdue_requests_are_those_awaiting_an_answer_past_their_due_date(
    records: Records,
) -> None:
    board = records.board("Vård- och omsorgsnämnden")
    sent = records.request(board, day(-10), "sent")
    supplement = records.request(board, day(-40), "supplement_requested")
    records.request(board, day(0), "sent")
    records.request(board, day(-10), "draft")
    records.request(board, day(-10), "answered", answered_on=day(-12))
    records.request(board, day(-10), "assessed_sufficient", answered_on=day(-12))

    section = overdue_requests(records.db.connection, TODAY)

    assert [row.id for row in section.rows] == [supplement, sent]
    assert section.rows[0].date == TODAY - dt.timedelta(days=40)
    assert section.rows[0].board == "Vård- och omsorgsnämnden"


def test_answered_requests_wait_for_assessment_oldest_answer_first(records: Records) -> None:
    board = records.board("Kommunstyrelsen")
    newer = records.request(board, day(10), "answered", answered_on=day(-1))
    older = records.request(board, day(-10), "answered", answered_on=day(-20))
    records.request(board, day(-10), "assessed_sufficient", answered_on=day(-30))
    records.request(board, day(-10), "supplement_requested", answered_on=day(-30))

    section = requests_awaiting_assessment(records.db.connection)

    assert [row.id for row in section.rows] == [older, newer]
    assert section.rows[1].date == TODAY - dt.timedelta(days=1)


def test_unanswered_questions_come_from_held_meetings_only(records: Records) -> None:
    board = records.board("Barn- och utbildningsnämnden")
    held_late = records.meeting(day(-5), boards=[board], status="held")
    held_early = records.meeting(day(-50), boards=[board], status="held")
    planned = records.meeting(day(5), boards=[board])
    later = records.question(held_late, board)
    earlier = records.question(held_early, board)
    records.question(planned, board)
    records.question(held_late, board, status="answered")
    records.question(held_late, board, status="needs_follow_up")

    section = unanswered_questions(records.db.connection)

    assert [row.id for row in section.rows] == [earlier, later]
    assert section.rows[0].meeting_id == held_early
    assert section.rows[0].asked_on == TODAY - dt.timedelta(days=50)


def test_a_board_is_quiet_without_a_dialogue_held_in_the_last_twelve_months(
    records: Records,
) -> None:
    just_in_time = records.board("Socialnämnden")
    records.meeting("2025-11-23", boards=[just_in_time], status="held")
    a_day_late = records.board("Tekniska nämnden")
    records.meeting("2025-11-22", boards=[a_day_late], status="held")
    never = records.board("Överförmyndarnämnden")
    only_other_meetings = records.board("Kommunstyrelsen")
    records.meeting(day(-3), boards=[only_other_meetings], kind="delegation_meeting", status="held")
    records.meeting(day(-3), boards=[only_other_meetings], status="cancelled")
    records.meeting(day(3), boards=[only_other_meetings])
    records.meeting("2024-05-05", boards=[only_other_meetings], kind="check_in", status="held")
    records.board("Servicenämnden", active_to="2023-12-31")
    records.board("Framtidsnämnden", active_from="2027-01-01")

    section = quiet_boards(records.db.connection, TODAY)

    assert [row.id for row in section.rows] == [never, only_other_meetings, a_day_late]
    assert [row.last_dialogue for row in section.rows] == [
        None,
        dt.date(2024, 5, 5),
        dt.date(2025, 11, 22),
    ]


def test_a_board_ending_today_still_counts_as_active(records: Records) -> None:
    board = records.board("Valnämnden", active_to=TODAY.isoformat())

    assert [row.id for row in quiet_boards(records.db.connection, TODAY).rows] == [board]


@pytest.mark.parametrize(
    ("day_", "expected"),
    [
        (dt.date(2026, 11, 23), dt.date(2025, 11, 23)),
        (dt.date(2028, 2, 29), dt.date(2027, 2, 28)),
        (dt.date(2026, 1, 31), dt.date(2025, 1, 31)),
    ],
)
def test_twelve_months_back_keeps_the_day_where_the_month_has_it(
    day_: dt.date, expected: dt.date
) -> None:
    assert months_before(day_, 12) == expected


def test_months_back_across_a_year_end_and_into_a_short_month() -> None:
    assert months_before(dt.date(2026, 3, 31), 1) == dt.date(2026, 2, 28)
    assert months_before(dt.date(2026, 1, 15), 2) == dt.date(2025, 11, 15)


def test_no_action_plan_deadline_without_a_signed_charter(records: Records) -> None:
    assert action_plan_deadline(records.db.connection, TODAY) is None
    records.organisation(None)
    assert action_plan_deadline(records.db.connection, TODAY) is None


def test_an_action_plan_deadline_ahead_is_shown_with_or_without_a_plan(
    records: Records,
) -> None:
    records.organisation("2025-06-01")

    deadline = action_plan_deadline(records.db.connection, TODAY)
    assert deadline is not None
    assert (deadline.signed_on, deadline.due_on) == (dt.date(2025, 6, 1), dt.date(2027, 6, 1))
    assert not deadline.has_plan

    records.action()
    deadline = action_plan_deadline(records.db.connection, TODAY)
    assert deadline is not None
    assert deadline.has_plan


def test_a_passed_deadline_is_shown_only_while_there_is_no_plan(records: Records) -> None:
    records.organisation("2023-01-10")
    records.action(status="cancelled")  # a plan whose only action was dropped is no plan

    deadline = action_plan_deadline(records.db.connection, TODAY)
    assert deadline is not None
    assert deadline.due_on == dt.date(2025, 1, 10)
    assert not deadline.has_plan

    records.action(status="ongoing")
    assert action_plan_deadline(records.db.connection, TODAY) is None


def test_the_deadline_day_itself_is_still_ahead(records: Records) -> None:
    records.organisation("2024-11-23")
    records.action()

    deadline = action_plan_deadline(records.db.connection, TODAY)

    assert deadline is not None
    assert deadline.due_on == TODAY


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """Return the small example municipality as of TODAY (read only in these tests)."""
    path: Path = tmp_path_factory.mktemp("example") / "exempel.sqlite"
    write_example(path, scale=Scale.SMALL, seed=1, today=TODAY, force=False)
    database = open_database(path)
    yield database
    database.close()


def test_example_overview_agrees_with_the_services_follow_up_lists(example: Database) -> None:
    services = build_services(example)

    overview = read_overview(example.connection, TODAY)

    overdue = services.commitments.overdue(TODAY)
    assert overview.overdue_commitments.total == len(overdue) > 0
    assert [row.id for row in overview.overdue_commitments.rows] == [
        commitment.id for commitment in overdue[:SECTION_LIMIT]
    ]
    late = services.requests.overdue(TODAY)
    assert overview.overdue_requests.total == len(late) > 0
    assert [row.id for row in overview.overdue_requests.rows] == [
        request.id for request in late[:SECTION_LIMIT]
    ]
    waiting = services.requests.awaiting_assessment()
    assert overview.awaiting_assessment.total == len(waiting) > 0
    assert [row.id for row in overview.awaiting_assessment.rows] == [
        request.id for request in waiting[:SECTION_LIMIT]
    ]


def test_example_overview_counts_open_questions_of_held_meetings(example: Database) -> None:
    expected = example.connection.execute(
        "SELECT count(*) FROM question JOIN meeting ON meeting.id = question.meeting_id"
        " WHERE question.status = 'open' AND meeting.status = 'held'"
    ).fetchone()[0]

    section = unanswered_questions(example.connection)

    assert section.total == expected > SECTION_LIMIT
    assert len(section.rows) == SECTION_LIMIT
    dates = [row.asked_on for row in section.rows]
    assert dates == sorted(dates)


def test_example_has_met_every_active_board_and_its_plan_is_in_place(example: Database) -> None:
    overview = read_overview(example.connection, TODAY)

    assert overview.quiet_boards.total == 0  # the ceased Servicenämnden is not asked about
    assert overview.action_plan is None  # signed 2014, plan recorded
    assert not overview.is_empty()
