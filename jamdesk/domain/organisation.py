"""The organisation: the municipality or region and its delegation."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from jamdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from jamdesk.domain.text import required_text

DEFAULT_DIARY_PATTERN = "{series} {year}/{number}"

# {year}, {yy}, {series}, {number} and {number:0N} (zero-padded to N digits, N 1–9).
_PLACEHOLDER_RE = re.compile(r"\{(year|yy|series|number)(?::0([1-9]))?\}")


@dataclass(frozen=True)
class DiaryNumberPattern:
    """How the registry writes a diary number, e.g. ``KS {year}/{number}``."""

    pattern: str

    def __post_init__(self) -> None:
        rest = _PLACEHOLDER_RE.sub("", self.pattern)
        if "{" in rest or "}" in rest:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "The diary-number pattern “{pattern}” has an unknown placeholder; "
                    "use {{series}}, {{year}}, {{yy}} and {{number}}.",
                ),
                field="diary_pattern",
                pattern=self.pattern,
            )
        names = [m.group(1) for m in _PLACEHOLDER_RE.finditer(self.pattern)]
        if names.count("number") != 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "The diary-number pattern “{pattern}” must hold {{number}} exactly once.",
                ),
                field="diary_pattern",
                pattern=self.pattern,
            )

    def format(self, year: int, number: int, series: str = "") -> str:
        """Return the diary number for the case ``number`` of ``year``."""
        if number < 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP("DomainError", "A diary number must be 1 or higher."),
                field="diary_number",
            )

        def fill(match: re.Match[str]) -> str:
            name, width = match.group(1), match.group(2)
            if name == "year":
                return f"{year:04d}"
            if name == "yy":
                return f"{year % 100:02d}"
            if name == "series":
                return series
            return f"{number:0{int(width)}d}" if width else str(number)

        # An empty series must not leave a stray space at either end ("{series} {year}/…").
        return _PLACEHOLDER_RE.sub(fill, self.pattern).strip()

    def parse(self, text: str, series: str = "") -> tuple[int, int] | None:
        """Return (year, number) of a diary number written in this pattern, or None."""
        # Literal text (the series included) is gathered apart from the groups so that
        # its outer whitespace can be dropped exactly as format() drops it.
        literals: list[str] = [""]
        groups: list[str] = []
        position = 0
        for match in _PLACEHOLDER_RE.finditer(self.pattern):
            literals[-1] += self.pattern[position : match.start()]
            name, width = match.group(1), match.group(2)
            position = match.end()
            if name == "series":
                literals[-1] += series
                continue
            if any(group.startswith(f"(?P<{name}>") for group in groups):
                groups.append(f"(?P={name})")  # a repeated {year} or {yy} says it again
            elif name == "year":
                groups.append(r"(?P<year>\d{4})")
            elif name == "yy":
                groups.append(r"(?P<yy>\d{2})")
            else:
                digits = rf"\d{{{int(width)},}}" if width else r"[1-9]\d*"
                groups.append(rf"(?P<number>{digits})")
            literals.append("")
        literals[-1] += self.pattern[position:]
        literals[0] = literals[0].lstrip()
        literals[-1] = literals[-1].rstrip()
        regex = re.escape(literals[0]) + "".join(
            group + re.escape(literal) for group, literal in zip(groups, literals[1:], strict=True)
        )
        found = re.fullmatch(regex, text.strip())
        if found is None:
            return None
        values = found.groupdict()
        if values.get("year") is not None:
            year = int(values["year"])
        elif values.get("yy") is not None:
            year = 2000 + int(values["yy"])
        else:
            year = 0
        number = int(values["number"])
        return (year, number) if number >= 1 else None


@dataclass(frozen=True)
class Organisation:
    """The municipality or region, its delegation and its registry's conventions."""

    name: str
    delegation_name: str
    charter_signed_on: dt.date | None = None
    diary_pattern: str = DEFAULT_DIARY_PATTERN
    registry_series: str = "KS"
    # Where adjusted protocols are kept ("förvaringsplats"), for the notice certificate.
    minutes_kept_at: str = ""

    def validated(self) -> Organisation:
        """Return a copy with trimmed text, or raise a ValidationError."""
        name = required_text(self.name, "name", QT_TRANSLATE_NOOP("DomainError", "The name"))
        delegation = required_text(
            self.delegation_name,
            "delegation_name",
            QT_TRANSLATE_NOOP("DomainError", "The delegation's name"),
        )
        DiaryNumberPattern(self.diary_pattern)
        return Organisation(
            name=name,
            delegation_name=delegation,
            charter_signed_on=self.charter_signed_on,
            diary_pattern=self.diary_pattern.strip(),
            registry_series=self.registry_series.strip(),
            minutes_kept_at=self.minutes_kept_at.strip(),
        )

    def diary_number(self, year: int, number: int) -> str:
        """Return the diary number of case ``number`` in ``year`` for this registry."""
        return DiaryNumberPattern(self.diary_pattern).format(year, number, self.registry_series)

    def action_plan_due(self) -> dt.date | None:
        """Return the last day for the charter's action plan: two years after signing."""
        signed = self.charter_signed_on
        if signed is None:
            return None
        try:
            return signed.replace(year=signed.year + 2)
        except ValueError:  # signed on 29 February
            return signed.replace(year=signed.year + 2, day=28)
