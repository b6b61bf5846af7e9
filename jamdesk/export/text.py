"""Text for Word documents: user text made safe for WordprocessingML, dates written in Swedish.

Word documents are XML 1.0, which cannot hold most control characters, lone surrogates or
U+FFFE/U+FFFF; lxml refuses such a string outright, so one stray character pasted from a PDF
would stop a whole export. ``clean`` maps every string to one Word can hold:

- ``\\r\\n`` and a lone ``\\r`` become ``\\n``;
- vertical tab (``\\x0b``), form feed (``\\x0c``), U+0085 NEXT LINE, U+2028 LINE SEPARATOR and
  U+2029 PARAGRAPH SEPARATOR become ``\\n``: PDFs and some editors use them as line breaks;
- the tab and ``\\n`` stay; every other C0 control (``\\x00``–``\\x1f``) and DEL are dropped;
- the other C1 controls (``\\x80``–``\\x9f``) almost always come from Windows-1252 text decoded
  as Latin-1, so they become the character Windows-1252 meant (``\\x96`` → “–”) and are
  dropped where Windows-1252 has none;
- lone surrogates and the Unicode noncharacters (U+FDD0–U+FDEF, U+FFFE, U+FFFF and their
  counterparts in every plane) are dropped;
- the result is in Unicode normal form C, so an “å” typed on a Mac (a + combining ring)
  is one character, as Word's search and the registry's systems expect.

Everything else, emoji and å, ä, ö included, is kept as it is.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from jamdesk.domain.dates import swedish_time

_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
# C0 controls but tab and newline, DEL, lone surrogates and the noncharacters of the BMP.
_DROPPED = re.compile("[\x00-\x08\x0e-\x1f\x7f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
_C1_CONTROLS = re.compile("[\x80-\x9f]")


def _windows_1252(match: re.Match[str]) -> str:
    """Return the character Windows-1252 puts at the C1 code point, or nothing."""
    try:
        return bytes([ord(match.group())]).decode("cp1252")
    except UnicodeDecodeError:
        return ""


def _is_astral_noncharacter(char: str) -> bool:
    return ord(char) > 0xFFFF and ord(char) & 0xFFFE == 0xFFFE


def clean(text: str) -> str:
    """Return ``text`` with every character XML 1.0 cannot hold mapped or dropped."""
    text = _LINE_BREAKS.sub("\n", text)
    text = _C1_CONTROLS.sub(_windows_1252, text)
    text = _DROPPED.sub("", text)
    if any(_is_astral_noncharacter(char) for char in text):
        text = "".join(char for char in text if not _is_astral_noncharacter(char))
    return unicodedata.normalize("NFC", text)


def single_line(text: str) -> str:
    """Return ``text`` cleaned, with line breaks and tabs as single spaces."""
    return " ".join(clean(text).split())


def add_text(paragraph: Paragraph, text: str, *, bold: bool | None = None) -> Run:
    """Add ``text`` to ``paragraph`` as one run, keeping its line breaks and tabs."""
    # The run is built as XML and appended: python-docx's Run setters search the element's
    # children for where each new one belongs, the larger part of writing a long document.
    run = OxmlElement("w:r")
    if bold is not None:
        properties = OxmlElement("w:rPr")
        weight = OxmlElement("w:b")
        if not bold:
            weight.set(qn("w:val"), "0")
        properties.append(weight)
        run.append(properties)
    for line_number, line in enumerate(clean(text).split("\n")):
        if line_number:
            run.append(OxmlElement("w:br"))
        for part_number, part in enumerate(line.split("\t")):
            if part_number:
                run.append(OxmlElement("w:tab"))
            if part:
                element = OxmlElement("w:t")
                element.text = part
                if part != part.strip():  # Word drops outer spaces unless told to keep them
                    element.set(qn("xml:space"), "preserve")
                run.append(element)
    paragraph._p.append(run)
    return Run(run, paragraph)


_WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
_MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
)  # fmt: skip


def swedish_date(date: dt.date) -> str:
    """Return the date as a Swedish document writes it: “måndag 23 november 2026”."""
    return f"{_WEEKDAYS[date.weekday()]} {swedish_day(date)}"


def swedish_day(date: dt.date) -> str:
    """Return the date without its weekday, as running text writes it: “1 januari 2026”."""
    return f"{date.day} {_MONTHS[date.month - 1]} {date.year}"


def time_span(start: dt.time, end: dt.time | None) -> str:
    """Return “13.00–15.00”, or “13.00” when the end is open."""
    if end is None:
        return swedish_time(start)
    return f"{swedish_time(start)}–{swedish_time(end)}"


def swedish_list(names: Iterable[str]) -> str:
    """Return “A”, “A och B” or “A, B och C”, leaving out empty names."""
    items = [name for name in names if name]
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} och {items[-1]}"
