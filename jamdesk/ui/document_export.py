"""Export a record's Word document from the window: read it, ask where, write it in the back.

Each export reads its document through the documents service on the GUI thread (the store's
connection belongs to it, and reading is quick), checks the organisation's template chosen
in the settings, asks where to save, and hands the writing to an ``ExportRunner`` on a
worker thread. python-docx is loaded only by the first export: nothing here imports the
export layer before a function runs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from jamdesk.domain.errors import DomainError
from jamdesk.domain.minutes import Minutes, MinutesKind
from jamdesk.ui.export_dialogs import (
    BriefingDialog,
    ReportDialog,
    ReportOptions,
    choose_among,
    choose_file,
    choose_folder,
    confirm_replace,
)
from jamdesk.ui.export_runner import ExportRunner, start_export
from jamdesk.ui.messages import error_text, show_error
from jamdesk.ui.page import PageContext

if TYPE_CHECKING:
    from jamdesk.services.documents import DocumentService, PreparedDocument

# Where the organisation's Word template is kept; empty means JämDesk's own.
TEMPLATE_KEY = "export/template"


Reader = Callable[["DocumentService"], "PreparedDocument"]


# -- the template -----------------------------------------------------------------------


def chosen_template() -> Path | None:
    """Return the Word template chosen in the settings, or None for JämDesk's own."""
    stored = QSettings().value(TEMPLATE_KEY, "")
    return Path(stored) if isinstance(stored, str) and stored.strip() else None


def store_template(path: Path | None) -> None:
    """Use the template ``path`` for every export from now on (None: JämDesk's own)."""
    QSettings().setValue(TEMPLATE_KEY, "" if path is None else str(path))


class _ToldUserError(Exception):
    """The export cannot go on; the user has been told why."""


def _usable_template(parent: QWidget | None) -> Path | None:
    """Return the chosen template if it still works, else tell the user and refuse."""
    template = chosen_template()
    if template is None:
        return None
    from jamdesk.export.templates import check_template

    try:
        check_template(template)
    except DomainError as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("DocumentExport", "JämDesk"),
            QCoreApplication.translate(
                "DocumentExport",
                "{problem}\n\nChoose another template under Tools → Settings, or JämDesk's own.",
            ).format(problem=error_text(error)),
        )
        raise _ToldUserError from error
    return template


def _read(parent: QWidget | None, context: PageContext, read: Reader) -> PreparedDocument:
    try:
        return read(context.services.documents)
    except DomainError as error:
        show_error(parent, error)
        raise _ToldUserError from error


# -- one document -----------------------------------------------------------------------


def _export_one(parent: QWidget, context: PageContext, read: Reader) -> ExportRunner | None:
    """Read one document, ask where to save it and write it there."""
    try:
        document = _read(parent, context, read)
        template = _usable_template(parent)
    except _ToldUserError:
        return None
    return _save_one(parent, document, template)


def _save_one(
    parent: QWidget, document: PreparedDocument, template: Path | None
) -> ExportRunner | None:
    path = choose_file(parent, document.file_name)
    if path is None:
        return None
    return start_export(parent, [(document, path)], template)


def export_notice(parent: QWidget, context: PageContext, meeting_id: int) -> ExportRunner | None:
    """Export the notice with the agenda of the meeting ``meeting_id``, issued today."""
    today = context.today()
    return _export_one(parent, context, lambda documents: documents.notice(meeting_id, today))


def export_minutes(parent: QWidget, context: PageContext, minutes_id: int) -> ExportRunner | None:
    """Export the protocol or notes ``minutes_id``."""
    return _export_one(parent, context, lambda documents: documents.minutes(minutes_id))


def export_request(parent: QWidget, context: PageContext, request_id: int) -> ExportRunner | None:
    """Export the letter asking a board to report back on the request ``request_id``."""
    today = context.today()
    return _export_one(parent, context, lambda documents: documents.request(request_id, today))


def export_briefing(parent: QWidget, context: PageContext, board_id: int) -> ExportRunner | None:
    """Export the chair's briefing on everything outstanding with the board ``board_id``."""
    today = context.today()
    return _export_one(parent, context, lambda documents: documents.briefing(board_id, today))


def export_meeting_document(
    parent: QWidget, context: PageContext, meeting_id: int, *, notice: bool = True
) -> ExportRunner | None:
    """Export the meeting's notice, or, once it has minutes, the one of them the user picks.

    Without ``notice`` only the minutes are offered, and a meeting without minutes is
    refused with the documents service's message.
    """
    minutes = [m for m in context.services.minutes.for_meeting(meeting_id) if m.id is not None]
    if not minutes:
        if notice:
            return export_notice(parent, context, meeting_id)
        try:
            context.services.documents.meeting_minutes(meeting_id)
        except DomainError as error:
            show_error(parent, error)
        return None
    meeting = context.services.meetings.get(meeting_id)
    offered: list[int | None] = [None] if notice else []
    offered += [each.id for each in minutes]
    choices = (
        [QCoreApplication.translate("DocumentExport", "Notice with the agenda")] if notice else []
    )
    choices += _minutes_names(minutes)
    chosen = choose_among(
        parent,
        QCoreApplication.translate("DocumentExport", "Export document"),
        QCoreApplication.translate(
            "DocumentExport", "Which document of the meeting on {date}?"
        ).format(date=meeting.date.isoformat()),
        choices,
    )
    if chosen is None:
        return None
    minutes_id = offered[chosen]
    if minutes_id is None:
        return export_notice(parent, context, meeting_id)
    return export_minutes(parent, context, minutes_id)


def export_meeting_minutes(
    parent: QWidget, context: PageContext, meeting_id: int
) -> ExportRunner | None:
    """Export the meeting's minutes (the user picks when there are corrections too)."""
    minutes = [m for m in context.services.minutes.for_meeting(meeting_id) if m.id is not None]
    if len(minutes) != 1:
        # None: the documents service says the meeting has no minutes yet, in its words.
        return export_meeting_document(parent, context, meeting_id, notice=False)
    minutes_id = minutes[0].id
    assert minutes_id is not None
    return export_minutes(parent, context, minutes_id)


def _minutes_names(minutes: list[Minutes]) -> list[str]:
    """Name each of a meeting's minutes for the choice: the minutes, then each correction."""
    names = []
    corrections = 0
    for each in minutes:
        if each.corrects_id is not None:
            corrections += 1
            names.append(
                QCoreApplication.translate(
                    "DocumentExport", "Correction {number} of the minutes"
                ).format(number=corrections)
            )
        elif each.kind is MinutesKind.PROTOCOL:
            names.append(QCoreApplication.translate("DocumentExport", "Minutes (protocol)"))
        else:
            names.append(QCoreApplication.translate("DocumentExport", "Minutes (notes)"))
    return names


# -- several documents ------------------------------------------------------------------


def export_for_registry(
    parent: QWidget, context: PageContext, meeting_id: int
) -> ExportRunner | None:
    """Write the meeting's minutes and the requests it decided into a folder the user picks."""
    today = context.today()
    try:
        documents = context.services.documents.for_registry(meeting_id, today)
    except DomainError as error:
        show_error(parent, error)
        return None
    try:
        template = _usable_template(parent)
    except _ToldUserError:
        return None
    folder = choose_folder(parent)
    if folder is None:
        return None
    from jamdesk.services.documents import distinct_file_names, existing_files

    existing = existing_files(documents, folder)
    if existing and not confirm_replace(parent, folder, existing):
        return None
    names = distinct_file_names(documents)
    targets = [(document, folder / name) for document, name in zip(documents, names, strict=True)]
    return start_export(parent, targets, template)


# -- documents that ask first -----------------------------------------------------------


def export_report(
    parent: QWidget,
    context: PageContext,
    *,
    board_id: int | None = None,
    goal_id: int | None = None,
) -> ReportDialog[PreparedDocument] | None:
    """Open the report's options (window-modal, not blocking); accepting exports it."""
    try:
        template = _usable_template(parent)
    except _ToldUserError:
        return None
    today = context.today()

    def read(options: ReportOptions) -> PreparedDocument:
        from jamdesk.services.document_data.report import ReportScope

        scope = ReportScope(board_id=options.board_id, goal_id=options.goal_id)
        return context.services.documents.report(
            scope, options.start, options.end, today, public=options.public
        )

    dialog: ReportDialog[PreparedDocument] = ReportDialog(
        context, read, board_id=board_id, goal_id=goal_id, parent=parent
    )
    _save_when_accepted(parent, dialog, template)
    return dialog


def ask_briefing(
    parent: QWidget, context: PageContext, board_id: int | None = None
) -> BriefingDialog[PreparedDocument] | None:
    """Open the briefing's board choice (window-modal, not blocking); accepting exports it."""
    try:
        template = _usable_template(parent)
    except _ToldUserError:
        return None
    today = context.today()
    dialog: BriefingDialog[PreparedDocument] = BriefingDialog(
        context,
        lambda chosen: context.services.documents.briefing(chosen, today),
        board_id=board_id,
        parent=parent,
    )
    _save_when_accepted(parent, dialog, template)
    return dialog


def _save_when_accepted(
    parent: QWidget,
    dialog: ReportDialog[PreparedDocument] | BriefingDialog[PreparedDocument],
    template: Path | None,
) -> None:
    def accepted() -> None:
        if dialog.prepared is not None:
            _save_one(parent, dialog.prepared, template)

    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(accepted)
    dialog.open()
