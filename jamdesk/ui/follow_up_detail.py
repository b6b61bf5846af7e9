"""The detail panel of the follow-up pages: full text, dated history and the chain as links."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from jamdesk.domain.commitments import COMMITMENT_STATUS_LABELS, CommitmentStatus
from jamdesk.domain.history import StatusChange
from jamdesk.domain.meetings import MEETING_KIND_LABELS, MeetingKind
from jamdesk.domain.questions import QUESTION_STATUS_LABELS, QuestionStatus
from jamdesk.domain.requests import REQUEST_STATUS_LABELS, RequestStatus
from jamdesk.services.changes import RecordKind, RecordRef
from jamdesk.store.follow_up_chain import ChainEntry, ChainKind, FollowUpChain
from jamdesk.ui.messages import label

LINK_SCHEME = "jamdesk-record"
# Links show this much of a long question or commitment; the record itself has it all.
LINK_TEXT_LENGTH = 90


def status_text(kind: ChainKind | RecordKind, value: str) -> str:
    """Return the translated label of the status ``value`` of a record of ``kind``."""
    if kind in (ChainKind.QUESTION, RecordKind.QUESTION):
        return label(QUESTION_STATUS_LABELS[QuestionStatus(value)])
    if kind in (ChainKind.COMMITMENT, RecordKind.COMMITMENT):
        return label(COMMITMENT_STATUS_LABELS[CommitmentStatus(value)])
    return label(REQUEST_STATUS_LABELS[RequestStatus(value)])


def meeting_kind_text(kind: MeetingKind | None) -> str:
    """Return the translated name of a meeting kind, or an empty string."""
    return "" if kind is None else label(MEETING_KIND_LABELS[kind])


def date_text(value: dt.date | None) -> str:
    """Return a date the Swedish way (2026-11-23), or an empty string."""
    return "" if value is None else value.isoformat()


def shortened(text: str, length: int = LINK_TEXT_LENGTH) -> str:
    """Return ``text`` on one line, cut with an ellipsis beyond ``length`` characters."""
    line = " ".join(text.split())
    return line if len(line) <= length else line[: length - 1].rstrip() + "…"


@dataclass(frozen=True)
class ChainLink:
    """A link in the panel: the text the user reads and the record it opens."""

    text: str
    ref: RecordRef


def reference(entry: ChainEntry) -> RecordRef:
    """Return the record a chain entry opens."""
    if entry.kind is ChainKind.MEETING:
        return RecordRef(RecordKind.MEETING, entry.id)
    if entry.kind is ChainKind.AGENDA_ITEM:
        return RecordRef(RecordKind.AGENDA, entry.id)
    if entry.kind is ChainKind.PARAGRAPH:
        # A paragraph is shown within its minutes.
        return RecordRef(RecordKind.MINUTES, entry.parent_id or entry.id)
    if entry.kind is ChainKind.QUESTION:
        return RecordRef(RecordKind.QUESTION, entry.id)
    if entry.kind is ChainKind.COMMITMENT:
        return RecordRef(RecordKind.COMMITMENT, entry.id)
    return RecordRef(RecordKind.REQUEST, entry.id)  # a request, or its answer


def entry_text(entry: ChainEntry, *, later: bool = False) -> str:
    """Return what a link to a chain entry says."""
    text = shortened(entry.text)
    on = date_text(entry.on)
    status = status_text(entry.kind, entry.status) if entry.status else ""
    kind = meeting_kind_text(entry.meeting_kind)
    if entry.kind is ChainKind.MEETING and not text:
        return QCoreApplication.translate("FollowUpDetail", "{kind} on {date}").format(
            kind=kind, date=on
        )
    if entry.kind is ChainKind.MEETING:
        return QCoreApplication.translate("FollowUpDetail", "{kind} on {date}: {title}").format(
            kind=kind, date=on, title=text
        )
    if entry.kind is ChainKind.AGENDA_ITEM and later:
        return QCoreApplication.translate(
            "FollowUpDetail", "Taken up again on {date} ({kind}), item {number}: {title}"
        ).format(date=on, kind=kind, number=entry.number, title=text)
    if entry.kind is ChainKind.AGENDA_ITEM:
        return QCoreApplication.translate("FollowUpDetail", "Agenda item {number}: {title}").format(
            number=entry.number, title=text
        )
    if entry.kind is ChainKind.PARAGRAPH:
        return QCoreApplication.translate("FollowUpDetail", "§ {number} {heading}").format(
            number=entry.number, heading=text
        )
    if entry.kind is ChainKind.QUESTION:
        return QCoreApplication.translate(
            "FollowUpDetail", "Question asked on {date} ({status}): {text}"
        ).format(date=on, status=status, text=text)
    if entry.kind is ChainKind.COMMITMENT:
        return QCoreApplication.translate(
            "FollowUpDetail", "Commitment made on {date} ({status}): {text}"
        ).format(date=on, status=status, text=text)
    if entry.kind is ChainKind.REQUEST:
        return QCoreApplication.translate(
            "FollowUpDetail", "Reporting request made on {date} ({status}): {text}"
        ).format(date=on, status=status, text=text)
    if entry.diary_number:
        return QCoreApplication.translate(
            "FollowUpDetail", "Answer received on {date}, diary number {number} ({status})"
        ).format(date=on, number=entry.diary_number, status=status)
    return QCoreApplication.translate(
        "FollowUpDetail", "Answer received on {date} ({status})"
    ).format(date=on, status=status)


class DetailContent:
    """The panel's HTML, built section by section, and the links it holds."""

    def __init__(self, heading: str) -> None:
        self.parts = [f"<h3>{html.escape(heading)}</h3>"]
        self.links: list[ChainLink] = []

    def paragraph(self, text: str, *, caption: str = "") -> None:
        """Add a block of the record's own text, under ``caption`` if given."""
        if caption:
            self.parts.append(f"<h4>{html.escape(caption)}</h4>")
        body = html.escape(text).replace("\n", "<br>")
        self.parts.append(f"<p>{body}</p>")

    def fields(self, pairs: Sequence[tuple[str, str]]) -> None:
        """Add captioned values; empty values are left out."""
        rows = "".join(
            f"<tr><td><b>{html.escape(caption)}</b>&nbsp;&nbsp;</td>"
            f"<td>{html.escape(value)}</td></tr>"
            for caption, value in pairs
            if value
        )
        if rows:
            self.parts.append(f"<table>{rows}</table>")

    def history(self, changes: Sequence[StatusChange], status: Callable[[str], str]) -> None:
        """Add the dated status history, oldest first."""
        caption = QCoreApplication.translate("FollowUpDetail", "History")
        self.parts.append(f"<h4>{html.escape(caption)}</h4><table>")
        for change in changes:
            if change.from_status is None:
                step = QCoreApplication.translate("FollowUpDetail", "Recorded as {status}").format(
                    status=status(change.to_status)
                )
            else:
                step = QCoreApplication.translate("FollowUpDetail", "{old} → {new}").format(
                    old=status(change.from_status), new=status(change.to_status)
                )
            self.parts.append(
                f"<tr><td>{change.changed_on.isoformat()}&nbsp;&nbsp;</td>"
                f"<td>{html.escape(step)}&nbsp;&nbsp;</td>"
                f"<td>{html.escape(change.note)}</td></tr>"
            )
        self.parts.append("</table>")

    def chain(self, chain: FollowUpChain | None) -> None:
        """Add where the record came from and what followed, as links."""
        if chain is None:
            return
        for caption, entries, later in (
            (QCoreApplication.translate("FollowUpDetail", "Came from"), chain.origin, False),
            (QCoreApplication.translate("FollowUpDetail", "What followed"), chain.followed, True),
        ):
            self.parts.append(f"<h4>{html.escape(caption)}</h4>")
            if not entries:
                nothing = QCoreApplication.translate("FollowUpDetail", "Nothing yet.")
                self.parts.append(f"<p>{html.escape(nothing)}</p>")
                continue
            for entry in entries:
                self._link(entry_text(entry, later=later), reference(entry), entry.depth)

    def _link(self, text: str, ref: RecordRef, depth: int) -> None:
        number = len(self.links)
        self.links.append(ChainLink(text, ref))
        indent = 1.5 * depth
        self.parts.append(
            f'<p style="margin-left: {indent}em; margin-top: 0; margin-bottom: 2px">'
            f'<a href="{LINK_SCHEME}:{number}">{html.escape(text)}</a></p>'
        )

    def html(self) -> str:
        """Return the whole panel as HTML."""
        return "".join(self.parts)


class FollowUpDetail(QTextBrowser):
    """Shows one record; its links are reached with Tab and followed with Enter or a click."""

    record_link_activated = Signal(object)  # RecordRef

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setAccessibleName(QCoreApplication.translate("FollowUpDetail", "Details"))
        self._links: list[ChainLink] = []
        self.anchorClicked.connect(self._follow)

    def show_content(self, content: DetailContent) -> None:
        """Show a record's content and remember its links."""
        self._links = list(content.links)
        self.setHtml(content.html())

    def show_message(self, message: str) -> None:
        """Show a sentence in place of a record."""
        self._links = []
        self.setHtml(f"<p>{html.escape(message)}</p>")

    def links(self) -> list[ChainLink]:
        """Return the links shown, in order."""
        return list(self._links)

    def link_url(self, number: int) -> QUrl:
        """Return the address of link ``number``, as a click would give it."""
        return QUrl(f"{LINK_SCHEME}:{number}")

    def _follow(self, url: QUrl) -> None:
        if url.scheme() != LINK_SCHEME:
            return
        try:
            link = self._links[int(url.path())]
        except (ValueError, IndexError):
            return
        self.record_link_activated.emit(link.ref)
