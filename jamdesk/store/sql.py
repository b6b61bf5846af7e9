"""Small pieces of SQL text the store's query modules share."""

from __future__ import annotations


def placeholders(count: int) -> str:
    """Return ``count`` bound-parameter marks separated by commas: "?, ?, ?"."""
    return ", ".join("?" for _ in range(count))
