"""Proposing a meeting's follow-ups from the records of the boards taking part, and adding them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from jamdesk.domain.boards import Board, BoardKind
from jamdesk.domain.commitments import Commitment, CommitmentStatus
from jamdesk.domain.errors import NotFoundError, ValidationError
from jamdesk.domain.meetings import (
    AgendaItemKind,
    AgendaLink,
    Meeting,
    MeetingKind,
    MeetingStatus,
)
from jamdesk.domain.questions import Question, QuestionStatus
from jamdesk.domain.requests import ReportForm, ReportingRequest
from jamdesk.services.agenda_proposals import (
    Proposal,
    ProposalKind,
    ProposalReason,
    shortened,
)
from jamdesk.services.changes import RecordKind
from jamdesk.services.container import Services, build_services
from jamdesk.services.example.municipality import Scale, write_example
from jamdesk.store.database import Database, open_database

D = dt.date
AS_OF = D(2026, 11, 23)
MEETING_DAY = D(2026, 12, 1)


@dataclass
class Follow:
    """A handmade store: two boards, an earlier dialogue, and records in every state."""

    services: Services
    social: int
    culture: int
    earlier: int
    open_question: int
    follow_up_question: int
    answered_question: int
    overdue_commitment: int
    open_commitment: int
    kept_commitment: int
    culture_commitment: int
    overdue_request: int
    due_request: int
    later_request: int
    answered_request: int
    draft_request: int


def _board(services: Services, name: str) -> int:
    board = services.boards.create(Board(name, BoardKind.BOARD, D(2020, 1, 1))).value
    assert board.id is not None
    return board.id


def _meeting(services: Services, day: dt.date, boards: tuple[int, ...], kind: MeetingKind) -> int:
    meeting = services.meetings.plan(Meeting(kind, day, dt.time(13, 0), board_ids=boards)).value
    assert meeting.id is not None
    return meeting.id


def _question(services: Services, meeting_id: int, board: int, text: str) -> int:
    question = Question(meeting_id, board, text)
    saved = services.questions.record(question, D(2026, 3, 10)).value
    assert saved.id is not None
    return saved.id


def _commitment(services: Services, board: int, text: str, due: dt.date, meeting: int) -> int:
    commitment = Commitment(board, text, D(2026, 3, 10), due, meeting_id=meeting)
    saved = services.commitments.record(commitment).value
    assert saved.id is not None
    return saved.id


def _request(services: Services, board: int, subject: str, due: dt.date, sent: bool) -> int:
    request = ReportingRequest(board, subject, ReportForm.STATISTICS_BY_SEX, due, D(2026, 3, 10))
    saved = services.requests.create(request).value
    assert saved.id is not None
    if sent:
        services.requests.mark_sent(saved.id, D(2026, 3, 12), "KS 2026/41")
    return saved.id


@pytest.fixture
def follow(db: Database) -> Follow:
    services = build_services(db)
    social = _board(services, "Socialnämnden")
    culture = _board(services, "Kultur- och fritidsnämnden")
    earlier = _meeting(services, D(2026, 3, 10), (social,), MeetingKind.RESULTS_SEMINAR)
    services.meetings.set_status(earlier, MeetingStatus.HELD)
    open_question = _question(services, earlier, social, "Hur fördelas bidragen?")
    follow_up = _question(services, earlier, social, "Vem får hemtjänst?")
    services.questions.change_status(
        follow_up, QuestionStatus.NEEDS_FOLLOW_UP, D(2026, 3, 10), "Svaret räckte inte"
    )
    answered = _question(services, earlier, social, "Finns statistik?")
    services.questions.answer(answered, "Ja, uppdelad på kön.", D(2026, 3, 10))
    overdue_c = _commitment(
        services, social, "Ta fram könsuppdelad statistik", D(2026, 6, 30), earlier
    )
    open_c = _commitment(services, social, "Analysera resursfördelningen", D(2027, 2, 1), earlier)
    services.commitments.change_status(
        open_c, CommitmentStatus.IN_PROGRESS, D(2026, 4, 1), "Arbetet har börjat"
    )
    kept = _commitment(services, social, "Utbilda cheferna", D(2026, 9, 1), earlier)
    services.commitments.change_status(kept, CommitmentStatus.FULFILLED, D(2026, 8, 1), "Klart")
    culture_c = _commitment(services, culture, "Räkna besökare per kön", D(2027, 1, 1), earlier)
    overdue_r = _request(services, social, "Statistik över biståndsbeslut", D(2026, 10, 1), True)
    due_r = _request(services, social, "Analys av hemtjänsten", D(2026, 12, 20), True)
    later_r = _request(services, social, "Åtgärder i missbruksvården", D(2027, 3, 1), True)
    answered_r = _request(services, social, "Redovisning av åtgärder", D(2026, 9, 1), True)
    services.requests.mark_answered(answered_r, D(2026, 8, 28), "SN 2026/77")
    draft_r = _request(services, social, "Ännu inte skickad", D(2026, 11, 30), False)
    return Follow(
        services,
        social,
        culture,
        earlier,
        open_question,
        follow_up,
        answered,
        overdue_c,
        open_c,
        kept,
        culture_c,
        overdue_r,
        due_r,
        later_r,
        answered_r,
        draft_r,
    )


def _keys(proposals: list[Proposal]) -> list[tuple[ProposalKind, int]]:
    return [proposal.key for proposal in proposals]


def test_the_boards_outstanding_records_are_proposed_with_swedish_titles(follow: Follow) -> None:
    services = follow.services
    meeting = _meeting(services, MEETING_DAY, (follow.social,), MeetingKind.BUDGET_DIALOGUE)

    proposals = services.agenda_proposals.propose(meeting, AS_OF)

    by_key = {proposal.key: proposal for proposal in proposals}
    assert _keys(proposals) == [
        (ProposalKind.COMMITMENT, follow.overdue_commitment),
        (ProposalKind.COMMITMENT, follow.open_commitment),
        (ProposalKind.REQUEST, follow.overdue_request),
        (ProposalKind.REQUEST, follow.answered_request),
        (ProposalKind.REQUEST, follow.due_request),
        (ProposalKind.QUESTION, follow.open_question),
        (ProposalKind.QUESTION, follow.follow_up_question),
    ]
    overdue = by_key[ProposalKind.COMMITMENT, follow.overdue_commitment]
    assert overdue.title == (
        "Uppföljning: åtagande – Ta fram könsuppdelad statistik (förfallet 2026-06-30)"
    )
    assert (overdue.reason, overdue.overdue, overdue.board) == (
        ProposalReason.OVERDUE_COMMITMENT,
        True,
        "Socialnämnden",
    )
    still_open = by_key[ProposalKind.COMMITMENT, follow.open_commitment]
    assert still_open.title == "Uppföljning: åtagande – Analysera resursfördelningen"
    assert (still_open.reason, still_open.overdue) == (ProposalReason.OPEN_COMMITMENT, False)
    late = by_key[ProposalKind.REQUEST, follow.overdue_request]
    assert late.title == "Återrapportering: Statistik över biståndsbeslut (förfallen 2026-10-01)"
    assert (late.reason, late.overdue, late.diary_number) == (
        ProposalReason.REPORT_OVERDUE,
        True,
        "KS 2026/41",
    )
    due = by_key[ProposalKind.REQUEST, follow.due_request]
    assert due.title == "Återrapportering: Analys av hemtjänsten (senast 2026-12-20)"
    assert due.reason is ProposalReason.REPORT_DUE
    answered = by_key[ProposalKind.REQUEST, follow.answered_request]
    assert answered.title == "Återrapportering: Redovisning av åtgärder (besvarad 2026-08-28)"
    assert answered.reason is ProposalReason.REPORT_TO_ASSESS
    question = by_key[ProposalKind.QUESTION, follow.open_question]
    assert question.title == "Obesvarad fråga: Hur fördelas bidragen?"
    assert question.reason is ProposalReason.UNANSWERED_QUESTION
    needing = by_key[ProposalKind.QUESTION, follow.follow_up_question]
    assert needing.reason is ProposalReason.QUESTION_TO_FOLLOW_UP


def test_another_boards_dialogue_gets_only_that_boards_records(follow: Follow) -> None:
    services = follow.services
    meeting = _meeting(services, MEETING_DAY, (follow.culture,), MeetingKind.BUDGET_DIALOGUE)

    proposals = services.agenda_proposals.propose(meeting, AS_OF)

    assert _keys(proposals) == [(ProposalKind.COMMITMENT, follow.culture_commitment)]
    assert proposals[0].board == "Kultur- och fritidsnämnden"


def test_a_dialogue_with_two_boards_gets_both_boards_records(follow: Follow) -> None:
    services = follow.services
    meeting = _meeting(services, MEETING_DAY, (follow.social, follow.culture), MeetingKind.CHECK_IN)

    boards = [p.board for p in services.agenda_proposals.propose(meeting, AS_OF)]

    # Listed board by board, in Swedish alphabetical order.
    assert boards[0] == "Kultur- och fritidsnämnden"
    assert set(boards[1:]) == {"Socialnämnden"}
    assert len(boards) == 8


def test_questions_of_the_meeting_itself_or_of_later_meetings_are_not_proposed(
    follow: Follow,
) -> None:
    services = follow.services
    meeting = _meeting(services, D(2026, 2, 1), (follow.social,), MeetingKind.CHECK_IN)
    _question(services, meeting, follow.social, "Ställd vid mötet självt")

    proposals = services.agenda_proposals.propose(meeting, D(2026, 1, 20))

    assert not [p for p in proposals if p.kind is ProposalKind.QUESTION]


def test_a_delegation_meeting_without_boards_gets_no_proposals(follow: Follow) -> None:
    services = follow.services
    meeting = _meeting(services, MEETING_DAY, (), MeetingKind.DELEGATION_MEETING)
    assert services.agenda_proposals.propose(meeting, AS_OF) == []


def test_an_unknown_meeting_is_refused(follow: Follow) -> None:
    with pytest.raises(NotFoundError, match="no meeting with id 999"):
        follow.services.agenda_proposals.propose(999, AS_OF)


def test_records_already_on_the_agenda_are_not_proposed_again(follow: Follow) -> None:
    services = follow.services
    meeting = _meeting(services, MEETING_DAY, (follow.social,), MeetingKind.BUDGET_DIALOGUE)
    services.agenda.add_item(
        meeting,
        AgendaItemKind.FOLLOW_UP,
        "Statistiken som utlovades",
        links=[AgendaLink(commitment_id=follow.overdue_commitment)],
    )
    other = _meeting(services, D(2026, 12, 2), (follow.social,), MeetingKind.CHECK_IN)

    keys = _keys(services.agenda_proposals.propose(meeting, AS_OF))

    assert (ProposalKind.COMMITMENT, follow.overdue_commitment) not in keys
    assert (ProposalKind.COMMITMENT, follow.open_commitment) in keys
    # Only this meeting's own agenda counts.
    other_keys = _keys(services.agenda_proposals.propose(other, AS_OF))
    assert (ProposalKind.COMMITMENT, follow.overdue_commitment) in other_keys


def test_accepting_adds_linked_follow_up_items_after_the_opening_items(follow: Follow) -> None:
    services = follow.services
    meeting = _meeting(services, MEETING_DAY, (follow.social,), MeetingKind.BUDGET_DIALOGUE)
    services.agenda.add_item(meeting, AgendaItemKind.OTHER, "Övriga frågor")
    proposals = services.agenda_proposals.propose(meeting, AS_OF)
    chosen = [proposals[0], proposals[2]]

    result = services.agenda_proposals.accept(meeting, chosen)

    assert result.changed == {RecordKind.AGENDA}
    agenda = services.agenda.items(meeting)
    assert [item.position for item in agenda] == [1, 2, 3, 4, 5, 6]
    assert [item.title for item in agenda[3:]] == [
        chosen[0].title,
        chosen[1].title,
        "Övriga frågor",
    ]
    assert [item.kind for item in agenda[3:5]] == [AgendaItemKind.FOLLOW_UP] * 2
    assert agenda[3].links == (AgendaLink(commitment_id=follow.overdue_commitment),)
    assert agenda[4].links == (AgendaLink(request_id=follow.overdue_request),)
    assert agenda[4].diary_number == "KS 2026/41"
    assert [item.id for item in result.value] == [agenda[3].id, agenda[4].id]
    left = _keys(services.agenda_proposals.propose(meeting, AS_OF))
    assert chosen[0].key not in left
    assert chosen[1].key not in left
    assert len(left) == len(proposals) - 2


def test_accepting_the_same_proposals_twice_adds_them_once(follow: Follow) -> None:
    services = follow.services
    meeting = _meeting(services, MEETING_DAY, (follow.social,), MeetingKind.BUDGET_DIALOGUE)
    proposals = services.agenda_proposals.propose(meeting, AS_OF)
    services.agenda_proposals.accept(meeting, proposals)

    again = services.agenda_proposals.accept(meeting, proposals)

    assert again.value == []
    assert again.changed == frozenset()
    assert len(services.agenda.items(meeting)) == 3 + len(proposals)


def test_accepting_is_all_or_nothing(follow: Follow) -> None:
    services = follow.services
    meeting = _meeting(services, MEETING_DAY, (follow.social,), MeetingKind.BUDGET_DIALOGUE)
    proposals = services.agenda_proposals.propose(meeting, AS_OF)
    gone = replace(proposals[0], record_id=999)

    with pytest.raises(NotFoundError, match="no commitment with id 999"):
        services.agenda_proposals.accept(meeting, [proposals[1], gone])

    assert len(services.agenda.items(meeting)) == 3


def test_accepting_nothing_is_refused(follow: Follow) -> None:
    services = follow.services
    meeting = _meeting(services, MEETING_DAY, (follow.social,), MeetingKind.BUDGET_DIALOGUE)
    with pytest.raises(ValidationError, match="at least one proposal"):
        services.agenda_proposals.accept(meeting, [])


def test_long_texts_are_cut_at_a_word() -> None:
    text = "ord " * 60
    short = shortened(text, 30)
    assert len(short) <= 30
    assert short.endswith("ord…")
    assert shortened(" Två\nrader ") == "Två rader"


@pytest.fixture
def example(tmp_path: Path) -> Iterator[Services]:
    path = tmp_path / "exempel.sqlite"
    write_example(path, scale=Scale.SMALL, seed=1, today=AS_OF, force=False)
    database = open_database(path)
    yield build_services(database)
    database.close()


def test_on_the_example_a_boards_open_commitment_and_overdue_request_are_proposed(
    example: Services,
) -> None:
    boards = example.boards.list_boards()
    board = next(
        b
        for b in boards
        if b.id is not None
        and example.commitments.outstanding(b.id)
        and example.requests.overdue(AS_OF, b.id)
    )
    assert board.id is not None
    other = next(b for b in boards if b.id != board.id and b.id is not None)
    assert other.id is not None
    commitment = example.commitments.outstanding(board.id)[0]
    request = example.requests.overdue(AS_OF, board.id)[0]
    assert commitment.id is not None
    assert request.id is not None
    dialogue = _meeting(example, D(2027, 2, 10), (board.id,), MeetingKind.BUDGET_DIALOGUE)
    elsewhere = _meeting(example, D(2027, 2, 11), (other.id,), MeetingKind.BUDGET_DIALOGUE)

    proposals = example.agenda_proposals.propose(dialogue, AS_OF)
    keys = _keys(proposals)
    assert (ProposalKind.COMMITMENT, commitment.id) in keys
    assert (ProposalKind.REQUEST, request.id) in keys
    late = next(p for p in proposals if p.key == (ProposalKind.REQUEST, request.id))
    assert late.overdue
    assert late.title.startswith(f"Återrapportering: {request.subject[:40]}")
    assert f"(förfallen {request.due_on.isoformat()})" in late.title
    assert {p.board for p in proposals} == {board.name}

    other_keys = _keys(example.agenda_proposals.propose(elsewhere, AS_OF))
    assert (ProposalKind.COMMITMENT, commitment.id) not in other_keys
    assert (ProposalKind.REQUEST, request.id) not in other_keys

    example.agenda_proposals.accept(dialogue, proposals)
    linked = {link for item in example.agenda.items(dialogue) for link in item.links}
    assert AgendaLink(commitment_id=commitment.id) in linked
    assert AgendaLink(request_id=request.id) in linked
    assert example.agenda_proposals.propose(dialogue, AS_OF) == []
    positions = [item.position for item in example.agenda.items(dialogue)]
    assert positions == list(range(1, len(positions) + 1))
