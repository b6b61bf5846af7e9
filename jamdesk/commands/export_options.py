"""The options of `jamdesk export`, kept apart so that starting the window stays light."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

EXPORT_KINDS = ("notice", "minutes", "request", "report", "briefing", "registry")
# Which record each kind is exported from, as the option that names it.
NEEDS: dict[str, tuple[str, ...]] = {
    "notice": ("meeting",),
    "minutes": ("meeting",),
    "request": ("request",),
    "report": ("board", "goal"),
    "briefing": ("board",),
    "registry": ("meeting",),
}
OPTIONS = ("meeting", "request", "board", "goal")


def add_export_parser(commands: argparse._SubParsersAction[Any]) -> None:
    """Add `export` and its options to the command line."""
    export = commands.add_parser(
        "export",
        help="write a Word document for the registry",
        description="Write a Word document: the notice, the minutes, a reporting request, a "
        "follow-up report, the chair's briefing, or everything the registry files for a "
        "meeting (registry: its minutes and the requests it decided, into a folder).",
    )
    export.add_argument("kind", choices=EXPORT_KINDS)
    export.add_argument("--db", type=Path, default=argparse.SUPPRESS)
    export.add_argument("--meeting", type=int, metavar="ID", help="notice, minutes, registry")
    export.add_argument("--request", type=int, metavar="ID", help="request")
    export.add_argument("--board", type=int, metavar="ID", help="report, briefing")
    export.add_argument("--goal", type=int, metavar="ID", help="report per goal")
    export.add_argument("--from", dest="start", type=iso_date, metavar="DATE")
    export.add_argument("--to", dest="end", type=iso_date, metavar="DATE")
    export.add_argument("--public", action="store_true", help="report without personal names")
    export.add_argument("--template", type=Path, help="the organisation's .docx or .dotx")
    export.add_argument(
        "--today", type=iso_date, default=None, help="the date documents are dated as of"
    )
    export.add_argument("--force", action="store_true", help="replace existing files")
    export.add_argument(
        "--out", type=Path, required=True, help="the file to write, or a folder to write into"
    )


def iso_date(text: str) -> dt.date:
    """Return the date written as YYYY-MM-DD, or tell argparse it is not one."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None
