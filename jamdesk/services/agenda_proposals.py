"""Propose the outstanding follow-ups of a meeting's boards as agenda items, and add them."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from jamdesk.domain.commitments import commitment_is_overdue
from jamdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from jamdesk.domain.meetings import AgendaItem, AgendaItemKind, AgendaLink
from jamdesk.domain.questions import QuestionStatus
from jamdesk.domain.requests import RequestStatus, request_is_overdue
from jamdesk.services.changes import Outcome, RecordKind, outcome
from jamdesk.services.meetings import require_meeting
from jamdesk.store import agenda as agenda_store
from jamdesk.store import agenda_proposals as store
from jamdesk.store.database import Database
from jamdesk.store.people import swedish_sort_key
from jamdesk.store.references import ReferencedTable, require_row

# A request whose answer is due within this many days after the meeting is taken up there.
DUE_WINDOW_DAYS = 30
# Agenda titles are read aloud and printed; a long commitment is cut at a word, the link
# to the record keeps the whole text.
TITLE_LIMIT = 150

# Follow-ups go after the opening items and any follow-ups already there.
FOLLOW_UP_SECTION = frozenset({AgendaItemKind.OPENING, AgendaItemKind.FOLLOW_UP})


class ProposalKind(StrEnum):
    COMMITMENT = "commitment"
    REQUEST = "request"
    QUESTION = "question"


PROPOSAL_KIND_LABELS: dict[ProposalKind, str] = {
    ProposalKind.COMMITMENT: QT_TRANSLATE_NOOP("DomainLabel", "Commitment"),
    ProposalKind.REQUEST: QT_TRANSLATE_NOOP("DomainLabel", "Reporting request"),
    ProposalKind.QUESTION: QT_TRANSLATE_NOOP("DomainLabel", "Question"),
}

_KIND_ORDER = {kind: index for index, kind in enumerate(ProposalKind)}
_TABLES: dict[ProposalKind, ReferencedTable] = {
    ProposalKind.COMMITMENT: "commitment",
    ProposalKind.REQUEST: "reporting_request",
    ProposalKind.QUESTION: "question",
}


class ProposalReason(StrEnum):
    OPEN_COMMITMENT = "open_commitment"
    OVERDUE_COMMITMENT = "overdue_commitment"
    REPORT_DUE = "report_due"
    REPORT_OVERDUE = "report_overdue"
    REPORT_TO_ASSESS = "report_to_assess"
    UNANSWERED_QUESTION = "unanswered_question"
    QUESTION_TO_FOLLOW_UP = "question_to_follow_up"


PROPOSAL_REASON_LABELS: dict[ProposalReason, str] = {
    ProposalReason.OPEN_COMMITMENT: QT_TRANSLATE_NOOP("DomainLabel", "Commitment not yet kept"),
    ProposalReason.OVERDUE_COMMITMENT: QT_TRANSLATE_NOOP("DomainLabel", "Commitment overdue"),
    ProposalReason.REPORT_DUE: QT_TRANSLATE_NOOP(
        "DomainLabel", "Report due within 30 days of the meeting"
    ),
    ProposalReason.REPORT_OVERDUE: QT_TRANSLATE_NOOP("DomainLabel", "Report overdue"),
    ProposalReason.REPORT_TO_ASSESS: QT_TRANSLATE_NOOP(
        "DomainLabel", "Report answered, not yet assessed"
    ),
    ProposalReason.UNANSWERED_QUESTION: QT_TRANSLATE_NOOP(
        "DomainLabel", "Question not yet answered"
    ),
    ProposalReason.QUESTION_TO_FOLLOW_UP: QT_TRANSLATE_NOOP(
        "DomainLabel", "Answer needs follow-up"
    ),
}


@dataclass(frozen=True)
class Proposal:
    """An outstanding record offered as a follow-up item, with its title and why."""

    kind: ProposalKind
    record_id: int
    board_id: int
    board: str
    title: str  # stored text: Swedish
    reason: ProposalReason
    overdue: bool = False
    due_on: dt.date | None = None
    diary_number: str = ""

    @property
    def key(self) -> tuple[ProposalKind, int]:
        """Return what identifies the proposal: the kind and id of its record."""
        return self.kind, self.record_id

    @property
    def link(self) -> AgendaLink:
        """Return the link the agenda item gets to the record."""
        if self.kind is ProposalKind.COMMITMENT:
            return AgendaLink(commitment_id=self.record_id)
        if self.kind is ProposalKind.REQUEST:
            return AgendaLink(request_id=self.record_id)
        return AgendaLink(question_id=self.record_id)


def shortened(text: str, limit: int = TITLE_LIMIT) -> str:
    """Return ``text`` on one line, cut at a word with an ellipsis if longer than ``limit``."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:–-") + "…"


def _commitment_proposal(row: store.PendingCommitment, as_of: dt.date) -> Proposal:
    overdue = commitment_is_overdue(row.status, row.due_on, as_of)
    title = f"Uppföljning: åtagande – {shortened(row.description)}"
    if overdue and row.due_on is not None:
        title += f" (förfallet {row.due_on.isoformat()})"
    reason = ProposalReason.OVERDUE_COMMITMENT if overdue else ProposalReason.OPEN_COMMITMENT
    return Proposal(
        ProposalKind.COMMITMENT, row.id, row.board_id, row.board, title, reason, overdue, row.due_on
    )


def _request_proposal(row: store.PendingRequest, as_of: dt.date) -> Proposal:
    subject = shortened(row.subject)
    overdue = request_is_overdue(row.status, row.due_on, as_of)
    if row.status is RequestStatus.ANSWERED:
        # Every answered request has answered_on (rule 7); the title stays sound without.
        answered = f" (besvarad {row.answered_on.isoformat()})" if row.answered_on else ""
        title = f"Återrapportering: {subject}{answered}"
        reason = ProposalReason.REPORT_TO_ASSESS
    elif overdue:
        title = f"Återrapportering: {subject} (förfallen {row.due_on.isoformat()})"
        reason = ProposalReason.REPORT_OVERDUE
    else:
        title = f"Återrapportering: {subject} (senast {row.due_on.isoformat()})"
        reason = ProposalReason.REPORT_DUE
    return Proposal(
        ProposalKind.REQUEST,
        row.id,
        row.board_id,
        row.board,
        title,
        reason,
        overdue,
        row.due_on,
        row.request_diary_number,
    )


def _question_proposal(row: store.PendingQuestion) -> Proposal:
    if row.status is QuestionStatus.NEEDS_FOLLOW_UP:
        title = f"Fråga att följa upp: {shortened(row.text)}"
        reason = ProposalReason.QUESTION_TO_FOLLOW_UP
    else:
        title = f"Obesvarad fråga: {shortened(row.text)}"
        reason = ProposalReason.UNANSWERED_QUESTION
    return Proposal(ProposalKind.QUESTION, row.id, row.board_id, row.board, title, reason)


def _order(proposal: Proposal) -> tuple[object, ...]:
    due = proposal.due_on or dt.date.max
    return (
        swedish_sort_key(proposal.board),
        _KIND_ORDER[proposal.kind],
        not proposal.overdue,
        due,
        proposal.record_id,
    )


def insert_in_section(
    conn: sqlite3.Connection,
    meeting_id: int,
    items: Sequence[AgendaItem],
    section: frozenset[AgendaItemKind],
) -> list[AgendaItem]:
    """Insert ``items`` after the agenda's last item of a kind in ``section``; number 1..n.

    Runs inside the caller's transaction; the items' own positions are ignored.
    """
    current = agenda_store.fetch_items(conn, meeting_id)
    order = [item.id for item in current if item.id is not None]
    at = max((index + 1 for index, item in enumerate(current) if item.kind in section), default=0)
    added: list[int] = []
    for offset, item in enumerate(items):
        checked = replace(item, meeting_id=meeting_id, position=at + offset + 1).validated()
        item_id = agenda_store.insert_item(conn, checked)
        order.insert(at + offset, item_id)
        added.append(item_id)
    agenda_store.renumber(conn, order)
    saved = {item.id: item for item in agenda_store.fetch_items(conn, meeting_id)}
    return [saved[item_id] for item_id in added]


class AgendaProposalService:
    """What to follow up at a meeting, proposed from the records of the boards taking part."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def propose(self, meeting_id: int, as_of: dt.date) -> list[Proposal]:
        """Return the boards' outstanding records not yet on the agenda, overdue judged on as_of.

        Open and in-progress commitments; requests awaiting an answer due within
        DUE_WINDOW_DAYS of the meeting (or overdue) and answered ones still to be assessed;
        open or needing-follow-up questions from earlier meetings.
        """
        conn = self._db.connection
        meeting = require_meeting(conn, meeting_id)
        boards = meeting.board_ids
        due_by = max(meeting.date + dt.timedelta(days=DUE_WINDOW_DAYS), as_of)
        proposals = [
            *(
                _commitment_proposal(row, as_of)
                for row in store.pending_commitments(conn, meeting_id, boards, meeting.date)
            ),
            *(
                _request_proposal(row, as_of)
                for row in store.pending_requests(conn, meeting_id, boards, meeting.date, due_by)
            ),
            *(
                _question_proposal(row)
                for row in store.pending_questions(
                    conn, meeting_id, boards, (meeting.date, meeting.start)
                )
            ),
        ]
        return sorted(proposals, key=_order)

    def accept(self, meeting_id: int, proposals: Iterable[Proposal]) -> Outcome[list[AgendaItem]]:
        """Add the proposals as follow-up items linked to their records, in the order given.

        A proposal whose record the agenda already links to is passed over, so accepting
        the same list twice adds nothing the second time.
        """
        wanted = list({proposal.key: proposal for proposal in proposals}.values())
        if not wanted:
            raise ValidationError(
                QT_TRANSLATE_NOOP("DomainError", "Choose at least one proposal to add."),
                field="proposals",
            )
        with self._db.transaction() as conn:
            require_meeting(conn, meeting_id)
            linked = store.linked_records(conn, meeting_id)
            fresh = [p for p in wanted if (p.kind.value, p.record_id) not in linked]
            for proposal in fresh:
                require_row(conn, _TABLES[proposal.kind], proposal.record_id, "proposals")
            items = [
                AgendaItem(
                    meeting_id,
                    1,
                    AgendaItemKind.FOLLOW_UP,
                    proposal.title,
                    proposal.diary_number,
                    links=(proposal.link,),
                )
                for proposal in fresh
            ]
            added = insert_in_section(conn, meeting_id, items, FOLLOW_UP_SECTION) if items else []
        return outcome(added, RecordKind.AGENDA) if added else outcome(added)
