"""Where JämDesk keeps its files by default, per platform, without Qt."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "JamDesk"
DEFAULT_STORE_NAME = "jamdesk.sqlite"


def user_data_dir() -> Path:
    """Return the platform's folder for this user's application data."""
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        return Path(base) / APP_DIR_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_DIR_NAME
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_DIR_NAME.lower()


def default_store_path() -> Path:
    """Return the store opened when none is named."""
    return user_data_dir() / DEFAULT_STORE_NAME


def resources_dir() -> Path:
    """Return the resources folder, in a source checkout or an installed wheel."""
    installed = Path(__file__).resolve().parent / "resources"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "resources"
