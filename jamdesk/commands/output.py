"""How commands report: results on stdout, one line per failure on stderr."""

from __future__ import annotations

import sys

from jamdesk.domain.errors import DomainError

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_BAD_INPUT = 2


def fail(message: str) -> int:
    """Print ``message`` as one line on stderr and return the bad-input status."""
    one_line = " ".join(message.split())
    print(f"jamdesk: {one_line}", file=sys.stderr)
    return EXIT_BAD_INPUT


def fail_with(error: DomainError) -> int:
    """Report a domain or store error on stderr and return the bad-input status."""
    return fail(error.message)
