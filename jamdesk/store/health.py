"""Check a store's health: SQLite's own checks, foreign keys and JämDesk's invariants.

Every invariant is one set-based query, so a decade of records is checked in well under
two seconds; Python only formats the (capped) problems found.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from jamdesk.domain.commitments import PENDING_COMMITMENT_STATUSES, CommitmentStatus
from jamdesk.domain.meetings import DIALOGUE_KINDS
from jamdesk.domain.questions import QuestionStatus
from jamdesk.domain.requests import RequestStatus

# More lines of one kind than this say nothing new and bury the other kinds.
MAX_LINES_PER_KIND = 20


def _english(text: str) -> str:
    """Mark a line of the technical report, which stays in English.

    The lines name tables, columns and stored values for whoever supports JämDesk; the
    window shows a translated summary and these lines as the details.
    """
    return text


_MORE = _english("… and {count} more of the same")

# Every column holding a date or a time; tests compare these lists with the schema.
DATE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("organisation", "charter_signed_on"),
    ("board", "active_from"),
    ("board", "active_to"),
    ("delegation_membership", "term_from"),
    ("delegation_membership", "term_to"),
    ("meeting", "meeting_date"),
    ("question", "answered_on"),
    ("question_event", "changed_on"),
    ("commitment", "created_on"),
    ("commitment", "due_on"),
    ("commitment_event", "changed_on"),
    ("minutes", "adjustment_date"),
    ("minutes", "adjusted_on"),
    ("reporting_request", "due_on"),
    ("reporting_request", "created_on"),
    ("reporting_request", "sent_on"),
    ("reporting_request", "answered_on"),
    ("reporting_request", "assessed_on"),
    ("reporting_request_event", "changed_on"),
    ("development_need", "identified_on"),
    ("document_review", "document_date"),
    ("document_review", "reviewed_on"),
    ("action_plan_item", "due_on"),
)
TIME_COLUMNS: tuple[tuple[str, str], ...] = (
    ("meeting", "start_time"),
    ("meeting", "end_time"),
    ("minutes", "adjustment_time"),
)


@dataclass(frozen=True)
class _Rule:
    """One kind of problem: a query giving (id, a, b, c, d) per offending record, and its line."""

    code: str
    template: str
    sql: str
    extra: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class _Group:
    """Rules run as one statement, sharing the common table expression in ``with_sql``."""

    rules: tuple[_Rule, ...]
    with_sql: str = ""


def _sql_list(values: Iterable[StrEnum]) -> str:
    return ", ".join(f"'{value.value}'" for value in sorted(values))


def _noun(table: str) -> str:
    return table.replace("_", " ")


def quick_check(conn: sqlite3.Connection) -> list[str]:
    """Return what SQLite's quick_check finds wrong with the file's structure."""
    try:
        rows = conn.execute(f"PRAGMA quick_check({MAX_LINES_PER_KIND + 1})").fetchall()
    except sqlite3.DatabaseError as exc:
        return [_english("store file: damaged ({reason})").format(reason=exc)]
    # With one database attached, SQLite's "*** in database main ***" prefix says nothing.
    found = [
        str(row[0]).replace("*** in database main ***", "").strip()
        for row in rows
        if row[0] != "ok"
    ]
    lines = [
        _english("store file: {problem}").format(problem=" ".join(text.split()))
        for text in found[:MAX_LINES_PER_KIND]
    ]
    if len(found) > MAX_LINES_PER_KIND:
        lines.append(_english("… and possibly more of the same"))
    return lines


def foreign_key_problems(conn: sqlite3.Connection) -> list[str]:
    """Return one line per record that refers to a record the store does not hold."""
    sql = f"""
        SELECT tbl, row_id, parent, column_name, total FROM (
            SELECT fk."table" AS tbl, fk.rowid AS row_id, fk.parent, ref."from" AS column_name,
                   row_number() OVER kind AS rn,
                   count(*) OVER (PARTITION BY fk."table", fk.fkid) AS total
              FROM pragma_foreign_key_check() AS fk
              JOIN pragma_foreign_key_list(fk."table") AS ref
                ON ref.id = fk.fkid AND ref.seq = 0
            WINDOW kind AS (PARTITION BY fk."table", fk.fkid ORDER BY fk.rowid))
         WHERE rn <= {MAX_LINES_PER_KIND}
         ORDER BY tbl, column_name, row_id
    """
    kinds: dict[tuple[str, str], list[tuple[Any, ...]]] = {}
    for row in conn.execute(sql):
        kinds.setdefault((row[0], row[3]), []).append(row)
    lines: list[str] = []
    for rows in kinds.values():
        for table, row_id, parent, column, _total in rows:
            if row_id is None:  # a WITHOUT ROWID table: its rows have no id to name
                template = _english("{noun}: {column} refers to a missing {parent}")
            else:
                template = _english("{noun} {id}: {column} refers to a missing {parent}")
            lines.append(
                template.format(noun=_noun(table), id=row_id, column=column, parent=_noun(parent))
            )
        if rows[0][4] > len(rows):
            lines.append(_MORE.format(count=rows[0][4] - len(rows)))
    return lines


def invariant_problems(conn: sqlite3.Connection) -> list[str]:
    """Return one line per record that breaks one of JämDesk's own rules."""
    lines: list[str] = []
    for group in _GROUPS:
        lines.extend(_run_group(conn, group))
    return lines


def run_checks(conn: sqlite3.Connection) -> list[str]:
    """Return every problem found in the store, or nothing when it is healthy."""
    started_here = not conn.in_transaction
    if started_here:
        # One read transaction: every check sees the same state, even if another
        # window saves meanwhile; nothing is written.
        conn.execute("BEGIN")
    try:
        lines = quick_check(conn)
        for check in (foreign_key_problems, invariant_problems):
            try:
                lines.extend(check(conn))
            except sqlite3.DatabaseError as exc:
                lines.append(
                    _english("store file: could not be read to the end ({reason})").format(
                        reason=exc
                    )
                )
                break
    finally:
        if started_here and conn.in_transaction:
            conn.execute("ROLLBACK")
    return lines


def _run_group(conn: sqlite3.Connection, group: _Group) -> list[str]:
    union = "\n UNION ALL\n".join(
        f"SELECT '{rule.code}', * FROM ({rule.sql})" for rule in group.rules
    )
    ctes = f"{group.with_sql},\n" if group.with_sql else ""
    sql = f"""
        WITH {ctes}problems(code, id, a, b, c, d) AS ({union})
        SELECT code, id, a, b, c, d, total FROM (
            SELECT *, row_number() OVER kind AS rn, count(*) OVER (PARTITION BY code) AS total
              FROM problems
            WINDOW kind AS (PARTITION BY code ORDER BY id))
         WHERE rn <= {MAX_LINES_PER_KIND}
         ORDER BY code, id
    """
    found: dict[str, list[tuple[Any, ...]]] = {}
    for row in conn.execute(sql):
        found.setdefault(row[0], []).append(row)
    lines: list[str] = []
    for rule in group.rules:
        rows = found.get(rule.code, [])
        for _code, id_, a, b, c, d, _total in rows:
            lines.append(rule.template.format(id=id_, a=a, b=b, c=c, d=d, **rule.extra))
        if rows and rows[0][6] > len(rows):
            lines.append(_MORE.format(count=rows[0][6] - len(rows)))
    return lines


_DIALOGUES = _sql_list(DIALOGUE_KINDS)
_PENDING_COMMITMENTS = _sql_list(PENDING_COMMITMENT_STATUSES)
_SENT_ON = _sql_list(set(RequestStatus) - {RequestStatus.DRAFT})
_ANSWERED = _sql_list(
    {
        RequestStatus.ANSWERED,
        RequestStatus.ASSESSED_SUFFICIENT,
        RequestStatus.SUPPLEMENT_REQUESTED,
    }
)
_ASSESSED = _sql_list({RequestStatus.ASSESSED_SUFFICIENT, RequestStatus.SUPPLEMENT_REQUESTED})


def _rule(code: str, template: str, sql: str, **extra: str) -> _Rule:
    return _Rule(code, template, sql, extra)


_RECORDS = _Group(
    (
        _rule(
            "organisation",
            _english("organisation: the store holds boards or meetings but no organisation"),
            # A new store is empty until the secretary sets it up; once it holds records,
            # every document needs the organisation's name.
            """SELECT NULL, NULL, NULL, NULL, NULL
                WHERE NOT EXISTS (SELECT 1 FROM organisation)
                  AND (EXISTS (SELECT 1 FROM board) OR EXISTS (SELECT 1 FROM meeting))""",
        ),
        _rule(
            "dialogue_boards",
            _english("meeting {id}: a dialogue ({a}) without any board"),
            f"""SELECT m.id, m.kind, NULL, NULL, NULL FROM meeting AS m
                 WHERE m.kind IN ({_DIALOGUES})
                   AND NOT EXISTS (SELECT 1 FROM meeting_board AS mb WHERE mb.meeting_id = m.id)""",
        ),
        _rule(
            "agenda_positions",
            _english("meeting {id}: agenda positions are {a}, not 1 to {b} once each"),
            """SELECT meeting_id, group_concat(position, ', '), count(*), NULL, NULL
                 FROM (SELECT meeting_id, position FROM agenda_item ORDER BY meeting_id, position)
                GROUP BY meeting_id
               HAVING min(position) <> 1 OR max(position) <> count(*)
                   OR count(DISTINCT position) <> count(*)""",
        ),
        _rule(
            "question_answer",
            _english("question {id}: answered without an answer"),
            "SELECT id, NULL, NULL, NULL, NULL FROM question"
            " WHERE status = 'answered' AND trim(answer) = ''",
        ),
        _rule(
            "question_answered_on",
            _english("question {id}: answered without an answer date"),
            "SELECT id, NULL, NULL, NULL, NULL FROM question"
            " WHERE status = 'answered' AND answered_on IS NULL",
        ),
        _rule(
            "commitment_due",
            _english("commitment {id}: {a} without a due date"),
            "SELECT id, status, NULL, NULL, NULL FROM commitment"
            f" WHERE status IN ({_PENDING_COMMITMENTS}) AND due_on IS NULL",
        ),
    )
)


def _history_group(table: str, events: str, key: str, statuses: Iterable[StrEnum]) -> _Group:
    """Return the rules that a record's status history forms one unbroken chain."""
    valid = _sql_list(statuses)
    # The window only orders ids; the entries' columns come by primary key, which SQLite
    # does several times faster than carrying them through lag().
    chain = f"""chain AS (
        SELECT e.id AS event_id, e.{key} AS record_id, e.from_status, e.to_status, e.changed_on,
               w.prev_id, p.to_status AS prev_to, p.changed_on AS prev_on, w.next_id
          FROM (SELECT id, lag(id) OVER w AS prev_id, lead(id) OVER w AS next_id
                  FROM {events} WINDOW w AS (PARTITION BY {key} ORDER BY id)) AS w
          JOIN {events} AS e ON e.id = w.id
          LEFT JOIN {events} AS p ON p.id = w.prev_id)"""
    noun = _noun(table)
    return _Group(
        (
            _rule(
                f"{table}:none",
                _english("{noun} {id}: status is {a} but it has no history"),
                f"""SELECT r.id, r.status, NULL, NULL, NULL FROM {table} AS r
                     WHERE NOT EXISTS (SELECT 1 FROM {events} AS e WHERE e.{key} = r.id)""",
                noun=noun,
            ),
            _rule(
                f"{table}:first",
                _english(
                    "{noun} {id}: history entry {a} is the first but starts from {b}, not nothing",
                ),
                """SELECT record_id, event_id, from_status, NULL, NULL FROM chain
                    WHERE prev_id IS NULL AND from_status IS NOT NULL""",
                noun=noun,
            ),
            _rule(
                f"{table}:link",
                _english(
                    "{noun} {id}: history entry {a} starts from {b}, "
                    "but the entry before it ended in {c}",
                ),
                """SELECT record_id, event_id, coalesce(from_status, 'nothing'), prev_to, NULL
                     FROM chain WHERE prev_id IS NOT NULL AND from_status IS NOT prev_to""",
                noun=noun,
            ),
            _rule(
                f"{table}:unknown",
                _english("{noun} {id}: history entry {a} names the unknown status {b}"),
                f"""SELECT record_id, event_id,
                           CASE WHEN to_status NOT IN ({valid}) THEN to_status
                                ELSE from_status END, NULL, NULL
                      FROM chain
                     WHERE to_status NOT IN ({valid}) OR from_status NOT IN ({valid})""",
                noun=noun,
            ),
            _rule(
                f"{table}:dates",
                _english(
                    "{noun} {id}: history entry {a} is dated {b}, before the entry before it ({c})",
                ),
                """SELECT record_id, event_id, changed_on, prev_on, NULL FROM chain
                    WHERE prev_id IS NOT NULL AND changed_on < prev_on""",
                noun=noun,
            ),
            _rule(
                f"{table}:last",
                _english("{noun} {id}: status is {a} but its history ends in {b}"),
                f"""SELECT c.record_id, r.status, c.to_status, NULL, NULL
                      FROM chain AS c JOIN {table} AS r ON r.id = c.record_id
                     WHERE c.next_id IS NULL AND c.to_status IS NOT r.status""",
                noun=noun,
            ),
        ),
        with_sql=chain,
    )


def _request_order_rule(code: str, later: str, earlier: str, template: str, where: str) -> _Rule:
    return _rule(
        f"request_order:{code}",
        template,
        f"""SELECT id, {later}, {earlier}, NULL, NULL FROM reporting_request
             WHERE {later} < {earlier}{where}""",
    )


_REQUESTS = _Group(
    (
        _rule(
            "request_sent_on",
            _english("reporting request {id}: {a} without a sent date"),
            "SELECT id, status, NULL, NULL, NULL FROM reporting_request"
            f" WHERE status IN ({_SENT_ON}) AND sent_on IS NULL",
        ),
        _rule(
            "request_answered_on",
            _english("reporting request {id}: {a} without an answer date"),
            "SELECT id, status, NULL, NULL, NULL FROM reporting_request"
            f" WHERE status IN ({_ANSWERED}) AND answered_on IS NULL",
        ),
        _rule(
            "request_assessed_on",
            _english("reporting request {id}: {a} without an assessment date"),
            "SELECT id, status, NULL, NULL, NULL FROM reporting_request"
            f" WHERE status IN ({_ASSESSED}) AND assessed_on IS NULL",
        ),
        _request_order_rule(
            "sent",
            "sent_on",
            "created_on",
            _english("reporting request {id}: sent on {a}, before it was created ({b})"),
            "",
        ),
        _request_order_rule(
            "answered_created",
            "answered_on",
            "created_on",
            _english("reporting request {id}: answered on {a}, before it was created ({b})"),
            "",
        ),
        _request_order_rule(
            "answered_sent",
            "answered_on",
            "sent_on",
            _english("reporting request {id}: answered on {a}, before it was sent ({b})"),
            "",
        ),
        _request_order_rule(
            "assessed_created",
            "assessed_on",
            "created_on",
            _english("reporting request {id}: assessed on {a}, before it was created ({b})"),
            "",
        ),
        _request_order_rule(
            "assessed_sent",
            "assessed_on",
            "sent_on",
            _english("reporting request {id}: assessed on {a}, before it was sent ({b})"),
            "",
        ),
        # A request answered again after a supplement keeps the earlier assessment's
        # date, so only a request that stands assessed must be assessed after its answer.
        _request_order_rule(
            "assessed_answered",
            "assessed_on",
            "answered_on",
            _english("reporting request {id}: assessed on {a}, before it was answered ({b})"),
            f" AND status IN ({_ASSESSED})",
        ),
    )
)

_MINUTES = _Group(
    (
        _rule(
            "paragraph_series",
            _english("paragraphs {a}: § {b} of {c} is used more than once for {d}"),
            """SELECT min(p.id), group_concat(p.id, ', '), p.number, p.year, p.body
                 FROM minutes_paragraph AS p JOIN minutes AS m ON m.id = p.minutes_id
                WHERE m.kind = 'protocol' AND m.corrects_id IS NULL
                GROUP BY p.body, p.year, p.number HAVING count(*) > 1""",
        ),
        _rule(
            "paragraph_year",
            _english("paragraph {id}: numbered in {a}, but its meeting {b} was on {c}"),
            """SELECT p.id, p.year, mt.id, mt.meeting_date, NULL
                 FROM minutes_paragraph AS p
                 JOIN minutes AS m ON m.id = p.minutes_id
                 JOIN meeting AS mt ON mt.id = m.meeting_id
                WHERE p.year IS NOT CAST(substr(mt.meeting_date, 1, 4) AS INTEGER)""",
        ),
        _rule(
            "notes_numbers",
            _english("minutes {id}: the notes' items are numbered {a}, not 1 to {b} once each"),
            """SELECT minutes_id, group_concat(number, ', '), count(*), NULL, NULL
                 FROM (SELECT p.minutes_id, p.number
                         FROM minutes_paragraph AS p JOIN minutes AS m ON m.id = p.minutes_id
                        WHERE m.kind = 'notes' ORDER BY p.minutes_id, p.number)
                GROUP BY minutes_id
               HAVING min(number) <> 1 OR max(number) <> count(*)
                   OR count(DISTINCT number) <> count(*)""",
        ),
        _rule(
            "adjusted_on",
            _english("minutes {id}: adjusted without an adjustment date"),
            "SELECT id, NULL, NULL, NULL, NULL FROM minutes"
            " WHERE adjusted = 1 AND adjusted_on IS NULL",
        ),
        _rule(
            "adjusters",
            _english("minutes {id}: an adjusted protocol without any adjuster"),
            """SELECT m.id, NULL, NULL, NULL, NULL FROM minutes AS m
                WHERE m.adjusted = 1 AND m.kind = 'protocol'
                  AND NOT EXISTS (SELECT 1 FROM minutes_adjuster AS a WHERE a.minutes_id = m.id)""",
        ),
    )
)


def _date_rule(table: str, column: str) -> _Rule:
    # date() alone lets 2025-02-30 through on older SQLite; the round trip does not.
    return _rule(
        f"date:{table}.{column}",
        _english("{noun} {id}: {column} holds “{a}”, not a date (YYYY-MM-DD)"),
        f"""SELECT id, {column}, NULL, NULL, NULL FROM {table}
             WHERE {column} IS NOT NULL AND date(julianday({column})) IS NOT {column}""",
        noun=_noun(table),
        column=column,
    )


def _time_rule(table: str, column: str) -> _Rule:
    return _rule(
        f"time:{table}.{column}",
        _english("{noun} {id}: {column} holds “{a}”, not a time (HH:MM)"),
        f"""SELECT id, {column}, NULL, NULL, NULL FROM {table}
             WHERE {column} IS NOT NULL
               AND NOT ({column} GLOB '[0-2][0-9]:[0-5][0-9]' AND {column} < '24:00')""",
        noun=_noun(table),
        column=column,
    )


_DATES = _Group(
    tuple(_date_rule(table, column) for table, column in DATE_COLUMNS)
    + tuple(_time_rule(table, column) for table, column in TIME_COLUMNS)
)

_GROUPS: tuple[_Group, ...] = (
    _RECORDS,
    _history_group("question", "question_event", "question_id", QuestionStatus),
    _history_group("commitment", "commitment_event", "commitment_id", CommitmentStatus),
    _history_group("reporting_request", "reporting_request_event", "request_id", RequestStatus),
    _REQUESTS,
    _MINUTES,
    _DATES,
)
