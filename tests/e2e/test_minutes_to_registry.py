"""From a held delegation meeting to the registry's folder, in the real window: draft the
protocol from what was recorded, choose the adjuster, mark it adjusted, and export the
protocol with the reporting request it decided; then the store refuses any change.

Window actions are triggered as their shortcuts trigger them; every dialog is answered by
the test, and the written Word files are read back as the registry would read them.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jamdesk.services.changes import RecordKind, RecordRef
from jamdesk.services.container import build_services
from jamdesk.store.database import Database
from jamdesk.store.requests import requests_decided_at
from jamdesk.store.undo import UndoLog
from jamdesk.ui.actions import ActionId
from jamdesk.ui.main_window import MainWindow
from jamdesk.ui.meetings_page import MeetingsPage
from jamdesk.ui.minutes_editor import MinutesEditor
from jamdesk.ui.operations import Operations
from tests.ui.test_document_export import Answers, finished, lines_of
from tests.ui.test_minutes_editor import plan_meeting

TODAY = dt.date(2026, 12, 3)


def test_a_protocol_goes_from_the_meeting_to_the_registry_and_never_changes(
    db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    services = build_services(db)
    planned = plan_meeting(services)
    window = MainWindow(services, Operations(UndoLog(db)), today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()

    # The secretary opens the meeting and its Minutes tab, and drafts the protocol.
    page = window.show_page("meetings")
    assert isinstance(page, MeetingsPage)
    assert page.open_record(RecordRef(RecordKind.MEETING, planned.meeting_id))
    page.open_workspace(planned.meeting_id).show_minutes()
    workspace = page.workspace
    assert workspace is not None
    editor = workspace.tabs.currentWidget()
    assert isinstance(editor, MinutesEditor)
    qtbot.mouseClick(editor.draft_button, Qt.MouseButton.LeftButton)
    minutes_id = editor.current_minutes_id()
    assert minutes_id is not None
    paragraphs = services.minutes.paragraphs(minutes_id)
    decided = paragraphs[-1]
    assert decided.heading == "Begäran om statistik"
    assert "begär att socialnämnden senast 2027-03-31" in decided.decision.lower()
    assert decided.sent_to == "Socialnämnden"

    # She ticks the member who adjusts with the chair, and marks the protocol adjusted.
    adjusters = editor.header.adjusters
    names = [adjusters.item(row).text() for row in range(adjusters.count())]
    adjusters.item(names.index("Örjan Berg (Member)")).setCheckState(Qt.CheckState.Checked)
    assert services.minutes.get(minutes_id).adjuster_ids == (planned.member_id,)
    dialog = editor.mark_adjusted()
    assert dialog is not None
    dialog.accept()
    assert services.minutes.get(minutes_id).adjusted

    # The request the meeting decided cites its paragraph; the registry gives it a number.
    (request_id,) = requests_decided_at(db.connection, planned.meeting_id)
    request = services.requests.get(request_id)
    assert request.paragraph_id == decided.id
    services.requests.mark_sent(request_id, TODAY, "KS 2026/40")

    # Export for the registry (Ctrl+Shift+E) writes the protocol and the request letter.
    folder = tmp_path / "diariet"
    folder.mkdir()
    answers = Answers(monkeypatch, folder)
    assert window.action(ActionId.EXPORT_REGISTRY).isEnabled()
    window.action(ActionId.EXPORT_REGISTRY).trigger()
    runner = finished(qtbot, window)
    assert runner.result is not None and runner.result.succeeded, answers.warnings

    names = sorted(path.name for path in folder.iterdir())
    assert names == [
        "KS 2026-40 Begäran om återrapportering Socialnämnden 2026-12-03.docx",
        "Protokoll Jämställdhetsdelegationen i Sjövik 2026-12-01.docx",
    ]
    protocol = lines_of(folder / names[1])
    numbers = [paragraph.number for paragraph in paragraphs]
    assert f"Paragrafer §§ {numbers[0]}–{numbers[-1]}" in protocol
    assert "Örjan Berg" in protocol and "ANSLAG/BEVIS" in protocol
    assert f"§ {decided.number}  Dnr KS 2026/40  Begäran om statistik" in protocol
    letter = lines_of(folder / names[0])
    assert "Könsuppdelad statistik för hemtjänsten" in letter
    assert any(f"§ {decided.number}" in line for line in letter)

    # Adjusted means adjusted: the window offers no change, and the store refuses one.
    assert editor.supported_actions() == frozenset()
    refused = pytest.raises(sqlite3.IntegrityError, match="adjusted minutes cannot change")
    with refused, db.transaction() as conn:
        conn.execute("UPDATE minutes_paragraph SET heading = 'Ändrad' WHERE id = ?", (decided.id,))
