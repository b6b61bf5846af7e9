"""The question bank: the starter set, keeping entries, filters, and adding them to agendas."""

from __future__ import annotations

import datetime as dt

import pytest

from jamdesk.domain.errors import NotFoundError, ValidationError
from jamdesk.domain.goals import Goal, GoalKind
from jamdesk.domain.meetings import AgendaItemKind, Meeting, MeetingKind
from jamdesk.domain.question_bank import MethodStep, QuestionBankEntry
from jamdesk.services.changes import RecordKind
from jamdesk.services.container import Services, build_services
from jamdesk.store.database import Database


@pytest.fixture
def services(db: Database) -> Services:
    return build_services(db)


def _goal(services: Services, title: str, code: str) -> int:
    goal = services.goals.create(Goal(GoalKind.NATIONAL, title, code)).value
    assert goal.id is not None
    return goal.id


def _entry(
    services: Services,
    text: str = "Hur fördelas tiden?",
    kinds: tuple[MeetingKind, ...] = (MeetingKind.CHECK_IN,),
    step: MethodStep | None = None,
    goals: tuple[int, ...] = (),
) -> int:
    created = services.question_bank.create(QuestionBankEntry(text, kinds, step, goals)).value
    assert created.id is not None
    return created.id


def _meeting(services: Services) -> int:
    meeting = services.meetings.plan(
        Meeting(MeetingKind.DELEGATION_MEETING, dt.date(2026, 12, 1), dt.time(9, 0))
    ).value
    assert meeting.id is not None
    return meeting.id


def test_the_migration_brings_a_swedish_starter_set_tagged_by_kind_and_step(
    services: Services,
) -> None:
    entries = services.question_bank.entries()

    assert len(entries) == 22
    assert all(entry.active and entry.meeting_kinds for entry in entries)
    assert any("kvinnor och män" in entry.text for entry in entries)
    assert sum(any(letter in entry.text for letter in "åäö") for entry in entries) >= 20
    steps = {entry.method_step for entry in entries}
    assert steps == {*MethodStep, None}
    budget = services.question_bank.entries(meeting_kind=MeetingKind.BUDGET_DIALOGUE)
    assert 0 < len(budget) < 22
    assert all(MeetingKind.BUDGET_DIALOGUE in entry.meeting_kinds for entry in budget)
    realise = services.question_bank.entries(method_step=MethodStep.REALISE)
    assert [entry.text[:22] for entry in realise] == [
        "Vilka åtgärder har näm",
        "Vilka mål och indikato",
        "Vem ansvarar för att å",
    ]


def test_filters_combine_kind_step_and_goal(services: Services) -> None:
    health = _goal(services, "Jämställd hälsa", "5")
    power = _goal(services, "Jämn fördelning av makt och inflytande", "1")
    wanted = _entry(
        services,
        "Hur mår kvinnor och män i hemtjänsten?",
        kinds=(MeetingKind.RESULTS_SEMINAR, MeetingKind.BUDGET_DIALOGUE),
        step=MethodStep.REALIA,
        goals=(health,),
    )
    board = _entry(services, "Vem sitter i styrelsen?", step=MethodStep.REALIA, goals=(power,))

    found = services.question_bank.entries(
        meeting_kind=MeetingKind.RESULTS_SEMINAR, method_step=MethodStep.REALIA, goal_id=health
    )

    assert [entry.id for entry in found] == [wanted]
    assert found[0].meeting_kinds == (MeetingKind.BUDGET_DIALOGUE, MeetingKind.RESULTS_SEMINAR)
    assert found[0].goal_ids == (health,)
    assert [e.id for e in services.question_bank.entries(goal_id=power)] == [board]


def test_a_new_entry_goes_last_and_reads_back(services: Services) -> None:
    result = services.question_bank.create(
        QuestionBankEntry(
            "  Hur följs målen upp?  ",
            meeting_kinds=(MeetingKind.CHECK_IN, MeetingKind.CHECK_IN),
            method_step=MethodStep.REALISE,
        )
    )

    assert result.changed == {RecordKind.QUESTION_BANK}
    entry = result.value
    assert entry.id is not None
    assert services.question_bank.get(entry.id) == entry
    assert entry.text == "Hur följs målen upp?"
    assert entry.meeting_kinds == (MeetingKind.CHECK_IN,)
    assert services.question_bank.entries()[-1].id == entry.id


def test_an_entry_needs_text_and_a_meeting_kind(services: Services) -> None:
    with pytest.raises(ValidationError) as empty:
        services.question_bank.create(QuestionBankEntry("  ", (MeetingKind.CHECK_IN,)))
    assert empty.value.field == "text"
    with pytest.raises(ValidationError) as untagged:
        services.question_bank.create(QuestionBankEntry("Hur?", ()))
    assert untagged.value.field == "meeting_kinds"
    with pytest.raises(NotFoundError, match="no goal with id 77"):
        services.question_bank.create(
            QuestionBankEntry("Hur?", (MeetingKind.CHECK_IN,), goal_ids=(77,))
        )
    assert len(services.question_bank.entries()) == 22


def test_editing_changes_text_step_and_tags(services: Services) -> None:
    goal = _goal(services, "Ekonomisk jämställdhet", "2")
    entry = services.question_bank.get(_entry(services))
    changed = services.question_bank.update(
        QuestionBankEntry(
            "Hur fördelas tiden mellan kvinnor och män?",
            (MeetingKind.BUDGET_DIALOGUE,),
            MethodStep.RESOURCES,
            (goal,),
            id=entry.id,
            sort_order=entry.sort_order,
        )
    ).value
    assert entry.id is not None
    assert services.question_bank.get(entry.id) == changed
    assert changed.method_step is MethodStep.RESOURCES

    tagged = services.question_bank.set_tags(entry.id, [MeetingKind.CHECK_IN], []).value
    assert services.question_bank.get(entry.id).meeting_kinds == (MeetingKind.CHECK_IN,)
    assert tagged.goal_ids == ()
    with pytest.raises(ValidationError):
        services.question_bank.set_tags(entry.id, [], [goal])


def test_a_deactivated_entry_is_listed_only_on_request(services: Services) -> None:
    entry_id = _entry(services)
    services.question_bank.set_active(entry_id, False)

    assert entry_id not in [e.id for e in services.question_bank.entries()]
    listed = services.question_bank.entries(include_inactive=True)
    assert [e.active for e in listed if e.id == entry_id] == [False]

    services.question_bank.set_active(entry_id, True)
    assert entry_id in [e.id for e in services.question_bank.entries()]


def test_deleting_an_entry_keeps_the_agenda_items_made_from_it(services: Services) -> None:
    entry_id = _entry(services, "Vem bestämmer?")
    meeting = _meeting(services)
    services.question_bank.add_to_agenda(meeting, [entry_id])

    assert services.question_bank.delete(entry_id).changed == {RecordKind.QUESTION_BANK}

    with pytest.raises(NotFoundError, match="no question with id"):
        services.question_bank.get(entry_id)
    assert services.agenda.items(meeting)[-1].title == "Vem bestämmer?"
    with pytest.raises(NotFoundError):
        services.question_bank.delete(entry_id)


def test_bank_questions_go_on_the_agenda_after_the_follow_ups(services: Services) -> None:
    meeting = _meeting(services)
    services.agenda.add_item(meeting, AgendaItemKind.OTHER, "Mötets avslutande")
    services.agenda.add_item(meeting, AgendaItemKind.FOLLOW_UP, "Uppföljning", position=4)
    first, second = (entry.id for entry in services.question_bank.entries()[:2])
    assert first is not None
    assert second is not None

    result = services.question_bank.add_to_agenda(meeting, [second, first])

    assert result.changed == {RecordKind.AGENDA}
    agenda = services.agenda.items(meeting)
    assert [item.position for item in agenda] == [1, 2, 3, 4, 5, 6, 7]
    assert [item.kind for item in agenda[4:6]] == [AgendaItemKind.QUESTION] * 2
    assert agenda[4].title == services.question_bank.get(second).text
    assert agenda[5].title == services.question_bank.get(first).text
    assert agenda[6].title == "Mötets avslutande"
    assert [item.id for item in result.value] == [agenda[4].id, agenda[5].id]


def test_adding_nothing_or_an_unknown_entry_changes_nothing(services: Services) -> None:
    meeting = _meeting(services)
    with pytest.raises(ValidationError, match="at least one question"):
        services.question_bank.add_to_agenda(meeting, [])
    with pytest.raises(NotFoundError, match="no question with id 999 in the bank"):
        services.question_bank.add_to_agenda(meeting, [1, 999])
    with pytest.raises(NotFoundError, match="no meeting"):
        services.question_bank.add_to_agenda(999, [1])
    assert len(services.agenda.items(meeting)) == 3
