"""`python -m benchmarks`: measure every figure on the example stores and print one table."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from benchmarks.exports import measure_exports
from benchmarks.lists import measure_lists
from benchmarks.report import table, write_json
from benchmarks.search import measure_search
from benchmarks.start import PROJECT, measure_start
from benchmarks.store import measure_store
from benchmarks.stores import AS_OF, SCALE_STORES, ensure_store
from benchmarks.timing import Figure
from jamdesk.services.example.municipality import Scale
from jamdesk.store.database import open_database

GROUPS = ("start", "lists", "search", "export", "store")
# The targets in milliseconds: a decade's store (or a smaller one), then the stress store.
LIST_TARGET_MS = {False: 100.0, True: 250.0}
SEARCH_TARGET_MS = {False: 30.0, True: 100.0}


def build_parser() -> argparse.ArgumentParser:
    """Return the benchmark suite's command-line parser."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "--cache",
        type=Path,
        default=PROJECT / ".benchmarks",
        help="where the example stores are kept between runs (default: .benchmarks/)",
    )
    parser.add_argument("--runs", type=int, default=None, help="timed runs per figure (default 5)")
    parser.add_argument(
        "--json",
        type=Path,
        default=None,
        help="where to write the figures (default: CACHE/results.json)",
    )
    parser.add_argument(
        "--scale",
        choices=sorted(SCALE_STORES),
        default="full",
        help="full: the decade and stress stores; small: a one-year store, for a quick check",
    )
    parser.add_argument("--quick", action="store_true", help="the same as --scale small --runs 1")
    parser.add_argument(
        "--only", choices=GROUPS, action="append", help="measure only this group (repeatable)"
    )
    parser.add_argument("--rebuild", action="store_true", help="write the example stores again")
    return parser


def measure(
    stores: dict[Scale, Path], groups: Sequence[str], runs: int, cache: Path
) -> list[Figure]:
    """Return every figure of ``groups`` measured on ``stores`` (the first one: start, export)."""
    figures: list[Figure] = []
    first = next(iter(stores))
    if "start" in groups:
        _say("start")
        figures += measure_start(stores[first], first.value, runs, cache / "bytecode")
    for scale, path in stores.items():
        stress = scale is Scale.STRESS
        db = open_database(path, create=False)
        try:
            if "lists" in groups:
                _say(f"lists on {scale.value}")
                figures += measure_lists(db, scale.value, AS_OF, runs, LIST_TARGET_MS[stress])
            if "search" in groups:
                _say(f"search on {scale.value}")
                figures += measure_search(db, scale.value, runs, SEARCH_TARGET_MS[stress])
            if "export" in groups and scale is first:
                _say(f"exports on {scale.value}")
                figures += measure_exports(db, scale.value, AS_OF, runs)
        finally:
            db.close()
        if "store" in groups:
            _say(f"store on {scale.value}")
            figures += measure_store(path, scale.value, runs)
    return figures


def _say(what: str) -> None:
    print(f"Measuring {what} …", file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the suite; print the table and write the JSON; return 1 if a target is missed."""
    args = build_parser().parse_args(argv)
    scale = "small" if args.quick else args.scale
    runs = args.runs if args.runs is not None else (1 if args.quick else 5)
    if runs < 1:
        build_parser().error("--runs must be at least 1")
    cache: Path = args.cache.resolve()
    stores = {
        store_scale: ensure_store(cache, store_scale, rebuild=args.rebuild)
        for store_scale in SCALE_STORES[scale]
    }
    figures = measure(stores, args.only or GROUPS, runs, cache)
    print(table(figures))
    json_path: Path = args.json if args.json is not None else cache / "results.json"
    write_json(json_path, figures, runs, scale)
    missed = [figure for figure in figures if figure.passed is False]
    print(
        f"\n{len(missed)} of {sum(f.target is not None for f in figures)} targets missed; "
        f"figures written to {json_path}"
    )
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
