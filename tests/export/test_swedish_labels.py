"""Every enum a document prints has a Swedish word, and the words read as Swedish."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

import pytest

from jamdesk.domain.commitments import CommitmentStatus
from jamdesk.domain.meetings import MeetingKind, ParticipantRole
from jamdesk.domain.questions import QuestionStatus
from jamdesk.domain.requests import ReportForm, RequestStatus
from jamdesk.export.swedish_labels import (
    COMMITMENT_STATUSES,
    MEETING_KINDS,
    MEETING_KINDS_DEFINITE,
    PARTICIPANT_ROLES,
    QUESTION_STATUSES,
    REQUEST_FORMS,
    REQUEST_STATUSES,
    in_running_text,
)

_TABLES: list[tuple[type[StrEnum], Mapping[Any, str]]] = [
    (ReportForm, REQUEST_FORMS),
    (RequestStatus, REQUEST_STATUSES),
    (CommitmentStatus, COMMITMENT_STATUSES),
    (QuestionStatus, QUESTION_STATUSES),
    (MeetingKind, MEETING_KINDS),
    (ParticipantRole, PARTICIPANT_ROLES),
]


@pytest.mark.parametrize(
    ("enum", "words"), _TABLES, ids=lambda value: getattr(value, "__name__", "")
)
def test_every_member_has_a_distinct_swedish_word(
    enum: type[StrEnum], words: Mapping[Any, str]
) -> None:
    assert set(words) == set(enum)
    assert all(word.strip() == word and word for word in words.values())
    assert len(set(words.values())) == len(words), "two members print the same word"


def test_words_are_swedish_not_the_english_source_labels() -> None:
    assert REQUEST_FORMS[ReportForm.STATISTICS_BY_SEX] == "Könsuppdelad statistik"
    assert REQUEST_STATUSES[RequestStatus.SUPPLEMENT_REQUESTED] == "Komplettering begärd"
    assert MEETING_KINDS[MeetingKind.BUDGET_DIALOGUE] == "Budgetdialog"
    assert PARTICIPANT_ROLES[ParticipantRole.CHAIR] == "Ordförande"
    english = {"Open", "Answered", "Sent", "Draft", "Chair", "Member", "Other"}
    for _, words in _TABLES:
        assert not english & set(words.values())


def test_definite_meeting_kinds_cover_every_kind() -> None:
    assert set(MEETING_KINDS_DEFINITE) == set(MeetingKind)
    assert MEETING_KINDS_DEFINITE[MeetingKind.BUDGET_DIALOGUE] == "budgetdialogen"


@pytest.mark.parametrize(
    ("name", "in_text"),
    [
        ("Socialnämnden", "socialnämnden"),
        ("Barn- och utbildningsnämnden", "barn- och utbildningsnämnden"),
        ("Jämställdhetsdelegationen", "jämställdhetsdelegationen"),
        ("Kommunstyrelsen", "kommunstyrelsen"),
        ("Presidiet", "presidiet"),
        ("AB Ängsholmshem", "AB Ängsholmshem"),
        ("Region Skåne", "Region Skåne"),
        ("Kommunfullmäktige", "Kommunfullmäktige"),
        ("Ängsholms Energi AB", "Ängsholms Energi AB"),
        ("socialnämnden", "socialnämnden"),
        ("  ", "  "),
        ("", ""),
    ],
)
def test_names_of_bodies_in_running_text(name: str, in_text: str) -> None:
    assert in_running_text(name) == in_text
