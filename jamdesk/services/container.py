"""Every service of one open store, built together so screens receive them in one piece.

Each service is made, and its module imported, the first time it is asked for: the window
shows its first page without importing the use cases of pages the secretary has not opened,
and python-docx only with the first document.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from jamdesk.store.database import Database

if TYPE_CHECKING:
    from jamdesk.services.action_plan import ActionPlanService
    from jamdesk.services.agenda import AgendaService
    from jamdesk.services.agenda_proposals import AgendaProposalService
    from jamdesk.services.boards import BoardService
    from jamdesk.services.commitments import CommitmentService
    from jamdesk.services.documents import DocumentService
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


class Services:
    """The use cases of one store."""

    def __init__(self, database: Database) -> None:
        self.database = database

    @functools.cached_property
    def organisation(self) -> OrganisationService:
        from jamdesk.services.organisation import OrganisationService

        return OrganisationService(self.database)

    @functools.cached_property
    def boards(self) -> BoardService:
        from jamdesk.services.boards import BoardService

        return BoardService(self.database)

    @functools.cached_property
    def people(self) -> PersonService:
        from jamdesk.services.people import PersonService

        return PersonService(self.database)

    @functools.cached_property
    def goals(self) -> GoalService:
        from jamdesk.services.goals import GoalService

        return GoalService(self.database)

    @functools.cached_property
    def meetings(self) -> MeetingService:
        from jamdesk.services.meetings import MeetingService

        return MeetingService(self.database)

    @functools.cached_property
    def agenda(self) -> AgendaService:
        from jamdesk.services.agenda import AgendaService

        return AgendaService(self.database)

    @functools.cached_property
    def minutes(self) -> MinutesService:
        from jamdesk.services.minutes import MinutesService

        return MinutesService(self.database)

    @functools.cached_property
    def questions(self) -> QuestionService:
        from jamdesk.services.questions import QuestionService

        return QuestionService(self.database)

    @functools.cached_property
    def commitments(self) -> CommitmentService:
        from jamdesk.services.commitments import CommitmentService

        return CommitmentService(self.database)

    @functools.cached_property
    def requests(self) -> RequestService:
        from jamdesk.services.requests import RequestService

        return RequestService(self.database)

    @functools.cached_property
    def reviews(self) -> ReviewService:
        from jamdesk.services.reviews import ReviewService

        return ReviewService(self.database)

    @functools.cached_property
    def action_plan(self) -> ActionPlanService:
        from jamdesk.services.action_plan import ActionPlanService

        return ActionPlanService(self.database)

    @functools.cached_property
    def question_bank(self) -> QuestionBankService:
        from jamdesk.services.question_bank import QuestionBankService

        return QuestionBankService(self.database)

    @functools.cached_property
    def agenda_proposals(self) -> AgendaProposalService:
        from jamdesk.services.agenda_proposals import AgendaProposalService

        return AgendaProposalService(self.database)

    @functools.cached_property
    def search(self) -> SearchService:
        from jamdesk.services.search import SearchService

        return SearchService(self.database)

    @functools.cached_property
    def documents(self) -> DocumentService:
        from jamdesk.services.documents import DocumentService

        return DocumentService(self.database)


def build_services(database: Database) -> Services:
    """Return the services of the store ``database``."""
    return Services(database)
