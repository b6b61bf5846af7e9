"""What a draft of minutes starts from: one paragraph per agenda item, prefilled in Swedish.

Each paragraph starts from what was recorded at its agenda item: the item's notes, the
questions asked and answered, the commitments made and the reporting requests decided.
A protocol turns the requests into its decision ("Jämställdhetsdelegationen begär att …")
and sends it to the boards asked; notes list them with the rest of the summary.

Records made at the meeting but at no agenda item are never dropped. They go to the
agenda's "Övriga frågor" item if it has one, which is where a Swedish agenda puts what
came up besides the items; otherwise to a paragraph "Övrigt" of their own, placed before
a closing item ("Mötets avslutande") so that the meeting still ends last. Putting them
into some other item's paragraph would tie them to a matter they were not raised under.

Everything written here is stored text the secretary edits, so it is Swedish.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from jamdesk.domain.commitments import Commitment
from jamdesk.domain.meetings import AgendaItem, AgendaItemKind, ParticipantRole
from jamdesk.domain.minutes import MinutesKind
from jamdesk.domain.questions import Question
from jamdesk.domain.requests import ReportingRequest
from jamdesk.store import agenda as agenda_store
from jamdesk.store import meetings as meeting_store
from jamdesk.store.boards import load_board
from jamdesk.store.commitments import fetch_commitment
from jamdesk.store.people import load_person
from jamdesk.store.questions import fetch_question
from jamdesk.store.requests import fetch_request

# The heading of the paragraph that takes what was recorded at no agenda item.
OTHER_HEADING = "Övrigt"
# Item titles (lower case) that already mean "any other business".
_OTHER_BUSINESS_PREFIXES = ("övrig",)
# A closing item ("Mötets avslutande", "Sammanträdets avslutande", "Avslutning") stays last.
_CLOSING_WORD = "avslut"


@dataclass(frozen=True)
class ParagraphDraft:
    """A paragraph as the draft proposes it, before it is numbered and stored."""

    heading: str
    diary_number: str = ""
    summary: str = ""
    decision: str = ""
    sent_to: str = ""
    agenda_item_id: int | None = None


@dataclass(frozen=True)
class _Records:
    """What was recorded at one agenda item (or at none)."""

    questions: tuple[Question, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    requests: tuple[ReportingRequest, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.questions or self.commitments or self.requests)

    def __add__(self, other: _Records) -> _Records:
        return _Records(
            self.questions + other.questions,
            self.commitments + other.commitments,
            self.requests + other.requests,
        )


def draft_paragraphs(
    conn: sqlite3.Connection, meeting_id: int, kind: MinutesKind, body: str
) -> list[ParagraphDraft]:
    """Return the paragraphs a draft of the meeting's minutes starts with, in order."""
    writer = _Writer(conn, kind, body)
    items = agenda_store.fetch_items(conn, meeting_id)
    at_items = {
        item.id: _records_at(conn, meeting_id, item.id) for item in items if item.id is not None
    }
    loose = _records_at(conn, meeting_id, None)
    target = _other_business_item(items)
    if loose and target is not None and target.id is not None:
        at_items[target.id] = at_items[target.id] + loose
    drafts = [writer.paragraph(item, at_items.get(item.id or 0, _Records())) for item in items]
    if loose and target is None:
        other = writer.other_paragraph(loose)
        closing = len(items) if not items or not _is_closing(items[-1]) else len(items) - 1
        drafts.insert(closing, other)
    return drafts


def default_secretary(conn: sqlite3.Connection, meeting_id: int) -> int | None:
    """Return the meeting's participant in the role of secretary, if any."""
    for participant in meeting_store.fetch_participants(conn, meeting_id):
        if participant.role is ParticipantRole.SECRETARY:
            return participant.person_id
    return None


def _records_at(conn: sqlite3.Connection, meeting_id: int, item_id: int | None) -> _Records:
    def ids(table: agenda_store.RecordTable) -> list[int]:
        return agenda_store.record_ids_at_item(conn, table, meeting_id, item_id)

    questions = (fetch_question(conn, i) for i in ids("question"))
    commitments = (fetch_commitment(conn, i) for i in ids("commitment"))
    requests = (fetch_request(conn, i) for i in ids("reporting_request"))
    return _Records(
        tuple(q for q in questions if q is not None),
        tuple(c for c in commitments if c is not None),
        tuple(r for r in requests if r is not None),
    )


def _other_business_item(items: list[AgendaItem]) -> AgendaItem | None:
    """Return the agenda's "Övriga frågor" item, if it has one."""
    for item in items:
        if item.kind is not AgendaItemKind.OPENING and item.title.strip().casefold().startswith(
            _OTHER_BUSINESS_PREFIXES
        ):
            return item
    return None


def _is_closing(item: AgendaItem) -> bool:
    return _CLOSING_WORD in item.title.casefold()


class _Writer:
    """Writes the Swedish text of paragraphs, naming people and boards from the store."""

    def __init__(self, conn: sqlite3.Connection, kind: MinutesKind, body: str) -> None:
        self._conn = conn
        self._kind = kind
        self._body = body
        self._people: dict[int, str] = {}
        self._boards: dict[int, str] = {}

    def paragraph(self, item: AgendaItem, records: _Records) -> ParagraphDraft:
        """Return the paragraph of the agenda item with what was recorded at it."""
        summary, decision, sent_to = self._texts(item.notes, records)
        return ParagraphDraft(
            item.title, item.diary_number, summary, decision, sent_to, agenda_item_id=item.id
        )

    def other_paragraph(self, records: _Records) -> ParagraphDraft:
        """Return the paragraph "Övrigt" with what was recorded at no agenda item."""
        summary, decision, sent_to = self._texts("", records)
        return ParagraphDraft(OTHER_HEADING, "", summary, decision, sent_to)

    def _texts(self, notes: str, records: _Records) -> tuple[str, str, str]:
        """Return the summary, decision and recipients written from notes and records."""
        blocks = [notes.strip()]
        blocks += [self._question(question) for question in records.questions]
        blocks += [self._commitment(commitment) for commitment in records.commitments]
        if self._kind is MinutesKind.NOTES:
            blocks += [self._requested(request) for request in records.requests]
            return _joined(blocks), "", ""
        decisions = [self._decision(request) for request in records.requests]
        boards = dict.fromkeys(self._board(request.board_id) for request in records.requests)
        return _joined(blocks), "\n".join(decisions), ", ".join(boards)

    def _question(self, question: Question) -> str:
        board = self._board(question.board_id)
        addressed = self._person(question.addressed_to_id)
        to = f"{addressed}, {board}" if addressed else board
        asker = self._person(question.asked_by_id)
        asked = f"Fråga från {asker} till {to}" if asker else f"Fråga till {to}"
        lines = [f"{asked}: {_sentence(question.text)}"]
        if question.answer.strip():
            lines.append(f"Svar: {_sentence(question.answer)}")
        return "\n".join(lines)

    def _commitment(self, commitment: Commitment) -> str:
        responsible = self._person(commitment.responsible_id) or commitment.responsible.strip()
        details = [f"ansvarig {responsible or self._board(commitment.board_id)}"]
        if commitment.due_on is not None:
            details.append(f"senast {commitment.due_on.isoformat()}")
        return f"Åtagande: {_clause(commitment.description)} ({', '.join(details)})."

    def _requested(self, request: ReportingRequest) -> str:
        return (
            f"Delegationen begär återrapportering från {self._board(request.board_id)}: "
            f"{_clause(request.subject)} senast {request.due_on.isoformat()}."
        )

    def _decision(self, request: ReportingRequest) -> str:
        return (
            f"{self._body} begär att {self._board(request.board_id)} senast "
            f"{request.due_on.isoformat()} återrapporterar {_running(request.subject)}."
        )

    def _person(self, person_id: int | None) -> str:
        if person_id is None:
            return ""
        if person_id not in self._people:
            person = load_person(self._conn, person_id)
            self._people[person_id] = "" if person is None else person.name
        return self._people[person_id]

    def _board(self, board_id: int) -> str:
        if board_id not in self._boards:
            board = load_board(self._conn, board_id)
            self._boards[board_id] = "" if board is None else board.name
        return self._boards[board_id]


def _joined(blocks: list[str]) -> str:
    """Return the non-empty blocks with a blank line between them."""
    return "\n\n".join(block for block in blocks if block)


def _clause(text: str) -> str:
    """Return the text without the full stop that ends it, to be followed by more."""
    return text.strip().rstrip(".").rstrip()


def _sentence(text: str) -> str:
    """Return the text ending as a sentence does."""
    text = text.strip()
    return text if not text or text[-1] in ".?!" else f"{text}."


def _running(text: str) -> str:
    """Return a subject as it reads inside a sentence: no full stop, lower-case start.

    A word in capitals ("IFO:s statistik") keeps its case.
    """
    text = _clause(text)
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text
