"""Preparing agendas: numbered items and the questions, commitments and requests they concern."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from jamdesk.domain.errors import QT_TRANSLATE_NOOP, DomainError, NotFoundError, ValidationError
from jamdesk.domain.meetings import AgendaItem, AgendaItemKind, AgendaLink
from jamdesk.services.changes import Outcome, RecordKind, outcome
from jamdesk.services.minutes import refusing_adjusted_changes
from jamdesk.store import agenda as store
from jamdesk.store.database import Database
from jamdesk.store.references import missing_record, require_row


class AgendaService:
    """Add, change, reorder and remove the items of a meeting's agenda."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def items(self, meeting_id: int) -> list[AgendaItem]:
        """Return the meeting's agenda in order, positions 1..n."""
        conn = self._db.connection
        require_row(conn, "meeting", meeting_id, "meeting_id")
        return store.fetch_items(conn, meeting_id)

    def get_item(self, item_id: int) -> AgendaItem:
        """Return the agenda item with its links, or raise a NotFoundError."""
        return _require_item(self._db.connection, item_id)

    def add_item(
        self,
        meeting_id: int,
        kind: AgendaItemKind,
        title: str,
        diary_number: str = "",
        notes: str = "",
        links: Iterable[AgendaLink] = (),
        position: int | None = None,
    ) -> Outcome[AgendaItem]:
        """Add an item at ``position`` (default: last), moving the later items down one."""
        links = tuple(links)
        _check_no_duplicates(links)
        with self._db.transaction() as conn:
            require_row(conn, "meeting", meeting_id, "meeting_id")
            order = store.ordered_item_ids(conn, meeting_id)
            last = len(order) + 1
            wanted = last if position is None else position
            _check_position(wanted, last)
            item = AgendaItem(
                meeting_id, wanted, kind, title, diary_number, notes.strip(), links
            ).validated()
            for link in links:
                _check_target(conn, link)
            item_id = store.insert_item(conn, item)
            order.insert(wanted - 1, item_id)
            store.renumber(conn, order)
            saved = _require_item(conn, item_id)
        return outcome(saved, RecordKind.AGENDA)

    def update_item(
        self,
        item_id: int,
        *,
        kind: AgendaItemKind,
        title: str,
        diary_number: str = "",
        notes: str = "",
    ) -> Outcome[AgendaItem]:
        """Change the item's kind, title, diary number and notes."""
        with self._db.transaction() as conn:
            old = _require_item(conn, item_id)
            item = AgendaItem(
                old.meeting_id,
                old.position,
                kind,
                title,
                diary_number,
                notes.strip(),
                old.links,
                item_id,
            ).validated()
            store.update_item_text(conn, item)
        return outcome(item, RecordKind.AGENDA)

    def remove_item(self, item_id: int) -> Outcome[None]:
        """Remove the item and number the rest 1..n again."""
        with refusing_adjusted_changes(), self._db.transaction() as conn:
            item = _require_item(conn, item_id)
            if store.item_in_adjusted_minutes(conn, item_id):
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        "The item “{title}” is recorded in adjusted minutes, "
                        "so it cannot be removed.",
                    ),
                    field="id",
                    title=item.title,
                )
            store.delete_item(conn, item_id)
            store.renumber(conn, store.ordered_item_ids(conn, item.meeting_id))
        return outcome(None, RecordKind.AGENDA)

    def move_item(self, item_id: int, new_position: int) -> Outcome[list[AgendaItem]]:
        """Move the item to ``new_position``; return the whole agenda, numbered 1..n."""
        with self._db.transaction() as conn:
            item = _require_item(conn, item_id)
            order = store.ordered_item_ids(conn, item.meeting_id)
            _check_position(new_position, len(order))
            order.remove(item_id)
            order.insert(new_position - 1, item_id)
            store.renumber(conn, order)
            agenda = store.fetch_items(conn, item.meeting_id)
        return outcome(agenda, RecordKind.AGENDA)

    def add_link(self, item_id: int, link: AgendaLink) -> Outcome[AgendaItem]:
        """Let the item refer to a question, commitment or reporting request."""
        with self._db.transaction() as conn:
            item = _require_item(conn, item_id)
            if link in item.links:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("DomainError", "The item already refers to that record."),
                    field="links",
                )
            _check_target(conn, link)
            store.insert_link(conn, item_id, link)
            saved = _require_item(conn, item_id)
        return outcome(saved, RecordKind.AGENDA)

    def remove_link(self, item_id: int, link: AgendaLink) -> Outcome[AgendaItem]:
        """Stop the item referring to the record."""
        with self._db.transaction() as conn:
            _require_item(conn, item_id)
            if not store.delete_link(conn, item_id, link):
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("DomainError", "The item does not refer to that record."),
                    field="links",
                )
            saved = _require_item(conn, item_id)
        return outcome(saved, RecordKind.AGENDA)


def _require_item(conn: sqlite3.Connection, item_id: int) -> AgendaItem:
    item = store.get_item(conn, item_id)
    if item is None:
        raise missing_record("agenda_item", item_id, "id")
    return item


def _check_position(position: int, last: int) -> None:
    if not 1 <= position <= last:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "Choose a position from 1 to {last}."),
            field="position",
            last=last,
        )


def _check_no_duplicates(links: tuple[AgendaLink, ...]) -> None:
    if len(set(links)) != len(links):
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The item refers to the same record twice."),
            field="links",
        )


def _check_target(conn: sqlite3.Connection, link: AgendaLink) -> None:
    if link.question_id is not None:
        require_row(conn, "question", link.question_id, "links")
    elif link.commitment_id is not None:
        require_row(conn, "commitment", link.commitment_id, "links")
    else:
        assert link.request_id is not None
        require_row(conn, "reporting_request", link.request_id, "links")
