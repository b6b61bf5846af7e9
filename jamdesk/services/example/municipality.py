"""Build a realistic, fictional Swedish municipality in a store: the `jamdesk example` data.

Everything comes from one ``random.Random(seed)`` and the reference date ``today``, so
the same seed and date always give the same store, row for row.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import random
import sqlite3
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from jamdesk.domain.errors import QT_TRANSLATE_NOOP, DomainError
from jamdesk.domain.meetings import MeetingKind
from jamdesk.domain.organisation import Organisation
from jamdesk.domain.requests import ReportForm
from jamdesk.services.example.calendar import plan_year
from jamdesk.services.example.cast import (
    Cast,
    add_action_plan,
    add_boards,
    add_delegation,
    add_goals,
)
from jamdesk.services.example.context import DiaryNumbers, ExampleContext, Profile
from jamdesk.services.example.delegation import add_correction, hold_delegation_meeting
from jamdesk.services.example.dialogues import hold_dialogue
from jamdesk.services.example.names import DELEGATION_NAME, MUNICIPALITIES
from jamdesk.services.example.records import record_request
from jamdesk.services.example.rows import ExampleRows
from jamdesk.store.database import Database, open_database
from jamdesk.store.question_bank import tag_starter_set


class Scale(StrEnum):
    SMALL = "small"
    DECADE = "decade"
    STRESS = "stress"


# DOMAIN.md: 10–15 boards, 5–7 members, 2–4 dialogues per board a year, 3–10 questions
# and 1–5 commitments per dialogue, a handful of requests per board a year, ten years.
PROFILES: dict[Scale, Profile] = {
    Scale.SMALL: Profile(
        years=1,
        board_templates=10,
        districts=1,
        dialogues_per_board=(2, 4),
        questions_per_dialogue=(3, 10),
        commitments_per_dialogue=(1, 5),
        requests_per_board=(3, 5),
        members=(5, 7),
        delegation_meetings=(8, 10),
        needs_per_board=(0, 2),
        reviews_per_board=(1, 2),
    ),
    # The upper end of every figure, for ten years.
    Scale.DECADE: Profile(
        years=10,
        board_templates=15,
        districts=1,
        dialogues_per_board=(4, 4),
        questions_per_dialogue=(8, 10),
        commitments_per_dialogue=(4, 5),
        requests_per_board=(5, 5),
        members=(7, 7),
        delegation_meetings=(10, 10),
        needs_per_board=(1, 2),
        reviews_per_board=(1, 2),
    ),
}

# Ten times the decade: the fifteen boards in ten districts each.
PROFILES[Scale.STRESS] = replace(PROFILES[Scale.DECADE], districts=10)

_DAY = dt.timedelta(days=1)


class ExampleError(DomainError):
    """The example cannot be written where asked."""


@dataclass(frozen=True)
class ExampleSummary:
    """What an example store holds: the municipality, its years and rows per table."""

    organisation: str
    first_year: int
    last_year: int
    counts: Mapping[str, int]

    def count(self, table: str) -> int:
        """Return the number of rows in ``table``."""
        return self.counts.get(table, 0)


def build_example(db: Database, *, scale: Scale, seed: int, today: dt.date) -> ExampleSummary:
    """Fill the empty store ``db`` with an example municipality as of ``today``."""
    rng = random.Random(seed)
    profile = PROFILES[Scale(scale)]
    last_year = today.year
    first_year = last_year - profile.years + 1
    stem, genitive = rng.choice(MUNICIPALITIES)
    signed_on = dt.date(last_year - 10 - rng.randint(0, 2), rng.randint(2, 11), rng.randint(1, 28))
    rows = ExampleRows()
    organisation = rows.add_organisation(
        Organisation(
            name=f"{genitive} kommun",
            delegation_name=DELEGATION_NAME,
            charter_signed_on=signed_on,
            minutes_kept_at="Kommunledningskontoret",
        )
    )
    ctx = ExampleContext(
        rng=rng,
        today=today,
        profile=profile,
        organisation=organisation,
        rows=rows,
        diary=DiaryNumbers(organisation, rng),
    )
    cast = Cast(ctx, stem)
    add_goals(ctx)
    add_boards(ctx, cast, stem, genitive, first_year)
    add_delegation(ctx, cast, first_year)
    add_action_plan(ctx)
    previous_delegation_meeting: dt.date | None = None
    for year in range(first_year, last_year + 1):
        for planned in plan_year(ctx, year):
            if planned.kind is MeetingKind.DELEGATION_MEETING:
                hold_delegation_meeting(ctx, planned, previous_delegation_meeting)
                if planned.held:
                    previous_delegation_meeting = planned.date
            else:
                hold_dialogue(ctx, planned)
    _add_drafts(ctx)
    add_correction(ctx)
    with db.transaction() as connection:
        _ensure_empty(connection)
        rows.write(connection)
        tag_starter_set(connection)
    return ExampleSummary(organisation.name, first_year, last_year, rows.counts())


def _add_drafts(ctx: ExampleContext) -> None:
    """Add the requests the secretary is drafting right now, not yet registered or sent."""
    rng = ctx.rng
    year_start = dt.date(ctx.today.year, 1, 1)
    active = [board for board in ctx.boards if board.active_in(ctx.today.year)]
    for _ in range(rng.randint(1, 3) * ctx.profile.districts):
        made_on = max(ctx.today - rng.randint(0, 10) * _DAY, year_start)
        record_request(
            ctx,
            board=rng.choice(active),
            form=rng.choice((ReportForm.STATISTICS_BY_SEX, ReportForm.MEASURES)),
            made_on=made_on,
            due_on=made_on + rng.randint(60, 90) * _DAY,
            diary_number="",
            draft=True,
        )


def _ensure_empty(connection: sqlite3.Connection) -> None:
    if connection.execute("SELECT count(*) FROM organisation").fetchone()[0]:
        raise ExampleError(
            QT_TRANSLATE_NOOP(
                "DomainError", "The store already holds data; write the example to a new file."
            )
        )


def write_example(
    path: Path, *, scale: Scale, seed: int, today: dt.date, force: bool
) -> ExampleSummary:
    """Write an example store to ``path``, whole or not at all.

    The store is built in a temporary file beside ``path`` and moved into place only
    when complete, so a failure leaves no partial file and an existing file untouched.
    """
    path = Path(path).expanduser()
    _check_target(path, force=force)
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        db = open_database(temporary)
        try:
            summary = build_example(db, scale=scale, seed=seed, today=today)
        except sqlite3.OperationalError as exc:  # a full disk or a failing device
            raise ExampleError(
                QT_TRANSLATE_NOOP("DomainError", "JämDesk could not write {path}: {reason}."),
                field="out",
                path=str(path),
                reason=str(exc),
            ) from exc
        finally:
            db.close()  # closing checkpoints the write-ahead log into the file
        temporary.replace(path)
    except BaseException:
        _remove_with_side_files(temporary)
        raise
    # The replaced file's log and index would otherwise be read into the new store.
    _remove_side_files(path)
    return summary


def _check_target(path: Path, *, force: bool) -> None:
    if path.is_dir():
        raise ExampleError(
            QT_TRANSLATE_NOOP("DomainError", "{path} is a folder; name a file to write."),
            field="out",
            path=str(path),
        )
    if path.exists() and not force:
        raise ExampleError(
            QT_TRANSLATE_NOOP("DomainError", "{path} already exists; use --force to replace it."),
            field="out",
            path=str(path),
        )
    if not path.parent.is_dir():
        raise ExampleError(
            QT_TRANSLATE_NOOP(
                "DomainError", "The folder {folder} does not exist. Create it or choose another."
            ),
            field="out",
            folder=str(path.parent),
        )


def _remove_side_files(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def _remove_with_side_files(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    _remove_side_files(path)
