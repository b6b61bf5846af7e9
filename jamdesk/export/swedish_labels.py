"""The Swedish words documents print for the domain's enums, kept in one place.

The domain's ``*_LABELS`` are English source strings translated for the screen; documents handed to
the registry are always Swedish whatever language the program runs in, so they use these words.
"""

from __future__ import annotations

from jamdesk.domain.commitments import CommitmentStatus
from jamdesk.domain.meetings import MeetingKind, ParticipantRole
from jamdesk.domain.questions import QuestionStatus
from jamdesk.domain.requests import ReportForm, RequestStatus

REQUEST_FORMS: dict[ReportForm, str] = {
    ReportForm.STATISTICS_BY_SEX: "Könsuppdelad statistik",
    ReportForm.RESOURCE_ANALYSIS: (
        "Analys av resursfördelningen mellan kvinnor och män, flickor och pojkar"
    ),
    ReportForm.MEASURES: "Åtgärder",
    ReportForm.WRITTEN_REPORT: "Skriftlig rapport",
    ReportForm.ORAL_REPORT: "Muntlig redovisning",
    ReportForm.OTHER: "Annat",
}

REQUEST_STATUSES: dict[RequestStatus, str] = {
    RequestStatus.DRAFT: "Utkast",
    RequestStatus.SENT: "Skickad",
    RequestStatus.ANSWERED: "Besvarad",
    RequestStatus.ASSESSED_SUFFICIENT: "Bedömd som tillräcklig",
    RequestStatus.SUPPLEMENT_REQUESTED: "Komplettering begärd",
}

COMMITMENT_STATUSES: dict[CommitmentStatus, str] = {
    CommitmentStatus.OPEN: "Öppet",
    CommitmentStatus.IN_PROGRESS: "Pågår",
    CommitmentStatus.FULFILLED: "Uppfyllt",
    CommitmentStatus.NOT_FULFILLED: "Ej uppfyllt",
    CommitmentStatus.WITHDRAWN: "Återtaget",
}

QUESTION_STATUSES: dict[QuestionStatus, str] = {
    QuestionStatus.OPEN: "Obesvarad",
    QuestionStatus.ANSWERED: "Besvarad",
    QuestionStatus.NEEDS_FOLLOW_UP: "Behöver följas upp",
}

MEETING_KINDS: dict[MeetingKind, str] = {
    MeetingKind.BUDGET_DIALOGUE: "Budgetdialog",
    MeetingKind.RESULTS_SEMINAR: "Resultatseminarium",
    MeetingKind.CHECK_IN: "Avstämningsmöte",
    MeetingKind.DELEGATION_MEETING: "Sammanträde",
    MeetingKind.OTHER: "Möte",
}

# "Vid budgetdialogen med socialnämnden …": the kinds as running text names one meeting.
MEETING_KINDS_DEFINITE: dict[MeetingKind, str] = {
    MeetingKind.BUDGET_DIALOGUE: "budgetdialogen",
    MeetingKind.RESULTS_SEMINAR: "resultatseminariet",
    MeetingKind.CHECK_IN: "avstämningsmötet",
    MeetingKind.DELEGATION_MEETING: "sammanträdet",
    MeetingKind.OTHER: "mötet",
}

PARTICIPANT_ROLES: dict[ParticipantRole, str] = {
    ParticipantRole.CHAIR: "Ordförande",
    ParticipantRole.VICE_CHAIR: "Vice ordförande",
    ParticipantRole.MEMBER: "Ledamot",
    ParticipantRole.SUBSTITUTE: "Ersättare",
    ParticipantRole.SECRETARY: "Sekreterare",
    ParticipantRole.BOARD_REPRESENTATIVE: "Företrädare för nämnden",
    ParticipantRole.OFFICIAL: "Tjänsteperson",
    ParticipantRole.GUEST: "Gäst",
}


def in_running_text(name: str) -> str:
    """Return a body's name as a Swedish sentence writes it: “socialnämnden”, “AB Bostäder”."""
    words = name.split()
    if not words:
        return name
    first = words[0]
    # A common noun in its definite form ("Socialnämnden", "Barn- och utbildningsnämnden") is
    # written in lower case inside a sentence; anything that may be a proper name ("AB
    # Ängsholmshem", "Region Skåne", "Kommunfullmäktige") keeps the capitals it was given.
    is_definite_noun = (
        first[:1].isupper()
        and first[1:] == first[1:].lower()
        and all(word == word.lower() for word in words[1:])
        and words[-1].lower().endswith(("en", "et"))
    )
    if not is_definite_noun:
        return name
    start = name.index(first)
    return name[:start] + first[0].lower() + name[start + 1 :]


def title_in_text(title: str) -> str:
    """Return a job title as it reads after a name and comma: “kommundirektör”, “VD”."""
    title = " ".join(title.split())
    first = title.split(" ", 1)[0] if title else ""
    # A title is a common noun; only an abbreviation in capitals ("VD", "HR-chef") keeps them.
    if first[:1].isupper() and first[1:] == first[1:].lower():
        return title[0].lower() + title[1:]
    return title
