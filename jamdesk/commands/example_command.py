"""`jamdesk example`: write an example municipality to a new store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from jamdesk.commands.output import EXIT_OK, fail, fail_with
from jamdesk.domain.errors import DomainError
from jamdesk.services.example.municipality import ExampleSummary, Scale, write_example

# The tables the summary reports, with the words it uses for them.
_SHOWN: tuple[tuple[str, str], ...] = (
    ("board", "boards"),
    ("person", "people"),
    ("goal", "goals"),
    ("meeting", "meetings"),
    ("agenda_item", "agenda items"),
    ("question", "questions"),
    ("commitment", "commitments"),
    ("reporting_request", "reporting requests"),
    ("minutes", "minutes"),
    ("minutes_paragraph", "paragraphs and notes items"),
    ("development_need", "development needs"),
    ("document_review", "document reviews"),
    ("action_plan_item", "action-plan items"),
)


def run_example(out: Path, scale: str, seed: int, today: dt.date | None, force: bool) -> int:
    """Write the example store to ``out``; print what it holds; return the exit status."""
    as_of = today if today is not None else dt.date.today()
    try:
        summary = write_example(out, scale=Scale(scale), seed=seed, today=as_of, force=force)
    except DomainError as error:
        return fail_with(error)
    except OSError as error:
        return fail(f"Cannot write {out}: {error.strerror or error}.")
    _print_summary(out, summary, as_of)
    return EXIT_OK


def _print_summary(out: Path, summary: ExampleSummary, as_of: dt.date) -> None:
    years = (
        str(summary.first_year)
        if summary.first_year == summary.last_year
        else f"{summary.first_year}–{summary.last_year}"
    )
    print(f"Wrote {summary.organisation} ({years}, as of {as_of.isoformat()}) to {out}:")
    for table, words in _SHOWN:
        print(f"  {summary.count(table):>7}  {words}")
