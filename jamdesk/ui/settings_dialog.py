"""Tools → Settings: the user's own choices, kept in QSettings (language, Word template)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jamdesk.domain.errors import DomainError
from jamdesk.ui.document_export import chosen_template, store_template
from jamdesk.ui.export_dialogs import last_export_folder
from jamdesk.ui.messages import error_text
from jamdesk.ui.translation import (
    LANGUAGE_KEY,
    SYSTEM,
    available_languages,
    chosen_language,
)

# Each language is named in itself, so that a user who cannot read the current
# interface language still finds their own. Swedish comes first: most users read it.
LANGUAGE_NAMES: dict[str, str] = {"sv": "Svenska", "en": "English"}


def language_name(language: str) -> str:
    """Return the name of ``language`` in that language."""
    known = LANGUAGE_NAMES.get(language)
    if known is not None:
        return known
    native = QLocale(language).nativeLanguageName()
    return native[:1].upper() + native[1:] if native else language


class SettingsDialog(QDialog):
    """Let the user choose JämDesk's language (from the next start) and the Word template."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = QSettings()

        self.language = QComboBox(self)
        self.language.addItem(self.tr("Follow the system"), SYSTEM)
        available = available_languages()
        ordered = [code for code in LANGUAGE_NAMES if code in available]
        for language in ordered + [code for code in available if code not in ordered]:
            self.language.addItem(language_name(language), language)
        self.set_language(chosen_language(self._settings))

        self.note = QLabel(
            self.tr("JämDesk shows the language you choose the next time you start it."),
            self,
        )
        self.note.setWordWrap(True)

        self.template = QLineEdit(self)
        self.template.setPlaceholderText(self.tr("JämDesk's own template"))
        self.template.setClearButtonEnabled(True)
        self.template.setAccessibleName(self.tr("Word template"))
        template = chosen_template()
        self.template.setText("" if template is None else str(template))
        self.choose_template_button = QPushButton(self.tr("C&hoose…"), self)
        self.own_template_button = QPushButton(self.tr("Use JämDesk's &own"), self)
        self.choose_template_button.clicked.connect(self.choose_template)
        self.own_template_button.clicked.connect(self.use_own_template)
        self.template_error = QLabel(self)
        self.template_error.setWordWrap(True)
        self.template_error.setStyleSheet("color: #b3261e;")
        self.template_error.hide()
        self.template.textEdited.connect(lambda _text: self.template_error.hide())
        template_row = QWidget(self)
        row = QHBoxLayout(template_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.template, 1)
        row.addWidget(self.choose_template_button)
        row.addWidget(self.own_template_button)
        self.template_note = QLabel(
            self.tr(
                "Exported documents take their letterhead, logo and styles from the template:"
                " a Word template (.dotx) or document (.docx)."
            ),
            self,
        )
        self.template_note.setWordWrap(True)

        form = QFormLayout()
        caption = QLabel(self.tr("&Language:"), self)
        caption.setBuddy(self.language)
        form.addRow(caption, self.language)
        form.addRow("", self.note)
        template_caption = QLabel(self.tr("&Word template:"), self)
        template_caption.setBuddy(self.template)
        form.addRow(template_caption, template_row)
        form.addRow("", self.template_error)
        form.addRow("", self.template_note)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        # Wide enough that the note reads as a sentence, not a column of words.
        self.setMinimumWidth(560)
        self.language.setFocus()

    def selected_language(self) -> str:
        """Return the language chosen in the dialog: "system", "sv" or "en"."""
        value = self.language.currentData()
        return value if isinstance(value, str) else SYSTEM

    def set_language(self, language: str) -> None:
        """Show ``language`` as the choice (the system's when JämDesk does not have it)."""
        index = self.language.findData(language)
        self.language.setCurrentIndex(index if index >= 0 else 0)

    def selected_template(self) -> Path | None:
        """Return the template chosen in the dialog, or None for JämDesk's own."""
        text = self.template.text().strip()
        return Path(text) if text else None

    def choose_template(self) -> None:
        """Pick the organisation's Word template in a file dialog."""
        current = self.selected_template()
        start = current.parent if current is not None and current.parent.is_dir() else None
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a Word template"),
            str(start or last_export_folder()),
            self.tr("Word templates and documents (*.dotx *.docx);;All files (*)"),
        )
        if chosen:
            self.template.setText(chosen)
            self.template_error.hide()

    def use_own_template(self) -> None:
        """Go back to JämDesk's own template."""
        self.template.clear()
        self.template_error.hide()

    def accept(self) -> None:
        """Save the choices and close; stay open saying why a template cannot serve."""
        template = self.selected_template()
        if template is not None:
            # Loads python-docx: only when a template is actually chosen.
            from jamdesk.export.templates import check_template

            try:
                check_template(template)
            except DomainError as error:
                self.template_error.setText(error_text(error))
                self.template_error.show()
                self.template.setFocus()
                return
        self.template_error.hide()
        self._settings.setValue(LANGUAGE_KEY, self.selected_language())
        self._settings.sync()
        store_template(template)
        super().accept()
