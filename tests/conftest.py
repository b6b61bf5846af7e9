"""Fixtures shared by the whole suite: real stores in temporary folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt runs without a screen in tests; set before any test imports PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests read English source text; a Swedish desktop must not switch the window's language.
os.environ["LC_ALL"] = "C.UTF-8"
os.environ["LANGUAGE"] = "en"

from jamdesk.store.database import Database, open_database


@pytest.fixture(autouse=True)
def private_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep every test away from the real user's data folder (default store, log file)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    """Return the path of a store that does not exist yet."""
    return tmp_path / "store.sqlite"


@pytest.fixture
def db(store_path: Path) -> Iterator[Database]:
    """Return a new, empty store on a real file."""
    database = open_database(store_path)
    yield database
    database.close()
