"""The Ctrl+F popup: type, see the hits grouped by kind, choose with the arrows, open with Enter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from jamdesk.services.changes import RecordKind, RecordRef
from jamdesk.store.database import Database
from jamdesk.ui.page import PageContext
from jamdesk.ui.search_popup import SearchPopup
from tests.store.test_search import ASKED_ON, Records, add_records
from tests.ui.conftest import OpenedRecords


def popup_on(qtbot: QtBot, context: PageContext) -> SearchPopup:
    popup = SearchPopup(context)
    qtbot.addWidget(popup)
    popup.show_search()
    return popup


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key; QTest.keyClicks only knows ASCII, and Swedish needs å, ä, ö."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)


def type_and_wait(qtbot: QtBot, popup: SearchPopup, text: str) -> None:
    """Type ``text`` as a user would and wait for the search that follows the pause."""
    popup.line_edit.clear()
    type_text(popup.line_edit, text)
    qtbot.waitUntil(lambda: not popup._timer.isActive(), timeout=3000)


def group_titles(popup: SearchPopup) -> list[str]:
    model = popup.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def hit_rows(popup: SearchPopup) -> list[tuple[str, str]]:
    """Return each hit's title (the first of its lines) and where it belongs."""
    return [
        (index.data().split("\n")[0], index.siblingAtColumn(1).data())
        for index in popup.hit_indexes()
    ]


def test_typing_shows_the_hits_grouped_by_kind_after_a_pause(
    qtbot: QtBot, db: Database, page_context: PageContext
) -> None:
    add_records(db)
    popup = popup_on(qtbot, page_context)

    type_text(popup.line_edit, "hemtjänst")
    assert popup.model.rowCount() == 0  # nothing searched while the user is typing
    qtbot.waitUntil(lambda: popup.model.rowCount() > 0, timeout=3000)

    assert group_titles(popup) == [
        "Agenda items (1)",
        "Questions (1)",
        "Commitments (1)",
        "Reporting requests (1)",
        "Minutes and notes (1)",
        "Document reviews (1)",
    ]
    assert hit_rows(popup) == [
        ("Frågor om hemtjänsten", "2026-03-10 · Socialnämnden"),
        ("Hur många kvinnor och män får hemtjänst?", "2026-03-10 · Socialnämnden"),
        ("Ta fram en plan för jämställd hemtjänst", "2026-03-10 · Socialnämnden"),
        ("Könsuppdelad statistik över hemtjänsten", "2026-03-10 · Socialnämnden"),
        ("Återrapportering om hemtjänst", "§ 12 · 2026-03-10 · Jämställdhetsdelegationen"),
        ("Verksamhetsplan 2027", "2026-05-02 · Socialnämnden"),
    ]
    assert not popup.empty_state.showing_empty_state()


def test_a_hit_shows_where_the_words_were_found(
    qtbot: QtBot, db: Database, page_context: PageContext
) -> None:
    add_records(db)
    popup = popup_on(qtbot, page_context)

    type_and_wait(qtbot, popup, "omsorg")

    (review,) = popup.hit_indexes()
    assert review.data() == (
        "Verksamhetsplan 2027\nPlanen saknar mål för <jämställd> hemtjänst & omsorg."
    )
    assert popup.preview.text() == (
        "Verksamhetsplan 2027<br>"
        "Planen saknar mål för &lt;jämställd&gt; hemtjänst &amp; <b>omsorg</b>.<br>"
        "2026-05-02 · Socialnämnden"
    )
    popup.line_edit.setText("zzzz")
    popup.search_now()
    assert popup.preview.text() == ""


def test_arrows_choose_a_hit_and_enter_opens_it(
    qtbot: QtBot, db: Database, page_context: PageContext, opened: OpenedRecords
) -> None:
    records = add_records(db)
    popup = popup_on(qtbot, page_context)
    type_and_wait(qtbot, popup, "hemtjänst")

    QTest.keyClick(popup.line_edit, Qt.Key.Key_Up)  # already on the first hit: stays there
    QTest.keyClick(popup.line_edit, Qt.Key.Key_Down)
    QTest.keyClick(popup.line_edit, Qt.Key.Key_Down)
    assert popup.current_ref() == RecordRef(RecordKind.COMMITMENT, records.commitment)
    QTest.keyClick(popup.line_edit, Qt.Key.Key_Return)

    assert opened.refs == [RecordRef(RecordKind.COMMITMENT, records.commitment)]
    assert not popup.isVisible()


def test_a_double_click_opens_a_hit(
    qtbot: QtBot, db: Database, page_context: PageContext, opened: OpenedRecords
) -> None:
    records = add_records(db)
    popup = popup_on(qtbot, page_context)
    type_and_wait(qtbot, popup, "hemtjänst")
    request = popup.hit_indexes()[3]
    centre = popup.tree.visualRect(request).center()

    QTest.mouseClick(popup.tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened.refs == []  # one click only chooses
    assert popup.current_ref() == RecordRef(RecordKind.REQUEST, records.request)
    QTest.mouseDClick(popup.tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)

    assert opened.refs == [RecordRef(RecordKind.REQUEST, records.request)]


def test_enter_opens_a_paragraph_within_its_minutes(
    qtbot: QtBot, db: Database, page_context: PageContext, opened: OpenedRecords
) -> None:
    records = add_records(db)
    minutes = db.execute(
        "SELECT minutes_id FROM minutes_paragraph WHERE id = ?", (records.seed.paragraph,)
    ).fetchone()[0]
    popup = popup_on(qtbot, page_context)

    type_text(popup.line_edit, "ÅTERRAPP")
    QTest.keyClick(popup.line_edit, Qt.Key.Key_Enter)  # before the pause: searched at once

    assert opened.refs == [RecordRef(RecordKind.MINUTES, minutes)]


def test_empty_states_invite_typing_and_say_what_was_not_found(
    qtbot: QtBot, db: Database, page_context: PageContext, opened: OpenedRecords
) -> None:
    add_records(db)
    popup = popup_on(qtbot, page_context)

    assert popup.empty_state.showing_empty_state()
    assert popup.empty_state.label.text().startswith("Type to search everything: meetings,")
    type_and_wait(qtbot, popup, 'zzzz "NEAR(')
    assert popup.empty_state.showing_empty_state()
    assert popup.empty_state.label.text() == 'Nothing found for “zzzz "NEAR(”.'
    QTest.keyClick(popup.line_edit, Qt.Key.Key_Return)
    assert opened.refs == []
    assert popup.isVisible()  # nothing to open: the popup stays for another try


def test_escape_closes_the_popup(qtbot: QtBot, db: Database, page_context: PageContext) -> None:
    add_records(db)
    popup = popup_on(qtbot, page_context)
    type_and_wait(qtbot, popup, "kvinnor")

    QTest.keyClick(popup.line_edit, Qt.Key.Key_Escape)

    assert not popup.isVisible()


def test_showing_again_searches_the_words_again(
    qtbot: QtBot, db: Database, page_context: PageContext
) -> None:
    records: Records = add_records(db)
    popup = popup_on(qtbot, page_context)
    type_and_wait(qtbot, popup, "hemtjänstpeng")
    assert popup.empty_state.showing_empty_state()
    popup.reject()

    page_context.operations.run(
        "answer",
        lambda: page_context.services.questions.answer(
            records.question, "Kvinnor har oftare hemtjänstpeng.", ASKED_ON
        ),
    )
    popup.show_search()

    assert popup.line_edit.selectedText() == "hemtjänstpeng"
    assert hit_rows(popup) == [
        ("Hur många kvinnor och män får hemtjänst?", "2026-03-10 · Socialnämnden")
    ]


def test_the_results_model_is_a_sound_tree(
    qtbot: QtBot, db: Database, page_context: PageContext, qtmodeltester: ModelTester
) -> None:
    add_records(db)
    popup = popup_on(qtbot, page_context)
    type_and_wait(qtbot, popup, "hemtjänst")

    qtmodeltester.check(popup.model)
    group = popup.model.index(1, 0)
    assert popup.model.rowCount(group) == 1
    assert popup.model.index(0, 0, group).parent() == group


def test_the_popup_keeps_its_size(qtbot: QtBot, page_context: PageContext) -> None:
    popup = popup_on(qtbot, page_context)
    popup.resize(640, 410)
    popup.reject()

    again = popup_on(qtbot, page_context)

    assert again.size() == QSize(640, 410)
