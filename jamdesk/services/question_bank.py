"""Keep the question bank and put its questions on agendas."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import replace

from jamdesk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from jamdesk.domain.meetings import AgendaItem, AgendaItemKind, MeetingKind
from jamdesk.domain.question_bank import MethodStep, QuestionBankEntry
from jamdesk.services.agenda_proposals import insert_in_section
from jamdesk.services.changes import Outcome, RecordKind, outcome
from jamdesk.store import question_bank as store
from jamdesk.store.database import Database
from jamdesk.store.references import require_goals, require_row

# Questions go after the opening items, the follow-ups and any questions already there.
QUESTION_SECTION = frozenset(
    {AgendaItemKind.OPENING, AgendaItemKind.FOLLOW_UP, AgendaItemKind.QUESTION}
)


def _missing_entry(entry_id: int, field: str = "id") -> NotFoundError:
    return NotFoundError(
        QT_TRANSLATE_NOOP("DomainError", "There is no question with id {id} in the bank."),
        field=field,
        id=entry_id,
    )


def _stored_entry(connection: sqlite3.Connection, entry_id: int) -> QuestionBankEntry:
    entry = store.load_entry(connection, entry_id)
    if entry is None:
        raise _missing_entry(entry_id)
    return entry


class QuestionBankService:
    """The use cases of the question bank."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def entries(
        self,
        meeting_kind: MeetingKind | None = None,
        method_step: MethodStep | None = None,
        goal_id: int | None = None,
        include_inactive: bool = False,
    ) -> list[QuestionBankEntry]:
        """Return the entries suiting ``meeting_kind``, of ``method_step``, tagged ``goal_id``."""
        return store.list_entries(
            self._db.connection,
            meeting_kind=meeting_kind,
            method_step=method_step,
            goal_id=goal_id,
            include_inactive=include_inactive,
        )

    def get(self, entry_id: int) -> QuestionBankEntry:
        """Return the entry ``entry_id``, or raise a NotFoundError."""
        return _stored_entry(self._db.connection, entry_id)

    def create(self, entry: QuestionBankEntry) -> Outcome[QuestionBankEntry]:
        """Add a question to the bank; without a sort order it goes last."""
        checked = replace(entry.validated(), id=None)
        with self._db.transaction() as conn:
            require_goals(conn, checked.goal_ids)
            if checked.sort_order == 0:
                checked = replace(checked, sort_order=store.next_sort_order(conn))
            created = replace(checked, id=store.insert_entry(conn, checked))
        return outcome(created, RecordKind.QUESTION_BANK)

    def update(self, entry: QuestionBankEntry) -> Outcome[QuestionBankEntry]:
        """Change an entry's text, step, tags, order or whether it is offered."""
        if entry.id is None:
            raise ValueError("update() takes a stored entry")
        checked = entry.validated()
        with self._db.transaction() as conn:
            _stored_entry(conn, entry.id)
            require_goals(conn, checked.goal_ids)
            store.update_entry(conn, checked)
        return outcome(checked, RecordKind.QUESTION_BANK)

    def set_tags(
        self, entry_id: int, meeting_kinds: Iterable[MeetingKind], goal_ids: Iterable[int]
    ) -> Outcome[QuestionBankEntry]:
        """Tag the entry with exactly ``meeting_kinds`` and ``goal_ids``."""
        with self._db.transaction() as conn:
            stored = _stored_entry(conn, entry_id)
            checked = replace(
                stored, meeting_kinds=tuple(meeting_kinds), goal_ids=tuple(goal_ids)
            ).validated()
            require_goals(conn, checked.goal_ids)
            store.replace_tags(conn, entry_id, checked.meeting_kinds, checked.goal_ids)
        return outcome(checked, RecordKind.QUESTION_BANK)

    def set_active(self, entry_id: int, active: bool) -> Outcome[QuestionBankEntry]:
        """Offer the entry when agendas are built (True), or retire it, keeping it (False)."""
        with self._db.transaction() as conn:
            stored = _stored_entry(conn, entry_id)
            store.set_entry_active(conn, entry_id, active)
        return outcome(replace(stored, active=active), RecordKind.QUESTION_BANK)

    def delete(self, entry_id: int) -> Outcome[None]:
        """Delete the entry for good; agendas it was added to keep their items."""
        with self._db.transaction() as conn:
            _stored_entry(conn, entry_id)
            store.delete_entry(conn, entry_id)
        return outcome(None, RecordKind.QUESTION_BANK)

    def add_to_agenda(self, meeting_id: int, entry_ids: Iterable[int]) -> Outcome[list[AgendaItem]]:
        """Add the entries as question items after the agenda's follow-ups, in the order given."""
        wanted = list(dict.fromkeys(entry_ids))
        if not wanted:
            raise ValidationError(
                QT_TRANSLATE_NOOP("DomainError", "Choose at least one question from the bank."),
                field="entry_ids",
            )
        with self._db.transaction() as conn:
            require_row(conn, "meeting", meeting_id, "meeting_id")
            found = store.load_entries(conn, wanted)
            for entry_id in wanted:
                if entry_id not in found:
                    raise _missing_entry(entry_id, "entry_ids")
            items = [
                AgendaItem(meeting_id, 1, AgendaItemKind.QUESTION, found[entry_id].text)
                for entry_id in wanted
            ]
            added = insert_in_section(conn, meeting_id, items, QUESTION_SECTION)
        return outcome(added, RecordKind.AGENDA)
