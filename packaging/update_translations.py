"""Update the Qt Linguist files in resources/translations from the code under jamdesk/.

Run it from anywhere with the project's Python:

    python packaging/update_translations.py          # update, then count what is left
    python packaging/update_translations.py --list   # also list the untranslated messages
    python packaging/update_translations.py --check  # exit with status 1 if any are left

pyside6-lupdate (shipped with PySide6-Essentials) scans every .py file under jamdesk/,
adds new messages to each file as unfinished, keeps the translations already made and
marks messages whose text left the code as vanished. The English file then gets the
source text as its translation, because English is the source language. Translate what
is left in jamdesk_sv.ts with Qt Linguist (pyside6-linguist) or any editor, and run
this script again until it reports nothing unfinished.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "jamdesk"
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "en"
LANGUAGES = ("sv", "en")


def lupdate_command() -> list[str]:
    """Return the command that runs pyside6-lupdate of the Python running this script."""
    scripts = Path(sys.executable).parent
    found = shutil.which("pyside6-lupdate", path=str(scripts))
    if found is not None:
        return [found]
    # Without the console script (an unusual install), call the same entry point.
    return [
        sys.executable,
        "-c",
        "from PySide6.scripts.pyside_tool import lupdate; lupdate()",
    ]


def source_files(package: Path = PACKAGE) -> list[Path]:
    """Return every Python file of the package, in a stable order."""
    return sorted(path for path in package.rglob("*.py") if "__pycache__" not in path.parts)


def run_lupdate(ts_files: Sequence[Path], *, drop_obsolete: bool = False) -> None:
    """Scan the package into ``ts_files``, creating or merging them."""
    command = [
        *lupdate_command(),
        "-silent",
        "-locations",
        "relative",
        "-source-language",
        SOURCE_LANGUAGE,
        *(["-no-obsolete"] if drop_obsolete else []),
        # Relative to the project, so the files name the same paths on every machine.
        *(str(path.relative_to(ROOT)) for path in source_files()),
        "-ts",
        *(str(path) for path in ts_files),
    ]
    subprocess.run(command, cwd=ROOT, check=True)


def fill_identity(path: Path) -> int:
    """Give each unfinished message of the English file its source text; return how many."""
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            for form in translation.iter("numerusform"):
                form.text = source
        else:
            translation.text = source
        del translation.attrib["type"]
        filled += 1
    if filled:
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def unfinished(path: Path) -> list[tuple[str, str]]:
    """Return (context, source) of every current message without a finished translation."""
    missing: list[tuple[str, str]] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            text = "".join(translation.itertext()) if translation is not None else ""
            if kind == "unfinished" or not text:
                missing.append((name, message.findtext("source") or ""))
    return missing


def count_messages(path: Path) -> tuple[int, int]:
    """Return how many current and how many vanished or obsolete messages the file holds."""
    current = vanished = 0
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") in ("vanished", "obsolete"):
            vanished += 1
        else:
            current += 1
    return current, vanished


def main(argv: Sequence[str] | None = None) -> int:
    """Update the translation files and report what is left to translate."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--list", action="store_true", help="list the untranslated messages")
    parser.add_argument(
        "--check", action="store_true", help="exit with status 1 if anything is left unfinished"
    )
    parser.add_argument(
        "--drop-obsolete",
        action="store_true",
        help="remove messages whose text is no longer in the code",
    )
    args = parser.parse_args(argv)

    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    files = [TRANSLATIONS / f"jamdesk_{language}.ts" for language in LANGUAGES]
    run_lupdate(files, drop_obsolete=args.drop_obsolete)
    source_file = TRANSLATIONS / f"jamdesk_{SOURCE_LANGUAGE}.ts"
    if fill_identity(source_file):
        # Let lupdate write the file back in its own layout, so diffs stay small.
        run_lupdate([source_file], drop_obsolete=args.drop_obsolete)

    left = 0
    for path in files:
        current, vanished = count_messages(path)
        missing = unfinished(path)
        left += len(missing)
        print(
            f"{path.relative_to(ROOT)}: {current} messages, {len(missing)} unfinished, "
            f"{vanished} no longer in the code"
        )
        if args.list:
            for context, source in missing:
                print(f"    [{context}] {source!r}")
    return 1 if args.check and left else 0


if __name__ == "__main__":
    sys.exit(main())
