"""User text in Word documents: whatever is pasted, the document saves and reads back."""

from __future__ import annotations

import datetime as dt
import io

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jamdesk.export.text import add_text, clean, single_line, swedish_date, time_span

# Every C0 control, DEL, the C1 block, the line separators, lone surrogates and the
# noncharacters: what XML 1.0 cannot hold or what the mapping treats specially.
AWKWARD = [chr(code) for code in (*range(0x20), *range(0x7F, 0xA0))] + [
    "\u2028",
    "\u2029",
    "\ud800",
    "\udfff",
    "\ufdd0",
    "\ufffe",
    "\uffff",
    "\U0001fffe",
    "\U0010ffff",
]
ANY_TEXT = st.text(
    st.one_of(st.sampled_from(AWKWARD), st.characters(exclude_categories=())), max_size=80
)


def saved_and_reloaded(texts: list[str]) -> list[str]:
    """Return the texts of paragraphs holding ``texts`` after a real save and reload."""
    document = docx.Document()
    for text in texts:
        add_text(document.add_paragraph(), text)
    stream = io.BytesIO()
    document.save(stream)
    stream.seek(0)
    return [paragraph.text for paragraph in docx.Document(stream).paragraphs]


@pytest.mark.parametrize(
    ("pasted", "kept"),
    [
        ("rad ett\r\nrad två\rrad tre", "rad ett\nrad två\nrad tre"),
        ("sida ett\x0csida två\x0brad", "sida ett\nsida två\nrad"),
        ("a\u2028b\u2029c\x85d", "a\nb\nc\nd"),
        ("kolumn\tkolumn", "kolumn\tkolumn"),
        ("no\x00ll\x01\x08\x1f\x7f", "noll"),
        ("bra\x96bättre\x93citat\x94", "bra–bättre“citat”"),
        ("\x81\x8d\x8f\x90\x9d", ""),
        ("halv\ud83d surrogat", "halv surrogat"),
        ("slut\ufffe\uffff\ufdd0\U0010ffff", "slut"),
        ("Jämställdhet 👩\u200d👩\u200d👧 ÅÄÖ åäö", "Jämställdhet 👩\u200d👩\u200d👧 ÅÄÖ åäö"),
        ("a\u030angström från en Mac", "ångström från en Mac"),
    ],
)
def test_clean_maps_what_word_cannot_hold_and_keeps_the_rest(pasted: str, kept: str) -> None:
    assert clean(pasted) == kept


def test_line_breaks_and_tabs_survive_a_save_as_breaks_and_tabs() -> None:
    document = docx.Document()
    add_text(document.add_paragraph(), "Namn:\tAnna Åberg\r\nRoll:\tordförande\x0c  slut  ")
    stream = io.BytesIO()
    document.save(stream)
    stream.seek(0)
    paragraph = docx.Document(stream).paragraphs[0]

    assert paragraph.text == "Namn:\tAnna Åberg\nRoll:\tordförande\n  slut  "
    xml = paragraph._p.xml
    assert xml.count("<w:br/>") == 2
    assert xml.count("<w:tab/>") == 2


# Several texts share one document: a save and a reload cost far more than a paragraph.
@settings(max_examples=40, deadline=None)
@given(st.lists(ANY_TEXT, min_size=1, max_size=8))
def test_any_text_goes_through_a_real_document(texts: list[str]) -> None:
    assert saved_and_reloaded(texts) == [clean(text) for text in texts]


@given(ANY_TEXT)
def test_clean_is_idempotent_and_leaves_nothing_xml_refuses(text: str) -> None:
    cleaned = clean(text)

    assert clean(cleaned) == cleaned
    assert not any(
        (ord(char) < 0x20 and char not in "\t\n") or 0xD800 <= ord(char) <= 0xDFFF
        for char in cleaned
    )
    assert "\ufffe" not in cleaned
    assert "\uffff" not in cleaned


def test_single_line_puts_everything_on_one_line() -> None:
    assert single_line("  KS 2026/123\n\tJämställdhets-\r\ndelegationen \x0c") == (
        "KS 2026/123 Jämställdhets- delegationen"
    )


def test_dates_and_times_read_as_in_swedish_documents() -> None:
    assert swedish_date(dt.date(2026, 11, 23)) == "måndag 23 november 2026"
    assert swedish_date(dt.date(2027, 3, 7)) == "söndag 7 mars 2027"
    assert time_span(dt.time(13, 0), dt.time(15, 30)) == "13.00–15.30"
    assert time_span(dt.time(8, 5), None) == "08.05"
