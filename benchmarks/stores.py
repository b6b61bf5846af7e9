"""The example stores the figures are measured on, built once and kept in the cache folder."""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from jamdesk.services.example.municipality import Scale, write_example

SEED = 1
# A fixed "today" keeps the stores (and what is overdue in them) the same between runs.
AS_OF = dt.date(2026, 9, 15)

# What --scale chooses: the stores measured, the first standing in for "decade" targets.
SCALE_STORES: dict[str, tuple[Scale, ...]] = {
    "small": (Scale.SMALL,),
    "full": (Scale.DECADE, Scale.STRESS),
}


def store_path(cache: Path, scale: Scale) -> Path:
    """Return where the example store of ``scale`` is kept."""
    return cache / f"{scale.value}-seed{SEED}-{AS_OF.isoformat()}.sqlite"


def ensure_store(cache: Path, scale: Scale, *, rebuild: bool = False) -> Path:
    """Return the example store of ``scale``, writing it first if it is missing."""
    path = store_path(cache, scale)
    if path.exists() and not rebuild:
        return path
    cache.mkdir(parents=True, exist_ok=True)
    print(f"Writing the {scale.value} example store to {path} …", file=sys.stderr, flush=True)
    start = time.perf_counter()
    write_example(path, scale=scale, seed=SEED, today=AS_OF, force=True)
    print(f"  done in {time.perf_counter() - start:.1f} s", file=sys.stderr, flush=True)
    return path
