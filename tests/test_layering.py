"""Layering: ui → services → store → domain, and only the user interface loads Qt."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import jamdesk

PACKAGE = Path(jamdesk.__file__).resolve().parent
REPOSITORY = PACKAGE.parent
QT_MODULES = ("PySide6", "shiboken6")

# Imports every module below the Qt-free layers, recording who first asks for Qt.
LOAD_WITHOUT_QT = r"""
import importlib, json, pkgutil, sys, traceback

class QtWatcher:
    first_stack = None

    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6") and QtWatcher.first_stack is None:
            QtWatcher.first_stack = "".join(traceback.format_stack())
        return None

sys.meta_path.insert(0, QtWatcher())

def fail(name):
    raise ImportError(f"cannot import {name}")

imported = []
for root in ("jamdesk.domain", "jamdesk.store", "jamdesk.services", "jamdesk.export"):
    package = importlib.import_module(root)
    imported.append(root)
    for module in pkgutil.walk_packages(package.__path__, root + ".", onerror=fail):
        importlib.import_module(module.name)
        imported.append(module.name)

qt = sorted(name for name in sys.modules if name.split(".")[0] in ("PySide6", "shiboken6"))
print(json.dumps({"imported": imported, "qt": qt, "stack": QtWatcher.first_stack}))
"""


def test_domain_store_services_and_export_load_without_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", LOAD_WITHOUT_QT],
        capture_output=True,
        text=True,
        cwd=REPOSITORY,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])

    assert "jamdesk.domain.minutes" in report["imported"]
    assert "jamdesk.store.database" in report["imported"]
    assert "jamdesk.store.migrations" in report["imported"]
    assert "jamdesk.services.changes" in report["imported"]
    assert report["qt"] == [], f"Qt was loaded by:\n{report['stack']}"


@dataclass(frozen=True)
class Import:
    """One import statement (or import_module call) in a source file."""

    module: str
    line: int
    in_function: bool
    type_checking_only: bool


def module_name(path: Path) -> str:
    parts = list(path.relative_to(REPOSITORY).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> list[Import]:
    """Return every module the source file ``path`` imports."""
    return imports_in(
        path.read_text(encoding="utf-8"), module_name(path), is_package=path.name == "__init__.py"
    )


def imports_in(source: str, module: str, *, is_package: bool) -> list[Import]:
    """Return every module ``source`` imports, with where the import sits."""
    package = module.split(".") if is_package else module.split(".")[:-1]
    found: list[Import] = []

    def visit(node: ast.AST, in_function: bool, type_checking: bool) -> None:
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package[: len(package) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            names = [base] + [f"{base}.{alias.name}" for alias in node.names]
        elif (
            isinstance(node, ast.Call)
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and (
                (isinstance(node.func, ast.Name) and node.func.id == "__import__")
                or (isinstance(node.func, ast.Attribute) and node.func.attr == "import_module")
            )
        ):
            names = [node.args[0].value]
        for name in names:
            found.append(Import(name, getattr(node, "lineno", 0), in_function, type_checking))
        nested = in_function or isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            # Only the body is for the type checker; an else branch runs for real.
            for statement in node.body:
                visit(statement, nested, True)
            for statement in node.orelse:
                visit(statement, nested, type_checking)
            return
        for child in ast.iter_child_nodes(node):
            visit(child, nested, type_checking)

    visit(ast.parse(source), in_function=False, type_checking=False)
    return found


def is_within(name: str, package: str) -> bool:
    return name == package or name.startswith(f"{package}.")


def is_qt(name: str) -> bool:
    return any(is_within(name, qt) for qt in QT_MODULES)


def source_files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*.py") if "__pycache__" not in path.parts)


def where(path: Path, found: Import) -> str:
    return f"{path.relative_to(REPOSITORY)}:{found.line} imports {found.module}"


def test_only_the_user_interface_imports_qt() -> None:
    ui = PACKAGE / "ui"
    app = PACKAGE / "app.py"
    wrong: list[str] = []
    for path in source_files(PACKAGE):
        for found in imports_of(path):
            if not is_qt(found.module) or path.is_relative_to(ui):
                continue
            if path == app and (found.in_function or found.type_checking_only):
                continue  # the composition root loads the window lazily
            wrong.append(where(path, found))

    assert wrong == []


def test_domain_imports_neither_sqlite_nor_qt_nor_outer_layers() -> None:
    outer = ("jamdesk.store", "jamdesk.services", "jamdesk.export", "jamdesk.ui", "jamdesk.app")
    forbidden = ("sqlite3", *QT_MODULES, *outer)
    wrong = [
        where(path, found)
        for path in source_files(PACKAGE / "domain")
        for found in imports_of(path)
        if any(is_within(found.module, name) for name in forbidden)
    ]

    assert wrong == []


def test_lower_layers_never_import_the_layers_above() -> None:
    above = {
        "store": ("jamdesk.services", "jamdesk.ui", "jamdesk.app", "jamdesk.commands"),
        "services": ("jamdesk.ui", "jamdesk.app", "jamdesk.commands"),
        "export": ("jamdesk.ui", "jamdesk.app", "jamdesk.commands"),
    }
    wrong = [
        where(path, found)
        for layer, forbidden in above.items()
        for path in source_files(PACKAGE / layer)
        for found in imports_of(path)
        if any(is_within(found.module, name) for name in forbidden)
    ]

    assert wrong == []


def test_nothing_imports_qtsql() -> None:
    wrong = [
        where(path, found)
        for folder in (PACKAGE, REPOSITORY / "tests")
        for path in source_files(folder)
        for found in imports_of(path)
        if is_qt(found.module) and "QtSql" in found.module.split(".")
    ]

    assert wrong == []


def test_the_import_scanner_sees_what_it_must_refuse() -> None:
    source = (
        "import sqlite3\n"
        "from PySide6 import QtSql\n"
        "from ..store import database\n"
        "from . import dates\n"
        "if TYPE_CHECKING:\n"
        "    from PySide6.QtGui import QColor\n"
        "else:\n"
        "    from PySide6.QtGui import QBrush\n"
        "def later():\n"
        "    import PySide6.QtWidgets\n"
        "    importlib.import_module('PySide6.QtCore')\n"
    )
    found = {
        (i.module, i.in_function, i.type_checking_only)
        for i in imports_in(source, "jamdesk.domain.probe", is_package=False)
    }

    assert ("sqlite3", False, False) in found
    assert ("PySide6.QtSql", False, False) in found
    assert ("jamdesk.store", False, False) in found
    assert ("jamdesk.domain.dates", False, False) in found
    assert ("PySide6.QtGui.QColor", False, True) in found
    assert ("PySide6.QtGui.QBrush", False, False) in found
    assert ("PySide6.QtWidgets", True, False) in found
    assert ("PySide6.QtCore", True, False) in found
