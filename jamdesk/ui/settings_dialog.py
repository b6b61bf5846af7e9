"""Tools → Settings: the user's own choices, kept in QSettings (for now the language)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

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
    """Let the user choose JämDesk's language; the choice applies from the next start."""

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

        form = QFormLayout()
        caption = QLabel(self.tr("&Language:"), self)
        caption.setBuddy(self.language)
        form.addRow(caption, self.language)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        # Wide enough that the note reads as a sentence, not a column of words.
        self.setMinimumWidth(420)
        self.language.setFocus()

    def selected_language(self) -> str:
        """Return the language chosen in the dialog: "system", "sv" or "en"."""
        value = self.language.currentData()
        return value if isinstance(value, str) else SYSTEM

    def set_language(self, language: str) -> None:
        """Show ``language`` as the choice (the system's when JämDesk does not have it)."""
        index = self.language.findData(language)
        self.language.setCurrentIndex(index if index >= 0 else 0)

    def accept(self) -> None:
        """Save the choice and close."""
        self._settings.setValue(LANGUAGE_KEY, self.selected_language())
        self._settings.sync()
        super().accept()
