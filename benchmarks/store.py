"""The store itself: opening it, and `jamdesk check`'s integrity checks."""

from __future__ import annotations

from pathlib import Path

from benchmarks.timing import Figure, time_ms
from jamdesk.store.database import open_database
from jamdesk.store.health import run_checks

CHECK_TARGET_MS = 2000.0


def _open_and_close(path: Path) -> None:
    open_database(path, create=False).close()


def measure_store(path: Path, label: str, runs: int) -> list[Figure]:
    """Return the figures of opening the store and of checking it."""
    db = open_database(path, create=False)
    try:
        check = time_ms(lambda: run_checks(db.connection), runs)
    finally:
        db.close()
    return [
        Figure(
            "store.open",
            "Store: open",
            label,
            "ms",
            tuple(time_ms(lambda: _open_and_close(path), runs)),
        ),
        Figure("store.check", "Store: jamdesk check", label, "ms", tuple(check), CHECK_TARGET_MS),
    ]
