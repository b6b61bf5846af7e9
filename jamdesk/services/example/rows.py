"""Rows of the example store, built from validated domain records and written in bulk."""

from __future__ import annotations

import datetime as dt
import itertools
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import replace
from enum import StrEnum
from typing import TypeVar

from jamdesk.domain.action_plan import ActionPlanItem
from jamdesk.domain.boards import Board, BoardContact
from jamdesk.domain.commitments import (
    COMMITMENT_STATUS_LABELS,
    COMMITMENT_TRANSITIONS,
    Commitment,
)
from jamdesk.domain.dates import time_to_text
from jamdesk.domain.goals import Goal
from jamdesk.domain.history import StatusChange
from jamdesk.domain.meetings import AgendaItem, AgendaLink, Meeting, Participant
from jamdesk.domain.minutes import Minutes, Paragraph
from jamdesk.domain.organisation import Organisation
from jamdesk.domain.people import DelegationMembership, Person
from jamdesk.domain.questions import QUESTION_STATUS_LABELS, QUESTION_TRANSITIONS, Question
from jamdesk.domain.requests import REQUEST_STATUS_LABELS, REQUEST_TRANSITIONS, ReportingRequest
from jamdesk.domain.reviews import DevelopmentNeed, DocumentReview
from jamdesk.domain.transitions import check_transition

S = TypeVar("S", bound=StrEnum)
Row = tuple[object, ...]

# Every table the example fills, in an order that also satisfies the foreign keys.
COLUMNS: dict[str, tuple[str, ...]] = {
    "organisation": (
        "id", "name", "delegation_name", "charter_signed_on", "diary_pattern", "registry_series",
        "minutes_kept_at",
    ),
    "board": (
        "id", "name", "kind", "administration", "chair_id", "manager_id", "active_from",
        "active_to",
    ),
    "person": ("id", "name", "kind", "title", "email", "phone", "board_id"),
    "board_contact": ("board_id", "person_id", "capacity"),
    "delegation_membership": ("id", "person_id", "role", "term_from", "term_to"),
    "goal": ("id", "kind", "code", "title", "description", "active", "sort_order"),
    "meeting": (
        "id", "kind", "title", "meeting_date", "start_time", "end_time", "place", "status",
        "notes",
    ),
    "meeting_board": ("meeting_id", "board_id"),
    "meeting_participant": (
        "meeting_id", "person_id", "role", "called", "attendance", "serving_for_id",
    ),
    "agenda_item": ("id", "meeting_id", "position", "kind", "title", "diary_number", "notes"),
    "question": (
        "id", "meeting_id", "agenda_item_id", "board_id", "asked_by_id", "addressed_to_id",
        "text", "answer", "answered_on", "status",
    ),
    "question_event": ("id", "question_id", "changed_on", "from_status", "to_status", "note"),
    "question_goal": ("question_id", "goal_id"),
    "commitment": (
        "id", "board_id", "made_by_id", "responsible_id", "responsible", "description",
        "created_on", "due_on", "status", "meeting_id", "agenda_item_id", "question_id",
    ),
    "commitment_event": (
        "id", "commitment_id", "changed_on", "from_status", "to_status", "note",
    ),
    "commitment_goal": ("commitment_id", "goal_id"),
    "minutes": (
        "id", "meeting_id", "kind", "body", "diary_number", "secretary_id", "adjustment_place",
        "adjustment_date", "adjustment_time", "adjusted", "adjusted_on", "corrects_id",
        "correction_reason",
    ),
    "minutes_adjuster": ("minutes_id", "person_id"),
    "minutes_paragraph": (
        "id", "minutes_id", "body", "year", "number", "heading", "diary_number", "summary",
        "decision", "sent_to", "agenda_item_id",
    ),
    "reporting_request": (
        "id", "board_id", "subject", "form", "form_details", "due_on", "created_on",
        "meeting_id", "paragraph_id", "agenda_item_id", "question_id", "commitment_id",
        "status", "sent_on", "answered_on", "assessed_on", "request_diary_number",
        "answer_diary_number", "assessment_note",
    ),
    "reporting_request_event": (
        "id", "request_id", "changed_on", "from_status", "to_status", "note",
    ),
    "agenda_item_link": ("id", "agenda_item_id", "question_id", "commitment_id", "request_id"),
    "development_need": (
        "id", "description", "identified_on", "board_id", "meeting_id", "status", "note",
    ),
    "development_need_goal": ("need_id", "goal_id"),
    "document_review": (
        "id", "board_id", "document_title", "document_kind", "version", "document_date",
        "reviewed_on", "findings", "reviewer_id", "meeting_id",
    ),
    "document_review_goal": ("review_id", "goal_id"),
    "action_plan_item": (
        "id", "action", "goal_id", "priority", "resources", "indicator", "board_id", "due_on",
        "status",
    ),
}  # fmt: skip


def _day(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _time(value: dt.time | None) -> str | None:
    return None if value is None else time_to_text(value)


def check_story(
    events: Sequence[StatusChange],
    status: S,
    transitions: Mapping[S, frozenset[S]],
    labels: Mapping[S, str],
) -> None:
    """Raise unless ``events`` tell a story the status machine allows, ending in ``status``."""
    if not events or events[0].from_status is not None:
        raise ValueError("a status story starts with a first event from no status")
    kind = type(status)
    for before, after in itertools.pairwise(events):
        if after.from_status != before.to_status or after.changed_on < before.changed_on:
            raise ValueError(f"status story out of order: {before} then {after}")
        check_transition(transitions, kind(before.to_status), kind(after.to_status), labels)
    if events[-1].to_status != status.value:
        raise ValueError(f"status story ends in {events[-1].to_status}, not {status.value}")


class ExampleRows:
    """Collect the example's rows per table, with ids assigned here rather than by SQLite."""

    def __init__(self) -> None:
        self.tables: dict[str, list[Row]] = {name: [] for name in COLUMNS}
        self._last_id: dict[str, int] = {}
        self._adjust_later: list[tuple[int]] = []

    def new_id(self, table: str) -> int:
        """Return the next id of ``table``."""
        value = self._last_id.get(table, 0) + 1
        self._last_id[table] = value
        return value

    def _take_id(self, table: str, given: int | None) -> int:
        return self.new_id(table) if given is None else given

    def counts(self) -> dict[str, int]:
        """Return the number of rows per table."""
        return {name: len(rows) for name, rows in self.tables.items()}

    def add_organisation(self, organisation: Organisation) -> Organisation:
        """Add the one organisation row."""
        org = organisation.validated()
        self.tables["organisation"].append(
            (1, org.name, org.delegation_name, _day(org.charter_signed_on), org.diary_pattern,
             org.registry_series, org.minutes_kept_at)
        )  # fmt: skip
        return org

    def add_person(self, person: Person) -> int:
        """Add a person; return the id."""
        p = person.validated()
        pid = self._take_id("person", p.id)
        self.tables["person"].append(
            (pid, p.name, p.kind.value, p.title, p.email, p.phone, p.board_id)
        )
        return pid

    def add_board(self, board: Board) -> int:
        """Add a board (its id may be reserved beforehand with new_id); return the id."""
        b = board.validated()
        bid = self._take_id("board", b.id)
        self.tables["board"].append(
            (bid, b.name, b.kind.value, b.administration, b.chair_id, b.manager_id,
             _day(b.active_from), _day(b.active_to))
        )  # fmt: skip
        return bid

    def add_contact(self, contact: BoardContact) -> None:
        """Add a board's contact person."""
        self.tables["board_contact"].append(
            (contact.board_id, contact.person_id, contact.capacity.strip())
        )

    def add_membership(self, membership: DelegationMembership) -> int:
        """Add a seat in the delegation; return the id."""
        m = membership.validated()
        mid = self._take_id("delegation_membership", m.id)
        self.tables["delegation_membership"].append(
            (mid, m.person_id, m.role.value, _day(m.term_from), _day(m.term_to))
        )
        return mid

    def add_goal(self, goal: Goal) -> int:
        """Add a goal; return the id."""
        g = goal.validated()
        gid = self._take_id("goal", g.id)
        self.tables["goal"].append(
            (gid, g.kind.value, g.code, g.title, g.description, int(g.active), g.sort_order)
        )
        return gid

    def add_meeting(self, meeting: Meeting) -> Meeting:
        """Add a meeting with its boards; return it with its id."""
        m = meeting.validated()
        m = replace(m, id=self._take_id("meeting", m.id))
        self.tables["meeting"].append(
            (m.id, m.kind.value, m.title, _day(m.date), _time(m.start), _time(m.end), m.place,
             m.status.value, m.notes)
        )  # fmt: skip
        self.tables["meeting_board"].extend((m.id, board_id) for board_id in m.board_ids)
        return m

    def add_participant(self, participant: Participant) -> None:
        """Add someone called to a meeting."""
        p = participant.validated()
        self.tables["meeting_participant"].append(
            (p.meeting_id, p.person_id, p.role.value, int(p.called), p.attendance.value,
             p.serving_for_id)
        )  # fmt: skip

    def add_agenda_item(self, item: AgendaItem) -> int:
        """Add an agenda item with its links; return the id."""
        a = item.validated()
        aid = self._take_id("agenda_item", a.id)
        self.tables["agenda_item"].append(
            (aid, a.meeting_id, a.position, a.kind.value, a.title, a.diary_number, a.notes)
        )
        for link in a.links:
            self.add_link(aid, link)
        return aid

    def add_link(self, agenda_item_id: int, link: AgendaLink) -> None:
        """Add what an agenda item concerns."""
        self.tables["agenda_item_link"].append(
            (self.new_id("agenda_item_link"), agenda_item_id, link.question_id,
             link.commitment_id, link.request_id)
        )  # fmt: skip

    def _add_events(self, table: str, record_id: int, events: Sequence[StatusChange]) -> None:
        rows = self.tables[table]
        for event in events:
            rows.append(
                (self.new_id(table), record_id, _day(event.changed_on), event.from_status,
                 event.to_status, event.note)
            )  # fmt: skip

    def add_question(self, question: Question, events: Sequence[StatusChange]) -> int:
        """Add a question with its goals and status history; return the id."""
        q = question.validated()
        check_story(events, q.status, QUESTION_TRANSITIONS, QUESTION_STATUS_LABELS)
        qid = self._take_id("question", q.id)
        self.tables["question"].append(
            (qid, q.meeting_id, q.agenda_item_id, q.board_id, q.asked_by_id, q.addressed_to_id,
             q.text, q.answer, _day(q.answered_on), q.status.value)
        )  # fmt: skip
        self.tables["question_goal"].extend((qid, goal_id) for goal_id in q.goal_ids)
        self._add_events("question_event", qid, events)
        return qid

    def add_commitment(self, commitment: Commitment, events: Sequence[StatusChange]) -> int:
        """Add a commitment with its goals and status history; return the id."""
        c = commitment.validated()
        check_story(events, c.status, COMMITMENT_TRANSITIONS, COMMITMENT_STATUS_LABELS)
        cid = self._take_id("commitment", c.id)
        self.tables["commitment"].append(
            (cid, c.board_id, c.made_by_id, c.responsible_id, c.responsible, c.description,
             _day(c.created_on), _day(c.due_on), c.status.value, c.meeting_id,
             c.agenda_item_id, c.question_id)
        )  # fmt: skip
        self.tables["commitment_goal"].extend((cid, goal_id) for goal_id in c.goal_ids)
        self._add_events("commitment_event", cid, events)
        return cid

    def add_request(self, request: ReportingRequest, events: Sequence[StatusChange]) -> int:
        """Add a reporting request with its status history; return the id."""
        r = request.validated()
        check_story(events, r.status, REQUEST_TRANSITIONS, REQUEST_STATUS_LABELS)
        rid = self._take_id("reporting_request", r.id)
        self.tables["reporting_request"].append(
            (rid, r.board_id, r.subject, r.form.value, r.form_details, _day(r.due_on),
             _day(r.created_on), r.meeting_id, r.paragraph_id, r.agenda_item_id, r.question_id,
             r.commitment_id, r.status.value, _day(r.sent_on), _day(r.answered_on),
             _day(r.assessed_on), r.request_diary_number, r.answer_diary_number,
             r.assessment_note)
        )  # fmt: skip
        self._add_events("reporting_request_event", rid, events)
        return rid

    def add_minutes(self, minutes: Minutes) -> int:
        """Add minutes with their adjusters; return the id.

        Adjusted minutes are stored unadjusted first and marked adjusted after their
        paragraphs, because the store's triggers refuse paragraphs of adjusted minutes.
        """
        m = minutes.validated()
        mid = self._take_id("minutes", m.id)
        self.tables["minutes"].append(
            (mid, m.meeting_id, m.kind.value, m.body, m.diary_number, m.secretary_id,
             m.adjustment_place, _day(m.adjustment_date), _time(m.adjustment_time), 0,
             _day(m.adjusted_on), m.corrects_id, m.correction_reason)
        )  # fmt: skip
        self.tables["minutes_adjuster"].extend((mid, person_id) for person_id in m.adjuster_ids)
        if m.adjusted:
            self._adjust_later.append((mid,))
        return mid

    def add_paragraph(self, paragraph: Paragraph) -> int:
        """Add a paragraph (§) or notes item; return the id."""
        p = paragraph.validated()
        pid = self._take_id("minutes_paragraph", p.id)
        self.tables["minutes_paragraph"].append(
            (pid, p.minutes_id, p.body, p.year, p.number, p.heading, p.diary_number, p.summary,
             p.decision, p.sent_to, p.agenda_item_id)
        )  # fmt: skip
        return pid

    def add_need(self, need: DevelopmentNeed) -> int:
        """Add a development need with its goals; return the id."""
        n = need.validated()
        nid = self._take_id("development_need", n.id)
        self.tables["development_need"].append(
            (nid, n.description, _day(n.identified_on), n.board_id, n.meeting_id,
             n.status.value, n.note)
        )  # fmt: skip
        self.tables["development_need_goal"].extend((nid, goal_id) for goal_id in n.goal_ids)
        return nid

    def add_review(self, review: DocumentReview) -> int:
        """Add a document review with its goals; return the id."""
        r = review.validated()
        rid = self._take_id("document_review", r.id)
        self.tables["document_review"].append(
            (rid, r.board_id, r.document_title, r.document_kind.value, r.version,
             _day(r.document_date), _day(r.reviewed_on), r.findings, r.reviewer_id,
             r.meeting_id)
        )  # fmt: skip
        self.tables["document_review_goal"].extend((rid, goal_id) for goal_id in r.goal_ids)
        return rid

    def add_action(self, item: ActionPlanItem) -> int:
        """Add an action-plan item; return the id."""
        a = item.validated()
        aid = self._take_id("action_plan_item", a.id)
        self.tables["action_plan_item"].append(
            (aid, a.action, a.goal_id, a.priority, a.resources, a.indicator, a.board_id,
             _day(a.due_on), a.status.value)
        )  # fmt: skip
        return aid

    def write(self, connection: sqlite3.Connection) -> None:
        """Insert every row; call inside one write transaction."""
        # Boards and people refer to each other; checking foreign keys at COMMIT lets
        # the rows go in table by table.
        connection.execute("PRAGMA defer_foreign_keys = ON")
        for table, columns in COLUMNS.items():
            rows = self.tables[table]
            if not rows:
                continue
            names = ", ".join(columns)
            marks = ", ".join("?" * len(columns))
            connection.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)
        connection.executemany("UPDATE minutes SET adjusted = 1 WHERE id = ?", self._adjust_later)
