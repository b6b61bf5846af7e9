"""The follow-up lists: every filter and sort runs in SQL and agrees with the domain's rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol

import pytest

from jamdesk.domain.commitments import CommitmentStatus, commitment_is_overdue
from jamdesk.domain.meetings import MeetingKind
from jamdesk.domain.requests import RequestStatus, request_is_overdue
from jamdesk.services.example.municipality import Scale, write_example
from jamdesk.store.commitments import fetch_commitment
from jamdesk.store.database import Database, open_database
from jamdesk.store.follow_up_lists import (
    OUTSTANDING,
    CommitmentRows,
    CommitmentSort,
    FollowUpFilters,
    QuestionRows,
    QuestionSort,
    RequestRows,
    RequestSort,
)
from jamdesk.store.follow_up_query import FollowUpRows
from jamdesk.store.questions import fetch_question
from jamdesk.store.requests import fetch_request
from tests.store.test_follow_up_store import Seed, seed_follow_up

D = dt.date
TODAY = D(2026, 11, 23)


class _HasId(Protocol):
    @property
    def id(self) -> int: ...


def every_row(source: FollowUpRows[Any], sort: str, descending: bool = False) -> list[Any]:
    """Return all rows the source lets through, fetched in small pages."""
    rows: list[Any] = []
    while page := source.fetch(sort, descending, len(rows), 7):
        rows.extend(page)
    return rows


def ids(rows: Sequence[_HasId]) -> list[int]:
    return [row.id for row in rows]


# -- the small example municipality -------------------------------------------


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("example") / "exempel.sqlite"
    write_example(path, scale=Scale.SMALL, seed=1, today=TODAY, force=False)
    database = open_database(path)
    yield database
    database.close()


SOURCES: list[tuple[type[FollowUpRows[Any]], list[str]]] = [
    (QuestionRows, list(QuestionSort)),
    (CommitmentRows, list(CommitmentSort)),
    (RequestRows, list(RequestSort)),
]


@pytest.mark.parametrize(("source_class", "sorts"), SOURCES)
def test_every_sort_returns_every_row_once_in_pages(
    example: Database, source_class: type[FollowUpRows[Any]], sorts: list[str]
) -> None:
    source = source_class(example.connection, TODAY)
    total = source.count()
    assert total > 20
    for sort in sorts:
        for descending in (False, True):
            rows = every_row(source, sort, descending)
            assert len(rows) == total
            assert len(set(ids(rows))) == total
            # The row number the page jumps to agrees with the order fetched.
            for number in (0, total // 2, total - 1):
                assert source.position(rows[number].id, sort, descending) == number


@pytest.mark.parametrize(
    "filters",
    [
        FollowUpFilters(status=OUTSTANDING),
        FollowUpFilters(overdue_only=True),
        FollowUpFilters(due_within_days=30),
        FollowUpFilters(overdue_only=True, due_within_days=30),
        FollowUpFilters(meeting_kind=MeetingKind.BUDGET_DIALOGUE),
        FollowUpFilters(year=2026),
        FollowUpFilters(status=OUTSTANDING, meeting_kind=MeetingKind.CHECK_IN),
    ],
)
@pytest.mark.parametrize(("source_class", "sorts"), SOURCES)
def test_counts_match_what_is_fetched(
    example: Database,
    source_class: type[FollowUpRows[Any]],
    sorts: list[str],
    filters: FollowUpFilters,
) -> None:
    source = source_class(example.connection, TODAY)
    source.filters = filters
    assert source.count() == len(every_row(source, sorts[0]))


def test_overdue_commitments_agree_with_the_domain_rule(example: Database) -> None:
    source = CommitmentRows(example.connection, TODAY)
    everything = every_row(source, CommitmentSort.DUE)
    source.filters = FollowUpFilters(overdue_only=True)

    overdue = every_row(source, CommitmentSort.DUE)

    expected = [r.id for r in everything if commitment_is_overdue(r.status, r.due_on, TODAY)]
    assert expected, "the example has overdue commitments"
    assert sorted(ids(overdue)) == sorted(expected)


def test_overdue_requests_agree_with_the_domain_rule(example: Database) -> None:
    source = RequestRows(example.connection, TODAY)
    everything = every_row(source, RequestSort.DUE)
    source.filters = FollowUpFilters(overdue_only=True)

    overdue = every_row(source, RequestSort.DUE)

    expected = [r.id for r in everything if request_is_overdue(r.status, r.due_on, TODAY)]
    assert expected, "the example has overdue requests"
    assert sorted(ids(overdue)) == sorted(expected)


def test_goal_filter_agrees_with_the_tags(example: Database) -> None:
    conn = example.connection
    questions = QuestionRows(conn, TODAY)
    commitments = CommitmentRows(conn, TODAY)
    (goal_id,) = conn.execute(
        "SELECT goal_id FROM question_goal GROUP BY goal_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    all_questions = ids(every_row(questions, QuestionSort.TEXT))
    all_commitments = ids(every_row(commitments, CommitmentSort.DUE))
    questions.filters = commitments.filters = FollowUpFilters(goal_id=goal_id)

    tagged_questions = ids(every_row(questions, QuestionSort.TEXT))
    tagged_commitments = ids(every_row(commitments, CommitmentSort.DUE))

    def question_goals(question_id: int) -> tuple[int, ...]:
        question = fetch_question(conn, question_id)
        assert question is not None
        return question.goal_ids

    def commitment_goals(commitment_id: int) -> tuple[int, ...]:
        commitment = fetch_commitment(conn, commitment_id)
        assert commitment is not None
        return commitment.goal_ids

    assert tagged_questions
    assert sorted(tagged_questions) == sorted(
        q for q in all_questions if goal_id in question_goals(q)
    )
    assert sorted(tagged_commitments) == sorted(
        c for c in all_commitments if goal_id in commitment_goals(c)
    )


def test_board_meeting_kind_and_year_filters_agree_with_the_rows(example: Database) -> None:
    source = RequestRows(example.connection, TODAY)
    everything = every_row(source, RequestSort.CREATED)
    board_id = everything[0].board_id

    source.filters = FollowUpFilters(board_id=board_id)
    assert ids(every_row(source, RequestSort.CREATED)) == [
        r.id for r in everything if r.board_id == board_id
    ]
    source.filters = FollowUpFilters(meeting_kind=MeetingKind.DELEGATION_MEETING)
    assert ids(every_row(source, RequestSort.CREATED)) == [
        r.id for r in everything if r.meeting_kind is MeetingKind.DELEGATION_MEETING
    ]
    source.filters = FollowUpFilters(year=2025)
    assert ids(every_row(source, RequestSort.CREATED)) == [
        r.id for r in everything if r.created_on.year == 2025
    ]


# -- handmade cases -----------------------------------------------------------


class Maker:
    """Insert follow-up records with plain SQL, exactly as a test needs them."""

    def __init__(self, db: Database, seed: Seed) -> None:
        self.db = db
        self.seed = seed

    def _insert(self, sql: str, *params: object) -> int:
        with self.db.transaction() as conn:
            rowid = conn.execute(sql, params).lastrowid
        assert rowid is not None
        return rowid

    def meeting(self, date: str, kind: str = "check_in") -> int:
        return self._insert(
            "INSERT INTO meeting (kind, meeting_date, start_time) VALUES (?, ?, '10:00')",
            kind,
            date,
        )

    def question(
        self,
        text: str,
        *,
        meeting: int | None = None,
        board: int | None = None,
        status: str = "open",
        goals: Sequence[int] = (),
    ) -> int:
        question_id = self._insert(
            "INSERT INTO question (meeting_id, board_id, text, status, answer) "
            "VALUES (?, ?, ?, ?, ?)",
            meeting or self.seed.dialogue,
            board or self.seed.social,
            text,
            status,
            "Svar." if status == "answered" else "",
        )
        self._tag("question_goal", "question_id", question_id, goals)
        return question_id

    def commitment(
        self,
        description: str,
        *,
        due: str | None,
        status: str = "open",
        created: str = "2026-03-10",
        board: int | None = None,
        meeting: int | None = None,
        question: int | None = None,
        goals: Sequence[int] = (),
        responsible: str = "",
    ) -> int:
        commitment_id = self._insert(
            "INSERT INTO commitment (board_id, description, created_on, due_on, status, "
            "meeting_id, question_id, responsible) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            board or self.seed.social,
            description,
            created,
            due,
            status,
            meeting,
            question,
            responsible,
        )
        self._tag("commitment_goal", "commitment_id", commitment_id, goals)
        return commitment_id

    def request(
        self,
        subject: str,
        *,
        due: str,
        status: str = "sent",
        created: str = "2026-03-10",
        board: int | None = None,
        meeting: int | None = None,
        question: int | None = None,
        commitment: int | None = None,
    ) -> int:
        return self._insert(
            "INSERT INTO reporting_request (board_id, subject, form, due_on, created_on, status, "
            "meeting_id, question_id, commitment_id) VALUES (?, ?, 'written_report', ?, ?, ?, "
            "?, ?, ?)",
            board or self.seed.social,
            subject,
            due,
            created,
            status,
            meeting,
            question,
            commitment,
        )

    def _tag(self, table: str, column: str, record_id: int, goals: Sequence[int]) -> None:
        with self.db.transaction() as conn:
            conn.executemany(
                f"INSERT INTO {table} ({column}, goal_id) VALUES (?, ?)",
                [(record_id, goal) for goal in goals],
            )


@pytest.fixture
def seed(db: Database) -> Seed:
    return seed_follow_up(db)


@pytest.fixture
def make(db: Database, seed: Seed) -> Maker:
    return Maker(db, seed)


def _filtered(source: FollowUpRows[Any], sort: str, **filters: Any) -> list[int]:
    source.filters = replace(FollowUpFilters(), **filters)
    return sorted(ids(every_row(source, sort)))


def test_overdue_is_judged_on_the_day_given_and_due_today_is_not_overdue(
    db: Database, make: Maker
) -> None:
    yesterday = make.commitment("Förfallen i går", due="2026-11-22")
    make.commitment("Förfaller i dag", due="2026-11-23")
    make.commitment("Uppfylld men sen", due="2026-11-01", status="fulfilled")
    working = make.commitment("Pågår och sen", due="2026-10-01", status="in_progress")
    make.commitment("Inte uppfylld", due="2026-10-01", status="not_fulfilled")
    source = CommitmentRows(db.connection, TODAY)

    assert _filtered(source, CommitmentSort.DUE, overdue_only=True) == sorted([yesterday, working])
    source.as_of = D(2026, 11, 22)
    assert _filtered(source, CommitmentSort.DUE, overdue_only=True) == [working]


def test_requests_are_overdue_only_while_an_answer_is_awaited(db: Database, make: Maker) -> None:
    sent = make.request("Skickad och sen", due="2026-11-01", status="sent")
    supplement = make.request("Komplettering sen", due="2026-11-20", status="supplement_requested")
    make.request("Utkast", due="2026-11-01", status="draft")
    make.request("Besvarad", due="2026-11-01", status="answered")
    make.request("Förfaller i dag", due="2026-11-23", status="sent")
    source = RequestRows(db.connection, TODAY)

    assert _filtered(source, RequestSort.DUE, overdue_only=True) == sorted([sent, supplement])


def test_due_within_runs_from_today_to_today_plus_n_days(db: Database, make: Maker) -> None:
    make.commitment("Sen", due="2026-11-22")
    today = make.commitment("I dag", due="2026-11-23")
    last = make.commitment("Om sju dagar", due="2026-11-30")
    make.commitment("Om åtta dagar", due="2026-12-01")
    make.commitment("Uppfylld snart", due="2026-11-25", status="fulfilled")
    source = CommitmentRows(db.connection, TODAY)

    assert _filtered(source, CommitmentSort.DUE, due_within_days=7) == sorted([today, last])


def test_overdue_and_due_within_together_show_either(db: Database, make: Maker) -> None:
    late = make.commitment("Sen", due="2026-11-22")
    soon = make.commitment("Snart", due="2026-11-25")
    make.commitment("Senare", due="2027-01-25")
    source = CommitmentRows(db.connection, TODAY)

    shown = _filtered(source, CommitmentSort.DUE, overdue_only=True, due_within_days=7)

    assert shown == sorted([late, soon])


def test_questions_have_no_due_date_so_none_is_overdue(db: Database, make: Maker) -> None:
    make.question("Hur många kvinnor får hemtjänst?")
    source = QuestionRows(db.connection, TODAY)

    assert _filtered(source, QuestionSort.TEXT) != []
    assert _filtered(source, QuestionSort.TEXT, overdue_only=True) == []
    assert _filtered(source, QuestionSort.TEXT, due_within_days=30) == []


def test_status_and_outstanding(db: Database, make: Maker) -> None:
    open_question = make.question("Öppen")
    answered = make.question("Besvarad", status="answered")
    follow_up = make.question("Följs upp", status="needs_follow_up")
    draft = make.request("Utkast", due="2027-01-01", status="draft")
    done = make.request("Klar", due="2026-06-01", status="assessed_sufficient")
    answered_request = make.request("Besvarad", due="2026-06-01", status="answered")
    questions = QuestionRows(db.connection, TODAY)
    requests = RequestRows(db.connection, TODAY)

    assert _filtered(questions, QuestionSort.TEXT, status="answered") == [answered]
    assert _filtered(questions, QuestionSort.TEXT, status=OUTSTANDING) == sorted(
        [open_question, follow_up]
    )
    assert _filtered(requests, RequestSort.DUE, status=OUTSTANDING) == sorted(
        [draft, answered_request]
    )
    assert _filtered(requests, RequestSort.DUE, status="assessed_sufficient") == [done]


def test_goal_filter_follows_a_request_to_its_question_and_commitment(
    db: Database, make: Maker, seed: Seed
) -> None:
    question = make.question("Om makt", goals=[seed.power_goal])
    commitment = make.commitment("Om hälsa", due="2027-01-01", goals=[seed.health_goal])
    health_commitment_question = make.question("Om hälsa också", goals=[seed.health_goal])
    by_question = make.request("Via frågan", due="2027-01-01", question=question)
    by_commitment = make.request("Via åtagandet", due="2027-01-01", commitment=commitment)
    make.request("Utan mål", due="2027-01-01")
    questions = QuestionRows(db.connection, TODAY)
    commitments = CommitmentRows(db.connection, TODAY)
    requests = RequestRows(db.connection, TODAY)

    assert _filtered(questions, QuestionSort.TEXT, goal_id=seed.health_goal) == [
        health_commitment_question
    ]
    assert _filtered(commitments, CommitmentSort.DUE, goal_id=seed.health_goal) == [commitment]
    assert _filtered(requests, RequestSort.DUE, goal_id=seed.power_goal) == [by_question]
    assert _filtered(requests, RequestSort.DUE, goal_id=seed.health_goal) == [by_commitment]


def test_board_meeting_kind_and_year(db: Database, make: Maker, seed: Seed) -> None:
    old_meeting = make.meeting("2025-05-05", kind="check_in")
    at_dialogue = make.question("Vid budgetdialogen")  # the seed's 2026 budget dialogue
    at_check_in = make.question("Vid avstämningen", meeting=old_meeting)
    school = make.question("Till skolan", meeting=seed.seminar, board=seed.school)
    old_commitment = make.commitment(
        "Från 2025", due="2025-12-01", created="2025-05-05", meeting=old_meeting, status="fulfilled"
    )
    new_commitment = make.commitment("Från 2026", due="2026-12-01", created="2026-03-10")
    questions = QuestionRows(db.connection, TODAY)
    commitments = CommitmentRows(db.connection, TODAY)

    assert _filtered(questions, QuestionSort.TEXT, board_id=seed.school) == [school]
    assert _filtered(questions, QuestionSort.TEXT, meeting_kind=MeetingKind.CHECK_IN) == [
        at_check_in
    ]
    assert _filtered(questions, QuestionSort.TEXT, year=2026) == sorted([at_dialogue, school])
    assert _filtered(questions, QuestionSort.TEXT, year=2025) == [at_check_in]
    assert _filtered(commitments, CommitmentSort.DUE, year=2025) == [old_commitment]
    assert _filtered(commitments, CommitmentSort.DUE, year=2026) == [new_commitment]
    # A commitment made outside any meeting is of no meeting kind.
    assert _filtered(commitments, CommitmentSort.DUE, meeting_kind=MeetingKind.CHECK_IN) == [
        old_commitment
    ]
    assert questions.years() == [2026, 2025]
    assert commitments.years() == [2026, 2025]


def test_text_and_board_sort_the_swedish_way(db: Database, make: Maker) -> None:
    with db.transaction() as conn:
        for name in ("Östra nämnden", "Ålands nämnd", "Äldrenämnden", "arbetsnämnden"):
            conn.execute(
                "INSERT INTO board (name, kind, active_from) VALUES (?, 'board', '2020-01-01')",
                (name,),
            )
    boards = {
        name: board_id for board_id, name in db.connection.execute("SELECT id, name FROM board")
    }
    for name in ("Östra nämnden", "Ålands nämnd", "Äldrenämnden", "arbetsnämnden"):
        make.commitment(f"{name.lower()} lovar", due="2027-01-01", board=boards[name])
    source = CommitmentRows(db.connection, TODAY)

    by_board = [row.board for row in every_row(source, CommitmentSort.BOARD)]
    by_text = [row.description for row in every_row(source, CommitmentSort.DESCRIPTION, True)]

    assert by_board == ["arbetsnämnden", "Ålands nämnd", "Äldrenämnden", "Östra nämnden"]
    assert by_text == [
        "östra nämnden lovar",
        "äldrenämnden lovar",
        "ålands nämnd lovar",
        "arbetsnämnden lovar",
    ]


def test_rows_without_a_date_come_last_either_way(db: Database, make: Maker) -> None:
    early = make.commitment("Tidig", due="2026-12-01")
    late = make.commitment("Sen", due="2027-06-01")
    undated = make.commitment("Utan datum", due=None, status="withdrawn")
    source = CommitmentRows(db.connection, TODAY)

    assert ids(every_row(source, CommitmentSort.DUE)) == [early, late, undated]
    assert ids(every_row(source, CommitmentSort.DUE, True)) == [late, early, undated]


def test_a_row_is_found_whatever_the_filters(db: Database, make: Maker, seed: Seed) -> None:
    question = make.question("Hur fördelas resurserna?", status="answered")
    source = QuestionRows(db.connection, TODAY)
    source.filters = FollowUpFilters(status=OUTSTANDING)

    row = source.row(question)

    assert row is not None
    assert (row.text, row.board, row.meeting_date) == (
        "Hur fördelas resurserna?",
        "Socialnämnden",
        D(2026, 3, 10),
    )
    assert row.meeting_kind is MeetingKind.BUDGET_DIALOGUE
    assert source.position(question, QuestionSort.TEXT, False) is None
    assert source.row(question + 100) is None


def test_an_empty_store_is_told_from_a_filter_that_hides_everything(
    db: Database, make: Maker
) -> None:
    source = CommitmentRows(db.connection, TODAY)
    assert source.store_is_empty()
    make.commitment("Något", due="2027-01-01")
    source.filters = FollowUpFilters(status=CommitmentStatus.FULFILLED.value)

    assert source.count() == 0
    assert not source.store_is_empty()


def test_request_rows_carry_the_workflow_dates(db: Database, make: Maker) -> None:
    request_id = make.request("Statistik", due="2026-12-01", status="draft")
    with db.transaction() as conn:
        conn.execute(
            "UPDATE reporting_request SET status = 'answered', sent_on = '2026-04-01', "
            "answered_on = '2026-05-02', request_diary_number = 'KS 2026/12', "
            "answer_diary_number = 'KS 2026/40' WHERE id = ?",
            (request_id,),
        )
    row = RequestRows(db.connection, TODAY).row(request_id)
    stored = fetch_request(db.connection, request_id)

    assert row is not None
    assert stored is not None
    assert row.status is RequestStatus.ANSWERED
    assert (row.sent_on, row.answered_on) == (stored.sent_on, stored.answered_on)
    assert (row.request_diary_number, row.answer_diary_number) == ("KS 2026/12", "KS 2026/40")


def test_minimum_rows_reaches_a_far_row_in_one_fetch(example: Database) -> None:
    source = QuestionRows(example.connection, TODAY)
    everything = ids(every_row(source, QuestionSort.MEETING_DATE))

    source.minimum_rows = 150
    longer = source.fetch(QuestionSort.MEETING_DATE, False, 20, 50)
    source.minimum_rows = 0
    normal = source.fetch(QuestionSort.MEETING_DATE, False, 20, 50)

    assert ids(longer) == everything[20:150]
    assert ids(normal) == everything[20:70]
