"""What every part of the example generator shares: sizes, the cast and the running state."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from jamdesk.domain.boards import BoardKind
from jamdesk.domain.minutes import Minutes, Paragraph
from jamdesk.domain.organisation import Organisation
from jamdesk.domain.people import DelegationRole
from jamdesk.services.example.boards import BoardTemplate
from jamdesk.services.example.follow_ups import Tracked
from jamdesk.services.example.rows import ExampleRows

Span = tuple[int, int]


@dataclass(frozen=True)
class Profile:
    """How big an example is: counts are inclusive (low, high) ranges drawn per unit."""

    years: int
    board_templates: int
    districts: int
    dialogues_per_board: Span
    questions_per_dialogue: Span
    commitments_per_dialogue: Span
    requests_per_board: Span
    members: Span
    delegation_meetings: Span
    needs_per_board: Span
    reviews_per_board: Span


@dataclass
class BoardInfo:
    """A stored board and the people the example lets it speak through."""

    id: int
    name: str
    kind: BoardKind
    template: BoardTemplate
    active_from: dt.date
    active_to: dt.date | None
    chair_id: int = 0
    manager_id: int = 0
    contact_ids: tuple[int, ...] = ()

    @property
    def running_name(self) -> str:
        """Return the name as it reads inside a Swedish sentence."""
        if self.kind is BoardKind.COMPANY:
            return self.name
        return self.name[0].lower() + self.name[1:]

    def active_in(self, year: int) -> bool:
        """Return whether the board exists during ``year`` (boards start and end with years)."""
        return self.active_from.year <= year and (
            self.active_to is None or self.active_to.year >= year
        )


@dataclass(frozen=True)
class Seat:
    """A seat in the delegation: who holds it, in which role, for which term."""

    person_id: int
    name: str
    role: DelegationRole
    term_from: dt.date
    term_to: dt.date | None

    def serves_on(self, day: dt.date) -> bool:
        """Return whether the term covers ``day``."""
        return self.term_from <= day and (self.term_to is None or day <= self.term_to)

    @property
    def ordinary(self) -> bool:
        """Return whether the seat votes without standing in for anyone."""
        return self.role is not DelegationRole.SUBSTITUTE


@dataclass(frozen=True)
class ProtocolRecord:
    """A stored protocol and one of its paragraphs, kept for a later correction."""

    minutes: Minutes
    paragraph: Paragraph


class DiaryNumbers:
    """Hand out the registry's case numbers in date order, leaving gaps for other cases."""

    def __init__(self, organisation: Organisation, rng: random.Random) -> None:
        self._organisation = organisation
        self._rng = rng
        self._last: dict[int, int] = {}

    def next(self, year: int) -> str:
        """Return a new diary number in ``year``."""
        last = self._last.get(year)
        if last is None:
            last = self._rng.randint(2, 20)
        number = last + self._rng.randint(1, 9)
        self._last[year] = number
        return self._organisation.diary_number(year, number)


@dataclass
class ExampleContext:
    """The example being built: its random source, cast and what has been recorded so far."""

    rng: random.Random
    today: dt.date
    profile: Profile
    organisation: Organisation
    rows: ExampleRows
    diary: DiaryNumbers
    boards: list[BoardInfo] = field(default_factory=list)
    seats: list[Seat] = field(default_factory=list)
    secretary_id: int = 0
    strategist_id: int = 0
    goal_ids: list[int] = field(default_factory=list)
    charter_goal_ids: dict[int, int] = field(default_factory=dict)
    commitments_by_board: dict[int, list[Tracked]] = field(default_factory=dict)
    requests_by_board: dict[int, list[Tracked]] = field(default_factory=dict)
    requests: list[Tracked] = field(default_factory=list)
    last_paragraph: dict[int, int] = field(default_factory=dict)
    protocols: list[ProtocolRecord] = field(default_factory=list)
    yearly_cases: dict[tuple[str, int], str] = field(default_factory=dict)

    @property
    def delegation(self) -> str:
        """Return the delegation's name."""
        return self.organisation.delegation_name

    def seats_on(self, day: dt.date) -> list[Seat]:
        """Return the seats whose term covers ``day``, in seating order."""
        return [seat for seat in self.seats if seat.serves_on(day)]

    def is_past_year(self, day: dt.date) -> bool:
        """Return whether ``day`` lies in a year that is fully followed up."""
        return day.year < self.today.year

    def goals_for_tagging(self, low: int, high: int) -> tuple[int, ...]:
        """Return a few distinct goal ids to tag a record with."""
        count = self.rng.randint(low, high)
        return tuple(sorted(self.rng.sample(self.goal_ids, count)))

    def yearly_case(self, key: str, year: int) -> str:
        """Return the diary number of a case that collects a year's documents of one kind."""
        found = self.yearly_cases.get((key, year))
        if found is None:
            found = self.diary.next(year)
            self.yearly_cases[(key, year)] = found
        return found
