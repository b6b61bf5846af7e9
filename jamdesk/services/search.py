"""Find any record from a few typed words: the use case behind Ctrl+F."""

from __future__ import annotations

from dataclasses import dataclass

from jamdesk.services.changes import RecordKind, RecordRef
from jamdesk.store.database import Database
from jamdesk.store.search import DEFAULT_LIMIT_PER_KIND, SearchHit, SearchKind, search

# The kind of record a search hit opens. A paragraph opens within its minutes (as links
# from the follow-up chain do), so its reference carries the minutes' id.
RECORD_KINDS: dict[SearchKind, RecordKind] = {
    SearchKind.MEETING: RecordKind.MEETING,
    SearchKind.AGENDA_ITEM: RecordKind.AGENDA,
    SearchKind.QUESTION: RecordKind.QUESTION,
    SearchKind.COMMITMENT: RecordKind.COMMITMENT,
    SearchKind.REQUEST: RecordKind.REQUEST,
    SearchKind.PARAGRAPH: RecordKind.MINUTES,
    SearchKind.BOARD: RecordKind.BOARD,
    SearchKind.PERSON: RecordKind.PERSON,
    SearchKind.NEED: RecordKind.NEED,
    SearchKind.REVIEW: RecordKind.REVIEW,
}


@dataclass(frozen=True)
class FoundRecord:
    """A search hit and the record it opens."""

    ref: RecordRef
    hit: SearchHit


@dataclass(frozen=True)
class FoundGroup:
    """The records of one kind found: how many in all, and the best ones."""

    kind: SearchKind
    count: int
    records: tuple[FoundRecord, ...]


def reference(hit: SearchHit) -> RecordRef:
    """Return the record a search hit opens."""
    if hit.kind is SearchKind.PARAGRAPH and hit.parent_id is not None:
        return RecordRef(RecordKind.MINUTES, hit.parent_id)
    return RecordRef(RECORD_KINDS[hit.kind], hit.id)


class SearchService:
    """Searches every kind of record at once."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def search(self, text: str, limit_per_kind: int = DEFAULT_LIMIT_PER_KIND) -> list[FoundGroup]:
        """Return what matches ``text`` (every word, as a prefix), grouped by kind, best first.

        Typed quotes, operators and other search syntax count as plain text; an empty or
        blank ``text`` finds nothing.
        """
        return [
            FoundGroup(
                group.kind,
                group.count,
                tuple(FoundRecord(reference(hit), hit) for hit in group.hits),
            )
            for group in search(self._db.connection, text, limit_per_kind)
        ]
