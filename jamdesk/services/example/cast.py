"""The example's standing data: goals, boards with their people, the delegation, action plan."""

from __future__ import annotations

import datetime as dt

from jamdesk.domain.action_plan import ActionPlanItem, ActionStatus
from jamdesk.domain.boards import Board, BoardContact, BoardKind
from jamdesk.domain.goals import NATIONAL_SUBGOALS, Goal, GoalKind
from jamdesk.domain.people import DelegationMembership, DelegationRole, Person, PersonKind
from jamdesk.services.example.boards import BoardTemplate, board_templates
from jamdesk.services.example.context import BoardInfo, ExampleContext, Seat
from jamdesk.services.example.goals import (
    ACTION_PLAN,
    CHARTER_ARTICLES,
    NEWER_ARTICLE_NOTE,
    NEWER_CHARTER_ARTICLES,
    OWN_GOALS,
)
from jamdesk.services.example.names import (
    DISTRICTS,
    NamePool,
    email_address,
    email_domain,
    phone_number,
)

# Charter articles the delegation's work touches most; records are tagged with these.
_TAGGED_ARTICLES = (2, 9, 11, 13, 15, 19, 20, 21, 22, 25, 26)
_CONTACT_TITLES = (
    "Nämndsekreterare",
    "Kvalitetsstrateg",
    "Controller",
    "Utvecklingsledare",
    "Verksamhetsutvecklare",
)
_CONTACT_CAPACITIES = ("Kontaktperson för jämställdhetsintegrering", "Nämndsekreterare")
_POLITICIAN_TITLES: dict[DelegationRole, str] = {
    DelegationRole.CHAIR: "Kommunalråd",
    DelegationRole.VICE_CHAIR: "Oppositionsråd",
    DelegationRole.MEMBER: "Ledamot i kommunstyrelsen",
    DelegationRole.SUBSTITUTE: "Ersättare i kommunstyrelsen",
}
# Swedish local mandate periods run four calendar years from the year after an election.
_A_MANDATE_START = 2019


class Cast:
    """Create people with distinct Swedish names and fictional contact details."""

    def __init__(self, ctx: ExampleContext, stem: str) -> None:
        self._ctx = ctx
        self._names = NamePool(ctx.rng)
        self._domain = email_domain(stem)

    def person(self, kind: PersonKind, title: str, board_id: int | None = None) -> tuple[int, str]:
        """Store a new person; return the id and full name."""
        name = self._names.take()
        person = Person(
            name=name.full,
            kind=kind,
            title=title,
            email=email_address(name, self._domain),
            phone=phone_number(self._ctx.rng, mobile=kind is PersonKind.POLITICIAN),
            board_id=board_id,
        )
        return self._ctx.rows.add_person(person), name.full


def add_goals(ctx: ExampleContext) -> None:
    """Store the national sub-goals, a few own goals and the charter's articles."""
    rows = ctx.rows
    for order, (code, title) in enumerate(NATIONAL_SUBGOALS, start=1):
        ctx.goal_ids.append(
            rows.add_goal(
                Goal(
                    GoalKind.NATIONAL,
                    title,
                    code=code,
                    description="Delmål i den nationella jämställdhetspolitiken.",
                    sort_order=order,
                )
            )
        )
    count = ctx.rng.randint(4, 6)
    for order, (title, description) in enumerate(OWN_GOALS[:count], start=1):
        ctx.goal_ids.append(
            rows.add_goal(Goal(GoalKind.OWN, title, f"M{order}", description, sort_order=order))
        )
    articles = CHARTER_ARTICLES + NEWER_CHARTER_ARTICLES
    for number, title in enumerate(articles, start=1):
        newer = number > len(CHARTER_ARTICLES)
        goal_id = rows.add_goal(
            Goal(
                GoalKind.CHARTER,
                f"Artikel {number} – {title}",
                code=f"Art. {number}",
                description=NEWER_ARTICLE_NOTE if newer else "",
                sort_order=number,
            )
        )
        ctx.charter_goal_ids[number] = goal_id
    ctx.goal_ids.extend(ctx.charter_goal_ids[number] for number in _TAGGED_ARTICLES)


def add_boards(ctx: ExampleContext, cast: Cast, stem: str, genitive: str, first_year: int) -> None:
    """Store the boards, each with a chair, a manager and a contact or two."""
    templates = board_templates(stem, genitive)[: ctx.profile.board_templates]
    districts = DISTRICTS[: ctx.profile.districts] if ctx.profile.districts > 1 else ("",)
    last_year = ctx.today.year
    long_ago = dt.date(first_year - 4, 1, 1)
    for district in districts:
        for template in templates:
            active_from = long_ago
            if template.started_years_ago is not None:
                active_from = max(long_ago, dt.date(last_year - template.started_years_ago, 1, 1))
            active_to = None
            if template.ceased_years_ago is not None:
                active_to = dt.date(last_year - template.ceased_years_ago, 12, 31)
            _add_board(ctx, cast, template, district, active_from, active_to)


def _add_board(
    ctx: ExampleContext,
    cast: Cast,
    template: BoardTemplate,
    district: str,
    active_from: dt.date,
    active_to: dt.date | None,
) -> None:
    rng = ctx.rng
    board_id = ctx.rows.new_id("board")
    name = f"{template.name} {district}".strip()
    administration = f"{template.administration}, område {district}" if district else ""
    administration = administration or template.administration
    company = template.kind is BoardKind.COMPANY
    chair_id, _ = cast.person(
        PersonKind.POLITICIAN, "Styrelseordförande" if company else "Ordförande", board_id
    )
    manager_title = template.manager_title
    if not company:
        manager_title = f"{manager_title}, {administration[0].lower()}{administration[1:]}"
    manager_id, _ = cast.person(PersonKind.OFFICIAL, manager_title, board_id)
    contact_ids = []
    for capacity in _CONTACT_CAPACITIES[: rng.randint(1, 2)]:
        contact_id, _ = cast.person(PersonKind.OFFICIAL, rng.choice(_CONTACT_TITLES), board_id)
        ctx.rows.add_contact(BoardContact(board_id, contact_id, capacity))
        contact_ids.append(contact_id)
    ctx.rows.add_board(
        Board(
            name=name,
            kind=template.kind,
            active_from=active_from,
            administration=administration,
            chair_id=chair_id,
            manager_id=manager_id,
            active_to=active_to,
            id=board_id,
        )
    )
    ctx.boards.append(
        BoardInfo(
            id=board_id,
            name=name,
            kind=template.kind,
            template=template,
            active_from=active_from,
            active_to=active_to,
            chair_id=chair_id,
            manager_id=manager_id,
            contact_ids=tuple(contact_ids),
        )
    )


def add_delegation(ctx: ExampleContext, cast: Cast, first_year: int) -> None:
    """Store the secretary, the strategist and the delegation's seats for each mandate period."""
    rng = ctx.rng
    ctx.secretary_id, _ = cast.person(
        PersonKind.OFFICIAL, "Nämndsekreterare, kommunledningsförvaltningen"
    )
    ctx.strategist_id, _ = cast.person(
        PersonKind.OFFICIAL, "Jämställdhetsstrateg, kommunledningsförvaltningen"
    )
    count = rng.randint(*ctx.profile.members)
    substitutes = 2 if count >= 6 else 1
    roles = (
        [DelegationRole.CHAIR, DelegationRole.VICE_CHAIR]
        + [DelegationRole.MEMBER] * (count - 2 - substitutes)
        + [DelegationRole.SUBSTITUTE] * substitutes
    )
    start = first_year - (first_year - _A_MANDATE_START) % 4
    periods = list(range(start, ctx.today.year + 1, 4))
    names: dict[int, str] = {}
    previous: list[int] = []
    for index, period in enumerate(periods):
        # About half the delegation carries on into the next period, perhaps in a new role.
        kept = rng.sample(previous, min(len(previous), count // 2 + 1))
        slots = list(range(count))
        rng.shuffle(slots)
        holders: dict[int, int] = dict(zip(slots, kept, strict=False))
        for slot, role in enumerate(roles):
            if slot not in holders:
                person_id, name = cast.person(PersonKind.POLITICIAN, _POLITICIAN_TITLES[role])
                holders[slot] = person_id
                names[person_id] = name
        term_from, term_to = dt.date(period, 1, 1), dt.date(period + 3, 12, 31)
        # In the period before the last one, a member leaves mid-term and is replaced.
        leaving = roles.index(DelegationRole.MEMBER) if index == len(periods) - 2 else None
        for slot, role in enumerate(roles):
            person_id = holders[slot]
            if slot != leaving:
                _seat(ctx, person_id, names[person_id], role, term_from, term_to)
                continue
            split = dt.date(period + 1, rng.randint(3, 9), 1)
            _seat(ctx, person_id, names[person_id], role, term_from, split - dt.timedelta(days=1))
            successor, name = cast.person(PersonKind.POLITICIAN, _POLITICIAN_TITLES[role])
            names[successor] = name
            holders[slot] = successor
            _seat(ctx, successor, name, role, split, term_to)
        previous = [holders[slot] for slot in range(count)]
    # Seats in seating order within each term: chair first.
    ctx.seats.sort(key=lambda seat: (seat.term_from.year, list(DelegationRole).index(seat.role)))


def _seat(
    ctx: ExampleContext,
    person_id: int,
    name: str,
    role: DelegationRole,
    term_from: dt.date,
    term_to: dt.date,
) -> None:
    ctx.rows.add_membership(DelegationMembership(person_id, role, term_from, term_to))
    ctx.seats.append(Seat(person_id, name, role, term_from, term_to))


def add_action_plan(ctx: ExampleContext) -> None:
    """Store a handful of the charter action plan's actions, each under its article."""
    rng = ctx.rng
    today = ctx.today
    count = rng.randint(6, len(ACTION_PLAN))
    for article, board_index, action, priority, resources, indicator in ACTION_PLAN[:count]:
        year = rng.randint(today.year - 4, today.year + 2)
        due_on = dt.date(year, 6, 30) if rng.random() < 0.5 else dt.date(year, 12, 31)
        chance = rng.random()
        if due_on < today:
            status = (
                ActionStatus.DONE
                if chance < 0.75
                else ActionStatus.CANCELLED
                if chance < 0.85
                else ActionStatus.ONGOING
            )
        else:
            status = ActionStatus.ONGOING if chance < 0.6 else ActionStatus.PLANNED
        board = ctx.boards[board_index]
        ctx.rows.add_action(
            ActionPlanItem(
                action=action,
                goal_id=ctx.charter_goal_ids[article],
                priority=priority,
                resources=resources,
                indicator=indicator,
                board_id=board.id if board.active_to is None else None,
                due_on=due_on,
                status=status,
            )
        )
