"""A meeting's workspace inside the Meetings page: open, work in its tabs, go back."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jamdesk.domain.meetings import Meeting, MeetingKind
from jamdesk.domain.organisation import Organisation
from jamdesk.services.changes import RecordKind, RecordRef
from jamdesk.ui.actions import ActionId
from jamdesk.ui.agenda_editor import AgendaEditor
from jamdesk.ui.meeting_recorder import MeetingRecorder
from jamdesk.ui.meetings_page import MeetingsPage
from jamdesk.ui.page import PageContext


def plan_dialogue(context: PageContext) -> int:
    services = context.services
    context.operations.run(
        "set up", lambda: services.organisation.set_up(Organisation("Sjöviks kommun", "JD"))
    )
    with services.database.transaction() as conn:
        board_id = conn.execute(
            "INSERT INTO board (name, kind, active_from) VALUES ('Socialnämnden', 'board',"
            " '2020-01-01')"
        ).lastrowid
    assert board_id is not None
    meeting = Meeting(
        kind=MeetingKind.BUDGET_DIALOGUE,
        date=dt.date(2026, 12, 3),
        start=dt.time(13),
        end=dt.time(15),
        place="Kommunhuset",
        board_ids=(board_id,),
    )
    planned = context.operations.run("plan", lambda: services.meetings.plan(meeting))
    assert planned.id is not None
    return planned.id


def test_activating_a_meeting_opens_its_workspace_and_back_returns_to_it(
    page_context: PageContext, qtbot: QtBot
) -> None:
    meeting_id = plan_dialogue(page_context)
    page = MeetingsPage(page_context)
    qtbot.addWidget(page)
    page.refresh(frozenset())
    assert page.select_meeting(meeting_id)

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)

    workspace = page.workspace
    assert workspace is not None
    assert page.showing_workspace()
    assert workspace.meeting_id == meeting_id
    assert "Socialnämnden" in workspace.details.text()
    assert "13.00–15.00" in workspace.details.text()
    assert isinstance(workspace.tabs.currentWidget(), AgendaEditor)
    assert ActionId.GO_BACK in page.supported_actions()
    assert ActionId.NEW_AGENDA_ITEM in page.supported_actions()

    workspace.show_recording()
    assert isinstance(workspace.tabs.currentWidget(), MeetingRecorder)
    assert ActionId.NEW_QUESTION in page.supported_actions()

    page.trigger(ActionId.GO_BACK)

    assert not page.showing_workspace()
    assert page.workspace is None
    assert page.selected_meeting_id() == meeting_id


def test_an_agenda_item_found_elsewhere_opens_in_its_meetings_workspace(
    page_context: PageContext, qtbot: QtBot
) -> None:
    meeting_id = plan_dialogue(page_context)
    items = page_context.services.agenda.items(meeting_id)
    page = MeetingsPage(page_context)
    qtbot.addWidget(page)

    assert page.open_record(RecordRef(RecordKind.AGENDA, items[1].id or 0))

    assert page.workspace is not None
    assert page.workspace.meeting_id == meeting_id
    selected = page.workspace.agenda.selected_item()
    assert selected is not None
    assert selected.id == items[1].id


def test_undoing_the_plan_of_the_open_meeting_goes_back_to_the_list(
    page_context: PageContext, qtbot: QtBot
) -> None:
    meeting_id = plan_dialogue(page_context)
    page = MeetingsPage(page_context)
    qtbot.addWidget(page)
    page_context.operations.changed.connect(page.refresh)
    page.open_workspace(meeting_id)

    page_context.operations.undo_stack.undo()

    assert page.workspace is None
    assert not page.showing_workspace()
    assert page.model.total_count() == 0
