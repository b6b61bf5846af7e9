"""Every service of one open store, built together so screens receive them in one piece."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from jamdesk.services.action_plan import ActionPlanService
from jamdesk.services.agenda import AgendaService
from jamdesk.services.agenda_proposals import AgendaProposalService
from jamdesk.services.boards import BoardService
from jamdesk.services.commitments import CommitmentService
from jamdesk.services.goals import GoalService
from jamdesk.services.meetings import MeetingService
from jamdesk.services.minutes import MinutesService
from jamdesk.services.organisation import OrganisationService
from jamdesk.services.people import PersonService
from jamdesk.services.question_bank import QuestionBankService
from jamdesk.services.questions import QuestionService
from jamdesk.services.requests import RequestService
from jamdesk.services.reviews import ReviewService
from jamdesk.services.search import SearchService
from jamdesk.store.database import Database

if TYPE_CHECKING:
    from jamdesk.services.documents import DocumentService


@dataclass(frozen=True)
class Services:
    """The use cases of one store."""

    database: Database
    organisation: OrganisationService
    boards: BoardService
    people: PersonService
    goals: GoalService
    meetings: MeetingService
    agenda: AgendaService
    minutes: MinutesService
    questions: QuestionService
    commitments: CommitmentService
    requests: RequestService
    reviews: ReviewService
    action_plan: ActionPlanService
    question_bank: QuestionBankService
    agenda_proposals: AgendaProposalService
    search: SearchService

    @functools.cached_property
    def documents(self) -> DocumentService:
        """Return the documents' reader, importing python-docx only when first asked."""
        from jamdesk.services.documents import DocumentService

        return DocumentService(self.database)


def build_services(database: Database) -> Services:
    """Return the services of the store ``database``."""
    return Services(
        database=database,
        organisation=OrganisationService(database),
        boards=BoardService(database),
        people=PersonService(database),
        goals=GoalService(database),
        meetings=MeetingService(database),
        agenda=AgendaService(database),
        minutes=MinutesService(database),
        questions=QuestionService(database),
        commitments=CommitmentService(database),
        requests=RequestService(database),
        reviews=ReviewService(database),
        action_plan=ActionPlanService(database),
        question_bank=QuestionBankService(database),
        agenda_proposals=AgendaProposalService(database),
        search=SearchService(database),
    )
