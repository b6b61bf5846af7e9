"""`jamdesk export`: write one of the delegation's Word documents from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
from pathlib import Path

from jamdesk.commands.check_command import DAMAGED
from jamdesk.commands.export_options import NEEDS, OPTIONS
from jamdesk.commands.output import EXIT_OK, fail, fail_with
from jamdesk.domain.errors import DomainError
from jamdesk.export.templates import check_template
from jamdesk.services.document_data.report import ReportScope
from jamdesk.services.documents import (
    DocumentService,
    PreparedDocument,
    existing_files,
    write_documents,
)
from jamdesk.store.database import open_database


def _check_options(args: argparse.Namespace) -> str | None:
    """Return what is wrong with the options for the kind, or None."""
    kind: str = args.kind
    needed = NEEDS[kind]
    given = [name for name in OPTIONS if getattr(args, name) is not None]
    if not any(name in given for name in needed):
        return f"export {kind} needs " + " or ".join(f"--{name} ID" for name in needed)
    if len(given) > 1:
        return f"export {kind} takes one of " + ", ".join(f"--{n}" for n in needed) + " only"
    if given[0] not in needed:
        return f"export {kind} takes --{needed[0]}, not --{given[0]}"
    dated = args.start is not None or args.end is not None
    if kind != "report" and (dated or args.public):
        return "--from, --to and --public belong to export report"
    return None


def run_export(args: argparse.Namespace, db: Path) -> int:
    """Export the document the options name from the store at ``db``; return the status."""
    problem = _check_options(args)
    if problem is not None:
        return fail(problem)
    template: Path | None = args.template
    try:
        if template is not None:
            check_template(template)
        database = open_database(db, create=False)
    except DomainError as exc:
        return fail_with(exc)
    except sqlite3.DatabaseError as exc:
        return fail(DAMAGED.format(path=db, reason=exc))
    today: dt.date = args.today or dt.date.today()
    with database:
        try:
            documents = _read(DocumentService(database), args, today)
        except DomainError as exc:
            return fail_with(exc)
        except sqlite3.DatabaseError as exc:
            return fail(DAMAGED.format(path=db, reason=exc))
    return _write(documents, args.out, template, force=args.force, folder=args.kind == "registry")


def _read(
    service: DocumentService, args: argparse.Namespace, today: dt.date
) -> list[PreparedDocument]:
    kind: str = args.kind
    if kind == "notice":
        return [service.notice(args.meeting, today)]
    if kind == "minutes":
        return service.meeting_minutes(args.meeting)[:1]
    if kind == "request":
        return [service.request(args.request, today)]
    if kind == "briefing":
        return [service.briefing(args.board, today)]
    if kind == "registry":
        return service.for_registry(args.meeting, today)
    start: dt.date = args.start or today.replace(month=1, day=1)
    end: dt.date = args.end or today
    scope = ReportScope(board_id=args.board, goal_id=args.goal)
    return [service.report(scope, start, end, today, public=args.public)]


def _write(
    documents: list[PreparedDocument],
    out: Path,
    template: Path | None,
    *,
    force: bool,
    folder: bool,
) -> int:
    """Write the documents to the file ``out`` or into the folder ``out``; print the paths."""
    try:
        if folder or out.is_dir():
            if not out.is_dir():
                return fail(f"{out} is not a folder; give the folder to write the documents into")
            clashes = existing_files(documents, out)
            if clashes and not force:
                return fail(f"{clashes[0]} exists; use --force to replace it")
            written = write_documents(documents, out, template)
        else:
            if out.suffix.lower() != ".docx":
                return fail(f"{out} does not end in .docx; Word documents do")
            if out.exists() and not force:
                return fail(f"{out} exists; use --force to replace it")
            written = [documents[0].write(out, template)]
    except DomainError as exc:
        return fail_with(exc)
    for path in written:
        print(path)
    return EXIT_OK
