"""One meeting's workspace: prepare its agenda, take attendance, record it, write its minutes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jamdesk.domain.dates import swedish_time
from jamdesk.domain.meetings import MEETING_KIND_LABELS, MEETING_STATUS_LABELS
from jamdesk.services.changes import RecordKind
from jamdesk.ui.actions import ActionId
from jamdesk.ui.agenda_editor import AgendaEditor
from jamdesk.ui.attendance_editor import AttendanceEditor
from jamdesk.ui.meeting_recorder import MeetingRecorder
from jamdesk.ui.messages import label
from jamdesk.ui.minutes_editor import MinutesEditor
from jamdesk.ui.page import PageContext

_HEADER_KINDS = frozenset({RecordKind.MEETING, RecordKind.BOARD})


class MeetingWorkspace(QWidget):
    """The tabs of one meeting; window actions go to the tab shown."""

    closed = Signal()

    def __init__(self, context: PageContext, meeting_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.details = QLabel()
        self.back = QPushButton(self.tr("← &Back to the meetings"))
        self.back.clicked.connect(self.closed.emit)

        self.agenda = AgendaEditor(context, meeting_id, self)
        self.attendance = AttendanceEditor(context, meeting_id, self)
        self.recorder = MeetingRecorder(context, meeting_id, self)
        self.minutes = MinutesEditor(context, meeting_id, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.agenda, self.tr("&Agenda"))
        self.tabs.addTab(self.attendance, self.tr("Atte&ndance"))
        self.tabs.addTab(self.recorder, self.tr("&Record"))
        self.tabs.addTab(self.minutes, self.tr("&Minutes"))
        self.tabs.currentChanged.connect(self._tab_changed)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.details)
        header.addLayout(titles, 1)
        header.addWidget(self.back)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        self._show_header()

    def supported_actions(self) -> frozenset[ActionId]:
        """Return the actions of the tab shown, and going back to the list."""
        tab = self.tabs.currentWidget()
        supported: frozenset[ActionId] = frozenset()
        if isinstance(tab, AgendaEditor | AttendanceEditor | MeetingRecorder | MinutesEditor):
            supported = tab.supported_actions()
        return supported | {ActionId.GO_BACK}

    def trigger(self, action: ActionId) -> None:
        """Carry out ``action`` in the tab shown (or go back to the list)."""
        if action is ActionId.GO_BACK:
            self.closed.emit()
            return
        tab = self.tabs.currentWidget()
        if isinstance(tab, AgendaEditor | AttendanceEditor | MeetingRecorder | MinutesEditor):
            tab.trigger(action)

    def refresh(self, changed: frozenset[RecordKind]) -> None:
        """Pass a change on to every tab, and redraw the header if the meeting changed."""
        if not changed or changed & _HEADER_KINDS:
            self._show_header()
        for tab in (self.agenda, self.attendance, self.recorder, self.minutes):
            tab.refresh(changed)

    def show_agenda_item(self, item_id: int) -> None:
        """Bring the agenda to the front with the item ``item_id`` selected."""
        self.tabs.setCurrentWidget(self.agenda)
        self.agenda.select_item(item_id)

    def show_recording(self) -> None:
        """Bring the recording tab to the front."""
        self.tabs.setCurrentWidget(self.recorder)

    def show_minutes(self, minutes_id: int | None = None) -> None:
        """Bring the minutes to the front, showing ``minutes_id`` (a correction, say) if given."""
        self.tabs.setCurrentWidget(self.minutes)
        if minutes_id is not None:
            self.minutes.show_minutes(minutes_id)

    def _show_header(self) -> None:
        meeting = self.context.services.meetings.get(self.meeting_id)
        kind = label(MEETING_KIND_LABELS[meeting.kind])
        boards = [
            board.name
            for board_id in meeting.board_ids
            if (board := self.context.services.boards.get(board_id)) is not None
        ]
        self.heading.setText(
            self.tr("{kind} {date}").format(kind=kind, date=meeting.date.isoformat())
            if not meeting.title
            else meeting.title
        )
        time = swedish_time(meeting.start)
        if meeting.end is not None:
            time = f"{time}–{swedish_time(meeting.end)}"
        self.details.setText(
            self.tr("{date}, {time} · {place} · {boards} · {status}").format(
                date=meeting.date.isoformat(),
                time=time,
                place=meeting.place or self.tr("no place given"),
                boards=", ".join(boards) or self.tr("no boards"),
                status=label(MEETING_STATUS_LABELS[meeting.status]),
            )
        )

    def _tab_changed(self) -> None:
        refresh = getattr(self.window(), "refresh_page_actions", None)
        if callable(refresh):
            refresh()
