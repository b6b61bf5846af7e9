"""Fixtures for the end-to-end tests: private QSettings and message boxes that never block."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox


@pytest.fixture(autouse=True)
def qt_settings(tmp_path: Path, qapp: QApplication) -> Iterator[Path]:
    """Keep every QSettings of the test in a temporary folder, never the user's own."""
    folder = tmp_path / "settings"
    folder.mkdir()
    previous_format = QSettings.defaultFormat()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    qapp.setOrganizationName("JamDesk")
    qapp.setApplicationName("JamDesk")
    yield folder
    QSettings.setDefaultFormat(previous_format)


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer every message box at once (No to a question) and collect what it said.

    A message box would block the test; the flow expects none, so the test asserts the
    list stays empty and, if not, shows what the window wanted to tell the secretary.
    """
    said: list[str] = []

    def answer(*args: Any, **_kwargs: Any) -> QMessageBox.StandardButton:
        said.append(" | ".join(str(arg) for arg in args[1:3]))
        return QMessageBox.StandardButton.No

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, answer)
    return said
