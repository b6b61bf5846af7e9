"""Recording questions, their answers and their follow-up."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest

from jamdesk.domain.errors import DomainError, NotFoundError, TransitionError, ValidationError
from jamdesk.domain.questions import Question, QuestionStatus
from jamdesk.services.changes import RecordKind
from jamdesk.services.questions import QuestionService
from jamdesk.store.database import Database
from tests.store.test_follow_up_store import Seed, dump, history_problems, seed_follow_up

D = dt.date
ASKED_ON = D(2026, 3, 10)


@pytest.fixture
def seed(db: Database) -> Seed:
    return seed_follow_up(db)


@pytest.fixture
def service(db: Database) -> QuestionService:
    return QuestionService(db)


def _question(seed: Seed, **changes: Any) -> Question:
    base = Question(
        meeting_id=seed.dialogue,
        board_id=seed.social,
        text="  Hur många kvinnor och män får hemtjänst?  ",
        asked_by_id=seed.member,
        addressed_to_id=seed.manager,
        agenda_item_id=seed.dialogue_item,
        goal_ids=(seed.health_goal, seed.power_goal, seed.health_goal),
    )
    return replace(base, **changes)


def _events(service: QuestionService, question_id: int) -> list[tuple[Any, ...]]:
    return [
        (c.changed_on, c.from_status, c.to_status, c.note) for c in service.history(question_id)
    ]


def test_record_stores_the_question_its_goals_and_first_event(
    service: QuestionService, seed: Seed
) -> None:
    result = service.record(_question(seed), on=ASKED_ON)

    assert result.changed == {RecordKind.QUESTION}
    question = result.value
    assert question.id is not None
    assert service.get(question.id) == question
    assert question.text == "Hur många kvinnor och män får hemtjänst?"
    assert question.status is QuestionStatus.OPEN
    assert question.goal_ids == tuple(sorted({seed.health_goal, seed.power_goal}))
    assert _events(service, question.id) == [(ASKED_ON, None, "open", "")]


def test_a_question_answered_at_the_meeting_is_dated_that_day(
    service: QuestionService, seed: Seed
) -> None:
    question = service.record(
        _question(seed, answer="Ungefär 60 procent kvinnor.", status=QuestionStatus.ANSWERED),
        on=ASKED_ON,
    ).value

    assert question.id is not None
    assert service.get(question.id).answered_on == ASKED_ON
    assert _events(service, question.id) == [(ASKED_ON, None, "answered", "")]


@pytest.mark.parametrize(
    ("changes", "error", "field"),
    [
        ({"text": "   "}, ValidationError, "text"),
        ({"board_id": 999}, NotFoundError, "board_id"),
        ({"meeting_id": 999, "agenda_item_id": None}, NotFoundError, "meeting_id"),
        ({"asked_by_id": 999}, NotFoundError, "asked_by_id"),
        ({"addressed_to_id": 999}, NotFoundError, "addressed_to_id"),
        ({"agenda_item_id": 999}, NotFoundError, "agenda_item_id"),
        ({"goal_ids": (999,)}, NotFoundError, "goal_ids"),
        ({"status": QuestionStatus.ANSWERED}, ValidationError, "answer"),
    ],
)
def test_record_refuses_bad_input_and_writes_nothing(
    db: Database,
    service: QuestionService,
    seed: Seed,
    changes: dict[str, Any],
    error: type[DomainError],
    field: str,
) -> None:
    before = dump(db)

    with pytest.raises(error) as caught:
        service.record(_question(seed, **changes), on=ASKED_ON)

    assert caught.value.field == field
    assert dump(db) == before


def test_record_refuses_an_agenda_item_of_another_meeting(
    db: Database, service: QuestionService, seed: Seed
) -> None:
    before = dump(db)

    with pytest.raises(ValidationError, match="another meeting") as caught:
        service.record(_question(seed, agenda_item_id=seed.seminar_item), on=ASKED_ON)

    assert caught.value.field == "agenda_item_id"
    assert dump(db) == before


def test_unknown_board_message_names_the_id(service: QuestionService, seed: Seed) -> None:
    with pytest.raises(NotFoundError) as caught:
        service.record(_question(seed, board_id=4242), on=ASKED_ON)

    assert caught.value.message == "There is no board with id 4242."


def test_answer_records_the_answer_date_and_note(service: QuestionService, seed: Seed) -> None:
    question_id = service.record(_question(seed), on=ASKED_ON).value.id
    assert question_id is not None

    result = service.answer(question_id, " 58 % kvinnor, 42 % män. ", D(2026, 3, 24), "Per e-post")

    assert result.changed == {RecordKind.QUESTION}
    stored = service.get(question_id)
    assert stored == result.value
    assert stored.answer == "58 % kvinnor, 42 % män."
    assert stored.answered_on == D(2026, 3, 24)
    assert stored.status is QuestionStatus.ANSWERED
    assert _events(service, question_id)[-1] == (
        D(2026, 3, 24),
        "open",
        "answered",
        "Per e-post",
    )


def test_answer_refuses_an_empty_answer_and_writes_nothing(
    db: Database, service: QuestionService, seed: Seed
) -> None:
    question_id = service.record(_question(seed), on=ASKED_ON).value.id
    assert question_id is not None
    before = dump(db)

    with pytest.raises(ValidationError) as caught:
        service.answer(question_id, "  ", D(2026, 3, 24))

    assert caught.value.field == "answer"
    assert dump(db) == before


def test_an_answered_question_cannot_be_answered_again(
    db: Database, service: QuestionService, seed: Seed
) -> None:
    question_id = service.record(_question(seed), on=ASKED_ON).value.id
    assert question_id is not None
    service.answer(question_id, "Svar", D(2026, 3, 24))
    before = dump(db)

    with pytest.raises(TransitionError, match="“Answered” to “Answered”"):
        service.answer(question_id, "Annat svar", D(2026, 3, 25))

    assert dump(db) == before


def test_a_change_dated_before_the_previous_one_is_refused(
    db: Database, service: QuestionService, seed: Seed
) -> None:
    question_id = service.record(_question(seed), on=ASKED_ON).value.id
    assert question_id is not None
    before = dump(db)

    with pytest.raises(ValidationError) as caught:
        service.answer(question_id, "Svar", D(2026, 3, 9))

    assert caught.value.field == "changed_on"
    assert "2026-03-10" in caught.value.message
    assert dump(db) == before


def test_change_status_to_answered_needs_an_answer(
    db: Database, service: QuestionService, seed: Seed
) -> None:
    question_id = service.record(_question(seed), on=ASKED_ON).value.id
    assert question_id is not None
    before = dump(db)

    with pytest.raises(ValidationError) as caught:
        service.change_status(question_id, QuestionStatus.ANSWERED, D(2026, 3, 20), "")

    assert caught.value.field == "answer"
    assert dump(db) == before


def test_history_lists_every_change_with_date_and_note_in_order(
    db: Database, service: QuestionService, seed: Seed
) -> None:
    question_id = service.record(_question(seed), on=ASKED_ON).value.id
    assert question_id is not None
    service.answer(question_id, "Ingen statistik ännu.", D(2026, 3, 24), "Muntligt")
    service.change_status(
        question_id, QuestionStatus.NEEDS_FOLLOW_UP, D(2026, 4, 2), "Begär statistik"
    )
    service.answer(question_id, "Statistik bifogad.", D(2026, 5, 5), "Dnr SN 2026/45")
    service.change_status(question_id, QuestionStatus.NEEDS_FOLLOW_UP, D(2026, 5, 5), "")
    result = service.change_status(
        question_id, QuestionStatus.ANSWERED, D(2026, 5, 6), "Räcker ändå"
    )

    assert _events(service, question_id) == [
        (ASKED_ON, None, "open", ""),
        (D(2026, 3, 24), "open", "answered", "Muntligt"),
        (D(2026, 4, 2), "answered", "needs_follow_up", "Begär statistik"),
        (D(2026, 5, 5), "needs_follow_up", "answered", "Dnr SN 2026/45"),
        (D(2026, 5, 5), "answered", "needs_follow_up", ""),
        (D(2026, 5, 6), "needs_follow_up", "answered", "Räcker ändå"),
    ]
    # The answer kept through the follow-up is the one given on 5 May.
    assert result.value.answer == "Statistik bifogad."
    assert result.value.answered_on == D(2026, 5, 5)
    assert history_problems(db) == []


def test_update_text_corrects_the_wording_only(service: QuestionService, seed: Seed) -> None:
    question = service.record(_question(seed), on=ASKED_ON).value
    assert question.id is not None

    result = service.update_text(question.id, "Hur fördelas hemtjänsttimmarna per kön?")

    assert service.get(question.id) == replace(
        question, text="Hur fördelas hemtjänsttimmarna per kön?"
    )
    assert result.value == service.get(question.id)
    assert len(service.history(question.id)) == 1


def test_update_text_refuses_empty_text(db: Database, service: QuestionService, seed: Seed) -> None:
    question_id = service.record(_question(seed), on=ASKED_ON).value.id
    assert question_id is not None
    before = dump(db)

    with pytest.raises(ValidationError):
        service.update_text(question_id, "")

    assert dump(db) == before


def test_set_goals_replaces_the_tags_and_refuses_unknown_goals(
    db: Database, service: QuestionService, seed: Seed
) -> None:
    question_id = service.record(_question(seed), on=ASKED_ON).value.id
    assert question_id is not None

    service.set_goals(question_id, [seed.power_goal])
    assert service.get(question_id).goal_ids == (seed.power_goal,)

    before = dump(db)
    with pytest.raises(NotFoundError, match="no goal with id 77"):
        service.set_goals(question_id, [seed.health_goal, 77])
    assert dump(db) == before


def test_unknown_question_is_reported(service: QuestionService, seed: Seed) -> None:
    with pytest.raises(NotFoundError, match=r"There is no question with id 5\."):
        service.get(5)
    with pytest.raises(NotFoundError):
        service.history(5)
    with pytest.raises(NotFoundError):
        service.answer(5, "Svar", ASKED_ON)


def test_open_for_board_lists_open_and_follow_up_questions_oldest_first(
    service: QuestionService, seed: Seed
) -> None:
    later = service.record(
        _question(seed, meeting_id=seed.seminar, agenda_item_id=None, text="Senare"),
        on=D(2026, 4, 15),
    ).value.id
    earlier = service.record(_question(seed, text="Tidigare"), on=ASKED_ON).value.id
    answered = service.record(_question(seed, text="Besvaras"), on=ASKED_ON).value.id
    followed = service.record(_question(seed, text="Följs upp"), on=ASKED_ON).value.id
    service.record(_question(seed, board_id=seed.school, text="Annan nämnd"), on=ASKED_ON)
    assert answered is not None and followed is not None
    service.answer(answered, "Svar", D(2026, 3, 11))
    service.change_status(followed, QuestionStatus.NEEDS_FOLLOW_UP, D(2026, 3, 11), "")

    listed = [question.id for question in service.open_for_board(seed.social)]

    assert listed == [earlier, followed, later]
