"""The organisation's settings: its name, the delegation's, the charter and the registry's ways."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jamdesk.domain.errors import DomainError
from jamdesk.domain.organisation import DEFAULT_DIARY_PATTERN, DiaryNumberPattern, Organisation
from jamdesk.ui.form import Form, date_edit, date_of
from jamdesk.ui.page import PageContext


class OrganisationDialog(QDialog):
    """Edit the organisation; on a new store, saving also adds the national sub-goals."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        current = context.services.organisation.get()
        self._is_new = current is None
        self.setWindowTitle(self.tr("Set up JämDesk") if self._is_new else self.tr("Organisation"))
        self.form = Form(self)
        self.name = QLineEdit(current.name if current else "")
        self.name.setPlaceholderText(self.tr("e.g. Sjöviks kommun"))
        self.delegation_name = QLineEdit(
            current.delegation_name if current else self.tr("Jämställdhetsdelegationen")
        )
        self.charter_signed = QCheckBox(self.tr("&Signed on"))
        signed_on = current.charter_signed_on if current else None
        self.charter_signed.setChecked(signed_on is not None)
        self.charter_date = date_edit(signed_on or context.today())
        self.charter_date.setEnabled(signed_on is not None)
        self.charter_signed.toggled.connect(self.charter_date.setEnabled)
        charter = QWidget()
        charter_row = QHBoxLayout(charter)
        charter_row.setContentsMargins(0, 0, 0, 0)
        charter_row.addWidget(self.charter_signed)
        charter_row.addWidget(self.charter_date, 1)
        self.series = QLineEdit(current.registry_series if current else "KS")
        self.pattern = QLineEdit(current.diary_pattern if current else DEFAULT_DIARY_PATTERN)
        self.pattern.setToolTip(
            self.tr("Use {series}, {year}, {yy} and {number} (or {number:04} for 0042).")
        )
        self.preview = QLabel()
        self.kept_at = QLineEdit(current.minutes_kept_at if current else "")
        self.kept_at.setPlaceholderText(self.tr("e.g. Kommunledningskontoret"))
        self.kept_at.setToolTip(
            self.tr("Where adjusted protocols are kept; the notice certificate says so.")
        )

        self.form.add_row(self.tr("&Municipality or region:"), self.name, "name")
        self.form.add_row(self.tr("&Delegation:"), self.delegation_name, "delegation_name")
        self.form.add_row(self.tr("CEMR &charter:"), charter, "charter_signed_on")
        self.form.add_row(self.tr("Registry &series:"), self.series, "registry_series")
        self.form.add_row(self.tr("Diary-number &pattern:"), self.pattern, "diary_pattern")
        self.form.add_row(self.tr("Example:"), self.preview)
        self.form.add_row(self.tr("Protocols &kept at:"), self.kept_at, "minutes_kept_at")
        for edit in (self.series, self.pattern):
            edit.textChanged.connect(self._update_preview)
        self._update_preview()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if self._is_new:
            welcome = QLabel(
                self.tr(
                    "Welcome to JämDesk. Name the organisation and its delegation; the "
                    "documents for the registry carry these names. You can change them later "
                    "under Tools → Organisation."
                )
            )
            welcome.setWordWrap(True)
            layout.addWidget(welcome)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def organisation(self) -> Organisation:
        """Return the organisation as the fields describe it (not yet validated)."""
        signed: dt.date | None = None
        if self.charter_signed.isChecked():
            signed = date_of(self.charter_date)
        return Organisation(
            name=self.name.text(),
            delegation_name=self.delegation_name.text(),
            charter_signed_on=signed,
            diary_pattern=self.pattern.text(),
            registry_series=self.series.text(),
            minutes_kept_at=self.kept_at.text(),
        )

    def accept(self) -> None:
        """Save through the service; on a refusal, say why next to the field and stay open."""
        self.form.clear_errors()
        organisation = self.organisation()
        service = self._context.services.organisation
        try:
            if self._is_new:
                self._context.operations.run(
                    self.tr("set up the organisation"), lambda: service.set_up(organisation)
                )
            else:
                self._context.operations.run(
                    self.tr("change the organisation"), lambda: service.save(organisation)
                )
        except DomainError as error:
            self.form.show_error(error)
            return
        super().accept()

    def _update_preview(self) -> None:
        year = self._context.today().year
        try:
            text = DiaryNumberPattern(self.pattern.text()).format(year, 123, self.series.text())
        except DomainError:
            text = self.tr("(the pattern is not valid yet)")
        self.preview.setText(text)
