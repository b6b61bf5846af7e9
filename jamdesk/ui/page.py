"""What every page of the window is given, and what the window may ask of a page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from jamdesk.services.changes import RecordKind, RecordRef
from jamdesk.services.container import Services
from jamdesk.ui.actions import ActionId
from jamdesk.ui.operations import Operations


@dataclass(frozen=True)
class PageContext:
    """The open store's services, the undoable way to change it, and the window's links."""

    services: Services
    operations: Operations
    # Today's date; a function so that tests (and a chair's "as of" view) can fix it.
    today: Callable[[], dt.date]
    # Show a record wherever it lives (a search hit, a link from question to commitment).
    open_record: Callable[[RecordRef], None]


class Page(QWidget):
    """A page in the window's navigation; override what the page supports."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def refresh(self, changed: frozenset[RecordKind]) -> None:
        """Read again what ``changed`` may have altered; an empty set means everything."""

    def supported_actions(self) -> frozenset[ActionId]:
        """Return the window actions that act on this page while it is shown."""
        return frozenset()

    def trigger(self, action: ActionId) -> None:
        """Carry out ``action``, one of ``supported_actions()``."""

    def open_record(self, ref: RecordRef) -> bool:
        """Show the record ``ref`` if this page holds it; return whether it did."""
        del ref
        return False
