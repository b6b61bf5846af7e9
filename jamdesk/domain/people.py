"""People: the delegation's members and the officials and politicians it meets."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum

from jamdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from jamdesk.domain.periods import check_period, within
from jamdesk.domain.text import required_text


class PersonKind(StrEnum):
    POLITICIAN = "politician"
    OFFICIAL = "official"


PERSON_KIND_LABELS: dict[PersonKind, str] = {
    PersonKind.POLITICIAN: QT_TRANSLATE_NOOP("DomainLabel", "Politician"),
    PersonKind.OFFICIAL: QT_TRANSLATE_NOOP("DomainLabel", "Official"),
}


class DelegationRole(StrEnum):
    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    MEMBER = "member"
    SUBSTITUTE = "substitute"


DELEGATION_ROLE_LABELS: dict[DelegationRole, str] = {
    DelegationRole.CHAIR: QT_TRANSLATE_NOOP("DomainLabel", "Chair"),
    DelegationRole.VICE_CHAIR: QT_TRANSLATE_NOOP("DomainLabel", "Vice chair"),
    DelegationRole.MEMBER: QT_TRANSLATE_NOOP("DomainLabel", "Member"),
    DelegationRole.SUBSTITUTE: QT_TRANSLATE_NOOP("DomainLabel", "Substitute"),
}


@dataclass(frozen=True)
class Person:
    """A politician or official, with a title and where to reach them."""

    name: str
    kind: PersonKind
    title: str = ""
    email: str = ""
    phone: str = ""
    board_id: int | None = None
    id: int | None = None

    def validated(self) -> Person:
        """Return a copy with trimmed text, or raise a ValidationError."""
        name = required_text(self.name, "name", QT_TRANSLATE_NOOP("DomainError", "The name"))
        email = self.email.strip()
        if email and ("@" not in email or email.startswith("@") or email.endswith("@")):
            raise ValidationError(
                QT_TRANSLATE_NOOP("DomainError", "“{email}” is not an e-mail address."),
                field="email",
                email=email,
            )
        return replace(
            self, name=name, title=self.title.strip(), email=email, phone=self.phone.strip()
        )


@dataclass(frozen=True)
class DelegationMembership:
    """A seat in the delegation: who, in which role, for which term."""

    person_id: int
    role: DelegationRole
    term_from: dt.date
    term_to: dt.date | None = None
    id: int | None = None

    def validated(self) -> DelegationMembership:
        """Return the membership, or raise a ValidationError."""
        check_period(self.term_from, self.term_to, "term_to")
        return self

    def serves_on(self, day: dt.date) -> bool:
        """Return whether the term covers ``day``."""
        return within(day, self.term_from, self.term_to)
