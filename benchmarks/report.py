"""The one table of figures, printed and written as JSON to compare between commits."""

from __future__ import annotations

import datetime as dt
import json
import platform
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.timing import Figure
from jamdesk import __version__

HEADERS = ("Figure", "Store", "Median", "Min–max", "Target", "Result")


def _number(value: float, unit: str) -> str:
    if unit == "×":
        return f"{value:.2f}×"
    if unit == "MB":
        return f"{value:.1f} MB"
    return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"


def _row(figure: Figure) -> tuple[str, ...]:
    spread = f"{_number(figure.low, figure.unit)} – {_number(figure.high, figure.unit)}"
    target = "" if figure.target is None else f"≤ {_number(figure.target, figure.unit)}"
    result = {None: "", True: "pass", False: "MISS"}[figure.passed]
    return (
        figure.name,
        figure.store,
        _number(figure.median, figure.unit),
        spread,
        target,
        result,
    )


def table(figures: Sequence[Figure]) -> str:
    """Return the figures as one plain-text table."""
    rows = [HEADERS, *(_row(figure) for figure in figures)]
    widths = [max(len(row[column]) for row in rows) for column in range(len(HEADERS))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(line.rstrip() for line in lines)


def as_json(figures: Sequence[Figure], runs: int, scale: str) -> dict[str, Any]:
    """Return the figures and what they were measured on, for a JSON file."""
    return {
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "jamdesk": __version__,
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "runs": runs,
        "scale": scale,
        "figures": [
            {
                "key": figure.key,
                "name": figure.name,
                "store": figure.store,
                "unit": figure.unit,
                "median": figure.median,
                "min": figure.low,
                "max": figure.high,
                "samples": list(figure.samples),
                "target": figure.target,
                "passed": figure.passed,
            }
            for figure in figures
        ],
    }


def write_json(path: Path, figures: Sequence[Figure], runs: int, scale: str) -> None:
    """Write the figures as JSON to ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(as_json(figures, runs, scale), ensure_ascii=False, indent=2)
    path.write_text(text + "\n", encoding="utf-8")
