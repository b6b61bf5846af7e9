"""The chair's briefing read from real stores: what is outstanding with one board, in Swedish."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from jamdesk.domain.errors import NotFoundError
from jamdesk.export.briefing_export import build_briefing
from jamdesk.services.document_data.briefing import read_briefing
from jamdesk.services.example.municipality import Scale, write_example
from jamdesk.store.database import Database, open_database

TODAY = dt.date(2026, 11, 23)


@dataclass
class Rows:
    """Write rows with plain SQL: ``insert("board", name=...)`` returns the new id."""

    db: Database

    def insert(self, table: str, **values: object) -> int:
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        with self.db.transaction() as conn:
            cursor = conn.execute(
                f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(values.values())
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def organisation(self) -> None:
        self.insert(
            "organisation",
            id=1,
            name="Exempels kommun",
            delegation_name="Jämställdhetsdelegationen",
        )

    def person(self, name: str, title: str = "", kind: str = "official", **values: object) -> int:
        return self.insert("person", name=name, kind=kind, title=title, **values)

    def board(self, name: str, **values: object) -> int:
        return self.insert("board", name=name, kind="board", active_from="2020-01-01", **values)

    def meeting(
        self, date: str, kind: str = "budget_dialogue", status: str = "held", *boards: int
    ) -> int:
        meeting_id = self.insert(
            "meeting",
            kind=kind,
            meeting_date=date,
            start_time="13:00",
            end_time="15:00",
            place="Stadshuset, sal Ängen",
            status=status,
        )
        for board_id in boards:
            with self.db.transaction() as conn:
                conn.execute(
                    "INSERT INTO meeting_board (meeting_id, board_id) VALUES (?, ?)",
                    (meeting_id, board_id),
                )
        return meeting_id


@pytest.fixture
def rows(db: Database) -> Rows:
    writer = Rows(db)
    writer.organisation()
    return writer


@dataclass(frozen=True)
class Social:
    """A board with one record of every kind and state the briefing has to sort."""

    board: int
    other_board: int


@pytest.fixture
def social(rows: Rows) -> Social:
    chair = rows.person("Anna Ählström", "Ordförande")
    manager = rows.person(
        "Sven-Åke Öberg", "Socialchef", email="sven-ake@exempel.se", phone="08-123 45"
    )
    contact = rows.person("Örjan Ek", "Utvecklingsledare")
    member = rows.person("Lena Järvinen", "Ledamot")
    board = rows.board(
        "Socialnämnden", administration="Socialförvaltningen", chair_id=chair, manager_id=manager
    )
    other = rows.board("Tekniska nämnden")
    for person_id, capacity in ((contact, "Kontaktperson"), (manager, "Kontaktperson")):
        with rows.db.transaction() as conn:
            conn.execute(
                "INSERT INTO board_contact (board_id, person_id, capacity) VALUES (?, ?, ?)",
                (board, person_id, capacity),
            )

    held = rows.meeting("2026-10-12", "budget_dialogue", "held", board)
    rows.meeting("2026-11-01", "delegation_meeting", "held", board)  # not a dialogue
    rows.meeting("2026-11-20", "check_in", "planned", board)  # planned, but already passed
    rows.meeting("2026-12-07", "results_seminar", "planned", board, other)
    rows.meeting("2027-02-01", "check_in", "planned", board)
    rows.meeting("2026-11-30", "check_in", "planned", other)

    def commitment(description: str, due: str | None, status: str = "open", **more: object) -> None:
        rows.insert(
            "commitment",
            board_id=more.pop("board_id", board),
            description=description,
            created_on=more.pop("created_on", "2026-10-12"),
            due_on=due,
            status=status,
            meeting_id=held,
            **more,
        )

    commitment("Ta fram könsuppdelad statistik", "2026-11-01", responsible_id=manager)
    commitment("Redovisa åtgärdsplan", "2026-10-20", "in_progress", responsible="Förvaltningen")
    commitment("Utbilda chefer i 3R", "2027-03-31", made_by_id=manager)
    commitment("Klart sedan länge", "2026-10-01", "fulfilled")
    commitment("Annan nämnds åtagande", "2026-01-01", board_id=other)
    commitment("Görs i morgon", "2026-12-31", created_on="2026-11-24")

    def request(subject: str, due: str, status: str, **more: object) -> None:
        rows.insert(
            "reporting_request",
            board_id=more.pop("board_id", board),
            subject=subject,
            form="statistics_by_sex",
            due_on=due,
            created_on="2026-10-12",
            status=status,
            **more,
        )

    request("Statistik över försörjningsstöd", "2026-11-10", "sent", sent_on="2026-10-13",
            request_diary_number="KS 2026/101")  # fmt: skip
    request("Analys av placeringar", "2027-01-15", "supplement_requested", sent_on="2026-10-14",
            request_diary_number="KS 2026/102")  # fmt: skip
    request("Åtgärder mot våld", "2026-12-15", "sent", sent_on="2026-10-15")
    request("Svar som väntar", "2026-11-15", "answered", sent_on="2026-10-13",
            answered_on="2026-11-14", answer_diary_number="KS 2026/140")  # fmt: skip
    request("Svar som kom först", "2026-11-30", "answered", sent_on="2026-10-13",
            answered_on="2026-11-02", request_diary_number="KS 2026/103")  # fmt: skip
    request("Utkast", "2026-11-01", "draft")
    request("Bedömd", "2026-11-01", "assessed_sufficient", sent_on="2026-10-13")
    request("Annan nämnds begäran", "2026-11-01", "sent", board_id=other, sent_on="2026-10-13")

    def question(text: str, status: str, meeting_id: int = held, **more: object) -> None:
        rows.insert(
            "question",
            meeting_id=meeting_id,
            board_id=more.pop("board_id", board),
            text=text,
            status=status,
            asked_by_id=member,
            **more,
        )

    earlier = rows.meeting("2026-03-02", "check_in", "held", board)
    question("Hur fördelas bidragen?", "open", addressed_to_id=manager)
    question("Hur ser väntetiderna ut?", "needs_follow_up", earlier, answer="Vi återkommer.")
    question("Besvarad fråga", "answered", answer="Ja.")
    question("Annan nämnds fråga", "open", board_id=other)
    return Social(board, other)


def test_the_briefing_names_the_board_its_people_and_meetings(db: Database, social: Social) -> None:
    briefing = read_briefing(db.connection, social.board, TODAY)

    assert (briefing.organisation, briefing.delegation) == (
        "Exempels kommun",
        "Jämställdhetsdelegationen",
    )
    assert (briefing.board, briefing.administration, briefing.today) == (
        "Socialnämnden",
        "Socialförvaltningen",
        TODAY,
    )
    # The next meeting still planned from today, whatever board it shares.
    assert briefing.next_meeting is not None
    assert (briefing.next_meeting.kind, briefing.next_meeting.date) == (
        "Resultatseminarium",
        dt.date(2026, 12, 7),
    )
    assert briefing.next_meeting.place == "Stadshuset, sal Ängen"
    # The delegation's own meeting of 2026-11-01 is no dialogue with the board.
    assert (briefing.last_dialogue, briefing.last_dialogue_kind) == (
        dt.date(2026, 10, 12),
        "Budgetdialog",
    )
    assert [(p.name, p.role, p.email) for p in briefing.representatives] == [
        ("Anna Ählström", "Ordförande", ""),
        ("Sven-Åke Öberg", "Socialchef", "sven-ake@exempel.se"),
        ("Örjan Ek", "Kontaktperson", ""),
    ]


def test_overdue_commitments_and_requests_come_first_oldest_due_first(
    db: Database, social: Social
) -> None:
    briefing = read_briefing(db.connection, social.board, TODAY)

    assert [(line.due, line.days_overdue, line.what, line.who, line.status) for line in
            briefing.overdue] == [
        (dt.date(2026, 10, 20), 34, "Åtagande: Redovisa åtgärdsplan", "Förvaltningen", "Pågår"),
        (dt.date(2026, 11, 1), 22, "Åtagande: Ta fram könsuppdelad statistik", "Sven-Åke Öberg",
         "Öppet"),
        (dt.date(2026, 11, 10), 13,
         "Återrapportering: Statistik över försörjningsstöd (Dnr KS 2026/101)", "", "Skickad"),
    ]  # fmt: skip


def test_open_and_requested_records_leave_out_the_overdue_and_the_closed(
    db: Database, social: Social
) -> None:
    briefing = read_briefing(db.connection, social.board, TODAY)

    # Fulfilled, another board's and tomorrow's commitments are not outstanding today.
    assert [(line.what, line.who, line.due, line.status) for line in briefing.commitments] == [
        ("Utbilda chefer i 3R", "Sven-Åke Öberg", dt.date(2027, 3, 31), "Öppet")
    ]
    assert [(line.date, line.what, line.who, line.due, line.status) for line in
            briefing.requests] == [
        (dt.date(2026, 10, 15), "Åtgärder mot våld", "", dt.date(2026, 12, 15), "Skickad"),
        (dt.date(2026, 10, 14), "Analys av placeringar", "KS 2026/102", dt.date(2027, 1, 15),
         "Komplettering begärd"),
    ]  # fmt: skip
    # Answers waiting longest first; the answer's own diary number where it has one.
    assert [(line.date, line.what, line.who) for line in briefing.answers] == [
        (dt.date(2026, 11, 2), "Svar som kom först", "KS 2026/103"),
        (dt.date(2026, 11, 14), "Svar som väntar", "KS 2026/140"),
    ]
    assert {line.status for line in briefing.answers} == {"Besvarad"}


def test_unanswered_questions_with_the_meeting_they_were_asked_at(
    db: Database, social: Social
) -> None:
    briefing = read_briefing(db.connection, social.board, TODAY)

    assert [(q.date, q.meeting, q.what, q.who, q.status) for q in briefing.questions] == [
        (dt.date(2026, 3, 2), "Avstämningsmöte", "Hur ser väntetiderna ut?", "Lena Järvinen",
         "Behöver följas upp"),
        (dt.date(2026, 10, 12), "Budgetdialog", "Hur fördelas bidragen?",
         "Lena Järvinen\ntill Sven-Åke Öberg", "Obesvarad"),
    ]  # fmt: skip


def test_the_day_after_the_dialogue_nothing_is_overdue_yet(db: Database, social: Social) -> None:
    briefing = read_briefing(db.connection, social.board, dt.date(2026, 10, 13))

    assert briefing.overdue == ()
    assert [line.what for line in briefing.commitments] == [
        "Redovisa åtgärdsplan",
        "Ta fram könsuppdelad statistik",
        "Utbilda chefer i 3R",
    ]
    assert [line.what for line in briefing.requests] == ["Statistik över försörjningsstöd"]
    assert briefing.next_meeting is not None
    assert briefing.next_meeting.date == dt.date(2026, 11, 20)


def test_records_made_after_the_day_are_not_yet_there(db: Database, social: Social) -> None:
    briefing = read_briefing(db.connection, social.board, dt.date(2026, 10, 11))

    assert briefing.commitments == briefing.requests == briefing.answers == ()
    assert [q.what for q in briefing.questions] == ["Hur ser väntetiderna ut?"]
    assert briefing.last_dialogue == dt.date(2026, 3, 2)


def test_a_board_without_records_gets_empty_sections(db: Database, rows: Rows) -> None:
    board = rows.board("Valnämnden")

    briefing = read_briefing(db.connection, board, TODAY)

    assert briefing.next_meeting is None
    assert briefing.last_dialogue is None
    assert briefing.representatives == ()
    for section in ("overdue", "commitments", "requests", "answers", "questions"):
        assert getattr(briefing, section) == ()
    document = build_briefing(briefing).document
    assert document.paragraphs[0].text == "Underlag inför dialog med valnämnden"


def test_a_missing_board_is_named_in_the_error(db: Database, rows: Rows) -> None:
    with pytest.raises(NotFoundError) as caught:
        read_briefing(db.connection, 404, TODAY)

    assert caught.value.field == "board_id"
    assert "404" in caught.value.message


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("example") / "exempel.sqlite"
    write_example(path, scale=Scale.SMALL, seed=1, today=TODAY, force=False)
    database = open_database(path)
    yield database
    database.close()


def test_every_board_of_the_example_matches_the_stores_own_counts(example: Database) -> None:
    conn = example.connection
    for (board_id,) in conn.execute("SELECT id FROM board").fetchall():
        briefing = read_briefing(conn, board_id, TODAY)
        overdue = conn.execute(
            "SELECT (SELECT count(*) FROM commitment WHERE board_id = :b"
            "        AND status IN ('open', 'in_progress') AND due_on < :d)"
            "     + (SELECT count(*) FROM reporting_request WHERE board_id = :b"
            "        AND status IN ('sent', 'supplement_requested') AND due_on < :d)",
            {"b": board_id, "d": TODAY.isoformat()},
        ).fetchone()[0]
        questions = conn.execute(
            "SELECT count(*) FROM question WHERE board_id = ?"
            " AND status IN ('open', 'needs_follow_up')",
            (board_id,),
        ).fetchone()[0]
        assert len(briefing.overdue) == overdue
        assert len(briefing.questions) == questions
        assert all(line.days_overdue > 0 for line in briefing.overdue)
        dues = [line.due for line in briefing.overdue]
        assert dues == sorted(dues)  # type: ignore[type-var]
        assert briefing.representatives[0].role == "Ordförande"
        assert briefing.last_dialogue is None or briefing.last_dialogue <= TODAY
