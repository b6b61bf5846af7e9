"""The one table of actions: every action findable in a menu, every shortcut usable and unique."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from jamdesk.ui.actions import (
    ACTIONS,
    MENU_TITLES,
    PAGE_ACTIONS,
    ActionId,
    Menu,
    action_text,
    build_actions,
)

PORTABLE = QKeySequence.SequenceFormat.PortableText

# The shortcuts the pages and the secretary's quick reference rely on.
DOCUMENTED = {
    ActionId.UNDO: "Ctrl+Z",
    ActionId.REDO: "Ctrl+Shift+Z",
    ActionId.FIND: "Ctrl+F",
    ActionId.NEW_MEETING: "Ctrl+N",
    ActionId.NEW_RECORD: "Ctrl+Shift+N",
    ActionId.EDIT_RECORD: "F2",
    ActionId.DELETE_RECORD: "Del",
    ActionId.CHANGE_STATUS: "Ctrl+Shift+U",
    ActionId.NEW_QUESTION: "Ctrl+Shift+Q",
    ActionId.NEW_COMMITMENT: "Ctrl+Shift+C",
    ActionId.NEW_REQUEST: "Ctrl+Shift+R",
    ActionId.NEW_AGENDA_ITEM: "Ctrl+Shift+I",
    ActionId.MOVE_UP: "Ctrl+Shift+Up",
    ActionId.MOVE_DOWN: "Ctrl+Shift+Down",
    ActionId.DUPLICATE_MEETING: "Ctrl+D",
    ActionId.GO_BACK: "Alt+Left",
    ActionId.QUESTION_BANK: "Ctrl+Shift+B",
    ActionId.SETTINGS: "Ctrl+,",
}


def test_every_action_is_in_the_table_with_a_menu_and_a_text(qapp: QApplication) -> None:
    assert set(ACTIONS) == set(ActionId)
    for action_id, spec in ACTIONS.items():
        assert spec.menu in Menu, action_id
        assert spec.text.strip(), action_id
        assert action_text(action_id).strip(), action_id
    assert set(MENU_TITLES) == set(Menu)


@pytest.mark.parametrize(
    "action_id", [action_id for action_id, spec in ACTIONS.items() if spec.shortcut]
)
def test_every_shortcut_parses_and_reads_back_the_same(
    qapp: QApplication, action_id: ActionId
) -> None:
    text = ACTIONS[action_id].shortcut
    sequence = QKeySequence(text)

    assert sequence.toString() != ""
    assert sequence.count() == 1  # one chord: nothing waits for a second key
    assert sequence.toString(PORTABLE) == text


def test_no_two_actions_share_a_shortcut(qapp: QApplication) -> None:
    owners: defaultdict[str, list[ActionId]] = defaultdict(list)
    for action_id, spec in ACTIONS.items():
        if spec.shortcut:
            owners[QKeySequence(spec.shortcut).toString(PORTABLE)].append(action_id)

    shared = {keys: ids for keys, ids in owners.items() if len(ids) > 1}

    assert shared == {}


def test_the_documented_shortcuts_are_the_ones_in_the_table() -> None:
    assert {action_id: ACTIONS[action_id].shortcut for action_id in DOCUMENTED} == DOCUMENTED


def test_each_page_is_reached_from_the_view_menu_by_ctrl_and_its_number() -> None:
    for number, action_id in enumerate(PAGE_ACTIONS.values(), start=1):
        assert ACTIONS[action_id].menu is Menu.VIEW
        assert ACTIONS[action_id].shortcut == f"Ctrl+{number}"


def test_built_actions_carry_their_text_shortcut_and_tip(qapp: QApplication) -> None:
    owner = QObject()
    actions = build_actions(owner)

    assert set(actions) == set(ActionId)
    for action_id, action in actions.items():
        spec = ACTIONS[action_id]
        assert action.objectName() == action_id.value
        assert action.text() == action_text(action_id)
        assert action.shortcut().toString(PORTABLE) == spec.shortcut
        if spec.tip:
            assert action.toolTip() and action.statusTip() == action.toolTip()
    assert actions[ActionId.UNDO].shortcut() == QKeySequence("Ctrl+Z")
    assert actions[ActionId.REDO].shortcut() == QKeySequence("Ctrl+Shift+Z")
    assert actions[ActionId.FIND].shortcut() == QKeySequence("Ctrl+F")


def mnemonic(text: str) -> str | None:
    """Return the letter after the single ``&`` of a menu text, lower-cased, or None."""
    position = text.replace("&&", "").find("&")
    return None if position < 0 else text.replace("&&", "")[position + 1].lower()


@pytest.mark.parametrize("menu", list(Menu))
def test_every_menu_entry_has_an_alt_letter(menu: Menu) -> None:
    missing = [
        action_id
        for action_id, spec in ACTIONS.items()
        if spec.menu is menu and mnemonic(spec.text) is None
    ]

    assert missing == []


@pytest.mark.parametrize("menu", [Menu.EDIT, Menu.VIEW])
def test_no_two_entries_of_a_menu_share_their_alt_letter(menu: Menu) -> None:
    letters: defaultdict[str, list[ActionId]] = defaultdict(list)
    for action_id, spec in ACTIONS.items():
        letter = mnemonic(spec.text)
        if spec.menu is menu and letter is not None:
            letters[letter].append(action_id)

    assert {letter: ids for letter, ids in letters.items() if len(ids) > 1} == {}


@pytest.mark.parametrize("menu", [Menu.FILE, Menu.TOOLS, Menu.HELP])
def test_entries_of_the_other_menus_have_letters_of_their_own(menu: Menu) -> None:
    letters = [mnemonic(spec.text) for spec in ACTIONS.values() if spec.menu is menu]

    assert len(letters) == len(set(letters))
