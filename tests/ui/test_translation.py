"""Translations: every string the code marks has Swedish, and the app picks the right language."""

from __future__ import annotations

import ast
import importlib
import importlib.util
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from jamdesk.ui.actions import ACTIONS, MENU_TITLES, Menu
from jamdesk.ui.settings_dialog import SettingsDialog
from jamdesk.ui.translation import (
    LANGUAGE_KEY,
    TsTranslator,
    apply_language,
    available_languages,
    chosen_language,
    install_translation,
    remove_translation,
    resolve_language,
    translation_file,
)

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "jamdesk"
UPDATE_COMMAND = "python packaging/update_translations.py --list"


@dataclass(frozen=True)
class Message:
    """One message of a .ts file: where it is used, its English text and its translation."""

    context: str
    source: str
    comment: str
    translation: str
    kind: str  # the translation's type attribute: "", "unfinished", "vanished", "obsolete"


def read_ts(path: Path) -> list[Message]:
    """Return every message of a Qt Linguist file."""
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    translation=translation.text or "" if translation is not None else "",
                    kind=translation.get("type", "") if translation is not None else "unfinished",
                )
            )
    return messages


def finished(language: str) -> list[Message]:
    """Return the finished translations shipped for ``language``."""
    return [message for message in read_ts(translation_file(language)) if message.kind == ""]


def load_update_script() -> ModuleType:
    """Load packaging/update_translations.py (``packaging`` is also a PyPI package's name)."""
    spec = importlib.util.spec_from_file_location(
        "jamdesk_update_translations", ROOT / "packaging" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> list[Message]:
    """Return what pyside6-lupdate finds in the code now, scanned into a fresh file."""
    target = tmp_path_factory.mktemp("lupdate") / "scan_sv.ts"
    # Fails (never skips) when pyside6-lupdate is missing: it ships with PySide6-Essentials.
    load_update_script().run_lupdate([target])
    messages = read_ts(target)
    assert len(messages) > 100, "lupdate found almost nothing: is it scanning jamdesk/?"
    return messages


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[TsTranslator]:
    """Install the shipped Swedish translation for one test."""
    translator = install_translation(qapp, "sv")
    assert translator is not None
    yield translator
    remove_translation(qapp, translator)


# -- every marked string is translated --------------------------------------------


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_string_in_the_code_is_translated(language: str, scanned: list[Message]) -> None:
    translator = TsTranslator()
    assert translator.load_ts(translation_file(language))
    missing = [
        f"  [{message.context}] {message.source!r}"
        for message in scanned
        if translator.translate(message.context, message.source, message.comment or None) is None
    ]
    assert not missing, (
        f"{len(missing)} strings have no finished translation in jamdesk_{language}.ts; "
        f"run `{UPDATE_COMMAND}` and translate them:\n" + "\n".join(missing)
    )


def test_contexts_are_those_qt_looks_up(scanned: list[Message]) -> None:
    # lupdate names a context after the object tr() is called on; Qt looks the text up
    # under the object's class names, so "parent.tr(...)" is never found at run time.
    wrong = sorted({message.context for message in scanned if not message.context[:1].isupper()})
    assert not wrong, (
        f"lupdate filed strings under {wrong}: call self.tr() inside the class, or "
        'QCoreApplication.translate("SomeContext", ...) with a fixed context'
    )


def _translating_wrappers(tree: ast.Module) -> set[str]:
    """Return the module's functions that hand a parameter to translate() as the text."""
    wrappers = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        parameters = {argument.arg for argument in node.args.args}
        for call in ast.walk(node):
            if (
                isinstance(call, ast.Call)
                and _called_name(call) == "translate"
                and len(call.args) >= 2
                and isinstance(call.args[1], ast.Name)
                and call.args[1].id in parameters
            ):
                wrappers.add(node.name)
    return wrappers


def _called_name(call: ast.Call) -> str:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return ""


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str)
    )


def _invisible(call: ast.Call, wrappers: set[str]) -> str | None:
    """Say why lupdate misses, or files wrongly, the text of a translating call."""
    name = _called_name(call)
    receiver = call.func.value if isinstance(call.func, ast.Attribute) else None
    if name == "tr" and call.args:
        if receiver is None:
            return 'a bare tr() is filed under no context: use translate("Context", …)'
        if not (isinstance(receiver, ast.Name) and receiver.id == "self"):
            return "tr() on another object than self: Qt looks it up under that object's class"
        text = call.args[0]
    elif name in ("translate", "QT_TRANSLATE_NOOP") and len(call.args) >= 2:
        text = call.args[1]
        if _is_text(text) and not _is_text(call.args[0]):
            return "the context must be a literal string, not a variable"
    elif receiver is None and name in wrappers and call.args and _is_text(call.args[0]):
        return f'{name}() gets text lupdate cannot see: mark it QT_TRANSLATE_NOOP("Context", "…")'
    else:
        return None
    if isinstance(text, ast.JoinedStr):
        return "an f-string cannot be translated: use .format() placeholders"
    return None


def test_every_translated_text_is_visible_to_lupdate() -> None:
    # lupdate reads self.tr("…"), translate("Context", "…") and QT_TRANSLATE_NOOP("Context",
    # "…") with literal text only; anything else is shown untranslated, and the coverage test
    # above cannot notice, because lupdate never reports it.
    sources = {path: path.read_text(encoding="utf-8") for path in PACKAGE.rglob("*.py")}
    wrappers = {
        name
        for source in sources.values()
        if "translate(" in source
        for name in _translating_wrappers(ast.parse(source))
    }
    triggers = ("tr(", "translate(", "QT_TRANSLATE_NOOP(", *(f"{name}(" for name in wrappers))
    problems: list[tuple[Path, int, str]] = []
    for path, source in sources.items():
        if not any(trigger in source for trigger in triggers):
            continue
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.Call):
                continue
            reason = _invisible(node, wrappers)
            if reason is not None:
                problems.append((path.relative_to(ROOT), node.lineno, reason))
    assert not problems, "\n".join(f"{path}:{line}: {why}" for path, line, why in sorted(problems))


# -- translations keep what the code relies on --------------------------------------

_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{[^{}]*\}")
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")


def accelerator(text: str) -> str | None:
    """Return the letter marked with & (a literal ampersand is written &&)."""
    found = re.search(r"&(.)", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def test_translations_keep_placeholders_tags_and_accelerators() -> None:
    wrong = []
    for message in finished("sv"):
        source, text = message.source, message.translation
        if Counter(_PLACEHOLDER.findall(source)) != Counter(_PLACEHOLDER.findall(text)):
            wrong.append(f"placeholders differ: {source!r} -> {text!r}")
        if Counter(_TAG.findall(source)) != Counter(_TAG.findall(text)):
            wrong.append(f"HTML tags differ: {source!r} -> {text!r}")
        if (accelerator(source) is None) != (accelerator(text) is None):
            wrong.append(f"the & accelerator is lost or added: {source!r} -> {text!r}")
    assert not wrong, "\n".join(wrong)


def _duplicates(texts: list[str]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = {}
    for text in texts:
        letter = accelerator(text)
        if letter is not None:
            by_letter.setdefault(letter, []).append(text)
    return {letter: group for letter, group in by_letter.items() if len(group) > 1}


def test_swedish_menu_accelerators_are_unique(swedish: TsTranslator) -> None:
    def sv(text: str) -> str:
        return QCoreApplication.translate("Actions", text)

    menus: dict[str, list[str]] = {"menu bar": [sv(title) for title in MENU_TITLES.values()]}
    for menu in Menu:
        menus[menu.value] = [sv(spec.text) for spec in ACTIONS.values() if spec.menu is menu]
    # The window renames Undo and Redo after the change they undo, in its own context.
    menus[Menu.EDIT.value] += [
        QCoreApplication.translate("MainWindow", "&Undo {change}"),
        QCoreApplication.translate("MainWindow", "&Redo {change}"),
    ]
    clashes = {}
    for name, texts in menus.items():
        # Undo and Redo show one of their two names at a time: count each once.
        shown = dict.fromkeys(re.sub(r"\W*\{change\}", "", text) for text in texts)
        found = _duplicates(list(shown))
        if found:
            clashes[name] = found
    assert not clashes
    assert sv("&Edit") == "&Redigera"
    assert sv("&Undo") == "&Ångra"


def test_swedish_accelerators_are_unique_where_the_english_ones_are() -> None:
    by_context: dict[str, list[Message]] = {}
    for message in finished("sv"):
        by_context.setdefault(message.context, []).append(message)
    clashes = {}
    for context, messages in by_context.items():
        english = [message.source for message in messages]
        if _duplicates(english):
            continue  # e.g. "Actions": one context for many menus, checked menu by menu
        found = _duplicates([message.translation for message in messages])
        if found:
            clashes[context] = found
    assert not clashes


def _dialog_contexts(contexts: set[str]) -> set[str]:
    """Return the contexts named after a QDialog subclass of jamdesk.ui."""
    modules = [
        importlib.import_module(f"jamdesk.ui.{path.stem}")
        for path in sorted((PACKAGE / "ui").glob("*.py"))
        if path.stem != "__init__"
    ]
    return {
        context
        for context in contexts
        for module in modules
        if isinstance(found := getattr(module, context, None), type) and issubclass(found, QDialog)
    }


def test_window_accelerators_leave_the_menu_bar_letters_free(scanned: list[Message]) -> None:
    # Inside the main window the menu bar takes Alt+letter first, so a label on a page, tab
    # or form sharing a menu title's letter never gets its shortcut. Menu entries (context
    # "Actions") are only active in their open menu, and a dialog is a window of its own.
    translator = TsTranslator()
    assert translator.load_ts(translation_file("sv"))
    english_titles = list(MENU_TITLES.values())
    swedish_titles = [translator.translate("Actions", title) for title in english_titles]
    assert None not in swedish_titles, "a menu title has no Swedish translation"
    english_letters = {accelerator(title) or "" for title in english_titles}
    swedish_letters = {accelerator(title or "") or "" for title in swedish_titles}
    assert "" not in english_letters | swedish_letters, "a menu title has no & letter"
    skipped = {"Actions"} | _dialog_contexts({message.context for message in scanned})
    clashes = []
    for message in scanned:
        if message.context in skipped:
            continue
        if accelerator(message.source) in english_letters:
            clashes.append(f"  [{message.context}] {message.source!r}")
        swedish = translator.translate(message.context, message.source, message.comment or None)
        if swedish is not None and accelerator(swedish) in swedish_letters:
            clashes.append(f"  [{message.context}] {message.source!r} -> {swedish!r}")
    assert not clashes, (
        f"these accelerators are taken by the menu bar ({sorted(english_letters)} in English, "
        f"{sorted(swedish_letters)} in Swedish):\n" + "\n".join(clashes)
    )


# -- the translator at run time -------------------------------------------------


def test_swedish_text_is_shown_and_unknown_text_falls_back(swedish: TsTranslator) -> None:
    assert QCoreApplication.translate("Actions", "&File") == "&Arkiv"
    assert QCoreApplication.translate("DomainLabel", "Budget dialogue") == "Budgetdialog"
    assert QCoreApplication.translate("Actions", "Not a message") == "Not a message"
    assert QCoreApplication.translate("NoSuchContext", "&File") == "&File"
    assert swedish.language() == "sv_SE"
    assert not swedish.isEmpty()


def test_translations_are_removed_again(qapp: QApplication) -> None:
    translator = install_translation(qapp, "sv")
    assert translator is not None
    remove_translation(qapp, translator)
    assert QCoreApplication.translate("Actions", "&File") == "&File"


def test_qt_own_buttons_read_swedish(swedish: TsTranslator, qtbot: QtBot) -> None:
    # qtbase_sv.qm ships with PySide6-Essentials; without it OK/Cancel would stay English.
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Avbryt"
    assert swedish.companions, "Qt's own Swedish translation was not installed"


def test_unfinished_and_vanished_entries_are_not_used(tmp_path: Path) -> None:
    path = tmp_path / "jamdesk_sv.ts"
    path.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>Test</name>
    <message><source>Done</source><translation>Klar</translation></message>
    <message><source>Guess</source><translation type="unfinished">Gissning</translation></message>
    <message><source>Gone</source><translation type="vanished">Borta</translation></message>
    <message><source>Old</source><translation type="obsolete">Gammal</translation></message>
    <message><source>Empty</source><translation></translation></message>
    <message><source>Open</source><comment>door</comment><translation>Öppen</translation></message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    translator = TsTranslator()
    assert translator.load_ts(path)
    assert translator.translate("Test", "Done") == "Klar"
    for source in ("Guess", "Gone", "Old", "Empty"):
        assert translator.translate("Test", source) is None
    assert translator.translate("Test", "Open", "door") == "Öppen"
    assert translator.translate("Test", "Open") is None
    assert translator.message_count() == 2


def test_a_broken_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "jamdesk_sv.ts"
    path.write_text("<TS><context>", encoding="utf-8")
    translator = TsTranslator()
    assert not translator.load_ts(path)
    assert translator.isEmpty()


# -- choosing the language --------------------------------------------------------


def test_languages_offered_are_those_shipped() -> None:
    assert set(available_languages()) == {"sv", "en"}


@pytest.mark.parametrize(
    ("choice", "system", "expected"),
    [
        ("system", "sv_SE", "sv"),
        ("system", "sv_FI", "sv"),
        ("system", "en_GB", "en"),
        ("system", "de_DE", "en"),
        ("en", "sv_SE", "en"),
        ("sv", "de_DE", "sv"),
        ("fr", "sv_SE", "sv"),  # a language JämDesk does not have: follow the system
    ],
)
def test_resolve_language(choice: str, system: str, expected: str) -> None:
    assert resolve_language(choice, QLocale(system)) == expected


def test_the_setting_defaults_to_the_system() -> None:
    settings = QSettings()
    assert chosen_language(settings) == "system"
    settings.setValue(LANGUAGE_KEY, "sv")
    assert chosen_language(settings) == "sv"
    settings.setValue(LANGUAGE_KEY, "tlh")
    assert chosen_language(settings) == "system"


def test_apply_language_follows_the_setting(qapp: QApplication) -> None:
    QSettings().setValue(LANGUAGE_KEY, "sv")
    translator = apply_language(qapp)
    assert translator is not None
    try:
        assert QCoreApplication.translate("Actions", "&Help") == "&Hjälp"
    finally:
        remove_translation(qapp, translator)
    QSettings().setValue(LANGUAGE_KEY, "en")
    translator = apply_language(qapp)
    assert translator is not None
    try:
        assert translator.language().startswith("en")
        assert QCoreApplication.translate("Actions", "&Help") == "&Help"
    finally:
        remove_translation(qapp, translator)


# -- the settings dialog ------------------------------------------------------------


def test_settings_dialog_saves_the_language(qtbot: QtBot) -> None:
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(row) for row in range(dialog.language.count())]
    assert names == ["Follow the system", "Svenska", "English"]
    assert dialog.selected_language() == "system"

    dialog.language.setCurrentIndex(names.index("Svenska"))
    dialog.accept()

    assert QSettings().value(LANGUAGE_KEY) == "sv"
    reopened = SettingsDialog()
    qtbot.addWidget(reopened)
    assert reopened.language.currentText() == "Svenska"


def test_settings_dialog_cancel_keeps_the_language(qtbot: QtBot) -> None:
    QSettings().setValue(LANGUAGE_KEY, "en")
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.selected_language() == "en"
    dialog.language.setCurrentIndex(0)
    dialog.reject()
    assert QSettings().value(LANGUAGE_KEY) == "en"


def test_settings_dialog_says_when_the_change_applies(qtbot: QtBot) -> None:
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert "next time" in dialog.note.text()
