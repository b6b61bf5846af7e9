"""A search keystroke: the popup's call to the search service, for a common and a rare word."""

from __future__ import annotations

from functools import partial

from benchmarks.timing import Figure, time_ms
from jamdesk.services.search import SearchService
from jamdesk.store.database import Database

# In thousands of the example's texts, and in three (decade) or about thirty (stress).
WORDS = {"common": "kvinnor", "rare": "besvaras"}


def measure_search(db: Database, label: str, runs: int, target_ms: float) -> list[Figure]:
    """Return the figures of searching each word as the popup does after a keystroke."""
    service = SearchService(db)
    figures = []
    for kind, word in WORDS.items():
        samples = time_ms(partial(service.search, word), runs)
        figures.append(
            Figure(
                f"search.{kind}",
                f"Search: {kind} word “{word}”",
                label,
                "ms",
                tuple(samples),
                target_ms,
            )
        )
    return figures
