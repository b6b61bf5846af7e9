"""The top of the minutes tab: the original or one of its corrections, and what state it is in."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QWidget

from jamdesk.domain.minutes import Minutes, MinutesKind


class VersionBar(QWidget):
    """A selector "Original protocol / Correction 1 (2026-12-09)" and a banner on the state.

    The selector shows only once there is a correction; the banner says that adjusted
    minutes cannot change, or what a correction not yet adjusted is for.
    """

    chosen = Signal(int)  # the id of the minutes chosen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selector = QComboBox(self)
        self.selector.setAccessibleName(self.tr("Original or correction"))
        self.selector.activated.connect(self._activated)
        self.caption = QLabel(self.tr("Versi&on:"), self)
        self.caption.setBuddy(self.selector)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setMargin(6)
        font = self.banner.font()
        font.setBold(True)
        self.banner.setFont(font)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.caption)
        row.addWidget(self.selector)
        row.addWidget(self.banner, 1)

    def show_versions(self, versions: Sequence[Minutes], shown: Minutes) -> None:
        """List the original and its corrections, with ``shown`` chosen and described."""
        self.selector.clear()
        corrections = 0
        for minutes in versions:
            if minutes.corrects_id is None:
                text = (
                    self.tr("Original protocol")
                    if minutes.kind is MinutesKind.PROTOCOL
                    else self.tr("Original notes")
                )
            else:
                corrections += 1
                text = (
                    self.tr("Correction {number} ({date})").format(
                        number=corrections, date=minutes.adjusted_on.isoformat()
                    )
                    if minutes.adjusted_on is not None
                    else self.tr("Correction {number} (not adjusted)").format(number=corrections)
                )
            self.selector.addItem(text, minutes.id)
        self.selector.setCurrentIndex(max(self.selector.findData(shown.id), 0))
        several = len(versions) > 1
        self.selector.setVisible(several)
        self.caption.setVisible(several)
        corrected = next((m for m in versions if m.id == shown.corrects_id), None)
        text = self._state(shown, corrected)
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def _state(self, minutes: Minutes, corrected: Minutes | None) -> str:
        if minutes.adjusted and minutes.adjusted_on is not None:
            return self.tr(
                "Adjusted on {date}. Adjusted minutes cannot change; make a correction instead."
            ).format(date=minutes.adjusted_on.isoformat())
        if minutes.corrects_id is None:
            return ""
        day = corrected.adjusted_on.isoformat() if corrected and corrected.adjusted_on else ""
        if minutes.kind is MinutesKind.PROTOCOL:
            return self.tr(
                "A correction of the protocol adjusted on {date}. Add each paragraph it "
                "corrects under that paragraph's number, then mark the correction adjusted."
            ).format(date=day)
        return self.tr(
            "A correction of the notes adjusted on {date}. Add each item it corrects under "
            "that item's number, then mark the correction adjusted."
        ).format(date=day)

    def _activated(self, index: int) -> None:
        minutes_id = self.selector.itemData(index)
        if isinstance(minutes_id, int):
            self.chosen.emit(minutes_id)
