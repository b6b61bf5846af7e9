"""Deleting questions, commitments and requests, and the refusals that protect the chain."""

from __future__ import annotations

import datetime as dt

import pytest

from jamdesk.domain.commitments import Commitment
from jamdesk.domain.errors import DomainError, NotFoundError, ValidationError
from jamdesk.domain.questions import Question, QuestionStatus
from jamdesk.domain.requests import ReportForm, ReportingRequest
from jamdesk.services.changes import RecordKind
from jamdesk.services.commitments import CommitmentService
from jamdesk.services.questions import QuestionService
from jamdesk.services.requests import RequestService
from jamdesk.store.database import Database
from jamdesk.store.undo import UndoLog
from tests.store.test_follow_up_store import Seed, dump, seed_follow_up

D = dt.date


@pytest.fixture
def seed(db: Database) -> Seed:
    return seed_follow_up(db)


def _question(db: Database, seed: Seed) -> int:
    question = (
        QuestionService(db)
        .record(
            Question(
                meeting_id=seed.dialogue,
                board_id=seed.social,
                text="Hur fördelas bistånd mellan kvinnor och män?",
                goal_ids=(seed.health_goal,),
            ),
            on=D(2026, 3, 10),
        )
        .value
    )
    assert question.id is not None
    return question.id


def _commitment(db: Database, seed: Seed, question_id: int | None = None) -> int:
    commitment = (
        CommitmentService(db)
        .record(
            Commitment(
                board_id=seed.social,
                description="Redovisa biståndsbesluten per kön",
                created_on=D(2026, 3, 10),
                due_on=D(2026, 9, 1),
                question_id=question_id,
                goal_ids=(seed.power_goal,),
            )
        )
        .value
    )
    assert commitment.id is not None
    return commitment.id


def _request(
    db: Database, seed: Seed, *, question_id: int | None = None, commitment_id: int | None = None
) -> int:
    request = (
        RequestService(db)
        .create(
            ReportingRequest(
                board_id=seed.social,
                subject="Statistik per kön",
                form=ReportForm.STATISTICS_BY_SEX,
                due_on=D(2026, 9, 30),
                created_on=D(2026, 3, 12),
                question_id=question_id,
                commitment_id=commitment_id,
            )
        )
        .value
    )
    assert request.id is not None
    return request.id


def _link(db: Database, seed: Seed, column: str, record_id: int) -> None:
    with db.transaction() as conn:
        item = conn.execute(
            "INSERT INTO agenda_item (meeting_id, position, kind, title) "
            "VALUES (?, 2, 'follow_up', 'Uppföljning')",
            (seed.seminar,),
        ).lastrowid
        conn.execute(
            f"INSERT INTO agenda_item_link (agenda_item_id, {column}) VALUES (?, ?)",
            (item, record_id),
        )


def test_a_question_with_nothing_after_it_is_deleted_with_its_history(
    db: Database, seed: Seed
) -> None:
    service = QuestionService(db)
    question_id = _question(db, seed)
    service.change_status(question_id, QuestionStatus.NEEDS_FOLLOW_UP, D(2026, 4, 1), "Oklart")

    result = service.delete(question_id)

    assert result.changed == {RecordKind.QUESTION}
    with pytest.raises(NotFoundError):
        service.get(question_id)
    conn = db.connection
    assert conn.execute("SELECT count(*) FROM question_event").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM question_goal").fetchone()[0] == 0


def test_deleting_a_question_can_be_undone_with_history_and_goals(db: Database, seed: Seed) -> None:
    question_id = _question(db, seed)
    service = QuestionService(db)
    before = service.get(question_id), service.history(question_id)
    log = UndoLog(db)
    mark = log.mark()
    service.delete(question_id)
    step = log.step_since(mark)
    assert step is not None

    log.replay(step)

    assert (service.get(question_id), service.history(question_id)) == before


@pytest.mark.parametrize("later", ["commitment", "request", "agenda"])
def test_a_question_something_came_from_is_kept(db: Database, seed: Seed, later: str) -> None:
    question_id = _question(db, seed)
    if later == "commitment":
        _commitment(db, seed, question_id=question_id)
    elif later == "request":
        _request(db, seed, question_id=question_id)
    else:
        _link(db, seed, "question_id", question_id)
    before = dump(db)

    with pytest.raises(DomainError) as refused:
        QuestionService(db).delete(question_id)

    expected = {
        "commitment": "A commitment came from this question",
        "request": "A reporting request came from this question",
        "agenda": "on the agenda of the meeting on 2026-04-15",
    }[later]
    assert expected in refused.value.message
    assert dump(db) == before


def test_a_commitment_is_deleted_unless_a_request_or_agenda_depends_on_it(
    db: Database, seed: Seed
) -> None:
    service = CommitmentService(db)
    free = _commitment(db, seed)
    requested = _commitment(db, seed)
    _request(db, seed, commitment_id=requested)
    on_agenda = _commitment(db, seed)
    _link(db, seed, "commitment_id", on_agenda)

    assert service.delete(free).changed == {RecordKind.COMMITMENT}
    with pytest.raises(NotFoundError):
        service.get(free)
    with pytest.raises(DomainError, match="A reporting request came from this commitment"):
        service.delete(requested)
    with pytest.raises(DomainError, match="2026-04-15"):
        service.delete(on_agenda)
    assert service.get(requested).id == requested


def test_only_a_draft_request_can_be_deleted(db: Database, seed: Seed) -> None:
    service = RequestService(db)
    draft = _request(db, seed)
    sent = _request(db, seed)
    service.mark_sent(sent, D(2026, 3, 15), "KS 2026/9")

    assert service.delete(draft).changed == {RecordKind.REQUEST}
    with pytest.raises(NotFoundError):
        service.get(draft)
    with pytest.raises(DomainError, match="only drafts can"):
        service.delete(sent)
    assert service.get(sent).request_diary_number == "KS 2026/9"


def test_deleting_what_does_not_exist_says_so(db: Database, seed: Seed) -> None:
    with pytest.raises(NotFoundError, match="no question with id 99"):
        QuestionService(db).delete(99)
    with pytest.raises(NotFoundError, match="no commitment with id 99"):
        CommitmentService(db).delete(99)
    with pytest.raises(NotFoundError, match="no reporting request with id 99"):
        RequestService(db).delete(99)


def test_update_corrects_question_and_answer_but_never_the_status(db: Database, seed: Seed) -> None:
    service = QuestionService(db)
    question_id = _question(db, seed)
    service.answer(question_id, "Ungefär hälften.", D(2026, 3, 10))

    changed = service.update(question_id, "  Hur fördelas biståndet?  ", "Sex av tio är kvinnor.")

    assert changed.changed == {RecordKind.QUESTION}
    stored = service.get(question_id)
    assert (stored.text, stored.answer, stored.status) == (
        "Hur fördelas biståndet?",
        "Sex av tio är kvinnor.",
        QuestionStatus.ANSWERED,
    )
    with pytest.raises(ValidationError) as refused:
        service.update(question_id, "Hur fördelas biståndet?", "  ")
    assert refused.value.field == "answer"
    with pytest.raises(ValidationError) as empty:
        service.update(question_id, " ", "Svar")
    assert empty.value.field == "text"
