"""The user's language: which one to use, and Qt translators that read Qt Linguist files.

JämDesk loads its translations straight from the Qt Linguist ``.ts`` sources in
``resources/translations`` instead of compiled ``.qm`` files: nothing has to be built
when JämDesk is installed, and the file shipped is the very file translators edit, so
it cannot fall behind a stale build. Reading a thousand messages takes milliseconds.

English is the source language: the code holds the English text. ``jamdesk_en.ts``
still lists every message with its English text as the translation (filled in by
``packaging/update_translations.py``); it is loaded like any other language, so an
English wording can be polished in the file without touching the code.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
)

from jamdesk.paths import resources_dir

log = logging.getLogger(__name__)

LANGUAGE_KEY = "language"
SYSTEM = "system"
SOURCE_LANGUAGE = "en"
FILE_PREFIX = "jamdesk_"

# Entries a translator has not finished, or whose source text left the code.
_SKIPPED_TYPES = frozenset({"unfinished", "vanished", "obsolete"})


def translations_dir() -> Path:
    """Return the folder holding the ``.ts`` translation files."""
    return resources_dir() / "translations"


def translation_file(language: str) -> Path:
    """Return the ``.ts`` file of ``language`` (which may not exist)."""
    return translations_dir() / f"{FILE_PREFIX}{language}.ts"


class TsTranslator(QTranslator):
    """A translator reading a Qt Linguist ``.ts`` file directly."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # (context, source, disambiguation) -> translation, or the plural forms.
        self._messages: dict[tuple[str, str, str], str | tuple[str, ...]] = {}
        self._language = ""
        self._path = ""
        self._loaded = False
        # Qt's own translations installed with this one (standard dialog buttons).
        self.companions: list[QTranslator] = []

    def load_ts(self, path: Path) -> bool:
        """Read the finished translations of ``path``; return whether the file could be read."""
        try:
            root = ET.parse(path).getroot()
        except (OSError, ET.ParseError) as exc:
            log.warning("cannot read the translation file %s: %s", path, exc)
            return False
        messages: dict[tuple[str, str, str], str | tuple[str, ...]] = {}
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                found = _finished_translation(message)
                if found is not None:
                    source = message.findtext("source") or ""
                    messages[(name, source, message.findtext("comment") or "")] = found
        self._messages = messages
        self._language = root.get("language", "")
        self._path = str(path)
        self._loaded = True
        return True

    def message_count(self) -> int:
        """Return how many finished translations were read."""
        return len(self._messages)

    def translate(
        self,
        context: str,
        source_text: str,
        /,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        """Return the translation, or None so that Qt shows the source text."""
        found = self._messages.get((context, source_text, disambiguation or ""))
        if found is None and disambiguation:
            # As QTranslator does: a message without a comment also serves a call with one.
            found = self._messages.get((context, source_text, ""))
        if found is None or isinstance(found, str):
            return found
        # Swedish and English both have one singular form and one plural form.
        return found[0] if n == 1 or len(found) == 1 else found[1]

    def isEmpty(self) -> bool:
        return not self._loaded

    def language(self) -> str:
        return self._language

    def filePath(self) -> str:
        return self._path


def _finished_translation(message: ET.Element) -> str | tuple[str, ...] | None:
    """Return a message's translation if a translator finished it, else None."""
    translation = message.find("translation")
    if translation is None or translation.get("type") in _SKIPPED_TYPES:
        return None
    if message.get("numerus") == "yes":
        forms = tuple(form.text or "" for form in translation.iter("numerusform"))
        return forms if forms and all(forms) else None
    return translation.text or None


def available_languages() -> list[str]:
    """Return the languages that have a translation file, e.g. ["en", "sv"]."""
    folder = translations_dir()
    if not folder.is_dir():
        return [SOURCE_LANGUAGE]
    found = {path.stem.removeprefix(FILE_PREFIX) for path in folder.glob(f"{FILE_PREFIX}*.ts")}
    return sorted(found | {SOURCE_LANGUAGE})


def chosen_language(settings: QSettings) -> str:
    """Return the language the user chose in the settings, or "system" to follow the system."""
    value = settings.value(LANGUAGE_KEY, SYSTEM)
    if isinstance(value, str) and value in available_languages():
        return value
    return SYSTEM


def resolve_language(choice: str, system_locale: QLocale) -> str:
    """Return the language to show: the user's choice, or the system's if JämDesk has it."""
    if choice != SYSTEM and choice in available_languages():
        return choice
    if system_locale.language() == QLocale.Language.Swedish:
        return "sv"
    return SOURCE_LANGUAGE


def install_translation(app: QCoreApplication, language: str) -> TsTranslator | None:
    """Install JämDesk's and Qt's own translations for ``language``; return JämDesk's."""
    path = translation_file(language)
    if not path.is_file():
        log.warning("no translation file for %r at %s", language, path)
        return None
    translator = TsTranslator(app)
    if not translator.load_ts(path):
        return None
    if language != SOURCE_LANGUAGE:
        # Qt's standard buttons and dialogs ("Avbryt", "OK"), shipped with PySide6.
        qt_base = QTranslator(translator)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_base.load(QLocale(language), "qtbase", "_", folder):
            app.installTranslator(qt_base)
            translator.companions.append(qt_base)
        else:
            log.info("Qt has no base translation for %r in %s", language, folder)
    app.installTranslator(translator)
    return translator


def remove_translation(app: QCoreApplication, translator: TsTranslator) -> None:
    """Remove a translator that install_translation installed, with Qt's own."""
    app.removeTranslator(translator)
    for companion in translator.companions:
        app.removeTranslator(companion)
    translator.companions.clear()
    # No longer the application's child: freed (with Qt's own) once nothing refers to it.
    translator.setParent(None)


def apply_language(app: QCoreApplication) -> TsTranslator | None:
    """Show JämDesk in the language of the settings or else the system's; return the translator."""
    language = resolve_language(chosen_language(QSettings()), QLocale.system())
    log.info("showing JämDesk in %r", language)
    return install_translation(app, language)
