"""The chain question → commitment → reporting request → answer, read from either end."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from jamdesk.domain.commitments import Commitment
from jamdesk.domain.meetings import MeetingKind
from jamdesk.domain.questions import Question
from jamdesk.domain.requests import ReportForm, ReportingRequest
from jamdesk.services.commitments import CommitmentService
from jamdesk.services.questions import QuestionService
from jamdesk.services.requests import RequestService
from jamdesk.store.database import Database
from jamdesk.store.follow_up_chain import (
    ChainEntry,
    ChainKind,
    Followers,
    commitment_chain,
    followers,
    question_chain,
    request_chain,
)
from tests.store.test_follow_up_store import Seed, seed_follow_up

D = dt.date


@dataclass(frozen=True)
class Chain:
    question: int
    commitment: int
    request: int  # from the commitment, answered and assessed
    direct_request: int  # from the question itself, still a draft
    later_item: int  # an agenda item of a later meeting that takes the commitment up


@pytest.fixture
def seed(db: Database) -> Seed:
    return seed_follow_up(db)


@pytest.fixture
def chain(db: Database, seed: Seed) -> Chain:
    questions, commitments, requests = (
        QuestionService(db),
        CommitmentService(db),
        RequestService(db),
    )
    question = questions.record(
        Question(
            meeting_id=seed.dialogue,
            board_id=seed.social,
            text="Hur många kvinnor och män får hemtjänst?",
            agenda_item_id=seed.dialogue_item,
        ),
        on=D(2026, 3, 10),
    ).value
    assert question.id is not None
    commitment = commitments.record(
        Commitment(
            board_id=seed.social,
            description="Ta fram könsuppdelad statistik över hemtjänsten",
            created_on=D(2026, 3, 10),
            due_on=D(2026, 6, 30),
            meeting_id=seed.dialogue,
            agenda_item_id=seed.dialogue_item,
            question_id=question.id,
        )
    ).value
    assert commitment.id is not None
    request = requests.create(
        ReportingRequest(
            board_id=seed.social,
            subject="Statistik över hemtjänsten per kön",
            form=ReportForm.STATISTICS_BY_SEX,
            due_on=D(2026, 9, 30),
            created_on=D(2026, 3, 12),
            meeting_id=seed.dialogue,
            paragraph_id=seed.paragraph,
            commitment_id=commitment.id,
        )
    ).value
    assert request.id is not None
    requests.mark_sent(request.id, D(2026, 3, 15), "KS 2026/123")
    requests.mark_answered(request.id, D(2026, 9, 20), "KS 2026/456")
    requests.assess(request.id, True, D(2026, 10, 1), "Tillräcklig.")
    direct = requests.create(
        ReportingRequest(
            board_id=seed.social,
            subject="Analys av biståndsbesluten",
            form=ReportForm.RESOURCE_ANALYSIS,
            due_on=D(2026, 12, 1),
            created_on=D(2026, 4, 1),
            question_id=question.id,
        )
    ).value
    assert direct.id is not None
    with db.transaction() as conn:
        item = conn.execute(
            "INSERT INTO agenda_item (meeting_id, position, kind, title) "
            "VALUES (?, 2, 'follow_up', 'Uppföljning av åtaganden')",
            (seed.seminar,),
        ).lastrowid
        assert item is not None
        conn.execute(
            "INSERT INTO agenda_item_link (agenda_item_id, commitment_id) VALUES (?, ?)",
            (item, commitment.id),
        )
    return Chain(question.id, commitment.id, request.id, direct.id, item)


def _kinds(entries: tuple[ChainEntry, ...]) -> list[tuple[ChainKind, int, int]]:
    return [(entry.kind, entry.id, entry.depth) for entry in entries]


def test_a_question_leads_to_its_commitment_request_and_answer(
    db: Database, seed: Seed, chain: Chain
) -> None:
    found = question_chain(db.connection, chain.question)

    assert found is not None
    assert _kinds(found.origin) == [
        (ChainKind.MEETING, seed.dialogue, 0),
        (ChainKind.AGENDA_ITEM, seed.dialogue_item, 0),
    ]
    meeting = found.origin[0]
    assert (meeting.on, meeting.meeting_kind) == (D(2026, 3, 10), MeetingKind.BUDGET_DIALOGUE)
    assert _kinds(found.followed) == [
        (ChainKind.COMMITMENT, chain.commitment, 0),
        (ChainKind.REQUEST, chain.request, 1),
        (ChainKind.ANSWER, chain.request, 2),
        (ChainKind.REQUEST, chain.direct_request, 0),
    ]
    answer = found.followed[2]
    assert (answer.on, answer.diary_number, answer.status) == (
        D(2026, 9, 20),
        "KS 2026/456",
        "assessed_sufficient",
    )


def test_a_commitment_shows_its_question_request_and_later_agenda(
    db: Database, seed: Seed, chain: Chain
) -> None:
    found = commitment_chain(db.connection, chain.commitment)

    assert found is not None
    assert _kinds(found.origin) == [
        (ChainKind.MEETING, seed.dialogue, 0),
        (ChainKind.AGENDA_ITEM, seed.dialogue_item, 0),
        (ChainKind.QUESTION, chain.question, 0),
    ]
    assert found.origin[2].text == "Hur många kvinnor och män får hemtjänst?"
    assert _kinds(found.followed) == [
        (ChainKind.REQUEST, chain.request, 0),
        (ChainKind.ANSWER, chain.request, 1),
        (ChainKind.AGENDA_ITEM, chain.later_item, 0),
    ]
    later = found.followed[2]
    assert (later.on, later.meeting_kind, later.parent_id) == (
        D(2026, 4, 15),
        MeetingKind.RESULTS_SEMINAR,
        seed.seminar,
    )


def test_a_request_goes_back_through_its_commitment_to_the_question(
    db: Database, seed: Seed, chain: Chain
) -> None:
    found = request_chain(db.connection, chain.request)

    assert found is not None
    assert _kinds(found.origin) == [
        (ChainKind.MEETING, seed.dialogue, 0),
        (ChainKind.PARAGRAPH, seed.paragraph, 0),
        (ChainKind.QUESTION, chain.question, 0),
        (ChainKind.COMMITMENT, chain.commitment, 0),
    ]
    assert found.origin[1].number == 12
    assert _kinds(found.followed) == [(ChainKind.ANSWER, chain.request, 0)]


def test_a_draft_has_no_answer_yet(db: Database, chain: Chain) -> None:
    found = request_chain(db.connection, chain.direct_request)

    assert found is not None
    assert _kinds(found.origin) == [(ChainKind.QUESTION, chain.question, 0)]
    assert found.followed == ()


def test_missing_records_have_no_chain(db: Database, chain: Chain) -> None:
    assert question_chain(db.connection, chain.question + 99) is None
    assert commitment_chain(db.connection, chain.commitment + 99) is None
    assert request_chain(db.connection, chain.request + 99) is None


def test_followers_count_what_depends_on_a_record(db: Database, chain: Chain) -> None:
    conn = db.connection

    assert followers(conn, ChainKind.QUESTION, chain.question) == Followers(1, 1, None)
    assert followers(conn, ChainKind.COMMITMENT, chain.commitment) == Followers(
        0, 1, D(2026, 4, 15)
    )
    assert followers(conn, ChainKind.REQUEST, chain.direct_request) == Followers(0, 0, None)
