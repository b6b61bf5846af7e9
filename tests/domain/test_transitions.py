"""Status machines: only the allowed steps are taken, and every status can be reached."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamdesk.domain.commitments import (
    COMMITMENT_STATUS_LABELS,
    COMMITMENT_TRANSITIONS,
    CommitmentStatus,
)
from jamdesk.domain.errors import TransitionError
from jamdesk.domain.meetings import MEETING_STATUS_LABELS, MEETING_TRANSITIONS, MeetingStatus
from jamdesk.domain.questions import QUESTION_STATUS_LABELS, QUESTION_TRANSITIONS, QuestionStatus
from jamdesk.domain.requests import REQUEST_STATUS_LABELS, REQUEST_TRANSITIONS, RequestStatus
from jamdesk.domain.transitions import check_transition, reachable


@dataclass(frozen=True)
class Machine:
    """One status machine, with what the domain says its start and end are."""

    name: str
    statuses: type[StrEnum]
    allowed: Mapping[Any, frozenset[Any]]
    labels: Mapping[Any, str]
    initial: StrEnum
    final: frozenset[StrEnum]


MACHINES = [
    Machine(
        "questions",
        QuestionStatus,
        QUESTION_TRANSITIONS,
        QUESTION_STATUS_LABELS,
        QuestionStatus.OPEN,
        # An answer may always turn out to need a follow-up, so no question is ever closed.
        frozenset(),
    ),
    Machine(
        "commitments",
        CommitmentStatus,
        COMMITMENT_TRANSITIONS,
        COMMITMENT_STATUS_LABELS,
        CommitmentStatus.OPEN,
        frozenset({CommitmentStatus.FULFILLED, CommitmentStatus.WITHDRAWN}),
    ),
    Machine(
        "requests",
        RequestStatus,
        REQUEST_TRANSITIONS,
        REQUEST_STATUS_LABELS,
        RequestStatus.DRAFT,
        frozenset({RequestStatus.ASSESSED_SUFFICIENT}),
    ),
    Machine(
        "meetings",
        MeetingStatus,
        MEETING_TRANSITIONS,
        MEETING_STATUS_LABELS,
        MeetingStatus.PLANNED,
        frozenset({MeetingStatus.HELD}),
    ),
]
by_name = pytest.mark.parametrize("machine", MACHINES, ids=lambda machine: machine.name)


def all_pairs(machine: Machine) -> list[tuple[StrEnum, StrEnum]]:
    """Return every (old, new) pair of the machine's statuses, allowed or not."""
    return [(old, new) for old in machine.statuses for new in machine.statuses]


@by_name
def test_every_status_has_rules_and_a_label(machine: Machine) -> None:
    assert set(machine.allowed) == set(machine.statuses)
    assert set(machine.labels) == set(machine.statuses)
    assert all(label.strip() for label in machine.labels.values())
    for targets in machine.allowed.values():
        assert targets <= set(machine.statuses)


@by_name
def test_check_transition_refuses_exactly_the_disallowed_steps(machine: Machine) -> None:
    for old, new in all_pairs(machine):
        if new in machine.allowed[old]:
            check_transition(machine.allowed, old, new, machine.labels)
            continue
        with pytest.raises(TransitionError) as raised:
            check_transition(machine.allowed, old, new, machine.labels)
        error = raised.value
        assert error.field == "status"
        assert f"“{machine.labels[old]}”" in error.message
        assert f"“{machine.labels[new]}”" in error.message


@by_name
def test_no_status_changes_to_itself(machine: Machine) -> None:
    for status in machine.statuses:
        with pytest.raises(TransitionError):
            check_transition(machine.allowed, status, status, machine.labels)


@by_name
def test_every_status_is_reachable_from_the_initial_one(machine: Machine) -> None:
    assert reachable(machine.allowed, machine.initial) == set(machine.statuses)


@by_name
def test_final_statuses_have_no_way_out(machine: Machine) -> None:
    dead_ends = {status for status in machine.statuses if not machine.allowed[status]}

    assert dead_ends == machine.final
    for final in machine.final:
        assert reachable(machine.allowed, final) == {final}
        for target in machine.statuses:
            with pytest.raises(TransitionError):
                check_transition(machine.allowed, final, target, machine.labels)


@pytest.mark.parametrize(
    "machine", [m for m in MACHINES if m.final], ids=lambda machine: machine.name
)
def test_a_final_status_can_be_reached_from_every_open_one(machine: Machine) -> None:
    for status in set(machine.statuses) - machine.final:
        assert reachable(machine.allowed, status) & machine.final, status


@by_name
@given(data=st.data())
def test_random_walks_take_only_allowed_steps(machine: Machine, data: st.DataObject) -> None:
    current: StrEnum = machine.initial
    visited = [current]
    for _ in range(data.draw(st.integers(0, 25), label="attempts")):
        wanted = data.draw(st.sampled_from(list(machine.statuses)), label="wanted")
        try:
            check_transition(machine.allowed, current, wanted, machine.labels)
        except TransitionError:
            assert wanted not in machine.allowed[current]
            continue
        assert wanted in machine.allowed[current]
        assert wanted != current
        assert current not in machine.final  # nothing ever leaves a final status
        current = wanted
        visited.append(current)
    assert set(visited) <= reachable(machine.allowed, machine.initial)


@pytest.mark.parametrize(
    ("allowed", "old", "new", "labels"),
    [
        (REQUEST_TRANSITIONS, RequestStatus.DRAFT, RequestStatus.ANSWERED, REQUEST_STATUS_LABELS),
        (REQUEST_TRANSITIONS, RequestStatus.SENT, RequestStatus.DRAFT, REQUEST_STATUS_LABELS),
        (
            REQUEST_TRANSITIONS,
            RequestStatus.SENT,
            RequestStatus.ASSESSED_SUFFICIENT,
            REQUEST_STATUS_LABELS,
        ),
        (MEETING_TRANSITIONS, MeetingStatus.HELD, MeetingStatus.CANCELLED, MEETING_STATUS_LABELS),
        (
            COMMITMENT_TRANSITIONS,
            CommitmentStatus.FULFILLED,
            CommitmentStatus.OPEN,
            COMMITMENT_STATUS_LABELS,
        ),
        (
            QUESTION_TRANSITIONS,
            QuestionStatus.ANSWERED,
            QuestionStatus.OPEN,
            QUESTION_STATUS_LABELS,
        ),
    ],
)
def test_steps_the_secretary_may_not_take(
    allowed: Mapping[Any, frozenset[Any]], old: StrEnum, new: StrEnum, labels: Mapping[Any, str]
) -> None:
    with pytest.raises(TransitionError):
        check_transition(allowed, old, new, labels)


def test_refusal_names_both_statuses_in_words() -> None:
    with pytest.raises(TransitionError) as raised:
        check_transition(
            REQUEST_TRANSITIONS, RequestStatus.DRAFT, RequestStatus.ANSWERED, REQUEST_STATUS_LABELS
        )

    assert raised.value.message == "The status cannot change from “Draft” to “Answered”."
