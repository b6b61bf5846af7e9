"""Writing documents: JämDesk's exports next to python-docx writing the same text bare."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import docx

from benchmarks.timing import Figure, ratios, time_ms
from jamdesk.export.protocol_export import build_protocol
from jamdesk.services.document_data.minutes import read_protocol
from jamdesk.services.document_data.report import ReportScope
from jamdesk.services.documents import DocumentService
from jamdesk.store.database import Database

PROTOCOL_PARAGRAPHS = 40
RATIO_TARGET = 1.3
REPORT_YEARS = 10

# What the floor writes: a paragraph's text, or a table's rows of cell texts.
Block = str | list[list[str]]


def _one(connection: sqlite3.Connection, sql: str) -> int:
    row = connection.execute(sql).fetchone()
    if row is None:
        raise RuntimeError(f"the example store has nothing for: {sql}")
    return int(row[0])


def write_protocol(db: Database, minutes_id: int, path: Path) -> None:
    """Read the biggest protocol, give it 40 paragraphs (repeating its own), and write it."""
    protocol = read_protocol(db.connection, minutes_id)
    own = protocol.paragraphs
    paragraphs = tuple(
        dataclasses.replace(own[index % len(own)], number=index + 1)
        for index in range(PROTOCOL_PARAGRAPHS)
    )
    build_protocol(dataclasses.replace(protocol, paragraphs=paragraphs)).save(path)


def exports(db: Database, as_of: dt.date) -> dict[str, Callable[[Path], object]]:
    """Return each document to measure, written (read, built, saved) to the path given."""
    conn = db.connection
    service = DocumentService(db)
    protocol = _one(
        conn,
        "SELECT p.minutes_id FROM minutes_paragraph p JOIN minutes m ON m.id = p.minutes_id "
        "WHERE m.kind = 'protocol' GROUP BY p.minutes_id ORDER BY count(*) DESC, 1 LIMIT 1",
    )
    meeting = _one(
        conn,
        "SELECT meeting_id FROM agenda_item GROUP BY meeting_id ORDER BY count(*) DESC, 1 LIMIT 1",
    )
    request = _one(conn, "SELECT max(id) FROM reporting_request")
    board = _one(
        conn,
        "SELECT board_id FROM (SELECT board_id FROM question UNION ALL "
        "SELECT board_id FROM commitment UNION ALL SELECT board_id FROM reporting_request) "
        "GROUP BY board_id ORDER BY count(*) DESC, 1 LIMIT 1",
    )
    start = dt.date(as_of.year - REPORT_YEARS + 1, 1, 1)
    return {
        "protocol": lambda path: write_protocol(db, protocol, path),
        "notice": lambda path: service.notice(meeting, as_of).write(path),
        "request": lambda path: service.request(request, as_of).write(path),
        "report": lambda path: service.report(
            ReportScope(board_id=board), start, as_of, as_of
        ).write(path),
    }


def blocks_of(path: Path) -> list[Block]:
    """Return the paragraphs and tables of a Word file, in order, as plain strings."""
    blocks: list[Block] = []
    for item in docx.Document(str(path)).iter_inner_content():
        if hasattr(item, "rows"):
            blocks.append([[cell.text for cell in row.cells] for row in item.rows])
        else:
            blocks.append(str(item.text))
    return blocks


def write_bare(blocks: list[Block], path: Path) -> None:
    """Write ``blocks`` with python-docx alone: the floor no exporter can go below."""
    document: Any = docx.Document()
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        table = document.add_table(rows=len(block), cols=max(len(row) for row in block))
        for cells, row in zip(table.rows, block, strict=True):
            for cell, text in zip(cells.cells, row, strict=False):
                cell.text = text
    document.save(str(path))


def measure_exports(db: Database, label: str, as_of: dt.date, runs: int) -> list[Figure]:
    """Return the figures of each export, its bare floor, and their ratio."""
    figures = []
    with tempfile.TemporaryDirectory(prefix="jamdesk-bench-") as folder:
        for name, write in exports(db, as_of).items():
            path = Path(folder) / f"{name}.docx"
            bare_path = Path(folder) / f"{name}-bare.docx"
            write(path)
            blocks = blocks_of(path)
            write_bare(blocks, bare_path)
            # Alternate the two, one run each, so that a slow moment hits both alike.
            app_ms: list[float] = []
            bare_ms: list[float] = []
            for _ in range(runs):
                app_ms += time_ms(partial(write, path), 1, warm_up=0)
                bare_ms += time_ms(partial(write_bare, blocks, bare_path), 1, warm_up=0)
            figures += [
                Figure(f"export.{name}", f"Export: {name}", label, "ms", tuple(app_ms)),
                Figure(
                    f"export.{name}.bare",
                    f"Export: {name}, bare python-docx",
                    label,
                    "ms",
                    tuple(bare_ms),
                ),
                Figure(
                    f"export.{name}.ratio",
                    f"Export: {name} / bare",
                    label,
                    "×",
                    ratios(app_ms, bare_ms),
                    RATIO_TARGET,
                ),
            ]
    return figures
