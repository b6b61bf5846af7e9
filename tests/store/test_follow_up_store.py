"""The follow-up records' store: questions, commitments, requests and their status events."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, replace
from typing import Any

import pytest

from jamdesk.domain.commitments import Commitment, CommitmentStatus, commitment_is_overdue
from jamdesk.domain.errors import NotFoundError, ValidationError
from jamdesk.domain.history import StatusChange
from jamdesk.domain.questions import Question, QuestionStatus
from jamdesk.domain.requests import ReportForm, ReportingRequest, RequestStatus
from jamdesk.store.commitments import (
    fetch_commitment,
    fetch_overdue_commitments,
    fetch_pending_commitments,
    insert_commitment,
    replace_commitment_goals,
)
from jamdesk.store.database import Database
from jamdesk.store.history import (
    COMMITMENT_EVENTS,
    QUESTION_EVENTS,
    REQUEST_EVENTS,
    append_change,
    fetch_history,
    fetch_last_change,
    insert_first_change,
)
from jamdesk.store.questions import (
    fetch_pending_questions,
    fetch_question,
    insert_question,
    replace_question_goals,
    update_question,
)
from jamdesk.store.references import (
    meeting_of_agenda_item,
    meeting_of_paragraph,
    require_goals,
    require_row,
)
from jamdesk.store.requests import (
    fetch_overdue_requests,
    fetch_request,
    fetch_requests_awaiting_assessment,
    fetch_requests_due_between,
    insert_request,
    update_request,
)

D = dt.date


@dataclass(frozen=True)
class Seed:
    """Ids of the rows every follow-up test builds on."""

    social: int  # Socialnämnden
    school: int  # Barn- och utbildningsnämnden
    member: int  # a delegation member who asks
    manager: int  # the social board's manager who answers
    dialogue: int  # budget dialogue with Socialnämnden, 2026-03-10
    seminar: int  # results seminar with Barn- och utbildningsnämnden, 2026-04-15
    dialogue_item: int  # an agenda item of the dialogue
    seminar_item: int  # an agenda item of the seminar
    power_goal: int
    health_goal: int
    paragraph: int  # § 12 in the minutes of the dialogue


def seed_follow_up(db: Database) -> Seed:
    """Insert, with plain SQL, the organisation, boards, people, meetings and goals."""
    with db.transaction() as conn:
        conn.execute(
            "INSERT INTO organisation (id, name, delegation_name) "
            "VALUES (1, 'Östersunds kommun', 'Jämställdhetsdelegationen')"
        )

        def insert(sql: str, *params: object) -> int:
            rowid = conn.execute(sql, params).lastrowid
            assert rowid is not None
            return rowid

        social = insert(
            "INSERT INTO board (name, kind, active_from) VALUES (?, 'board', '2019-01-01')",
            "Socialnämnden",
        )
        school = insert(
            "INSERT INTO board (name, kind, active_from) VALUES (?, 'board', '2019-01-01')",
            "Barn- och utbildningsnämnden",
        )
        member = insert("INSERT INTO person (name, kind) VALUES (?, 'politician')", "Åsa Lindström")
        manager = insert(
            "INSERT INTO person (name, kind, title, board_id) VALUES (?, 'official', ?, ?)",
            "Göran Öberg",
            "Socialchef",
            social,
        )
        dialogue = insert(
            "INSERT INTO meeting (kind, meeting_date, start_time) "
            "VALUES ('budget_dialogue', '2026-03-10', '09:00')"
        )
        seminar = insert(
            "INSERT INTO meeting (kind, meeting_date, start_time) "
            "VALUES ('results_seminar', '2026-04-15', '13:00')"
        )
        conn.execute("INSERT INTO meeting_board VALUES (?, ?)", (dialogue, social))
        conn.execute("INSERT INTO meeting_board VALUES (?, ?)", (seminar, school))
        dialogue_item = insert(
            "INSERT INTO agenda_item (meeting_id, position, kind, title) "
            "VALUES (?, 1, 'question', 'Frågor om hemtjänsten')",
            dialogue,
        )
        seminar_item = insert(
            "INSERT INTO agenda_item (meeting_id, position, kind, title) "
            "VALUES (?, 1, 'question', 'Frågor om skolresultat')",
            seminar,
        )
        power_goal = insert(
            "INSERT INTO goal (kind, code, title) VALUES ('national', '1', ?)",
            "Jämn fördelning av makt och inflytande",
        )
        health_goal = insert(
            "INSERT INTO goal (kind, code, title) VALUES ('national', '5', ?)", "Jämställd hälsa"
        )
        minutes = insert(
            "INSERT INTO minutes (meeting_id, kind, body) VALUES (?, 'protocol', ?)",
            dialogue,
            "Jämställdhetsdelegationen",
        )
        paragraph = insert(
            "INSERT INTO minutes_paragraph (minutes_id, body, year, number, heading) "
            "VALUES (?, ?, 2026, 12, 'Återrapportering om hemtjänst')",
            minutes,
            "Jämställdhetsdelegationen",
        )
    return Seed(
        social,
        school,
        member,
        manager,
        dialogue,
        seminar,
        dialogue_item,
        seminar_item,
        power_goal,
        health_goal,
        paragraph,
    )


def dump(db: Database) -> list[str]:
    """Return the whole store as SQL text, to compare before and after a refused call."""
    return list(db.connection.iterdump())


_HISTORIES = (
    ("question", "question_event", "question_id"),
    ("commitment", "commitment_event", "commitment_id"),
    ("reporting_request", "reporting_request_event", "request_id"),
)


def history_problems(db: Database) -> list[str]:
    """Return every breach of the status-history invariant (rule 6) in the store."""
    problems: list[str] = []
    for record_table, event_table, owner in _HISTORIES:
        records = db.execute(f"SELECT id, status FROM {record_table}").fetchall()
        for record_id, status in records:
            events = db.execute(
                f"SELECT changed_on, from_status, to_status FROM {event_table} "
                f"WHERE {owner} = ? ORDER BY id",
                (record_id,),
            ).fetchall()
            where = f"{record_table} {record_id}"
            if not events:
                problems.append(f"{where}: no events")
                continue
            if events[0][1] is not None:
                problems.append(f"{where}: first event does not start from NULL")
            for before, after in itertools.pairwise(events):
                if after[1] != before[2]:
                    problems.append(f"{where}: chain broken at {after}")
                if after[0] < before[0]:
                    problems.append(f"{where}: date goes backwards at {after}")
            if events[-1][2] != status:
                problems.append(f"{where}: last event {events[-1][2]} is not status {status}")
    return problems


@pytest.fixture
def seed(db: Database) -> Seed:
    return seed_follow_up(db)


def test_question_round_trips_with_goals_and_swedish_text(db: Database, seed: Seed) -> None:
    question = Question(
        meeting_id=seed.dialogue,
        board_id=seed.social,
        text="Hur fördelas hemtjänstens timmar mellan kvinnor och män?",
        asked_by_id=seed.member,
        addressed_to_id=seed.manager,
        agenda_item_id=seed.dialogue_item,
    )
    with db.transaction() as conn:
        question_id = insert_question(conn, question)
        replace_question_goals(conn, question_id, [seed.health_goal, seed.power_goal])

    stored = fetch_question(db.connection, question_id)

    expected_goals = tuple(sorted((seed.health_goal, seed.power_goal)))
    assert stored is not None
    assert stored == Question(
        meeting_id=seed.dialogue,
        board_id=seed.social,
        text="Hur fördelas hemtjänstens timmar mellan kvinnor och män?",
        asked_by_id=seed.member,
        addressed_to_id=seed.manager,
        agenda_item_id=seed.dialogue_item,
        goal_ids=expected_goals,
        id=question_id,
    )


def test_question_update_writes_answer_and_replacing_goals_drops_old(
    db: Database, seed: Seed
) -> None:
    with db.transaction() as conn:
        question_id = insert_question(conn, Question(seed.dialogue, seed.social, "Statistik?"))
        replace_question_goals(conn, question_id, [seed.power_goal])
    stored = fetch_question(db.connection, question_id)
    assert stored is not None
    answered = Question(
        seed.dialogue,
        seed.social,
        "Statistik?",
        answer="Ja, könsuppdelad från 2025.",
        answered_on=D(2026, 3, 20),
        status=QuestionStatus.ANSWERED,
        id=question_id,
    )
    with db.transaction() as conn:
        update_question(conn, answered)
        replace_question_goals(conn, question_id, [seed.health_goal])

    again = fetch_question(db.connection, question_id)

    assert again is not None
    assert again.answer == "Ja, könsuppdelad från 2025."
    assert again.answered_on == D(2026, 3, 20)
    assert again.status is QuestionStatus.ANSWERED
    assert again.goal_ids == (seed.health_goal,)


def test_fetch_question_of_unknown_id_returns_none(db: Database, seed: Seed) -> None:
    assert fetch_question(db.connection, 999) is None
    assert fetch_commitment(db.connection, 999) is None
    assert fetch_request(db.connection, 999) is None


def test_pending_questions_are_the_boards_open_ones_oldest_meeting_first(
    db: Database, seed: Seed
) -> None:
    with db.transaction() as conn:
        late = insert_question(conn, Question(seed.seminar, seed.social, "Senare fråga"))
        early = insert_question(
            conn,
            Question(
                seed.dialogue,
                seed.social,
                "Tidig fråga",
                status=QuestionStatus.NEEDS_FOLLOW_UP,
            ),
        )
        insert_question(
            conn,
            Question(
                seed.dialogue,
                seed.social,
                "Besvarad",
                answer="Svar",
                answered_on=D(2026, 3, 10),
                status=QuestionStatus.ANSWERED,
            ),
        )
        insert_question(conn, Question(seed.dialogue, seed.school, "Annan nämnd"))

    pending = fetch_pending_questions(db.connection, seed.social)

    assert [question.id for question in pending] == [early, late]


def test_history_is_read_back_in_order_with_dates_and_notes(db: Database, seed: Seed) -> None:
    with db.transaction() as conn:
        question_id = insert_question(conn, Question(seed.dialogue, seed.social, "Fråga"))
        insert_first_change(conn, QUESTION_EVENTS, question_id, "open", D(2026, 3, 10))
        append_change(
            conn, QUESTION_EVENTS, question_id, "open", "answered", D(2026, 3, 20), "Svar kom"
        )
        append_change(
            conn,
            QUESTION_EVENTS,
            question_id,
            QuestionStatus.ANSWERED,
            QuestionStatus.NEEDS_FOLLOW_UP,
            D(2026, 3, 20),
            "Följs upp i maj",
        )

    history = fetch_history(db.connection, QUESTION_EVENTS, question_id)

    assert [(c.changed_on, c.from_status, c.to_status, c.note) for c in history] == [
        (D(2026, 3, 10), None, "open", ""),
        (D(2026, 3, 20), "open", "answered", "Svar kom"),
        (D(2026, 3, 20), "answered", "needs_follow_up", "Följs upp i maj"),
    ]
    assert fetch_last_change(db.connection, QUESTION_EVENTS, question_id) == history[-1]
    assert fetch_history(db.connection, COMMITMENT_EVENTS, question_id) == []


def test_append_change_refuses_a_date_before_the_last_change(db: Database, seed: Seed) -> None:
    with db.transaction() as conn:
        question_id = insert_question(conn, Question(seed.dialogue, seed.social, "Fråga"))
        insert_first_change(conn, QUESTION_EVENTS, question_id, "open", D(2026, 3, 10))

    with pytest.raises(ValidationError) as caught, db.transaction() as conn:
        append_change(
            conn, QUESTION_EVENTS, question_id, "open", "answered", D(2026, 3, 9), "för tidigt"
        )

    assert caught.value.field == "changed_on"
    assert "2026-03-09" in caught.value.message and "2026-03-10" in caught.value.message
    assert len(fetch_history(db.connection, QUESTION_EVENTS, question_id)) == 1


def test_insert_first_change_returns_what_is_read_back(db: Database, seed: Seed) -> None:
    with db.transaction() as conn:
        commitment_id = insert_commitment(
            conn, Commitment(seed.social, "Ta fram statistik", D(2026, 3, 10), D(2026, 6, 1))
        )
        written = insert_first_change(
            conn, COMMITMENT_EVENTS, commitment_id, CommitmentStatus.OPEN, D(2026, 3, 10)
        )

    assert written == StatusChange(D(2026, 3, 10), None, "open", "", written.id)
    assert fetch_history(db.connection, COMMITMENT_EVENTS, commitment_id) == [written]


def test_commitment_round_trips_with_goals(db: Database, seed: Seed) -> None:
    commitment = Commitment(
        board_id=seed.social,
        description="Redovisa brukartid i hemtjänsten per kön",
        created_on=D(2026, 3, 10),
        due_on=D(2026, 9, 30),
        made_by_id=seed.manager,
        responsible_id=seed.manager,
        responsible="Socialförvaltningen",
        meeting_id=seed.dialogue,
        agenda_item_id=seed.dialogue_item,
        status=CommitmentStatus.IN_PROGRESS,
    )
    with db.transaction() as conn:
        commitment_id = insert_commitment(conn, commitment)
        replace_commitment_goals(conn, commitment_id, [seed.power_goal])

    stored = fetch_commitment(db.connection, commitment_id)

    assert stored is not None
    assert stored.description == "Redovisa brukartid i hemtjänsten per kön"
    assert stored.responsible == "Socialförvaltningen"
    assert (stored.created_on, stored.due_on) == (D(2026, 3, 10), D(2026, 9, 30))
    assert stored.status is CommitmentStatus.IN_PROGRESS
    assert stored.goal_ids == (seed.power_goal,)
    assert stored.id == commitment_id


# (status, due date) of commitments whose overdue-ness is checked on several days.
COMMITMENT_CASES = [
    (CommitmentStatus.OPEN, D(2026, 5, 31)),
    (CommitmentStatus.OPEN, D(2026, 6, 1)),
    (CommitmentStatus.IN_PROGRESS, D(2026, 5, 1)),
    (CommitmentStatus.IN_PROGRESS, D(2026, 6, 2)),
    (CommitmentStatus.FULFILLED, D(2026, 1, 1)),
    (CommitmentStatus.NOT_FULFILLED, D(2026, 1, 1)),
    (CommitmentStatus.WITHDRAWN, None),
    (CommitmentStatus.NOT_FULFILLED, None),
]


@pytest.mark.parametrize("as_of", [D(2026, 5, 31), D(2026, 6, 1), D(2026, 6, 2), D(2027, 1, 1)])
def test_overdue_commitments_agree_with_the_domain_rule(
    db: Database, seed: Seed, as_of: dt.date
) -> None:
    with db.transaction() as conn:
        ids = [
            insert_commitment(
                conn, Commitment(seed.social, f"Åtagande {n}", D(2026, 1, 1), due, status=status)
            )
            for n, (status, due) in enumerate(COMMITMENT_CASES)
        ]

    found = [c.id for c in fetch_overdue_commitments(db.connection, as_of)]

    expected = sorted(
        (
            (due, commitment_id)
            for commitment_id, (status, due) in zip(ids, COMMITMENT_CASES, strict=True)
            if commitment_is_overdue(status, due, as_of)
        ),
        key=lambda pair: (pair[0], pair[1]),
    )
    assert found == [commitment_id for _, commitment_id in expected]


def test_due_today_is_not_overdue_and_board_filter_applies(db: Database, seed: Seed) -> None:
    today = D(2026, 6, 1)
    with db.transaction() as conn:
        due_today = insert_commitment(conn, Commitment(seed.social, "Idag", D(2026, 1, 1), today))
        social_late = insert_commitment(
            conn, Commitment(seed.social, "Sen", D(2026, 1, 1), D(2026, 5, 1))
        )
        school_late = insert_commitment(
            conn, Commitment(seed.school, "Sen skola", D(2026, 1, 1), D(2026, 4, 1))
        )

    assert [c.id for c in fetch_overdue_commitments(db.connection, today)] == [
        school_late,
        social_late,
    ]
    assert [c.id for c in fetch_overdue_commitments(db.connection, today, seed.social)] == [
        social_late
    ]
    assert due_today not in [c.id for c in fetch_overdue_commitments(db.connection, today)]


def test_pending_commitments_are_open_or_in_progress_by_due_date(db: Database, seed: Seed) -> None:
    with db.transaction() as conn:
        later = insert_commitment(conn, Commitment(seed.social, "B", D(2026, 1, 1), D(2026, 9, 1)))
        sooner = insert_commitment(
            conn,
            Commitment(
                seed.social, "A", D(2026, 1, 1), D(2026, 4, 1), status=CommitmentStatus.IN_PROGRESS
            ),
        )
        insert_commitment(
            conn,
            Commitment(seed.social, "C", D(2026, 1, 1), status=CommitmentStatus.FULFILLED),
        )
        insert_commitment(conn, Commitment(seed.school, "D", D(2026, 1, 1), D(2026, 2, 1)))

    assert [c.id for c in fetch_pending_commitments(db.connection, seed.social)] == [
        sooner,
        later,
    ]


def _request(seed: Seed, **changes: Any) -> ReportingRequest:
    base = ReportingRequest(
        board_id=seed.social,
        subject="Könsuppdelad statistik över biståndsbeslut",
        form=ReportForm.STATISTICS_BY_SEX,
        due_on=D(2026, 6, 1),
        created_on=D(2026, 3, 12),
    )
    return replace(base, **changes)


def test_request_round_trips_every_column(db: Database, seed: Seed) -> None:
    request = _request(
        seed,
        form_details="Per kön och åldersgrupp",
        meeting_id=seed.dialogue,
        paragraph_id=seed.paragraph,
        agenda_item_id=seed.dialogue_item,
        status=RequestStatus.SUPPLEMENT_REQUESTED,
        sent_on=D(2026, 3, 13),
        answered_on=D(2026, 5, 20),
        assessed_on=D(2026, 5, 25),
        request_diary_number="KS 2026/123",
        answer_diary_number="SN 2026/45",
        assessment_note="Saknar åldersgrupper",
    )
    with db.transaction() as conn:
        request_id = insert_request(conn, request)

    stored = fetch_request(db.connection, request_id)

    assert stored == replace(request, id=request_id)


def test_update_request_writes_the_new_values(db: Database, seed: Seed) -> None:
    with db.transaction() as conn:
        request_id = insert_request(conn, _request(seed))
        update_request(
            conn,
            _request(
                seed,
                id=request_id,
                status=RequestStatus.SENT,
                sent_on=D(2026, 3, 14),
                request_diary_number="KS 2026/130",
            ),
        )

    stored = fetch_request(db.connection, request_id)

    assert stored is not None
    assert (stored.status, stored.sent_on, stored.request_diary_number) == (
        RequestStatus.SENT,
        D(2026, 3, 14),
        "KS 2026/130",
    )


def test_request_lists_by_status_and_due_date(db: Database, seed: Seed) -> None:
    with db.transaction() as conn:
        sent_due_soon = insert_request(
            conn, _request(seed, status=RequestStatus.SENT, due_on=D(2026, 6, 5))
        )
        supplement_late = insert_request(
            conn,
            _request(seed, status=RequestStatus.SUPPLEMENT_REQUESTED, due_on=D(2026, 5, 1)),
        )
        sent_due_today = insert_request(
            conn, _request(seed, status=RequestStatus.SENT, due_on=D(2026, 6, 1))
        )
        insert_request(conn, _request(seed, due_on=D(2026, 5, 1)))  # a draft owes nothing
        answered = insert_request(
            conn,
            _request(seed, status=RequestStatus.ANSWERED, answered_on=D(2026, 5, 2)),
        )
        school_late = insert_request(
            conn,
            _request(seed, board_id=seed.school, status=RequestStatus.SENT, due_on=D(2026, 4, 1)),
        )

    today = D(2026, 6, 1)
    assert [r.id for r in fetch_overdue_requests(db.connection, today)] == [
        school_late,
        supplement_late,
    ]
    assert [r.id for r in fetch_overdue_requests(db.connection, today, seed.social)] == [
        supplement_late
    ]
    assert [r.id for r in fetch_requests_due_between(db.connection, today, D(2026, 6, 5))] == [
        sent_due_today,
        sent_due_soon,
    ]
    assert [r.id for r in fetch_requests_awaiting_assessment(db.connection)] == [answered]
    assert fetch_requests_awaiting_assessment(db.connection, seed.school) == []


def test_request_events_use_their_own_table(db: Database, seed: Seed) -> None:
    with db.transaction() as conn:
        request_id = insert_request(conn, _request(seed))
        insert_first_change(conn, REQUEST_EVENTS, request_id, "draft", D(2026, 3, 12))

    count = db.execute(
        "SELECT count(*) FROM reporting_request_event WHERE request_id = ?", (request_id,)
    ).fetchone()[0]
    assert count == 1
    assert fetch_history(db.connection, REQUEST_EVENTS, request_id)[0].to_status == "draft"


def test_require_row_names_the_missing_record(db: Database, seed: Seed) -> None:
    require_row(db.connection, "board", seed.social, "board_id")
    require_row(db.connection, "board", None, "board_id")

    with pytest.raises(NotFoundError) as caught:
        require_row(db.connection, "board", 4711, "board_id")

    assert caught.value.message == "There is no board with id 4711."
    assert caught.value.field == "board_id"
    with pytest.raises(NotFoundError, match="no goal with id 99"):
        require_goals(db.connection, [seed.power_goal, 99])


def test_meeting_of_agenda_item_fills_in_or_refuses_another_meeting(
    db: Database, seed: Seed
) -> None:
    conn = db.connection
    assert meeting_of_agenda_item(conn, None, seed.seminar) == seed.seminar
    assert meeting_of_agenda_item(conn, seed.dialogue_item, None) == seed.dialogue
    assert meeting_of_agenda_item(conn, seed.dialogue_item, seed.dialogue) == seed.dialogue
    with pytest.raises(ValidationError) as caught:
        meeting_of_agenda_item(conn, seed.seminar_item, seed.dialogue)
    assert caught.value.field == "agenda_item_id"
    with pytest.raises(NotFoundError, match="no agenda item with id 77"):
        meeting_of_agenda_item(conn, 77, seed.dialogue)


def test_meeting_of_paragraph_follows_its_minutes(db: Database, seed: Seed) -> None:
    conn = db.connection
    assert meeting_of_paragraph(conn, seed.paragraph, None) == seed.dialogue
    with pytest.raises(ValidationError) as caught:
        meeting_of_paragraph(conn, seed.paragraph, seed.seminar)
    assert caught.value.field == "paragraph_id"
    with pytest.raises(NotFoundError, match="no paragraph with id 5"):
        meeting_of_paragraph(conn, 5, None)
