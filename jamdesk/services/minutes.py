"""Writing minutes: drafting from the agenda, § numbering, adjustment and corrections."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import replace

from jamdesk.domain.errors import QT_TRANSLATE_NOOP, DomainError, ValidationError
from jamdesk.domain.meetings import MeetingStatus
from jamdesk.domain.minutes import (
    Minutes,
    MinutesKind,
    Paragraph,
    next_paragraph_numbers,
    paragraph_year,
)
from jamdesk.domain.text import required_text
from jamdesk.services.changes import Outcome, RecordKind, outcome
from jamdesk.services.meetings import require_meeting
from jamdesk.services.minutes_draft import default_secretary, draft_paragraphs
from jamdesk.store import minutes as store
from jamdesk.store.database import Database
from jamdesk.store.organisation import load_organisation
from jamdesk.store.references import meeting_of_agenda_item, missing_record, require_row
from jamdesk.store.requests import cite_paragraph

# Stored text, so Swedish: the body minutes are written for when no organisation is set up.
DEFAULT_BODY = "Jämställdhetsdelegationen"

ADJUSTED_MINUTES = QT_TRANSLATE_NOOP(
    "DomainError", "Adjusted minutes cannot change; make a correction instead."
)


class AdjustedMinutesError(DomainError):
    """Something tried to change minutes that are adjusted."""


def adjusted_minutes_error() -> AdjustedMinutesError:
    """Return the error for any change to adjusted minutes."""
    return AdjustedMinutesError(ADJUSTED_MINUTES, field="adjusted")


@contextlib.contextmanager
def refusing_adjusted_changes() -> Iterator[None]:
    """Turn the store's own refusal to change adjusted minutes into the user's message."""
    try:
        yield
    except sqlite3.IntegrityError as exc:
        if store.ADJUSTED_TRIGGER_MESSAGE in str(exc):
            raise adjusted_minutes_error() from exc
        raise


class MinutesService:
    """Draft, write, adjust and correct the minutes of meetings."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # Reading

    def get(self, minutes_id: int) -> Minutes:
        """Return the minutes with their adjusters, or raise a NotFoundError."""
        return require_minutes(self._db.connection, minutes_id)

    def for_meeting(self, meeting_id: int) -> list[Minutes]:
        """Return the meeting's minutes: the original first, then its corrections."""
        conn = self._db.connection
        require_row(conn, "meeting", meeting_id, "meeting_id")
        return store.fetch_minutes_for_meeting(conn, meeting_id)

    def paragraphs(self, minutes_id: int) -> list[Paragraph]:
        """Return the minutes' paragraphs by number."""
        conn = self._db.connection
        require_row(conn, "minutes", minutes_id, "minutes_id")
        return store.fetch_paragraphs(conn, minutes_id)

    def paragraph_numbers(self, minutes_id: int) -> list[int]:
        """Return the § numbers the minutes hold, for domain.minutes.paragraph_range."""
        return [paragraph.number for paragraph in self.paragraphs(minutes_id)]

    # The minutes as a whole

    def draft(
        self, meeting_id: int, kind: MinutesKind, body: str | None = None
    ) -> Outcome[Minutes]:
        """Start the meeting's minutes: a paragraph per agenda item, prefilled from its records."""
        with refusing_adjusted_changes(), self._db.transaction() as conn:
            meeting = require_meeting(conn, meeting_id)
            if meeting.status is MeetingStatus.CANCELLED:
                raise DomainError(
                    QT_TRANSLATE_NOOP("DomainError", "A cancelled meeting has no minutes."),
                    field="meeting_id",
                )
            existing = store.fetch_minutes_for_meeting(conn, meeting_id)
            if any(other.corrects_id is None for other in existing):
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "DomainError", "The meeting already has minutes; open them instead."
                    ),
                    field="meeting_id",
                )
            if body is None:
                organisation = load_organisation(conn)
                body = DEFAULT_BODY if organisation is None else organisation.delegation_name
            minutes = Minutes(
                meeting_id, kind, body, secretary_id=default_secretary(conn, meeting_id)
            ).validated()
            minutes_id = store.insert_minutes(conn, minutes)
            drafts = draft_paragraphs(conn, meeting_id, kind, minutes.body)
            year = paragraph_year(meeting.date)
            if kind is MinutesKind.PROTOCOL:
                used = store.used_paragraph_numbers(conn, minutes.body, year)
                numbers = next_paragraph_numbers(used, len(drafts))
            else:
                numbers = list(range(1, len(drafts) + 1))
            for draft, number in zip(drafts, numbers, strict=True):
                paragraph = Paragraph(
                    minutes_id,
                    minutes.body,
                    year,
                    number,
                    draft.heading,
                    diary_number=draft.diary_number,
                    summary=draft.summary,
                    decision=draft.decision,
                    sent_to=draft.sent_to,
                    agenda_item_id=draft.agenda_item_id,
                )
                paragraph_id = store.insert_paragraph(conn, paragraph.validated())
                if kind is MinutesKind.PROTOCOL and draft.agenda_item_id is not None:
                    # The paragraph decides the requests made at its item: their letters
                    # cite it ("§ 14"), and the registry export finds them through it.
                    cite_paragraph(conn, draft.agenda_item_id, paragraph_id)
            saved = require_minutes(conn, minutes_id)
        return outcome(saved, RecordKind.MINUTES, RecordKind.REQUEST)

    def set_details(
        self, minutes_id: int, *, diary_number: str, secretary_id: int | None
    ) -> Outcome[Minutes]:
        """Set the minutes' diary number and who keeps them as secretary."""
        with refusing_adjusted_changes(), self._db.transaction() as conn:
            minutes = _require_editable(conn, minutes_id)
            require_row(conn, "person", secretary_id, "secretary_id")
            minutes = replace(
                minutes, diary_number=diary_number, secretary_id=secretary_id
            ).validated()
            store.update_minutes_header(conn, minutes)
        return outcome(minutes, RecordKind.MINUTES)

    def set_correction_reason(self, minutes_id: int, reason: str) -> Outcome[Minutes]:
        """Change why a correction (not yet adjusted) is made."""
        reason = _correction_reason(reason)
        with refusing_adjusted_changes(), self._db.transaction() as conn:
            minutes = _require_editable(conn, minutes_id)
            if minutes.corrects_id is None:
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "DomainError", "Only a correction has a reason for the correction."
                    ),
                    field="correction_reason",
                )
            minutes = replace(minutes, correction_reason=reason).validated()
            store.update_minutes_header(conn, minutes)
        return outcome(minutes, RecordKind.MINUTES)

    def set_adjusters(self, minutes_id: int, person_ids: Iterable[int]) -> Outcome[Minutes]:
        """Choose who adjusts the minutes."""
        person_ids = tuple(person_ids)
        if len(set(person_ids)) != len(person_ids):
            raise ValidationError(
                QT_TRANSLATE_NOOP("DomainError", "An adjuster is chosen twice."),
                field="adjuster_ids",
            )
        with refusing_adjusted_changes(), self._db.transaction() as conn:
            _require_editable(conn, minutes_id)
            for person_id in person_ids:
                require_row(conn, "person", person_id, "adjuster_ids")
            store.set_adjusters(conn, minutes_id, person_ids)
            saved = require_minutes(conn, minutes_id)
        return outcome(saved, RecordKind.MINUTES)

    def set_adjustment(
        self, minutes_id: int, place: str, date: dt.date | None, time: dt.time | None
    ) -> Outcome[Minutes]:
        """Set where and when the minutes are to be adjusted."""
        with refusing_adjusted_changes(), self._db.transaction() as conn:
            minutes = _require_editable(conn, minutes_id)
            if date is not None:
                _check_not_before_meeting(conn, minutes, date, "adjustment_date")
            minutes = replace(
                minutes, adjustment_place=place, adjustment_date=date, adjustment_time=time
            ).validated()
            store.update_minutes_header(conn, minutes)
        return outcome(minutes, RecordKind.MINUTES)

    def mark_adjusted(self, minutes_id: int, on: dt.date) -> Outcome[Minutes]:
        """Record the minutes as adjusted; from then on they never change."""
        with refusing_adjusted_changes(), self._db.transaction() as conn:
            minutes = _require_editable(conn, minutes_id)
            if minutes.kind is MinutesKind.PROTOCOL and not minutes.adjuster_ids:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "DomainError", "Choose at least one adjuster before adjusting a protocol."
                    ),
                    field="adjuster_ids",
                )
            if not store.fetch_paragraphs(conn, minutes_id):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "DomainError", "The minutes have no paragraphs yet, so nothing to adjust."
                    ),
                    field="paragraphs",
                )
            _check_not_before_meeting(conn, minutes, on, "adjusted_on")
            store.mark_adjusted(conn, minutes_id, on)
            saved = require_minutes(conn, minutes_id)
        return outcome(saved, RecordKind.MINUTES)

    def create_correction(self, minutes_id: int, reason: str) -> Outcome[Minutes]:
        """Start a correction of adjusted minutes: a new record with a copy of their header.

        The correction says why it was made; its paragraphs are typed afterwards, each with
        the number of the paragraph it corrects; its adjustment date and time are its own.
        """
        reason = _correction_reason(reason)
        with refusing_adjusted_changes(), self._db.transaction() as conn:
            original = require_minutes(conn, minutes_id)
            if not original.adjusted:
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        "These minutes are not adjusted yet; change them instead of "
                        "correcting them.",
                    ),
                    field="corrects_id",
                )
            correction = replace(
                original,
                id=None,
                adjusted=False,
                adjusted_on=None,
                adjustment_date=None,
                adjustment_time=None,
                corrects_id=original.id,
                correction_reason=reason,
            )
            correction_id = store.insert_minutes(conn, correction)
            saved = require_minutes(conn, correction_id)
        return outcome(saved, RecordKind.MINUTES)

    def delete(self, minutes_id: int) -> Outcome[None]:
        """Delete minutes that are not adjusted, unless later protocols run on from their §§."""
        with refusing_adjusted_changes(), self._db.transaction() as conn:
            minutes = _require_editable(conn, minutes_id)
            paragraphs = store.fetch_paragraphs(conn, minutes_id)
            if paragraphs and _series_runs_on_after(conn, minutes, paragraphs[0]):
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        "Later minutes already continue the § numbering, "
                        "so these minutes cannot be deleted.",
                    ),
                    field="id",
                )
            if store.paragraphs_cited_by_sent_requests(conn, _ids(paragraphs)):
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        "A sent reporting request cites these minutes, so they cannot be deleted.",
                    ),
                    field="id",
                )
            store.delete_minutes(conn, minutes_id)
        return outcome(None, RecordKind.MINUTES)

    # Paragraphs

    def add_paragraph(
        self,
        minutes_id: int,
        heading: str,
        *,
        diary_number: str = "",
        summary: str = "",
        decision: str = "",
        sent_to: str = "",
        agenda_item_id: int | None = None,
        number: int | None = None,
    ) -> Outcome[Paragraph]:
        """Add a paragraph with the next number; a correction's gives the number it corrects."""
        with refusing_adjusted_changes(), self._db.transaction() as conn:
            minutes = _require_editable(conn, minutes_id)
            meeting = require_meeting(conn, minutes.meeting_id)
            year = paragraph_year(meeting.date)
            meeting_of_agenda_item(conn, agenda_item_id, meeting.id)
            number = _number_for_new_paragraph(conn, minutes, year, number)
            paragraph = Paragraph(
                minutes_id,
                minutes.body,
                year,
                number,
                heading,
                diary_number,
                summary,
                decision,
                sent_to,
                agenda_item_id,
            ).validated()
            paragraph_id = store.insert_paragraph(conn, paragraph)
        return outcome(replace(paragraph, id=paragraph_id), RecordKind.MINUTES)

    def update_paragraph(
        self,
        paragraph_id: int,
        *,
        heading: str,
        diary_number: str = "",
        summary: str = "",
        decision: str = "",
        sent_to: str = "",
    ) -> Outcome[Paragraph]:
        """Change the paragraph's heading, diary number, summary, decision and recipients."""
        with refusing_adjusted_changes(), self._db.transaction() as conn:
            old = _require_paragraph(conn, paragraph_id)
            _require_editable(conn, old.minutes_id)
            paragraph = replace(
                old,
                heading=heading,
                diary_number=diary_number,
                summary=summary,
                decision=decision,
                sent_to=sent_to,
            ).validated()
            store.update_paragraph_text(conn, paragraph)
        return outcome(paragraph, RecordKind.MINUTES)

    def remove_paragraph(self, paragraph_id: int) -> Outcome[list[Paragraph]]:
        """Remove the paragraph; return the minutes' paragraphs as they are numbered now.

        The later paragraphs of the same minutes move up one number, so notes stay 1..n
        and a protocol leaves no gap in the body's § series. That is refused where it
        would renumber what others rely on: a protocol that later protocols of the year
        already continue, or a paragraph that a sent reporting request cites.
        """
        with refusing_adjusted_changes(), self._db.transaction() as conn:
            paragraph = _require_paragraph(conn, paragraph_id)
            minutes = _require_editable(conn, paragraph.minutes_id)
            later = [
                other
                for other in store.fetch_paragraphs(conn, paragraph.minutes_id)
                if other.number > paragraph.number
            ]
            # A correction's paragraphs carry the numbers they correct: nothing moves.
            if minutes.corrects_id is not None:
                later = []
            if _series_runs_on_after(conn, minutes, paragraph):
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        "Later minutes already continue the § numbering, so § {number} cannot "
                        "be removed. Change its text instead (for example: the item was "
                        "withdrawn).",
                    ),
                    field="id",
                    number=paragraph.number,
                )
            _check_not_cited(conn, paragraph, later)
            store.delete_paragraph(conn, paragraph_id)
            store.move_paragraphs_up(conn, _ids(later))
            remaining = store.fetch_paragraphs(conn, paragraph.minutes_id)
        return outcome(remaining, RecordKind.MINUTES)


def _correction_reason(reason: str) -> str:
    """Return the reason trimmed, or raise: a correction must say why it was made."""
    return required_text(
        reason,
        "correction_reason",
        QT_TRANSLATE_NOOP("DomainError", "The reason for the correction"),
    )


def _ids(paragraphs: Iterable[Paragraph]) -> list[int]:
    return [paragraph.id for paragraph in paragraphs if paragraph.id is not None]


def _in_series(minutes: Minutes) -> bool:
    """Return whether the minutes' paragraphs belong to the body's yearly § series."""
    return minutes.kind is MinutesKind.PROTOCOL and minutes.corrects_id is None


def _number_for_new_paragraph(
    conn: sqlite3.Connection, minutes: Minutes, year: int, number: int | None
) -> int:
    """Return the number a new paragraph of the minutes gets."""
    assert minutes.id is not None
    own = [paragraph.number for paragraph in store.fetch_paragraphs(conn, minutes.id)]
    if minutes.corrects_id is not None:
        corrected = {p.number for p in store.fetch_paragraphs(conn, minutes.corrects_id)}
        if number is None or number not in corrected:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "Give the number of the paragraph this correction corrects: one of {numbers}.",
                ),
                field="number",
                numbers=", ".join(str(n) for n in sorted(corrected)),
            )
        if number in own:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "DomainError", "The correction already corrects paragraph {number}."
                ),
                field="number",
                number=number,
            )
        return number
    if number is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError", "Paragraph numbers run on by themselves; leave the number empty."
            ),
            field="number",
        )
    if minutes.kind is MinutesKind.PROTOCOL:
        used = store.used_paragraph_numbers(conn, minutes.body, year)
        return next_paragraph_numbers(used, 1)[0]
    return len(own) + 1


def _series_runs_on_after(conn: sqlite3.Connection, minutes: Minutes, paragraph: Paragraph) -> bool:
    """Return whether other protocols of the body used numbers after the paragraph's."""
    if not _in_series(minutes):
        return False
    assert minutes.id is not None
    own = {other.number for other in store.fetch_paragraphs(conn, minutes.id)}
    used = store.used_paragraph_numbers(conn, minutes.body, paragraph.year)
    return any(number > paragraph.number and number not in own for number in used)


def _check_not_cited(
    conn: sqlite3.Connection, paragraph: Paragraph, later: list[Paragraph]
) -> None:
    """Raise if a sent reporting request cites the paragraph or one that would be renumbered."""
    affected = [paragraph, *later]
    cited = store.paragraphs_cited_by_sent_requests(conn, _ids(affected))
    if cited:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "A sent reporting request cites paragraph {cited}, so paragraph {number} cannot "
                "be removed. Change its text instead.",
            ),
            field="id",
            number=paragraph.number,
            cited=min(other.number for other in affected if other.id in cited),
        )


def _check_not_before_meeting(
    conn: sqlite3.Connection, minutes: Minutes, day: dt.date, field: str
) -> None:
    meeting = require_meeting(conn, minutes.meeting_id)
    if day < meeting.date:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError", "Minutes cannot be adjusted on {day}, before the meeting ({date})."
            ),
            field=field,
            day=day.isoformat(),
            date=meeting.date.isoformat(),
        )


def require_minutes(conn: sqlite3.Connection, minutes_id: int) -> Minutes:
    """Return the minutes ``minutes_id``, or raise a NotFoundError."""
    minutes = store.get_minutes(conn, minutes_id)
    if minutes is None:
        raise missing_record("minutes", minutes_id, "minutes_id")
    return minutes


def _require_editable(conn: sqlite3.Connection, minutes_id: int) -> Minutes:
    minutes = require_minutes(conn, minutes_id)
    if minutes.adjusted:
        raise adjusted_minutes_error()
    return minutes


def _require_paragraph(conn: sqlite3.Connection, paragraph_id: int) -> Paragraph:
    paragraph = store.get_paragraph(conn, paragraph_id)
    if paragraph is None:
        raise missing_record("minutes_paragraph", paragraph_id, "paragraph_id")
    return paragraph
