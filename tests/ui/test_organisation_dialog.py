"""The organisation dialog: first-start setup and later changes, validated in place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jamdesk.domain.goals import GoalKind
from jamdesk.ui.organisation_dialog import OrganisationDialog
from jamdesk.ui.page import PageContext


def test_setting_up_a_new_store_saves_the_names_and_adds_the_national_goals(
    page_context: PageContext, qtbot: QtBot
) -> None:
    dialog = OrganisationDialog(page_context)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Set up JämDesk"

    # QTest types ASCII only; the Swedish letters go in as a paste would.
    qtbot.keyClicks(dialog.name, "Sj")
    dialog.name.insert("öviks kommun")
    dialog.charter_signed.setChecked(True)
    dialog.accept()

    services = page_context.services
    organisation = services.organisation.get()
    assert organisation is not None
    assert organisation.name == "Sjöviks kommun"
    assert organisation.delegation_name == "Jämställdhetsdelegationen"
    assert organisation.charter_signed_on == page_context.today()
    assert dialog.result() == dialog.DialogCode.Accepted
    national = services.goals.list_goals(GoalKind.NATIONAL)
    assert len(national) == 6

    # One step undoes the whole setup.
    page_context.operations.undo_stack.undo()
    assert services.organisation.get() is None
    assert services.goals.list_goals(GoalKind.NATIONAL) == []


def test_an_empty_name_is_refused_next_to_its_field_and_keeps_what_was_typed(
    page_context: PageContext, qtbot: QtBot
) -> None:
    dialog = OrganisationDialog(page_context)
    qtbot.addWidget(dialog)
    dialog.pattern.setText("KS {year}")

    dialog.accept()

    assert page_context.services.organisation.get() is None
    assert dialog.form.error_for("name") == "The name cannot be empty."
    assert dialog.pattern.text() == "KS {year}"
    assert dialog.result() != dialog.DialogCode.Accepted


def test_a_pattern_without_a_number_is_refused_next_to_the_pattern(
    page_context: PageContext, qtbot: QtBot
) -> None:
    dialog = OrganisationDialog(page_context)
    qtbot.addWidget(dialog)
    dialog.name.setText("Sjöviks kommun")
    dialog.pattern.setText("KS {year}")
    assert dialog.preview.text() == "(the pattern is not valid yet)"

    dialog.accept()

    assert "{number}" in dialog.form.error_for("diary_pattern")
    assert page_context.services.organisation.get() is None


def test_the_preview_shows_a_diary_number_in_the_pattern(
    page_context: PageContext, qtbot: QtBot
) -> None:
    dialog = OrganisationDialog(page_context)
    qtbot.addWidget(dialog)

    dialog.series.setText("KS")
    dialog.pattern.setText("Dnr {series} {year}/{number:04}")

    assert dialog.preview.text() == "Dnr KS 2026/0123"


def test_changing_an_existing_organisation_keeps_the_goals_as_they_are(
    page_context: PageContext, qtbot: QtBot
) -> None:
    first = OrganisationDialog(page_context)
    qtbot.addWidget(first)
    first.name.setText("Sjöviks kommun")
    first.accept()

    again = OrganisationDialog(page_context)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.windowTitle() == "Organisation"
    assert again.name.text() == "Sjöviks kommun"
    again.name.selectAll()
    qtbot.keyClicks(again.name, "Sj")
    again.name.insert("öviks stad")
    qtbot.keyClick(again.name, Qt.Key.Key_Return)

    organisation = page_context.services.organisation.get()
    assert organisation is not None
    assert organisation.name == "Sjöviks stad"
    assert len(page_context.services.goals.list_goals(GoalKind.NATIONAL)) == 6
