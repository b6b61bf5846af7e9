"""Meetings: dialogues with boards and the delegation's own meetings, with their agendas."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from enum import StrEnum

from jamdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from jamdesk.domain.text import required_text


class MeetingKind(StrEnum):
    BUDGET_DIALOGUE = "budget_dialogue"
    RESULTS_SEMINAR = "results_seminar"
    CHECK_IN = "check_in"
    DELEGATION_MEETING = "delegation_meeting"
    OTHER = "other"


MEETING_KIND_LABELS: dict[MeetingKind, str] = {
    MeetingKind.BUDGET_DIALOGUE: QT_TRANSLATE_NOOP("DomainLabel", "Budget dialogue"),
    MeetingKind.RESULTS_SEMINAR: QT_TRANSLATE_NOOP("DomainLabel", "Results seminar"),
    MeetingKind.CHECK_IN: QT_TRANSLATE_NOOP("DomainLabel", "Check-in meeting"),
    MeetingKind.DELEGATION_MEETING: QT_TRANSLATE_NOOP("DomainLabel", "Delegation meeting"),
    MeetingKind.OTHER: QT_TRANSLATE_NOOP("DomainLabel", "Other meeting"),
}

# Dialogues are held with boards; the delegation's own meetings need none.
DIALOGUE_KINDS = frozenset(
    {MeetingKind.BUDGET_DIALOGUE, MeetingKind.RESULTS_SEMINAR, MeetingKind.CHECK_IN}
)


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


MEETING_STATUS_LABELS: dict[MeetingStatus, str] = {
    MeetingStatus.PLANNED: QT_TRANSLATE_NOOP("DomainLabel", "Planned"),
    MeetingStatus.HELD: QT_TRANSLATE_NOOP("DomainLabel", "Held"),
    MeetingStatus.CANCELLED: QT_TRANSLATE_NOOP("DomainLabel", "Cancelled"),
}

MEETING_TRANSITIONS: dict[MeetingStatus, frozenset[MeetingStatus]] = {
    MeetingStatus.PLANNED: frozenset({MeetingStatus.HELD, MeetingStatus.CANCELLED}),
    MeetingStatus.HELD: frozenset(),
    MeetingStatus.CANCELLED: frozenset({MeetingStatus.PLANNED}),
}


class ParticipantRole(StrEnum):
    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    MEMBER = "member"
    SUBSTITUTE = "substitute"
    SECRETARY = "secretary"
    BOARD_REPRESENTATIVE = "board_representative"
    OFFICIAL = "official"
    GUEST = "guest"


PARTICIPANT_ROLE_LABELS: dict[ParticipantRole, str] = {
    ParticipantRole.CHAIR: QT_TRANSLATE_NOOP("DomainLabel", "Chair"),
    ParticipantRole.VICE_CHAIR: QT_TRANSLATE_NOOP("DomainLabel", "Vice chair"),
    ParticipantRole.MEMBER: QT_TRANSLATE_NOOP("DomainLabel", "Member"),
    ParticipantRole.SUBSTITUTE: QT_TRANSLATE_NOOP("DomainLabel", "Substitute"),
    ParticipantRole.SECRETARY: QT_TRANSLATE_NOOP("DomainLabel", "Secretary"),
    ParticipantRole.BOARD_REPRESENTATIVE: QT_TRANSLATE_NOOP("DomainLabel", "Board representative"),
    ParticipantRole.OFFICIAL: QT_TRANSLATE_NOOP("DomainLabel", "Official"),
    ParticipantRole.GUEST: QT_TRANSLATE_NOOP("DomainLabel", "Guest"),
}


class Attendance(StrEnum):
    UNKNOWN = "unknown"
    PRESENT = "present"
    ABSENT = "absent"
    SUBSTITUTE_SERVING = "substitute_serving"


ATTENDANCE_LABELS: dict[Attendance, str] = {
    Attendance.UNKNOWN: QT_TRANSLATE_NOOP("DomainLabel", "Not recorded"),
    Attendance.PRESENT: QT_TRANSLATE_NOOP("DomainLabel", "Present"),
    Attendance.ABSENT: QT_TRANSLATE_NOOP("DomainLabel", "Absent"),
    Attendance.SUBSTITUTE_SERVING: QT_TRANSLATE_NOOP("DomainLabel", "Substitute serving"),
}


@dataclass(frozen=True)
class Meeting:
    """A meeting on one day, with the boards taking part."""

    kind: MeetingKind
    date: dt.date
    start: dt.time
    end: dt.time | None = None
    place: str = ""
    title: str = ""
    status: MeetingStatus = MeetingStatus.PLANNED
    board_ids: tuple[int, ...] = field(default=())
    notes: str = ""
    id: int | None = None

    def validated(self) -> Meeting:
        """Return a copy with trimmed text, or raise a ValidationError."""
        if self.end is not None and self.end <= self.start:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "DomainError", "The meeting ends ({end}) before it starts ({start})."
                ),
                field="end",
                start=self.start.strftime("%H.%M"),
                end=self.end.strftime("%H.%M"),
            )
        if self.kind in DIALOGUE_KINDS and not self.board_ids:
            raise ValidationError(
                QT_TRANSLATE_NOOP("DomainError", "A dialogue needs at least one board."),
                field="board_ids",
            )
        if len(set(self.board_ids)) != len(self.board_ids):
            raise ValidationError(
                QT_TRANSLATE_NOOP("DomainError", "A board is listed twice for the meeting."),
                field="board_ids",
            )
        return replace(
            self, place=self.place.strip(), title=self.title.strip(), notes=self.notes.strip()
        )


@dataclass(frozen=True)
class Participant:
    """Someone called to a meeting, in which role, and whether they attended."""

    meeting_id: int
    person_id: int
    role: ParticipantRole
    called: bool = True
    attendance: Attendance = Attendance.UNKNOWN
    serving_for_id: int | None = None

    def validated(self) -> Participant:
        """Return the participant, or raise a ValidationError."""
        if self.serving_for_id is not None and self.attendance is not Attendance.SUBSTITUTE_SERVING:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "DomainError", "Only a substitute who is serving can serve for someone."
                ),
                field="serving_for_id",
            )
        if self.serving_for_id == self.person_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("DomainError", "A substitute cannot serve for themselves."),
                field="serving_for_id",
            )
        return self


class AgendaItemKind(StrEnum):
    OPENING = "opening"
    FOLLOW_UP = "follow_up"
    INFORMATION = "information"
    QUESTION = "question"
    DECISION = "decision"
    OTHER = "other"


AGENDA_ITEM_KIND_LABELS: dict[AgendaItemKind, str] = {
    AgendaItemKind.OPENING: QT_TRANSLATE_NOOP("DomainLabel", "Opening"),
    AgendaItemKind.FOLLOW_UP: QT_TRANSLATE_NOOP("DomainLabel", "Follow-up"),
    AgendaItemKind.INFORMATION: QT_TRANSLATE_NOOP("DomainLabel", "Information"),
    AgendaItemKind.QUESTION: QT_TRANSLATE_NOOP("DomainLabel", "Question"),
    AgendaItemKind.DECISION: QT_TRANSLATE_NOOP("DomainLabel", "Decision"),
    AgendaItemKind.OTHER: QT_TRANSLATE_NOOP("DomainLabel", "Other"),
}

# The opening items every Swedish agenda starts with; stored text, so written in Swedish.
STANDARD_OPENING_ITEMS: tuple[str, ...] = (
    "Mötets öppnande",
    "Val av justerare",
    "Godkännande av dagordningen",
)


@dataclass(frozen=True)
class AgendaLink:
    """A record an agenda item concerns: exactly one of question, commitment, request."""

    question_id: int | None = None
    commitment_id: int | None = None
    request_id: int | None = None

    def __post_init__(self) -> None:
        targets = (self.question_id, self.commitment_id, self.request_id)
        if sum(target is not None for target in targets) != 1:
            raise ValueError("an agenda link points at exactly one record")


@dataclass(frozen=True)
class AgendaItem:
    """One numbered item of a meeting's agenda."""

    meeting_id: int
    position: int
    kind: AgendaItemKind
    title: str
    diary_number: str = ""
    notes: str = ""
    links: tuple[AgendaLink, ...] = ()
    id: int | None = None

    def validated(self) -> AgendaItem:
        """Return a copy with trimmed text, or raise a ValidationError."""
        title = required_text(
            self.title, "title", QT_TRANSLATE_NOOP("DomainError", "The item's title")
        )
        if self.position < 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP("DomainError", "Agenda items are numbered from 1."),
                field="position",
            )
        return replace(self, title=title, diary_number=self.diary_number.strip())
