"""File names the registry files as they are, valid on Windows whatever the input."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jamdesk.export.file_names import MAX_LENGTH, document_file_name, safe_file_name
from jamdesk.export.text import single_line

# Written out here rather than imported, so the test does not share the module's mistakes.
WINDOWS_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
WINDOWS_DEVICES = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{port}{n}" for port in ("COM", "LPT") for n in [*"0123456789", "¹", "²", "³"]
}
DATE = dt.date(2026, 11, 23)


def valid_on_windows(name: str) -> bool:
    """Return whether Windows (and NTFS, and Linux) accept ``name`` as a file name."""
    stem = name.rsplit(".", 1)[0]
    return (
        bool(stem.strip())
        and not WINDOWS_FORBIDDEN.search(name)
        and not name.endswith((" ", "."))
        and stem.split(".")[0].rstrip(" ").upper() not in WINDOWS_DEVICES
        and len(name) <= MAX_LENGTH
        and len(name.encode("utf-16-le")) <= 2 * 255
        and len(name.encode("utf-8")) <= 255
    )


def test_the_registry_example_reads_diary_kind_body_date() -> None:
    name = document_file_name("Protokoll", "Jämställdhetsdelegationen", DATE, "KS 2026/123")

    assert name == "KS 2026-123 Protokoll Jämställdhetsdelegationen 2026-11-23.docx"


def test_without_a_diary_number_the_name_starts_with_the_kind() -> None:
    name = document_file_name("Kallelse", "Jämställdhetsdelegationen", DATE, "  ")

    assert name == "Kallelse Jämställdhetsdelegationen 2026-11-23.docx"


@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        (
            'Svar: "Socialnämnden" <SN> 1|2 a\\b c*d?',
            "Svar- -Socialnämnden- -SN- 1-2 a-b c-d-.docx",
        ),
        ("rad ett\nrad två\ttab\x00\x07", "rad ett rad två tab.docx"),
        ("Protokoll ...  ", "Protokoll.docx"),
        ("CON", "_CON.docx"),
        ("nul.tar", "_nul.tar.docx"),
        ("com1", "_com1.docx"),
        ("LPT¹", "_LPT¹.docx"),
        ("CONSULT", "CONSULT.docx"),
        ("", "Dokument.docx"),
        (" . . ", "Dokument.docx"),
        ("a\u030ar", "år.docx"),
    ],
)
def test_tricky_input_becomes_a_plain_name(stem: str, expected: str) -> None:
    assert safe_file_name(stem) == expected
    assert valid_on_windows(expected)


def test_a_long_name_is_cut_but_keeps_its_extension() -> None:
    body = "Barn- och utbildningsnämndens arbetsutskott för jämställdhetsintegrering " * 4
    name = document_file_name("Minnesanteckningar", body, DATE, "BUN 2026/4711")

    assert len(name) <= MAX_LENGTH
    assert len(name) >= MAX_LENGTH - 1  # a space at the cut is dropped
    assert name.startswith("BUN 2026-4711 Minnesanteckningar Barn- och")
    assert name.endswith(" 2026-11-23.docx")  # the body gave way, not the date
    assert valid_on_windows(name)


def test_emoji_count_in_the_units_windows_and_linux_count() -> None:
    name = safe_file_name("🎉" * 140)

    assert name.endswith(".docx")
    assert len(name.encode("utf-8")) <= 255
    assert valid_on_windows(name)


@settings(max_examples=300)
@given(
    kind=st.text(),
    body=st.text(),
    diary=st.text(),
    date=st.dates(),
)
def test_any_input_gives_a_valid_windows_name(
    kind: str, body: str, diary: str, date: dt.date
) -> None:
    name = document_file_name(kind, body, date, diary)

    assert valid_on_windows(name), name
    identity = single_line(diary) + single_line(kind)
    if len(identity) < 100 and len(identity.encode("utf-8")) < 200:
        assert name.endswith(f"{date.isoformat()}.docx")  # the body gives way first


@settings(max_examples=60)
@given(stem=st.text(st.characters(exclude_categories=()), max_size=300))
def test_any_name_can_be_created_on_disk(
    tmp_path_factory: pytest.TempPathFactory, stem: str
) -> None:
    name = safe_file_name(stem)
    folder = tmp_path_factory.mktemp("namn")

    (folder / name).write_bytes(b"")

    assert [path.name for path in folder.iterdir()] == [name]
    assert valid_on_windows(name)


def test_the_name_is_a_single_path_component() -> None:
    name = safe_file_name("../../etc/passwd")

    assert Path(name).name == name
    assert name == "-..-etc-passwd.docx"  # no leading dot: that would hide it on Linux
