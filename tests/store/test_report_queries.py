"""The follow-up report's queries: the right records of a board or goal, and only indexed reads."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from jamdesk.services.example.municipality import Scale, write_example
from jamdesk.store.database import Database, open_database
from jamdesk.store.report_queries import (
    fetch_awaited_requests_due_before,
    fetch_pending_commitments_due_before,
    fetch_report_commitments,
    fetch_report_meetings,
    fetch_report_questions,
    fetch_report_requests,
)

D = dt.date
TODAY = D(2026, 11, 23)
FIRST, LAST = D(2026, 1, 1), D(2026, 12, 31)


@dataclass(frozen=True)
class ReportSeed:
    """Ids of a small store whose follow-up report is known by heart (period: 2026)."""

    social: int  # Socialnämnden
    culture: int  # Kultur- och fritidsnämnden
    asker: int  # Åsa Lindström, member
    manager: int  # Göran Öberg, social services manager
    officer: int  # Märta Ek, official
    power: int  # goal 1, Jämn fördelning av makt och inflytande
    health: int  # goal 5, Jämställd hälsa
    autumn_2025: int  # check-in with Socialnämnden, 2025-11-10
    budget: int  # budget dialogue with Socialnämnden, 2026-03-10
    culture_check: int  # check-in with Kultur- och fritidsnämnden, 2026-04-01
    cancelled: int  # 2026-05-05, with Socialnämnden, cancelled
    seminar: int  # results seminar with both boards, 2026-09-01
    planned: int  # 2026-12-01, with Socialnämnden, not yet held
    winter_2027: int  # 2027-01-20, with Socialnämnden
    q_old: int  # 2025, social, power
    q_answered: int  # budget dialogue, social, power, answered
    q_open: int  # seminar, social, health, open, to no one in particular
    q_culture: int  # seminar, culture, power, answered
    q_follow_up: int  # culture check-in, culture, no goal, needs follow-up
    c_old: int  # made 2025, due 2026-02-01, open: overdue, power
    c_late: int  # made 2026-03-10, due 2026-06-30, in progress: overdue, power
    c_kept: int  # made 2026-03-10, fulfilled
    c_coming: int  # made 2026-09-01, due 2026-12-31, open, health
    c_culture: int  # culture, made 2026-04-01, not fulfilled, power
    r_old: int  # made 2025, sent, due 2026-01-15: overdue; follows q_old (power)
    r_sufficient: int  # made 2026-03-10, assessed sufficient; follows q_answered (power)
    r_supplement: int  # made 2026-09-01, supplement requested, due 2026-10-15: overdue
    r_draft: int  # made 2026-10-01, draft
    r_culture: int  # culture, made 2026-04-01, answered; follows q_culture (power)


def seed_report(db: Database) -> ReportSeed:
    """Insert, with plain SQL, the records the report tests count on."""
    with db.transaction() as conn:

        def insert(sql: str, *params: object) -> int:
            rowid = conn.execute(sql, params).lastrowid
            assert rowid is not None
            return rowid

        conn.execute(
            "INSERT INTO organisation (id, name, delegation_name) "
            "VALUES (1, 'Exempels kommun', 'Jämställdhetsdelegationen')"
        )
        board = "INSERT INTO board (name, kind, active_from) VALUES (?, 'board', '2019-01-01')"
        social = insert(board, "Socialnämnden")
        culture = insert(board, "Kultur- och fritidsnämnden")
        person = "INSERT INTO person (name, kind) VALUES (?, ?)"
        asker = insert(person, "Åsa Lindström", "politician")
        manager = insert(person, "Göran Öberg", "official")
        officer = insert(person, "Märta Ek", "official")
        goal = "INSERT INTO goal (kind, code, title) VALUES ('national', ?, ?)"
        power = insert(goal, "1", "Jämn fördelning av makt och inflytande")
        health = insert(goal, "5", "Jämställd hälsa")

        def meeting(kind: str, day: str, status: str, title: str, *boards: int) -> int:
            meeting_id = insert(
                "INSERT INTO meeting (kind, title, meeting_date, start_time, status) "
                "VALUES (?, ?, ?, '09:00', ?)",
                kind,
                title,
                day,
                status,
            )
            for board_id in boards:
                conn.execute("INSERT INTO meeting_board VALUES (?, ?)", (meeting_id, board_id))
            return meeting_id

        autumn_2025 = meeting("check_in", "2025-11-10", "held", "Avstämning hösten", social)
        budget = meeting("budget_dialogue", "2026-03-10", "held", "Budgetdialog 2027", social)
        culture_check = meeting("check_in", "2026-04-01", "held", "Avstämning kultur", culture)
        cancelled = meeting("check_in", "2026-05-05", "cancelled", "Inställt möte", social)
        seminar = meeting(
            "results_seminar", "2026-09-01", "held", "Gemensamt seminarium", social, culture
        )
        planned = meeting("check_in", "2026-12-01", "planned", "Avstämning december", social)
        winter_2027 = meeting("check_in", "2027-01-20", "held", "Avstämning januari", social)

        def question(
            meeting_id: int,
            board_id: int,
            text: str,
            status: str,
            answer: str = "",
            addressed_to: int | None = None,
            *goals: int,
        ) -> int:
            question_id = insert(
                "INSERT INTO question (meeting_id, board_id, asked_by_id, addressed_to_id, text,"
                " answer, status) VALUES (?, ?, ?, ?, ?, ?, ?)",
                meeting_id,
                board_id,
                asker,
                addressed_to,
                text,
                answer,
                status,
            )
            for goal_id in goals:
                conn.execute("INSERT INTO question_goal VALUES (?, ?)", (question_id, goal_id))
            return question_id

        q_old = question(autumn_2025, social, "Fråga från 2025?", "open", "", manager, power)
        q_answered = question(
            budget,
            social,
            "Hur fördelas biståndet mellan kvinnor och män?",
            "answered",
            "Lika, enligt statistiken.",
            manager,
            power,
        )
        q_open = question(seminar, social, "Hur ser vårdtiderna ut?", "open", "", None, health)
        q_culture = question(
            seminar, culture, "Vem får träningstiderna?", "answered", "Mest pojkar.", None, power
        )
        q_follow_up = question(culture_check, culture, "Och bidragen?", "needs_follow_up")

        def commitment(
            board_id: int,
            description: str,
            created: str,
            due: str,
            status: str,
            meeting_id: int,
            responsible_id: int | None = None,
            responsible: str = "",
            *goals: int,
        ) -> int:
            commitment_id = insert(
                "INSERT INTO commitment (board_id, description, created_on, due_on, status,"
                " meeting_id, responsible_id, responsible) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                board_id,
                description,
                created,
                due,
                status,
                meeting_id,
                responsible_id,
                responsible,
            )
            for goal_id in goals:
                conn.execute("INSERT INTO commitment_goal VALUES (?, ?)", (commitment_id, goal_id))
            return commitment_id

        c_old = commitment(
            social, "Ta fram könsuppdelad statistik", "2025-11-10", "2026-02-01", "open",
            autumn_2025, officer, "", power,
        )  # fmt: skip
        c_late = commitment(
            social, "Analysera biståndsbesluten", "2026-03-10", "2026-06-30", "in_progress",
            budget, None, "Ekonomienheten", power,
        )  # fmt: skip
        c_kept = commitment(
            social, "Redovisa personalstatistik", "2026-03-10", "2026-05-01", "fulfilled",
            budget, officer, "Socialchefen",
        )  # fmt: skip
        c_coming = commitment(
            social, "Följa upp vårdtiderna", "2026-09-01", "2026-12-31", "open",
            seminar, manager, "", health,
        )  # fmt: skip
        c_culture = commitment(
            culture, "Fördela träningstider jämnt", "2026-04-01", "2026-05-01", "not_fulfilled",
            culture_check, None, "", power,
        )  # fmt: skip

        def request(
            board_id: int,
            subject: str,
            created: str,
            due: str,
            status: str,
            form: str = "statistics_by_sex",
            answered: str | None = None,
            note: str = "",
            question_id: int | None = None,
            commitment_id: int | None = None,
            meeting_id: int | None = None,
        ) -> int:
            return insert(
                "INSERT INTO reporting_request (board_id, subject, form, created_on, due_on,"
                " status, answered_on, assessment_note, question_id, commitment_id, meeting_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                board_id, subject, form, created, due, status, answered, note,
                question_id, commitment_id, meeting_id,
            )  # fmt: skip

        r_old = request(
            social, "Statistik över hemtjänsten", "2025-11-10", "2026-01-15", "sent",
            question_id=q_old, meeting_id=autumn_2025,
        )  # fmt: skip
        r_sufficient = request(
            social, "Biståndsbeslut per kön", "2026-03-10", "2026-05-31", "assessed_sufficient",
            answered="2026-05-20", note="Statistiken är fullständig.", question_id=q_answered,
            meeting_id=budget,
        )  # fmt: skip
        r_supplement = request(
            social, "Vårdtider per kön", "2026-09-01", "2026-10-15", "supplement_requested",
            form="resource_analysis", answered="2026-10-10", note="Analysen saknas.",
            commitment_id=c_coming, meeting_id=seminar,
        )  # fmt: skip
        r_draft = request(social, "Åtgärdsplan", "2026-10-01", "2027-01-31", "draft")
        r_culture = request(
            culture, "Träningstider per kön", "2026-04-01", "2026-06-01", "answered",
            answered="2026-05-30", question_id=q_culture, meeting_id=culture_check,
        )  # fmt: skip
    return ReportSeed(
        social, culture, asker, manager, officer, power, health,
        autumn_2025, budget, culture_check, cancelled, seminar, planned, winter_2027,
        q_old, q_answered, q_open, q_culture, q_follow_up,
        c_old, c_late, c_kept, c_coming, c_culture,
        r_old, r_sufficient, r_supplement, r_draft, r_culture,
    )  # fmt: skip


@pytest.fixture
def seeded(db: Database) -> tuple[sqlite3.Connection, ReportSeed]:
    return db.connection, seed_report(db)


def test_meetings_are_those_held_with_the_board_in_the_period(
    seeded: tuple[sqlite3.Connection, ReportSeed],
) -> None:
    conn, seed = seeded

    meetings = fetch_report_meetings(conn, FIRST, LAST, board_id=seed.social)

    assert [m.id for m in meetings] == [seed.budget, seed.seminar]
    assert meetings[1].boards == ("Kultur- och fritidsnämnden", "Socialnämnden")
    assert meetings[0].title == "Budgetdialog 2027"


def test_meetings_of_a_goal_are_those_where_its_records_were_made(
    seeded: tuple[sqlite3.Connection, ReportSeed],
) -> None:
    conn, seed = seeded

    power = fetch_report_meetings(conn, FIRST, LAST, goal_id=seed.power)
    health = fetch_report_meetings(conn, FIRST, LAST, goal_id=seed.health)
    whole_2025 = fetch_report_meetings(conn, D(2025, 1, 1), D(2025, 12, 31), goal_id=seed.power)

    assert [m.id for m in power] == [seed.budget, seed.culture_check, seed.seminar]
    assert [m.id for m in health] == [seed.seminar]
    assert [m.id for m in whole_2025] == [seed.autumn_2025]


def test_questions_fall_in_the_period_by_their_meetings_day(
    seeded: tuple[sqlite3.Connection, ReportSeed],
) -> None:
    conn, seed = seeded

    social = fetch_report_questions(conn, FIRST, LAST, board_id=seed.social)
    power = fetch_report_questions(conn, FIRST, LAST, goal_id=seed.power)

    assert [q.id for q in social] == [seed.q_answered, seed.q_open]
    first = social[0]
    assert (first.asked_on, first.asked_by, first.addressed_to, first.answer) == (
        D(2026, 3, 10),
        "Åsa Lindström",
        "Göran Öberg",
        "Lika, enligt statistiken.",
    )
    assert social[1].addressed_to is None
    assert [(q.id, q.board) for q in power] == [
        (seed.q_answered, "Socialnämnden"),
        (seed.q_culture, "Kultur- och fritidsnämnden"),
    ]


def test_commitments_fall_in_the_period_by_the_day_they_were_made(
    seeded: tuple[sqlite3.Connection, ReportSeed],
) -> None:
    conn, seed = seeded

    social = fetch_report_commitments(conn, FIRST, LAST, board_id=seed.social)
    power = fetch_report_commitments(conn, FIRST, LAST, goal_id=seed.power)

    assert [c.id for c in social] == [seed.c_late, seed.c_kept, seed.c_coming]
    # The person chosen wins over the free text; without a person the text stands.
    assert [c.responsible for c in social] == ["Ekonomienheten", "Märta Ek", "Göran Öberg"]
    assert [c.id for c in power] == [seed.c_late, seed.c_culture]


def test_requests_belong_to_a_goal_through_their_question_or_commitment(
    seeded: tuple[sqlite3.Connection, ReportSeed],
) -> None:
    conn, seed = seeded

    social = fetch_report_requests(conn, FIRST, LAST, board_id=seed.social)
    power = fetch_report_requests(conn, FIRST, LAST, goal_id=seed.power)
    health = fetch_report_requests(conn, FIRST, LAST, goal_id=seed.health)

    assert [r.id for r in social] == [seed.r_sufficient, seed.r_supplement, seed.r_draft]
    assert social[0].answered_on == D(2026, 5, 20)
    assert social[0].assessment_note == "Statistiken är fullständig."
    assert [r.id for r in power] == [seed.r_sufficient, seed.r_culture]
    assert [r.id for r in health] == [seed.r_supplement]


def test_overdue_candidates_are_found_whenever_they_were_made(
    seeded: tuple[sqlite3.Connection, ReportSeed],
) -> None:
    conn, seed = seeded

    commitments = fetch_pending_commitments_due_before(conn, TODAY, board_id=seed.social)
    requests = fetch_awaited_requests_due_before(conn, TODAY, board_id=seed.social)
    power_commitments = fetch_pending_commitments_due_before(conn, TODAY, goal_id=seed.power)
    power_requests = fetch_awaited_requests_due_before(conn, TODAY, goal_id=seed.power)

    assert [c.id for c in commitments] == [seed.c_old, seed.c_late]
    assert [r.id for r in requests] == [seed.r_old, seed.r_supplement]
    assert [c.id for c in power_commitments] == [seed.c_old, seed.c_late]
    assert [r.id for r in power_requests] == [seed.r_old]
    # The day of the due date itself is not yet overdue.
    assert fetch_awaited_requests_due_before(conn, D(2026, 1, 15), board_id=seed.social) == []


@pytest.mark.parametrize("scope", [{}, {"board_id": 1, "goal_id": 1}])
def test_a_report_reads_exactly_one_board_or_goal(
    seeded: tuple[sqlite3.Connection, ReportSeed], scope: dict[str, int]
) -> None:
    conn, _ = seeded

    with pytest.raises(ValueError, match="exactly one"):
        fetch_report_questions(conn, FIRST, LAST, **scope)


# -- the decade example: no query reads a whole big table --------------------------------


@pytest.fixture(scope="module")
def decade(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("decade") / "decennium.sqlite"
    write_example(path, scale=Scale.DECADE, seed=1, today=TODAY, force=False)
    database = open_database(path)
    yield database
    database.close()


def _busiest(conn: sqlite3.Connection, link_table: str, column: str) -> int:
    row = conn.execute(
        f"SELECT {column} FROM {link_table} GROUP BY {column} ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    return int(row[0])


def test_every_query_reads_through_an_index_on_the_decade_example(decade: Database) -> None:
    conn = decade.connection
    board = _busiest(conn, "question", "board_id")
    goal = _busiest(conn, "question_goal", "goal_id")
    statements: list[str] = []
    conn.set_trace_callback(statements.append)  # the statements with their values bound
    try:
        for scope in ({"board_id": board}, {"goal_id": goal}):
            fetched = [
                fetch(conn, D(2017, 1, 1), LAST, **scope)
                for fetch in (
                    fetch_report_meetings,
                    fetch_report_questions,
                    fetch_report_commitments,
                    fetch_report_requests,
                )
            ]
            assert all(fetched), scope
            fetch_pending_commitments_due_before(conn, TODAY, **scope)
            fetch_awaited_requests_due_before(conn, TODAY, **scope)
    finally:
        conn.set_trace_callback(None)

    selects = [sql for sql in statements if sql.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 12
    for sql in selects:
        plan = [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}")]
        assert not [step for step in plan if step.startswith("SCAN")], (sql, plan)
