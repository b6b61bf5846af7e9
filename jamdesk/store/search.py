"""Full-text search over every kind of record, fast enough to run as the user types.

The FTS5 table ``search_index`` (schema version 2) holds one row per record, with rowid
= record id * 16 + kind, kept in sync by triggers inside the writing transaction. A search
walks the matches twice: once newest first, counting them per kind and ranking (bm25) the
newest ``RANKED_PER_KIND`` of each kind; then for the hits shown only, to highlight the
title and cut a snippet from the body.

Ranking every match is what costs (bm25 looks up each row's column sizes): a common word
in a decade of records matches tens of thousands of rows. A word found in thousands of
questions therefore shows the best of the recent ones; one more word typed narrows it down.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import sqlite3
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum

from jamdesk.domain.dates import date_from_iso
from jamdesk.domain.meetings import MeetingKind


class SearchKind(IntEnum):
    """What a row of the index is: the low four bits of its rowid. Groups show in this order."""

    MEETING = 1
    AGENDA_ITEM = 2
    QUESTION = 3
    COMMITMENT = 4
    REQUEST = 5
    PARAGRAPH = 6
    BOARD = 7
    PERSON = 8
    NEED = 9
    REVIEW = 10


_KIND_BITS = 16
RANKED_PER_KIND = 200
DEFAULT_LIMIT_PER_KIND = 20
# Title matches weigh more than body matches (the columns of search_index, in order).
_TITLE_WEIGHT = 2.0
_BODY_WEIGHT = 1.0
_SNIPPET_TOKENS = 16
# Control characters mark the matches: typed text never holds them, and html.escape
# leaves them alone, so they become <b> tags after the text has been escaped.
_OPEN = "\x02"
_CLOSE = "\x03"
_ELLIPSIS = "…"
# What unicode61 keeps as a token: letters and digits (å, ä, ö included); anything else
# separates tokens, so FTS5 syntax typed by the user never reaches the query as syntax.
_TOKEN = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class SearchHit:
    """One record found: what it is called, where the words were found, and its context."""

    kind: SearchKind
    id: int
    title: str  # plain text
    title_html: str  # the title, escaped, with the matched words in <b>
    snippet: str  # the best piece of the body, escaped, with the matched words in <b>
    date: dt.date | None = None  # the meeting's date, or the day the record was made
    board: str = ""  # the board(s) concerned, or the body whose minutes hold a paragraph
    meeting_kind: MeetingKind | None = None
    number: int | None = None  # a paragraph's § number
    parent_id: int | None = None  # a paragraph's minutes, an agenda item's meeting


@dataclass(frozen=True)
class SearchGroup:
    """The hits of one kind: how many there are, and the best ones."""

    kind: SearchKind
    count: int
    hits: tuple[SearchHit, ...]


@dataclass(frozen=True)
class _Context:
    date: dt.date | None
    board: str
    meeting_kind: MeetingKind | None
    number: int | None
    parent_id: int | None


_NO_CONTEXT = _Context(None, "", None, None, None)

_IDS = "(SELECT value FROM json_each(?))"
_MEETING_BOARDS = """(SELECT group_concat(name, ', ')
                        FROM (SELECT b.name FROM meeting_board mb JOIN board b ON b.id = mb.board_id
                               WHERE mb.meeting_id = {meeting} ORDER BY b.name))"""

# One query per kind, for the shown hits only: id, date, board, meeting kind, number, parent.
_CONTEXT_SQL: dict[SearchKind, str] = {
    SearchKind.MEETING: f"""
        SELECT m.id, m.meeting_date, {_MEETING_BOARDS.format(meeting="m.id")}, m.kind, NULL, NULL
          FROM meeting m WHERE m.id IN {_IDS}""",
    SearchKind.AGENDA_ITEM: f"""
        SELECT a.id, m.meeting_date, {_MEETING_BOARDS.format(meeting="m.id")}, m.kind,
               a.position, m.id
          FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id WHERE a.id IN {_IDS}""",
    SearchKind.QUESTION: f"""
        SELECT q.id, m.meeting_date, b.name, m.kind, NULL, m.id
          FROM question q JOIN meeting m ON m.id = q.meeting_id JOIN board b ON b.id = q.board_id
         WHERE q.id IN {_IDS}""",
    SearchKind.COMMITMENT: f"""
        SELECT c.id, c.created_on, b.name, NULL, NULL, c.meeting_id
          FROM commitment c JOIN board b ON b.id = c.board_id WHERE c.id IN {_IDS}""",
    SearchKind.REQUEST: f"""
        SELECT r.id, r.created_on, b.name, NULL, NULL, r.meeting_id
          FROM reporting_request r JOIN board b ON b.id = r.board_id WHERE r.id IN {_IDS}""",
    SearchKind.PARAGRAPH: f"""
        SELECT p.id, m.meeting_date, p.body, m.kind, p.number, p.minutes_id
          FROM minutes_paragraph p JOIN minutes n ON n.id = p.minutes_id
          JOIN meeting m ON m.id = n.meeting_id
         WHERE p.id IN {_IDS}""",
    SearchKind.PERSON: f"""
        SELECT p.id, NULL, b.name, NULL, NULL, NULL
          FROM person p LEFT JOIN board b ON b.id = p.board_id WHERE p.id IN {_IDS}""",
    SearchKind.NEED: f"""
        SELECT n.id, n.identified_on, b.name, NULL, NULL, n.meeting_id
          FROM development_need n LEFT JOIN board b ON b.id = n.board_id WHERE n.id IN {_IDS}""",
    SearchKind.REVIEW: f"""
        SELECT r.id, r.reviewed_on, b.name, NULL, NULL, r.meeting_id
          FROM document_review r JOIN board b ON b.id = r.board_id WHERE r.id IN {_IDS}""",
}

# A Python function tells, row by row in newest-first order, whether a match is among the
# newest of its kind, counting every kind as it goes: bm25 then runs only for those, and
# the other matches never leave SQLite. It is registered once per connection (SQLite
# refuses to replace a function while any statement is active) and counts into the
# list of the search running on its thread.
_KEEP_FUNCTION = "jamdesk_search_keep"
_RANK_SQL = f"""
    SELECT rowid, bm25(search_index, {_TITLE_WEIGHT}, {_BODY_WEIGHT})
      FROM search_index WHERE search_index MATCH ? AND {_KEEP_FUNCTION}(rowid)
     ORDER BY rowid DESC"""
# The bounds let FTS5 skip the rest of the index, and "rowid + 0" keeps the IN list a
# filter: given rowids as lookups, FTS5 would run the whole query again for each one.
_TEXT_SQL = f"""
    SELECT rowid, title, highlight(search_index, 0, '{_OPEN}', '{_CLOSE}'),
           snippet(search_index, 1, '{_OPEN}', '{_CLOSE}', '{_ELLIPSIS}', {_SNIPPET_TOKENS})
      FROM search_index
     WHERE search_index MATCH ?1 AND rowid BETWEEN ?3 AND ?4
       AND rowid + 0 IN (SELECT value FROM json_each(?2))"""


# The search running on this thread: its match counts, one per kind, and how many to rank.
_running = threading.local()


def _keep(rowid: int) -> bool:
    """Count a match of its kind; return whether it is among the newest to rank."""
    counts: list[int] = _running.counts
    kind = rowid % _KIND_BITS
    ranked: int = _running.ranked
    counts[kind] += 1
    return counts[kind] <= ranked


def match_expression(text: str) -> str | None:
    """Return the FTS5 query for what the user typed, or None if it holds no word.

    Each typed word becomes a quoted phrase of its tokens with a prefix match on the last
    one ("KS 2026/12" finds "KS 2026/123"); all words are required. Whatever is not a letter
    or digit only separates tokens, so quotes, ``*``, ``-``, ``:``, ``^`` and parentheses
    never raise a syntax error, and NEAR, AND, OR and NOT inside quotes are plain words.
    A one-character word is matched whole: the index keeps no one-character prefixes, and
    every word beginning with that character would have to be merged, for nothing useful.
    """
    phrases = []
    for word in unicodedata.normalize("NFC", text).split():
        tokens = _TOKEN.findall(word)
        if tokens:
            prefix = "" if len(tokens) == 1 and len(tokens[0]) == 1 else "*"
            phrases.append('"' + " ".join(tokens) + '"' + prefix)
    return " ".join(phrases) or None


def search(
    connection: sqlite3.Connection, text: str, limit_per_kind: int = DEFAULT_LIMIT_PER_KIND
) -> list[SearchGroup]:
    """Return the records matching ``text``, grouped by kind in SearchKind order, best first.

    Each group counts all its matches and holds up to ``limit_per_kind`` hits: the best by
    bm25 (title words weigh double) among the newest ``RANKED_PER_KIND`` matches.
    """
    query = match_expression(text)
    if query is None or limit_per_kind < 1:
        return []
    counts = [0] * _KIND_BITS
    scored: dict[int, list[tuple[float, int]]] = {}
    ranked_per_kind = max(RANKED_PER_KIND, limit_per_kind)
    for rowid, score in _ranked_matches(connection, query, counts, ranked_per_kind):
        # Equal scores put the newer record first.
        scored.setdefault(rowid % _KIND_BITS, []).append((score, -rowid))
    shown: dict[SearchKind, list[int]] = {}
    for kind in SearchKind:
        if kind in scored:
            shown[kind] = [-negated for _, negated in sorted(scored[kind])[:limit_per_kind]]
    texts = _texts(connection, query, [rowid for rowids in shown.values() for rowid in rowids])
    groups = []
    for kind, rowids in shown.items():
        contexts = _contexts(connection, kind, [rowid // _KIND_BITS for rowid in rowids])
        hits = tuple(_hit(kind, rowid // _KIND_BITS, texts[rowid], contexts) for rowid in rowids)
        groups.append(SearchGroup(kind, counts[kind], hits))
    return groups


def _ranked_matches(
    connection: sqlite3.Connection, query: str, counts: list[int], ranked_per_kind: int
) -> list[tuple[int, float]]:
    """Return the rowid and bm25 score of the newest matches of each kind, counting all."""
    _running.counts = counts
    _running.ranked = ranked_per_kind
    try:
        try:
            return connection.execute(_RANK_SQL, (query,)).fetchall()
        except sqlite3.OperationalError as exc:
            if _KEEP_FUNCTION not in str(exc):
                raise
        connection.create_function(_KEEP_FUNCTION, 1, _keep)
        return connection.execute(_RANK_SQL, (query,)).fetchall()
    finally:
        del _running.counts, _running.ranked


def _texts(
    connection: sqlite3.Connection, query: str, rowids: Sequence[int]
) -> dict[int, tuple[str, str, str]]:
    """Return the title, highlighted title and snippet of the matches ``rowids``."""
    if not rowids:
        return {}
    rows = connection.execute(
        _TEXT_SQL, (query, json.dumps(list(rowids)), min(rowids), max(rowids))
    )
    return {row[0]: (row[1] or "", row[2] or "", row[3] or "") for row in rows}


def _contexts(
    connection: sqlite3.Connection, kind: SearchKind, ids: Iterable[int]
) -> dict[int, _Context]:
    """Return the date, board and meeting of the records ``ids`` of ``kind``, in one query."""
    sql = _CONTEXT_SQL.get(kind)
    if sql is None:
        return {}
    return {
        row[0]: _Context(
            date=None if row[1] is None else date_from_iso(row[1]),
            board=row[2] or "",
            meeting_kind=None if row[3] is None else MeetingKind(row[3]),
            number=row[4],
            parent_id=row[5],
        )
        for row in connection.execute(sql, (json.dumps(list(ids)),))
    }


def _hit(
    kind: SearchKind, record_id: int, text: tuple[str, str, str], contexts: dict[int, _Context]
) -> SearchHit:
    title, title_marked, snippet = text
    context = contexts.get(record_id, _NO_CONTEXT)
    return SearchHit(
        kind=kind,
        id=record_id,
        title=title,
        title_html=marked_html(title_marked),
        snippet=marked_html(snippet.strip()),
        date=context.date,
        board=context.board,
        meeting_kind=context.meeting_kind,
        number=context.number,
        parent_id=context.parent_id,
    )


def marked_html(text: str) -> str:
    """Return ``text`` HTML-escaped, with the matches FTS5 marked set in bold."""
    return html.escape(text, quote=False).replace(_OPEN, "<b>").replace(_CLOSE, "</b>")
