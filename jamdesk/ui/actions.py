"""Every action of the window, its menu and its default shortcut, in one table."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from jamdesk.domain.errors import QT_TRANSLATE_NOOP

CONTEXT = "Actions"


class Menu(StrEnum):
    FILE = "file"
    EDIT = "edit"
    VIEW = "view"
    TOOLS = "tools"
    HELP = "help"


MENU_TITLES: dict[Menu, str] = {
    Menu.FILE: QT_TRANSLATE_NOOP("Actions", "&File"),
    Menu.EDIT: QT_TRANSLATE_NOOP("Actions", "&Edit"),
    Menu.VIEW: QT_TRANSLATE_NOOP("Actions", "&View"),
    Menu.TOOLS: QT_TRANSLATE_NOOP("Actions", "&Tools"),
    Menu.HELP: QT_TRANSLATE_NOOP("Actions", "&Help"),
}


class ActionId(StrEnum):
    NEW_MEETING = "new_meeting"
    EXPORT_DOCUMENT = "export_document"
    EXPORT_REGISTRY = "export_registry"
    EXPORT_REPORT = "export_report"
    EXPORT_BRIEFING = "export_briefing"
    QUIT = "quit"
    UNDO = "undo"
    REDO = "redo"
    NEW_RECORD = "new_record"
    EDIT_RECORD = "edit_record"
    DELETE_RECORD = "delete_record"
    CHANGE_STATUS = "change_status"
    NEW_QUESTION = "new_question"
    NEW_COMMITMENT = "new_commitment"
    NEW_REQUEST = "new_request"
    NEW_AGENDA_ITEM = "new_agenda_item"
    MOVE_UP = "move_up"
    MOVE_DOWN = "move_down"
    DUPLICATE_MEETING = "duplicate_meeting"
    FIND = "find"
    GO_OVERVIEW = "go_overview"
    GO_MEETINGS = "go_meetings"
    GO_BOARDS = "go_boards"
    GO_QUESTIONS = "go_questions"
    GO_COMMITMENTS = "go_commitments"
    GO_REQUESTS = "go_requests"
    GO_GOALS = "go_goals"
    GO_REVIEWS = "go_reviews"
    GO_PEOPLE = "go_people"
    GO_BACK = "go_back"
    REFRESH = "refresh"
    QUESTION_BANK = "question_bank"
    ORGANISATION = "organisation"
    CHECK_STORE = "check_store"
    SETTINGS = "settings"
    SHORTCUTS = "shortcuts"
    ABOUT = "about"


@dataclass(frozen=True)
class ActionSpec:
    """An action's menu, English text (translated in the context "Actions") and shortcut."""

    menu: Menu
    text: str
    shortcut: str = ""
    tip: str = ""
    in_toolbar: bool = False
    separator_before: bool = False


# Shortcuts are written as QKeySequence portable text ("Ctrl" is Cmd on macOS).
ACTIONS: dict[ActionId, ActionSpec] = {
    ActionId.NEW_MEETING: ActionSpec(
        Menu.FILE, QT_TRANSLATE_NOOP("Actions", "&New meeting…"), "Ctrl+N", in_toolbar=True
    ),
    ActionId.EXPORT_DOCUMENT: ActionSpec(
        Menu.FILE,
        QT_TRANSLATE_NOOP("Actions", "&Export document…"),
        "Ctrl+E",
        QT_TRANSLATE_NOOP("Actions", "Write the selected record's document as a Word file"),
        separator_before=True,
    ),
    ActionId.EXPORT_REGISTRY: ActionSpec(
        Menu.FILE,
        QT_TRANSLATE_NOOP("Actions", "Export for the re&gistry…"),
        "Ctrl+Shift+E",
        QT_TRANSLATE_NOOP(
            "Actions", "Write the meeting's minutes and the requests it decided into one folder"
        ),
    ),
    ActionId.EXPORT_REPORT: ActionSpec(
        Menu.FILE,
        QT_TRANSLATE_NOOP("Actions", "Follow-up &report…"),
        "Ctrl+Shift+P",
        QT_TRANSLATE_NOOP("Actions", "Write a follow-up report for a board or a goal"),
    ),
    ActionId.EXPORT_BRIEFING: ActionSpec(
        Menu.FILE,
        QT_TRANSLATE_NOOP("Actions", "Chair's &briefing…"),
        "Ctrl+Shift+G",
        QT_TRANSLATE_NOOP("Actions", "Write everything outstanding with a board before a dialogue"),
    ),
    ActionId.QUIT: ActionSpec(
        Menu.FILE, QT_TRANSLATE_NOOP("Actions", "&Quit"), "Ctrl+Q", separator_before=True
    ),
    ActionId.UNDO: ActionSpec(
        Menu.EDIT, QT_TRANSLATE_NOOP("Actions", "&Undo"), "Ctrl+Z", in_toolbar=True
    ),
    ActionId.REDO: ActionSpec(
        Menu.EDIT, QT_TRANSLATE_NOOP("Actions", "&Redo"), "Ctrl+Shift+Z", in_toolbar=True
    ),
    ActionId.NEW_RECORD: ActionSpec(
        Menu.EDIT,
        QT_TRANSLATE_NOOP("Actions", "New rec&ord…"),
        "Ctrl+Shift+N",
        QT_TRANSLATE_NOOP("Actions", "Add a record to the list shown"),
        separator_before=True,
    ),
    ActionId.EDIT_RECORD: ActionSpec(
        Menu.EDIT, QT_TRANSLATE_NOOP("Actions", "&Edit record…"), "F2"
    ),
    ActionId.DELETE_RECORD: ActionSpec(
        Menu.EDIT, QT_TRANSLATE_NOOP("Actions", "&Delete record"), "Del"
    ),
    ActionId.CHANGE_STATUS: ActionSpec(
        Menu.EDIT,
        QT_TRANSLATE_NOOP("Actions", "Change &status…"),
        "Ctrl+Shift+U",
        QT_TRANSLATE_NOOP("Actions", "Change the status of the selected record, with a dated note"),
        in_toolbar=True,
    ),
    ActionId.NEW_QUESTION: ActionSpec(
        Menu.EDIT,
        QT_TRANSLATE_NOOP("Actions", "New &question"),
        "Ctrl+Shift+Q",
        separator_before=True,
    ),
    ActionId.NEW_COMMITMENT: ActionSpec(
        Menu.EDIT, QT_TRANSLATE_NOOP("Actions", "New &commitment"), "Ctrl+Shift+C"
    ),
    ActionId.NEW_REQUEST: ActionSpec(
        Menu.EDIT, QT_TRANSLATE_NOOP("Actions", "New re&porting request"), "Ctrl+Shift+R"
    ),
    ActionId.NEW_AGENDA_ITEM: ActionSpec(
        Menu.EDIT, QT_TRANSLATE_NOOP("Actions", "New agenda &item"), "Ctrl+Shift+I"
    ),
    ActionId.MOVE_UP: ActionSpec(
        Menu.EDIT, QT_TRANSLATE_NOOP("Actions", "&Move up"), "Ctrl+Shift+Up"
    ),
    ActionId.MOVE_DOWN: ActionSpec(
        Menu.EDIT, QT_TRANSLATE_NOOP("Actions", "Move do&wn"), "Ctrl+Shift+Down"
    ),
    ActionId.DUPLICATE_MEETING: ActionSpec(
        Menu.EDIT,
        QT_TRANSLATE_NOOP("Actions", "Duplicate meeting to &next year"),
        "Ctrl+D",
        separator_before=True,
    ),
    ActionId.FIND: ActionSpec(
        Menu.EDIT,
        QT_TRANSLATE_NOOP("Actions", "&Find…"),
        "Ctrl+F",
        QT_TRANSLATE_NOOP("Actions", "Search meetings, questions, answers, commitments and more"),
        in_toolbar=True,
        separator_before=True,
    ),
    ActionId.GO_OVERVIEW: ActionSpec(
        Menu.VIEW, QT_TRANSLATE_NOOP("Actions", "&Overview"), "Ctrl+1"
    ),
    ActionId.GO_MEETINGS: ActionSpec(
        Menu.VIEW, QT_TRANSLATE_NOOP("Actions", "&Meetings"), "Ctrl+2"
    ),
    ActionId.GO_BOARDS: ActionSpec(Menu.VIEW, QT_TRANSLATE_NOOP("Actions", "&Boards"), "Ctrl+3"),
    ActionId.GO_QUESTIONS: ActionSpec(
        Menu.VIEW, QT_TRANSLATE_NOOP("Actions", "&Questions"), "Ctrl+4"
    ),
    ActionId.GO_COMMITMENTS: ActionSpec(
        Menu.VIEW, QT_TRANSLATE_NOOP("Actions", "&Commitments"), "Ctrl+5"
    ),
    ActionId.GO_REQUESTS: ActionSpec(
        Menu.VIEW, QT_TRANSLATE_NOOP("Actions", "&Reporting requests"), "Ctrl+6"
    ),
    ActionId.GO_GOALS: ActionSpec(Menu.VIEW, QT_TRANSLATE_NOOP("Actions", "&Goals"), "Ctrl+7"),
    ActionId.GO_REVIEWS: ActionSpec(
        Menu.VIEW, QT_TRANSLATE_NOOP("Actions", "Re&views and development needs"), "Ctrl+8"
    ),
    ActionId.GO_PEOPLE: ActionSpec(Menu.VIEW, QT_TRANSLATE_NOOP("Actions", "&People"), "Ctrl+9"),
    ActionId.GO_BACK: ActionSpec(
        Menu.VIEW, QT_TRANSLATE_NOOP("Actions", "Bac&k"), "Alt+Left", separator_before=True
    ),
    ActionId.REFRESH: ActionSpec(Menu.VIEW, QT_TRANSLATE_NOOP("Actions", "Re&fresh"), "F5"),
    ActionId.QUESTION_BANK: ActionSpec(
        Menu.TOOLS, QT_TRANSLATE_NOOP("Actions", "&Question bank…"), "Ctrl+Shift+B"
    ),
    ActionId.ORGANISATION: ActionSpec(
        Menu.TOOLS, QT_TRANSLATE_NOOP("Actions", "&Organisation…"), ""
    ),
    ActionId.CHECK_STORE: ActionSpec(
        Menu.TOOLS, QT_TRANSLATE_NOOP("Actions", "&Check the store"), ""
    ),
    ActionId.SETTINGS: ActionSpec(
        Menu.TOOLS,
        QT_TRANSLATE_NOOP("Actions", "&Settings…"),
        "Ctrl+,",
        separator_before=True,
    ),
    ActionId.SHORTCUTS: ActionSpec(
        Menu.HELP, QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"), "F1"
    ),
    ActionId.ABOUT: ActionSpec(Menu.HELP, QT_TRANSLATE_NOOP("Actions", "&About JämDesk")),
}

# The navigation pages in the order of their View-menu shortcuts.
PAGE_ACTIONS: dict[str, ActionId] = {
    "overview": ActionId.GO_OVERVIEW,
    "meetings": ActionId.GO_MEETINGS,
    "boards": ActionId.GO_BOARDS,
    "questions": ActionId.GO_QUESTIONS,
    "commitments": ActionId.GO_COMMITMENTS,
    "requests": ActionId.GO_REQUESTS,
    "goals": ActionId.GO_GOALS,
    "reviews": ActionId.GO_REVIEWS,
    "people": ActionId.GO_PEOPLE,
}


def action_text(action_id: ActionId) -> str:
    """Return the action's translated menu text."""
    return QCoreApplication.translate(CONTEXT, ACTIONS[action_id].text)


def build_actions(parent: QObject) -> dict[ActionId, QAction]:
    """Return a QAction for every entry of the table, with its shortcut and tip."""
    actions: dict[ActionId, QAction] = {}
    for action_id, spec in ACTIONS.items():
        action = QAction(action_text(action_id), parent)
        action.setObjectName(action_id.value)
        if spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.tip:
            tip = QCoreApplication.translate(CONTEXT, spec.tip)
            action.setToolTip(tip)
            action.setStatusTip(tip)
        actions[action_id] = action
    actions[ActionId.QUIT].setMenuRole(QAction.MenuRole.QuitRole)
    actions[ActionId.ABOUT].setMenuRole(QAction.MenuRole.AboutRole)
    actions[ActionId.SETTINGS].setMenuRole(QAction.MenuRole.PreferencesRole)
    return actions
