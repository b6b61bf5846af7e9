"""The follow-up report read from real stores: what a secretary expects, in Swedish."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import astuple
from pathlib import Path

import pytest

from jamdesk.domain.errors import NotFoundError, ValidationError
from jamdesk.export.report_export import FollowUpReport
from jamdesk.services.document_data.report import ReportScope, read_follow_up_report
from jamdesk.services.example.municipality import Scale, write_example
from jamdesk.store.database import Database, open_database
from tests.store.test_report_queries import FIRST, LAST, TODAY, ReportSeed, seed_report

D = dt.date


@pytest.fixture
def seeded(db: Database) -> tuple[sqlite3.Connection, ReportSeed]:
    return db.connection, seed_report(db)


def board_report(
    seeded: tuple[sqlite3.Connection, ReportSeed], public: bool = False
) -> FollowUpReport:
    conn, seed = seeded
    return read_follow_up_report(
        conn, ReportScope(board_id=seed.social), FIRST, LAST, TODAY, public
    )


def goal_report(
    seeded: tuple[sqlite3.Connection, ReportSeed], public: bool = False
) -> FollowUpReport:
    conn, seed = seeded
    return read_follow_up_report(conn, ReportScope(goal_id=seed.power), FIRST, LAST, TODAY, public)


def test_the_board_report_names_the_board_and_the_period(
    seeded: tuple[sqlite3.Connection, ReportSeed],
) -> None:
    report = board_report(seeded)

    assert (report.organisation, report.delegation) == (
        "Exempels kommun",
        "Jämställdhetsdelegationen",
    )
    assert (report.subject, report.name) == ("Socialnämnden", "Socialnämnden")
    assert (report.start, report.end, report.compiled) == (FIRST, LAST, TODAY)
    assert not report.by_goal
    assert not report.public


def test_the_board_report_lists_the_periods_records_in_swedish(
    seeded: tuple[sqlite3.Connection, ReportSeed],
) -> None:
    report = board_report(seeded)

    assert [(d.date, d.kind, d.title, d.boards) for d in report.dialogues] == [
        (D(2026, 3, 10), "Budgetdialog", "Budgetdialog 2027", ""),
        (D(2026, 9, 1), "Resultatseminarium", "Gemensamt seminarium", ""),
    ]
    assert [
        (q.question, q.asked_by, q.addressed_to, q.answer, q.status) for q in report.questions
    ] == [
        (
            "Hur fördelas biståndet mellan kvinnor och män?",
            "Åsa Lindström",
            "Göran Öberg",
            "Lika, enligt statistiken.",
            "Besvarad",
        ),
        # Put to no one in particular, the question was put to the board.
        ("Hur ser vårdtiderna ut?", "Åsa Lindström", "Socialnämnden", "", "Obesvarad"),
    ]
    assert [(c.description, c.responsible, c.status, c.overdue) for c in report.commitments] == [
        ("Analysera biståndsbesluten", "Ekonomienheten", "Pågår", True),
        ("Redovisa personalstatistik", "Märta Ek", "Uppfyllt", False),
        ("Följa upp vårdtiderna", "Göran Öberg", "Öppet", False),
    ]
    assert [(r.subject, r.form, r.status, r.answered_on, r.overdue) for r in report.requests] == [
        ("Biståndsbeslut per kön", "Könsuppdelad statistik", "Bedömd som tillräcklig",
         D(2026, 5, 20), False),
        ("Vårdtider per kön",
         "Analys av resursfördelningen mellan kvinnor och män, flickor och pojkar",
         "Komplettering begärd", D(2026, 10, 10), True),
        ("Åtgärdsplan", "Könsuppdelad statistik", "Utkast", None, False),
    ]  # fmt: skip
    assert report.requests[0].assessment == "Statistiken är fullständig."


def test_everything_overdue_today_is_listed_oldest_first_even_from_before_the_period(
    seeded: tuple[sqlite3.Connection, ReportSeed],
) -> None:
    report = board_report(seeded)

    assert [(o.due_on, o.kind, o.what, o.status, o.responsible) for o in report.overdue] == [
        (D(2026, 1, 15), "Återrapportering", "Statistik över hemtjänsten", "Skickad", ""),
        (D(2026, 2, 1), "Åtagande", "Ta fram könsuppdelad statistik", "Öppet", "Märta Ek"),
        (D(2026, 6, 30), "Åtagande", "Analysera biståndsbesluten", "Pågår", "Ekonomienheten"),
        (D(2026, 10, 15), "Återrapportering", "Vårdtider per kön", "Komplettering begärd", ""),
    ]


def test_the_summary_counts_what_the_tables_list(
    seeded: tuple[sqlite3.Connection, ReportSeed],
) -> None:
    summary = board_report(seeded).summary

    assert astuple(summary) == (2, 2, 1, 3, 1, 1, 3, 2, 1, 1)


def test_a_shorter_period_holds_only_its_own_records(
    seeded: tuple[sqlite3.Connection, ReportSeed],
) -> None:
    conn, seed = seeded
    spring = read_follow_up_report(
        conn, ReportScope(board_id=seed.social), D(2026, 1, 1), D(2026, 6, 30), TODAY
    )

    assert [d.date for d in spring.dialogues] == [D(2026, 3, 10)]
    assert [q.asked_on for q in spring.questions] == [D(2026, 3, 10)]
    assert [c.made_on for c in spring.commitments] == [D(2026, 3, 10), D(2026, 3, 10)]
    # What is overdue today does not depend on the period.
    assert len(spring.overdue) == 4


def test_the_goal_report_spans_the_boards_and_names_them(
    seeded: tuple[sqlite3.Connection, ReportSeed],
) -> None:
    report = goal_report(seeded)

    assert report.subject == "Mål: 1 Jämn fördelning av makt och inflytande"
    assert report.name == "Mål 1 Jämn fördelning av makt och inflytande"
    assert report.by_goal
    assert [(d.date, d.boards) for d in report.dialogues] == [
        (D(2026, 3, 10), "Socialnämnden"),
        (D(2026, 4, 1), "Kultur- och fritidsnämnden"),
        (D(2026, 9, 1), "Kultur- och fritidsnämnden, Socialnämnden"),
    ]
    assert [(q.board, q.question) for q in report.questions] == [
        ("Socialnämnden", "Hur fördelas biståndet mellan kvinnor och män?"),
        ("Kultur- och fritidsnämnden", "Vem får träningstiderna?"),
    ]
    assert [(c.board, c.status) for c in report.commitments] == [
        ("Socialnämnden", "Pågår"),
        ("Kultur- och fritidsnämnden", "Ej uppfyllt"),
    ]
    assert [(r.board, r.subject) for r in report.requests] == [
        ("Socialnämnden", "Biståndsbeslut per kön"),
        ("Kultur- och fritidsnämnden", "Träningstider per kön"),
    ]
    assert [(o.board, o.what) for o in report.overdue] == [
        ("Socialnämnden", "Statistik över hemtjänsten"),
        ("Socialnämnden", "Ta fram könsuppdelad statistik"),
        ("Socialnämnden", "Analysera biståndsbesluten"),
    ]


def _strings(value: object) -> list[str]:
    """Return every string in ``value``, however deep in tuples."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple):
        return [text for part in value for text in _strings(part)]
    return []


def _texts(report: FollowUpReport) -> list[str]:
    """Return every string the report holds, in every line of every section."""
    return _strings(astuple(report))


@pytest.mark.parametrize("read", [board_report, goal_report])
def test_the_public_version_holds_no_persons_name(
    seeded: tuple[sqlite3.Connection, ReportSeed], read: Callable[..., FollowUpReport]
) -> None:
    names = ("Åsa Lindström", "Göran Öberg", "Märta Ek", "Ekonomienheten", "Socialchefen")
    internal = " ".join(_texts(read(seeded)))
    public = read(seeded, public=True)

    assert any(name in internal for name in names)  # the internal version does name them
    assert public.public
    assert not [name for name in names for text in _texts(public) if name in text]
    assert public.questions and public.overdue


def test_the_public_version_leaves_out_the_requests_only_drafted(
    seeded: tuple[sqlite3.Connection, ReportSeed],
) -> None:
    report = board_report(seeded, public=True)

    assert [r.subject for r in report.requests] == ["Biståndsbeslut per kön", "Vårdtider per kön"]
    assert report.summary.requests_made == 2


def test_a_period_that_ends_before_it_starts_is_refused(
    seeded: tuple[sqlite3.Connection, ReportSeed],
) -> None:
    conn, seed = seeded

    with pytest.raises(ValidationError) as raised:
        read_follow_up_report(conn, ReportScope(board_id=seed.social), LAST, FIRST, TODAY)

    assert raised.value.field == "start"
    assert "{start}" in raised.value.template
    assert "2026-12-31" in raised.value.message
    assert "2026-01-01" in raised.value.message


def test_a_one_day_period_is_allowed(seeded: tuple[sqlite3.Connection, ReportSeed]) -> None:
    conn, seed = seeded
    day = D(2026, 3, 10)

    report = read_follow_up_report(conn, ReportScope(board_id=seed.social), day, day, TODAY)

    assert [d.date for d in report.dialogues] == [day]


@pytest.mark.parametrize(
    ("scope", "field"),
    [(ReportScope(board_id=999), "board_id"), (ReportScope(goal_id=999), "goal_id")],
)
def test_a_missing_board_or_goal_is_reported(
    seeded: tuple[sqlite3.Connection, ReportSeed], scope: ReportScope, field: str
) -> None:
    conn, _ = seeded

    with pytest.raises(NotFoundError) as raised:
        read_follow_up_report(conn, scope, FIRST, LAST, TODAY)

    assert raised.value.field == field
    assert "999" in raised.value.message


def test_a_scope_is_one_board_or_one_goal() -> None:
    with pytest.raises(ValueError, match="exactly one"):
        ReportScope()
    with pytest.raises(ValueError, match="exactly one"):
        ReportScope(board_id=1, goal_id=2)


def test_a_store_not_yet_set_up_still_reports(db: Database) -> None:
    with db.transaction() as conn:
        conn.execute(
            "INSERT INTO board (name, kind, active_from) VALUES ('Tekniska nämnden', 'board',"
            " '2020-01-01')"
        )

    report = read_follow_up_report(db.connection, ReportScope(board_id=1), FIRST, LAST, TODAY)

    assert (report.organisation, report.delegation) == ("", "Jämställdhetsdelegationen")
    assert (report.dialogues, report.questions, report.overdue) == ((), (), ())
    assert report.summary.questions_asked == 0


# -- the small example municipality ---------------------------------------------------


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("example") / "exempel.sqlite"
    write_example(path, scale=Scale.SMALL, seed=1, today=TODAY, force=False)
    database = open_database(path)
    yield database
    database.close()


def test_every_board_of_the_example_reports_its_year(example: Database) -> None:
    conn = example.connection
    boards = conn.execute("SELECT id, name FROM board").fetchall()
    reports = [
        read_follow_up_report(conn, ReportScope(board_id=board_id), FIRST, LAST, TODAY)
        for board_id, _ in boards
    ]

    assert [report.subject for report in reports] == [name for _, name in boards]
    assert (
        sum(report.summary.questions_asked for report in reports)
        == conn.execute(
            "SELECT count(*) FROM question q JOIN meeting m ON m.id = q.meeting_id"
            " WHERE m.meeting_date BETWEEN '2026-01-01' AND '2026-12-31'"
        ).fetchone()[0]
    )
    for report in reports:
        assert [d.date for d in report.dialogues] == sorted(d.date for d in report.dialogues)
        assert [o.due_on for o in report.overdue] == sorted(o.due_on for o in report.overdue)
        assert all(o.due_on < TODAY for o in report.overdue)


def test_the_public_version_withholds_names_typed_into_free_text(
    seeded: tuple[sqlite3.Connection, ReportSeed],
) -> None:
    conn, seed = seeded
    conn.execute(
        "UPDATE question SET answer = 'Göran Öberg svarade att Göran Öbergs förvaltning "
        "följer upp; Göranson-rapporten bifogas.' WHERE board_id = ?",
        (seed.social,),
    )

    internal = board_report(seeded)
    public = board_report(seeded, public=True)

    assert internal.questions[0].answer.startswith("Göran Öberg svarade")
    # The full name goes, even before a genitive s; words that only contain it stay.
    assert public.questions[0].answer == (
        "[namn] svarade att [namn]s förvaltning följer upp; Göranson-rapporten bifogas."
    )
