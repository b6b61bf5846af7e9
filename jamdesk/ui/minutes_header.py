"""The head of the minutes: diary number, secretary, adjusters, place and time of adjustment.

Each field is saved as soon as it is left (or, for a choice, when it is chosen), as one
undoable step, and only if it differs from what is stored. A refusal shows next to the
field and keeps what was typed there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jamdesk.domain.errors import DomainError
from jamdesk.domain.meetings import PARTICIPANT_ROLE_LABELS, Attendance, Participant
from jamdesk.domain.minutes import Minutes
from jamdesk.domain.people import Person
from jamdesk.services.changes import Outcome
from jamdesk.ui.empty_state import EmptyState
from jamdesk.ui.follow_up_editors import OptionalDate
from jamdesk.ui.form import Form, time_edit, time_of
from jamdesk.ui.messages import label
from jamdesk.ui.page import PageContext

_PersonIdRole = Qt.ItemDataRole.UserRole + 1
# Whoever is recorded absent did not see the meeting, so cannot vouch for its minutes.
_NOT_AN_ADJUSTER = frozenset({Attendance.ABSENT})


class OptionalTime(QWidget):
    """A time that may be left out: a check box in front of a time field."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(caption, self)
        self.time = time_edit(parent=self)
        self.time.setEnabled(False)
        self.enabled.toggled.connect(self.time.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.enabled)
        row.addWidget(self.time, 1)
        self.setFocusProxy(self.enabled)

    def set_value(self, value: dt.time | None) -> None:
        """Show the time ``value`` ticked, or nothing for None."""
        if value is not None:
            self.time.setTime(QTime(value.hour, value.minute))
        self.enabled.setChecked(value is not None)

    def value(self) -> dt.time | None:
        """Return the time chosen, or None when the box is not ticked."""
        return time_of(self.time) if self.enabled.isChecked() else None


class MinutesHeader(QWidget):
    """The fields of the minutes' head, saved through the minutes service as they change."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.minutes: Minutes | None = None
        self._loading = False
        self.form = Form(self)
        self.diary_number = QLineEdit(self)
        self.diary_number.setPlaceholderText(self.tr("e.g. KS 2026/123"))
        self.secretary = QComboBox(self)
        self.secretary.setAccessibleName(self.tr("Secretary"))
        self.adjusters = QListWidget(self)
        self.adjusters.setAccessibleName(self.tr("Adjusters"))
        self.adjusters.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.adjusters.setUniformItemSizes(True)
        self.adjusters_state = EmptyState(
            self.adjusters,
            self.tr("Nobody takes part in the meeting yet: call people on the Attendance tab."),
            self,
        )
        self.adjusters_state.setFocusProxy(self.adjusters)
        self.adjusters_state.setMaximumHeight(self.fontMetrics().height() * 9)
        self.place = QLineEdit(self)
        self.place.setPlaceholderText(self.tr("e.g. Kommunhuset"))
        self.date = OptionalDate(self.tr("Set"), self)
        self.time = OptionalTime(self.tr("Set"), self)
        self.reason = QLineEdit(self)
        self.form.add_row(self.tr("Diar&y number:"), self.diary_number, "diary_number")
        self.form.add_row(self.tr("&Secretary:"), self.secretary, "secretary_id")
        self.form.add_row(self.tr("Ad&justers:"), self.adjusters_state, "adjuster_ids")
        self.form.add_row(self.tr("&Place of adjustment:"), self.place, "adjustment_place")
        self.form.add_row(self.tr("&Date of adjustment:"), self.date, "adjustment_date")
        self.form.add_row(self.tr("Time of adj&ustment:"), self.time, "adjustment_time")
        self.form.add_row(self.tr("Reason for the &correction:"), self.reason, "correction_reason")
        self.diary_number.editingFinished.connect(self.save_details)
        self.secretary.activated.connect(self.save_details)
        self.adjusters.itemChanged.connect(self.save_adjusters)
        self.place.editingFinished.connect(self.save_adjustment)
        self.date.enabled.toggled.connect(self.save_adjustment)
        self.date.date.editingFinished.connect(self.save_adjustment)
        self.time.enabled.toggled.connect(self.save_adjustment)
        self.time.time.editingFinished.connect(self.save_adjustment)
        self.reason.editingFinished.connect(self.save_reason)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.setFocusProxy(self.diary_number)

    # -- showing -------------------------------------------------------------

    def show_minutes(
        self,
        minutes: Minutes,
        participants: Sequence[Participant],
        people: Sequence[Person],
        first_day: dt.date,
    ) -> None:
        """Show the head of ``minutes``; adjusters are offered from ``participants``.

        A date of adjustment not yet set starts at ``first_day`` once ticked.
        """
        self._loading = True
        try:
            self.minutes = minutes
            names = {person.id: person.name for person in people if person.id is not None}
            self._keep_unless_refused(self.diary_number, "diary_number", minutes.diary_number)
            self._fill_secretaries(people, minutes.secretary_id)
            self._fill_adjusters(minutes, participants, names)
            self._keep_unless_refused(self.place, "adjustment_place", minutes.adjustment_place)
            if not self.form.error_for("adjustment_date"):
                self.date.set_value(minutes.adjustment_date or first_day)
                self.date.enabled.setChecked(minutes.adjustment_date is not None)
            if not self.form.error_for("adjustment_time"):
                self.time.set_value(minutes.adjustment_time)
            self._keep_unless_refused(self.reason, "correction_reason", minutes.correction_reason)
            self._set_row_visible(self.reason, minutes.corrects_id is not None)
            self._set_read_only(minutes.adjusted)
        finally:
            self._loading = False

    def clear_errors(self) -> None:
        """Hide the messages of refused changes (another set of minutes is shown)."""
        self.form.clear_errors()

    def checked_adjusters(self) -> list[int]:
        """Return the people ticked as adjusters, in the order listed."""
        chosen = []
        for row in range(self.adjusters.count()):
            item = self.adjusters.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(int(item.data(_PersonIdRole)))
        return chosen

    # -- saving --------------------------------------------------------------

    def save_details(self) -> bool:
        """Save the diary number and the secretary if either changed; False if refused."""
        minutes = self._editable()
        if minutes is None:
            return True
        diary = self.diary_number.text()
        secretary = self.secretary.currentData()
        secretary_id = secretary if isinstance(secretary, int) else None
        if (diary.strip(), secretary_id) == (minutes.diary_number, minutes.secretary_id):
            return True
        service, minutes_id = self.context.services.minutes, minutes.id or 0
        return self._run(
            self.tr("change the minutes' diary number or secretary"),
            lambda: service.set_details(minutes_id, diary_number=diary, secretary_id=secretary_id),
        )

    def save_adjusters(self) -> bool:
        """Save the adjusters ticked if they changed; False if refused."""
        minutes = self._editable()
        if minutes is None:
            return True
        chosen = self.checked_adjusters()
        if set(chosen) == set(minutes.adjuster_ids):
            return True
        service, minutes_id = self.context.services.minutes, minutes.id or 0
        return self._run(
            self.tr("choose adjusters"), lambda: service.set_adjusters(minutes_id, chosen)
        )

    def save_adjustment(self) -> bool:
        """Save the place, date and time of adjustment if any changed; False if refused."""
        minutes = self._editable()
        if minutes is None:
            return True
        place, date, time = self.place.text(), self.date.value(), self.time.value()
        stored = (minutes.adjustment_place, minutes.adjustment_date, minutes.adjustment_time)
        if (place.strip(), date, time) == stored:
            return True
        service, minutes_id = self.context.services.minutes, minutes.id or 0
        return self._run(
            self.tr("change the place and time of adjustment"),
            lambda: service.set_adjustment(minutes_id, place, date, time),
        )

    def save_reason(self) -> bool:
        """Save the reason for a correction if it changed; False if refused."""
        minutes = self._editable()
        if minutes is None or minutes.corrects_id is None:
            return True
        reason = self.reason.text()
        if reason.strip() == minutes.correction_reason:
            return True
        service, minutes_id = self.context.services.minutes, minutes.id or 0
        return self._run(
            self.tr("change the reason for the correction"),
            lambda: service.set_correction_reason(minutes_id, reason),
        )

    # -- inside --------------------------------------------------------------

    def _editable(self) -> Minutes | None:
        if self._loading or self.minutes is None or self.minutes.adjusted:
            return None
        return self.minutes

    def _run(self, description: str, use_case: Callable[[], Outcome[Minutes]]) -> bool:
        self.form.clear_errors()
        try:
            saved = self.context.operations.run(description, use_case)
        except DomainError as error:
            self.form.show_error(error)
            return False
        # Whoever holds the header shows it again on the change; until then it is current.
        if self.minutes is not None and saved.id == self.minutes.id:
            self.minutes = saved
        return True

    def _keep_unless_refused(self, edit: QLineEdit, field: str, stored: str) -> None:
        """Show the stored text, unless a refusal is shown for what the user typed there."""
        if not self.form.error_for(field) and edit.text() != stored:
            edit.setText(stored)

    def _fill_secretaries(self, people: Sequence[Person], chosen: int | None) -> None:
        self.secretary.clear()
        self.secretary.addItem(self.tr("(nobody chosen)"), None)
        for person in people:
            self.secretary.addItem(person.name, person.id)
        self.secretary.setCurrentIndex(max(self.secretary.findData(chosen), 0))

    def _fill_adjusters(
        self, minutes: Minutes, participants: Sequence[Participant], names: dict[int, str]
    ) -> None:
        current = self.adjusters.currentRow()
        self.adjusters.clear()
        chosen = set(minutes.adjuster_ids)
        offered = [
            (p.person_id, label(PARTICIPANT_ROLE_LABELS[p.role]))
            for p in participants
            if p.attendance not in _NOT_AN_ADJUSTER or p.person_id in chosen
        ]
        # Someone chosen earlier who no longer takes part stays visible, so they can be unticked.
        listed = {person_id for person_id, _ in offered}
        offered += [
            (person_id, "") for person_id in minutes.adjuster_ids if person_id not in listed
        ]
        for person_id, role in offered:
            name = names.get(person_id, "")
            text = self.tr("{name} ({role})").format(name=name, role=role) if role else name
            item = QListWidgetItem(text)
            item.setData(_PersonIdRole, person_id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if not minutes.adjusted:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = person_id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.adjusters.addItem(item)
        self.adjusters_state.set_empty(self.adjusters.count() == 0)
        if self.adjusters.count():
            self.adjusters.setCurrentRow(min(max(current, 0), self.adjusters.count() - 1))

    def _set_read_only(self, read_only: bool) -> None:
        for edit in (self.diary_number, self.place, self.reason):
            edit.setReadOnly(read_only)
        for widget in (self.secretary, self.date, self.time):
            widget.setEnabled(not read_only)

    def _set_row_visible(self, field: QWidget, visible: bool) -> None:
        rows = self.form.findChild(QFormLayout)
        holder = field.parentWidget()  # Form.add_row puts each field in a holder
        if rows is not None and holder is not None:
            rows.setRowVisible(holder, visible)
