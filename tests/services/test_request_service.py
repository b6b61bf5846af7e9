"""Reporting requests: drafted, sent, answered and assessed."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest

from jamdesk.domain.commitments import Commitment
from jamdesk.domain.errors import DomainError, NotFoundError, TransitionError, ValidationError
from jamdesk.domain.questions import Question
from jamdesk.domain.requests import (
    ReportForm,
    ReportingRequest,
    RequestStatus,
    request_is_overdue,
)
from jamdesk.services.changes import RecordKind
from jamdesk.services.commitments import CommitmentService
from jamdesk.services.questions import QuestionService
from jamdesk.services.requests import RequestService
from jamdesk.store.database import Database
from tests.store.test_follow_up_store import Seed, dump, history_problems, seed_follow_up

D = dt.date
MADE_ON = D(2026, 3, 12)
DUE_ON = D(2026, 6, 1)


@pytest.fixture
def seed(db: Database) -> Seed:
    return seed_follow_up(db)


@pytest.fixture
def service(db: Database) -> RequestService:
    return RequestService(db)


def _request(seed: Seed, **changes: Any) -> ReportingRequest:
    base = ReportingRequest(
        board_id=seed.social,
        subject=" Könsuppdelad statistik över beviljade insatser ",
        form=ReportForm.STATISTICS_BY_SEX,
        form_details="Per kön och åldersgrupp, 2023–2025",
        due_on=DUE_ON,
        created_on=MADE_ON,
        meeting_id=seed.dialogue,
        paragraph_id=seed.paragraph,
        agenda_item_id=seed.dialogue_item,
    )
    return replace(base, **changes)


def _create(service: RequestService, seed: Seed, **changes: Any) -> int:
    request_id = service.create(_request(seed, **changes)).value.id
    assert request_id is not None
    return request_id


def _answered(service: RequestService, seed: Seed, **changes: Any) -> int:
    request_id = _create(service, seed, **changes)
    service.mark_sent(request_id, D(2026, 3, 13), "KS 2026/123")
    service.mark_answered(request_id, D(2026, 5, 20), "SN 2026/45")
    return request_id


def _events(service: RequestService, request_id: int) -> list[tuple[Any, ...]]:
    return [(c.changed_on, c.from_status, c.to_status, c.note) for c in service.history(request_id)]


def test_create_stores_a_draft_and_opens_its_history(service: RequestService, seed: Seed) -> None:
    result = service.create(_request(seed))

    assert result.changed == {RecordKind.REQUEST}
    request = result.value
    assert request.id is not None
    assert service.get(request.id) == request
    assert request.status is RequestStatus.DRAFT
    assert request.subject == "Könsuppdelad statistik över beviljade insatser"
    assert _events(service, request.id) == [(MADE_ON, None, "draft", "")]


def test_create_takes_the_meeting_from_the_paragraph(service: RequestService, seed: Seed) -> None:
    request = service.create(_request(seed, meeting_id=None, agenda_item_id=None)).value

    assert request.meeting_id == seed.dialogue


def test_create_links_question_and_commitment(
    db: Database, service: RequestService, seed: Seed
) -> None:
    question = QuestionService(db).record(Question(seed.dialogue, seed.social, "Fråga"), MADE_ON)
    commitment = CommitmentService(db).record(
        Commitment(seed.social, "Åtagande", MADE_ON, D(2026, 9, 1))
    )

    request = service.create(
        _request(seed, question_id=question.value.id, commitment_id=commitment.value.id)
    ).value

    assert request.id is not None
    stored = service.get(request.id)
    assert (stored.question_id, stored.commitment_id) == (
        question.value.id,
        commitment.value.id,
    )


@pytest.mark.parametrize(
    ("changes", "error", "field"),
    [
        ({"subject": " "}, ValidationError, "subject"),
        ({"due_on": D(2026, 3, 11)}, ValidationError, "due_on"),
        ({"board_id": 999}, NotFoundError, "board_id"),
        ({"meeting_id": 999}, NotFoundError, "meeting_id"),
        ({"paragraph_id": 999}, NotFoundError, "paragraph_id"),
        ({"agenda_item_id": 999}, NotFoundError, "agenda_item_id"),
        ({"question_id": 999}, NotFoundError, "question_id"),
        ({"commitment_id": 999}, NotFoundError, "commitment_id"),
        ({"meeting_id": "seminar"}, ValidationError, "paragraph_id"),
        ({"agenda_item_id": "seminar_item"}, ValidationError, "agenda_item_id"),
    ],
)
def test_create_refuses_bad_input_and_writes_nothing(
    db: Database,
    service: RequestService,
    seed: Seed,
    changes: dict[str, Any],
    error: type[DomainError],
    field: str,
) -> None:
    if changes.get("meeting_id") == "seminar":
        changes = {"meeting_id": seed.seminar}
    if changes.get("agenda_item_id") == "seminar_item":
        changes = {"agenda_item_id": seed.seminar_item}
    before = dump(db)

    with pytest.raises(error) as caught:
        service.create(_request(seed, **changes))

    assert caught.value.field == field
    assert dump(db) == before


def test_create_refuses_a_request_that_is_not_a_draft(service: RequestService, seed: Seed) -> None:
    with pytest.raises(ValueError, match="draft"):
        service.create(_request(seed, status=RequestStatus.SENT, sent_on=MADE_ON))


def test_the_whole_workflow_is_recorded_in_order(
    db: Database, service: RequestService, seed: Seed
) -> None:
    request_id = _create(service, seed)

    sent = service.mark_sent(request_id, D(2026, 3, 13), " KS 2026/123 ", "Skickad via e-post")
    answered = service.mark_answered(request_id, D(2026, 5, 20), "SN 2026/45", "Svar inkom")
    supplement = service.assess(
        request_id, False, D(2026, 5, 25), "Saknar åldersgrupper", new_due_on=D(2026, 6, 30)
    )
    again = service.mark_answered(request_id, D(2026, 6, 20), "SN 2026/51")
    final = service.assess(request_id, True, D(2026, 6, 22), "Tillräckligt")

    assert (sent.value.status, sent.value.sent_on, sent.value.request_diary_number) == (
        RequestStatus.SENT,
        D(2026, 3, 13),
        "KS 2026/123",
    )
    assert (answered.value.answered_on, answered.value.answer_diary_number) == (
        D(2026, 5, 20),
        "SN 2026/45",
    )
    assert supplement.value.status is RequestStatus.SUPPLEMENT_REQUESTED
    assert (supplement.value.assessed_on, supplement.value.due_on) == (
        D(2026, 5, 25),
        D(2026, 6, 30),
    )
    # An answered supplement keeps the earlier assessment's date until assessed again.
    assert (again.value.answered_on, again.value.assessed_on) == (
        D(2026, 6, 20),
        D(2026, 5, 25),
    )
    assert final.value == service.get(request_id)
    assert (final.value.status, final.value.assessed_on, final.value.assessment_note) == (
        RequestStatus.ASSESSED_SUFFICIENT,
        D(2026, 6, 22),
        "Tillräckligt",
    )
    assert _events(service, request_id) == [
        (MADE_ON, None, "draft", ""),
        (D(2026, 3, 13), "draft", "sent", "Skickad via e-post"),
        (D(2026, 5, 20), "sent", "answered", "Svar inkom"),
        (D(2026, 5, 25), "answered", "supplement_requested", "Saknar åldersgrupper"),
        (D(2026, 6, 20), "supplement_requested", "answered", ""),
        (D(2026, 6, 22), "answered", "assessed_sufficient", "Tillräckligt"),
    ]
    assert history_problems(db) == []


def test_answering_a_draft_is_refused(db: Database, service: RequestService, seed: Seed) -> None:
    request_id = _create(service, seed)
    before = dump(db)

    with pytest.raises(TransitionError) as caught:
        service.mark_answered(request_id, D(2026, 5, 20), "SN 2026/45")

    assert caught.value.message == "The status cannot change from “Draft” to “Answered”."
    assert dump(db) == before


def test_assessing_before_the_answer_came_is_refused(
    db: Database, service: RequestService, seed: Seed
) -> None:
    request_id = _create(service, seed)
    service.mark_sent(request_id, D(2026, 3, 13), "KS 2026/123")
    before = dump(db)

    with pytest.raises(TransitionError, match="from “Sent” to “Assessed sufficient”"):
        service.assess(request_id, True, D(2026, 5, 1), "")

    assert dump(db) == before


def test_an_assessment_dated_before_the_answer_is_refused(
    db: Database, service: RequestService, seed: Seed
) -> None:
    request_id = _answered(service, seed)
    before = dump(db)

    with pytest.raises(ValidationError) as caught:
        service.assess(request_id, False, D(2026, 5, 19), "Otydligt")

    assert caught.value.field == "assessed_on"
    assert "2026-05-20" in caught.value.message
    assert dump(db) == before


@pytest.mark.parametrize(
    ("step", "field"),
    [
        ("send_before_made", "sent_on"),
        ("answer_before_sent", "answered_on"),
        ("supplement_before_requested", "answered_on"),
        ("new_due_before_assessment", "due_on"),
        ("new_due_when_sufficient", "due_on"),
    ],
)
def test_dates_that_go_backwards_are_refused_and_write_nothing(
    db: Database, service: RequestService, seed: Seed, step: str, field: str
) -> None:
    request_id = _create(service, seed)
    if step != "send_before_made":
        service.mark_sent(request_id, D(2026, 3, 13), "KS 2026/123")
    if step in {"supplement_before_requested", "new_due_before_assessment"}:
        service.mark_answered(request_id, D(2026, 5, 20), "SN 2026/45")
    if step == "supplement_before_requested":
        service.assess(request_id, False, D(2026, 5, 25), "Komplettera")
    if step == "new_due_when_sufficient":
        service.mark_answered(request_id, D(2026, 5, 20), "SN 2026/45")
    before = dump(db)

    with pytest.raises(ValidationError) as caught:
        if step == "send_before_made":
            service.mark_sent(request_id, D(2026, 3, 11), "KS 2026/123")
        elif step == "answer_before_sent":
            service.mark_answered(request_id, D(2026, 3, 12), "SN 2026/45")
        elif step == "supplement_before_requested":
            service.mark_answered(request_id, D(2026, 5, 24), "SN 2026/51")
        elif step == "new_due_before_assessment":
            service.assess(request_id, False, D(2026, 5, 25), "", new_due_on=D(2026, 5, 24))
        else:
            service.assess(request_id, True, D(2026, 5, 25), "", new_due_on=D(2026, 7, 1))

    assert caught.value.field == field
    assert dump(db) == before


def test_a_sent_request_cannot_be_sent_again(
    db: Database, service: RequestService, seed: Seed
) -> None:
    request_id = _create(service, seed)
    service.mark_sent(request_id, D(2026, 3, 13), "KS 2026/123")
    before = dump(db)

    with pytest.raises(TransitionError):
        service.mark_sent(request_id, D(2026, 3, 14), "KS 2026/124")

    assert dump(db) == before


def test_update_changes_a_draft(service: RequestService, seed: Seed) -> None:
    stored = service.get(_create(service, seed))

    result = service.update(
        replace(
            stored,
            subject="Analys av resursfördelning",
            form=ReportForm.RESOURCE_ANALYSIS,
            form_details="Kvinnor och män, flickor och pojkar",
            due_on=D(2026, 8, 31),
            status=RequestStatus.SENT,
        )
    )

    assert result.value == replace(
        stored,
        subject="Analys av resursfördelning",
        form=ReportForm.RESOURCE_ANALYSIS,
        form_details="Kvinnor och män, flickor och pojkar",
        due_on=D(2026, 8, 31),
    )
    assert stored.id is not None
    assert service.get(stored.id) == result.value
    assert len(service.history(stored.id)) == 1


def test_update_is_allowed_when_a_supplement_is_requested(
    service: RequestService, seed: Seed
) -> None:
    request_id = _answered(service, seed)
    service.assess(request_id, False, D(2026, 5, 25), "Komplettera")

    result = service.update(replace(service.get(request_id), due_on=D(2026, 6, 30)))

    assert service.get(request_id).due_on == D(2026, 6, 30) == result.value.due_on


def test_update_refuses_a_sent_request_and_a_due_date_before_the_supplement_request(
    db: Database, service: RequestService, seed: Seed
) -> None:
    request_id = _create(service, seed)
    service.mark_sent(request_id, D(2026, 3, 13), "KS 2026/123")
    before = dump(db)

    with pytest.raises(ValidationError, match="“Sent” can no longer be changed"):
        service.update(replace(service.get(request_id), subject="Nytt ämne"))
    assert dump(db) == before

    service.mark_answered(request_id, D(2026, 5, 20), "SN 2026/45")
    service.assess(request_id, False, D(2026, 5, 25), "Komplettera")
    before = dump(db)
    with pytest.raises(ValidationError) as caught:
        service.update(replace(service.get(request_id), due_on=D(2026, 5, 24)))
    assert caught.value.field == "due_on"
    assert dump(db) == before


def test_unknown_request_is_reported(service: RequestService, seed: Seed) -> None:
    with pytest.raises(NotFoundError, match=r"There is no reporting request with id 3\."):
        service.get(3)
    with pytest.raises(NotFoundError):
        service.history(3)
    with pytest.raises(NotFoundError):
        service.mark_sent(3, MADE_ON, "KS 2026/1")


def _requests_in_every_state(service: RequestService, seed: Seed) -> list[int]:
    """Create requests due on 31 May, 1 June and 2 June in each state of the workflow."""
    ids: list[int] = []
    for due in (D(2026, 5, 31), D(2026, 6, 1), D(2026, 6, 2)):
        for state in ("draft", "sent", "answered", "supplement", "sufficient"):
            board = seed.school if state == "sent" and due.day == 1 else seed.social
            request_id = _create(
                service,
                seed,
                board_id=board,
                due_on=due,
                meeting_id=None,
                paragraph_id=None,
                agenda_item_id=None,
            )
            if state != "draft":
                service.mark_sent(request_id, D(2026, 3, 13), "KS 2026/123")
            if state in {"answered", "supplement", "sufficient"}:
                service.mark_answered(request_id, D(2026, 4, 1), "SN 2026/45")
            if state in {"supplement", "sufficient"}:
                service.assess(request_id, state == "sufficient", D(2026, 4, 2), "")
            ids.append(request_id)
    return ids


@pytest.mark.parametrize("as_of", [D(2026, 5, 31), D(2026, 6, 1), D(2026, 6, 2), D(2026, 6, 3)])
def test_overdue_agrees_with_the_domain_rule(
    service: RequestService, seed: Seed, as_of: dt.date
) -> None:
    requests = [service.get(i) for i in _requests_in_every_state(service, seed)]

    expected = sorted(
        (r for r in requests if request_is_overdue(r.status, r.due_on, as_of)),
        key=lambda r: (r.due_on, r.id),
    )
    assert [r.id for r in service.overdue(as_of)] == [r.id for r in expected]
    assert [r.id for r in service.overdue(as_of, seed.school)] == [
        r.id for r in expected if r.board_id == seed.school
    ]


def test_due_today_is_not_overdue(service: RequestService, seed: Seed) -> None:
    request_id = _create(service, seed, due_on=DUE_ON)
    service.mark_sent(request_id, D(2026, 3, 13), "KS 2026/123")

    assert service.overdue(DUE_ON) == []
    assert [r.id for r in service.overdue(DUE_ON + dt.timedelta(days=1))] == [request_id]


def test_due_within_lists_requests_awaiting_an_answer_in_the_window(
    service: RequestService, seed: Seed
) -> None:
    ids = _requests_in_every_state(service, seed)
    # Awaiting an answer: "sent" and "supplement" of each due date (positions 1 and 3).
    sent_31, supplement_31, sent_1, supplement_1, sent_2, supplement_2 = (
        ids[1],
        ids[3],
        ids[6],
        ids[8],
        ids[11],
        ids[13],
    )

    assert [r.id for r in service.due_within(D(2026, 6, 1), 0)] == [sent_1, supplement_1]
    assert [r.id for r in service.due_within(D(2026, 5, 31), 1)] == [
        sent_31,
        supplement_31,
        sent_1,
        supplement_1,
    ]
    assert [r.id for r in service.due_within(D(2026, 6, 2), 30)] == [sent_2, supplement_2]
    assert [r.id for r in service.due_within(D(2026, 6, 2), 30, seed.school)] == []


def test_awaiting_assessment_lists_answered_requests_oldest_answer_first(
    service: RequestService, seed: Seed
) -> None:
    late = _create(service, seed)
    service.mark_sent(late, D(2026, 3, 13), "KS 2026/123")
    service.mark_answered(late, D(2026, 5, 20), "SN 2026/45")
    early = _create(service, seed)
    service.mark_sent(early, D(2026, 3, 13), "KS 2026/124")
    service.mark_answered(early, D(2026, 5, 10), "SN 2026/40")
    assessed = _answered(service, seed)
    service.assess(assessed, True, D(2026, 5, 21), "Bra")
    _create(service, seed)

    assert [r.id for r in service.awaiting_assessment()] == [early, late]
    assert service.awaiting_assessment(seed.school) == []
