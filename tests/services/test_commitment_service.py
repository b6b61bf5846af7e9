"""Logging commitments and following up whether they were kept."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest

from jamdesk.domain.commitments import Commitment, CommitmentStatus, commitment_is_overdue
from jamdesk.domain.errors import DomainError, NotFoundError, TransitionError, ValidationError
from jamdesk.domain.questions import Question
from jamdesk.services.changes import RecordKind
from jamdesk.services.commitments import CommitmentService
from jamdesk.services.questions import QuestionService
from jamdesk.store.database import Database
from tests.store.test_follow_up_store import Seed, dump, history_problems, seed_follow_up

D = dt.date
MADE_ON = D(2026, 3, 10)


@pytest.fixture
def seed(db: Database) -> Seed:
    return seed_follow_up(db)


@pytest.fixture
def service(db: Database) -> CommitmentService:
    return CommitmentService(db)


def _commitment(seed: Seed, **changes: Any) -> Commitment:
    base = Commitment(
        board_id=seed.social,
        description=" Ta fram könsuppdelad statistik över biståndsbeslut ",
        created_on=MADE_ON,
        due_on=D(2026, 9, 30),
        made_by_id=seed.manager,
        responsible_id=seed.manager,
        responsible="Socialförvaltningens utredare",
        meeting_id=seed.dialogue,
        agenda_item_id=seed.dialogue_item,
        goal_ids=(seed.power_goal,),
    )
    return replace(base, **changes)


def _record(service: CommitmentService, seed: Seed, **changes: Any) -> int:
    commitment_id = service.record(_commitment(seed, **changes)).value.id
    assert commitment_id is not None
    return commitment_id


def _events(service: CommitmentService, commitment_id: int) -> list[tuple[Any, ...]]:
    return [
        (c.changed_on, c.from_status, c.to_status, c.note) for c in service.history(commitment_id)
    ]


def test_record_stores_the_commitment_and_opens_its_history_on_the_day_made(
    service: CommitmentService, seed: Seed
) -> None:
    result = service.record(_commitment(seed))

    assert result.changed == {RecordKind.COMMITMENT}
    commitment = result.value
    assert commitment.id is not None
    assert service.get(commitment.id) == commitment
    assert commitment.description == "Ta fram könsuppdelad statistik över biståndsbeslut"
    assert commitment.goal_ids == (seed.power_goal,)
    assert _events(service, commitment.id) == [(MADE_ON, None, "open", "")]


def test_record_takes_the_meeting_from_the_agenda_item(
    service: CommitmentService, seed: Seed
) -> None:
    commitment = service.record(_commitment(seed, meeting_id=None)).value

    assert commitment.meeting_id == seed.dialogue
    assert commitment.id is not None
    assert service.get(commitment.id).meeting_id == seed.dialogue


def test_record_links_the_question_it_answers(
    db: Database, service: CommitmentService, seed: Seed
) -> None:
    question = QuestionService(db).record(Question(seed.dialogue, seed.social, "Fråga?"), MADE_ON)

    commitment = service.record(_commitment(seed, question_id=question.value.id)).value

    assert commitment.id is not None
    assert service.get(commitment.id).question_id == question.value.id


@pytest.mark.parametrize(
    ("changes", "error", "field"),
    [
        ({"description": ""}, ValidationError, "description"),
        ({"due_on": None}, ValidationError, "due_on"),
        ({"board_id": 999}, NotFoundError, "board_id"),
        ({"made_by_id": 999}, NotFoundError, "made_by_id"),
        ({"responsible_id": 999}, NotFoundError, "responsible_id"),
        ({"meeting_id": 999}, NotFoundError, "meeting_id"),
        ({"agenda_item_id": 999}, NotFoundError, "agenda_item_id"),
        ({"agenda_item_id": "seminar_item"}, ValidationError, "agenda_item_id"),
        ({"question_id": 999}, NotFoundError, "question_id"),
        ({"goal_ids": (999,)}, NotFoundError, "goal_ids"),
    ],
)
def test_record_refuses_bad_input_and_writes_nothing(
    db: Database,
    service: CommitmentService,
    seed: Seed,
    changes: dict[str, Any],
    error: type[DomainError],
    field: str,
) -> None:
    if changes.get("agenda_item_id") == "seminar_item":
        changes = {"agenda_item_id": seed.seminar_item}
    before = dump(db)

    with pytest.raises(error) as caught:
        service.record(_commitment(seed, **changes))

    assert caught.value.field == field
    assert dump(db) == before


def test_a_commitment_without_due_date_is_refused_with_a_clear_message(
    service: CommitmentService, seed: Seed
) -> None:
    with pytest.raises(ValidationError, match="An open commitment needs a due date"):
        service.record(_commitment(seed, due_on=None))


def test_a_commitment_recorded_as_already_fulfilled_needs_no_due_date(
    service: CommitmentService, seed: Seed
) -> None:
    commitment_id = _record(service, seed, due_on=None, status=CommitmentStatus.FULFILLED)

    assert _events(service, commitment_id) == [(MADE_ON, None, "fulfilled", "")]


def test_update_changes_text_responsible_and_due_date_but_not_status(
    service: CommitmentService, seed: Seed
) -> None:
    stored = service.get(_record(service, seed))

    result = service.update(
        replace(
            stored,
            description="Statistik per kön och ålder",
            responsible_id=None,
            responsible="Avdelningschef äldreomsorg",
            due_on=D(2026, 10, 31),
            status=CommitmentStatus.FULFILLED,
        )
    )

    assert stored.id is not None
    assert service.get(stored.id) == result.value
    assert result.value == replace(
        stored,
        description="Statistik per kön och ålder",
        responsible_id=None,
        responsible="Avdelningschef äldreomsorg",
        due_on=D(2026, 10, 31),
    )
    assert len(service.history(stored.id)) == 1


def test_update_refuses_removing_the_due_date_of_an_open_commitment(
    db: Database, service: CommitmentService, seed: Seed
) -> None:
    stored = service.get(_record(service, seed))
    before = dump(db)

    with pytest.raises(ValidationError, match="needs a due date"):
        service.update(replace(stored, due_on=None))

    assert dump(db) == before


def test_history_lists_every_change_with_date_and_note_in_order(
    db: Database, service: CommitmentService, seed: Seed
) -> None:
    commitment_id = _record(service, seed)
    service.change_status(
        commitment_id, CommitmentStatus.IN_PROGRESS, D(2026, 4, 1), "Arbetet har börjat"
    )
    service.change_status(commitment_id, CommitmentStatus.NOT_FULFILLED, D(2026, 10, 1), "")
    service.change_status(
        commitment_id,
        CommitmentStatus.IN_PROGRESS,
        D(2026, 10, 1),
        "Ny chans",
        due_on=D(2026, 12, 31),
    )
    result = service.change_status(
        commitment_id, CommitmentStatus.FULFILLED, D(2026, 12, 15), "Rapport inkommen"
    )

    assert result.changed == {RecordKind.COMMITMENT}
    assert result.value.status is CommitmentStatus.FULFILLED
    assert service.get(commitment_id) == result.value
    assert result.value.due_on == D(2026, 12, 31)
    assert _events(service, commitment_id) == [
        (MADE_ON, None, "open", ""),
        (D(2026, 4, 1), "open", "in_progress", "Arbetet har börjat"),
        (D(2026, 10, 1), "in_progress", "not_fulfilled", ""),
        (D(2026, 10, 1), "not_fulfilled", "in_progress", "Ny chans"),
        (D(2026, 12, 15), "in_progress", "fulfilled", "Rapport inkommen"),
    ]
    assert history_problems(db) == []


def test_a_fulfilled_commitment_cannot_be_reopened(
    db: Database, service: CommitmentService, seed: Seed
) -> None:
    commitment_id = _record(service, seed)
    service.change_status(commitment_id, CommitmentStatus.FULFILLED, D(2026, 5, 1), "Klart")
    before = dump(db)

    with pytest.raises(TransitionError) as caught:
        service.change_status(commitment_id, CommitmentStatus.OPEN, D(2026, 5, 2), "")

    assert caught.value.message == "The status cannot change from “Fulfilled” to “Open”."
    assert dump(db) == before


def test_a_change_dated_before_the_previous_change_is_refused(
    db: Database, service: CommitmentService, seed: Seed
) -> None:
    commitment_id = _record(service, seed)
    service.change_status(commitment_id, CommitmentStatus.IN_PROGRESS, D(2026, 5, 1), "")
    before = dump(db)

    with pytest.raises(ValidationError) as caught:
        service.change_status(commitment_id, CommitmentStatus.FULFILLED, D(2026, 4, 30), "")

    assert caught.value.field == "changed_on"
    assert "2026-04-30" in caught.value.message and "2026-05-01" in caught.value.message
    assert dump(db) == before


def test_a_change_dated_before_the_commitment_was_made_is_refused(
    db: Database, service: CommitmentService, seed: Seed
) -> None:
    commitment_id = _record(service, seed)
    before = dump(db)

    with pytest.raises(ValidationError, match="the commitment was made on 2026-03-10"):
        service.change_status(commitment_id, CommitmentStatus.WITHDRAWN, D(2026, 3, 9), "")

    assert dump(db) == before


def test_taking_up_again_without_a_due_date_is_refused(
    db: Database, service: CommitmentService, seed: Seed
) -> None:
    commitment_id = _record(service, seed, due_on=None, status=CommitmentStatus.NOT_FULFILLED)
    before = dump(db)

    with pytest.raises(ValidationError, match="needs a due date"):
        service.change_status(commitment_id, CommitmentStatus.IN_PROGRESS, D(2026, 4, 1), "")

    assert dump(db) == before


def test_set_goals_replaces_the_tags(service: CommitmentService, seed: Seed) -> None:
    commitment_id = _record(service, seed)

    result = service.set_goals(commitment_id, [seed.health_goal, seed.power_goal])

    assert service.get(commitment_id).goal_ids == result.value.goal_ids
    assert set(result.value.goal_ids) == {seed.health_goal, seed.power_goal}


def test_unknown_commitment_is_reported(service: CommitmentService, seed: Seed) -> None:
    with pytest.raises(NotFoundError, match=r"There is no commitment with id 8\."):
        service.get(8)
    with pytest.raises(NotFoundError):
        service.history(8)
    with pytest.raises(NotFoundError):
        service.change_status(8, CommitmentStatus.FULFILLED, MADE_ON, "")


# (status, due date) of commitments checked against the domain rule on several days.
CASES = [
    (CommitmentStatus.OPEN, D(2026, 5, 31)),
    (CommitmentStatus.OPEN, D(2026, 6, 1)),
    (CommitmentStatus.IN_PROGRESS, D(2026, 4, 1)),
    (CommitmentStatus.IN_PROGRESS, D(2026, 6, 30)),
    (CommitmentStatus.NOT_FULFILLED, D(2026, 4, 1)),
    (CommitmentStatus.FULFILLED, D(2026, 4, 1)),
    (CommitmentStatus.WITHDRAWN, None),
]


@pytest.mark.parametrize("as_of", [D(2026, 4, 1), D(2026, 6, 1), D(2026, 6, 2), D(2026, 7, 1)])
def test_overdue_agrees_with_the_domain_rule(
    service: CommitmentService, seed: Seed, as_of: dt.date
) -> None:
    made: list[Commitment] = []
    for n, (status, due) in enumerate(CASES):
        board = seed.social if n % 2 else seed.school
        made.append(
            service.record(
                _commitment(
                    seed, board_id=board, description=f"Åtagande {n}", due_on=due, status=status
                )
            ).value
        )

    expected = sorted(
        (c for c in made if commitment_is_overdue(c.status, c.due_on, as_of)),
        key=lambda c: (c.due_on, c.id),
    )
    assert [c.id for c in service.overdue(as_of)] == [c.id for c in expected]
    assert [c.id for c in service.overdue(as_of, seed.social)] == [
        c.id for c in expected if c.board_id == seed.social
    ]


def test_due_today_is_not_overdue(service: CommitmentService, seed: Seed) -> None:
    today = D(2026, 6, 1)
    due_today = _record(service, seed, due_on=today)
    due_yesterday = _record(service, seed, due_on=today - dt.timedelta(days=1))

    assert [c.id for c in service.overdue(today)] == [due_yesterday]
    assert due_today in [c.id for c in service.overdue(today + dt.timedelta(days=1))]


def test_outstanding_lists_a_boards_pending_commitments_by_due_date(
    service: CommitmentService, seed: Seed
) -> None:
    later = _record(service, seed, due_on=D(2026, 11, 1))
    sooner = _record(service, seed, due_on=D(2026, 5, 1))
    kept = _record(service, seed)
    _record(service, seed, board_id=seed.school, agenda_item_id=None, meeting_id=None)
    service.change_status(kept, CommitmentStatus.FULFILLED, D(2026, 4, 1), "")
    service.change_status(later, CommitmentStatus.IN_PROGRESS, D(2026, 4, 1), "")

    assert [c.id for c in service.outstanding(seed.social)] == [sooner, later]
