"""The benchmark suite runs end to end on a small store and writes every figure."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.__main__ import main

# Every figure the suite measures, by key; each must come out as a number.
EXPECTED_KEYS = {
    "start.bare",
    "start.jamdesk",
    "start.ratio",
    "memory.bare",
    "memory.jamdesk",
    "memory.extra",
    *(
        f"lists.{action}.{name}"
        for action in ("open", "sort", "filter")
        for name in ("commitments", "questions", "requests")
    ),
    "lists.overview",
    "search.common",
    "search.rare",
    *(
        f"export.{name}{suffix}"
        for name in ("protocol", "notice", "request", "report")
        for suffix in ("", ".bare", ".ratio")
    ),
    "store.open",
    "store.check",
}


def test_quick_run_writes_every_figure_with_a_number(tmp_path: Path) -> None:
    results = tmp_path / "results.json"

    status = main(["--quick", "--cache", str(tmp_path / "cache"), "--json", str(results)])

    figures = json.loads(results.read_text(encoding="utf-8"))["figures"]
    assert {figure["key"] for figure in figures} == EXPECTED_KEYS
    for figure in figures:
        assert figure["median"] > 0, figure
        assert figure["min"] <= figure["median"] <= figure["max"], figure
        assert len(figure["samples"]) == 1, figure
        assert figure["passed"] in (None, True, False), figure
        assert (figure["passed"] is None) == (figure["target"] is None), figure
    assert status == (1 if any(figure["passed"] is False for figure in figures) else 0)
