"""Time a piece of work over several runs and keep each figure with its target."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

# Work done once before the timed runs: imports, SQLite's page cache, Qt's first use.
WARM_UP_RUNS = 1


@dataclass(frozen=True)
class Figure:
    """One measured figure: its samples, unit and the most it may be (None: no target)."""

    key: str
    name: str
    store: str
    unit: str
    samples: tuple[float, ...]
    target: float | None = None

    @property
    def median(self) -> float:
        """Return the middle sample."""
        return statistics.median(self.samples)

    @property
    def low(self) -> float:
        """Return the smallest sample."""
        return min(self.samples)

    @property
    def high(self) -> float:
        """Return the largest sample."""
        return max(self.samples)

    @property
    def passed(self) -> bool | None:
        """Return whether the median meets the target, or None when there is no target."""
        return None if self.target is None else self.median <= self.target


def time_ms(
    work: Callable[[], object],
    runs: int,
    setup: Callable[[], object] | None = None,
    warm_up: int = WARM_UP_RUNS,
) -> list[float]:
    """Return the milliseconds ``work`` takes on each of ``runs`` runs, after ``warm_up`` runs.

    ``setup`` runs untimed before every run (and the warm-up), to undo what the last run did.
    """
    samples = []
    for run in range(warm_up + runs):
        if setup is not None:
            setup()
        start = time.perf_counter()
        work()
        elapsed = (time.perf_counter() - start) * 1000
        if run >= warm_up:
            samples.append(elapsed)
    return samples


def ratios(numerators: list[float], denominators: list[float]) -> tuple[float, ...]:
    """Return the run-by-run ratios of two interleaved series, so that drift cancels out."""
    return tuple(top / bottom for top, bottom in zip(numerators, denominators, strict=True))
