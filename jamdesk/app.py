"""The composition root: read the command line, then run a command or the window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from jamdesk import __version__
from jamdesk.commands.export_options import add_export_parser, iso_date
from jamdesk.paths import default_store_path

LIST_TARGETS = ("meetings", "boards", "requests", "commitments")
SCALES = ("small", "decade", "stress")


class _Parser(argparse.ArgumentParser):
    """An argument parser that reports a mistake on one line of stderr."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    """Return the parser for every command JämDesk understands."""
    parser = _Parser(
        prog="jamdesk",
        description="JämDesk: the gender-equality delegation's desk. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"JämDesk {__version__}")
    parser.add_argument("--db", type=Path, help="the store to open (default: your own store)")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    example = commands.add_parser("example", help="write an example municipality to a new store")
    example.add_argument("--out", type=Path, required=True, help="the file to write")
    example.add_argument("--scale", choices=SCALES, default="small")
    example.add_argument("--seed", type=int, default=1, help="the same seed gives the same data")
    example.add_argument(
        "--today",
        type=iso_date,
        default=None,
        help="the date the example is 'as of' (default: today)",
    )
    example.add_argument("--force", action="store_true", help="overwrite an existing file")

    check = commands.add_parser("check", help="check a store's integrity")
    check.add_argument("--db", type=Path, default=argparse.SUPPRESS)

    listing = commands.add_parser("list", help="print records with their ids")
    listing.add_argument("what", choices=LIST_TARGETS)
    listing.add_argument("--db", type=Path, default=argparse.SUPPRESS)
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    add_export_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run JämDesk with the given command line; return the exit status."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    if args.command is None:
        from jamdesk.services.container import build_services
        from jamdesk.ui.application import run_gui

        db = args.db if args.db is not None else default_store_path()
        return run_gui(db, is_default=args.db is None, build_services=build_services)
    try:
        return _run_command(args)
    except BrokenPipeError:
        # The reader (say, `| head`) stopped early: not an error worth a traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def _run_command(args: argparse.Namespace) -> int:
    """Run the command named on the command line; return the exit status."""
    db: Path = args.db if args.db is not None else default_store_path()
    if args.command == "example":
        from jamdesk.commands.example_command import run_example

        return run_example(args.out, args.scale, args.seed, args.today, args.force)
    if args.command == "check":
        from jamdesk.commands.check_command import run_check

        return run_check(db)
    if args.command == "list":
        from jamdesk.commands.list_command import run_list

        return run_list(args.what, db, as_json=args.json)
    if args.command == "export":
        from jamdesk.commands.export_command import run_export

        return run_export(args, db)
    raise AssertionError(f"unknown command {args.command!r}")


if __name__ == "__main__":
    sys.exit(main())
