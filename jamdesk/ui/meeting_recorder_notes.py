"""The recorder's notes per agenda item: what is typed but unsaved, and saving it undoably."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from jamdesk.domain.meetings import AgendaItem
from jamdesk.services.changes import Outcome
from jamdesk.ui.page import PageContext

log = logging.getLogger(__name__)


@dataclass
class NotesState:
    """The notes as typed and as last saved, kept in Python so a destroyed widget can save."""

    item_id: int | None = None
    typed: str = ""
    saved: str = ""

    def unsaved(self) -> bool:
        return self.item_id is not None and self.typed.strip() != self.saved.strip()


def write_notes(context: PageContext, item_id: int, notes: str, description: str) -> AgendaItem:
    """Save the item's notes as an undoable step; return the item as stored.

    Saves of the same item's notes that follow each other undo as one step, so one Undo
    takes back what was typed at the item rather than the last second of it.
    """
    agenda = context.services.agenda

    def use_case() -> Outcome[AgendaItem]:
        item = agenda.get_item(item_id)
        return agenda.update_item(
            item_id,
            kind=item.kind,
            title=item.title,
            diary_number=item.diary_number,
            notes=notes,
        )

    return context.operations.run(description, use_case, merge_key=("notes", item_id))


def save_when_destroyed(context: PageContext, state: NotesState, description: str) -> None:
    """Save notes typed since the last save; the widget itself is already gone."""
    if not state.unsaved() or state.item_id is None:
        return
    operations = context.operations
    try:
        # The widgets around the recorder are being torn down too: the step goes on the
        # undo stack, but no page is asked to redraw from the middle of a destructor.
        blocked = operations.blockSignals(True)
        try:
            write_notes(context, state.item_id, state.typed, description)
        finally:
            operations.blockSignals(blocked)
    except Exception:  # the window is going away: log it rather than raise from a destructor
        log.exception("notes of agenda item %s could not be saved on closing", state.item_id)
